"""The path of one call: validate → encode → (limits, HTTP, envelope) → decode.

Resources hand a catalog entry and a request model to a :class:`Dispatcher`; it is the only
thing they see of the session, so no resource reaches into sockets or limits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from ._catalog import ApiMethod
from ._convert import unstructure_request
from ._transport import PreparedRequest, RawAnswer, Transport
from ._validate import validate
from .errors import KometDecodeError
from .models._base import Envelope

if TYPE_CHECKING:
    from ._limits import Limits

R = TypeVar("R")


class CallOptions(TypedDict, total=False):
    """Per-call settings every method accepts as keyword arguments."""

    timeout: float
    """Seconds for this call (each attempt), instead of the session's timeout."""
    max_retries: int
    """Retries for this call (retry-safe methods only), instead of the session's."""
    extra_params: Mapping[str, Any]
    """Fields added to the query string (a parameter the docs cut off)."""
    extra_body: Mapping[str, Any]
    """Fields added to the JSON body (a parameter the docs cut off)."""


class Dispatcher:
    def __init__(self, transport: Transport, limits: Limits) -> None:
        self.transport = transport
        self.limits = limits

    def encode(
        self, method: ApiMethod[Any, Any], request: object | None, options: CallOptions
    ) -> PreparedRequest:
        """Validate and encode a request; nothing is sent, so errors here cost nothing."""
        params: dict[str, Any] = {}
        if request is not None:
            validate(request, komet_method=method.name)
            params = unstructure_request(request)
        return self.transport.prepare(
            method,
            params,
            extra_params=options.get("extra_params"),
            extra_body=options.get("extra_body"),
        )

    async def send(
        self,
        method: ApiMethod[Any, Any],
        prepared: PreparedRequest,
        options: CallOptions,
        expect: type[R],
    ) -> R:
        answer = await self.send_raw(method, prepared, options)
        return self.decode(method, answer, expect)

    async def send_raw(
        self, method: ApiMethod[Any, Any], prepared: PreparedRequest, options: CallOptions
    ) -> RawAnswer:
        return await self.transport.send_prepared(
            method,
            prepared,
            timeout=options.get("timeout"),
            max_retries=options.get("max_retries"),
        )

    def decode(self, method: ApiMethod[Any, Any], answer: RawAnswer, expect: type[R]) -> R:
        result = method.decode(answer.payload)
        if not isinstance(result, expect):
            raise KometDecodeError(
                f"decoded {type(result).__name__}, expected {expect.__name__}",
                komet_method=method.name,
            )
        if isinstance(result, Envelope):
            result.response = answer.info
        return result

    async def call(
        self,
        method: ApiMethod[Any, Any],
        request: object | None,
        options: CallOptions,
        expect: type[R],
    ) -> R:
        return await self.send(method, self.encode(method, request, options), options, expect)

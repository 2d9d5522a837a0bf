"""The path of one call: validate → encode → (limits, HTTP, envelope) → decode.

Resources hand a catalog entry and a request model to a :class:`Dispatcher`; it is the only
thing they see of the session, so no resource reaches into sockets or limits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from . import _constants as C
from ._bulk import pack_by_size
from ._catalog import ApiMethod
from ._convert import unstructure_request
from ._transport import PreparedRequest, RawAnswer, Transport
from ._validate import validate
from .errors import KometDecodeError
from .models._base import Envelope

if TYPE_CHECKING:
    from ._limits import Limits

R = TypeVar("R")
I = TypeVar("I")  # noqa: E741 - an item of a packed array


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

    def pack(
        self,
        method: ApiMethod[Any, Any],
        items: Sequence[I],
        make_request: Callable[[list[I]], object],
        field: str,
        options: CallOptions,
    ) -> list[list[I]]:
        """Split ``items`` in order into the fewest requests that fit ``max_request_bytes``
        (and, for query strings, a safe URL length), measured on the exact encoding.

        Sizes are additive: a run costs the empty request, plus each item's bytes, plus a
        separator between items; each is measured once by encoding, so the requests sent
        later are exactly the bytes counted here.
        """
        transport = self.transport

        def size(batch: list[I]) -> int:
            request = transport.encode(
                method,
                unstructure_request(make_request(batch)),
                extra_params=options.get("extra_params"),
                extra_body=options.get("extra_body"),
            )
            return request.size

        limit = transport.max_request_bytes
        if method.params_in == "query":
            path = len(transport.encode(method, {}).url.raw_path) + 1
            limit = min(limit, C.MAX_URL_BYTES - path)
        if not items:
            return []
        overhead = size([])
        sizes = [size([item]) - overhead for item in items]
        separator = size([items[0], items[0]]) - overhead - 2 * sizes[0] if len(items) > 1 else 0
        runs = pack_by_size(
            sizes,
            overhead=overhead,
            separator=separator,
            limit=limit,
            field=field,
            komet_method=method.name,
        )
        return [list(items[run.start : run.stop]) for run in runs]

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

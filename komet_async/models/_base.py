"""Base shapes shared by every model: unknown fields kept, the server's answer exposed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final, Generic, TypeVar

import attrs
from attrs import define, field

from .._wire import OFF_WIRE

T = TypeVar("T")


@attrs.define
class ResponseInfo:
    """What came back with a result: the server's ``message`` and the HTTP details.

    (A plain, not frozen, attrs class: one is made per call, and a frozen ``__init__`` costs
    measurably more on the hot path.)"""

    komet_method: str
    message: str | None
    http_status: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    elapsed: float = attrs.field(repr=False)


@attrs.frozen(repr=False)
class _NoResponse(ResponseInfo):
    """The type of :data:`NO_RESPONSE`: frozen, since that one instance is shared."""

    def __repr__(self) -> str:
        return "NO_RESPONSE"

    def __reduce__(self) -> str:
        return "NO_RESPONSE"  # pickles and copies as the module's one instance


NO_RESPONSE: Final[ResponseInfo] = _NoResponse(
    komet_method="", message=None, http_status=0, headers=MappingProxyType({}), elapsed=0.0
)
"""The ``.response`` of a result that did not come from a server's answer: a model or
``KometList`` built by hand (in a test, say), or one decoded from a bare payload with
``CATALOG[name].decode(payload)``. Every result a session's method returns has its answer's
own :class:`ResponseInfo` instead, so ``.response`` is never ``None`` and needs no check
before ``.response.message``. Tell the two apart with
``result.response is komet.NO_RESPONSE`` (its ``http_status`` is 0, its ``komet_method``
empty)."""


@define(kw_only=True)
class KometModel:
    """A decoded Komet object. Fields the docs do not show are kept in ``extra``.

    Komet's docs are incomplete (GAPs) and drift between versions; a new server field must
    never break a user, and must never be lost either.
    """

    extra: dict[str, Any] = field(factory=dict, metadata=OFF_WIRE, repr=False)


@define(kw_only=True)
class Envelope(KometModel):
    """A whole answer: ``status`` and ``message`` around the method's own fields."""

    status: int | None = None
    message: str | None = None
    # Set to the answer's ResponseInfo by the session's call; NO_RESPONSE for a model built
    # by hand or decoded from a bare payload. Never sent, never compared.
    response: ResponseInfo = field(default=NO_RESPONSE, metadata=OFF_WIRE, repr=False, eq=False)


@define(kw_only=True)
class KometRequest:
    """Base of request models (the documented parameters, snake_case)."""


class KometList(list[T], Generic[T]):
    """A ``list`` of results that also carries the server's answer as ``.response``.

    ``response=None`` (no answer: built by hand) stores :data:`NO_RESPONSE`, so
    ``.response`` is always a :class:`ResponseInfo`. ``.extra`` holds the answer's top-level
    fields the docs do not show, beside the list (``{"total": 2}``): nothing is dropped."""

    __slots__ = ("extra", "response")
    response: ResponseInfo
    extra: dict[str, Any]

    def __init__(
        self,
        items: Iterable[T] = (),
        response: ResponseInfo | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(items)
        self.response = NO_RESPONSE if response is None else response
        self.extra = {} if extra is None else extra

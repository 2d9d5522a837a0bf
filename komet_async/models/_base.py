"""Base shapes shared by every model: unknown fields kept, the server's answer exposed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar

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
    response: ResponseInfo | None = field(default=None, metadata=OFF_WIRE, repr=False, eq=False)


@define(kw_only=True)
class KometRequest:
    """Base of request models (the documented parameters, snake_case)."""


class KometList(list[T], Generic[T]):
    """A ``list`` of results that also carries the server's answer as ``.response``."""

    __slots__ = ("response",)

    def __init__(self, items: Iterable[T] = (), response: ResponseInfo | None = None) -> None:
        super().__init__(items)
        self.response = response

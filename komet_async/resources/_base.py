"""What every resource namespace shares: a dispatcher, and calls by catalog name."""

from __future__ import annotations

from typing import TypeVar

from .._catalog import CATALOG
from .._dispatch import CallOptions, Dispatcher

R = TypeVar("R")


class Resource:
    """A namespace of Komet methods (``session.products``, ``session.boxes``, ...)."""

    __slots__ = ("_dispatch",)

    def __init__(self, dispatch: Dispatcher) -> None:
        self._dispatch = dispatch

    async def _call(
        self, komet_method: str, request: object | None, options: CallOptions, expect: type[R]
    ) -> R:
        return await self._dispatch.call(CATALOG[komet_method], request, options, expect)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

"""Method handlers for FakeKomet, one module per family, registered with ``@handler``.

Generic checks (token, token kind, method permissions, required parameters, lengths, date
windows, request size, quota, faults) run in the server *before* a handler is called, so a
handler only implements the method's behaviour. Any module placed in this package is
imported automatically; a documented method without a handler answers status 0 with
``rules.NOT_IMPLEMENTED``.

Example (``handlers/things.py``)::

    from . import HandlerContext, Reply, handler

    @handler("thing.list")
    def list_things(ctx: HandlerContext) -> Reply:
        things = [t for t in ctx.state.daily("things", make_things).get(ctx.today())]
        return ctx.ok(things=things) if things else ctx.not_found()
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from .._spec import MethodSpec, load_spec
from .._state import FakeState
from .._tokens import TokenInfo
from ..rules import BAD_DATE, NOT_FOUND, Rule

if TYPE_CHECKING:
    from .._tokens import TokenRegistry


@dataclass
class Reply:
    """A handler's answer before the status style is applied.

    ``status`` is 1 for success and 0 for a failure (``statusInventory`` codes for
    ``v2/inventory/box/count``); ``rule`` names the failure rule for the request log.
    """

    status: int
    message: str
    fields: dict[str, Any] = field(default_factory=dict)
    rule: str | None = None


class ParamError(Exception):
    """Raised by ``HandlerContext`` helpers for a malformed parameter; the server answers it
    as a status-0 rule failure (e.g. ``rules.BAD_DATE``)."""

    def __init__(self, rule: Rule, **fields: Any) -> None:
        super().__init__(rule.name)
        self.rule = rule
        self.fields = fields


@dataclass
class HandlerContext:
    """Everything a handler may use.

    ``params`` merges the query string and the JSON body (the body wins), with the token
    removed; values are as received: query values are strings, JSON values keep their types.
    """

    method: str
    spec: MethodSpec
    params: dict[str, Any]
    headers: Mapping[str, str]
    token: TokenInfo | None
    state: FakeState
    tokens: TokenRegistry
    status_value: Callable[[int], int | str]
    items: list[Any] | None = None
    """The objects of a JSON-array body (``v2/price-list/season/product.add``), as received;
    None for every other method."""

    def today(self) -> dt.date:
        """The fake's day (``FakeKomet(today=...)``, ``KOMET_FAKE_TODAY``, or UTC today)."""
        return self.state.clock.today()

    def now(self) -> dt.datetime:
        """The fake's current moment, aware UTC (see ``FakeClock``)."""
        return self.state.clock.now()

    def ok(self, message: str = "OK", **fields: Any) -> Reply:
        return Reply(1, message, fields)

    def fail(self, rule: Rule, status: int = 0, **fmt: Any) -> Reply:
        return Reply(status, rule.render(**fmt), {}, rule.name)

    def not_found(self) -> Reply:
        """The method's "nothing matched" answer (e.g. "Products not found.")."""
        message = self.spec.not_found_message or "Records not found."
        return Reply(0, message, {}, NOT_FOUND.name)

    def text(self, name: str) -> str | None:
        """A parameter as text (``None`` when absent or empty)."""
        value = self.params.get(name)
        if value is None or value == "":
            return None
        return str(value)

    def flag(self, name: str) -> bool | None:
        """A boolean parameter written as 1/0 or true/false (both are documented)."""
        value = self.text(name)
        if value is None:
            return None
        return value.strip().lower() in {"1", "true"}

    def date(self, name: str) -> dt.date | None:
        """A ``YYYY-MM-DD`` parameter; a malformed one answers ``rules.BAD_DATE``."""
        value = self.text(name)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ParamError(BAD_DATE, param=name) from None


HandlerResult = Reply | Awaitable[Reply]
Handler = Callable[[HandlerContext], HandlerResult]
H = TypeVar("H", bound=Handler)

HANDLERS: dict[str, Handler] = {}


def handler(*methods: str) -> Callable[[H], H]:
    """Register a (sync or async) function as the handler of one or more Komet methods."""

    def register(func: H) -> H:
        known = load_spec()
        for method in methods:
            if method not in known:
                raise ValueError(f"{method!r} is not a documented Komet method (spec.json)")
            if method in HANDLERS and HANDLERS[method] is not func:
                raise ValueError(f"{method!r} already has a handler")
            HANDLERS[method] = func
        return func

    return register


def load_handlers() -> Mapping[str, Handler]:
    """Import every module of this package (registering its handlers) and return them."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    return HANDLERS

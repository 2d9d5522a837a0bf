"""FakeKomet: a stateful fake Komet Sales API on a real aiohttp server on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import inspect
import json
import logging
import time
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Literal

from aiohttp import web

from . import _enforce, _fault_answers, rules
from ._clock import FakeClock
from ._faults import FaultDecision, FaultPlanner, Faults, canonical_params, request_digest
from ._gnc import GncService
from ._incoming import TOKEN_PARAM, Incoming, read_incoming
from ._odd_values import OddValue, spoil_one
from ._received import SECRET_PARAMS, ReceivedRequest
from ._spec import MethodSpec, load_gnc_spec, load_spec, method_for
from ._state import FakeState
from ._tokens import TokenInfo, TokenKind, TokenRegistry
from .handlers import Handler, HandlerContext, ParamError, Reply, load_handlers

StatusStyle = Literal["str", "int", "mixed"]
STATUS_STYLES: tuple[StatusStyle, ...] = ("str", "int", "mixed")

# Only method names and outcomes are ever logged: never parameters, tokens or passwords.
logger = logging.getLogger("komet_async.testing")


class FakeKomet:
    """A fake Komet server for tests. ``async with FakeKomet() as fake:`` starts it.

    >>> async with FakeKomet(seed=1) as fake:           # doctest: +SKIP
    ...     async with aiohttp.ClientSession() as http:
    ...         r = await http.get(fake.url + "product.list",
    ...                            params={"authenticationToken": fake.token})
    ...         (await r.json())["status"]
    '1'

    * ``daily_quota``: requests per day (the fake's day) for the company, counted over every
      request carrying a valid token; beyond it the answer is ``rules.QUOTA_EXCEEDED``.
      None = no limit.
    * ``today``: pins the fake's day (``fake.today``): its quota day, inventory dates, the
      vendor rule that hides lines shipped before yesterday, timestamps of what it writes.
      None reads ``KOMET_FAKE_TODAY`` (``YYYY-MM-DD``) from the environment, or follows the
      wall clock (UTC) when that is unset. Seeded days depend only on ``(seed, date)``.
    * ``max_request_bytes``: query-string bytes + body bytes above this answer
      ``rules.REQUEST_TOO_LARGE``.
    * ``faults``: transport faults to inject (see ``Faults``); ``seed`` seeds data and faults.
    * ``odd_values``: the share (0..1, default 0) of successful read answers in which one
      value is sent in a form no model parses (``"maybe"`` for a flag, ``"3.5 units"`` for a
      count, ``"1 300;00"`` for money, ``31/13/2026`` for a date), as real answers
      occasionally carry one; chosen by hash of (seed, method, parameters), never an id.
      ``fake.odd_values_sent`` lists each (``OddValue``: method, wire path, original, sent).
    * ``status_style``: ``"str"`` answers ``"status": "1"``, ``"int"`` answers ``1``, ``"mixed"``
      picks per request by hash (both occur in the docs).

    Checks run in this order: size, token, quota, token type, ticked methods, headers,
    parameters, date windows, forced "not found", then the method's handler.
    """

    def __init__(
        self,
        *,
        daily_quota: int | None = None,
        max_request_bytes: int = 64_000,
        faults: Faults | None = None,
        seed: int = 0,
        today: dt.date | None = None,
        status_style: StatusStyle = "str",
        host: str = "127.0.0.1",
        port: int = 0,
        odd_values: float = 0.0,
    ) -> None:
        self.clock = FakeClock(today)
        self.set_odd_values(odd_values)
        self.odd_values_sent: list[OddValue] = []
        """Every value the fake spoiled (``odd_values=``), in the order it answered."""
        self.daily_quota = daily_quota
        self.max_request_bytes = max_request_bytes
        self.seed = seed
        self.set_status_style(status_style)
        self.spec: Mapping[str, MethodSpec] = load_spec()
        self.tokens = TokenRegistry()
        self.token: str = self.tokens.add("company")
        self.state = FakeState(seed, self.clock)
        self.requests: list[ReceivedRequest] = []
        self._handlers: dict[str, Handler] = dict(load_handlers())
        self._planner = FaultPlanner(seed, faults)
        self._quota_used: dict[dt.date, int] = {}
        self._forced_not_found: set[str] = set()
        self._host, self._port = host, port
        self._runner: web.AppRunner | None = None
        self._closing = asyncio.Event()
        self._url: str | None = None
        self._gnc = GncService()
        self.gnc_token: str = self._gnc.add_token()
        """A Global Network Codes token ("issued by the support team") for ``gnc_url``."""

    # ----------------------------------------------------------------- lifecycle

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{path:.+}", self._dispatch)
        app.router.add_route("*", "/gnc/{path:.+}", self._dispatch_gnc)
        # access_log=None: an access log line would carry the query string, hence the token.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.25)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        port = self._runner.addresses[0][1]
        self._url = f"http://{self._host}:{port}/api/"

    async def close(self) -> None:
        self._closing.set()  # wake slow ("timeout") answers so shutdown does not wait
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeKomet:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT/api/``; a method is at ``url + "product.list"``."""
        if self._url is None:
            raise RuntimeError("FakeKomet is not started: use 'async with FakeKomet() as fake'")
        return self._url

    @property
    def gnc_url(self) -> str:
        """``http://127.0.0.1:PORT/gnc/``: the fake's Global Network Codes service (the real
        one is ``https://globalnetworkcodes.kometsales.com/``); its token is ``gnc_token``."""
        return self.url.removesuffix("/api/") + "/gnc/"

    def add_gnc_token(self) -> str:
        """Another Global Network Codes token (``gnc_token`` is the first)."""
        return self._gnc.add_token()

    # ----------------------------------------------------------------- controls

    def add_token(
        self,
        kind: TokenKind = "company",
        methods: Iterable[str] | None = None,
        *,
        vendor_id: str | None = None,
        customer_id: str | None = None,
        user_id: str | None = None,
    ) -> str:
        """A new token of ``kind``, limited to the kind's documented methods and, if given,
        to ``methods`` (the methods "ticked" for it in Komet). A ``"user"`` token's
        ``user_id`` is a salesperson id or an e-commerce user's ``userId``."""
        return self.tokens.add(
            kind, methods, vendor_id=vendor_id, customer_id=customer_id, user_id=user_id
        )

    def add_user(self, username: str, password: str) -> str:
        """Register a login for the ``login`` method; returns the token it will answer."""
        return self.tokens.add_user(username, password)

    def set_status_style(self, style: StatusStyle) -> None:
        if style not in STATUS_STYLES:
            raise ValueError(f"status_style must be one of {STATUS_STYLES}")
        self.status_style: StatusStyle = style

    def set_handler(self, method: str, func: Handler | None) -> None:
        """Replace this fake's handler for ``method`` (None: answer ``rules.NOT_IMPLEMENTED``).
        Generic checks still run first; other FakeKomet instances are not affected."""
        if method not in self.spec:
            raise ValueError(f"{method!r} is not a documented Komet method (spec.json)")
        if func is None:
            self._handlers.pop(method, None)
        else:
            self._handlers[method] = func

    def set_odd_values(self, share: float) -> None:
        """Change the share of read answers that carry one odd value (see ``odd_values``)."""
        if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share <= 1:
            raise ValueError("odd_values must be a number from 0 to 1")
        self.odd_values = float(share)

    def set_faults(self, faults: Faults | None) -> None:
        """Replace the fault plan (attempt counts restart from zero)."""
        self._planner = FaultPlanner(self.seed, faults)

    def force_not_found(self, method: str, enabled: bool = True) -> None:
        """Make a list method answer its "not found" message (e.g. "Products not found.")."""
        spec = self.spec.get(method)
        if spec is None or spec.not_found_message is None:
            raise ValueError(f"{method!r} is not a list method with a 'not found' answer")
        if enabled:
            self._forced_not_found.add(method)
        else:
            self._forced_not_found.discard(method)

    @property
    def today(self) -> dt.date:
        """The fake's day (see ``today=``)."""
        return self.clock.today()

    def set_today(self, today: dt.date | None) -> None:
        """Move the fake's day (None: follow the wall clock). Quota is counted per day, so a
        new day starts with its whole quota; seeded data does not change."""
        self.clock.set_today(today)

    @property
    def quota_used(self) -> int:
        """Requests counted against the quota of the fake's day."""
        return self._quota_used.get(self.clock.today(), 0)

    def reset(self) -> None:
        """Back to the seed: clear requests, quota, fault attempts, forced "not found" and
        state. Tokens and logins stay valid; status style and fault plan are kept."""
        self.requests.clear()
        self._quota_used.clear()
        self._planner.clear()
        self._forced_not_found.clear()
        self.odd_values_sent.clear()
        self.state = FakeState(self.seed, self.clock)

    # ----------------------------------------------------------------- serving

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        arrived = time.monotonic()
        path = request.match_info["path"]
        spec = method_for(path, request.method)
        incoming = await read_incoming(
            request, spec.token_param if spec is not None else TOKEN_PARAM
        )
        name = spec.name if spec is not None else path
        canonical = canonical_params(
            incoming.params
            if incoming.body_array is None
            else {**incoming.params, "[]": incoming.body_array}
        )
        decision = self._planner.decide(name, canonical)
        token_info = self.tokens.lookup(incoming.token) if incoming.token else None

        def record(outcome: str, processed: bool) -> None:
            safe = {k: v for k, v in incoming.params.items() if k not in SECRET_PARAMS}
            kind = token_info.kind if token_info else None
            self.requests.append(
                ReceivedRequest(
                    name, request.method, incoming.size, arrived, outcome, processed,
                    decision.attempt, safe, kind,
                )
            )  # fmt: skip
            logger.debug("%s %s -> %s", request.method, name, outcome)

        if decision.kind is not None and not decision.processed:
            record(f"fault:{decision.kind}", False)
            return await self._unprocessed_fault(request, decision)

        status_value = self._status_styler(name, canonical, decision.attempt)
        try:
            reply = await self._answer(spec, path, incoming, token_info, status_value)
        except Exception:
            record("error:handler", True)
            logger.exception("FakeKomet handler for %s raised", name)
            return web.Response(status=500, text="FakeKomet handler error")
        envelope = spec.envelope if spec is not None else "status"
        if self.odd_values and spec is not None and spec.retry_safe and reply.status == 1:
            odd = spoil_one(self.seed, name, canonical, self.odd_values, reply.fields)
            if odd is not None:
                self.odd_values_sent.append(odd)
        body = {envelope: status_value(reply.status), "message": reply.message, **reply.fields}
        payload = json.dumps(body, ensure_ascii=False).encode()
        if decision.kind is not None:
            record(f"fault:{decision.kind}", True)
            return await self._processed_fault(request, decision, payload)
        record("ok" if reply.rule is None else f"status0:{reply.rule}", True)
        return web.Response(body=payload, content_type="application/json")

    async def _dispatch_gnc(self, request: web.Request) -> web.StreamResponse:
        """Global Network Codes: its own token, checks and answer shape (see ``_gnc``)."""
        arrived = time.monotonic()
        incoming = await read_incoming(request)
        path = request.match_info["path"]
        spec = next((s for s in load_gnc_spec().values() if s.path == path), None)
        if spec is None:
            return web.Response(status=404, text="not found")
        if request.method != spec.http:
            body = {"headers": {"statusCode": 400}, "message": f"{spec.path} takes {spec.http}"}
            outcome = "status0:wrong_verb"
        else:
            body, outcome = self._gnc.answer(spec, incoming.params, incoming.token)
        safe = {k: v for k, v in incoming.params.items() if k not in SECRET_PARAMS}
        self.requests.append(
            ReceivedRequest(
                spec.name, request.method, incoming.size, arrived, outcome, True, 0, safe, None
            )
        )
        logger.debug("%s %s -> %s", request.method, spec.name, outcome)
        return web.json_response(body)

    async def _answer(
        self,
        spec: MethodSpec | None,
        path: str,
        incoming: Incoming,
        token_info: TokenInfo | None,
        status_value: Any,
    ) -> Reply:
        failure = self._check(spec, path, incoming, token_info)
        if failure is not None:
            status = 0
            return Reply(status, failure.message, {}, failure.rule.name)
        assert spec is not None  # _check fails unknown paths
        ctx = HandlerContext(
            spec.name, spec, incoming.params, incoming.headers, token_info, self.state,
            self.tokens, status_value, incoming.body_array,
        )  # fmt: skip
        if spec.name in self._forced_not_found:
            return ctx.not_found()
        func = self._handlers.get(spec.name)
        if func is None:
            return ctx.fail(rules.NOT_IMPLEMENTED, method=spec.name)
        try:
            result = func(ctx)
            if inspect.isawaitable(result):
                result = await result
        except ParamError as error:
            return ctx.fail(error.rule, **error.fields)
        assert isinstance(result, Reply)
        return result

    def _check(
        self,
        spec: MethodSpec | None,
        path: str,
        incoming: Incoming,
        token_info: TokenInfo | None,
    ) -> _enforce.Failure | None:
        if incoming.size > self.max_request_bytes:
            return _enforce.Failure(rules.REQUEST_TOO_LARGE, {"limit": self.max_request_bytes})
        if spec is None:
            return _enforce.Failure(rules.UNKNOWN_METHOD, {"path": path})
        # An array where the page documents an object, or the other way round, is refused.
        array_expected = spec.body == "array"
        if incoming.body_is_invalid_json or (incoming.body_array is not None) != array_expected:
            return _enforce.Failure(rules.INVALID_JSON, {})
        if spec.auth == "token":
            if incoming.token is None:
                return _enforce.Failure(rules.TOKEN_MISSING, {})
            if token_info is None:
                return _enforce.Failure(rules.TOKEN_INVALID, {})
            if not self._count_quota():
                return _enforce.Failure(rules.QUOTA_EXCEEDED, {"limit": self.daily_quota})
            failure = _enforce.check_token_scope(spec, token_info)
            if failure is not None:
                return failure
        return (
            _enforce.check_headers(spec, incoming.headers)
            or _enforce.check_params(spec, incoming.params, incoming.body_array)
            or _enforce.check_windows(spec, incoming.params)
        )

    def _count_quota(self) -> bool:
        """Count one request against the company's day; False when the quota is spent."""
        if self.daily_quota is None:
            return True
        today = self.clock.today()
        used = self._quota_used.get(today, 0)
        if used >= self.daily_quota:
            return False
        self._quota_used[today] = used + 1
        return True

    def _status_styler(self, method: str, canonical: str, attempt: int) -> Any:
        style = self.status_style
        if style == "mixed":
            digest = request_digest(self.seed, method, canonical, attempt, "style")
            style = "int" if digest[0] & 1 else "str"

        def status_value(code: int) -> int | str:
            return code if style == "int" else str(code)

        return status_value

    async def _slow(self, seconds: float) -> None:
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    async def _unprocessed_fault(
        self, request: web.Request, decision: FaultDecision
    ) -> web.StreamResponse:
        faults = self._planner.faults
        assert faults is not None and decision.kind is not None
        if decision.kind == "timeout":
            await self._slow(faults.slow_seconds)
            return _drop(request)
        if decision.kind == "reset":
            return _drop(request)
        return _fault_answers.http_fault(decision.kind, faults)

    async def _processed_fault(
        self, request: web.Request, decision: FaultDecision, payload: bytes
    ) -> web.StreamResponse:
        faults = self._planner.faults
        assert faults is not None
        if decision.kind == "truncated":
            return _fault_answers.truncated(payload)
        if decision.kind == "timeout":
            await self._slow(faults.slow_seconds)
            return web.Response(body=payload, content_type="application/json")
        return _drop(request)


def _drop(request: web.Request) -> web.Response:
    """Close the connection without answering (the returned response is never written)."""
    if request.transport is not None:
        request.transport.close()
    return web.Response()

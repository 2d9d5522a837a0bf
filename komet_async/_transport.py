"""HTTP for Komet: one pooled aiohttp session, request encoding, timeouts, retries, the
envelope and redaction. It knows how a method is *sent* (a :class:`WireSpec`) and nothing
of Komet's resources or models.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, NoReturn, Protocol

import aiohttp
import attrs
import orjson
from multidict import CIMultiDictProxy
from yarl import URL

from . import _constants as C
from ._clock import Clock, utc_now
from ._envelope import check_envelope
from ._retry import RETRYABLE_HTTP_STATUSES, RetryPolicy, parse_retry_after
from ._secret import Secret, redact
from .errors import (
    KometConnectionError,
    KometDecodeError,
    KometError,
    KometHTTPError,
    KometTimeoutError,
    QuotaExceededError,
    RequestTooLargeError,
    RequestValidationError,
)
from .models._base import ResponseInfo

logger = logging.getLogger("komet_async")


class WireSpec(Protocol):
    """How one Komet method travels (the catalog's :class:`ApiMethod` is one)."""

    @property
    def name(self) -> str: ...
    @property
    def http_method(self) -> str: ...
    @property
    def params_in(self) -> str: ...
    @property
    def token_in(self) -> str: ...
    @property
    def retry_safe(self) -> bool: ...
    @property
    def status_key(self) -> str: ...
    @property
    def ok_statuses(self) -> tuple[object, ...]: ...
    @property
    def not_found(self) -> tuple[str, ...]: ...
    @property
    def account_headers(self) -> bool: ...
    @property
    def envelope_optional(self) -> bool: ...


class RequestGate(Protocol):
    """Admits each attempt: paces it and spends one request of the daily quota."""

    async def admit(self) -> None: ...

    async def mark_exhausted(self) -> None: ...


@attrs.define
class RawAnswer:
    """A decoded envelope that passed the envelope check (a success, or a documented
    "nothing found" answer, which decodes to an empty list)."""

    payload: dict[str, Any]
    info: ResponseInfo


@attrs.define(repr=False)
class PreparedRequest:
    """A request encoded once: exactly these bytes are measured and sent. Never changed
    after it is made (it may be reused for the same question; not frozen only because a
    frozen attrs class costs a slower ``__init__`` on the hot path)."""

    url: URL
    body: bytes | None
    headers: Mapping[str, str]
    size: int

    def __repr__(self) -> str:
        # URL, body and headers may carry the token; error trackers print frames' locals.
        return f"PreparedRequest(path={self.url.path!r}, size={self.size})"


@attrs.frozen
class _Failure:
    error: KometError
    retryable: bool
    retry_after: float | None = None


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        # Validated Decimals have at most 15 significant digits, so the float's shortest
        # repr (what orjson writes) is exactly the Decimal's text.
        return float(value)
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def encode_json(body: Mapping[str, Any]) -> bytes:
    return orjson.dumps(body, default=_json_default)


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        # Komet's id lists in query strings are comma-separated, no spaces.
        return ",".join(_query_value(v) for v in value)
    return str(value)


LARGE_ANSWER_BYTES = 1 << 20
"""Answers this large are parsed with the cyclic garbage collector paused."""


def _loads_large(raw: bytes) -> object:
    # Parsing a 4 MB page creates ~100,000 containers; with the collector on, the
    # generational thresholds trip several full collections *during* the parse, each
    # walking the whole heap (measured: 30 ms parse -> 40-140 ms). JSON makes no cycles.
    # The collector comes back on at the loop's next turn, not here: the collection the
    # new objects are due would otherwise run right now, lengthening this stall.
    if not gc.isenabled():
        return orjson.loads(raw)
    gc.disable()
    try:
        return orjson.loads(raw)
    finally:
        resume_collector_soon()


def resume_collector_soon() -> None:
    """Turn the collector back on at the event loop's next turn (now, outside a loop)."""
    try:
        asyncio.get_running_loop().call_soon(gc.enable)
    except RuntimeError:
        gc.enable()


_PREPARED_CACHE_SIZE = 256
"""Body-less requests kept encoded (per transport) for reuse; emptied when full."""


def encode_query(params: Mapping[str, Any]) -> dict[str, str]:
    return {key: _query_value(value) for key, value in params.items() if value is not None}


class Transport:
    def __init__(
        self,
        *,
        base_url: str,
        token: Secret,
        max_connections: int,
        timeout: aiohttp.ClientTimeout,
        max_retries: int,
        max_request_bytes: int,
        retry_policy: RetryPolicy,
        account_headers: Mapping[str, str],
        http_session: aiohttp.ClientSession | None = None,
        trace_configs: Sequence[aiohttp.TraceConfig] | None = None,
        gate: RequestGate | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self._clock = clock
        self._base_url = URL(base_url if base_url.endswith("/") else base_url + "/")
        self._token = token
        self._max_connections = max_connections
        self._timeout = timeout
        self._max_retries = max_retries
        self.max_request_bytes = max_request_bytes
        self._retry = retry_policy
        self._account_headers = dict(account_headers)
        self._user_session = http_session
        # A user's session may raise for non-2xx statuses itself (aiohttp keeps the setting
        # privately); its ClientResponseErrors are then HTTP answers, not broken ones.
        self._raises_for_status = bool(getattr(http_session, "_raise_for_status", False))
        self._own_session: aiohttp.ClientSession | None = None
        self._trace_configs = list(trace_configs) if trace_configs else None
        self._gate = gate
        self._urls: dict[str, URL] = {}
        self._prepared: dict[tuple[object, ...], PreparedRequest] = {}
        self._closed = False

    @property
    def pool_size(self) -> int | None:
        """How many requests can be in flight at once (None: unlimited or unknown)."""
        if self._user_session is None:
            return self._max_connections or None
        limit = getattr(self._user_session.connector, "limit", 0)
        return limit or None

    # --- the pool --------------------------------------------------------------------

    def _http(self) -> aiohttp.ClientSession:
        if self._user_session is not None:
            return self._user_session
        if self._own_session is None:
            if self._closed:
                raise RuntimeError("this KometSession is closed")
            self._own_session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._max_connections),
                timeout=self._timeout,
                trace_configs=self._trace_configs,
                # Query strings are built and encoded by us, exactly once.
                requote_redirect_url=False,
            )
            # aiohttp silently sends a GET again when a pooled connection drops; that
            # replay would bypass the quota and pace and repeat GETs that are not
            # retry-safe (box.move.awb). Retries are send_prepared's decision alone.
            self._own_session._retry_connection = False
        return self._own_session

    async def close(self) -> None:
        self._closed = True
        session, self._own_session = self._own_session, None
        if session is not None:
            await session.close()

    # --- encoding --------------------------------------------------------------------

    def _url_for(self, path: str) -> URL:
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = self._base_url.join(URL(path))
        return url

    def prepare(
        self,
        spec: WireSpec,
        params: Mapping[str, Any],
        *,
        extra_params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PreparedRequest:
        """Encode a request; raise :class:`RequestTooLargeError` before anything is sent."""
        key: tuple[object, ...] | None = None
        if spec.params_in == "query" and spec.token_in != "body" and not extra_body:
            # A body-less request is fully named by its method and query: the same read
            # repeated (a hot service's polling) reuses its URL, never rebuilt or requoted.
            query = encode_query(params)
            if extra_params:
                query.update(encode_query(extra_params))
            key = (spec.name, spec.token_in, spec.account_headers, *query.items())
            cached = self._prepared.get(key)
            if cached is not None:
                return cached
        request = self.encode(spec, params, extra_params=extra_params, extra_body=extra_body)
        if request.size > self.max_request_bytes:
            raise RequestTooLargeError(
                "request", size=request.size, limit=self.max_request_bytes, komet_method=spec.name
            )
        if len(request.url.raw_path_qs) > C.MAX_URL_BYTES:
            raise RequestTooLargeError(
                "url",
                size=len(request.url.raw_path_qs),
                limit=C.MAX_URL_BYTES,
                komet_method=spec.name,
            )
        if key is not None:
            if len(self._prepared) >= _PREPARED_CACHE_SIZE:
                self._prepared.clear()
            self._prepared[key] = request
        return request

    def encode(
        self,
        spec: WireSpec,
        params: Mapping[str, Any],
        *,
        extra_params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PreparedRequest:
        """Encode a request exactly as it would be sent, without checking its size.

        ``extra_params`` go to the query string and ``extra_body`` to the JSON body,
        whatever the method's own placement (to send a field the docs cut off).
        """
        token = self._token.reveal()
        headers: dict[str, str] = {}
        if spec.account_headers:
            headers.update(self._account_headers)
        query: dict[str, str] = {}
        body: bytes | None = None
        payload: dict[str, Any] | None = None
        if spec.params_in == "query":
            query = encode_query(params)
            if spec.token_in == "body" or extra_body:
                payload = {}
        else:
            payload = dict(params)
        if payload is not None:
            if spec.token_in == "body":
                payload = {C.TOKEN_PARAM: token, **payload}
            if extra_body:
                payload.update(extra_body)
            try:
                body = encode_json(payload)
            except TypeError as exc:  # an int beyond 64 bits, a lone surrogate, a set...
                body, reason = None, str(exc)
            if body is None:
                # Raised outside the handler and this frame's token-bearing locals dropped:
                # error trackers print both a traceback's locals and its __context__.
                del token, payload, query, headers
                raise RequestValidationError(
                    "body", f"cannot be sent as JSON ({reason})", komet_method=spec.name
                )
            headers["Content-Type"] = "application/json"
        if extra_params:
            query.update(encode_query(extra_params))
        if spec.token_in == "query":
            query = {C.TOKEN_PARAM: token, **query}
        elif spec.token_in == "header":
            headers[C.TOKEN_PARAM] = token
        url = self._url_for(spec.name)
        if query:
            url = url.with_query(query)
        size = len(url.raw_query_string) + (len(body) if body is not None else 0)
        return PreparedRequest(url=url, body=body, headers=headers, size=size)

    # --- sending ---------------------------------------------------------------------

    async def send_prepared(
        self,
        spec: WireSpec,
        request: PreparedRequest,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
    ) -> RawAnswer:
        """Send a request, retrying what may be retried; each attempt passes the gate.

        A plain loop, not a retry library (one measured 0.55-0.72x the calls per second):
        every attempt spends one request of the quota and waits its turn in the pace; a
        failure is retried only when ``_attempt`` says so (``retry_safe`` methods, or
        nothing was sent), with full-jitter backoff or the server's ``Retry-After``, within
        ``max_retries`` and the policy's deadline.
        """
        retries = self._max_retries if max_retries is None else max_retries
        client_timeout = aiohttp.ClientTimeout(total=timeout) if timeout is not None else None
        policy = self._retry
        gate = self._gate
        loop = asyncio.get_running_loop()
        deadline = loop.time() + policy.deadline
        attempt = 0
        while True:
            if gate is not None:
                await gate.admit()
            outcome = await self._attempt(spec, request, client_timeout)
            if isinstance(outcome, RawAnswer):
                return outcome
            error = outcome.error
            if isinstance(error, QuotaExceededError) and gate is not None:
                await gate.mark_exhausted()
            if not outcome.retryable or attempt >= retries:
                _raise_alone(error)
            if outcome.retry_after is not None and outcome.retry_after > policy.retry_after_max:
                _raise_alone(error)
            delay = policy.backoff(attempt, outcome.retry_after)
            if loop.time() + delay > deadline:
                _raise_alone(error)
            if delay > 0 and policy.wait:
                await asyncio.sleep(delay)
            attempt += 1

    async def _attempt(
        self,
        spec: WireSpec,
        request: PreparedRequest,
        timeout: aiohttp.ClientTimeout | None,
    ) -> RawAnswer | _Failure:
        name = spec.name
        safe = spec.retry_safe
        started = time.perf_counter()
        failure: _Failure | None = None
        try:
            async with self._http().request(
                spec.http_method,
                request.url,
                data=request.body,
                headers=request.headers,
                timeout=timeout if timeout is not None else self._timeout,
                allow_redirects=False,
            ) as resp:
                raw = await resp.read()
                http_status = resp.status
                headers = resp.headers
                content_type = resp.content_type
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            # Nothing reached the server: safe to try again whatever the method.
            failure = _Failure(
                self._connection_error(KometConnectionError, name, exc, unknown=False), True
            )
        except aiohttp.ClientResponseError as exc:
            if self._raises_for_status:
                # A user's http_session with raise_for_status: this is an HTTP answer.
                failure = _Failure(
                    KometHTTPError(
                        exc.status,
                        komet_method=name,
                        outcome_unknown=not safe and exc.status >= 500,
                    ),
                    safe and exc.status in RETRYABLE_HTTP_STATUSES,
                    parse_retry_after(exc.headers.get("Retry-After"), self._clock())
                    if exc.headers
                    else None,
                )
            else:
                # A malformed answer aiohttp could not parse: a connection-level failure.
                failure = _Failure(
                    self._connection_error(KometConnectionError, name, exc, unknown=not safe),
                    safe,
                )
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError) as exc:
            failure = _Failure(
                self._connection_error(KometTimeoutError, name, exc, unknown=not safe), safe
            )
        except (aiohttp.ClientError, OSError) as exc:
            failure = _Failure(
                self._connection_error(KometConnectionError, name, exc, unknown=not safe), safe
            )
        if failure is not None:
            self._log(spec, "error", started, request.size, 0)
            return failure
        self._log(spec, http_status, started, request.size, len(raw))
        return self._read_answer(spec, raw, http_status, headers, content_type, started)

    def _read_answer(
        self,
        spec: WireSpec,
        raw: bytes,
        http_status: int,
        headers: CIMultiDictProxy[str],
        content_type: str,
        started: float,
    ) -> RawAnswer | _Failure:
        name = spec.name
        safe = spec.retry_safe
        if not 200 <= http_status < 300:
            retry_after = parse_retry_after(headers.get("Retry-After"), self._clock())
            return _Failure(
                KometHTTPError(
                    http_status,
                    komet_method=name,
                    outcome_unknown=not safe and http_status >= 500,
                ),
                safe and http_status in RETRYABLE_HTTP_STATUSES,
                retry_after,
            )
        payload: object = None
        if "html" in content_type or raw.lstrip()[:1] == b"<":
            return _Failure(
                KometDecodeError("answer is an HTML page, not JSON", komet_method=name), safe
            )
        try:
            payload = orjson.loads(raw) if len(raw) < LARGE_ANSWER_BYTES else _loads_large(raw)
        except orjson.JSONDecodeError:
            payload = None
        if payload is None:
            what = "empty answer" if not raw.strip() else "answer is not valid JSON (truncated?)"
            return _Failure(KometDecodeError(what, komet_method=name), safe)
        if not isinstance(payload, dict):
            return _Failure(
                KometDecodeError(
                    f"answer is a JSON {type(payload).__name__}, not an object", komet_method=name
                ),
                False,
            )
        try:
            check_envelope(
                payload,
                komet_method=name,
                status_key=spec.status_key,
                not_found=spec.not_found,
                ok_statuses=spec.ok_statuses,
                envelope_optional=spec.envelope_optional,
            )
        except KometError as exc:
            return _Failure(exc, False)
        message = payload.get("message")
        info = ResponseInfo(
            komet_method=name,
            message=message if isinstance(message, str) else None,
            http_status=http_status,
            headers=headers,
            elapsed=time.perf_counter() - started,
        )
        return RawAnswer(payload=payload, info=info)

    def _connection_error(
        self, cls: type[KometConnectionError], name: str, exc: BaseException, *, unknown: bool
    ) -> KometConnectionError:
        # Built from the exception's type and its redacted text; never chained to it,
        # since aiohttp's errors may carry the URL, and the URL carries the token.
        detail = redact(str(exc), (self._token,)) or type(exc).__name__
        return cls(f"{type(exc).__name__}: {detail}", komet_method=name, outcome_unknown=unknown)

    def _log(self, spec: WireSpec, status: int | str, started: float, out: int, into: int) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "komet %s %s -> %s in %.1f ms (%d bytes out, %d in)",
                spec.http_method,
                spec.name,
                status,
                (time.perf_counter() - started) * 1000,
                out,
                into,
            )


def _raise_alone(error: BaseException) -> NoReturn:
    """Raise ``error`` with no ``__context__``.

    On Python 3.10 an exception that aiohttp handled deep inside a connect can still be the
    coroutine's "current" one here, and ``raise`` would chain it (its text holds the URL,
    hence the token). A bare re-raise does not chain again.
    """
    try:
        raise error
    except BaseException as raised:
        raised.__context__ = None
        raise

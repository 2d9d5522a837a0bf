"""HTTP for Komet: one pooled aiohttp session, timeouts, retries, the envelope check and
redaction. It sends a request already encoded (:mod:`._wire_encoding`) as it is, and knows
how a method is *sent* (a :class:`WireSpec`), nothing of Komet's resources or models.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Sequence
from typing import Any, NoReturn, Protocol

import aiohttp
import attrs
import orjson
from multidict import CIMultiDictProxy

from . import _collector
from . import _constants as C
from ._clock import Clock, utc_now
from ._envelope import check_envelope
from ._loop_turns import Share
from ._retry import RETRYABLE_HTTP_STATUSES, RetryPolicy, parse_retry_after
from ._secret import Secret, redact
from ._tracing import mask_session_trace_configs
from ._wire_encoding import EncodedRequest
from .errors import (
    KometConnectionError,
    KometDecodeError,
    KometError,
    KometHTTPError,
    KometTimeoutError,
    QuotaExceededError,
    ResponseTooLargeError,
    SessionClosedError,
    WrongEventLoopError,
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
    def retry_safe(self) -> bool: ...
    @property
    def status_key(self) -> str: ...
    @property
    def ok_statuses(self) -> tuple[object, ...]: ...
    @property
    def failure_statuses(self) -> tuple[object, ...]: ...
    @property
    def not_found(self) -> tuple[str, ...]: ...
    @property
    def envelope_optional(self) -> bool: ...


class RequestGate(Protocol):
    """Admits each attempt: paces it and spends one request of the daily quota."""

    async def admit(self) -> None: ...

    async def mark_exhausted(self) -> None: ...


@attrs.define
class CheckedAnswer:
    """A decoded JSON answer that passed the envelope check (a success, or a documented
    "nothing found" answer, which decodes to an empty list)."""

    payload: dict[str, Any]
    info: ResponseInfo


@attrs.frozen
class _Failure:
    error: KometError
    retryable: bool
    retry_after: float | None = None
    reason: str = ""
    """What went wrong, for the retry log: metadata only, never the URL (nor the token)."""


def _loads_large(raw: bytes | bytearray) -> object:
    # Parsing a 4 MB page creates ~100,000 containers; with the collector on, the
    # generational thresholds trip several full collections *during* the parse, each
    # walking the whole heap (measured: 30 ms parse -> 40-140 ms). JSON makes no cycles.
    # The collector comes back on at the loop's next turn, not here: the collection the
    # new objects are due would otherwise run right now, lengthening this stall.
    _collector.pause()
    try:
        return orjson.loads(raw)
    finally:
        _collector.resume()


_UNPARSED: Any = object()
"""``_read_answer``'s ``parsed`` when the answer is still to be parsed."""
_MISSES = 3
"""Cut points in a row tried in vain (inside a nested array, or a string) before parsing the rest
of the answer in one go."""
_HEAD_BYTES = 4096
"""Bytes read at least before looking for the array to slice (the members before it)."""
_STRADDLE = 256
"""Bytes before a chunk's end searched again for the separator of two items once the next
chunk is in."""


_ARRAY_OF_OBJECTS = re.compile(rb'":\s*\[\s*\{\s*("(?:[^"\\]|\\.)*")\s*:')
"""A member whose value is an array of objects: ``"key": [ {"first key":``."""


def _array_head(
    raw: bytes | bytearray,
) -> tuple[dict[str, Any], str, int, re.Pattern[bytes]] | None:
    """Where the first array of objects of a top-level JSON object begins, as
    ``(the object without the array's items, the array's key, where its first item
    begins, the pattern between two items)``; None when there is none to slice.

    The head is ``raw`` up to the array's ``[`` closed with ``]}``: it parses only if
    that ``[`` opens a member of the top-level object (a ``":[`` inside a string, or
    deeper down, leaves a string or an object open).
    """
    at = 0
    for _ in range(_MISSES + 1):
        found = _ARRAY_OF_OBJECTS.search(raw, at)
        if found is None:
            return None
        bracket = raw.index(b"[", found.start())
        try:
            head = orjson.loads(raw[: bracket + 1] + b"]}")
        except orjson.JSONDecodeError:
            at = found.start() + 1
            continue
        if not isinstance(head, dict) or not head:
            return None
        key = next(reversed(head))
        if head[key] != [] or raw.count(orjson.dumps(key), 0, bracket) != 1:
            return None  # a duplicate key: the one-go parse says which value wins
        # Items of an array of models begin alike (Komet writes the same first key).
        between = rb"\}\s*,\s*\{\s*" + re.escape(found.group(1)) + rb"\s*:"
        return head, key, raw.index(b"{", bracket), re.compile(between)
    return None


async def loads_in_slices(chunks: Sequence[bytes | bytearray]) -> object:
    """``orjson.loads`` of the answer read as ``chunks`` (see :func:`read_bounded`), for a
    large answer: in slices of about ``PARSE_SLICE_BYTES`` with the event loop free in
    between (one ``loads`` of a 10 MB page holds the loop for 100 ms or more): the
    top-level object's first array of objects is cut between two of its items, each slice
    parsed as an array of its own.

    The chunks are never joined (a 10 MB join held the loop 2-8 ms in one go): the text
    still to parse is one small buffer, fed a chunk at a time and cut from the front as
    its slices are parsed.

    The result equals ``orjson.loads`` of the whole answer, and so do its errors: a slice
    ``[`` + text + ``]`` parses only if the text is whole items (a cut inside a nested
    array or a string leaves a bracket or a string open), so a cut that fails is moved to
    the next candidate; the rest of the answer (the last items, the ``]`` and the members
    after it) is parsed as ``{"key":[`` + rest. An answer without such an array in its
    first slice is parsed in one go, and so is one whose array's key appears again past
    the head (a duplicate member, or the same name deeper down): each slice is searched for
    it as it is cut, not the whole answer up front (~5 ms of held loop for 10 MB).
    """
    unread = iter(chunks)
    text = bytearray()

    def feed(size: int) -> None:
        """Append chunks until ``text`` holds ``size`` bytes, or none are left."""
        while len(text) < size:
            chunk = next(unread, None)
            if chunk is None:
                return
            text.extend(chunk)

    def in_one_go() -> object:
        return _loads_large(b"".join(chunks))  # one chunk: that chunk itself, no copy

    feed(max(C.PARSE_SLICE_BYTES, _HEAD_BYTES))
    found = _array_head(text)
    if found is None:
        return in_one_go()
    payload, key, pos, between = found
    quoted_key = orjson.dumps(key)
    items: list[Any] = []
    misses = 0
    # The cyclic collector is paused for the whole parse (see _collector): a decode
    # that follows at once keeps it paused, and the parsed dicts die unvisited.
    _collector.pause()
    share = Share()
    try:
        await share.next_slice()
        search = pos + C.PARSE_SLICE_BYTES
        while misses <= _MISSES:
            hit = between.search(text, search)
            if hit is None:
                end = len(text)
                feed(end + C.PARSE_SLICE_BYTES)
                if len(text) == end:
                    break
                # A separator cut by the chunk's end is found again; one spread over more
                # white space than this is missed, which only makes this slice longer.
                search = max(search, end - _STRADDLE)
                continue
            cut = hit.start() + 1  # just past the item's closing brace
            if text.find(quoted_key, pos, cut) != -1:
                return in_one_go()
            with memoryview(text) as view:
                piece = b"[" + view[pos:cut] + b"]"
            try:
                items += orjson.loads(piece)
            except orjson.JSONDecodeError:
                misses += 1  # not between two items: the next candidate is farther on
                search = cut
                continue
            misses = 0
            del text[: text.index(b"{", cut)]  # parsed: dropped from the front
            pos, search = 0, C.PARSE_SLICE_BYTES
            await share.next_slice()
        opening = b"{" + quoted_key + b":["
        with memoryview(text) as view:
            rest = b"".join([opening, view[pos:], *unread])
        if rest.find(quoted_key, len(opening)) != -1:
            return in_one_go()
        tail = orjson.loads(rest)
    finally:
        share.release()
        _collector.resume()
    if not isinstance(tail, dict) or not isinstance(tail.get(key), list):
        return in_one_go()  # e.g. the key again, spelled with escapes: the one go decides
    items += tail.pop(key)
    payload[key] = items
    payload.update(tail)
    return payload


class _TooLarge(Exception):
    """The answer outgrew the limit while being read (never leaves this module)."""

    def __init__(self, size: int, *, announced: bool) -> None:
        super().__init__(size)
        self.size = size
        self.announced = announced


async def read_bounded(resp: aiohttp.ClientResponse, limit: int) -> list[bytes]:
    """The whole body of ``resp``, decompressed, as the chunks it was read in, refused
    (``_TooLarge``) past ``limit`` bytes; memory held is at most ``limit`` plus one chunk.

    A ``Content-Length`` over the limit is refused before reading anything. A body of known
    length and no ``Content-Encoding`` cannot outgrow its announced length (aiohttp reads
    exactly that many bytes): a small one is read in one go, a large one as it arrives, in
    chunks never joined here (joining 10 MB held the loop 2-8 ms; :func:`loads_in_slices`
    reads across them). Any other body -- chunked, or compressed, where a 1 MB gzip body
    can inflate to 1 GB -- is read in chunks, counting the decoded bytes, and reading stops
    at the first chunk past the limit.
    """
    length = resp.content_length
    if length is not None:
        if length > limit:
            raise _TooLarge(length, announced=True)
        if "Content-Encoding" not in resp.headers:
            if length < C.LARGE_ANSWER_BYTES:
                return [await resp.read()]
            return [chunk async for chunk in resp.content.iter_any()]
    chunks: list[bytes] = []
    size = 0
    read = resp.content.read
    while True:
        chunk = await read(C.RESPONSE_CHUNK_BYTES)
        if not chunk:
            return chunks
        size += len(chunk)
        if size > limit:
            raise _TooLarge(size, announced=False)
        chunks.append(chunk)


class Transport:
    """Sends encoded requests over one pool; ``secrets`` (the token, login's password) are
    masked in every error text it builds."""

    def __init__(
        self,
        *,
        secrets: Sequence[Secret],
        max_connections: int,
        timeout: aiohttp.ClientTimeout,
        max_retries: int,
        retry_policy: RetryPolicy,
        max_response_bytes: int = C.DEFAULT_MAX_RESPONSE_BYTES,
        http_session: aiohttp.ClientSession | None = None,
        trace_configs: Sequence[aiohttp.TraceConfig] | None = None,
        gate: RequestGate | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self._clock = clock
        self._secrets = tuple(secrets)
        self._max_connections = max_connections
        self._timeout = timeout
        self._max_retries = max_retries
        self._max_response_bytes = _positive_limit(max_response_bytes)
        self._retry = retry_policy
        self._user_session = http_session
        # A user's session may raise for non-2xx statuses itself (aiohttp keeps the setting
        # privately); its ClientResponseErrors are then HTTP answers, not broken ones.
        self._raises_for_status = bool(getattr(http_session, "_raise_for_status", False))
        self._own_session: aiohttp.ClientSession | None = None
        self._trace_configs = list(trace_configs) if trace_configs else None
        self._gate = gate
        self._closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        """The event loop of the first send: the pool and the limits belong to it."""

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
            if self._user_session.closed:
                raise SessionClosedError("the http_session given to this KometSession is closed")
            return self._user_session
        if self._own_session is None:
            if self._closed:
                raise SessionClosedError("this KometSession is closed")
            self._own_session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._max_connections),
                timeout=self._timeout,
                trace_configs=self._trace_configs,
                # Query strings are built and encoded by us, exactly once.
                requote_redirect_url=False,
            )
            # aiohttp silently sends a GET again when a pooled connection drops; that
            # replay would bypass the quota and pace and repeat GETs that are not
            # retry-safe (box.move.awb). Retries are send's decision alone.
            self._own_session._retry_connection = False
            # A global instrumentation (OpenTelemetry's) may have appended its own trace
            # config to this session: its callbacks see the token masked too.
            mask_session_trace_configs(self._own_session, self._secrets)
        return self._own_session

    async def close(self) -> None:
        self._closed = True
        session, self._own_session = self._own_session, None
        if session is not None:
            await session.close()

    # --- sending ---------------------------------------------------------------------

    async def send(
        self,
        spec: WireSpec,
        request: EncodedRequest,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> CheckedAnswer:
        """Send a request, retrying what may be retried; each attempt passes the gate.

        A plain loop, not a retry library (one measured 0.55-0.72x the calls per second):
        every attempt spends one request of the quota and waits its turn in the pace; a
        failure is retried only when ``_attempt`` says so (``retry_safe`` methods, or
        nothing was sent), with full-jitter backoff or the server's ``Retry-After``, within
        ``max_retries`` and the policy's deadline.
        """
        retries = self._max_retries if max_retries is None else max_retries
        limit = (
            self._max_response_bytes
            if max_response_bytes is None
            else _positive_limit(max_response_bytes)
        )
        client_timeout = aiohttp.ClientTimeout(total=timeout) if timeout is not None else None
        policy = self._retry
        gate = self._gate
        loop = asyncio.get_running_loop()
        if loop is not self._loop or self._closed:
            self._bind(loop)  # nothing sent, no quota spent
        deadline = loop.time() + policy.deadline
        attempt = 0
        while True:
            if gate is not None:
                await gate.admit()
            outcome = await self._attempt(
                spec, request, client_timeout, limit, attempt + 1, retries + 1
            )
            if isinstance(outcome, CheckedAnswer):
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
            logger.info(
                "komet %s: attempt %d of %d failed (%s); retrying in %.2f s",
                spec.name,
                attempt + 1,
                retries + 1,
                outcome.reason or type(error).__name__,
                delay if policy.wait else 0.0,
            )
            if delay > 0 and policy.wait:
                await asyncio.sleep(delay)
            attempt += 1

    def _bind(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._closed:
            raise SessionClosedError("this KometSession is closed")
        if self._loop is not None:
            raise WrongEventLoopError(
                "this KometSession is used on another event loop than the one it first ran "
                "on (a second asyncio.run()?): one session per loop -- create it inside the "
                "loop that uses it, e.g. `async with KometSession(...)` in the coroutine "
                "given to asyncio.run()"
            )
        self._loop = loop

    async def _attempt(
        self,
        spec: WireSpec,
        request: EncodedRequest,
        timeout: aiohttp.ClientTimeout | None,
        limit: int,
        attempt: int = 1,
        attempts: int = 1,
    ) -> CheckedAnswer | _Failure:
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
                try:
                    chunks = await read_bounded(resp, limit)
                except _TooLarge:
                    resp.close()  # the rest of the body is never read: drop the connection
                    raise
                http_status = resp.status
                headers = resp.headers
                content_type = resp.content_type
        except _TooLarge as exc:
            # The server answered: a write was applied or not, we cannot tell. Asking again
            # would bring the same answer, so it is never retried.
            failure = _Failure(
                ResponseTooLargeError(
                    size=exc.size,
                    limit=limit,
                    announced=exc.announced,
                    komet_method=name,
                    outcome_unknown=not safe,
                ),
                False,
            )
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
            # Nothing reached the server: safe to try again whatever the method.
            failure = _Failure(
                self._connection_error(KometConnectionError, name, exc, unknown=False),
                True,
                reason=type(exc).__name__,
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
                    reason=type(exc).__name__,
                )
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError) as exc:
            waited = _timeout_text(exc, timeout or self._timeout)
            failure = _Failure(
                KometTimeoutError(
                    f"{waited} (attempt {attempt} of {attempts})",
                    komet_method=name,
                    outcome_unknown=not safe,
                ),
                safe,
                reason=waited,
            )
        except (aiohttp.ClientError, OSError) as exc:
            failure = _Failure(
                self._connection_error(KometConnectionError, name, exc, unknown=not safe),
                safe,
                reason=type(exc).__name__,
            )
        if failure is not None:
            self._log(spec, "error", started, request.size, 0)
            return failure
        size = sum(map(len, chunks))
        self._log(spec, http_status, started, request.size, size)
        if size >= C.LARGE_ANSWER_BYTES and 200 <= http_status < 300 and chunks[0][:1] == b"{":
            try:
                parsed = await loads_in_slices(chunks)
            except orjson.JSONDecodeError:
                parsed = None  # "not valid JSON"
            # Given ``parsed``, _read_answer reads no more of ``raw`` than its first bytes
            # (is it HTML, is it empty): the first chunk, which begins with "{", is enough.
            return self._read_answer(
                spec, chunks[0], http_status, headers, content_type, started, parsed
            )
        raw = b"".join(chunks)  # a small answer is one chunk: that chunk itself, no copy
        return self._read_answer(spec, raw, http_status, headers, content_type, started)

    def _read_answer(
        self,
        spec: WireSpec,
        raw: bytes | bytearray,
        http_status: int,
        headers: CIMultiDictProxy[str],
        content_type: str,
        started: float,
        parsed: object = _UNPARSED,
    ) -> CheckedAnswer | _Failure:
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
                f"HTTP {http_status}",
            )
        payload: object = None
        if "html" in content_type or raw.lstrip()[:1] == b"<":
            return _Failure(
                KometDecodeError(
                    "answer is an HTML page, not JSON", komet_method=name, outcome_unknown=not safe
                ),
                safe,
                reason="an HTML page",
            )
        if parsed is not _UNPARSED:
            payload = parsed  # parsed in slices by the caller (None: not valid JSON)
        else:
            try:
                large = len(raw) >= C.LARGE_ANSWER_BYTES
                payload = _loads_large(raw) if large else orjson.loads(raw)
            except orjson.JSONDecodeError:
                payload = None
        if payload is None:
            what = "empty answer" if not raw.strip() else "answer is not valid JSON (truncated?)"
            return _Failure(
                KometDecodeError(what, komet_method=name, outcome_unknown=not safe),
                safe,
                reason=what,
            )
        if not isinstance(payload, dict):
            return _Failure(
                KometDecodeError(
                    f"answer is a JSON {type(payload).__name__}, not an object",
                    komet_method=name,
                    outcome_unknown=not safe,
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
                failure_statuses=spec.failure_statuses,
                envelope_optional=spec.envelope_optional,
                secrets=self._secrets,
            )
        except KometDecodeError as exc:
            # Without the traceback of this frame and check_envelope's: their locals hold the
            # answer as received, which may quote a token (error trackers print locals).
            return _Failure(exc.with_traceback(None) if safe else outcome_unknown(exc), False)
        except KometError as exc:
            return _Failure(exc.with_traceback(None), False)
        message = payload.get("message")
        info = ResponseInfo(
            komet_method=name,
            message=message if isinstance(message, str) else None,
            http_status=http_status,
            headers=headers,
            elapsed=time.perf_counter() - started,
        )
        return CheckedAnswer(payload=payload, info=info)

    def _connection_error(
        self, cls: type[KometConnectionError], name: str, exc: BaseException, *, unknown: bool
    ) -> KometConnectionError:
        # Built from the exception's type and its redacted text; never chained to it,
        # since aiohttp's errors may carry the URL, and the URL carries the token.
        detail = redact(str(exc), self._secrets) or type(exc).__name__
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


def _timeout_text(exc: BaseException, timeout: aiohttp.ClientTimeout) -> str:
    """``no answer within 5.0 s``: which of the timeouts ran out, and its seconds."""
    if isinstance(exc, aiohttp.ServerTimeoutError) and timeout.sock_read:
        return f"no data within {_seconds(timeout.sock_read)} s"
    if timeout.total:
        return f"no answer within {_seconds(timeout.total)} s"
    return "timed out"


def _seconds(value: float) -> str:
    return f"{value:.1f}" if value == round(value, 1) else f"{value:g}"


def outcome_unknown(error: KometDecodeError) -> KometDecodeError:
    """``error`` marked ``outcome_unknown``: it follows a request (not retry-safe) that
    reached the server, which may have applied it."""
    if error.outcome_unknown:
        return error
    prefix = f"{error.komet_method}: "
    text = str(error)
    marked = KometDecodeError(
        text[len(prefix) :] if text.startswith(prefix) else text,
        komet_method=error.komet_method,
        outcome_unknown=True,
        path=error.path,
    )
    marked.__cause__, marked.__suppress_context__ = None, True
    return marked


def _positive_limit(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"max_response_bytes must be a positive int, got {value!r}")
    return value


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

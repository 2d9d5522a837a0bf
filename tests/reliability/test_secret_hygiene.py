"""The token never shows: not in any logger's DEBUG output (ours, aiohttp's, the fake's), not
in any error's str/repr/args/cause/context/traceback (locals included, as Sentry and rich
print them), not in the session's or a BulkResult's repr, not in what aiohttp trace
callbacks see, not in the CLI's output -- whatever way the call fails."""

from __future__ import annotations

import asyncio
import logging
import socketserver
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import aiohttp
import pytest
from click.testing import CliRunner

import komet_async as komet
from komet_async.cli import cli
from komet_async.testing import FakeKomet, FaultKind, Faults

from .conftest import NO_WAIT, TOKEN, every_text_of, inventory_lines, session_on

LOGGERS = (
    "",
    "komet_async",
    "komet_async.testing",
    "aiohttp",
    "aiohttp.access",
    "aiohttp.client",
    "aiohttp.internal",
    "aiohttp.server",
    "aiohttp.web",
    "asyncio",
)
FAULTS: tuple[FaultKind, ...] = (
    "500",
    "502",
    "503",
    "503-retry-after",
    "reset",
    "timeout",
    "html",
    "truncated",
    "status0",
)


@pytest.fixture
def all_debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger at DEBUG, captured at the root (aiohttp's and the fake's included)."""
    caplog.set_level(logging.DEBUG)
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield caplog
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def with_locals(error: BaseException) -> str:
    """The SDK's frames of the traceback as error trackers print them: with every local
    variable (the test's own frames hold the token, of course)."""
    report = traceback.TracebackException.from_exception(error, capture_locals=True)
    ours = [frame for frame in report.stack if "/komet_async/" in frame.filename]
    assert ours or error.__traceback__ is None, "no frame of the SDK: the check proves nothing"
    return "".join(traceback.StackSummary.from_list(ours).format())


async def failures_of_every_kind(fake: FakeKomet, k: komet.KometSession) -> list[BaseException]:
    """One call per (fault kind, way the token travels): query, body, header, escape hatch."""
    errors: list[BaseException] = []
    change = komet.BoxCodeChange(current_box_code="KS001001", new_box_code="PT991001")
    calls = {
        "query": lambda: k.products.list(),
        "body": lambda: k.boxes.change_codes([change]),
        "header": lambda: k.inventory.list_units(unit_type="Stem"),
        "request": lambda: k.request("product.list", http_method="GET", retry_safe=True),
    }
    for kind in FAULTS:
        fake.set_faults(
            Faults(rate=1.0, kinds=(kind,), max_consecutive=9, slow_seconds=0.3,
                   retry_after_seconds=0)
        )  # fmt: skip
        for call in calls.values():
            try:
                await call()
            except komet.KometError as exc:
                errors.append(exc)
    fake.set_faults(None)
    return errors


async def test_no_error_log_or_repr_ever_shows_the_token(
    all_debug_logs: pytest.LogCaptureFixture,
) -> None:
    async with FakeKomet(seed=5) as fake:
        token = fake.token
        async with session_on(fake, timeout=0.2, max_retries=1, daily_quota=10_000) as k:
            errors = await failures_of_every_kind(fake, k)
            # A bulk job with failures of its own: its result, its items' errors, BulkError.
            fake.set_faults(Faults(rate=0.5, max_consecutive=9, slow_seconds=0.3))
            result = await k.inventory.push(inventory_lines(fake, 40), concurrency=8)
            fake.set_faults(None)
            assert not result.ok, "faults were injected: some lines must fail"
            bulk_texts = [repr(result), repr(result.items), str(result.to_retry())]
            for item in result.items:
                for part in item.parts:
                    if part.error is not None:
                        errors.append(part.error)
            with pytest.raises(komet.BulkError) as bulk:
                result.raise_for_failures()
            errors.append(bulk.value)
            session_texts = [repr(k), str(k), str(vars(k)), repr(k.quota)]
        # Refusals by the server, and by us before sending.
        async with komet.KometSession(TOKEN, base_url=fake.url, retry_policy=NO_WAIT) as bad:
            with pytest.raises(komet.AuthenticationError) as denied:
                await bad.products.list()
            errors.append(denied.value)
        async with session_on(fake, daily_quota=1) as k:
            await k.products.list()
            with pytest.raises(komet.QuotaExhaustedError) as spent:
                await k.products.list()
            errors.append(spent.value)
            with pytest.raises(komet.RequestValidationError) as invalid:
                await k.products.list(description="y" * 300)
            errors.append(invalid.value)

    kinds = {type(e) for e in errors}
    assert kinds >= {
        komet.KometHTTPError,
        komet.KometConnectionError,
        komet.KometTimeoutError,
        komet.KometDecodeError,
        komet.KometAPIError,
        komet.AuthenticationError,
        komet.QuotaExhaustedError,
        komet.RequestValidationError,
        komet.BulkError,
    }, kinds
    for error in errors:
        assert token not in every_text_of(error), type(error)
        assert TOKEN not in every_text_of(error), type(error)
        assert token not in with_locals(error), type(error)
    for text in bulk_texts + session_texts:
        assert token not in text
    logged = [r.getMessage() for r in all_debug_logs.records]
    # Ours and the fake's log every request; aiohttp's loggers are at DEBUG too, checked
    # for whatever they say.
    assert {r.name for r in all_debug_logs.records} >= {"komet_async", "komet_async.testing"}
    assert all(token not in line and TOKEN not in line for line in logged)
    assert token not in all_debug_logs.text


@pytest.fixture
def garbage_url() -> Iterator[str]:
    """A server that answers a broken status line: aiohttp's error then quotes the URL
    (threaded, so a CLI running its own event loop can reach it too)."""

    class Answer(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = self.request.recv(65536)
                if not chunk:
                    return
                data += chunk
            self.request.sendall(b"HTTP/1.1 abc broken\r\n\r\n")

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Answer)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/"
    server.shutdown()
    server.server_close()
    thread.join(5)


async def test_an_aiohttp_error_quoting_the_url_is_masked(
    garbage_url: str, all_debug_logs: pytest.LogCaptureFixture
) -> None:
    async with komet.KometSession(
        TOKEN, base_url=garbage_url, daily_quota=None, retry_policy=NO_WAIT
    ) as k:
        with pytest.raises(komet.KometConnectionError) as info:
            await k.products.list()
    text = every_text_of(info.value)
    assert "***" in text  # the URL was quoted, masked
    assert TOKEN not in text
    assert TOKEN not in with_locals(info.value)
    assert TOKEN not in all_debug_logs.text


# --- aiohttp trace_configs (OpenTelemetry's aiohttp instrumentation uses them) -----------


class Recorder:
    """A user's TraceConfig: records what every callback was given."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str, Any]] = []
        self.config = aiohttp.TraceConfig()
        for name in (
            "on_request_start",
            "on_request_chunk_sent",
            "on_request_headers_sent",
            "on_response_chunk_received",
            "on_request_end",
            "on_request_exception",
            "on_connection_create_end",
        ):
            getattr(self.config, name).append(self._record(name))

    def _record(self, name: str) -> Any:
        async def record(session: Any, ctx: SimpleNamespace, params: Any) -> None:
            self.seen.append((name, repr(params), ctx.trace_request_ctx))
            for attr in ("url", "headers", "chunk", "exception"):
                if hasattr(params, attr):
                    self.seen.append((name, repr(getattr(params, attr)), None))
            response = getattr(params, "response", None)
            if response is not None:
                seen = (response.url, response.real_url, response.request_info, response.status)
                self.seen.append((name, repr(seen), None))

        return record

    def names(self) -> set[str]:
        return {name for name, _, _ in self.seen}

    def text(self) -> str:
        return "\n".join(text for _, text, _ in self.seen)


async def test_trace_callbacks_see_the_url_with_the_token_masked(garbage_url: str) -> None:
    recorder = Recorder()
    async with FakeKomet(seed=5) as fake:
        token = fake.token
        async with session_on(fake, trace_configs=[recorder.config]) as k:
            await k.products.list()  # token in the query
            await k.inventory.list_units(unit_type="Stem")  # in a header, JSON body
            await k.boxes.change_codes(  # in the JSON body
                [komet.BoxCodeChange(current_box_code="KS001001", new_box_code="PT991001")]
            )
    async with komet.KometSession(
        token, base_url=garbage_url, retry_policy=NO_WAIT, trace_configs=[recorder.config]
    ) as k:
        with pytest.raises(komet.KometConnectionError):
            await k.products.list(max_retries=0)
    assert recorder.names() >= {
        "on_request_start",
        "on_request_chunk_sent",
        "on_request_headers_sent",
        "on_response_chunk_received",
        "on_request_end",
        "on_request_exception",
        "on_connection_create_end",
    }
    text = recorder.text()
    assert token not in text
    assert "authenticationToken=***" in text  # the URL is shown, with the token masked
    assert "product.list" in text and "box.code.change" in text


async def test_trace_context_factory_and_response_stay_usable() -> None:
    class Span(SimpleNamespace):
        pass

    statuses: list[int] = []
    contexts: list[object] = []
    config = aiohttp.TraceConfig(trace_config_ctx_factory=Span)

    async def on_start(session: Any, ctx: SimpleNamespace, params: Any) -> None:
        ctx.started = str(params.url)

    async def on_end(session: Any, ctx: SimpleNamespace, params: Any) -> None:
        contexts.append(ctx)
        statuses.append(params.response.status)

    config.on_request_start.append(on_start)
    config.on_request_end.append(on_end)
    async with FakeKomet(seed=5) as fake, session_on(fake, trace_configs=[config]) as k:
        await k.products.list()
        await k.products.list()
    assert statuses == [200, 200]
    assert all(isinstance(c, Span) and "authenticationToken=***" in c.started for c in contexts)


# --- the command line -----------------------------------------------------------------


def test_the_cli_never_prints_the_token(garbage_url: str, tmp_path: Path) -> None:
    runner = CliRunner()

    async def serve(ready: threading.Event, stop: asyncio.Event, box: list[FakeKomet]) -> None:
        faults = Faults(rate=1.0, kinds=("500", "reset", "html"), max_consecutive=9)
        async with FakeKomet(seed=2, faults=faults) as fake:
            box.append(fake)
            ready.set()
            await stop.wait()

    loop = asyncio.new_event_loop()
    ready, stop, box = threading.Event(), asyncio.Event(), []
    thread = threading.Thread(target=loop.run_until_complete, args=(serve(ready, stop, box),))
    thread.start()
    try:
        assert ready.wait(10)
        fake = box[0]
        lines = tmp_path / "stock.csv"
        line = inventory_lines(fake, 1)[0]
        lines.write_text(
            "vendor_code,awb,ship_date,product_code,quantity,box_type_code,unit_type,"
            "stems_bunch,bunches,unit_cost,reference\n"
            f"{line.vendor_code},{line.awb},2026-11-20,{line.product_code},5,QB,bunch,25,10,"
            "2.15,L0\n"
        )
        outputs = []
        for url, token in ((fake.url, fake.token), (fake.url, TOKEN), (garbage_url, TOKEN)):
            env = {"KOMET_BASE_URL": url, "KOMET_TOKEN": token}
            for args in (
                ["products", "list"],
                ["call", "product.list", "description=rose"],
                ["call", "product.list", "description=" + "y" * 300],
                ["quota"],
                ["inventory", "push", str(lines), "--no-progress"],
            ):
                result = runner.invoke(cli, args, env=env, catch_exceptions=False)
                outputs.append((args, result.exit_code, result.output + (result.stderr or "")))
        assert {code for _, code, _ in outputs} >= {1, 2}  # failures happened, and were shown
        for args, _code, text in outputs:
            assert fake.token not in text, args
            assert TOKEN not in text, args
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(10)
        loop.close()


PASSWORD = "pw9 distinct@ive&=secret+word"


async def test_login_password_and_token_never_show(
    all_debug_logs: pytest.LogCaptureFixture,
) -> None:
    errors: list[BaseException] = []
    async with FakeKomet(seed=5) as fake:
        api_key = fake.add_user("jane", PASSWORD)
        fake.add_user("joe", "another")
        with pytest.raises(komet.AuthenticationError) as wrong:
            await komet.login("joe", PASSWORD, base_url=fake.url)
        errors.append(wrong.value)
        for kind in ("500", "reset", "timeout", "html", "truncated"):
            fake.set_faults(Faults(rate=1.0, kinds=(kind,), max_consecutive=9, slow_seconds=0.3))
            with pytest.raises(komet.KometError) as failed:
                await komet.login(
                    "jane", PASSWORD, base_url=fake.url, timeout=0.2, retry_policy=NO_WAIT
                )
            errors.append(failed.value)
        fake.set_faults(None)
        assert await komet.login("jane", PASSWORD, base_url=fake.url) == api_key
    forms = (PASSWORD, api_key, "pw9+distinct", "pw9%20distinct")
    assert len(errors) == 6
    for error in errors:
        text = every_text_of(error) + with_locals(error)
        assert not any(form in text for form in forms), type(error)
    assert {r.name for r in all_debug_logs.records} >= {"komet_async", "komet_async.testing"}
    assert not any(form in all_debug_logs.text for form in forms)

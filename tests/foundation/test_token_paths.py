"""Where the token can travel (issue 16, item 1): ``session.request()`` sends it only under
the API's path; a server's status-0 text quoting it is masked before it enters an error
(and before the error is classified); and no frame of the SDK holds it in a local variable
when an error leaves, as capture-locals error trackers (Sentry) would print it."""

from __future__ import annotations

import asyncio
import threading
import traceback
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from aiohttp import web

import komet_async as komet
from tests.conftest import SECRET_TOKEN, ScriptedServer

NO_WAIT = komet.RetryPolicy(wait=False)


class Anywhere:
    """A loopback server that records every request, whatever its path."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.url = ""
        self.origin = ""

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.paths.append(request.raw_path)
        return web.json_response({"status": "1", "message": "OK"})


@pytest.fixture
async def anywhere() -> AsyncIterator[Anywhere]:
    server = Anywhere()
    app = web.Application()
    app.router.add_route("*", "/{path:.*}", server.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    server.origin = f"http://127.0.0.1:{runner.addresses[0][1]}"
    server.url = server.origin + "/api/"
    yield server
    await runner.cleanup()


def sdk_locals(error: BaseException) -> str:
    """The SDK's frames of ``error``'s traceback with their locals, as Sentry prints them."""
    report = traceback.TracebackException.from_exception(error, capture_locals=True)
    ours = [frame for frame in report.stack if "/komet_async/" in frame.filename]
    assert ours, "no frame of the SDK: the check proves nothing"
    return "".join(traceback.StackSummary.from_list(ours).format())


# --- session.request(): only under /api/ ---------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../admin",
        "%2e%2e/x",
        "/etc/passwd",
        "a/../../b",
        "./product.list",
        "http://evil.example/steal",
        "//evil.example/steal",
        "product.list?authenticationToken=x",
        "product.list#frag",
        "product.list/",
        "a//b",
        "Product.List",
        "product list",
        "",
    ],
)
async def test_request_refuses_a_name_that_leaves_the_api(anywhere: Anywhere, name: str) -> None:
    async with komet.KometSession(SECRET_TOKEN, base_url=anywhere.url, daily_quota=None) as k:
        with pytest.raises(komet.RequestValidationError) as info:
            await k.request(name, http_method="GET")
    assert info.value.field == "method_name"
    assert anywhere.paths == []  # nothing was sent, anywhere


async def test_request_refuses_another_origin(anywhere: Anywhere, server: ScriptedServer) -> None:
    async with komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=None) as k:
        with pytest.raises(komet.RequestValidationError):
            await k.request(anywhere.url + "product.list", http_method="GET")
    assert anywhere.paths == [] and server.seen == []


@pytest.mark.parametrize(
    "name", ["product.list", "v2/inventory/box/count", "invoice/print-status/update"]
)
async def test_request_sends_komet_names_under_the_api(anywhere: Anywhere, name: str) -> None:
    async with komet.KometSession(SECRET_TOKEN, base_url=anywhere.url, daily_quota=None) as k:
        await k.request(name, http_method="GET", params={"id": 1})
    assert len(anywhere.paths) == 1
    assert anywhere.paths[0].startswith(f"/api/{name}?")


async def test_request_refuses_bad_params_before_sending(anywhere: Anywhere) -> None:
    async with komet.KometSession(SECRET_TOKEN, base_url=anywhere.url, daily_quota=None) as k:
        for bad in ({"params": {1: "x"}}, {"body": ["x"]}):
            with pytest.raises(komet.RequestValidationError) as info:
                await k.request("product.list", http_method="GET", **bad)
            assert info.value.field in bad
            assert SECRET_TOKEN not in sdk_locals(info.value)
    assert anywhere.paths == []


# --- a status-0 text quoting the URL ---------------------------------------------------


@pytest.mark.parametrize("form", ["plain", "url-encoded"])
async def test_a_status0_text_quoting_the_token_is_masked_then_classified(
    server: ScriptedServer, form: str
) -> None:
    token = SECRET_TOKEN + "/+="  # a token whose URL-encoded form differs from its text
    shown = token if form == "plain" else quote(token, safe="")
    message = f"Bad request http://x/api/product.list?authenticationToken={shown}&id=1"
    server.reply_json({"status": 0, "message": message, "echo": {"url": message}})
    async with komet.KometSession(
        token, base_url=server.url, daily_quota=None, retry_policy=NO_WAIT
    ) as k:
        with pytest.raises(komet.KometAPIError) as info:
            await k.products.list()
    error = info.value
    # "authenticationToken=***" is no bad-token message: the URL merely quoted it.
    assert type(error) is komet.KometAPIError
    assert "authenticationToken=***" in error.message
    for text in (str(error), repr(error), error.message, repr(error.payload), repr(vars(error))):
        assert token not in text and quote(token, safe="") not in text


async def test_a_real_bad_token_message_is_still_an_authentication_error(
    server: ScriptedServer,
) -> None:
    server.reply_json({"status": 0, "message": "Invalid Security Token"})
    async with komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=None) as k:
        with pytest.raises(komet.AuthenticationError):
            await k.products.list()


# --- no SDK frame holds the token on an error path -------------------------------------


class Unprintable:
    """A value whose text fails, as ``str(10**5000)`` does (whose repr fails too)."""

    def __str__(self) -> str:
        raise ValueError("no text")


async def test_bad_extra_params_leave_no_token_in_locals(server: ScriptedServer) -> None:
    async with komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=None) as k:
        for call in (
            lambda: k.products.list(extra_params={1: "x"}),  # type: ignore[dict-item]
            lambda: k.request("product.list", http_method="GET", params={"id": Unprintable()}),
        ):
            with pytest.raises(komet.KometError) as info:
                await call()
            assert SECRET_TOKEN not in sdk_locals(info.value)
    assert server.seen == []


def test_a_crlf_sales_channel_is_refused_by_the_constructor() -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        komet.KometSession(SECRET_TOKEN, sales_channel="web\r\nX-Evil: 1")
    assert info.value.field == "sales_channel"
    assert SECRET_TOKEN not in sdk_locals(info.value)
    with pytest.raises(komet.RequestValidationError) as bad_type:
        komet.KometSession(SECRET_TOKEN, token_type="admin")  # type: ignore[arg-type]
    assert SECRET_TOKEN not in sdk_locals(bad_type.value)


async def test_a_closed_http_session_is_a_clear_error(server: ScriptedServer) -> None:
    http = aiohttp.ClientSession()
    await http.close()
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=None, http_session=http
    ) as k:
        with pytest.raises(komet.SessionClosedError) as info:
            await k.products.list()
    assert "http_session" in str(info.value)
    assert SECRET_TOKEN not in sdk_locals(info.value)
    assert server.seen == []


def run_in_thread(coro_factory: Any) -> Any:
    """Run ``asyncio.run(coro_factory())`` in a thread of its own (this test's loop runs)."""
    box: list[Any] = []

    def target() -> None:
        try:
            box.append(asyncio.run(coro_factory()))
        except BaseException as exc:
            box.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(30)
    return box[0]


async def test_a_second_event_loop_is_a_clear_error(server: ScriptedServer) -> None:
    k = komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=None)
    await k.products.list()
    assert len(server.seen) == 1
    error = run_in_thread(lambda: k.products.list())
    assert isinstance(error, komet.WrongEventLoopError), repr(error)
    assert isinstance(error, RuntimeError)  # as before, for code catching it
    assert "one session per loop" in str(error)
    assert SECRET_TOKEN not in sdk_locals(error)
    assert len(server.seen) == 1  # nothing sent
    await k.close()
    with pytest.raises(komet.SessionClosedError):
        await k.products.list()
    assert len(server.seen) == 1

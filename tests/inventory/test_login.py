"""``komet_async.login``: credentials in, token out; the password and the token never show up
in a log line, an error or a repr, whatever way the call fails."""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import AsyncIterator
from urllib.parse import quote, quote_plus

import pytest

import komet_async as komet
from komet_async._login import login
from komet_async.testing import FakeKomet
from tests.conftest import ScriptedServer

# Characters a query string must encode, so the encoded forms are checked too.
PASSWORD = "p@ss w+rd/&=?#%"
API_KEY = "4jnr8myprafeb4u5uv3ijecrhq"


def leaks(text: str) -> bool:
    forms = {PASSWORD, quote(PASSWORD, safe=""), quote_plus(PASSWORD, safe=""), API_KEY}
    forms.add(PASSWORD.replace(" ", "+").replace("&", "%26").replace("#", "%23"))
    return any(form in text for form in forms)


def everything_about(error: BaseException) -> str:
    return "".join([str(error), repr(error), *traceback.format_exception(error), repr(vars(error))])


async def test_login_returns_a_working_token(fake: FakeKomet) -> None:
    expected = fake.add_user("jane", PASSWORD)
    token = await login("jane", PASSWORD, base_url=fake.url)
    assert token == expected
    [request] = fake.requests
    assert (request.method, request.verb, request.outcome) == ("login", "POST", "ok")
    assert request.params == {"username": "jane"}  # the fake keeps no password either
    async with komet.KometSession(token, base_url=fake.url, daily_quota=None) as k:
        assert await k.locations.list()


async def test_wrong_credentials_are_an_authentication_error(fake: FakeKomet) -> None:
    fake.add_user("jane", "something else")
    with pytest.raises(komet.AuthenticationError) as info:
        await login("jane", PASSWORD, base_url=fake.url)
    assert info.value.komet_method == "login"
    assert not leaks(everything_about(info.value))


async def test_sent_as_documented_and_nothing_logged(
    server: ScriptedServer, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.reply_json({"status": "1", "message": "OK", "apiKey": API_KEY})
    assert await login("jane", PASSWORD, base_url=server.url) == API_KEY
    [seen] = server.seen
    assert (seen.method, seen.path, seen.body) == ("POST", "login", b"")
    assert seen.query == {"username": "jane", "password": PASSWORD}
    assert "authenticationToken" not in seen.headers
    assert not leaks(debug_logs.text)
    assert any("login" in record.getMessage() for record in debug_logs.records)


async def test_an_answer_without_a_key_is_a_decode_error(server: ScriptedServer) -> None:
    server.reply_json({"status": "1", "message": "OK"})
    with pytest.raises(komet.KometDecodeError):
        await login("jane", PASSWORD, base_url=server.url)


async def test_too_long_credentials_are_refused_before_sending(server: ScriptedServer) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        await login("jane", PASSWORD * 10, base_url=server.url)
    assert info.value.field == "password"
    assert server.seen == []
    assert PASSWORD not in everything_about(info.value)


@pytest.fixture
async def garbage_server() -> AsyncIterator[str]:
    """Answers every request with a broken status line: aiohttp's error then quotes the URL."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 abc broken\r\n\r\n")
        await writer.drain()
        writer.close()

    tcp = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = tcp.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/api/"
    tcp.close()
    await tcp.wait_closed()


async def test_a_failure_that_quotes_the_url_does_not_show_the_password(
    garbage_server: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(komet.KometConnectionError) as info:
        await login("jane", PASSWORD, base_url=garbage_server, max_retries=0)
    text = everything_about(info.value)
    assert "***" in text  # the URL was there, masked
    assert not leaks(text)
    assert not leaks(debug_logs.text)


async def test_a_refused_connection_does_not_show_the_password() -> None:
    probe = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = probe.sockets[0].getsockname()[1]
    probe.close()
    await probe.wait_closed()
    with pytest.raises(komet.KometConnectionError) as info:
        await login(
            "jane",
            PASSWORD,
            base_url=f"http://127.0.0.1:{port}/api/",
            max_retries=0,
            retry_policy=komet.RetryPolicy(wait=False),
        )
    assert not leaks(everything_about(info.value))

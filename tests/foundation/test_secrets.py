"""The token is a secret: never in a log line, an error, a cause/context, a repr or a traceback."""

from __future__ import annotations

import asyncio
import socket
import traceback

import pytest
from aiohttp import web

import komet_async as komet
from komet_async._secret import Secret, redact
from tests.conftest import SECRET_TOKEN, ScriptedServer


def _every_text_of(error: BaseException) -> str:
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        parts += [str(link), repr(link), repr(getattr(link, "args", ()))]
        link = link.__cause__ or link.__context__
    return "\n".join(parts)


async def _trigger_every_error(server: ScriptedServer, k: komet.KometSession) -> list[Exception]:
    errors: list[Exception] = []

    async def attempt(coro: object) -> None:
        try:
            await coro  # type: ignore[misc]
        except komet.KometError as exc:
            errors.append(exc)

    change = [komet.BoxCodeChange(current_box_code="A", new_box_code="B")]
    server.reply_json({"status": "0", "message": "Invalid Security Token"})
    await attempt(k.products.list())
    server.reply_json({"status": "1"}, status=500)
    await attempt(k.products.list())
    server.reply_text("<html>oops</html>", content_type="text/html")
    await attempt(k.products.list())
    server.reply_text('{"status": "1", "prod', content_type="application/json")
    await attempt(k.products.list())
    server.reply_json({"status": "1", "products": [{"id": "x"}]})
    await attempt(k.products.list())

    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(1)
        return web.json_response({"status": "1"})

    server.handler = slow
    await attempt(k.boxes.change_codes(change, timeout=0.1))
    await attempt(k.products.list(description="y" * 300))
    return errors


async def test_token_absent_from_errors_logs_and_reprs(
    server: ScriptedServer, debug_logs: pytest.LogCaptureFixture
) -> None:
    async with komet.KometSession(
        SECRET_TOKEN,
        base_url=server.url,
        daily_quota=None,
        retry_policy=komet.RetryPolicy(wait=False),
    ) as k:
        errors = await _trigger_every_error(server, k)
        assert SECRET_TOKEN not in repr(k)
        assert SECRET_TOKEN not in str(vars(k))
    kinds = {type(e) for e in errors}
    assert kinds >= {
        komet.AuthenticationError,
        komet.KometHTTPError,
        komet.KometDecodeError,
        komet.KometTimeoutError,
        komet.RequestValidationError,
    }
    for error in errors:
        assert SECRET_TOKEN not in _every_text_of(error)
    assert debug_logs.records, "DEBUG logging captured nothing: the check would prove nothing"
    assert SECRET_TOKEN not in debug_logs.text
    for record in debug_logs.records:
        assert SECRET_TOKEN not in record.getMessage()


async def test_connection_error_is_not_chained_to_aiohttp() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    async with komet.KometSession(
        SECRET_TOKEN,
        base_url=f"http://127.0.0.1:{port}/api/",
        daily_quota=None,
        retry_policy=komet.RetryPolicy(wait=False),
    ) as k:
        with pytest.raises(komet.KometConnectionError) as info:
            await k.products.list()
    assert info.value.__cause__ is None
    assert info.value.__context__ is None
    assert SECRET_TOKEN not in _every_text_of(info.value)


def test_secret_wrapper_hides_its_value() -> None:
    secret = Secret(SECRET_TOKEN)
    shown = [str(secret), repr(secret), f"{secret}", repr([secret]), repr({"t": secret})]
    assert all(SECRET_TOKEN not in text for text in shown)
    assert secret.reveal() == SECRET_TOKEN
    assert redact(f"url?authenticationToken={SECRET_TOKEN}&x=1", [secret]) == (
        "url?authenticationToken=***&x=1"
    )
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(secret)

"""A timeout says how long was waited and which attempt it was; each retry is logged at INFO
with the method, the attempt, the wait and the reason -- never the URL nor the token."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

import komet_async as komet

from ..conftest import SECRET_TOKEN, ScriptedServer


@pytest.fixture
async def silent() -> AsyncIterator[str]:
    """A raw server that reads each request and never answers (until the client closes)."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()
        writer.close()

    s = await asyncio.start_server(serve, "127.0.0.1", 0)
    yield f"http://127.0.0.1:{s.sockets[0].getsockname()[1]}/api/"
    s.close()
    await s.wait_closed()


async def test_a_timeout_names_its_seconds_and_attempt(silent: str) -> None:
    async with komet.KometSession(
        SECRET_TOKEN, base_url=silent, daily_quota=None, timeout=0.3, max_retries=2,
        retry_policy=komet.RetryPolicy(wait=False),
    ) as k:  # fmt: skip
        with pytest.raises(komet.KometTimeoutError) as info:
            await k.products.list()
        assert str(info.value) == "product.list: no answer within 0.3 s (attempt 3 of 3)"
        with pytest.raises(komet.KometTimeoutError) as info:
            await k.products.list(timeout=0.2, max_retries=0)
        assert str(info.value) == "product.list: no answer within 0.2 s (attempt 1 of 1)"
        with pytest.raises(komet.KometTimeoutError) as write:
            await k.request("inventory.add", http_method="POST", params={"awb": "1"})
        assert str(write.value) == (
            "inventory.add: no answer within 0.3 s (attempt 1 of 3) "
            "(the request may have reached the server: outcome unknown)"
        )
        assert write.value.outcome_unknown


def retries_logged(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "komet_async" and "retrying" in r.message]


async def test_each_retry_is_logged_at_info_with_attempt_wait_and_reason(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    answers = iter([503, 502])

    async def flaky(request: web.Request) -> web.StreamResponse:
        status = next(answers, 200)
        if status != 200:
            return web.Response(status=status, text="busy")
        return web.json_response({"status": "1", "products": [{"id": 1}]})

    server.handler = flaky
    caplog.set_level(logging.INFO, logger="komet_async")
    policy = komet.RetryPolicy(backoff_base=0.01, backoff_max=0.01)
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=None, retry_policy=policy
    ) as k:
        assert [p.id for p in await k.products.list()] == [1]
    records = retries_logged(caplog)
    assert [r.levelno for r in records] == [logging.INFO, logging.INFO]
    pattern = (
        r"komet product\.list: attempt (\d) of 3 failed \((HTTP 50\d)\); retrying in ([\d.]+) s"
    )
    found = [re.fullmatch(pattern, r.getMessage()) for r in records]
    assert all(found), [r.getMessage() for r in records]
    assert [(m[1], m[2]) for m in found if m] == [("1", "HTTP 503"), ("2", "HTTP 502")]
    assert all(0 <= float(m[3]) <= 0.01 for m in found if m)
    for record in records:
        assert SECRET_TOKEN not in record.getMessage()
        assert "127.0.0.1" not in record.getMessage() and "http" not in record.getMessage()


async def test_a_retried_timeout_says_why(silent: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="komet_async")
    async with komet.KometSession(
        SECRET_TOKEN, base_url=silent, daily_quota=None, timeout=0.2, max_retries=1,
        retry_policy=komet.RetryPolicy(wait=False),
    ) as k:  # fmt: skip
        with pytest.raises(komet.KometTimeoutError):
            await k.products.list()
    (record,) = retries_logged(caplog)
    assert record.getMessage() == (
        "komet product.list: attempt 1 of 2 failed (no answer within 0.2 s); retrying in 0.00 s"
    )
    assert SECRET_TOKEN not in caplog.text

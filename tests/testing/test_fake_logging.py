"""No token or password in any log record, at DEBUG, from the fake or aiohttp."""

from __future__ import annotations

import logging

import aiohttp
import pytest

from komet_async.testing import FakeKomet, Faults

from .conftest import Client

LOGGERS = ("komet_async", "aiohttp", "aiohttp.access", "aiohttp.server", "aiohttp.web", "asyncio")


async def test_no_secret_in_any_log_record(
    caplog: pytest.LogCaptureFixture, http: aiohttp.ClientSession
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    faults = Faults(rate=0.5, kinds=("500", "reset", "truncated", "html"))
    async with FakeKomet(faults=faults) as fake:
        client = Client(http, fake)
        password = "pw-that-must-not-leak-42"
        user_token = fake.add_user("ana", password)
        secrets = [fake.token, user_token, password]
        for place in ("query", "body", "header"):
            for index in range(4):
                try:
                    await client.call("product.list", {"description": f"x{index}"},
                                      token_in=place)  # fmt: skip
                    await client.call("product.add", {"category": "Rose", "tags": str(index)},
                                      token_in=place)  # fmt: skip
                    await client.call("login", {"username": "ana", "password": password})
                    await client.call("product.list", token="wrong-token-value-0000000")
                except aiohttp.ClientError:
                    pass
    assert caplog.records, "the fake logs at DEBUG, so this test can see a leak"
    assert any(r.name == "komet_async.testing" for r in caplog.records)
    for record in caplog.records:
        text = f"{record.getMessage()} {record.__dict__}"
        for secret in [*secrets, "wrong-token-value-0000000"]:
            assert secret not in text, record.name
    for request in fake.requests:
        assert all(s not in repr(request) and s not in str(request.params) for s in secrets)

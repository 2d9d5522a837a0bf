"""KometSession's lifecycle: lazy pool, cached namespaces, user sessions left open."""

from __future__ import annotations

import aiohttp
import pytest

import komet_async as komet
from tests.conftest import SECRET_TOKEN, ScriptedServer


async def test_namespaces_are_built_once(session: komet.KometSession) -> None:
    for name in (
        "inventory",
        "invoices",
        "prebooks",
        "purchase_orders",
        "boxes",
        "products",
        "customers",
        "companies",
        "locations",
        "carriers",
        "vendors",
        "awbs",
    ):
        assert getattr(session, name) is getattr(session, name)


async def test_one_pool_is_created_lazily_and_reused(server: ScriptedServer) -> None:
    server.reply_json({"status": "1", "products": []})
    k = komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=None)
    assert k._transport._own_session is None
    await k.products.list()
    pool = k._transport._own_session
    assert pool is not None
    await k.products.list()
    assert k._transport._own_session is pool
    await k.close()
    assert pool.closed
    await k.close()  # idempotent


async def test_a_closed_session_refuses_work(server: ScriptedServer) -> None:
    k = komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=None)
    await k.close()
    with pytest.raises(RuntimeError):
        await k.products.list()


async def test_user_supplied_http_session_is_used_and_left_open(server: ScriptedServer) -> None:
    server.reply_json({"status": "1", "products": [{"id": 1}]})
    async with aiohttp.ClientSession(headers={"X-Mine": "yes"}) as http:
        async with komet.KometSession(
            SECRET_TOKEN, base_url=server.url, daily_quota=None, http_session=http
        ) as k:
            assert len(await k.products.list()) == 1
        assert not http.closed
        assert server.seen[0].headers["X-Mine"] == "yes"
        async with http.get(server.url + "ping") as resp:
            assert resp.status == 200


async def test_daily_quota_refuses_before_sending(server: ScriptedServer) -> None:
    server.reply_json({"status": "1", "products": []})
    async with komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=2) as k:
        await k.products.list()
        await k.products.list()
        with pytest.raises(komet.QuotaExhaustedError) as info:
            await k.products.list()
        assert k.quota.used == 2
        assert k.quota.remaining == 0
    assert len(server.seen) == 2
    assert info.value.resets_at is not None
    assert info.value.resets_at.tzinfo is not None


async def test_quota_key_is_never_the_token(server: ScriptedServer) -> None:
    async with komet.KometSession(SECRET_TOKEN, base_url=server.url) as k:
        assert SECRET_TOKEN not in k.quota_key


async def test_account_headers_only_on_methods_that_take_them(server: ScriptedServer) -> None:
    server.reply_json({"status": "1", "products": []})
    async with komet.KometSession(
        SECRET_TOKEN,
        base_url=server.url,
        daily_quota=None,
        account_id=77,
        sales_channel="WEB_APP",
    ) as k:
        await k.products.list()
        await k.request("ecommerce/x", http_method="GET", retry_safe=True)
    assert "X-ACCOUNT" not in server.seen[0].headers
    assert server.seen[1].headers["X-ACCOUNT"] == "77"
    assert server.seen[1].headers["X-SALES-CHANNEL"] == "WEB_APP"


def test_public_names_import() -> None:
    import komet_async as k

    for name in (
        "KometSession",
        "CATALOG",
        "KometError",
        "KometAPIError",
        "AuthenticationError",
        "PermissionDeniedError",
        "QuotaExceededError",
        "QuotaExhaustedError",
        "RequestValidationError",
        "RequestTooLargeError",
        "KometHTTPError",
        "KometConnectionError",
        "KometTimeoutError",
        "KometDecodeError",
    ):
        assert hasattr(k, name), name
    assert issubclass(k.AuthenticationError, k.KometAPIError)
    assert issubclass(k.RequestTooLargeError, k.RequestValidationError)
    assert issubclass(k.KometAPIError, k.KometError)

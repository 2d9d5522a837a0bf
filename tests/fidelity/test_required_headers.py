"""Required headers before sending (issue 17, point 5): a method whose page marks
``X-ACCOUNT`` (or ``X-SALES-CHANNEL``) required is refused without it -- a
:class:`RequestValidationError` naming the session argument, nothing sent, no quota spent --
and ``X-SALES-CHANNEL`` is checked against the values and the length its page documents."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from tests._docs import METHODS_PART1, METHODS_PART2, METHODS_PART3
from tests.conftest import SECRET_TOKEN, ScriptedServer

DAY = dt.date(2026, 6, 15)
Call = Callable[[komet.KometSession], Awaitable[Any]]

# One public call per method whose page marks an account header required.
CALLS: dict[str, Call] = {
    "company.location.list": lambda k: k.companies.list_locations(6326),
    "customer.by.company.list": lambda k: k.customers.list_by_company(),
    "customer.by.user.list": lambda k: k.customers.list_by_user(),
    "ecommerce-lite/settings": lambda k: k.customers.get_ecommerce_settings(7349),
    "ecommerce/customer-carriers.list": lambda k: k.carriers.list_for_customer(
        7349, date=DAY, available_from=DAY, available_to=DAY
    ),
    "ecommerce/inventory-available-dates.list": (
        lambda k: k.inventory.list_ecommerce_available_dates(7349, [1], 1)
    ),
    "ecommerce/inventory.get": lambda k: k.inventory.get_ecommerce(
        7349, [1], 1, date=DAY, available_from=DAY, available_to=DAY
    ),
    "ecommerce/inventory.list": lambda k: k.inventory.list_ecommerce(7349),
    "v2/user/e-commerce": lambda k: k.companies.add_ecommerce_user(
        customer_codes=["B310"], first_name="J", last_name="G", email="j@g.co", login="jg"
    ),
    "web-order-details.list": lambda k: k.web_orders.list_details(7122, 30200),
    "web-order-item.add": lambda k: k.web_orders.add_item(
        7122,
        inventory_origin=1,
        price=Decimal("1.25"),
        quantity=1,
        carrier_id=8,
        date=DAY,
        inventory_ids=[1],
    ),
    "web-order.checkout": lambda k: k.web_orders.checkout(7122, 30200),
    "web-order.create": lambda k: k.web_orders.create(7122, company_id=1),
    "web-order.delete": lambda k: k.web_orders.delete(7122, 30200),
}


def _documented_required_headers() -> dict[str, set[str]]:
    """Per method, the headers its page's parameter table marks required."""
    found: dict[str, set[str]] = {}
    for part in (METHODS_PART1, METHODS_PART2, METHODS_PART3):
        for entry in json.loads(part.read_text(encoding="utf-8")):
            params = entry.get("params")
            if not isinstance(params, list):
                continue
            required = {
                p["name"]
                for p in params
                if isinstance(p, dict)
                and p.get("name") in ("X-ACCOUNT", "X-SALES-CHANNEL")
                and p.get("required") is True
            }
            if required:
                found[entry["method"]] = required
    return found


def test_the_catalog_requires_what_the_pages_mark_required() -> None:
    documented = _documented_required_headers()
    declared = {n: set(m.required_headers) for n, m in komet.CATALOG.items() if m.required_headers}
    assert declared == documented
    assert set(CALLS) == set(declared)  # every such method is called below


async def _session(server: ScriptedServer, **headers: Any) -> komet.KometSession:
    return komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=5, **headers)


@pytest.mark.parametrize("name", sorted(CALLS))
async def test_without_account_id_nothing_is_sent_nor_spent(
    server: ScriptedServer, name: str
) -> None:
    async with await _session(server, sales_channel="WEB_APP") as k:
        with pytest.raises(komet.RequestValidationError) as info:
            await CALLS[name](k)
        quota = await k.refresh_quota()
    assert (info.value.field, info.value.komet_method) == ("account_id", name)
    assert "X-ACCOUNT" in str(info.value)
    assert server.seen == [] and quota.used == 0


@pytest.mark.parametrize(
    "name", sorted(n for n, m in komet.CATALOG.items() if "X-SALES-CHANNEL" in m.required_headers)
)
async def test_without_sales_channel_where_required_nothing_is_sent(
    server: ScriptedServer, name: str
) -> None:
    async with await _session(server, account_id=77) as k:
        with pytest.raises(komet.RequestValidationError) as info:
            await CALLS[name](k)
    assert info.value.field == "sales_channel" and "X-SALES-CHANNEL" in str(info.value)
    assert server.seen == []


async def test_with_the_headers_the_call_is_sent_with_them(server: ScriptedServer) -> None:
    server.reply_json({"locations": [{"id": 1, "name": "Miami"}]})
    async with await _session(server, account_id=77, sales_channel="MOBILE_APP") as k:
        (location,) = await k.companies.list_locations(6326)
    assert location.name == "Miami"
    (seen,) = server.seen
    assert (seen.headers["X-ACCOUNT"], seen.headers["X-SALES-CHANNEL"]) == ("77", "MOBILE_APP")


async def test_a_method_without_required_headers_is_sent_without_them(
    server: ScriptedServer,
) -> None:
    server.reply_json({"companyResult": []})
    async with await _session(server) as k:
        assert await k.companies.list() == []  # X-SALES-CHANNEL optional, X-ACCOUNT undocumented
    assert len(server.seen) == 1


async def test_a_sales_channel_outside_the_documented_values_is_refused(
    server: ScriptedServer,
) -> None:
    async with await _session(server, account_id=77, sales_channel="web") as k:
        with pytest.raises(komet.RequestValidationError) as info:
            await k.companies.list_locations(6326)
        assert info.value.field == "sales_channel"
        assert "WEB_APP" in str(info.value) and "ECOMMERCE_LITE" in str(info.value)
        # ecommerce/customer-carriers.list lists three values: K2K is not one of them.
    async with await _session(server, account_id=77, sales_channel="K2K") as k:
        with pytest.raises(komet.RequestValidationError, match="for ecommerce/customer-carriers"):
            await CALLS["ecommerce/customer-carriers.list"](k)
        server.reply_json({"locations": []})
        await k.companies.list_locations(6326)  # K2K is valid there
    assert [s.path for s in server.seen] == ["company.location.list"]


def test_a_sales_channel_longer_than_documented_is_refused_by_the_session() -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        komet.KometSession(SECRET_TOKEN, sales_channel="W" * 21)
    assert info.value.field == "sales_channel" and "20" in str(info.value)

"""No ``float`` anywhere in a decoded result, ``.extra`` included (issue 17): money is
``Decimal`` and exact even in the fields no model declares yet."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import komet_async as komet
from komet_async.errors import KometDecodeError
from komet_async.models._base import KometList
from komet_async.testing import FakeKomet
from tests._docs import METHODS_PART1, METHODS_PART2, METHODS_PART3
from tests._today import TODAY

TESTS = Path(__file__).resolve().parent.parent


def floats_in(value: Any, where: str = "$") -> Iterator[str]:
    """The path of every float in a decoded result: attrs instances (their ``extra`` too),
    lists and dicts, at any depth."""
    if isinstance(value, float):
        yield f"{where} = {value!r}"
    elif isinstance(value, KometList):
        yield from floats_in(value.extra, f"{where}.extra")
        for index, item in enumerate(value):
            yield from floats_in(item, f"{where}[{index}]")
    elif attrs.has(type(value)):
        for a in attrs.fields(type(value)):
            if a.name == "response":
                continue  # the HTTP details (elapsed seconds), not the answer
            yield from floats_in(getattr(value, a.name), f"{where}.{a.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from floats_in(item, f"{where}[{key!r}]")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from floats_in(item, f"{where}[{index}]")


def _samples() -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for part in (METHODS_PART1, METHODS_PART2, METHODS_PART3):
        for entry in json.loads(part.read_text(encoding="utf-8")):
            found.append((entry["method"], entry.get("sample_response")))
    repaired = json.loads((TESTS / "invoices" / "repaired_samples.json").read_text("utf-8"))
    found += [(entry["method"], entry["payload"]) for entry in repaired["samples"]]
    return [(name, s) for name, s in found if name in komet.CATALOG and isinstance(s, dict)]


SAMPLES = _samples()


def test_the_walker_sees_floats_at_any_depth() -> None:
    @attrs.define
    class Box:
        extra: dict[str, Any]

    assert list(floats_in(Box(extra={"a": [{"b": 0.5}]}))) == ["$.extra['a'][0]['b'] = 0.5"]
    beside = KometList([Box(extra={})], extra={"total": 1.5})
    assert list(floats_in(beside)) == ["$.extra['total'] = 1.5"]


def test_a_float_in_extra_is_an_exact_decimal_at_any_depth() -> None:
    payload = {
        "status": "1",
        "message": "OK",
        "invoices": [
            {
                "id": 7,
                "price": 0.5,
                "grandTotal": 831.25,
                "tax": 0.1,
                "count": 3,
                "lines": [{"amount": 1300.25, "nested": {"cost": 12.345}}],
            },
        ],
    }
    answer = komet.CATALOG["invoice.list"].decode(payload)
    extra = answer.invoices[0].extra
    assert list(floats_in(answer)) == []
    assert extra["price"] == Decimal("0.5") and extra["tax"] == Decimal("0.1")
    assert str(extra["tax"]) == "0.1" and str(extra["grandTotal"]) == "831.25"
    assert extra["count"] == 3 and type(extra["count"]) is int
    assert extra["lines"][0]["amount"] == Decimal("1300.25")
    assert str(extra["lines"][0]["nested"]["cost"]) == "12.345"


def test_enough_samples_are_walked() -> None:
    assert len({name for name, _ in SAMPLES}) >= 65  # parts 1, 2 and 3


@pytest.mark.parametrize(("name", "payload"), SAMPLES, ids=lambda v: str(v)[:40])
def test_no_float_in_a_documented_sample(name: str, payload: dict[str, Any]) -> None:
    try:
        answer = komet.CATALOG[name].decode(payload)
    except KometDecodeError:
        pytest.skip("this sample is not the catalog's shape (covered by the family tests)")
    assert list(floats_in(answer)) == []


async def _first_nonempty(call: Any, days: list[dt.date]) -> Any:
    for day in days:
        result = await call(day)
        if len(result):
            return result
    raise AssertionError("no seeded day answered anything")


async def test_no_float_in_what_the_fake_answers_to_the_list_methods() -> None:
    days = [TODAY + dt.timedelta(days=offset) for offset in range(-3, 40)]
    async with (
        FakeKomet(seed=5) as fake,
        komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k,
    ):
        results = [
            await _first_nonempty(lambda d: k.invoices.list_details(order_date=d), days),
            await _first_nonempty(lambda d: k.invoices.list(d, d), days),
            await _first_nonempty(lambda d: k.invoices.list_accounting(d, d), days),
            await _first_nonempty(lambda d: k.prebooks.list_details(date=d), days),
            await _first_nonempty(lambda d: k.prebooks.list(date_from=d, date_to=d), days),
            await _first_nonempty(lambda d: k.purchase_orders.list(date=d), days),
            await k.products.list(),
            await k.customers.list(),
            await k.carriers.list(),
            await k.locations.list(),
            await k.inventory.list(inventory_type="all"),
            await k.inventory.list_open_market(),
            await k.boxes.list_types(),
            await k.awbs.list(ship_date=TODAY),
        ]
    for result in results:
        assert list(floats_in(list(result))) == []


DAYS = [TODAY + dt.timedelta(days=offset) for offset in range(-3, 40)]
WEEK = dt.timedelta(days=6)

NOT_WALKED = {
    "invoice.pdf.get": "answers a PDF file (bytes), no decoded values",
    "login": "answers a token, no decoded values",
}


async def _first_answer(call: Any) -> Any:
    """The first seeded day's non-empty answer of ``call(day)`` (the last one otherwise)."""
    result = None
    for day in DAYS:
        result = await call(day)
        if not isinstance(result, list) or result:
            return result
    return result


def _reads(fake: FakeKomet, k: Any, customer_k: Any, user_k: Any) -> dict[str, Any]:
    """One call per read of the catalog, on seeded data of the fake."""
    customer = int(next(iter(fake.state.customers)))
    price_list = int(next(iter(fake.state.price_lists)))
    season = next(s for s in fake.state.seasons.values() if s["priceListId"] == price_list)

    async def ecommerce(what: str) -> Any:
        row = (await k.inventory.list_ecommerce(customer, rows=1)).items[0]
        line, origin = int(row["inventoryLineIds"]), int(row["inventoryOrigin"])
        if what == "get":
            return await k.inventory.get_ecommerce(
                customer, [line], origin, date=TODAY, available_from=TODAY, available_to=TODAY
            )
        return await k.inventory.list_ecommerce_available_dates(customer, [line], origin)

    async def va_details() -> Any:
        orders = await _first_answer(lambda d: k.purchase_orders.list(date=d))
        return await k.purchase_orders.list_va_details(
            purchase_order_numbers=[o.number for o in orders]
        )

    async def web_order() -> Any:
        created = await customer_k.web_orders.create(customer, company_id=1)
        return await customer_k.web_orders.list_details(customer, created.web_order_id)

    return {
        "additional.charge.list": lambda: k.additional_charges.list(),
        "awb.details.list": lambda: _first_answer(lambda d: k.awbs.list_details(ship_date=d)),
        "awb.future.list": lambda: _first_answer(lambda d: k.awbs.list_future(ship_date=d)),
        "awb.list": lambda: _first_answer(lambda d: k.awbs.list(ship_date=d)),
        "boxtype.list": lambda: k.boxes.list_types(),
        "carrier.list": lambda: k.carriers.list(),
        "carriers.by.customer.ship.date.list": (
            lambda: customer_k.carriers.list_by_customer_ship_date(customer)
        ),
        "category.list": lambda: k.categories.list(),
        "company.list": lambda: k.companies.list(),
        "company.location.list": lambda: k.companies.list_locations(customer),
        "credit.details.list": lambda: _first_answer(
            lambda d: k.credits.list_details(d, d + WEEK, item_type="all")
        ),
        "customer.by.company.list": lambda: user_k.customers.list_by_company(),
        "customer.by.user.list": lambda: user_k.customers.list_by_user(),
        "customer.contact.list": lambda: k.customers.list_contacts(customer),
        "customer.list": lambda: k.customers.list(),
        "customer.shipto.list": lambda: k.customers.list_ship_tos(customer_id=customer),
        "ecommerce-lite/settings": lambda: customer_k.customers.get_ecommerce_settings(customer),
        "ecommerce/customer-carriers.list": lambda: k.carriers.list_for_customer(
            customer, date=TODAY, available_from=TODAY, available_to=TODAY + WEEK
        ),
        "ecommerce/inventory-available-dates.list": lambda: ecommerce("dates"),
        "ecommerce/inventory.get": lambda: ecommerce("get"),
        "ecommerce/inventory.list": lambda: k.inventory.list_ecommerce(customer),
        "future.inventory.openmarket.list": (
            lambda: k.inventory.list_future_open_market(TODAY, TODAY + 4 * WEEK)
        ),
        "hardgood/inventory.list": lambda: k.inventory.list_hardgoods(),
        "inventory.consolidated.openmarket.list": (
            lambda: k.inventory.list_consolidated_open_market()
        ),
        "inventory.list": lambda: k.inventory.list(inventory_type="all"),
        "inventory.openmarket.list": lambda: k.inventory.list_open_market(),
        "inventory.units.list": lambda: k.inventory.list_units(),
        "invoice.accounting.details.list": (
            lambda: _first_answer(lambda d: k.invoices.list_accounting(d, d))
        ),
        "invoice.details.list": (
            lambda: _first_answer(lambda d: k.invoices.list_details(order_date=d))
        ),
        "invoice.list": lambda: _first_answer(lambda d: k.invoices.list(d, d)),
        "location.list": lambda: k.locations.list(),
        "payment.list": lambda: _first_answer(lambda d: k.payments.list(d, d + WEEK)),
        "payment.method.list": lambda: k.payments.list_methods(),
        "pickticket.details.list": (
            lambda: _first_answer(lambda d: k.pick_tickets.list_details(order_date=d))
        ),
        "prebook.details.list": lambda: _first_answer(lambda d: k.prebooks.list_details(date=d)),
        "prebook.list": (lambda: _first_answer(lambda d: k.prebooks.list(date_from=d, date_to=d))),
        "product.list": lambda: k.products.list(),
        "purchase.order.list": lambda: _first_answer(lambda d: k.purchase_orders.list(date=d)),
        "purchase.order.va.details.list": va_details,
        "standing.order.list": lambda: k.standing_orders.list(TODAY - 9 * WEEK, TODAY + 9 * WEEK),
        "v2/invoice/k2k": lambda: _first_answer(lambda d: k.invoices.list_k2k(order_date=d)),
        "v2/price-list": lambda: k.price_lists.list(),
        "v2/price-list/season": lambda: k.price_lists.list_seasons(price_list),
        "v2/price-list/season/product": (
            lambda: k.price_lists.list_products(price_list, season["id"])
        ),
        "v2/product/colors": lambda: k.products.list_colors(),
        "v2/product/grades": lambda: k.products.list_grades(),
        "vendor.availability.items.list": (
            lambda: k.vendors.list_availability_items(date_from=TODAY, date_to=TODAY + WEEK)
        ),
        "vendor.list": lambda: k.vendors.list(),
        "web-order-details.list": web_order,
    }


@pytest.mark.filterwarnings("ignore:carriers.by.customer.ship.date.list is deprecated")
async def test_no_float_in_what_the_fake_answers_to_every_read() -> None:
    reads = sorted(name for name, method in komet.CATALOG.items() if method.retry_safe)
    async with FakeKomet(seed=5) as fake:
        customer = next(iter(fake.state.customers))
        tokens = fake.add_token("customer", customer_id=customer), fake.add_token("user")
        headers: dict[str, Any] = {"account_id": 1, "sales_channel": "WEB_APP"}
        async with (
            komet.KometSession(fake.token, base_url=fake.url, daily_quota=None, **headers) as k,
            komet.KometSession(tokens[0], base_url=fake.url, daily_quota=None, **headers) as ck,
            komet.KometSession(tokens[1], base_url=fake.url, daily_quota=None, **headers) as uk,
        ):
            calls = _reads(fake, k, ck, uk)
            assert set(calls) | set(NOT_WALKED) == set(reads)  # every read of the catalog
            found: dict[str, list[str]] = {}
            answered = 0
            for name in sorted(calls):
                result = await calls[name]()
                answered += bool(not isinstance(result, list) or result)
                found[name] = list(floats_in(result))
    assert {name: paths for name, paths in found.items() if paths} == {}
    assert answered >= len(calls) - 2  # seeded data behind (nearly) every read

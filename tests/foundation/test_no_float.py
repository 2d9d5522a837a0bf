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
from komet_async.testing import FakeKomet
from tests._docs import METHODS_PART1, METHODS_PART2
from tests._today import TODAY

TESTS = Path(__file__).resolve().parent.parent


def floats_in(value: Any, where: str = "$") -> Iterator[str]:
    """The path of every float in a decoded result: attrs instances (their ``extra`` too),
    lists and dicts, at any depth."""
    if isinstance(value, float):
        yield f"{where} = {value!r}"
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
    for part in (METHODS_PART1, METHODS_PART2):
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
    assert len({name for name, _ in SAMPLES}) >= 40


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

"""Bad input is refused before anything is sent, naming the argument and the rule."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet
from tests._today import TODAY

K = komet.KometSession


def _line(**changes: Any) -> komet.SeasonProductLine:
    values: dict[str, Any] = {
        "price_list_id": 1358,
        "company_product_id": 1001,
        "season_id": 17,
        "price": Decimal("2.59"),
    }
    values.update(changes)
    return komet.SeasonProductLine(**values)


def _order(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "customer_id": 23401,
        "carrier_id": 1360,
        "start_date": TODAY,
        "recurrence": 1,
        "truck_days": "Monday",
    }
    values.update(changes)
    return values


CASES: list[tuple[str, Callable[[K], Awaitable[Any]], str, str]] = [
    (
        "type not A/M/P/S",
        lambda k: k.price_lists.list(price_list_type="X"),
        "price_list_type",
        "must be one of: A, M, P, S",
    ),
    (
        "name over 60",
        lambda k: k.price_lists.list(name="n" * 61),
        "name",
        "at most 60 characters",
    ),
    (
        "description and product id",
        lambda k: k.price_lists.list_products(
            1, 2, product_description="rose", company_product_id=3
        ),
        "product_description",
        "ignored by Komet when company_product_id is given",
    ),
    (
        "price with 3 decimals",
        lambda k: k.price_lists.update_product(
            price_list_season_product_id=1,
            price_list_id=1,
            company_product_id=1,
            season_id=1,
            price=Decimal("2.599"),
        ),
        "price",
        "at most 2 decimal places",
    ),
    (
        "float cost",
        lambda k: k.price_lists.update_product(
            price_list_season_product_id=1,
            price_list_id=1,
            company_product_id=1,
            season_id=1,
            price=Decimal(1),
            cost=1.1,  # type: ignore[arg-type]
        ),
        "cost",
        "not float",
    ),
    (
        "status not documented",
        lambda k: k.standing_orders.list(TODAY, TODAY, status="Paused"),
        "status",
        "must be one of: All, Active, Cancelled",
    ),
    (
        "neither customer id nor code",
        lambda k: k.standing_orders.create(**_order(customer_id=None)),
        "customer_id",
        "one of customer_id, customer_code is required",
    ),
    (
        "customer code without its name",
        lambda k: k.standing_orders.create(**_order(customer_id=None, customer_code="C001")),
        "customer_description",
        "required when customer_id is not given",
    ),
    (
        "carrier code without its name",
        lambda k: k.standing_orders.update(
            standing_order_id=1,
            standing_order_item_id=2,
            **_order(carrier_id=None, carrier_code="AA"),
        ),
        "carrier_description",
        "required when carrier_id is not given",
    ),
    (
        "recurrence over 4 weeks",
        lambda k: k.standing_orders.create(**_order(recurrence=5)),
        "recurrence",
        "at most 4",
    ),
    (
        "truck days over 20",
        lambda k: k.standing_orders.create(**_order(truck_days="Monday, Wednesday, Friday")),
        "truck_days",
        "at most 20 characters",
    ),
    (
        "invoice notes over 200 (the page's text)",
        lambda k: k.standing_orders.create(**_order(invoice_notes="x" * 201)),
        "invoice_notes",
        "at most 200 characters",
    ),
    (
        "item identifier over 30",
        lambda k: k.standing_orders.create(
            **_order(items=[komet.StandingOrderItem(identifier="i" * 31)])
        ),
        "items[0].identifier",
        "at most 30 characters",
    ),
    (
        "ship via not 0/1",
        lambda k: k.standing_orders.create(**_order(ship_via_id=2)),
        "ship_via_id",
        "at most 1",
    ),
    (
        "date as text",
        lambda k: k.standing_orders.list("2026-01-01", TODAY),  # type: ignore[arg-type]
        "date_from",
        "must be a datetime.date",
    ),
    (
        "item id missing",
        lambda k: k.standing_orders.delete_item(
            standing_order_id=1,
            standing_order_item_id=None,  # type: ignore[arg-type]
        ),
        "standing_order_item_id",
        "is required",
    ),
]


@pytest.mark.parametrize(("case", "call", "field", "rule"), CASES, ids=[c[0] for c in CASES])
async def test_refused_before_sending(
    k: K,
    fake: FakeKomet,
    case: str,
    call: Callable[[K], Awaitable[Any]],
    field: str,
    rule: str,
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await call(k)
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert fake.requests == []


async def test_every_bad_line_is_named_and_nothing_is_sent(k: K, fake: FakeKomet) -> None:
    lines = [
        _line(),
        _line(price=Decimal("-1")),
        _line(),
        _line(cost=Decimal("123456789.00"), box_type_code="B" * 21),
    ]
    with pytest.raises(komet.InvalidItemsError) as caught:
        await k.price_lists.add_products(lines)
    assert [(e.index, e.field) for e in caught.value.errors] == [
        (1, "products[1].price"),
        (3, "products[3].cost"),
        (3, "products[3].box_type_code"),
    ]
    with pytest.raises(komet.InvalidItemsError, match="must be a SeasonProductLine"):
        await k.price_lists.add_products([_line(), {"priceListId": 1}])  # type: ignore[list-item]
    with pytest.raises(komet.RequestValidationError, match="products"):
        await k.price_lists.add_products(_line())  # type: ignore[arg-type]
    assert fake.requests == []


async def test_no_lines_send_nothing(k: K, fake: FakeKomet) -> None:
    result = await k.price_lists.add_products([])
    assert result.items == [] and result.requests_used == 0
    assert fake.requests == []


async def test_unknown_keyword_is_a_type_error_naming_the_closest(k: K) -> None:
    with pytest.raises(TypeError, match="price_list_id"):
        await k.price_lists.list_seasons(1, price_list=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="standing_order_item_id"):
        await k.standing_orders.delete_item(  # type: ignore[call-arg]
            standing_order_id=1, standing_order_item=2
        )
    with pytest.raises(TypeError, match="concurrency"):
        await k.price_lists.add_products([_line()], concurency=2)  # type: ignore[call-arg]


async def test_an_extra_body_cannot_sit_beside_an_array(k: K, fake: FakeKomet) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await k.price_lists.add_products([_line()], extra_body={"priceListId": 1})
    assert caught.value.field == "extra_body"
    assert fake.requests == []
    # A field the page does not show rides in each line's extra instead.
    result = await k.price_lists.add_products([_line(extra={"note": "x"})])
    assert result.ok

"""Bad input is refused before anything is sent, naming the caller's argument and the rule."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import komet_async as komet
from komet_async._validate import validate
from komet_async.models.pick_tickets import PickTicketDetailsListRequest
from komet_async.models.web_orders import WebOrderItemAddRequest
from komet_async.testing import FakeKomet

from .conftest import CARRIER_ID, CUSTOMER_ID

DAY = dt.date(2026, 2, 10)


def item(**changes: Any) -> dict[str, Any]:
    arguments: dict[str, Any] = {
        "inventory_ids": 500001,
        "inventory_origin": komet.InventoryOrigin.OPEN_MARKET,
        "price": Decimal("0.45"),
        "quantity": 2,
        "carrier_id": CARRIER_ID,
        "date": DAY,
    }
    arguments.update(changes)
    return arguments


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"inventory_ids": None}, "inventory_ids", "one of inventory_ids, product_code"),
        ({"inventory_ids": [1, "2"]}, "inventory_ids[1]", "must be an int"),
        ({"inventory_ids": [-1]}, "inventory_ids[0]", "at least 0"),
        ({"inventory_ids": []}, "inventory_ids", "at least 1"),
        ({"inventory_ids": True}, "inventory_ids[0]", "must be an int"),
        ({"price": Decimal("0.455")}, "price", "2 decimal places"),
        ({"price": 0.45}, "price", "not float"),
        ({"price": Decimal("123456789")}, "price", "digits before the point"),
        ({"quantity": 0}, "quantity", "at least 1"),
        ({"inventory_origin": 5}, "inventory_origin", "at most 4"),
        ({"box_type_code": "HBXX"}, "box_type_code", "at most 3 characters"),
        ({"product_code": "P" * 21}, "product_code", "at most 20 characters"),
        ({"mark_code": "M" * 21}, "mark_code", "at most 20 characters"),
        ({"date": dt.datetime(2026, 2, 10, 9)}, "date", "datetime.date"),
        ({"reserved_inventory": "yes"}, "reserved_inventory", "bool"),
    ],
)
async def test_add_item_refuses_bad_input_before_sending(
    fake: FakeKomet, user_k: komet.KometSession, changes: dict[str, Any], field: str, rule: str
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await user_k.web_orders.add_item(CUSTOMER_ID, **item(**changes))
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert fake.requests == []


async def test_product_code_stands_in_for_inventory_ids(
    fake: FakeKomet, user_k: komet.KometSession
) -> None:
    await user_k.web_orders.add_item(CUSTOMER_ID, **item(inventory_ids=None, product_code="RO1001"))
    (request,) = fake.requests
    assert request.outcome == "ok"
    assert request.params["productCode"] == "RO1001" and "inventoryIds" not in request.params


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda k: k.web_orders.create(-1, company_id=1), "customer_id"),
        (lambda k: k.web_orders.create(1, company_id=10**10), "company_id"),
        (lambda k: k.web_orders.create("7122", company_id=1), "customer_id"),
        (lambda k: k.web_orders.checkout(1, 2, customer_po="9" * 51), "customer_po"),
        (lambda k: k.web_orders.checkout(1, None), "web_order_id"),
        (lambda k: k.web_orders.delete(1, 10**20), "web_order_id"),
        (lambda k: k.web_orders.list_details(1, 2, status_id=3), "status_id"),
        (
            lambda k: k.web_orders.list_details(1, 2, company_location_id=10**10),
            "company_location_id",
        ),
    ],
)
async def test_web_order_methods_refuse_bad_input_before_sending(
    fake: FakeKomet, user_k: komet.KometSession, call: Any, field: str
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await call(user_k)
    assert caught.value.field == field
    assert fake.requests == []


async def test_a_misspelled_argument_is_a_type_error(
    fake: FakeKomet, user_k: komet.KometSession, k: komet.KometSession
) -> None:
    with pytest.raises(TypeError, match="web_order_idd"):
        await user_k.web_orders.checkout(1, 2, web_order_idd=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="inventory_id"):
        await user_k.web_orders.add_item(CUSTOMER_ID, inventory_id=1, **item())  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="custommer_id"):
        async for _ in k.pick_tickets.iter_details(DAY, DAY, custommer_id=1):
            pass
    assert fake.requests == []


@pytest.mark.parametrize(
    ("arguments", "field", "rule"),
    [
        ({}, "order_date", "one of order_date, date_from, date_to, order_id"),
        ({"date_from": DAY}, "date_to", "required with date_from"),
        ({"date_to": DAY}, "date_from", "required with date_to"),
        ({"date_from": DAY, "date_to": DAY - dt.timedelta(1)}, "date_to", "before date_from"),
        ({"date_from": DAY, "date_to": DAY + dt.timedelta(7)}, "date_to", "at most 7 days"),
        ({"order_date": DAY, "status": 2}, "status", "one of 0, 1, 4"),
        ({"order_date": DAY, "customer": "c" * 201}, "customer", "at most 200"),
        ({"order_date": DAY, "carrier_name": "c" * 201}, "carrier_name", "at most 200"),
        ({"order_id": -5}, "order_id", "at least 0"),
    ],
)
async def test_pick_ticket_list_refuses_bad_input_before_sending(
    fake: FakeKomet, k: komet.KometSession, arguments: dict[str, Any], field: str, rule: str
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await k.pick_tickets.list_details(**arguments)
    assert (caught.value.field, caught.value.komet_method) == (field, "pickticket.details.list")
    assert rule in caught.value.rule
    assert fake.requests == []


@given(st.integers(min_value=1, max_value=40))
def test_the_seven_day_window_is_inclusive(days: int) -> None:
    request = PickTicketDetailsListRequest(date_from=DAY, date_to=DAY + dt.timedelta(days - 1))
    if days <= 7:
        validate(request)
    else:
        with pytest.raises(komet.RequestValidationError):
            validate(request)


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"concurrency": 0}, "concurrency"),
        ({"concurrency": True}, "concurrency"),
        ({"status": 3}, "status"),
        ({"customer": "c" * 201}, "customer"),
    ],
)
async def test_iter_details_refuses_bad_input_before_sending(
    fake: FakeKomet, k: komet.KometSession, arguments: dict[str, Any], field: str
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        async for _ in k.pick_tickets.iter_details(DAY, DAY + dt.timedelta(30), **arguments):
            pass
    assert caught.value.field == field
    assert fake.requests == []


async def test_iter_details_refuses_a_backwards_range(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        async for _ in k.pick_tickets.iter_details(DAY, DAY - dt.timedelta(1)):
            pass
    assert caught.value.field == "date_to"
    with pytest.raises(komet.RequestValidationError) as caught:
        async for _ in k.pick_tickets.iter_details(dt.datetime(2026, 2, 1), DAY):  # type: ignore[arg-type]
            pass
    assert caught.value.field == "date_from"
    assert fake.requests == []


def test_the_request_model_states_the_either_or_rule() -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        validate(
            WebOrderItemAddRequest(
                customer_id=1,
                inventory_origin=1,
                price=Decimal(1),
                quantity=1,
                carrier_id=1,
                date=DAY,
            )
        )
    assert caught.value.field == "inventory_ids"

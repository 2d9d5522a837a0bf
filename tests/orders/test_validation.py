"""Validators accept what the docs allow and refuse the rest, naming the field; a refused
request never reaches the server."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import komet_async as komet
from komet_async._convert import converter
from komet_async._dates import add_months
from komet_async._validate import validate
from komet_async.models.boxes import BoxMoveAwbRequest
from komet_async.models.prebooks import (
    PrebookCreateRequest,
    PrebookDetailsListRequest,
    PrebookFutureItemAddRequest,
    PrebookItem,
    PrebookListRequest,
    PrebookVendorAvailabilityItemAddRequest,
)
from komet_async.models.purchase_orders import (
    PurchaseOrderItemPriceUpdateRequest,
    PurchaseOrderItemReferenceUpdateRequest,
    PurchaseOrderListRequest,
    PurchaseOrderVaDetailsListRequest,
)
from komet_async.testing import FakeKomet

DAY = dt.date(2026, 2, 10)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31))


def refused(request: object) -> str:
    with pytest.raises(komet.RequestValidationError) as caught:
        validate(request)
    return caught.value.field


def price_update(price: Decimal) -> PurchaseOrderItemPriceUpdateRequest:
    return PurchaseOrderItemPriceUpdateRequest(purchase_order_item_id=85063, price=price)


@given(st.decimals(min_value=0, max_value=Decimal("9999999.999"), places=3))
def test_po_price_takes_three_decimals(price: Decimal) -> None:
    validate(price_update(price))


@given(st.decimals(min_value=0, max_value=Decimal("9999"), places=4))
def test_po_price_refuses_a_fourth_decimal(price: Decimal) -> None:
    if price == price.quantize(Decimal("0.001")):
        return
    assert refused(price_update(price)) == "price"


@given(st.decimals(min_value=0, max_value=Decimal("99999999.99"), places=2))
def test_future_item_price_is_decimal_10_2(price: Decimal) -> None:
    request = PrebookFutureItemAddRequest(prebook_id=1, inventory_id=2, boxes=1, price=price)
    validate(request)
    if price > 0:
        too_fine = PrebookFutureItemAddRequest(
            prebook_id=1, inventory_id=2, boxes=1, price=price + Decimal("0.001")
        )
        assert refused(too_fine) == "price"


@given(st.text(min_size=1, max_size=40))
def test_reference_is_at_most_20_characters(reference: str) -> None:
    request = PurchaseOrderItemReferenceUpdateRequest(purchase_order_item_id=1, reference=reference)
    if len(reference) <= 20 and "\x00" not in reference:
        validate(request)
    else:
        assert refused(request) == "reference"


@given(st.lists(st.from_regex(r"[A-Z0-9]{1,12}", fullmatch=True), min_size=1, max_size=5))
def test_move_to_awb_takes_plain_codes(codes: list[str]) -> None:
    validate(BoxMoveAwbRequest(awb="0981-0621-999", ship_date=DAY, box_codes=codes))


@given(
    st.lists(st.from_regex(r"[A-Z0-9]{1,12}", fullmatch=True), min_size=1, max_size=5),
    st.data(),
)
def test_move_to_awb_refuses_codes_with_separators(codes: list[str], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(codes) - 1))
    codes[index] = codes[index] + data.draw(st.sampled_from([",", " ", ",X", "\t"]))
    request = BoxMoveAwbRequest(awb="0981-0621-999", ship_date=DAY, box_codes=codes)
    assert refused(request) == f"box_codes[{index}]"


@given(dates, st.integers(0, 10))
def test_future_inventory_window_is_four_days(first: dt.date, span: int) -> None:
    request = PurchaseOrderListRequest(
        date=first,
        future_inventory_available_from=first,
        future_inventory_available_to=first + dt.timedelta(days=span),
    )
    if span <= 3:
        validate(request)
    else:
        assert refused(request) == "future_inventory_available_to"


@given(dates, st.integers(0, 400))
def test_prebook_list_range_is_six_months(first: dt.date, span: int) -> None:
    last = first + dt.timedelta(days=span)
    request = PrebookListRequest(date_from=first, date_to=last)
    if last <= add_months(first, 6):
        validate(request)
    else:
        assert refused(request) == "date_to"


@given(dates, st.integers(-3, 12))
def test_vendor_ship_date_range_is_seven_days(first: dt.date, span: int) -> None:
    request = PrebookDetailsListRequest(
        vendor_ship_date_from=first, vendor_ship_date_to=first + dt.timedelta(days=span)
    )
    if 0 <= span <= 6:
        validate(request)
    else:
        assert refused(request) in {"vendor_ship_date_from", "vendor_ship_date_to"}


@given(st.lists(st.integers(0, 10**20 - 1), min_size=1, max_size=30))
def test_va_details_ids_fit_200_characters_joined(ids: list[int]) -> None:
    request = PurchaseOrderVaDetailsListRequest(purchase_order_item_ids=ids)
    if len(",".join(map(str, ids))) <= 200:
        validate(request)
    else:
        assert refused(request) == "purchase_order_item_ids"


@given(st.lists(st.integers(0, 10**20 - 1), min_size=1, max_size=5))
def test_vendor_availability_ids(ids: list[int]) -> None:
    request = PrebookVendorAvailabilityItemAddRequest(
        prebook_id=1, inventory_ids=ids, quantity=1, price=Decimal(1)
    )
    validate(request)
    assert converter.unstructure(request)["inventoryIds"] == ",".join(map(str, ids))


@given(
    st.one_of(
        st.just([]),
        st.lists(st.integers(max_value=-1), min_size=1, max_size=3),
        st.lists(st.integers(min_value=10**20), min_size=1, max_size=3),
        st.lists(st.text(max_size=3), min_size=1, max_size=3),
    )
)
def test_vendor_availability_ids_refuse_non_ids(ids: list[Any]) -> None:
    request = PrebookVendorAvailabilityItemAddRequest(
        prebook_id=1, inventory_ids=ids, quantity=1, price=Decimal(1)
    )
    assert refused(request) == ("inventory_ids" if not ids else "inventory_ids[0]")


@given(st.integers(-5, 5), st.sampled_from(["Stem", "bunch", "BUNCH", "Box", "stems"]))
def test_prebook_ship_via_and_unit_type(ship_via: int, unit_type: str) -> None:
    request = PrebookCreateRequest(
        ship_date=DAY,
        customer_id=1,
        carrier_id=2,
        ship_via_id=ship_via,
        prebook_items=[PrebookItem(unit_type=unit_type)],
    )
    if ship_via not in (0, 1):
        assert refused(request) == "ship_via_id"
    elif unit_type.lower() not in ("stem", "bunch"):
        assert refused(request) == "prebook_items[0].unit_type"
    else:
        validate(request)


def test_prebook_either_or_rules() -> None:
    assert refused(PrebookCreateRequest(ship_date=DAY, carrier_id=2)) == "customer_id"
    by_code = PrebookCreateRequest(ship_date=DAY, customer_code="C1", carrier_id=2)
    assert refused(by_code) == "customer_description"
    auto = PrebookCreateRequest(
        ship_date=DAY,
        customer_id=1,
        carrier_id=2,
        auto_generate_pos_from_prebooks=True,
        prebook_items=[PrebookItem(vendor_id=301)],
    )
    assert refused(auto) == "prebook_items[0].cost"
    assert refused(PrebookDetailsListRequest()) == "date"
    assert refused(PurchaseOrderVaDetailsListRequest()) == "purchase_order_numbers"
    assert refused(PurchaseOrderListRequest(status="Shipped")) == "status"


async def test_refused_requests_never_reach_the_server() -> None:
    async with (
        FakeKomet() as fake,
        komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k,
    ):
        calls = [
            k.purchase_orders.update_item_price(purchase_order_item_id=1, price=Decimal("0.1234")),
            k.purchase_orders.update_item_price(purchase_order_item_id=1, price=0.5),  # type: ignore[arg-type]
            k.prebooks.list(date_from=DAY, date_to=DAY + dt.timedelta(days=200)),
            k.boxes.move_to_awb(awb="1", ship_date=DAY, box_codes=["A B"]),
            k.boxes.confirm_invoice_shipment(order_number=1, box_codes=["K" * 201]),
            k.purchase_orders.list(),
            k.purchase_orders.list_va_details(purchase_order_numbers=["P1,P2"]),
            k.products.add(category="Rose"),
            k.prebooks.add_vendor_availability_item(
                prebook_id=1, inventory_ids=[-1], quantity=1, price=Decimal(1)
            ),
        ]
        for call in calls:
            with pytest.raises(komet.RequestValidationError) as caught:
                await call
            assert caught.value.komet_method is not None
        assert fake.requests == []

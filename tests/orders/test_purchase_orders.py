"""session.purchase_orders against FakeKomet: sent as documented, decoded, state changed."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async._vendor_rules import VendorIgnoredFieldWarning
from komet_async.models.purchase_orders import (
    MixedPurchaseOrderItem,
    PoItemAwb,
    PurchaseOrderItem,
)
from komet_async.testing import FakeKomet

from ..conftest import ScriptedServer
from .conftest import VENDOR_ID, find_day, later, sent


def _prebook_line(fake: FakeKomet, vendor_id: str, *, mine: bool = True) -> tuple[dt.date, Any]:
    def lines(day: dt.date) -> list[Any]:
        return [
            line
            for p in fake.state.prebooks.get(day)
            for line in p["items"]
            if (line["vendorId"] == vendor_id) == mine
        ]

    day = find_day(lambda d: bool(lines(d)))
    return day, lines(day)[0]


def _order_day(fake: FakeKomet, vendor_id: str | None = None) -> tuple[dt.date, Any]:
    def orders(day: dt.date) -> list[Any]:
        return [
            o
            for o in fake.state.purchase_orders.get(day)
            if vendor_id is None or o["vendorId"] == vendor_id
        ]

    day = find_day(lambda d: bool(orders(d)))
    return day, orders(day)[0]


async def test_create_from_a_prebook_line_and_list_it(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    day, line = _prebook_line(fake, VENDOR_ID)
    answer = await k.purchase_orders.create(
        ship_date=day,
        vendor_id=int(VENDOR_ID),
        items=[PurchaseOrderItem(prebook_item_id=line["prebookItemId"], extra={"boxes": 4})],
    )
    assert answer.status == 1
    (request,) = sent(fake, "purchase.order.create")
    assert request.verb == "POST" and request.params["vendorId"] == int(VENDOR_ID)
    assert request.params["purchaseOrderItems"] == [
        {"prebookItemId": line["prebookItemId"], "boxes": 4}
    ]
    orders = await k.purchase_orders.list(date=day, vendor_id=int(VENDOR_ID))
    (created,) = [o for o in orders if o.number and o.number.startswith("P")]
    assert created.vendor_id == int(VENDOR_ID) and created.ship_date == day
    (po_line,) = created.details
    assert po_line.prebook_item_id == line["prebookItemId"] and po_line.total_boxes == 4
    # PO numbers are text, and a list by number finds the same order.
    (again,) = await k.purchase_orders.list(number=created.number)
    assert again.id == created.id
    assert sent(fake, "purchase.order.list")[-1].params["number"] == created.number


async def test_a_company_token_must_name_the_vendor_before_anything_is_sent(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await k.purchase_orders.create(
            ship_date=dt.date(2026, 2, 9), items=[PurchaseOrderItem(product_code="RS50")]
        )
    assert caught.value.field == "vendor_id"
    with pytest.raises(komet.RequestValidationError) as both:
        await k.purchase_orders.create(
            ship_date=dt.date(2026, 2, 9),
            vendor_id=301,
            vendor_code="V01",
            items=[PurchaseOrderItem(product_code="RS50")],
        )
    assert both.value.field == "vendor_code"
    assert fake.requests == []


async def test_a_vendor_token_is_the_vendor_and_gets_a_warning(
    fake: FakeKomet, vendor_k: komet.KometSession
) -> None:
    day, line = _prebook_line(fake, VENDOR_ID)
    with pytest.warns(VendorIgnoredFieldWarning, match="vendor_id"):
        await vendor_k.purchase_orders.create(
            ship_date=day,
            vendor_id=302,  # ignored by Komet: the token's vendor wins
            items=[PurchaseOrderItem(prebook_item_id=line["prebookItemId"])],
            token_type="vendor",
        )
    assert sent(fake, "purchase.order.create")[0].params["vendorId"] == 302
    created = [o for o in fake.state.purchase_orders.get(day) if str(o["number"]).startswith("P")]
    assert [o["vendorId"] for o in created] == [VENDOR_ID]


async def test_a_vendor_token_needs_no_vendor_fields_and_gets_no_warning(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    # FakeKomet's spec asks for vendorId/vendorCode whatever the token (see the report), so
    # this wire check runs against the scripted loopback server instead.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        answer = await session.purchase_orders.create(
            ship_date=dt.date(2026, 2, 9),
            items=[PurchaseOrderItem(product_code="RS50")],
            token_type="vendor",
        )
    assert answer.status == 1
    (seen,) = server.seen
    body = json.loads(seen.body)
    assert "vendorId" not in body and "vendorCode" not in body
    assert body["purchaseOrderItems"] == [{"productCode": "RS50"}]


async def test_a_vendor_cannot_order_another_vendors_prebook_line(
    fake: FakeKomet, vendor_k: komet.KometSession
) -> None:
    day, line = _prebook_line(fake, VENDOR_ID, mine=False)
    with (
        pytest.raises(komet.KometAPIError, match="does not belong to this vendor"),
        pytest.warns(VendorIgnoredFieldWarning),
    ):
        await vendor_k.purchase_orders.create(
            ship_date=day,
            vendor_id=int(VENDOR_ID),
            items=[PurchaseOrderItem(prebook_item_id=line["prebookItemId"])],
            token_type="vendor",
        )
    assert not [o for o in fake.state.purchase_orders.get(day) if str(o["number"]).startswith("P")]


async def test_create_mixed(fake: FakeKomet, k: komet.KometSession) -> None:
    day = dt.date(2026, 3, 2)
    await k.purchase_orders.create_mixed(
        ship_date=day,
        vendor_code="V02",
        items=[MixedPurchaseOrderItem(product_id=1002, extra={"boxes": 2, "breakdowns": []})],
    )
    (order,) = [o for o in await k.purchase_orders.list(date=day) if o.number.startswith("P")]
    assert order.vendor_id == 302
    assert [(d.product_id, d.total_boxes) for d in order.details] == [(1002, 2)]
    assert sent(fake, "purchase.order.mixed.create")[0].params["vendorCode"] == "V02"


async def test_vendor_lists_only_its_orders_and_nothing_found_is_empty(
    fake: FakeKomet, k: komet.KometSession, vendor_k: komet.KometSession
) -> None:
    day = find_day(
        lambda d: {o["vendorId"] for o in fake.state.purchase_orders.get(d)} > {VENDOR_ID}
    )
    everything = await k.purchase_orders.list(date=day)
    mine = await vendor_k.purchase_orders.list(date=day)
    assert {o.vendor_id for o in everything} > {int(VENDOR_ID)}
    assert mine and {o.vendor_id for o in mine} == {int(VENDOR_ID)}
    nothing = await k.purchase_orders.list(date=day, vendor="no such vendor")
    assert nothing == [] and nothing.response is not None
    assert nothing.response.message == "Orders not found."


async def test_list_va_details_by_line_ids(fake: FakeKomet, k: komet.KometSession) -> None:
    day, order = _order_day(fake)
    line_id = order["details"][0]["poItemId"]
    (found,) = await k.purchase_orders.list_va_details(
        purchase_order_item_ids=[line_id], ship_date=day
    )
    assert found.id == order["id"] and found.number == order["number"]
    assert [d.po_item_id for d in found.details] == [line_id]
    (va,) = found.details[0].vendor_availability_details
    assert va.downgraded is False and va.available_from == day - dt.timedelta(days=2)
    assert sent(fake, "purchase.order.va.details.list")[0].params["purchaseOrderItemIds"] == str(
        line_id
    )


async def test_add_item_to_awb_splits_a_partly_shipped_line(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    day, order = _order_day(fake)
    line = next(li for li in order["details"] if li["boxes"] >= 2)
    purchased = line["boxes"]
    shipped = await k.purchase_orders.add_item_to_awb(
        po_item_id=line["poItemId"],
        awb="08472-4772-0048",
        ship_date=day,
        box_codes=["73992893"],
        lot_number="234232",
    )
    assert shipped.box_codes == ["73992893"] and shipped.new_po_item_id is not None
    (listed,) = await k.purchase_orders.list(number=order["number"], date=day)
    by_id = {d.po_item_id: d for d in listed.details}
    assert by_id[line["poItemId"]].total_boxes == 1
    assert [(b.box_code, b.lot_number) for b in by_id[line["poItemId"]].boxes] == [
        ("73992893", "234232")
    ]
    assert by_id[shipped.new_po_item_id].total_boxes == purchased - 1
    assert "73992893" in fake.state.boxes


async def test_add_items_to_awb_answers_per_line(fake: FakeKomet, k: komet.KometSession) -> None:
    day, order = _order_day(fake)
    line_id = order["details"][0]["poItemId"]
    results = await k.purchase_orders.add_items_to_awb(
        [
            PoItemAwb(po_item_id=line_id, awb="08472-4772-0048", ship_date=day, lot_number="7"),
            PoItemAwb(po_item_id=1, awb="08472-4772-0048", ship_date=day, house_awb="H1"),
        ],
        vendor_id=int(order["vendorId"]),
    )
    assert [(r.po_item_id, r.ok) for r in results] == [(line_id, True), (1, False)]
    assert results[0].lot_number == "7" and results[0].box_codes
    params = sent(fake, "purchase.order.items.awb.add")[0].params
    assert params["vendorId"] == int(order["vendorId"]) and params["poItems"][1]["houseAWB"] == "H1"

    with pytest.raises(komet.RequestValidationError) as caught:
        await k.purchase_orders.add_items_to_awb(
            [PoItemAwb(po_item_id=line_id, awb="x", ship_date=day)]
        )
    assert caught.value.field == "vendor_id"
    assert len(sent(fake, "purchase.order.items.awb.add")) == 1


async def test_one_line_writes_change_the_line(fake: FakeKomet, k: komet.KometSession) -> None:
    day, order = _order_day(fake)
    first, *rest = order["details"]
    answer = await k.purchase_orders.confirm_item(
        po_item_id=first["poItemId"], quantity_confirmed=1
    )
    assert answer.message == "OK"
    await k.purchase_orders.update_item_price(
        purchase_order_item_id=first["poItemId"], price=Decimal("0.455")
    )
    await k.purchase_orders.update_item_reference(
        purchase_order_item_id=first["poItemId"], reference="PA034534"
    )
    (listed,) = await k.purchase_orders.list(date=day, number=order["number"])
    line = next(d for d in listed.details if d.po_item_id == first["poItemId"])
    assert line.quantity_confirmed == 1
    assert line.unit_cost == Decimal("0.455")
    assert line.reference_number == "PA034534"
    assert sent(fake, "purchase.order.item.price.update")[0].params["price"] == 0.455

    await k.purchase_orders.delete_item(po_item_id=first["poItemId"])
    assert first not in order["details"] and len(order["details"]) == len(rest)


async def test_a_vendor_deletes_only_its_own_lines(
    fake: FakeKomet, vendor_k: komet.KometSession
) -> None:
    day = find_day(
        lambda d: any(o["vendorId"] != VENDOR_ID for o in fake.state.purchase_orders.get(d))
    )
    other = next(o for o in fake.state.purchase_orders.get(day) if o["vendorId"] != VENDOR_ID)
    line = other["details"][0]
    with pytest.raises(komet.KometAPIError, match="does not belong"):
        await vendor_k.purchase_orders.delete_item(po_item_id=line["poItemId"])
    assert line in other["details"]


async def test_list_va_details_splits_a_long_id_list_and_merges_the_answers(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    """Komet takes at most 200 characters of comma-joined ids; more are split over several
    requests (each within the limit) and the answers merged, each PO once."""
    orders = [o for d in range(1, 40) for o in fake.state.purchase_orders.get(later(d))]
    line_ids = [line["poItemId"] for order in orders for line in order["details"]]
    assert len(",".join(map(str, line_ids))) > 400  # at least three requests' worth
    found = await k.purchase_orders.list_va_details(purchase_order_item_ids=line_ids)
    sent_ids = [
        r.params["purchaseOrderItemIds"] for r in sent(fake, "purchase.order.va.details.list")
    ]
    assert len(sent_ids) >= 3 and all(len(text) <= 200 for text in sent_ids)
    assert ",".join(sent_ids) == ",".join(map(str, line_ids))  # in order, each id once
    assert sorted(o.id for o in found) == sorted({o["id"] for o in orders})
    assert sorted(d.po_item_id for o in found for d in o.details) == sorted(line_ids)


async def test_list_va_details_sends_one_request_when_the_lists_fit(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    day, order = _order_day(fake)
    ids = [line["poItemId"] for line in order["details"]]
    await k.purchase_orders.list_va_details(purchase_order_item_ids=ids, ship_date=day)
    (request,) = sent(fake, "purchase.order.va.details.list")
    assert request.params["purchaseOrderItemIds"] == ",".join(map(str, ids))


async def test_list_va_details_refuses_two_long_lists_before_sending(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(komet.RequestValidationError, match="both over 200"):
        await k.purchase_orders.list_va_details(
            purchase_order_numbers=[f"PO{n:08d}" for n in range(30)],
            purchase_order_item_ids=list(range(10**9, 10**9 + 30)),
        )
    assert sent(fake, "purchase.order.va.details.list") == []

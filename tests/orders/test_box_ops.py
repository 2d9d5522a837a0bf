"""Box operations and product writes against FakeKomet (and the wire, where it matters)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import komet_async as komet
from komet_async.models.boxes import BoxExternalCode, InventoryCountStatus
from komet_async.testing import FakeKomet

from ..conftest import SECRET_TOKEN, ScriptedServer
from .conftest import sent


async def test_update_external_code_answers_per_box(fake: FakeKomet, k: komet.KometSession) -> None:
    results = await k.boxes.update_external_code(
        [
            BoxExternalCode(box_code="KS001001", external_code="PT991001"),
            BoxExternalCode(box_code="NOPE", external_code="PT991002"),
        ]
    )
    assert [(r.box_code, r.ok, r.message) for r in results] == [
        ("KS001001", True, "success"),
        ("NOPE", False, "Box code does not exist"),
    ]
    assert results.response is not None
    assert (
        results.response.message
        == "1 boxes were successfully updated. 1 boxes could not be updated"
    )
    assert fake.state.boxes["KS001001"]["externalCode"] == "PT991001"


async def test_change_position_answers_the_old_one(fake: FakeKomet, k: komet.KometSession) -> None:
    first = await k.boxes.change_position(box_code="KS001002", position="A1")
    second = await k.boxes.change_position(box_code="KS001002", position="B7")
    assert first.box_old_position == "" and second.box_old_position == "A1"
    assert fake.state.boxes["KS001002"]["position"] == "B7"
    with pytest.raises(komet.KometAPIError, match="Box code does not exist"):
        await k.boxes.change_position(box_code="NOPE")


async def test_move_to_awb_is_a_get_with_comma_separated_codes(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    moved = await k.boxes.move_to_awb(
        awb="0981-0621-999", ship_date=dt.date(2020, 6, 21), box_codes=["KS001003", "KS999999"]
    )
    assert moved.failed_boxes == ["KS999999"]
    (request,) = sent(fake, "box.move.awb")
    assert request.verb == "GET" and request.params["boxCodes"] == "KS001003,KS999999"
    assert fake.state.boxes["KS001003"]["masterAwb"] == "0981-0621-999"
    assert komet.CATALOG["box.move.awb"].retry_safe is False


async def test_warehouse_receive_and_ship(fake: FakeKomet, k: komet.KometSession) -> None:
    received = await k.boxes.receive_at_warehouse(box_code="KS001004", position="C3")
    assert received.message == "success"
    assert fake.state.boxes["KS001004"]["warehouseStatus"] == "Received"
    assert fake.state.boxes["KS001004"]["position"] == "C3"
    await k.boxes.ship_from_warehouse(box_code="KS001004")
    assert fake.state.boxes["KS001004"]["warehouseStatus"] == "Shipped"


async def test_confirm_invoice_shipment_counts_updated_boxes(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    day = dt.date(2026, 3, 3)
    invoice = next(
        i for d in range(30) for i in fake.state.invoices.get(day + dt.timedelta(days=d))
    )
    confirmed = await k.boxes.confirm_invoice_shipment(
        order_number=invoice["number"], box_codes=["KS001005", "KS001006", "KS999999"]
    )
    assert confirmed.updated_boxes == 2
    assert sent(fake, "box.invoice.shipment.confirm")[0].params["boxCodes"] == [
        "KS001005",
        "KS001006",
        "KS999999",
    ]
    assert fake.state.boxes["KS001005"]["shippedOrderNumber"] == invoice["number"]


async def test_inventory_count_returns_every_documented_outcome(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    counted = await k.boxes.update_inventory_count(box_code="KS001007", box_position="A000")
    assert counted.ok and counted.outcome is InventoryCountStatus.OK
    again = await k.boxes.update_inventory_count(box_code="KS001007")
    assert again.outcome is InventoryCountStatus.SAME_STATUS and not again.ok
    assert again.box_already_scanned_position == "A000"
    assert again.message == "Box has the same inventory status."
    unknown = await k.boxes.update_inventory_count(box_code="NOPE")
    assert unknown.outcome is InventoryCountStatus.BOX_NOT_FOUND
    fake.state.boxes["KS001008"]["sold"] = True
    sold = await k.boxes.update_inventory_count(box_code="KS001008")
    assert sold.outcome is InventoryCountStatus.ALREADY_SOLD
    await k.boxes.ship_from_warehouse(box_code="KS001009")
    gone = await k.boxes.update_inventory_count(box_code="KS001009")
    assert gone.outcome is InventoryCountStatus.NOT_IN_INVENTORY
    assert {r.verb for r in sent(fake, "v2/inventory/box/count")} == {"PATCH"}


async def test_inventory_count_sends_the_token_in_a_header_only(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"statusInventory": 1, "message": "OK"})
    answer = await session.boxes.update_inventory_count(box_code="1324568", company_location_id="9")
    assert answer.ok
    (seen,) = server.seen
    assert seen.method == "PATCH" and seen.path == "v2/inventory/box/count"
    assert seen.headers["authenticationToken"] == SECRET_TOKEN
    assert seen.query == {}
    assert json.loads(seen.body) == {"boxCode": "1324568", "companyLocationId": "9"}


async def test_inventory_count_status_0_is_an_error(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json(
        {
            "statusInventory": "0",
            "message": "Invalid Security Token / Parameter boxCode is required",
        }
    )
    with pytest.raises(komet.AuthenticationError):
        await session.boxes.update_inventory_count(box_code="1324568")
    server.reply_json({"statusInventory": "7", "message": "?"})
    with pytest.raises(komet.KometDecodeError):
        await session.boxes.update_inventory_count(box_code="1324568")


async def test_product_add_then_update(fake: FakeKomet, k: komet.KometSession) -> None:
    saved = await k.products.add(
        category="Rose",
        color="Red",
        variety="Freedom",
        grade="50 cm",
        code="RS50",
        tags="standard,x-mas",
        regions_of_origin=["Africa", "Quito"],
    )
    assert saved.product_id is not None and saved.message == "The product was successfully saved."
    assert sent(fake, "product.add")[0].params["regionsOfOrigin"] == ["Africa", "Quito"]
    (listed,) = await k.products.list(id=saved.product_id)
    assert listed.legacy_code == "RS50" and listed.active is True

    updated = await k.products.update(
        product_id=saved.product_id, category="Rose", color="White", active=False
    )
    assert updated.product_id == saved.product_id
    assert sent(fake, "product.update")[0].params["active"] == 0
    (after,) = await k.products.list(id=saved.product_id)
    assert after.color == "White" and after.active is False

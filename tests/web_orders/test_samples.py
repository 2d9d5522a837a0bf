"""The documented answers of the family decode through the catalog, losslessly; the
documented sample requests are what the SDK sends."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async import CATALOG
from komet_async.testing import FakeKomet
from tests.orders.conftest import assert_lossless

from ..conftest import ScriptedServer
from .conftest import documented_methods

FAMILY = sorted(n for n in CATALOG if CATALOG[n].namespace in ("web_orders", "pick_tickets"))
DOCS = documented_methods()
WITH_SAMPLE = [name for name in FAMILY if DOCS[name].get("sample_response")]


def test_the_family_is_in_the_catalog_and_the_docs() -> None:
    assert FAMILY == [
        "pickticket.details.list",
        "web-order-details.list",
        "web-order-item.add",
        "web-order.checkout",
        "web-order.create",
        "web-order.delete",
    ]
    assert WITH_SAMPLE == ["web-order.checkout", "web-order.create", "web-order.delete"]


@pytest.mark.parametrize("name", WITH_SAMPLE)
def test_documented_sample_decodes_losslessly(name: str) -> None:
    sample = DOCS[name]["sample_response"]
    decoded = CATALOG[name].decode(sample)
    assert isinstance(decoded, komet.WebOrderWriteResponse)
    assert_lossless(sample, decoded)
    assert decoded.status == 1
    assert decoded.web_order_id == int(sample["webOrderId"])  # "30200" on the page: text


def test_the_learn_copy_numbers_decode_the_same() -> None:
    # The learn copy of web-order.create prints numbers where APIDocs prints text.
    decoded = CATALOG["web-order.create"].decode(
        {"message": "Web order was successfully created.", "status": 1, "webOrderId": 30200}
    )
    assert decoded.web_order_id == 30200


# web-order-details.list prints no sample: an answer built from its documented fields only,
# with one undocumented item field (the item list is a GAP after webOrderItemId).
DETAILS_ANSWER: dict[str, Any] = {
    "status": "1",
    "message": "OK",
    "webOrders": [
        {
            "id": 1313,
            "number": 27,
            "statusId": "1",
            "companyLocationId": 13,
            "customerId": "1313",
            "subtotal": "120.50",
            "additionalCharges": 4.25,
            "total": "124.75",
            "items": [{"id": "1", "webOrderItemId": 991, "boxTypeCode": "HB", "price": 0.45}],
            "unknownField": {"nested": [1.5]},
        }
    ],
}


def test_web_order_answer_is_typed_money_exact_and_keeps_unknown_fields() -> None:
    answer = CATALOG["web-order-details.list"].decode(DETAILS_ANSWER)
    assert_lossless(DETAILS_ANSWER, answer)
    (order,) = answer.web_orders
    assert (order.id, order.number, order.customer_id) == (1313, 27, 1313)
    assert order.status_id == komet.WebOrderStatus.PENDING
    assert (order.subtotal, order.additional_charges, order.total) == (
        Decimal("120.50"),
        Decimal("4.25"),
        Decimal("124.75"),
    )
    assert all(isinstance(v, Decimal) for v in (order.subtotal, order.additional_charges))
    (item,) = order.items
    assert (item.id, item.web_order_item_id) == ("1", 991)
    assert item.extra == {"boxTypeCode": "HB", "price": Decimal("0.45")}  # no float kept
    assert order.extra == {"unknownField": {"nested": [Decimal("1.5")]}}


def test_gap_answers_keep_everything_in_extra() -> None:
    added = CATALOG["web-order-item.add"].decode({"status": 1, "message": "OK", "x": 2.5})
    assert isinstance(added, komet.WebOrderItemAddResponse)
    assert added.extra == {"x": Decimal("2.5")}
    rows = [{"orderId": 7, "amount": 10.25}, {"orderId": 8}]
    tickets = CATALOG["pickticket.details.list"].decode(
        {"status": "1", "message": "OK", "rows": rows}
    )
    assert isinstance(tickets, komet.PickTicketDetailsList)
    assert tickets.pick_tickets == [{"orderId": 7, "amount": Decimal("10.25")}, {"orderId": 8}]
    empty = CATALOG["pickticket.details.list"].decode({"status": "1", "message": "OK"})
    assert empty.pick_tickets == []


def _body(server: ScriptedServer) -> dict[str, Any]:
    (seen,) = server.seen
    return dict(json.loads(seen.body))


async def test_checkout_sends_the_documented_sample_request(server: ScriptedServer) -> None:
    server.reply_json(DOCS["web-order.checkout"]["sample_response"])
    async with komet.KometSession(
        "tok9secret9tok9secret9tok9", base_url=server.url, daily_quota=None, account_id=1313
    ) as k:
        answer = await k.web_orders.checkout(7343, 48, customer_po="292644")
    assert answer.web_order_id == 48
    assert _body(server) == json.loads(DOCS["web-order.checkout"]["sample_request"])
    (seen,) = server.seen
    # The token travels as a header (the pages list it under "Headers"), with X-ACCOUNT.
    assert seen.headers["authenticationToken"] == "tok9secret9tok9secret9tok9"
    assert seen.headers["X-ACCOUNT"] == "1313"
    assert seen.query == {}


async def test_create_sends_the_sample_fields(server: ScriptedServer) -> None:
    server.reply_json(DOCS["web-order.create"]["sample_response"])
    async with komet.KometSession(
        "tok9secret9tok9secret9tok9", base_url=server.url, daily_quota=None, account_id=1
    ) as k:
        created = await k.web_orders.create(7122, company_id=12333, company_location_id=13)
    assert created.web_order_id == 30200
    sample = json.loads(DOCS["web-order.create"]["sample_request"])
    assert _body(server) == {key: int(value) for key, value in sample.items()}  # text there


async def test_list_sends_a_query_and_the_token_header(server: ScriptedServer) -> None:
    server.reply_json(DETAILS_ANSWER)
    async with komet.KometSession(
        "tok9secret9tok9secret9tok9", base_url=server.url, daily_quota=None, account_id=1313
    ) as k:
        orders = await k.web_orders.list_details(
            1313, 1313, status_id=komet.WebOrderStatus.CHECKED_OUT
        )
    assert [o.id for o in orders] == [1313]
    (seen,) = server.seen
    assert (seen.method, seen.path) == ("GET", "web-order-details.list")
    assert seen.query == {"customerId": "1313", "webOrderId": "1313", "statusId": "2"}
    assert seen.headers["authenticationToken"] == "tok9secret9tok9secret9tok9"
    assert seen.body == b""


async def test_item_add_writes_its_flags_and_ids_as_documented(server: ScriptedServer) -> None:
    async with komet.KometSession(
        "tok9secret9tok9secret9tok9", base_url=server.url, daily_quota=None, account_id=1
    ) as k:
        await k.web_orders.add_item(
            7122,
            inventory_ids=[428545, 428544],
            inventory_origin=komet.InventoryOrigin.FUTURE_SALES,
            price=Decimal("1.25"),
            quantity=2,
            carrier_id=1360,
            date=dt.date(2026, 2, 10),
            reserved_inventory=True,
            fed_ex_info_same_as_customer=False,
            box_type_code="HB",
        )
    assert _body(server) == {
        "customerId": 7122,
        "reservedInventory": True,
        "inventoryIds": "428545,428544",
        "inventoryOrigin": 2,
        "fedExInfoSameAsCustomer": False,
        "boxTypeCode": "HB",
        "price": 1.25,
        "quantity": 2,
        "carrierId": 1360,
        "date": "2026-02-10",
    }


async def test_pick_ticket_list_sends_the_documented_names(server: ScriptedServer) -> None:
    async with komet.KometSession(
        "tok9secret9tok9secret9tok9", base_url=server.url, daily_quota=None
    ) as k:
        await k.pick_tickets.list_details(
            date_from=dt.date(2026, 2, 1),
            date_to=dt.date(2026, 2, 7),
            status=komet.InvoiceStatus.VOIDED,
            customer="bloom",
            carrier_name="AA",
            product="Rose",
        )
    (seen,) = server.seen
    assert (seen.method, seen.path) == ("GET", "pickticket.details.list")
    assert seen.query == {
        "authenticationToken": "tok9secret9tok9secret9tok9",
        "orderDateFrom": "2026-02-01",
        "orderDateTo": "2026-02-07",
        "status": "4",
        "customer": "bloom",
        "carrierName": "AA",
        "product": "Rose",
    }


async def test_the_fake_answers_the_documented_messages(fake: FakeKomet) -> None:
    token = fake.add_token("user")
    async with komet.KometSession(token, base_url=fake.url, daily_quota=None, account_id=1) as k:
        created = await k.web_orders.create(23401, company_id=1)
        checked = await k.web_orders.checkout(23401, created.web_order_id or 0)
        deleted = await k.web_orders.delete(23401, created.web_order_id or 0)
    assert created.response.message == DOCS["web-order.create"]["sample_response"]["message"]
    assert checked.response.message == DOCS["web-order.checkout"]["sample_response"]["message"]
    assert deleted.response.message == DOCS["web-order.delete"]["sample_response"]["message"]

"""The exact requests of the setup and vendor methods on a scripted loopback server: verb,
path, which parameters go in the query string or the JSON body, and where the token travels
(query, body, header, or the body's ``companyToken`` for ``vendor.invoice.mail.receive``)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import komet_async as komet
from komet_async.models.setup import AmountType, OrderType
from tests.conftest import SECRET_TOKEN, ScriptedServer

OK = {"status": "1", "message": "OK"}


async def test_lists_are_gets_with_the_token_in_the_query(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"categoryItems": [], **OK})
    await session.categories.list()
    server.reply_json({**OK, "additionalCharges": []})
    await session.additional_charges.list(name="fuel", active=True)
    categories, charges = server.seen
    assert (categories.method, categories.path, categories.query, categories.body) == (
        "GET",
        "category.list",
        {"authenticationToken": SECRET_TOKEN},
        b"",
    )
    assert "authenticationToken" not in categories.headers
    assert (charges.method, charges.path, charges.query) == (
        "GET",
        "additional.charge.list",
        {"authenticationToken": SECRET_TOKEN, "name": "fuel", "active": "1"},
    )


async def test_writes_are_json_posts_with_the_token_in_the_body(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({**OK, "carrierId": 7})
    await session.carriers.add("Armellini", code="AR", capacity=200)
    await session.carriers.update(7, name="Armellini", code="AR", active=True)
    server.reply_json({**OK, "additionalChargeId": 9})
    await session.additional_charges.add("Fuel Surcharge", code="FS")
    await session.additional_charges.update(9, active=False)
    server.reply_json({**OK, "vendorId": 3421})
    await session.vendors.update(3421, port_origin="BOG", contacts=[{"name": "Ana"}])
    bodies = [(s.method, s.path, s.query, json.loads(s.body)) for s in server.seen]
    token = {"authenticationToken": SECRET_TOKEN}
    assert bodies == [
        ("POST", "carrier.add", {}, {**token, "name": "Armellini", "code": "AR", "capacity": 200}),
        ("POST", "carrier.update", {},
         {**token, "carrierId": 7, "name": "Armellini", "code": "AR", "active": 1}),
        ("POST", "additional.charge.add", {}, {**token, "name": "Fuel Surcharge", "code": "FS"}),
        ("POST", "additional.charge.update", {}, {**token, "additionalChargeId": 9, "active": 0}),
        ("POST", "vendor.update", {},
         {**token, "vendorId": 3421, "portOrigin": "BOG", "contacts": [{"name": "Ana"}]}),
    ]  # fmt: skip
    assert all(s.headers["Content-Type"].startswith("application/json") for s in server.seen)


async def test_one_path_two_verbs_token_in_a_header_rule_id_in_the_query(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json(OK)
    rule = {
        "additional_charge_id": 234234,
        "company_location_id": 1,
        "amount_value": Decimal("7.50"),
        "active": True,
        "cap_per_day": Decimal("30"),
        "min_cap_per_day": Decimal("0"),
        "amount_type": AmountType.PERCENTAGE,
        "order_type": OrderType.WEB,
    }
    await session.additional_charges.add_automatic(**rule, carrier_ids=[12, 13])
    await session.additional_charges.update_automatic(
        77, **rule, exclude_customer_ids=[5], exclude_customer_action_type=0
    )
    post, put = server.seen
    assert (post.method, post.path, post.query) == ("POST", "automatic-additional-charge", {})
    assert (put.method, put.path, put.query) == (
        "PUT",
        "automatic-additional-charge",
        {"automaticAdditionalChargeId": "77"},
    )
    wire_rule = {
        "additionalChargeId": 234234,
        "companyLocationId": 1,
        "amountValue": 7.50,
        "active": 1,
        "capPerDay": 30,
        "minCapPerDay": 0,
        "amountType": int(AmountType.PERCENTAGE),
        "orderType": int(OrderType.WEB),
    }
    assert json.loads(post.body) == {**wire_rule, "carrierIds": "12,13"}
    assert json.loads(put.body) == {
        **wire_rule,
        "excludeCustomerIds": "5",
        "excludeCustomerActionType": 0,
    }
    for seen in (post, put):
        assert seen.headers["authenticationToken"] == SECRET_TOKEN
        assert SECRET_TOKEN not in seen.body.decode()


async def test_vendor_invoice_methods_and_the_company_token(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "success"})
    await session.vendors.receive_invoice_mail(
        mail_from="ap@grower.example",
        po_number="P053455",
        file=b"%PDF\xff",
        invoice_total=Decimal("1250.00"),
    )
    await session.vendors.mark_invoice_synced(po_number="P040989", invoice_number="FB00223")
    server.reply_json({**OK, "inventoryItems": []})
    await session.vendors.list_availability_items(
        date_from=dt.date(2016, 11, 22), date_to=dt.date(2016, 11, 23), available_only=True
    )
    mail, mark, availability = server.seen
    body = json.loads(mail.body)
    assert (mail.method, mail.path, mail.query) == ("POST", "vendor.invoice.mail.receive", {})
    # The page's name for the token, and only that one; nowhere else.
    assert body["companyToken"] == SECRET_TOKEN and "authenticationToken" not in body
    assert "authenticationToken" not in mail.headers and "companyToken" not in mail.headers
    assert {k: v for k, v in body.items() if k != "file"} == {
        "companyToken": SECRET_TOKEN,
        "mailFrom": "ap@grower.example",
        "poNumber": "P053455",
        "invoiceTotal": 1250.00,
    }
    assert (mark.method, mark.path, mark.query) == ("POST", "vendor.invoice.mark.sync", {})
    assert mark.headers["authenticationToken"] == SECRET_TOKEN
    assert json.loads(mark.body) == {"poNumber": "P040989", "invoiceNumber": "FB00223"}
    assert (availability.method, availability.path) == ("POST", "vendor.availability.items.list")
    assert json.loads(availability.body) == {
        "authenticationToken": SECRET_TOKEN,
        "dateFrom": "2016-11-22",
        "dateTo": "2016-11-23",
        "availableOnly": True,
    }

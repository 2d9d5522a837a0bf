"""``invoice.details.list``: the fields integrations read are typed (issue 17).

The docs leave the answer as a GAP; the names are those of third-party.md
("invoice.details.list"): the columns a public integration loads, one by one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import aiohttp
import attrs
import pytest

import komet_async as komet
from komet_async._wire import rule_of, wire_name
from komet_async.models import invoices as m
from komet_async.testing import FakeKomet
from tests.foundation.test_no_float import floats_in

from .conftest import assert_lossless, busy_day

# third-party.md, "invoice.details.list": invoices[] (33 fields read) and details[] (22).
HEADER_READ = [
    "id",
    "number",
    "shipDate",
    "createdOn",
    "status",
    "customerId",
    "customerName",
    "customerPONumber",
    "locationId",
    "locationName",
    "salesPersonId",
    "salesPersonName",
    "carrierId",
    "carrierName",
    "isEcommerce",
    "orderRef",
    "countConfirmed",
    "totalBoxes",
    "subtotal",
    "additionalCharges",
    "taxes",
    "total",
    "billAddress",
    "billCity",
    "billState",
    "billZipCode",
    "billCountry",
    "shipName",
    "shipAddress",
    "shipCity",
    "shipState",
    "shipZipCode",
    "shipCountry",
]
LINE_READ = [
    "detailId",
    "awb",
    "productId",
    "productDescription",
    "boxTypeId",
    "boxType",
    "unitType",
    "stemsBunch",
    "bunchesBox",
    "units",
    "totalUnits",
    "totalBoxes",
    "growerId",
    "growerName",
    "salesType",
    "ref",
    "notes",
    "markCode",
    "brandId",
    "brandName",
    "unitPrice",
    "amount",
]


def _wire_names(cls: type) -> set[str]:
    return {wire_name(a) for a in attrs.fields(cls) if rule_of(a).on_wire}


def _answer() -> dict[str, Any]:
    line = {
        "detailId": 7396560000,
        "awb": "729-1234-5678",
        "productId": 4411,
        "productDescription": "Rose Freedom 50cm",
        "boxTypeId": 3,
        "boxType": "QB",
        "unitType": "Stem",
        "stemsBunch": 25,
        "bunchesBox": "10",
        "units": 250,
        "totalUnits": 500,
        "totalBoxes": 2,
        "growerId": "77",
        "growerName": "Finca Uno",
        "salesType": "Open Market",
        "ref": "R-1",
        "notes": "",
        "markCode": "ABC",
        "brandId": 5,
        "brandName": "Brand",
        "unitPrice": 0.35,
        "amount": "1,234.50",
        "discountPercent": 2.5,
        "boxes": [{"detailId": 7396560000, "boxCode": "IV739656000000", "weight": 12.5}],
        "breakdowns": [{"detailId": 7396560000, "units": 250, "price": 0.1}],
    }
    return {
        "status": "1",
        "message": "OK",
        "invoices": [
            {
                "id": 73965600,
                "number": "7396560",
                "shipDate": "2026-06-15 00:00:00",
                "createdOn": "2026-06-14 10:22:01",
                "status": 1,
                "customerId": "23401",
                "customerName": "Brown Petals 7",
                "customerPONumber": "PO-991",
                "locationId": 1,
                "locationName": "Miami",
                "salesPersonId": 12,
                "salesPersonName": "Ana",
                "carrierId": 8,
                "carrierName": "FedEx",
                "isEcommerce": "false",
                "orderRef": "W7396560",
                "countConfirmed": 1,
                "totalBoxes": 2,
                "subtotal": 1234.5,
                "additionalCharges": 35.5,
                "taxes": "0.10",
                "total": 1270.1,
                "billAddress": "1 Main St",
                "billCity": "Doral",
                "billState": "FL",
                "billZipCode": "33172",
                "billCountry": "US",
                "shipName": "Brown Petals",
                "shipAddress": "2 Side St",
                "shipCity": "Doral",
                "shipState": "FL",
                "shipZipCode": 33172,
                "shipCountry": "US",
                "newServerField": {"rate": 1.1},
                "details": [line],
                "additionalChargesDetails": [{"description": "Freight", "amount": 35.5}],
            }
        ],
    }


def test_every_field_integrations_read_is_typed() -> None:
    assert len(HEADER_READ) == 33 and len(LINE_READ) == 22
    assert set(HEADER_READ) <= _wire_names(m.Invoice)
    assert set(LINE_READ) <= _wire_names(m.InvoiceLine)
    answer = komet.CATALOG["invoice.details.list"].decode(_answer())
    invoice = answer.invoices[0]
    assert invoice.extra == {"newServerField": {"rate": Decimal("1.1")}}
    assert invoice.details[0].extra == {"discountPercent": Decimal("2.5")}


def test_money_is_exact_decimal_and_dates_are_dates() -> None:
    invoice = komet.CATALOG["invoice.details.list"].decode(_answer()).invoices[0]
    assert invoice.ship_date == dt.date(2026, 6, 15)
    assert (invoice.subtotal, invoice.additional_charges, invoice.taxes, invoice.total) == (
        Decimal("1234.5"),
        Decimal("35.5"),
        Decimal("0.10"),
        Decimal("1270.1"),
    )
    assert str(invoice.taxes) == "0.10"
    assert invoice.customer_po_number == "PO-991"
    assert invoice.customer_id == 23401 and invoice.number == 7396560
    assert invoice.is_ecommerce is False
    assert invoice.status == "1" and invoice.ship_zip_code == "33172"
    line = invoice.details[0]
    assert line.unit_price == Decimal("0.35") and str(line.unit_price) == "0.35"
    assert line.amount == Decimal("1234.50")  # "1,234.50": thousands commas, as RB strips
    assert (line.bunches_box, line.grower_id, line.box_type) == (10, 77, "QB")
    assert line.boxes[0].extra == {"boxCode": "IV739656000000", "weight": Decimal("12.5")}
    assert invoice.additional_charges_details[0].extra["amount"] == Decimal("35.5")
    assert list(floats_in(invoice)) == []


def test_the_typed_answer_is_still_lossless() -> None:
    payload = _answer()
    payload["invoices"][0]["details"][0]["amount"] = "1234.50"
    assert_lossless(komet.CATALOG["invoice.details.list"].decode(payload), payload)


def test_amount_commas_only_as_thousands_groups() -> None:
    payload = _answer()
    for text, value in (("12,345,678.9", "12345678.9"), ("-1,000", "-1000"), (" 7.25 ", "7.25")):
        payload["invoices"][0]["details"][0]["amount"] = text
        line = komet.CATALOG["invoice.details.list"].decode(payload).invoices[0].details[0]
        assert line.amount == Decimal(value), text
    for bad in ("1,2", "1,234,5", "12,34.00"):
        payload["invoices"][0]["details"][0]["amount"] = bad
        # Refused, not misread: strict, an error; tolerant, None with the text in .extra.
        try:
            komet.CATALOG["invoice.details.list"].decode(payload, strict=True)
        except komet.KometDecodeError:
            pass
        else:
            raise AssertionError(f"{bad!r} was accepted")
        with pytest.warns(komet.KometDataWarning):
            answer = komet.CATALOG["invoice.details.list"].decode(payload)
        assert answer.invoices[0].details[0].amount is None
        assert answer.invoices[0].details[0].extra["amount"] == bad


async def test_the_fake_answers_the_typed_fields(fake: FakeKomet, k: komet.KometSession) -> None:
    day = busy_day(fake)
    invoices = await k.invoices.list_details(order_date=day)
    assert invoices
    for invoice in invoices:
        assert invoice.location_name == "Miami Warehouse"
        assert invoice.customer_po_number is not None and invoice.is_ecommerce is not None
        assert invoice.total_boxes == sum(line.total_boxes or 0 for line in invoice.details)
        amounts = [line.amount for line in invoice.details]
        assert all(isinstance(a, Decimal) for a in amounts)
        assert invoice.subtotal == sum(a or 0 for a in amounts)
        assert invoice.total == (invoice.subtotal or 0) + (invoice.additional_charges or 0)
        for line in invoice.details:
            assert isinstance(line.unit_price, Decimal) and line.box_type
            assert line.total_units == (line.units or 0) * (line.total_boxes or 0)
        assert list(floats_in(invoice)) == []
    # The fake writes the line amount as text, thousands grouped ("1,300.00").
    texts: list[str] = []
    async with aiohttp.ClientSession() as http:
        for offset in range(30):
            query = {
                "authenticationToken": fake.token,
                "orderDate": str(day + dt.timedelta(offset)),
            }
            async with http.get(f"{fake.url.rstrip('/')}/invoice.details.list", params=query) as r:
                payload = await r.json()
            texts += [x["amount"] for inv in payload.get("invoices", []) for x in inv["details"]]
            if any(Decimal(t.replace(",", "")) >= 1000 for t in texts):
                break
    assert texts and all(isinstance(text, str) for text in texts)
    big = [t for t in texts if Decimal(t.replace(",", "")) >= 1000]
    assert big and all("," in t for t in big), texts

"""prebook.details.list and purchase.order.list: what integrations read is typed
(third-party.md, "prebook.details.list" and "purchase.order.list")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

import komet_async as komet
from komet_async._wire import rule_of, wire_name
from komet_async.models import prebooks as pm
from komet_async.models import purchase_orders as po
from tests.foundation.test_no_float import floats_in


def _reads(cls: type) -> set[str]:
    names = set()
    for a in attrs.fields(cls):
        if rule_of(a).on_wire:
            names |= {wire_name(a), *rule_of(a).also_reads}
    return names


PREBOOK_READ = set(
    [
        "id",
        "number",
        "type",
        "truckDate",
        "customerId",
        "customerName",
        "customerCode",
        "customerPONumber",
        "locationId",
        "locationName",
        "locationCode",
        "carrierId",
        "carrierName",
        "shipVia",
        "shipName",
        "shipAddress",
        "shipCity",
        "shipState",
        "shipZipCode",
        "shipCountry",
        "comments",
        "totalPrice",
    ]
)
PREBOOK_LINE_READ = set(
    [
        "prebookItemId",
        "vendorId",
        "vendorName",
        "productId",
        "productDescription",
        "boxType",
        "totalBoxes",
        "bunches",
        "stemsBunch",
        "units",
        "unitType",
        "totalUnits",
        "markCode",
        "brandId",
        "brandName",
        "unitPrice",
        "totalPrice",
    ]
)
BREAKDOWN_READ = {"productId", "productDescription", "stemsBunch", "bunches"}
PO_READ = set(
    [
        "id",
        "number",
        "shipDate",
        "status",
        "origin",
        "comments",
        "vendorId",
        "vendorName",
        "locationId",
        "locationName",
        "createdOn",
        "updatedOn",
        "totalBoxes",
        "totalCost",
    ]
)
PO_LINE_READ = set(
    [
        "poItemId",
        "prebook",
        "prebookItemId",
        "prebookTruckDate",
        "orderType",
        "standingOrder",
        "lineItemStatus",
        "customerId",
        "customerName",
        "carrierId",
        "carrierName",
        "productId",
        "productDescription",
        "boxType",
        "unitType",
        "stemsBunch",
        "bunches",
        "units",
        "totalUnits",
        "totalBoxes",
        "quantityConfirmed",
        "markCode",
        "referenceNumber",
        "customField1",
        "notes",
        "unitCost",
        "totalCost",
    ]
)
PO_BOX_READ = {"boxCode", "lotNumber", "statusId", "statusName", "position"}


def test_every_field_integrations_read_is_a_field() -> None:
    assert (len(PREBOOK_READ), len(PREBOOK_LINE_READ)) == (22, 17)
    assert (len(PO_READ), len(PO_LINE_READ), len(PO_BOX_READ)) == (14, 27, 5)
    assert _reads(pm.PrebookDetail) >= PREBOOK_READ
    assert _reads(pm.PrebookLine) >= PREBOOK_LINE_READ
    assert BREAKDOWN_READ | {"price"} <= _reads(pm.PrebookBreakdown)
    assert _reads(po.PurchaseOrder) >= PO_READ
    assert _reads(po.PurchaseOrderLine) >= PO_LINE_READ
    assert _reads(po.PurchaseOrderBox) >= PO_BOX_READ
    assert BREAKDOWN_READ | {"cost"} <= _reads(po.PurchaseOrderBreakdown)


def _prebooks(**header: object) -> list[pm.PrebookDetail]:
    payload = {"status": "1", "message": "OK", "prebooks": [{"id": 1, **header}]}
    return list(komet.CATALOG["prebook.details.list"].decode(payload).prebooks)


def test_ship_via_is_read_under_either_spelling() -> None:
    (documented,) = _prebooks(shipvia="Warehouse")
    (seen,) = _prebooks(shipVia="Grower")
    assert (documented.ship_via, seen.ship_via) == ("Warehouse", "Grower")
    assert documented.extra == {} and seen.extra == {}
    (both,) = _prebooks(shipvia="Warehouse", shipVia="Grower")
    assert both.ship_via == "Warehouse"  # the documented key wins


def test_prebook_money_is_exact_and_text_prices_are_read() -> None:
    (prebook,) = _prebooks(
        truckDate="2026-06-15",
        totalPrice=1300.25,
        details=[
            {
                "prebookItemId": "77",
                "unitPrice": "0.35",
                "totalPrice": 87.5,
                "breakdowns": [{"productId": 3, "price": "0.10"}],
            }
        ],
    )
    assert prebook.truck_date == dt.date(2026, 6, 15)
    assert prebook.total_price == Decimal("1300.25")
    line = prebook.details[0]
    assert (line.prebook_item_id, line.unit_price, line.total_price) == (
        77,
        Decimal("0.35"),
        Decimal("87.5"),
    )
    assert str(line.breakdowns[0].price) == "0.10"
    assert list(floats_in(prebook)) == []


def test_po_quantities_may_be_fractional() -> None:
    payload = {
        "status": "1",
        "message": "OK",
        "purchaseOrders": [
            {
                "id": 9,
                "number": "P002296",
                "totalBoxes": "10.00",
                "totalCost": "812.50",
                "details": [
                    {
                        "poItemId": 1,
                        "prebookTruckDate": "2026-06-15",
                        "totalBoxes": 2.5,
                        "units": "250.0000",
                        "quantityConfirmed": 1.5,
                        "unitCost": 0.35,
                        "totalCost": "218.75",
                        "breakdowns": [{"productId": 3, "cost": 0.1}],
                    }
                ],
            }
        ],
    }
    (order,) = komet.CATALOG["purchase.order.list"].decode(payload).purchase_orders
    assert order.number == "P002296"
    assert (order.total_boxes, order.total_cost) == (Decimal("10.00"), Decimal("812.50"))
    line = order.details[0]
    assert (line.total_boxes, line.units, line.quantity_confirmed) == (
        Decimal("2.5"),
        Decimal("250.0000"),
        Decimal("1.5"),
    )
    assert line.prebook_truck_date == dt.date(2026, 6, 15)
    assert line.unit_cost == Decimal("0.35") and line.breakdowns[0].cost == Decimal("0.1")
    assert list(floats_in(order)) == []

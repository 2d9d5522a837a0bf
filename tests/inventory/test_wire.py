"""Each method travels as its page documents: verb, path, where the parameters and the token
go, the parameter names and values, and the e-commerce account headers."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async import CATALOG
from komet_async.models.ecommerce import InventoryOrigin
from komet_async.models.inventory import InventoryLine
from komet_async.models.lookups import AwbHouse, VendorType
from tests._docs import METHODS_PART3
from tests.conftest import SECRET_TOKEN, ScriptedServer

from .conftest import ACCOUNT_ID, SALES_CHANNEL

Call = Callable[[komet.KometSession], Awaitable[Any]]
DAY = dt.date(2024, 5, 2)
LINE = InventoryLine(
    vendor_code="V01",
    awb="123-45678901",
    ship_date=DAY,
    product_code="ROSFREE50",
    quantity=10,
    box_type_code="QB",
    unit_type="Bunch",
    stems_bunch=25,
    bunches=10,
    unit_cost=Decimal("2.150"),
    is_tmp_awb=True,
    confirm_inventory=True,
)

# (Komet method, the call, the parameters as the docs name and write them)
CASES: list[tuple[str, Call, dict[str, Any]]] = [
    (
        "inventory.add",
        lambda k: k.inventory.add(LINE),
        {
            "vendorCode": "V01",
            "awb": "123-45678901",
            "isTmpAwb": "1",
            "shipDate": "2024-05-02",
            "productCode": "ROSFREE50",
            "quantity": "10",
            "boxTypeCode": "QB",
            "unitType": "Bunch",
            "stemsBunch": "25",
            "bunches": "10",
            "unitCost": "2.150",
            "confirmInventory": "1",
        },
    ),
    (
        "inventory.update",
        lambda k: k.inventory.update(
            903359, unit_cost=Decimal("2.988"), price_a=Decimal("4"), price_b=Decimal("7.919")
        ),
        {"inventoryId": 903359, "priceA": 4, "priceB": 7.919, "unitCost": 2.988},
    ),
    ("inventory.delete", lambda k: k.inventory.delete(903359), {"inventoryId": 903359}),
    (
        "inventory.units.add",
        lambda k: k.inventory.add_units(
            "235284",
            stems_bunch=10,
            unit_type="Stem",
            quantity=1,
            block="1-A",
            bed="123",
            cutter=2332,
            customer_code="365634",
            cut_date=dt.date(2020, 8, 15),
        ),
        {
            "block": "1-A",
            "bed": "123",
            "cutter": 2332,
            "productCode": "235284",
            "stemsBunch": 10,
            "unitType": "Stem",
            "quantity": 1,
            "customerCode": "365634",
            "cutDate": "2020-08-15",
        },
    ),
    (
        "inventory.units.delete",
        lambda k: k.inventory.delete_units(
            "235284", stems_bunch=10, unit_type="Bunch", quantity=10, block="1", bed="1-A"
        ),
        {
            "productCode": "235284",
            "stemsBunch": 10,
            "unitType": "Bunch",
            "quantity": 10,
            "block": "1",
            "bed": "1-A",
        },
    ),
    (
        "inventory.units.list",
        lambda k: k.inventory.list_units(
            category_id=21221, location_id=213, product_id=23214, unit_type="stem"
        ),
        {"categoryID": 21221, "locationId": 213, "productId": 23214, "unitType": "stem"},
    ),
    (
        "inventory.list",
        lambda k: k.inventory.list(
            include_boxes=True, inventory_type="M,L", exclude_held_items=False, lot_number="0042"
        ),
        {"includeBoxes": "1", "inventoryType": "M,L", "excludeHeldItems": "0", "lotNumber": "0042"},
    ),
    (
        "inventory.openmarket.list",
        lambda k: k.inventory.list_open_market(location_id=2321, customer_id=7349),
        {"locationId": "2321", "customerId": "7349"},
    ),
    (
        "inventory.consolidated.openmarket.list",
        lambda k: k.inventory.list_consolidated_open_market(),
        {},
    ),
    (
        "future.inventory.openmarket.list",
        lambda k: k.inventory.list_future_open_market(dt.date(2020, 11, 15), dt.date(2020, 11, 20)),
        {"dateFrom": "2020-11-15", "dateTo": "2020-11-20"},
    ),
    (
        "hardgood.inventory.add",
        lambda k: k.inventory.add_hardgood(
            17432, location_id=2212, quantity=50, unit_price=Decimal("1.2"), unit_cost=Decimal(3)
        ),
        {"productId": 17432, "locationId": 2212, "quantity": 50, "unitPrice": 1.2, "unitCost": 3},
    ),
    (
        "hardgood.inventory.update",
        lambda k: k.inventory.update_hardgood(
            17432, location_id=2212, unit_cost=Decimal(3), unit_price=Decimal("1.2")
        ),
        {"productId": 17432, "locationId": 2212, "unitCost": 3, "unitPrice": 1.2},
    ),
    (
        "hardgood/inventory.list",
        lambda k: k.inventory.list_hardgoods(location_id=2321, sku="BOX-40"),
        {"locationId": "2321", "sku": "BOX-40"},
    ),
    (
        "ecommerce/inventory.list",
        lambda k: k.inventory.list_ecommerce(
            7349, page=1, rows=28, company_location_id=13, reserved_inventory=True
        ),
        {
            "customerId": "7349",
            "page": "1",
            "rows": "28",
            "companyLocationId": "13",
            "reservedInventory": "true",
        },
    ),
    (
        "ecommerce/inventory.get",
        lambda k: k.inventory.get_ecommerce(
            7349,
            [428720, 428721],
            InventoryOrigin.FUTURE_SALES,
            date=DAY,
            available_from=DAY,
            available_to=dt.date(2024, 5, 9),
            carrier_id=1360,
        ),
        {
            "customerId": "7349",
            "inventoryLineIds": "428720,428721",
            "inventoryOrigin": "2",
            "date": "2024-05-02",
            "availableFrom": "2024-05-02",
            "availableTo": "2024-05-09",
            "carrierId": "1360",
        },
    ),
    (
        "ecommerce/inventory-available-dates.list",
        lambda k: k.inventory.list_ecommerce_available_dates(
            7349, [428720], InventoryOrigin.K2K, company_location_id=13
        ),
        {
            "customerId": "7349",
            "inventoryLineIds": "428720",
            "inventoryOrigin": "4",
            "companyLocationId": "13",
        },
    ),
    (
        "customer.list",
        lambda k: k.customers.list(
            name="abc", include_inactive=True, update_as_of=dt.date(2024, 1, 31)
        ),
        {"name": "abc", "includeInactive": "1", "updateAsOf": "2024-01-31"},
    ),
    (
        "location.list",
        lambda k: k.locations.list(id=1, code="LI"),
        {"id": "1", "code": "LI"},
    ),
    (
        "carrier.list",
        lambda k: k.carriers.list(name="air", active=False),
        {"name": "air", "active": "0"},
    ),
    (
        "vendor.list",
        lambda k: k.vendors.list(port_origin="BOG", include_inactive=True),
        {"portOrigin": "BOG", "includeInactive": "true"},
    ),
    (
        "vendor.add",
        lambda k: k.vendors.add(
            "Flores ABC",
            port_origin="BOG",
            vendor_type=VendorType.FRESH_CUT,
            code="ABC",
            phone1="054 474 3222",
            web_page="www.floresabc.com",
            email_for_pos="sales@floresabc.com",
            zipcode="110111",
        ),
        {
            "name": "Flores ABC",
            "portOrigin": "BOG",
            "vendorType": 1,
            "code": "ABC",
            "phone1": "054 474 3222",
            "webPage": "www.floresabc.com",
            "emailForPOs": "sales@floresabc.com",
            "zipcode": "110111",
        },
    ),
    (
        "awb.list",
        lambda k: k.awbs.list(ship_date=dt.date(2016, 2, 15), origin_code="UIO"),
        {"shipDate": "2016-02-15", "originCode": "UIO"},
    ),
    (
        "awb.details.list",
        lambda k: k.awbs.list_details(awb="0983", location_code="06"),
        {"awb": "0983", "locationCode": "06"},
    ),
    (
        "awb.future.list",
        lambda k: k.awbs.list_future(ship_date=dt.date(2017, 11, 15)),
        {"shipDate": "2017-11-15"},
    ),
    (
        "awb.future.save",
        lambda k: k.awbs.save_future(
            "234-2367-0983",
            origin_code="UIO",
            ship_date=dt.date(2017, 11, 15),
            instructions="awb changed, previous AWB 4567",
            houses=[
                AwbHouse(
                    house="CM-93242111",
                    vendor_code="ABC",
                    location_code="06",
                    instructions="use for customer HJS",
                ),
                AwbHouse(house="CM-3242378", vendor_code="HUJ"),
            ],
        ),
        {
            "originCode": "UIO",
            "shipDate": "2017-11-15",
            "awb": "234-2367-0983",
            "instructions": "awb changed, previous AWB 4567",
            "houses": [
                {
                    "house": "CM-93242111",
                    "vendorCode": "ABC",
                    "locationCode": "06",
                    "instructions": "use for customer HJS",
                },
                {"house": "CM-3242378", "vendorCode": "HUJ"},
            ],
        },
    ),
]


def test_every_method_but_login_has_a_wire_case() -> None:
    names = {case[0] for case in CASES}
    # Not the methods of methods-part3.json: the namespaces gain those, tested elsewhere.
    part3 = {m["method"] for m in json.loads(METHODS_PART3.read_text(encoding="utf-8"))}
    family = {
        n
        for n, m in CATALOG.items()
        if m.namespace in ("inventory", "customers", "locations", "carriers", "vendors", "awbs")
        and n not in part3
    }
    assert names == family


@pytest.mark.parametrize(("name", "call", "params"), CASES, ids=[c[0] for c in CASES])
async def test_sent_as_documented(
    server: ScriptedServer,
    wire_k: komet.KometSession,
    name: str,
    call: Call,
    params: dict[str, Any],
) -> None:
    await call(wire_k)
    [seen] = server.seen
    method = CATALOG[name]
    assert (seen.method, seen.path) == (method.http_method, name)
    body: dict[str, Any] = json.loads(seen.body) if seen.body else {}
    query = dict(seen.query)
    token_places = {
        "query": query.pop("authenticationToken", None),
        "body": body.pop("authenticationToken", None),
        "header": seen.headers.get("authenticationToken"),
    }
    assert token_places == {
        place: SECRET_TOKEN if place == method.token_in else None for place in token_places
    }
    if method.params_in == "query":
        assert query == params and body == {}
    else:
        assert body == params and query == {}
        assert seen.headers["Content-Type"] == "application/json"
    account = (seen.headers.get("X-ACCOUNT"), seen.headers.get("X-SALES-CHANNEL"))
    expected = (str(ACCOUNT_ID), SALES_CHANNEL) if name.startswith("ecommerce/") else (None, None)
    assert account == expected


async def test_money_goes_out_exact_in_json_and_in_the_query(
    server: ScriptedServer, wire_k: komet.KometSession
) -> None:
    await wire_k.inventory.update(1, unit_cost=Decimal("0.105"), price_a=Decimal("1234567.891"))
    await wire_k.inventory.add(
        InventoryLine(**{**_line_fields(), "unit_cost": Decimal("9999999.999")})
    )
    update, add = server.seen
    assert b'"unitCost":0.105' in update.body and b'"priceA":1234567.891' in update.body
    assert add.query["unitCost"] == "9999999.999"


def _line_fields() -> dict[str, Any]:
    return {
        "grower_id": 301,
        "awb": "A1",
        "ship_date": DAY,
        "product_id": 1001,
        "quantity": 100,
        "box_type_id": 1056,
        "unit_type": "stem",
        "stems_bunch": 25,
        "bunches": 10,
        "unit_cost": Decimal("0.5"),
    }


async def test_writes_are_not_replayed_and_reads_are(
    server: ScriptedServer, wire_k: komet.KometSession
) -> None:
    server.reply_json({"status": "1"}, status=503)
    with pytest.raises(komet.KometHTTPError):
        await wire_k.inventory.add(InventoryLine(**_line_fields()))
    assert len(server.seen) == 1  # POST with URL parameters: a write, sent once
    with pytest.raises(komet.KometHTTPError):
        await wire_k.inventory.list_units(max_retries=2)
    assert len(server.seen) == 1 + 3  # a read sent as POST: replayed

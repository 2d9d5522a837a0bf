"""Every documented answer of the inventory, e-commerce and lookup methods decodes through the
catalog with every value kept; every documented answer field has a home in the models."""

from __future__ import annotations

import datetime as dt
import json
import typing
from decimal import Decimal
from typing import Any

import attrs
import pytest

from komet_async import CATALOG
from komet_async._wire import rule_of, wire_name
from komet_async.models._base import KometModel
from tests.orders.conftest import assert_lossless

from .conftest import SAMPLES, documented_methods

NAMESPACES = ("inventory", "customers", "locations", "carriers", "vendors", "awbs")
DOCS = documented_methods()
# The methods of methods-part1.json only: the namespaces gain part-3 methods tested elsewhere.
FAMILY = sorted(
    n for n, m in CATALOG.items() if (m.namespace in NAMESPACES or n == "login") and n in DOCS
)
WITH_SAMPLE = [name for name in FAMILY if DOCS[name].get("sample_response")]

# Samples printed as invalid JSON (or cut off mid-array), and their repaired copies.
REPAIRED = {
    "hardgood.inventory.add": "hardgood_inventory_add.json",
    "awb.list": "awb_list.json",
    "awb.future.list": "awb_future_list.json",
    "awb.future.save": "awb_future_save.json",
}


def sample_of(name: str) -> Any:
    sample = DOCS[name]["sample_response"]
    if isinstance(sample, str):
        return json.loads((SAMPLES / REPAIRED[name]).read_text(encoding="utf-8"))
    return sample


def test_the_family_is_complete() -> None:
    assert len(FAMILY) == 16 + 10  # inventory + e-commerce, lookups + login
    assert set(WITH_SAMPLE) == {
        "login",
        "inventory.update",
        "inventory.units.add",
        "inventory.units.delete",
        "hardgood.inventory.add",
        "hardgood.inventory.update",
        "ecommerce/inventory-available-dates.list",
        "customer.list",
        "location.list",
        "carrier.list",
        "vendor.list",
        "vendor.add",
        "awb.list",
        "awb.future.list",
        "awb.future.save",
    }
    assert set(REPAIRED) == {n for n in WITH_SAMPLE if isinstance(DOCS[n]["sample_response"], str)}


@pytest.mark.parametrize("name", WITH_SAMPLE)
def test_documented_sample_decodes_losslessly(name: str) -> None:
    sample = sample_of(name)
    decoded = CATALOG[name].decode(sample)
    assert isinstance(decoded, CATALOG[name].response_type)
    assert decoded.extra == {}, "every documented key has a modelled field"
    assert_lossless(sample, decoded)


def test_repairs_change_only_what_is_invalid() -> None:
    def printed(name: str) -> str:
        text = DOCS[name]["sample_response"]
        assert isinstance(text, str)
        with pytest.raises(json.JSONDecodeError):
            json.loads(text)
        return text

    hardgood = printed("hardgood.inventory.add").replace(": success,", ': "success",')
    assert json.loads(hardgood) == sample_of("hardgood.inventory.add")
    saved = printed("awb.future.save").replace('"success", }', '"success" }')
    assert json.loads(saved) == sample_of("awb.future.save")
    awbs = printed("awb.list")
    closed = awbs[: awbs.index(', { "awbId" ...')] + " ] }"
    assert json.loads(closed) == sample_of("awb.list")
    future = printed("awb.future.list")
    closed = future[: future.index(", ... (truncated")] + " ] } ] }"
    assert json.loads(closed) == sample_of("awb.future.list")


def test_samples_keep_their_quirks_as_values() -> None:
    customers = CATALOG["customer.list"].decode(sample_of("customer.list")).customers
    assert [(c.id, c.active, c.sales_person_id) for c in customers] == [
        (23423, True, 23423),
        (25555, True, 23423),
    ]
    carriers = CATALOG["carrier.list"].decode(sample_of("carrier.list"))
    assert carriers.status is None  # the sample has no envelope
    assert carriers.carriers[0].phone == "1 (888) 247-2262"
    assert carriers.carriers[0].active is True
    dates = CATALOG["ecommerce/inventory-available-dates.list"].decode(
        sample_of("ecommerce/inventory-available-dates.list")
    )
    assert dates.available_dates[0] == dt.date(2017, 6, 29)
    assert dates.available_date_to == dt.date(2017, 7, 9)
    awb = CATALOG["awb.list"].decode(sample_of("awb.list")).awbs[0]
    assert (awb.awb_id, awb.status, awb.boxes_codes) == (148807, 1, "KS2342342,KS0284353,KS3450923")
    added = CATALOG["hardgood.inventory.add"].decode(sample_of("hardgood.inventory.add"))
    assert added.hard_good_inventory_id == 1313


def test_the_login_token_is_not_in_the_answer_repr() -> None:
    answer = CATALOG["login"].decode(sample_of("login"))
    assert answer.api_key == "4jnr8myprafeb4u5uv3ijecrhq"
    assert "4jnr8myprafeb4u5uv3ijecrhq" not in repr(answer)


# --- every field the docs list (samples or not) is modelled -------------------------------


def _documented_keys(spec: Any) -> dict[str, Any]:
    """The documented answer keys, nested lists of objects as ``{key: {...}}``."""
    keys: dict[str, Any] = {}
    for key, value in spec.items():
        if key in ("...", "_gap"):
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            keys[key] = _documented_keys(value[0])
        else:
            keys[key] = None
    return keys


def _item_type(tp: Any) -> Any:
    args = typing.get_args(tp)
    return args[0] if typing.get_origin(tp) is list and args else None


def _assert_modelled(keys: dict[str, Any], cls: type, where: str) -> None:
    attrs.resolve_types(cls)
    fields = {wire_name(a): a for a in attrs.fields(cls) if rule_of(a).on_wire}
    for key, nested in keys.items():
        assert key in fields, f"{where}.{key} is documented but not modelled"
        if nested is not None:
            item = _item_type(fields[key].type)
            if item is not None and attrs.has(item):
                _assert_modelled(nested, item, f"{where}.{key}[]")


@pytest.mark.parametrize("name", FAMILY)
def test_every_documented_answer_field_is_modelled(name: str) -> None:
    response_type = CATALOG[name].response_type
    _assert_modelled(_documented_keys(DOCS[name]["response"]), response_type, name)


# --- answers described field by field but printed without a sample -------------------------

DESCRIBED: dict[str, dict[str, Any]] = {
    "inventory.list": {
        "status": "1",
        "message": "OK",
        "inventoryItems": [
            {
                "companyProductId": "1014",
                "orderItemId": 500002,
                "grade": "50 cm",
                "productDescription": "Rose Red Freedom 50 cm",
                "productCode": "RO1014",
                "quantity": 10,
                "totalUnits": "100",
                "growerId": 306,
                "growerName": "Rosas",
                "boxTypeId": 1056,
                "boxTypeCode": "FB",
                "unitType": "Bunch",
                "bunches": 10,
                "unitsPerBox": 10,
                "stemsBunch": 25,
                "inventoryDate": "2024-05-04",
                "price": 1.05,
                "sellFast": "false",
                "isAssorted": True,
                "category": "Rose",
                "lotNumber": "234232",  # a field after the cut: kept in .extra
            }
        ],
    },
    "inventory.openmarket.list": {
        "status": 1,
        "message": "OK",
        "inventoryItems": [
            {
                "inventoryId": 903359,
                "companyProductId": 1014,
                "productDescription": "Rose Red Freedom 50 cm",
                "productCode": "RO1014",
                "grade": "50 cm",
                "category": "Rose",
                "vendor": "Rosas",
                "quantity": 3,
                "totalUnits": 750,
                "boxTypeId": 1057,
                "boxTypeCode": "HB",
                "unitType": "Stem",
                "bunches": 10,
                "unitsPerBox": 250,
                "stemsBunch": 25,
                "price": "0.35",
                "priceB": 0.4,
                "fobPrice": 0.3,
            }
        ],
    },
    "inventory.consolidated.openmarket.list": {
        "status": "1",
        "message": "OK",
        "inventoryItems": [
            {
                "companyProductId": 1014,
                "inventoryItemIds": "903359,903360",
                "grade": "50 cm",
                "productDescription": "Rose Red Freedom 50 cm",
                "productCode": "RO1014",
                "quantity": 5,
                "totalUnits": 1250,
                "boxTypeId": 1057,
                "boxTypeCode": "HB",
                "unitType": "Stem",
                "bunches": 10,
                "unitsPerBox": 250,
                "stemsBunch": 25,
                "price": 0.35,
                "category": "Rose",
            }
        ],
    },
    "future.inventory.openmarket.list": {
        "status": "1",
        "message": "OK",
        "inventoryItems": [
            {
                "inventoryId": 7399488000,
                "companyProductId": 1037,
                "productDescription": "Carnation Yellow Zeppelin Select",
                "productCode": "CA1037",
                "grade": "Select",
                "category": "Carnation",
                "vendor": "Rosas El Rosal 2",
                "portOfOrigin": "MDE",
                "quantity": 8,
                "totalUnits": 64,
                "boxTypeId": 1057,
                "boxTypeCode": "HB",
                "unitType": "Bunch",
                "bunches": 8,
                "stemsBunch": 20,  # after the cut: kept in .extra
            }
        ],
    },
    "inventory.units.list": {
        "status": "1",
        "message": "OK",
        "inventoryItems": [
            {
                "productId": 23214,
                "productDescription": "Rose Red Freedom 50 cm",
                "categoryID": 21221,
                "category": "Rose",
                "unitType": "Stem",
                "stemsBunch": 25,
                "bunches": 4,
                "totalUnits": 100,
                "unitLandedCost": 0.21324,
                "unitPrice": 0.39,
                "inventoryUnitsIds": "600001,600002",
                "inTransit": 0,
                "vendorId": 301,
                "vendor": "Flores",
                "companyId": 1,
                "locationCode": "MIA",
            }
        ],
    },
    "hardgood/inventory.list": {
        "inventoryItems": [
            {
                "inventoryIds": "700001,700004",
                "vendorId": 302,
                "productId": 17432,
                "productVendorId": 18001,
                "productDescription": "Flower Box 40cm",
                "locationCode": "MIA",
                "locationName": "Miami Warehouse",
                "locationId": 2321,
                "categoryId": 31001,
                "category": "Packaging",
                "subcategory": "Boxes",
                "color": "Brown",
                "sku": "BOX-40",
                "quantity": 12,
            }
        ]
    },
    "awb.details.list": {
        "status": 1,
        "message": "OK",
        "awbs": [
            {
                "awbId": 148807,
                "awb": "234-2367-0983",
                "origin": "UIO",
                "shipDate": "2016-02-15",
                "arrivalDate": "2016-02-18",
                "pieces": 3,
                "piecesReceived": 2,
                "locationCode": "06",
                "status": 0,
                "boxes": [
                    {
                        "code": "KS2342342",
                        "unitCost": 0.215,
                        "carrierName": "AA - American Airlines",
                        "carrierCode": "AA",
                        "truckDate": "2016-02-19",
                        "shipToId": 3,
                        "boxType": "HB",
                    }
                ],
            }
        ],
    },
    "customer.list": {
        "status": 1,
        "message": "OK",
        "customers": [
            {
                "id": 23423,
                "accountingCode": "AC-23423",
                "name": "ABC Wholesale",
                "code": "ABC",
                "active": 0,
                "salesPerson": "Jhon Doe",
                "salesPersonId": "23423",
                "customerType": "Wholesaler",
                "updatedOn": "2024-03-01T10:15:00",
            }
        ],
    },
    "ecommerce/inventory.list": {
        "message": "OK",
        "status": 1,
        "total": 61,
        "inventoryItems": [{"inventoryLineIds": "428720", "inventoryOrigin": 4}],
    },
    "inventory.add": {"status": "1", "message": "OK", "inventoryId": 903361},
}


@pytest.mark.parametrize("name", sorted(DESCRIBED))
def test_described_answer_decodes_losslessly(name: str) -> None:
    assert_lossless(DESCRIBED[name], CATALOG[name].decode(DESCRIBED[name]))


def test_gap_fields_land_in_extra_and_quirks_are_typed() -> None:
    item = CATALOG["inventory.list"].decode(DESCRIBED["inventory.list"]).inventory_items[0]
    assert item.extra == {"lotNumber": "234232"}
    assert (item.company_product_id, item.total_units, item.sell_fast) == (1014, 100, False)
    assert item.price == Decimal("1.05")
    units = CATALOG["inventory.units.list"].decode(DESCRIBED["inventory.units.list"])
    assert units.inventory_items[0].unit_landed_cost == Decimal("0.21324")
    assert units.inventory_items[0].in_transit is False
    customer = CATALOG["customer.list"].decode(DESCRIBED["customer.list"]).customers[0]
    assert customer.updated_on == dt.datetime(2024, 3, 1, 10, 15)
    added = CATALOG["inventory.add"].decode(DESCRIBED["inventory.add"])
    assert added.extra == {"inventoryId": 903361}


def test_an_ecommerce_page_finds_its_rows_whatever_the_array_is_called() -> None:
    page = CATALOG["ecommerce/inventory.list"].decode(DESCRIBED["ecommerce/inventory.list"])
    assert page.total == 61
    assert page.items == [{"inventoryLineIds": "428720", "inventoryOrigin": 4}]
    renamed = {"status": 1, "total": 1, "products": [{"id": 1}]}
    assert CATALOG["ecommerce/inventory.list"].decode(renamed).items == [{"id": 1}]
    nothing = CATALOG["ecommerce/inventory.list"].decode({"status": 0, "message": "x"})
    assert nothing.items == [] and nothing.total is None


def test_models_are_komet_models() -> None:
    for name in FAMILY:
        assert issubclass(CATALOG[name].response_type, KometModel), name

"""Every documented answer of this family decodes through the catalog, losslessly."""

from __future__ import annotations

import json
from typing import Any

import pytest

from komet_async import CATALOG
from komet_async.models.boxes import InventoryCountStatus

from .conftest import SAMPLES, assert_lossless, documented_methods

FAMILY = sorted(
    name
    for name in CATALOG
    if CATALOG[name].namespace in ("prebooks", "purchase_orders")
    or name in ("product.add", "product.update", "v2/inventory/box/count")
    or (name.startswith("box.") and name != "box.code.change")
)
DOCS = documented_methods()
WITH_SAMPLE = [name for name in FAMILY if DOCS[name].get("sample_response")]

# Samples printed as invalid JSON, and their repaired copies in tests/orders/samples/.
REPAIRED = {"v2/inventory/box/count": "v2_inventory_box_count.json"}


def sample_of(name: str) -> Any:
    sample = DOCS[name]["sample_response"]
    if isinstance(sample, str):
        return json.loads((SAMPLES / REPAIRED[name]).read_text(encoding="utf-8"))
    return sample


def test_the_family_is_all_in_the_catalog() -> None:
    assert len(FAMILY) == 9 + 10 + 7 + 2
    assert all(name in DOCS for name in FAMILY)


@pytest.mark.parametrize("name", WITH_SAMPLE)
def test_documented_sample_decodes_losslessly(name: str) -> None:
    sample = sample_of(name)
    decoded = CATALOG[name].decode(sample)
    assert isinstance(decoded, CATALOG[name].response_type)
    assert_lossless(sample, decoded)


def test_the_repaired_box_count_sample_only_straightens_the_quotes() -> None:
    printed = DOCS["v2/inventory/box/count"]["sample_response"]
    with pytest.raises(json.JSONDecodeError):
        json.loads(printed)
    straightened = printed.replace("\u201c", '"').replace("\u201d", '"')
    assert json.loads(straightened) == sample_of("v2/inventory/box/count")


def test_box_count_sample_is_a_per_box_outcome() -> None:
    answer = CATALOG["v2/inventory/box/count"].decode(sample_of("v2/inventory/box/count"))
    assert not answer.ok
    assert answer.outcome is InventoryCountStatus.SAME_STATUS
    assert answer.box_already_scanned_position == "A000"


def test_per_box_results_of_external_code_update() -> None:
    answer = CATALOG["box.externalcode.update"].decode(sample_of("box.externalcode.update"))
    assert [(b.box_code, b.ok) for b in answer.boxes] == [
        ("KS001001", True),
        ("KS001002", True),
        ("KS001003", False),
    ]
    assert answer.boxes[2].message == "Box code does not exist"


def test_product_id_as_text_or_number_is_the_same_int() -> None:
    added = CATALOG["product.add"].decode(sample_of("product.add"))
    updated = CATALOG["product.update"].decode(sample_of("product.update"))
    assert added.product_id == updated.product_id == 234234


# Answers the docs describe field by field but print no sample of: a hand-made answer with
# every documented key decodes losslessly too.
DESCRIBED = {
    "purchase.order.va.details.list": {
        "status": "1",
        "message": "OK",
        "purchaseOrders": [
            {
                "id": 7001,
                "number": "P002296",
                "shipDate": "2015-07-24",
                "details": [
                    {
                        "poItemId": 123445,
                        "vendorAvailabilityDetails": [
                            {
                                "productDescription": "Rose Red Freedom 50 cm",
                                "availableFrom": "2015-07-20",
                                "postHarvest": "2 days",
                                "unitType": "Stem",
                                "unitsAllocated": 250,
                                "downgraded": True,
                                "originalProductDescription": "Rose Red Freedom 60 cm",
                            }
                        ],
                    }
                ],
            }
        ],
    },
    "purchase.order.items.awb.add": {
        "status": 1,
        "purchaseOrderItemDetailsAWBAddAPIResultList": [
            {
                "poItemId": 7828,
                "status": 1,
                "message": "OK",
                "boxCodes": ["73992893"],
                "lotNumber": "234232",
            },
            {"poItemId": 7829, "status": "0", "message": "Item not found"},
        ],
    },
    "prebook.details.list": {
        "status": "1",
        "message": "OK",
        "prebooks": [
            {
                "id": 85063,
                "number": 1203,
                "locationId": 1,
                "locationCode": "06",
                "locationName": "Miami",
                "customerName": "Blooms",
                "customerId": 23401,
                "customerCode": "C001",
                "type": "P",
                "truckDate": "2020-06-20",
                "customerPONumber": "P099999",
                "carrierName": "AA",
                "carrierId": 1878,
                "shipvia": "Grower",
                "shipVia": "Grower",
                "comments": "",
                "shipCity": "Doral",
                "details": [
                    {
                        "prebookItemId": 9999999,
                        "vendorId": 301,
                        "vendorName": "Flores",
                        "productId": 1001,
                        "productDescription": "Rose",
                        "totalBoxes": 2,
                        "boxType": "HB",
                        "bunches": 10,
                        "stemsBunch": 25,
                        "unitPrice": 0.55,
                        "units": 250,
                        "unitType": "Stem",
                        "totalUnits": 500,
                        "totalPrice": 275.0,
                        "markCode": "",
                        "brandId": 4,
                        "brandName": "Brand",
                        "breakdowns": [
                            {
                                "productId": 1002,
                                "productDescription": "Rose White",
                                "stemsBunch": 25,
                                "bunches": 5,
                                "price": 0.6,
                            }
                        ],
                    }
                ],
            }
        ],
    },
}


@pytest.mark.parametrize("name", sorted(DESCRIBED))
def test_described_answer_decodes_losslessly(name: str) -> None:
    decoded = CATALOG[name].decode(DESCRIBED[name])
    assert_lossless(DESCRIBED[name], decoded)


def test_text_identifiers_stay_text() -> None:
    orders = CATALOG["purchase.order.va.details.list"].decode(
        DESCRIBED["purchase.order.va.details.list"]
    )
    assert orders.purchase_orders[0].number == "P002296"
    results = CATALOG["purchase.order.items.awb.add"].decode(
        DESCRIBED["purchase.order.items.awb.add"]
    )
    assert results.results[0].lot_number == "234232"
    assert [r.ok for r in results.results] == [True, False]

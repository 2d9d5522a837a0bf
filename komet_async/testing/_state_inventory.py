"""The fake company's inventory: box lines, units, hard goods (seeded, then changed by writes).

It hangs off a :class:`FakeState` without changing it: ``inventory_of(state)`` builds the
inventory the first time a handler (or a test) asks, from the state's seed and base data,
so ``FakeKomet.reset()`` (a new ``FakeState``) starts it over too.

Records use the wire's camelCase names; money is kept as float like the rest of the seed
(``json`` writes the shortest repr, which is what Komet's answers look like).
"""

from __future__ import annotations

import datetime as dt
import random
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._seed_data import VARIETIES, Record

if TYPE_CHECKING:
    from ._state import FakeState

MAX_BOXES_PER_LINE = 100  # inventory.add: per call; inventory.update: per line
MAX_HARDGOOD_UNITS = 999  # hardgood.inventory.add
INVENTORY_TYPES = ("M", "L", "S", "P")  # Open Market, Local, Standing Order, Prebook
CATEGORY_IDS: dict[str, int] = {name: 21001 + i for i, name in enumerate(sorted(VARIETIES))}
COMPANY_ID = 1
LOCATION_ID = 1  # the fake company is single-location (see _seed_data.make_locations)
LOCATION_CODE = "MIA"
LOCATION_NAME = "Miami Warehouse"

HARDGOODS: tuple[tuple[str, str, str, str, str], ...] = (
    # (description, sku, category, subcategory, color)
    ("Flower Box 40cm", "BOX-40", "Packaging", "Boxes", "Brown"),
    ("Flower Box 60cm", "BOX-60", "Packaging", "Boxes", "Brown"),
    ("Sleeve Clear 50cm", "SLV-50", "Packaging", "Sleeves", "Clear"),
    ("Flower Food Sachet", "FF-10", "Supplies", "Care", "White"),
    ("Rubber Bands 1lb", "RB-1", "Supplies", "Banding", "Natural"),
)


@dataclass
class FakeInventory:
    """``lines``: boxes inventory by line id (``inventoryId`` / ``orderItemId``);
    ``units``: units inventory by (productCode, stemsBunch, unit type, block, bed);
    ``hardgood_products``: the hard-good vendor products by ``productId``;
    ``hardgood_lines``: hard-goods inventory lines by line id."""

    lines: dict[int, Record] = field(default_factory=dict)
    units: dict[tuple[str, int, str, str | None, str | None], Record] = field(default_factory=dict)
    hardgood_products: dict[str, Record] = field(default_factory=dict)
    hardgood_lines: dict[int, Record] = field(default_factory=dict)


_INVENTORIES: weakref.WeakKeyDictionary[FakeState, FakeInventory] = weakref.WeakKeyDictionary()


def inventory_of(state: FakeState) -> FakeInventory:
    """The inventory of ``state``, seeded on first use."""
    inventory = _INVENTORIES.get(state)
    if inventory is None:
        inventory = _INVENTORIES[state] = _seed(state, random.Random(f"{state.seed}:inventory"))
    return inventory


def units_per_box(unit_type: str, bunches: int, stems_bunch: int) -> int:
    """Stems in a box for stem lines, bunches for bunch lines."""
    return bunches * stems_bunch if unit_type.lower() == "stem" else bunches


def box_line(
    line_id: int,
    *,
    product: Record,
    vendor: Record,
    box_type: Record,
    quantity: int,
    unit_type: str,
    stems_bunch: int,
    bunches: int,
    unit_cost: float,
    inventory_date: dt.date,
    **more: Any,
) -> Record:
    """One boxes-inventory line; ``more`` sets the optional fields (price, awb, ...)."""
    record: Record = {
        "id": line_id,
        "productId": str(product["id"]),
        "vendorId": str(vendor["id"]),
        "boxTypeId": box_type["id"],
        "quantity": quantity,
        "unitType": unit_type,
        "stemsBunch": stems_bunch,
        "bunches": bunches,
        "unitCost": unit_cost,
        "price": None,
        "priceB": None,
        "inventoryType": "M",
        "onHold": False,
        "lotNumber": None,
        "customerId": None,
        "awb": None,
        "isTmpAwb": False,
        "reference": None,
        "shipDate": None,
        "arrivalDate": None,
        "inventoryDate": inventory_date.isoformat(),
        "confirmInventory": False,
    }
    record.update(more)
    return record


def _seed(state: FakeState, rng: random.Random) -> FakeInventory:
    inventory = FakeInventory()
    products = list(state.reference.products.values())
    vendors = [v for v in state.reference.vendors.values() if str(v.get("active")) == "1"]
    box_types = list(state.reference.box_types.values())
    customers = list(state.reference.customers)
    today = state.clock.today()
    for index in range(24):
        product, vendor = rng.choice(products), rng.choice(vendors)
        ship = today - dt.timedelta(days=rng.randint(1, 10))
        line_id = 500001 + index
        inventory.lines[line_id] = box_line(
            line_id,
            product=product,
            vendor=vendor,
            box_type=rng.choice(box_types),
            quantity=rng.randint(1, 20),
            unit_type=rng.choice(("Stem", "Bunch")),
            stems_bunch=rng.choice((10, 12, 25)),
            bunches=rng.choice((8, 10, 12)),
            unit_cost=round(rng.uniform(0.15, 0.9), 3),
            price=round(rng.uniform(0.25, 1.5), 2),
            priceB=round(rng.uniform(0.25, 1.5), 2),
            inventoryType="M" if index % 4 else rng.choice(INVENTORY_TYPES[1:]),
            onHold=index % 7 == 3,
            lotNumber=f"{rng.randint(100000, 999999)}",
            customerId=rng.choice(customers) if index % 8 == 5 else None,
            awb=f"145-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            shipDate=ship.isoformat(),
            arrivalDate=(ship + dt.timedelta(days=2)).isoformat(),
            inventory_date=ship + dt.timedelta(days=2),
        )
    for index in range(6):
        product = rng.choice(products)
        key = (
            str(product["legacyCode"]),
            rng.choice((10, 25)),
            rng.choice(("stem", "bunch")),
            f"{rng.randint(1, 9)}-{rng.choice('ABC')}",
            str(rng.randint(100, 199)),
        )
        inventory.units[key] = {
            "id": 600001 + index,
            "units": rng.randint(10, 500),
            "cutter": rng.randint(1000, 9999),
            "customerCode": None,
            "cutDate": (today - dt.timedelta(days=rng.randint(0, 3))).isoformat(),
            "unitCost": round(rng.uniform(0.05, 0.4), 5),
            "unitPrice": round(rng.uniform(0.2, 1.2), 2),
        }
    for index, (description, sku, category, subcategory, color) in enumerate(HARDGOODS):
        vendor = rng.choice(list(state.reference.vendors.values()))
        product_id = str(17001 + index)
        inventory.hardgood_products[product_id] = {
            "productId": product_id,
            "productVendorId": 18001 + index,
            "vendorId": str(vendor["id"]),
            "vendorCode": vendor["code"],
            "productDescription": description,
            "sku": sku,
            "category": category,
            "categoryId": 31001 + ("Packaging", "Supplies").index(category),
            "subcategory": subcategory,
            "color": color,
            # Not drawn from rng: the seeded data after it stays what it was.
            "packSize": (12, 6, 24, 1)[index % 4],
        }
        if index < 3:
            line_id = 700001 + index
            inventory.hardgood_lines[line_id] = {
                "id": line_id,
                "productId": product_id,
                "locationId": LOCATION_ID,
                "quantity": rng.randint(10, 300),
                "unitCost": round(rng.uniform(0.1, 2.0), 2),
                "unitPrice": round(rng.uniform(0.5, 3.0), 2),
            }
    return inventory

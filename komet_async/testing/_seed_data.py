"""Seeded, realistic base data for one fake flower company (products, customers, ...).

Each function takes its own ``random.Random`` so adding a kind of data never shifts another.
Ids are strings where the documented samples show strings (products, customers, vendors,
locations) and numbers where they show numbers (box types, carriers, AWBs).
"""

from __future__ import annotations

import random
from typing import Any

Record = dict[str, Any]

VARIETIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # category: (varieties, grades)
    "Rose": (
        ("Freedom", "Explorer", "Vendela", "Mondial", "Playa Blanca", "Pink Floyd"),
        ("40 cm", "50 cm", "60 cm", "70 cm"),
    ),
    "Carnation": (("Don Pedro", "Moonlight", "Nobbio", "Zeppelin"), ("Fancy", "Select")),
    "Mini Carnation": (("Cherry Tessino", "Rony", "Silvery Pink"), ("Fancy", "Select")),
    "Alstroemeria": (("Virginia", "Whistler", "Himalaya"), ("Fancy", "Select", "Super Select")),
    "Chrysanthemum": (("Baltica", "Zembla", "Anastasia"), ("Fancy", "Select")),
    "Gypsophila": (("Xlence", "Million Star"), ("750 gr", "1000 gr")),
    "Hydrangea": (("Verena", "Esmeralda"), ("Select", "Premium")),
}
COLORS = ("Red", "White", "Pink", "Yellow", "Orange", "Purple", "Bicolor", "Green")
TAGS = ("standard", "x-mas", "valentine", "mother's day", "wedding")
FIRST_NAMES = ("Ana", "Luis", "Maria", "John", "Sofia", "Carlos", "Linda", "Pedro")
LAST_NAMES = ("Garcia", "Smith", "Lopez", "Johnson", "Torres", "Brown", "Vargas")
CITIES = (("Miami", "FL", "33126"), ("Doral", "FL", "33172"), ("New York", "NY", "10001"))
ORIGINS = ("BOG", "MDE", "UIO")


def make_products(rng: random.Random, count: int = 40) -> dict[str, Record]:
    products: dict[str, Record] = {}
    for index in range(count):
        category = rng.choice(list(VARIETIES))
        varieties, grades = VARIETIES[category]
        variety, color, grade = rng.choice(varieties), rng.choice(COLORS), rng.choice(grades)
        product_id = str(1001 + index)
        products[product_id] = {
            "id": product_id,
            "description": f"{category} {color} {variety} {grade}",
            "active": 1,
            "category": category,
            "divisionId": "1",
            "divisionDescription": "Flowers",
            "variety": variety,
            "color": color,
            "grade": grade,
            "legacyCode": f"{category[:2].upper()}{1001 + index}",
            "tags": ",".join(sorted(rng.sample(TAGS, k=rng.randint(0, 2)))),
        }
    return products


def make_box_types() -> dict[str, Record]:
    # Ids and network ids follow the documented sample (FB 1056/900, HB 1057/901).
    box_types = [("FB", 1.0), ("HB", 0.5), ("QB", 0.25)]
    return {
        str(1056 + index): {
            "code": code,
            "kometNetworkName": code,
            "fbe": fbe,
            "id": 1056 + index,
            "kometNetworkId": 900 + index,
        }
        for index, (code, fbe) in enumerate(box_types)
    }


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def make_customers(rng: random.Random, count: int = 12) -> dict[str, Record]:
    kinds = ("Wholesaler", "Retailer", "Supermarket", "Event Planner")
    shops = ("Blooms", "Petals", "Flower Market", "Florist", "Garden", "Stems")
    customers: dict[str, Record] = {}
    for index in range(count):
        customer_id = str(23401 + index)
        name = f"{rng.choice(LAST_NAMES)} {rng.choice(shops)} {index + 1}"
        code = f"C{index + 1:03d}"
        customers[customer_id] = {
            "id": customer_id,
            "accountingCode": f"AC-{customer_id}",
            "name": name,
            "code": code,
            "active": "0" if index % 6 == 5 else "1",
            "salesPerson": _person(rng),
            "salesPersonId": 501 + rng.randint(0, 3),
            "customerType": rng.choice(kinds),
            "updatedOn": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00",
        }
    return customers


def make_carriers(rng: random.Random) -> dict[str, Record]:
    names = (
        ("AA", "AA - American Airlines"),
        ("LAN", "LAN - LATAM Cargo"),
        ("FX", "FX - FedEx"),
        ("UPS", "UPS - United Parcel Service"),
        ("TRK", "TRK - Own Truck"),
    )
    carriers: dict[str, Record] = {}
    for index, (code, name) in enumerate(names):
        city, state, zip_code = rng.choice(CITIES)
        carrier_id = 1360 + index
        carriers[str(carrier_id)] = {
            "id": carrier_id,
            "code": code,
            "name": name,
            "active": 0 if code == "TRK" else 1,
            "street": f"{rng.randint(100, 9999)} NW {rng.randint(10, 99)}th St",
            "city": city,
            "state": state,
            "zipCode": zip_code,
            "country": "USA",
            "phone": f"1 (305) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
            "kometNetworkName": name.split(" - ")[-1][:20],
            "kometNetworkId": 4230 + index,
        }
    return carriers


def make_vendors(rng: random.Random, count: int = 8) -> dict[str, Record]:
    farms = ("Flores", "Rosas", "Jardines", "Hacienda", "Plantaciones")
    places = ("del Valle", "Andinas", "La Sabana", "El Rosal", "Cotopaxi", "Tabacundo")
    vendors: dict[str, Record] = {}
    for index in range(count):
        vendor_id = str(301 + index)
        vendors[vendor_id] = {
            "id": vendor_id,
            "name": f"{rng.choice(farms)} {rng.choice(places)} {index + 1}",
            "code": f"V{index + 1:02d}",
            "portOrigin": rng.choice(ORIGINS),
            "cargoMasterCode": f"CMV{index + 1:02d}",
            "active": 0 if index == count - 1 else 1,
        }
    return vendors


def make_locations() -> dict[str, Record]:
    # One location: the fake company is single-location, so no method needs a location id.
    return {"1": {"id": "1", "name": "Miami Warehouse", "code": "MIA"}}


def make_boxes(
    rng: random.Random, products: dict[str, Record], vendors: dict[str, Record], count: int = 60
) -> dict[str, Record]:
    """Boxes in the warehouse staging area (no AWB), coded like the docs' KS001001."""
    boxes: dict[str, Record] = {}
    for index in range(count):
        code = f"KS{1 + index // 1000:03d}{index % 1000 + 1:03d}"  # KS001001, KS001002, ...
        boxes[code] = box_record(
            code,
            product_id=rng.choice(list(products)),
            box_type_id=rng.choice(("1056", "1057", "1058")),
            vendor_id=rng.choice(list(vendors)),
            unit_cost=round(rng.uniform(0.18, 0.9), 3),
        )
    return boxes


def box_record(
    code: str,
    *,
    product_id: str,
    box_type_id: str,
    vendor_id: str,
    unit_cost: float,
    awb_id: int | None = None,
) -> Record:
    return {
        "code": code,
        "productId": product_id,
        "boxTypeId": box_type_id,
        "vendorId": vendor_id,
        "unitCost": unit_cost,
        "awbId": awb_id,
        "externalCode": None,
        "position": None,
    }

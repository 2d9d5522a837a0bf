"""Seeded price lists (with seasons and seasonal prices) and standing orders of the fake
company. Records are kept as Komet answers them (camelCase keys); keys starting with ``_``
are the fake's own bookkeeping, never answered (:func:`public`). The handlers in
``handlers/price_lists.py`` and ``handlers/standing_orders.py`` read and write them.

The seasons' and standing orders' dates are fixed calendar dates: nothing here reads the
clock, so a seed gives the same data on any day.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from ._seed_data import VARIETIES, Record

# (id, name, description, type, isMaster): one per documented type (A, M, P, S).
_PRICE_LISTS = (
    (1313, "FS Master", "Master price list", "A", 1),
    (1345, "FS Open Market", "Open market prices", "M", 0),
    (1358, "FS Prebook", "Prebook prices", "P", 0),
    (1371, "FS Standing Orders", "Standing order prices", "S", 0),
)
# (name, start, end) of each list's seasons.
_SEASONS = (
    ("Valentine's Day", "2026-01-20", "2026-02-14"),
    ("Mother's Day", "2026-04-20", "2026-05-10"),
    ("Everyday", "2026-01-01", "2026-12-31"),
)


def category_id(category: str) -> int:
    """The fake's id of a product category (``categoryId`` filters): 31, 32, ... in the
    order of ``_seed_data.VARIETIES``."""
    return 31 + list(VARIETIES).index(category)


def public(record: Record) -> Record:
    """The record as Komet answers it: without the fake's ``_`` keys."""
    return {key: value for key, value in record.items() if not key.startswith("_")}


WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def make_price_lists() -> dict[str, Record]:
    return {
        str(pid): {"id": pid, "name": name, "description": text, "type": kind, "isMaster": master}
        for pid, name, text, kind, master in _PRICE_LISTS
    }


def make_seasons() -> dict[str, Record]:
    seasons: dict[str, Record] = {}
    season_id = 11
    for pid, *_ in _PRICE_LISTS:
        for name, start, end in _SEASONS:
            seasons[str(season_id)] = {
                "id": season_id,
                "name": name,
                "startDate": start,
                "endDate": end,
                "priceListId": pid,
            }
            season_id += 1
    return seasons


def make_season_products(
    rng: random.Random,
    price_lists: Mapping[str, Record],
    seasons: Mapping[str, Record],
    products: Mapping[str, Record],
    vendors: Mapping[str, Record],
    box_types: Mapping[str, Record],
) -> dict[str, Record]:
    """A few priced products in every season (some for all vendors / box types)."""
    priced: dict[str, Record] = {}
    line_id = 151
    for season in seasons.values():
        price_list = price_lists[str(season["priceListId"])]
        for product_id in rng.sample(sorted(products), k=3):
            vendor = vendors[rng.choice(sorted(vendors))] if rng.random() < 0.5 else None
            box = box_types[rng.choice(sorted(box_types))] if rng.random() < 0.5 else None
            price = round(rng.uniform(0.4, 3.5), 2)
            priced[str(line_id)] = season_product_record(
                line_id,
                price_list=price_list,
                season=season,
                product=products[product_id],
                price=price,
                cost=round(price * 0.6, 2),
                vendor=vendor,
                box_type=box,
            )
            line_id += 1
    return priced


def season_product_record(
    line_id: int,
    *,
    price_list: Record,
    season: Record,
    product: Record,
    price: object,
    cost: object,
    vendor: Record | None,
    box_type: Record | None,
) -> Record:
    """One ``priceListSeasonsProducts`` entry, as the page lists its fields."""
    return {
        "id": line_id,
        "name": product["description"],
        "cost": cost,
        "price": price,
        "productDescription": product["description"],
        "_companyProductId": int(product["id"]),
        "_categoryId": category_id(product["category"]),
        "vendorId": int(vendor["id"]) if vendor is not None else None,
        "vendorName": vendor["name"] if vendor is not None else None,
        "boxTypeId": box_type["id"] if box_type is not None else None,
        "boxTypeCode": box_type["code"] if box_type is not None else None,
        "seasonName": season["name"],
        "priceListName": price_list["name"],
        "priceListId": price_list["id"],
        "seasonId": season["id"],
        "priceListType": price_list["type"],
    }


def make_standing_orders(
    rng: random.Random, customers: Mapping[str, Record], carriers: Mapping[str, Record]
) -> dict[str, Record]:
    """Three standing orders over fixed dates, one of them cancelled."""
    orders: dict[str, Record] = {}
    for index in range(3):
        customer = customers[rng.choice(sorted(customers))]
        carrier = carriers[rng.choice(sorted(carriers))]
        order_id = 950401 + index
        orders[str(order_id)] = {
            "id": order_id,
            "number": str(3001 + index),
            "_customerId": int(customer["id"]),
            "customerName": customer["name"],
            "_customerCode": customer["code"],
            "priceList": "FS Standing Orders",
            "_carrierId": carrier["id"],
            "carrierName": carrier["name"],
            "recurrence": 1 + index,
            "days": ", ".join(rng.sample(WEEKDAYS, k=2)),
            "startDate": "2026-01-05",
            "endDate": "2026-12-28",
            "_locationId": 1,
            "_status": "Cancelled" if index == 2 else "Active",
            "_items": [],
        }
    return orders

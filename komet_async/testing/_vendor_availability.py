"""The fake's vendor availability: items vendors offer from one day to a later one.

Items are generated per first day of availability (``DailyCache``, a pure function of
seed and day). An item's id is its first day's ordinal * 1000 + 700 + its index, so
``find_item`` reaches any item from its id alone, whichever days were listed before:
``vendor.availability.items.list`` lists them and ``prebook.vendor.availability.item.add``
takes them (its ``inventoryIds``). ``boxes`` (what is still available) is internal: the
docs name no such answer field; ``availableOnly`` filters on it and a prebook line uses it
up.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._daily import DailyCache
from ._seed_data import Record

if TYPE_CHECKING:
    from ._state import FakeState

KIND = "vendor_availability"
MAX_SPAN_DAYS = 3
"""An item is available from its first day to at most this many days later."""
_ID_BASE = 700


def make_day(state: FakeState, rng: random.Random, day: dt.date) -> list[Record]:
    products = list(state.reference.products.values())
    vendors = [v for v in state.reference.vendors.values() if str(v.get("active")) == "1"]
    items: list[Record] = []
    for index in range(rng.randint(1, 4)):
        product, vendor = rng.choice(products), rng.choice(vendors)
        items.append(
            {
                "inventoryId": day.toordinal() * 1000 + _ID_BASE + index,
                "companyProductId": int(product["id"]),
                "productDescription": product["description"],
                "productCode": product["legacyCode"],
                "grade": product["grade"],
                "category": product["category"],
                "vendor": vendor["name"],
                "availableFrom": day.isoformat(),
                "availableTo": (day + dt.timedelta(days=rng.randint(0, MAX_SPAN_DAYS))).isoformat(),
                # internal, never answered:
                "vendorId": vendor["id"],
                "boxes": rng.choice((0, 5, 10, 20)),
            }
        )
    return items


def cache(state: FakeState) -> DailyCache[list[Record]]:
    days: DailyCache[list[Record]] = state.daily(KIND, make_day)
    return days


def items_between(state: FakeState, first: dt.date, last: dt.date) -> Iterator[Record]:
    """Every item available on some day of ``first``..``last``."""
    start = first - dt.timedelta(days=MAX_SPAN_DAYS)
    for _, items in cache(state).get_range(start, last):
        for item in items:
            if (
                item["availableFrom"] <= last.isoformat()
                and item["availableTo"] >= first.isoformat()
            ):
                yield item


def find_item(state: FakeState, inventory_id: int) -> Record | None:
    """The item of ``inventory_id``, or None if no item has that id."""
    ordinal, rest = divmod(inventory_id, 1000)
    if (
        rest < _ID_BASE
        or not dt.date(1900, 1, 1).toordinal() <= ordinal <= dt.date(2200, 1, 1).toordinal()
    ):
        return None
    items = cache(state).get(dt.date.fromordinal(ordinal))
    return next((i for i in items if i["inventoryId"] == inventory_id), None)

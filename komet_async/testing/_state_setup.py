"""The fake company's setup lookups: categories, additional charges, automatic additional
charges, and what carrier.add/update record beyond carrier.list's fields.

Records keep the shapes of the documented samples (``additional.charge.list`` writes ids
and ``active`` as text, ``category.list`` writes ``active`` as true/false).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ._seed_data import VARIETIES, Record

# The category.list sample's own rows come first (Adhesive: a hard good, unmapped).
_SAMPLE_CATEGORIES = (
    (11453, "Achillea", 16064),
    (15709, "Adhesive", None),
    (11454, "Agapanthus", 7322),
)
_CHARGES = (("23243", "Fuel Surcharge", "FS"), ("23334", "Gift Pack", "GP"))


@dataclass
class SetupBook:
    categories: dict[str, Record]
    additional_charges: dict[str, Record]
    automatic_charges: dict[str, Record] = field(default_factory=dict)
    """Automatic additional charge rules by id (the POST's answer is a GAP: the id is
    never answered, tests read it here)."""
    carrier_capacity: dict[str, int | None] = field(default_factory=dict)
    """``capacity`` given to carrier.add/update, by carrier id (carrier.list does not show
    it, so it is kept apart from the carrier's record)."""


def make_setup(rng: random.Random) -> SetupBook:
    categories: dict[str, Record] = {}
    for category_id, name, network_id in _SAMPLE_CATEGORIES:
        categories[str(category_id)] = {
            "categoryId": category_id,
            "categoryName": name,
            "kometNetworkId": network_id,
            "kometNetworkName": name if network_id is not None else None,
            "active": False,
        }
    for index, name in enumerate(VARIETIES):  # the categories the fake's products use
        category_id = 12001 + index
        categories[str(category_id)] = {
            "categoryId": category_id,
            "categoryName": name,
            "kometNetworkId": 7400 + rng.randint(0, 99),
            "kometNetworkName": name[:20],
            "active": True,
        }
    charges = {
        charge_id: {"id": charge_id, "name": name, "code": code, "active": "1"}
        for charge_id, name, code in _CHARGES
    }
    return SetupBook(categories=categories, additional_charges=charges)

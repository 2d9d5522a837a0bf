"""The fake company's customer accounts: ship-tos, contacts, additional charges, e-commerce
users (seeded, then changed by writes).

It hangs off a :class:`FakeState` without changing it, like the inventory: ``accounts_of
(state)`` seeds it the first time it is asked for, from the seed and ``state.reference``
(the customers as seeded), so neither a customer added through the API nor the order of
the calls changes the seeded ship-tos; ``FakeKomet.reset()`` (a new state) starts over.
Records use the wire's camelCase names.
"""

from __future__ import annotations

import random
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._seed_data import CITIES, FIRST_NAMES, LAST_NAMES, Record

if TYPE_CHECKING:
    from ._state import FakeState

CONTACT_TYPES = ("A/P", "Buyer", "Owner", "Receiving")
"""Contact types the fake company has set up (``type`` "must already exist in Komet"; the
docs name A/P and Buyer)."""
SEEDED_UPDATED_AS_OF = "2025-06-01"
COMPANY_NAME = "Fake Flowers Inc."


@dataclass
class CustomerAccounts:
    """``ship_tos`` and ``contacts`` by id (each record carries its ``customerId``),
    ``charges`` by (customer id, additional charge code), ``users`` (e-commerce) by login."""

    ship_tos: dict[int, Record] = field(default_factory=dict)
    contacts: dict[int, Record] = field(default_factory=dict)
    charges: dict[tuple[str, str], Record] = field(default_factory=dict)
    users: dict[str, Record] = field(default_factory=dict)
    details: dict[str, Record] = field(default_factory=dict)
    """customer.add/update parameters beyond what customer.list shows, by customer id."""

    def ship_tos_of(self, customer_id: object) -> list[Record]:
        """The ship-tos of ``customer_id``, by id."""
        return [
            ship_to
            for _, ship_to in sorted(self.ship_tos.items())
            if str(ship_to["customerId"]) == str(customer_id)
        ]

    def ship_to_of(self, customer_id: object, ship_to_id: object) -> Record | None:
        """The ship-to ``ship_to_id`` if it belongs to ``customer_id``."""
        try:
            ship_to = self.ship_tos.get(int(str(ship_to_id).strip()))
        except ValueError:
            return None
        if ship_to is None or str(ship_to["customerId"]) != str(customer_id):
            return None
        return ship_to


SHIP_ADDRESS_KEYS = (
    "shipName",
    "shipAddress",
    "shipCity",
    "shipState",
    "shipZipCode",
    "shipCountry",
)


def ship_address(ship_to: Record) -> Record:
    """A ship-to as the order columns integrations read (third-party.md): ``shipName``,
    ``shipAddress``, ``shipCity``, ``shipState``, ``shipZipCode``, ``shipCountry``."""
    keys = ("name", "address", "city", "state", "zipcode", "country")
    return {out: ship_to.get(key) for out, key in zip(SHIP_ADDRESS_KEYS, keys, strict=True)}


_ACCOUNTS: weakref.WeakKeyDictionary[FakeState, CustomerAccounts] = weakref.WeakKeyDictionary()


def accounts_of(state: FakeState) -> CustomerAccounts:
    """The customer accounts of ``state``, seeded on first use."""
    accounts = _ACCOUNTS.get(state)
    if accounts is None:
        accounts = _ACCOUNTS[state] = _seed(state, random.Random(f"{state.seed}:accounts"))
    return accounts


def _seed(state: FakeState, rng: random.Random) -> CustomerAccounts:
    accounts = CustomerAccounts()
    ship_to_id, contact_id = 20101, 60101
    carriers = sorted(state.reference.carriers)
    for customer_id, customer in sorted(state.reference.customers.items()):
        for store in range(1 + rng.randint(0, 1)):
            city, region, zipcode = rng.choice(CITIES)
            carrier = state.reference.carriers[rng.choice(carriers)]
            accounts.ship_tos[ship_to_id] = {
                "id": ship_to_id,
                "customerId": customer_id,
                "shipToCode": f"{customer['code']}-{store + 1}",
                "name": f"{customer['name']} {city}",
                "address": f"{rng.randint(100, 9999)} Main St",
                "city": city,
                "state": region,
                "zipcode": zipcode,
                "country": "United States",
                "phone": f"305 555 {rng.randint(1000, 9999)}",
                "fax": "",
                "carrierId": carrier["id"],
                "carrierName": carrier["name"],
                "carrierAccount": "",
                "carrierCode": carrier["code"],
                "updatedAsOf": SEEDED_UPDATED_AS_OF,
            }
            ship_to_id += 1
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        accounts.contacts[contact_id] = {
            "id": contact_id,
            "customerId": customer_id,
            "name": name,
            "type": rng.choice(CONTACT_TYPES[:2]),
            "phone": f"305 555 {rng.randint(1000, 9999)}",
            "ext": "",
            "mobile": "",
            "fax": "",
            "email": f"{name.split()[0].lower()}@example.com",
            "description": "",
            "instantMessaging": "",
            "emailPOD": False,
        }
        contact_id += 1
    return accounts

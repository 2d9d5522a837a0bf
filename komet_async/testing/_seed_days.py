"""Per-day seeded data (AWBs, invoices, prebooks, purchase orders) built on the base data.

Each factory is called once per (kind, day) by ``DailyCache`` with that day's own random
generator, and draws only from ``state.reference`` (the base data as seeded), so a day is a
pure function of (seed, date). Ids are derived from the day's ordinal, so they are unique
and identical whichever day is generated first. Field names follow the docs where they show
them and the third-party code quoted in the research notes elsewhere; they are the fake's
internal records, which handlers shape into answers.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from ._seed_data import ORIGINS, Record, box_record

if TYPE_CHECKING:
    from ._state import FakeState

AIRLINE_PREFIXES = ("045", "145", "369", "729", "985")


def make_awbs(state: FakeState, rng: random.Random, day: dt.date) -> list[Record]:
    """AWBs shipped on ``day``; their boxes are added to ``state.boxes``."""
    awbs: list[Record] = []
    for index in range(rng.randint(1, 3)):
        awb_id = day.toordinal() * 10 + index
        codes: list[str] = []
        for box_index in range(rng.randint(1, 5)):
            code = f"KS{day.toordinal() % 100000:05d}{index}{box_index}"
            codes.append(code)
            state.boxes[code] = box_record(
                code,
                product_id=rng.choice(list(state.reference.products)),
                box_type_id=rng.choice(list(state.reference.box_types)),
                vendor_id=rng.choice(list(state.reference.vendors)),
                unit_cost=round(rng.uniform(0.18, 0.9), 3),
                awb_id=awb_id,
            )
        prefix, middle = rng.choice(AIRLINE_PREFIXES), rng.randint(1000, 9999)
        tail = rng.randint(1000, 9999)
        awbs.append(
            {
                "awbId": awb_id,
                "awb": f"{prefix}-{middle}-{tail}",
                "origin": rng.choice(ORIGINS),
                "shipDate": day.isoformat(),
                "arrivalDate": (day + dt.timedelta(days=rng.randint(1, 3))).isoformat(),
                "boxCodes": codes,
                "piecesReceived": rng.randint(0, len(codes)),
                "locationCode": "MIA",
                "status": rng.choice((0, 1)),
                "carrierId": rng.choice(list(state.reference.carriers)),
            }
        )
    return awbs


def make_future_awbs(state: FakeState, rng: random.Random, day: dt.date) -> list[Record]:
    """Future AWBs (with houses) expected to ship on ``day``."""
    awbs: list[Record] = []
    vendors = [vendor["code"] for vendor in state.reference.vendors.values()]
    for index in range(rng.randint(0, 2)):
        awbs.append(
            {
                "awbId": day.toordinal() * 10 + 5 + index,
                "awb": f"{rng.choice(AIRLINE_PREFIXES)}-{rng.randint(1000, 9999)}-"
                f"{rng.randint(1000, 9999)}",
                "originCode": rng.choice(ORIGINS),
                "shipDate": day.isoformat(),
                "instructions": "",
                "houses": [
                    {
                        "house": f"CM-{rng.randint(1000000, 99999999)}",
                        "vendorCode": rng.choice(vendors),
                        "locationCode": "MIA",
                        "instructions": "",
                    }
                    for _ in range(rng.randint(1, 3))
                ],
            }
        )
    return awbs


def _line(state: FakeState, rng: random.Random) -> Record:
    product = state.reference.products[rng.choice(list(state.reference.products))]
    box_type = state.reference.box_types[rng.choice(list(state.reference.box_types))]
    return {
        "productId": product["id"],
        "productDescription": product["description"],
        "boxTypeId": box_type["id"],
        "boxTypeCode": box_type["code"],
        "boxes": rng.randint(1, 10),
        "unitType": rng.choice(("Stem", "Bunch")),
        "stemsBunch": rng.choice((10, 12, 25)),
        "bunches": rng.choice((8, 10, 12)),
        "price": round(rng.uniform(0.25, 1.5), 2),
        "unitCost": round(rng.uniform(0.15, 0.9), 3),
    }


def make_invoices(state: FakeState, rng: random.Random, day: dt.date) -> list[Record]:
    """Invoices (sales orders) shipping on ``day``, with their lines."""
    invoices: list[Record] = []
    customers = list(state.reference.customers.values())
    carriers = list(state.reference.carriers.values())
    for index in range(rng.randint(0, 4)):
        customer, carrier = rng.choice(customers), rng.choice(carriers)
        invoice_id = day.toordinal() * 100 + index
        lines = [
            {"detailId": invoice_id * 100 + n, **_line(state, rng)}
            for n in range(rng.randint(1, 4))
        ]
        invoices.append(
            {
                "id": invoice_id,
                "number": (day.toordinal() % 100000) * 100 + index,
                "shipDate": day.isoformat(),
                "customerId": customer["id"],
                "customerName": customer["name"],
                "carrierId": carrier["id"],
                "carrierName": carrier["name"],
                "salesPersonName": customer["salesPerson"],
                "status": rng.choice((0, 1)),
                "invoiceNotes": "",
                "details": lines,
            }
        )
    return invoices


PREBOOK_STATUSES = ("Approved", "Approved", "Pending Approval")
"""Seeded prebook statuses: ``Approved`` (the one a real integration filters by) and a
status seen on purchase orders (third-party.md); Komet's statuses are user-defined."""


def make_prebooks(state: FakeState, rng: random.Random, day: dt.date) -> list[Record]:
    """Prebooks with truck date ``day``."""
    prebooks: list[Record] = []
    customers = list(state.reference.customers.values())
    carriers = list(state.reference.carriers.values())
    for index in range(rng.randint(0, 3)):
        customer, carrier = rng.choice(customers), rng.choice(carriers)
        prebook_id = day.toordinal() * 100 + 50 + index
        prebooks.append(
            {
                "id": prebook_id,
                "number": (day.toordinal() % 100000) * 100 + 50 + index,
                "shipDate": day.isoformat(),
                "customerId": customer["id"],
                "customerName": customer["name"],
                "carrierId": carrier["id"],
                "carrierName": carrier["name"],
                # The status prebook.details.list filters by (third-party.md: the main
                # import asks for status=Approved); from the id, not rng, so the seeded
                # data after it stays what it was.
                "status": PREBOOK_STATUSES[prebook_id % len(PREBOOK_STATUSES)],
                "items": [
                    {
                        "prebookItemId": prebook_id * 100 + n,
                        "vendorId": rng.choice(list(state.reference.vendors)),
                        **_line(state, rng),
                    }
                    for n in range(rng.randint(1, 3))
                ],
            }
        )
    return prebooks


def make_purchase_orders(state: FakeState, rng: random.Random, day: dt.date) -> list[Record]:
    """Purchase orders with vendor ship date ``day``."""
    orders: list[Record] = []
    vendors = list(state.reference.vendors.values())
    for index in range(rng.randint(0, 3)):
        vendor = rng.choice(vendors)
        order_id = day.toordinal() * 100 + 80 + index
        orders.append(
            {
                "id": order_id,
                "number": f"{(day.toordinal() % 100000) * 100 + 80 + index}",
                "origin": vendor["portOrigin"],
                "vendorId": vendor["id"],
                "vendorName": vendor["name"],
                "shipDate": day.isoformat(),
                "status": rng.choice(("Approved", "Confirmed by Farm", "Pending Approval")),
                "details": [
                    {"poItemId": order_id * 100 + n, **_line(state, rng)}
                    for n in range(rng.randint(1, 3))
                ],
            }
        )
    return orders

"""The fake company's invoices, as the invoice handlers see them.

The seeded invoices are ``state.invoices`` (``_seed_days.make_invoices``, generated per day
from (seed, date)). The first time an invoice handler touches a day, that day's records are
completed *in place* with what the invoice methods need — customer code, timestamps, flags
(``externalSystemSynced``, e-commerce, transfer, K2K), boxes and breakdowns per line,
additional charges — and their money becomes exact :class:`~decimal.Decimal`. So every
handler shares one set of invoices, and a day still costs nothing until asked for.

It hangs off a :class:`FakeState` without changing it: ``invoices_of(state)`` builds the
book on first use, so ``FakeKomet.reset()`` (a new ``FakeState``) starts it over.

Seeded ids encode their day: invoice ``id = ordinal * 100 + i`` and ``number =
(ordinal % 100000) * 100 + i`` (``_seed_days``), line ``detailId = id * 100 + n``; a lookup
by id or number generates just that day. Invoices created by ``invoice.create`` get fresh
ids from ``state.next_id()`` and numbers from 8,000,001 on, and are indexed here.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import weakref
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from ._seed_data import Record

if TYPE_CHECKING:
    from ._state import FakeState

PENDING, CONFIRMED, DRAFT, VOIDED = 0, 1, 2, 4
CENT = Decimal("0.01")
HUNDRED = Decimal(100)
LOCATION_ID = 1  # the fake company is single-location (_seed_data.make_locations)
LOCATION_NAME = "Miami Warehouse"  # its name there
FIRST_CREATED_NUMBER = 8_000_001
_ENRICHED = "_invoiceBook"  # marks a record completed by this module

_CHARGES = (
    ("Freight", "35.00", "180.00"),
    ("Handling", "5.00", "25.00"),
    ("Fuel", "2.50", "12.00"),
)
_MARKS = ("", "", "", "VDAY", "MD-24", "XMAS")
_FIRST_ORDINAL = dt.date(1990, 1, 1).toordinal()
_LAST_ORDINAL = dt.date(2100, 1, 1).toordinal()


def money(value: Any) -> Decimal:
    """Exact Decimal of a seeded or received amount (a float's shortest repr is its text)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(str(value))


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def line_total(line: Record) -> Decimal:
    """boxes x units per box x unit price, less the discount percentage, to the cent."""
    gross = line["boxes"] * line["unitsPerBox"] * line["price"]
    return cents(gross * (HUNDRED - line["discount"]) / HUNDRED)


def subtotal(invoice: Record) -> Decimal:
    return sum((line_total(line) for line in invoice["details"]), Decimal("0.00"))


def charges_total(invoice: Record) -> Decimal:
    return sum((charge["amount"] for charge in invoice["charges"]), Decimal("0.00"))


def gmt_text(moment: dt.datetime) -> str:
    """``moment`` (aware) as the GMT ``YYYY-MM-DD HH:MM:SS`` text the invoice records carry."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _day_of(ordinal: int) -> dt.date | None:
    if _FIRST_ORDINAL <= ordinal <= _LAST_ORDINAL:
        return dt.date.fromordinal(ordinal)
    return None


class InvoiceBook:
    """Every invoice of one :class:`FakeState`: seeded per day, plus created ones."""

    def __init__(self, state: FakeState) -> None:
        self.state = state
        self._customers = {str(c["id"]): c for c in state.reference.customers.values()}
        self._created: dict[int, Record] = {}
        self._created_numbers: dict[int, Record] = {}
        self._numbers = itertools.count(FIRST_CREATED_NUMBER)

    # --- days ------------------------------------------------------------------------

    def day(self, day: dt.date) -> list[Record]:
        """The invoices shipping on ``day`` (generated and completed on first use)."""
        invoices: list[Record] = self.state.invoices.get(day)
        for invoice in invoices:
            if _ENRICHED not in invoice:
                self._complete(invoice)
        return invoices

    def days(self, first: dt.date, last: dt.date) -> Iterator[Record]:
        day = first
        while day <= last:
            yield from self.day(day)
            day += dt.timedelta(days=1)

    def generated(self) -> Iterator[Record]:
        """Invoices of every day generated so far (created ones included)."""
        for day in list(self.state.invoices.materialized()):
            yield from self.day(day)

    # --- lookups ---------------------------------------------------------------------

    def by_id(self, invoice_id: int) -> Record | None:
        if invoice_id in self._created:
            return self._created[invoice_id]
        day = _day_of(invoice_id // 100)
        if day is None:
            return None
        return next((inv for inv in self.day(day) if inv["id"] == invoice_id), None)

    def by_number(self, number: int) -> Record | None:
        if number in self._created_numbers:
            return self._created_numbers[number]
        day = _day_of(700_000 + number // 100)
        if day is None:
            return None
        return next((inv for inv in self.day(day) if inv["number"] == number), None)

    # --- writes ----------------------------------------------------------------------

    def create(self, header: Record) -> Record:
        """A new invoice from ``header`` (customer, carrier, shipDate, status, ...)."""
        ship_date = dt.date.fromisoformat(header["shipDate"])
        now = gmt_text(self.state.clock.now())
        invoice: Record = {
            "id": self.state.next_id(),
            "number": next(self._numbers),
            "salesPersonName": "",
            "invoiceNotes": "",
            "poNumber": "",
            "reference": "",
            "warehouseInstructions": "",
            "locationId": LOCATION_ID,
            "createdOn": now,
            "updatedOn": now,
            "externalSystemSynced": False,
            "isEcommerce": False,
            "isTransfer": False,
            "k2k": False,
            "previousStatus": None,
            "printed": {"boxLabel": False, "bol": False},
            "voidReason": None,
            "proofOfDelivery": None,
            "charges": [],
            "details": [],
            _ENRICHED: True,
            **header,
        }
        self.day(ship_date).append(invoice)
        self._created[invoice["id"]] = invoice
        self._created_numbers[invoice["number"]] = invoice
        return invoice

    def move(self, invoice: Record, ship_date: dt.date) -> None:
        """Change an invoice's ship date (it moves to that day's list)."""
        old = dt.date.fromisoformat(invoice["shipDate"])
        if old == ship_date:
            return
        self.day(old).remove(invoice)
        invoice["shipDate"] = ship_date.isoformat()
        self.day(ship_date).append(invoice)
        if invoice["id"] not in self._created:
            # A seeded id no longer names its day: index it like a created one.
            self._created[invoice["id"]] = invoice
            self._created_numbers[invoice["number"]] = invoice

    # --- completing a seeded record ------------------------------------------------------

    def _complete(self, invoice: Record) -> None:
        # Each record gets its own generator, so a day's records never depend on each other.
        rng = random.Random(f"{self.state.seed}:invoice:{invoice['id']}")
        customer = self._customers.get(str(invoice["customerId"]), {})
        ship_date = dt.date.fromisoformat(invoice["shipDate"])
        created = dt.datetime.combine(ship_date, dt.time(12)) - dt.timedelta(
            days=rng.randint(1, 6), minutes=rng.randint(0, 600)
        )
        updated = created + dt.timedelta(minutes=rng.randint(5, 3000))
        status = invoice["status"]
        k2k = rng.random() < 0.15
        invoice.update(
            {
                "customerCode": customer.get("code", ""),
                "locationId": LOCATION_ID,
                "poNumber": f"PO{rng.randint(10000, 99999)}" if rng.random() < 0.6 else "",
                "reference": "",
                "warehouseInstructions": "",
                "createdOn": created.strftime("%Y-%m-%d %H:%M:%S"),
                "updatedOn": updated.strftime("%Y-%m-%d %H:%M:%S"),
                "externalSystemSynced": status == CONFIRMED and rng.random() < 0.3,
                "isEcommerce": rng.random() < 0.2,
                "isTransfer": rng.random() < 0.1,
                "k2k": k2k,
                "buyerCompanyId": 7000 + rng.randint(1, 40) if k2k else None,
                "previousStatus": PENDING if status == CONFIRMED else None,
                "printed": {"boxLabel": False, "bol": False},
                "voidReason": None,
                "proofOfDelivery": None,
                "charges": [
                    {
                        "chargeId": invoice["id"] * 10 + n,
                        "description": name,
                        "amount": cents(
                            Decimal(rng.randint(int(Decimal(low) * 100), int(Decimal(high) * 100)))
                            / HUNDRED
                        ),
                    }
                    for n, (name, low, high) in enumerate(
                        rng.sample(_CHARGES, k=rng.choice((0, 0, 1, 2)))
                    )
                ],
                _ENRICHED: True,
            }
        )
        for line in invoice["details"]:
            self._complete_line(invoice, line, rng)

    def _complete_line(self, invoice: Record, line: Record, rng: random.Random) -> None:
        stems, bunches = line.get("stemsBunch", 10), line.get("bunches", 10)
        units = stems * bunches if line.get("unitType") == "Stem" else bunches
        line.update(
            {
                "price": cents(money(line["price"])),
                "unitCost": money(line.get("unitCost", "0")),
                "unitsPerBox": units,
                "discount": Decimal(rng.choice((0, 0, 0, 5, 10))),
                "markCode": rng.choice(_MARKS),
                "productAlias": "",
                "notes": "",
                "boxCodes": [f"IV{line['detailId']}{n:02d}" for n in range(line["boxes"])],
                "poItemId": line["detailId"] + 5_000_000_000 if invoice["k2k"] else None,
            }
        )


_BOOKS: weakref.WeakKeyDictionary[FakeState, InvoiceBook] = weakref.WeakKeyDictionary()


def invoices_of(state: FakeState) -> InvoiceBook:
    """The invoice book of ``state`` (built on first use)."""
    book = _BOOKS.get(state)
    if book is None:
        book = _BOOKS[state] = InvoiceBook(state)
    return book

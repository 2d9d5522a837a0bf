"""The fake company's customer credits and payments (A/R), as their handlers see them.

Both are seeded per day (``state.daily("credits", make_credits)``, ``"payments"``): each
day's records are a pure function of (seed, date), drawn from ``state.reference`` (and, for
payments, from the invoices seeded on earlier days, themselves pure), so neither writes nor
reading order change them. The external-sync flag is kept on the records (``credit.mark.sync``
and ``payment.mark.sync`` set it); ``payment.receive`` adds a payment to its day.

Seeded ids encode their day: credit ``creditId = ordinal * 100 + 20 + i``, payment ``id =
ordinal * 100 + 30 + i`` and ``controlNumber = (ordinal % 100000) * 100 + 30 + i``; a lookup
by id generates just that day. Received payments get ids from ``state.next_id()`` and control
numbers from 9,000,001 on, and are indexed here.

The answers' shapes past what the pages document (the whole credit record; a payment past
``method``) are the fake's choice: GAPs in the docs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import weakref
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from ._daily import DailyCache, day_rng
from ._seed_data import Record
from ._seed_days import make_invoices
from ._state_invoices import CENT, LOCATION_ID

if TYPE_CHECKING:
    from ._state import FakeState

CREDIT_OFFSET, PAYMENT_OFFSET = 20, 30  # per-day id slots (invoices 0-4, prebooks 50-, POs 80-)
FIRST_CONTROL_NUMBER = 9_000_001
ITEM_TYPES = ("box", "UN")
CREDIT_STATUSES = (1, 2, 3, 4, 5)  # New, Pending Review, Approved, Rejected, Resubmitted
PAYMENT_METHODS: tuple[Record, ...] = (
    # The fake's master list (payment.method.list is a GAP: names from customer.add's notes
    # "Cash", "Credit Card"; the rest the fake's choice).
    {"id": 1, "name": "Cash"},
    {"id": 2, "name": "Check"},
    {"id": 3, "name": "Credit Card"},
    {"id": 4, "name": "Wire Transfer"},
)
_REASONS = ("Damaged", "Short shipped", "Quality", "Late delivery", "Wrong product")
_FIRST_ORDINAL = dt.date(1990, 1, 1).toordinal()
_LAST_ORDINAL = dt.date(2100, 1, 1).toordinal()


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rng.randint(low * 100, high * 100)) * CENT).quantize(CENT)


def make_credits(state: FakeState, rng: random.Random, day: dt.date) -> list[Record]:
    """Credits (credit memos) dated ``day``."""
    customers = list(state.reference.customers.values())
    carriers = list(state.reference.carriers.values())
    products = list(state.reference.products.values())
    credits: list[Record] = []
    for index in range(rng.randint(0, 3)):
        customer, carrier = rng.choice(customers), rng.choice(carriers)
        product = rng.choice(products)
        status = rng.choice(CREDIT_STATUSES)
        credits.append(
            {
                "creditId": day.toordinal() * 100 + CREDIT_OFFSET + index,
                "creditDate": day.isoformat(),
                "number": (day.toordinal() % 100000) * 100 + rng.randint(0, 4),
                "customerId": customer["id"],
                "customerName": customer["name"],
                "customerCode": customer.get("code", ""),
                "carrierId": carrier["id"],
                "carrierName": carrier["name"],
                "product": product["description"],
                "itemType": rng.choice(ITEM_TYPES),
                "status": status,
                "reason": rng.choice(_REASONS),
                "amount": _amount(rng, 5, 400),
                "locationId": LOCATION_ID,
                "externalSystemSynced": status == 3 and rng.random() < 0.3,
            }
        )
    return credits


def make_payments(state: FakeState, rng: random.Random, day: dt.date) -> list[Record]:
    """Payments posted on ``day``, each applied to one or two invoices seeded 5-30 days
    earlier (the invoices' own seeded records, so this stays pure)."""
    payments: list[Record] = []
    for index in range(rng.randint(0, 3)):
        earlier = day - dt.timedelta(days=rng.randint(5, 30))
        # A fresh copy of that day's seeded invoices (never the live list, which writes
        # change: an invoice created or moved there must not change this day).
        invoices = make_invoices(state, day_rng(state.seed, "invoices", earlier), earlier)
        if not invoices:
            continue
        chosen = rng.sample(invoices, k=min(len(invoices), rng.choice((1, 1, 2))))
        applied = [
            {
                "invoiceNumber": invoice["number"],
                "amount": _amount(rng, 20, 2000),
                "discount": rng.choice((Decimal("0.00"), Decimal("0.00"), Decimal("5.00"))),
            }
            for invoice in chosen
        ]
        method = rng.choice(PAYMENT_METHODS)
        total = sum((line["amount"] for line in applied), Decimal("0.00"))
        if rng.random() < 0.2:
            total += _amount(rng, 1, 50)  # an overpayment
        customer = next(
            (c for c in state.reference.customers.values() if c["id"] == chosen[0]["customerId"]),
            {},
        )
        payments.append(
            {
                "id": day.toordinal() * 100 + PAYMENT_OFFSET + index,
                "controlNumber": (day.toordinal() % 100000) * 100 + PAYMENT_OFFSET + index,
                "date": day.isoformat(),
                "customer": chosen[0]["customerName"],
                "customerId": chosen[0]["customerId"],
                "customerCode": customer.get("code", ""),
                "method": method["name"],
                "methodId": method["id"],
                "totalPayment": total,
                "referenceNumber": f"Check {rng.randint(1000, 9999)}"
                if method["name"] == "Check"
                else "",
                "notes": "",
                "invoices": applied,
                "locationId": LOCATION_ID,
                "updatedOn": f"{day.isoformat()} {rng.randint(8, 18):02d}:{rng.randint(10, 59)}:00",
                "externalSystemSynced": rng.random() < 0.25,
            }
        )
    return payments


def _day_of(ordinal: int) -> dt.date | None:
    if _FIRST_ORDINAL <= ordinal <= _LAST_ORDINAL:
        return dt.date.fromordinal(ordinal)
    return None


class AccountingBook:
    """The credits and payments of one :class:`FakeState`: seeded per day, plus received
    payments."""

    def __init__(self, state: FakeState) -> None:
        self.state = state
        self.credits: DailyCache[list[Record]] = state.daily("credits", make_credits)
        self.payments: DailyCache[list[Record]] = state.daily("payments", make_payments)
        self._received: dict[int, Record] = {}
        self._received_controls: dict[int, Record] = {}
        self._controls = itertools.count(FIRST_CONTROL_NUMBER)
        # open.credit.balance.create: saved adjustments by customer id (nothing lists them).
        self.open_balances: dict[str, list[Record]] = {}

    # --- days ------------------------------------------------------------------------

    def credit_days(self, first: dt.date, last: dt.date) -> Iterator[Record]:
        yield from self._days(self.credits, first, last)

    def payment_days(self, first: dt.date, last: dt.date) -> Iterator[Record]:
        yield from self._days(self.payments, first, last)

    def generated_payments(self) -> Iterator[Record]:
        """Payments of every day generated so far (received ones included)."""
        for day in sorted(self.payments.materialized()):
            yield from self.payments.get(day)

    @staticmethod
    def _days(cache: DailyCache[list[Record]], first: dt.date, last: dt.date) -> Iterator[Record]:
        for _, records in cache.get_range(first, last):
            yield from records

    # --- lookups ---------------------------------------------------------------------

    def credit(self, credit_id: int) -> Record | None:
        day = _day_of(credit_id // 100)
        if day is None or not CREDIT_OFFSET <= credit_id % 100 < PAYMENT_OFFSET:
            return None
        return next((c for c in self.credits.get(day) if c["creditId"] == credit_id), None)

    def payment(self, payment_id: int) -> Record | None:
        if payment_id in self._received:
            return self._received[payment_id]
        day = _day_of(payment_id // 100)
        if day is None or not PAYMENT_OFFSET <= payment_id % 100 < PAYMENT_OFFSET + 10:
            return None
        return next((p for p in self.payments.get(day) if p["id"] == payment_id), None)

    def payment_by_control(self, control_number: int) -> Record | None:
        if control_number in self._received_controls:
            return self._received_controls[control_number]
        day = _day_of(700_000 + control_number // 100)
        if day is None:
            return None
        found = (p for p in self.payments.get(day) if p["controlNumber"] == control_number)
        return next(found, None)

    # --- writes ----------------------------------------------------------------------

    def receive(self, fields: Record) -> Record:
        """A new payment (customer, method, date, amounts, invoices applied)."""
        day = dt.date.fromisoformat(fields["date"])
        payment: Record = {
            "id": self.state.next_id(),
            "controlNumber": next(self._controls),
            "locationId": LOCATION_ID,
            "externalSystemSynced": False,
            "updatedOn": self.state.clock.now().strftime("%Y-%m-%d %H:%M:%S"),
            **fields,
        }
        self.payments.get(day).append(payment)
        self._received[payment["id"]] = payment
        self._received_controls[payment["controlNumber"]] = payment
        return payment


_BOOKS: weakref.WeakKeyDictionary[FakeState, AccountingBook] = weakref.WeakKeyDictionary()


def accounting_of(state: FakeState) -> AccountingBook:
    """The credits-and-payments book of ``state`` (built on first use)."""
    book = _BOOKS.get(state)
    if book is None:
        book = _BOOKS[state] = AccountingBook(state)
    return book

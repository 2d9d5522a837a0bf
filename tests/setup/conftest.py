"""Fixtures of the setup and vendor tests (carriers, categories, additional charges,
vendors): the customer suite's FakeKomet and Company session, the order suite's helpers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from komet_async.testing import FakeKomet
from tests.customers.conftest import documented_methods, fake, k, sent
from tests.orders.conftest import assert_lossless, find_day

__all__ = ["assert_lossless", "documented_methods", "fake", "k", "po_number", "sent"]


def po_number(fake: FakeKomet) -> str:
    """The number of a purchase order the fake seeded (a vendor invoice is attached to one)."""

    def orders(day: dt.date) -> list[Any]:
        return list(fake.state.purchase_orders.get(day))

    day = find_day(lambda d: bool(orders(d)))
    return str(orders(day)[0]["number"])

"""A day's seeded credits and payments are a pure function of (seed, date): neither writes
through the API (an invoice created on a day payments draw from, a payment received, a
customer added) nor the order days are first read changes them."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import komet_async as komet
from komet_async.testing import FakeKomet
from tests._today import TODAY

from .conftest import book

DAYS = [TODAY - dt.timedelta(days=offset) for offset in range(1, 41)]


def seeded(fake: FakeKomet, order: list[dt.date]) -> dict[str, str]:
    accounting = book(fake)
    return {
        f"{kind}:{day}": json.dumps(cache.get(day), sort_keys=True, default=str)
        for day in order
        for kind, cache in (("credits", accounting.credits), ("payments", accounting.payments))
    }


async def test_seeded_credits_and_payments_ignore_writes_and_reading_order() -> None:
    async with FakeKomet(seed=5, today=TODAY) as untouched:
        expected = seeded(untouched, DAYS)
    async with FakeKomet(seed=5, today=TODAY) as used:
        async with komet.KometSession(used.token, base_url=used.url, daily_quota=None) as k:
            for day in DAYS[::5]:  # days the payments of later days apply to
                await k.invoices.create(ship_date=day, customer_id=23401, carrier_id=1360)
            await k.payments.receive(
                customer_id=23401,
                method_id=1,
                date=TODAY + dt.timedelta(days=30),  # outside DAYS: received ones land there
                total_payment=Decimal("12.00"),
            )
        assert len(book(used).payments.get(TODAY + dt.timedelta(days=30))) >= 1
        shuffled = DAYS[1::2] + DAYS[::2][::-1]
        assert sorted(shuffled) == sorted(DAYS)
        assert seeded(used, shuffled) == expected


async def test_reset_seeds_the_same_days_again() -> None:
    async with FakeKomet(seed=5, today=TODAY) as fake:
        before = seeded(fake, DAYS[:5])
        async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
            credits = await k.credits.list_details(DAYS[4], DAYS[0], item_type="all")
            await k.credits.mark_synced([c.credit_id for c in credits])
        assert seeded(fake, DAYS[:5]) != before  # the marks changed the flags...
        fake.reset()
        assert seeded(fake, DAYS[4::-1]) == before  # ...and a reset seeds them again

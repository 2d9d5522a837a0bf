"""Seeded pick tickets are a pure function of (seed, date): web orders written through the
API, other writes and the order days are read in change nothing."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import traceback
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet
from komet_async.testing.handlers.pick_tickets import pick_tickets_of
from tests._today import TODAY

from .conftest import ACCOUNT_ID, CARRIER_ID, CUSTOMER_ID

DAYS = [TODAY + dt.timedelta(days=offset) for offset in range(-10, 11)]


def seeded(fake: FakeKomet, order: list[dt.date]) -> dict[str, str]:
    return {str(day): json.dumps(pick_tickets_of(fake.state, day), sort_keys=True) for day in order}


async def write(fake: FakeKomet) -> None:
    token = fake.add_token("user")
    async with komet.KometSession(
        token, base_url=fake.url, daily_quota=None, account_id=ACCOUNT_ID
    ) as k:
        created = await k.web_orders.create(CUSTOMER_ID, company_id=1)
        await k.web_orders.add_item(
            CUSTOMER_ID,
            web_order_id=created.web_order_id,
            inventory_ids=500001,
            inventory_origin=komet.InventoryOrigin.OPEN_MARKET,
            price=Decimal("1.00"),
            quantity=1,
            carrier_id=CARRIER_ID,
            date=TODAY,
        )
        await k.web_orders.checkout(CUSTOMER_ID, created.web_order_id or 0)
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
        await k.products.add(category="Roses", color="Teal", code="TEAL1", description="Teal")
    # The write really changed the live data the seed must not draw from.
    first = next(iter(fake.state.customers.values()))
    first["name"] = "Renamed Blooms"


async def test_pick_ticket_days_ignore_writes_and_reading_order() -> None:
    async with FakeKomet(seed=9, today=TODAY) as untouched:
        expected = seeded(untouched, DAYS)
    async with FakeKomet(seed=9, today=TODAY) as used:
        await write(used)
        shuffled = DAYS[1::2][::-1] + DAYS[::2]
        assert sorted(shuffled) == DAYS
        assert seeded(used, shuffled) == expected
    assert any(json.loads(tickets) for tickets in expected.values())


async def test_another_seed_seeds_other_tickets() -> None:
    async with FakeKomet(seed=9, today=TODAY) as one, FakeKomet(seed=10, today=TODAY) as other:
        assert seeded(one, DAYS) != seeded(other, DAYS)


async def test_the_token_stays_out_of_web_order_errors(fake: FakeKomet) -> None:
    token = fake.add_token("customer", customer_id=str(CUSTOMER_ID))
    async with komet.KometSession(
        token, base_url=fake.url, daily_quota=None, account_id=ACCOUNT_ID
    ) as k:
        failures: list[BaseException] = []
        for call in (
            k.web_orders.checkout(CUSTOMER_ID, 1),  # a User-only method: refused
            k.web_orders.delete(CUSTOMER_ID, 424242),  # no such order
            k.web_orders.checkout(CUSTOMER_ID, 1, customer_po="x" * 51),  # invalid
        ):
            with pytest.raises(komet.KometError) as caught:
                await call
            failures.append(caught.value)
        assert isinstance(failures[2], komet.RequestValidationError)
        for error in failures:
            shown = "".join(traceback.format_exception(error)) + repr(error) + str(error.args)
            assert token not in shown
            assert token.encode() not in pickle.dumps(error)
        assert token not in repr(k)

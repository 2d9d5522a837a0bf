"""A day's seeded data is a pure function of (seed, date): neither what a test created
through the API nor the order in which days are first read changes it; and the fake's day
is the one it is given."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async.models.prebooks import MultiplePrebookItem, MultiplePrebooksCreateRequest
from komet_async.testing import TODAY_ENV, FakeClock, FakeKomet
from komet_async.testing._state_inventory import inventory_of
from tests._today import TODAY

KINDS = ("awbs", "future_awbs", "invoices", "prebooks", "purchase_orders")
DAYS = [TODAY + dt.timedelta(days=offset) for offset in range(-15, 16)]
SEEDED_LINE_IDS = range(500001, 500025)


def seeded_days(fake: FakeKomet, order: list[dt.date]) -> dict[str, str]:
    """Each (kind, day) in ``order`` as canonical JSON text, read straight off the state."""
    return {
        f"{kind}:{day}": json.dumps(getattr(fake.state, kind).get(day), sort_keys=True, default=str)
        for day in order
        for kind in KINDS
    }


def seeded_inventory(fake: FakeKomet) -> str:
    inventory = inventory_of(fake.state)
    seeded = {
        "lines": [inventory.lines[i] for i in SEEDED_LINE_IDS],
        "units": sorted(inventory.units.values(), key=lambda unit: unit["id"]),
        "hardgoods": inventory.hardgood_products,
    }
    return json.dumps(seeded, sort_keys=True, default=str)


async def write_through_the_api(fake: FakeKomet) -> None:
    """What a test does before it reads: new customer, product, vendor, prebooks, inventory."""
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
        await k.products.add(category="Roses", color="Teal", code="TEAL1", description="Teal")
        await k.vendors.add("Fresh Farm", port_origin="BOG", vendor_type=1, code="FRESH")
        aside = TODAY + dt.timedelta(days=40)  # outside DAYS: created records land there
        await k.prebooks.create_many(
            MultiplePrebooksCreateRequest(
                customer_code="NEW01",
                customer_name="New Blooms",
                customer_phone="305 555 0100",
                **{
                    f"customer_{kind}_{part}": f"{kind} {part}"
                    for kind in ("billing", "shipping")
                    for part in ("street", "city", "state", "zipcode", "country")
                },
                prebook_items=[
                    MultiplePrebookItem(carrier_code="AA", carrier_name="AA", ship_date=aside)
                ],
            )
        )
        product = next(iter(fake.state.products.values()))
        vendor = next(v for v in fake.state.vendors.values() if v["active"] == 1)
        await k.inventory.add(
            komet.InventoryLine(
                vendor_code=vendor["code"],
                awb="145-1234-5678",
                ship_date=aside,
                product_code=product["legacyCode"],
                quantity=3,
                box_type_code="HB",
                unit_type="bunch",
                stems_bunch=25,
                bunches=10,
                unit_cost=Decimal("0.315"),
            )
        )
    # The writes really changed the live data the seed must not draw from.
    assert any(c["name"] == "New Blooms" for c in fake.state.customers.values())
    assert any(p.get("legacyCode") == "TEAL1" for p in fake.state.products.values())


async def test_seeded_days_ignore_writes_and_reading_order() -> None:
    async with FakeKomet(seed=5, today=TODAY) as untouched:
        expected_days = seeded_days(untouched, DAYS)
        expected_inventory = seeded_inventory(untouched)
    async with FakeKomet(seed=5, today=TODAY) as used:
        await write_through_the_api(used)
        shuffled = DAYS[1::2][::-1] + DAYS[::2][::-1]  # backwards, odd ones first
        assert sorted(shuffled) == DAYS
        assert seeded_days(used, shuffled) == expected_days
        assert seeded_inventory(used) == expected_inventory


async def test_reset_seeds_the_same_days_again() -> None:
    async with FakeKomet(seed=5, today=TODAY) as fake:
        before = seeded_days(fake, DAYS[:5])
        await write_through_the_api(fake)
        fake.reset()
        assert seeded_days(fake, DAYS[4::-1]) == before


@pytest.mark.parametrize(
    "day", [dt.date(2028, 2, 29), dt.date(2026, 12, 31), dt.date(2027, 3, 14), TODAY]
)
async def test_the_fake_dates_what_it_writes_with_its_own_day(day: dt.date) -> None:
    async with FakeKomet(seed=5, today=day, daily_quota=10) as fake:
        assert fake.today == day
        assert fake.clock.now().date() == day
        async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
            product = next(iter(fake.state.products.values()))
            vendor = next(v for v in fake.state.vendors.values() if v["active"] == 1)
            await k.inventory.add(
                komet.InventoryLine(
                    vendor_code=vendor["code"], awb="145-1234-5678", ship_date=day,
                    product_code=product["legacyCode"], quantity=3, box_type_code="HB",
                    unit_type="bunch", stems_bunch=25, bunches=10, unit_cost=Decimal("0.3"),
                )
            )  # fmt: skip
        inventory = inventory_of(fake.state)
        (created,) = [line for i, line in inventory.lines.items() if i not in SEEDED_LINE_IDS]
        assert created["inventoryDate"] == day.isoformat()
        # Seeded inventory shipped in the ten days before the fake's day.
        ships = [dt.date.fromisoformat(inventory.lines[i]["shipDate"]) for i in SEEDED_LINE_IDS]
        assert all(day - dt.timedelta(days=10) <= ship < day for ship in ships)
        assert fake.quota_used == 1
        fake.set_today(day + dt.timedelta(days=1))  # a new day: a new quota
        assert fake.quota_used == 0


def test_the_environment_pins_the_day_of_a_fake_given_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(TODAY_ENV, "2028-02-29")
    assert FakeClock().today() == dt.date(2028, 2, 29)
    assert FakeClock(dt.date(2027, 1, 2)).today() == dt.date(2027, 1, 2)  # the argument wins
    monkeypatch.setenv(TODAY_ENV, "29/02/2028")
    with pytest.raises(ValueError, match=TODAY_ENV):
        FakeClock()
    monkeypatch.delenv(TODAY_ENV)
    assert not FakeClock().pinned


def test_a_pinned_clock_runs_from_noon() -> None:
    clock = FakeClock(dt.date(2026, 12, 31))
    first, second = clock.now(), clock.now()
    assert first.tzinfo is not None
    assert dt.datetime(2026, 12, 31, 12, tzinfo=dt.timezone.utc) <= first <= second
    assert clock.today() == dt.date(2026, 12, 31)

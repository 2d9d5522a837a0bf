"""inventory.push: every line in exactly one bucket, nothing duplicated, quota pre-flight."""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
from collections.abc import AsyncIterator
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async._bulk import BulkResult
from komet_async.models.inventory import InventoryLine
from komet_async.testing import FakeKomet, Faults, HandlerContext, Reply
from komet_async.testing._state_inventory import inventory_of


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=11) as fake:
        yield fake


def _lines(fake: FakeKomet, count: int, *, quantity: int = 5) -> list[InventoryLine]:
    product = next(iter(fake.state.products.values()))
    vendor = next(iter(fake.state.vendors.values()))
    return [
        InventoryLine(
            vendor_code=vendor["code"],
            awb="123-45678901",
            ship_date=dt.date(2026, 11, 20),
            product_code=product["legacyCode"],
            quantity=quantity,
            box_type_code="QB",
            unit_type="bunch",
            stems_bunch=25,
            bunches=10,
            unit_cost=Decimal("2.150"),
            reference=f"L{i}",
        )
        for i in range(count)
    ]


def _landed_references(fake: FakeKomet) -> collections.Counter[str]:
    return collections.Counter(
        line["reference"]
        for line in inventory_of(fake.state).lines.values()
        if str(line.get("reference", "")).startswith("L")
    )


async def test_push_with_faults_loses_and_duplicates_nothing(fake: FakeKomet) -> None:
    fake.set_faults(Faults(rate=0.2, max_consecutive=2, slow_seconds=1.5))
    lines = _lines(fake, 5_000)
    async with komet.KometSession(
        fake.token,
        base_url=fake.url,
        daily_quota=None,
        timeout=0.5,
        retry_policy=komet.RetryPolicy(wait=False),
    ) as k:
        result = await k.inventory.push(lines, concurrency=64)
    buckets = {
        "succeeded": {i.index for i in result.succeeded},
        "failed": {i.index for i in result.failed},
        "unknown": {i.index for i in result.unknown},
        "not_attempted": {i.index for i in result.not_attempted},
    }
    # The four buckets partition the input.
    assert sum(len(b) for b in buckets.values()) == len(lines)
    assert set().union(*buckets.values()) == set(range(len(lines)))
    assert buckets["failed"] and buckets["unknown"], "faults were injected: some must show"
    landed = _landed_references(fake)
    # No line duplicated server-side: writes are never replayed once possibly sent.
    assert all(count == 1 for count in landed.values())
    succeeded = {f"L{i}" for i in buckets["succeeded"]}
    unknown = {f"L{i}" for i in buckets["unknown"]}
    assert succeeded <= set(landed) <= succeeded | unknown
    # Every request the fake saw was counted (a dropped keep-alive connection can eat a
    # request the fake never sees: counted, and its line is in ``unknown``).
    assert len(fake.requests) <= result.requests_used <= len(lines)


async def test_big_lines_are_split_into_parts_of_100_boxes(fake: FakeKomet) -> None:
    lines = _lines(fake, 3, quantity=250)
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
        result = await k.inventory.push(lines)
    assert result.ok
    assert [[p.request.quantity for p in item.parts] for item in result.items] == [
        [100, 100, 50]
    ] * 3
    assert result.requests_used == 9
    quantities = sorted(
        line["quantity"]
        for line in inventory_of(fake.state).lines.values()
        if str(line.get("reference", "")).startswith("L")
    )
    assert quantities == [50] * 3 + [100] * 6


async def test_coalesce_merges_lines_identical_but_for_quantity(fake: FakeKomet) -> None:
    base = _lines(fake, 1, quantity=30)[0]
    import attrs

    lines = [base, attrs.evolve(base, quantity=50), attrs.evolve(base, quantity=40)]
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
        result = await k.inventory.push(lines, coalesce=True)
    assert result.ok
    assert result.requests_used == 2  # 120 boxes: one call of 100, one of 20
    assert len(result.items) == 3


async def test_quota_preflight_refuses_before_sending(fake: FakeKomet) -> None:
    lines = _lines(fake, 10)
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=8) as k:
        with pytest.raises(komet.QuotaExhaustedError):
            await k.inventory.push(lines)
        assert fake.requests == []
        assert k.quota.used == 0  # nothing kept reserved
        result = await k.inventory.push(lines, allow_partial=True)
    assert len(result.succeeded) == 8
    assert [i.index for i in result.not_attempted] == [8, 9]
    assert len(fake.requests) == 8


async def test_invalid_line_is_named_and_nothing_is_sent(fake: FakeKomet) -> None:
    import attrs

    lines = _lines(fake, 5)
    lines[3] = attrs.evolve(lines[3], unit_type="crate")
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
        with pytest.raises(komet.RequestValidationError) as info:
            await k.inventory.push(lines)
    assert info.value.field == "lines[3].unit_type"
    assert fake.requests == []


async def test_cancelled_push_leaves_a_record_and_no_reserved_slot(fake: FakeKomet) -> None:
    arrived = asyncio.Event()
    seen = 0

    async def hang(ctx: HandlerContext) -> Reply:
        nonlocal seen
        seen += 1
        if seen == 4:
            arrived.set()
        await asyncio.sleep(3600)  # the answer never comes: the push is cancelled meanwhile
        return ctx.ok()

    fake.set_handler("inventory.add", hang)
    lines = _lines(fake, 50)
    record: BulkResult[InventoryLine, InventoryLine] = BulkResult()
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=500, timeout=60) as k:
        task = asyncio.create_task(k.inventory.push(lines, concurrency=4, into=record))
        await arrived.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # Exactly what reached the wire counts; the reservation's unused slots came back.
        assert k.quota.used == 4
    assert len(record.items) == 50
    assert {i.index for i in record.unknown} >= set(range(4))
    assert len(record.unknown) + len(record.not_attempted) == 50
    # No task of ours is left (the fake server's own handlers may still be winding down).
    ours = [
        t
        for t in asyncio.all_tasks()
        if t is not asyncio.current_task()
        and t.get_coro().cr_code.co_filename.find("komet_async/testing") == -1  # type: ignore[union-attr]
        and "komet_async" in t.get_coro().cr_code.co_filename  # type: ignore[union-attr]
    ]
    assert ours == []

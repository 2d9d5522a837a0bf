"""Seeded faults survived: a 2,000-call read workload under 20% mixed faults returns exactly
the data a fault-free server returns, within the attempt budget, spending exactly one quota
slot per attempt the server received; a 2,000-line push under the same faults, through a
reservation, lands no line twice and accounts for every line and every slot.

(tests/bulk/test_push.py pushes 5,000 lines without a budget; tests/limits/test_retries.py
covers each fault kind alone.)"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

import komet_async as komet
from komet_async.testing import FakeKomet, FaultKind, Faults
from komet_async.testing._state_inventory import inventory_of

from .conftest import inventory_lines, session_on

SEED = 20260311
READ_FAULTS: tuple[FaultKind, ...] = (
    "500",
    "502",
    "503",
    "503-retry-after",
    "reset",
    "timeout",
    "html",
    "truncated",
)
# Generous next to a loopback answer (a busy 2-core CI box once took >0.25 s for a normal
# answer and the test counted 2 extra retries), short enough to keep the suite quick.
TIMEOUT = 1.0
# The timeout counts from the moment the request is written (a total timeout would also
# count the wait for a connection and the event loop's turns, which this box's two cores
# make uneven): every attempt the client counts then reaches the server.
CLIENT_TIMEOUT = aiohttp.ClientTimeout(total=10, sock_read=TIMEOUT)
FAULTS = Faults(
    rate=0.2,
    kinds=READ_FAULTS,
    max_consecutive=2,  # below max_retries: every read must get through
    slow_seconds=TIMEOUT + 0.5,  # a "timeout" fault is slower than the client waits
    retry_after_seconds=0,
)
MAX_RETRIES = 3
READS = 2_000
WORKERS = 32  # the default pool: more would queue for a connection inside the timeout

Read = Callable[[komet.KometSession], Awaitable[Any]]


def read_workload() -> list[Read]:
    """2,000 reads over six methods. The fake caps consecutive faults per distinct request
    (method and parameters); identical reads in flight together would share that count, so
    each call carries its own tag (``extra_params``, ignored by the server) and the cap
    holds per call."""
    first = dt.date(2026, 3, 2)
    reads: list[Read] = []
    for i in range(READS):
        tag = {"call": i}
        day = first + dt.timedelta(days=i % 120)
        match i % 8:
            case 0 | 1 | 2:
                reads.append(lambda k, d=day, t=tag: k.invoices.list_details(d, d, extra_params=t))
            case 3:
                reads.append(lambda k, d=day, t=tag: k.purchase_orders.list(date=d, extra_params=t))
            case 4:
                reads.append(lambda k, t=tag: k.products.list(extra_params=t))
            case 5:
                reads.append(lambda k, t=tag: k.boxes.list_types(extra_params=t))
            case 6:
                reads.append(lambda k, t=tag: k.customers.list(extra_params=t))
            case _:
                reads.append(lambda k, t=tag: k.carriers.list(extra_params=t))
    return reads


async def run_reads(k: komet.KometSession, reads: list[Read]) -> list[Any]:
    results: list[Any] = [None] * len(reads)
    queue = collections.deque(enumerate(reads))

    async def worker() -> None:
        while queue:
            index, read = queue.popleft()
            results[index] = [komet_plain(x) for x in await read(k)]

    await asyncio.gather(*(worker() for _ in range(WORKERS)))
    return results


def komet_plain(model: Any) -> Any:
    """A comparable form of a decoded model (``.response`` differs per call)."""
    import attrs

    return attrs.asdict(model, recurse=True) if attrs.has(type(model)) else model


async def test_reads_return_all_data_under_20_percent_faults() -> None:
    reads = read_workload()
    async with FakeKomet(seed=SEED) as clean, session_on(clean) as k:
        expected = await run_reads(k, reads)
    assert sum(len(r) for r in expected) > 1_000, "the workload must return real data"

    async with FakeKomet(seed=SEED, faults=FAULTS) as fake:
        async with session_on(
            fake, timeout=CLIENT_TIMEOUT, max_retries=MAX_RETRIES, daily_quota=100_000
        ) as k:
            got = await run_reads(k, reads)
            used = k.quota.used
        received = list(fake.requests)

    assert got == expected  # all data, exactly
    faults = collections.Counter(
        r.outcome.removeprefix("fault:") for r in received if r.outcome.startswith("fault:")
    )
    attempts = len(received)
    retries = attempts - READS
    print(
        f"\nreads: {READS} calls, {attempts} attempts, {sum(faults.values())} faults {dict(faults)}"
    )
    # Seeded: the plan injects about 20% faults of every kind, and each was retried.
    assert set(faults) == set(READ_FAULTS)
    assert 0.15 <= sum(faults.values()) / attempts <= 0.25
    assert retries == sum(faults.values())  # one retry per fault, no more
    # Within budget: every fault cost exactly one more attempt, none was retried past it.
    assert READS < attempts <= READS * (1 + FAULTS.max_consecutive)
    assert not any(r.outcome.startswith("error:") for r in received)
    # Every attempt spent one quota slot, and the server received every attempt.
    assert used == attempts


def landed(fake: FakeKomet) -> collections.Counter[str]:
    return collections.Counter(
        str(line["reference"])
        for line in inventory_of(fake.state).lines.values()
        if str(line.get("reference", "")).startswith("R")
    )


async def test_push_with_a_budget_under_faults_duplicates_nothing() -> None:
    async with FakeKomet(seed=SEED) as fake:
        lines = inventory_lines(fake, 2_000, prefix="R")
        fake.set_faults(Faults(rate=0.2, max_consecutive=2, slow_seconds=TIMEOUT + 0.15))
        async with session_on(fake, timeout=CLIENT_TIMEOUT, daily_quota=10_000) as k:
            result = await k.inventory.push(lines, concurrency=32)
            used = k.quota.used
            assert k.quota.remaining == 10_000 - used  # the reservation's rest came back
        received = list(fake.requests)

    buckets = {
        "succeeded": {i.index for i in result.succeeded},
        "failed": {i.index for i in result.failed},
        "unknown": {i.index for i in result.unknown},
        "not_attempted": {i.index for i in result.not_attempted},
    }
    # Every line in exactly one bucket.
    assert sum(len(b) for b in buckets.values()) == len(lines)
    assert set().union(*buckets.values()) == set(range(len(lines)))
    counts = landed(fake)
    duplicates = sum(n - 1 for n in counts.values())
    faults = sum(r.outcome.startswith("fault:") for r in received)
    print(
        f"\npush: {len(lines)} lines, {len(received)} requests, {faults} faults, "
        f"{duplicates} duplicates, { ({k: len(v) for k, v in buckets.items()}) }"
    )
    assert faults > 250
    assert duplicates == 0
    succeeded = {f"R{i}" for i in buckets["succeeded"]}
    unknown = {f"R{i}" for i in buckets["unknown"]}
    assert succeeded <= set(counts) <= succeeded | unknown
    # A write is sent once: one request per line, each spending exactly one slot.
    assert len(received) == result.requests_used == used == len(lines)
    assert buckets["not_attempted"] == set()

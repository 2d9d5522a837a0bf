"""Resource safety and load: 10,000 calls and 200 session open/close cycles leave no
ResourceWarning, no "Unclosed client session", and file descriptors and tasks back at
their baseline; a cancelled call or bulk push leaves no task, connection or quota slot
behind; 5,000 concurrent awaits through one session at the default pool size complete,
without deadlock, in bounded memory."""

from __future__ import annotations

import asyncio
import gc
import logging
import tracemalloc
import warnings
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, HandlerContext, Reply

from .conftest import inventory_lines, open_fds, other_tasks, session_on


@pytest.fixture
def leak_watch(caplog: pytest.LogCaptureFixture) -> Iterator[list[str]]:
    """Collects every ResourceWarning and every loop error report ("Unclosed client
    session", "Unclosed connector", "Task was destroyed but it is pending")."""
    found: list[str] = []
    caplog.set_level(logging.DEBUG, logger="asyncio")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        yield found
        gc.collect()
    found += [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    found += [
        r.getMessage() for r in caplog.records if r.name == "asyncio" and r.levelno >= logging.ERROR
    ]
    assert found == []


def watch_loop_errors(found: list[str]) -> None:
    """What aiohttp reports through the loop's exception handler lands in ``found``."""

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        found.append(str(context.get("message")))

    asyncio.get_running_loop().set_exception_handler(handler)


async def settle(baseline_tasks: set[asyncio.Task[Any]]) -> None:
    """Let closed transports and finished tasks go (a few loop turns, no timing)."""
    for _ in range(20):
        await asyncio.sleep(0)
        if not other_tasks() - baseline_tasks:
            break
    gc.collect()


async def test_10000_calls_and_200_sessions_leak_nothing(leak_watch: list[str]) -> None:
    watch_loop_errors(leak_watch)
    async with FakeKomet(seed=4) as fake:
        warm = session_on(fake)
        await warm.products.list()  # imports, caches and the fake's first answers done
        await warm.close()
        await settle(set())
        fds, tasks = open_fds(), other_tasks()

        async with session_on(fake, daily_quota=20_000) as k:
            semaphore = asyncio.Semaphore(64)

            async def call(i: int) -> int:
                async with semaphore:
                    if i % 2:
                        return len(await k.boxes.list_types())
                    return len(await k.locations.list())

            counts = await asyncio.gather(*(call(i) for i in range(10_000)))
            assert all(counts) and k.quota.used == 10_000
            assert open_fds() <= fds + 64  # the pool, bounded by max_connections
        await settle(tasks)
        assert open_fds() == fds
        assert other_tasks() - tasks == set()

        for cycle in range(200):
            async with session_on(fake) as k:
                await k.carriers.list()
                if cycle % 3 == 0:
                    continue
            if cycle % 3 == 1:
                with pytest.raises(RuntimeError):  # leaving the block by an error
                    async with session_on(fake) as k:
                        await k.carriers.list()
                        raise RuntimeError("boom")
            else:
                k = session_on(fake)  # no context manager: close() by hand
                await k.carriers.list()
                await k.close()
        await settle(tasks)
        assert open_fds() == fds
        assert other_tasks() - tasks == set()

        # A session of the user's is used, never closed by us.
        async with aiohttp.ClientSession() as http:
            for _ in range(20):
                async with komet.KometSession(
                    fake.token, base_url=fake.url, daily_quota=None, http_session=http
                ) as k:
                    await k.carriers.list()
            assert not http.closed
    await settle(tasks)
    assert other_tasks() - tasks == set()


async def test_a_cancelled_call_leaves_no_task_connection_or_slot() -> None:
    async with FakeKomet(seed=4) as fake:
        arrived = asyncio.Event()

        async def hang(ctx: HandlerContext) -> Reply:
            arrived.set()
            await asyncio.sleep(3600)
            return ctx.ok()

        fake.set_handler("product.list", hang)
        tasks, fds = other_tasks(), open_fds()
        async with session_on(fake, daily_quota=100, requests_per_second=2) as k:
            sent = asyncio.create_task(k.products.list())
            await arrived.wait()
            # Two more wait their turn in the pace (one every 0.5 s): cancelled there,
            # they were never sent, and their slots come back.
            waiting = [asyncio.create_task(k.carriers.list()) for _ in range(2)]
            await asyncio.sleep(0)
            for task in [sent, *waiting]:
                task.cancel()
            results = await asyncio.gather(sent, *waiting, return_exceptions=True)
            assert all(isinstance(r, asyncio.CancelledError) for r in results)
            assert len(fake.requests) == 0  # the hanging one is not recorded until answered
            assert k.quota.used == 1  # only the call that reached the wire
            assert (await k.refresh_quota()).used == 1
            connector = k._transport._own_session.connector  # type: ignore[union-attr]
            assert connector is not None
            await settle(tasks)
            # The cancelled request's connection was closed, not kept busy in the pool.
            assert len(connector._acquired) == 0  # type: ignore[attr-defined]
            fake.set_handler("product.list", None)
            fake.set_handler("carrier.list", None)
    await settle(tasks)
    assert other_tasks() - tasks == set()
    assert open_fds() <= fds


async def test_a_cancelled_push_gives_back_every_unused_slot() -> None:
    async with FakeKomet(seed=4) as fake:
        seen = 0
        arrived = asyncio.Event()

        async def slow_after_ten(ctx: HandlerContext) -> Reply:
            nonlocal seen
            seen += 1
            if seen >= 10:
                arrived.set()
                await asyncio.sleep(3600)
            return ctx.ok(inventoryId=seen)

        fake.set_handler("inventory.add", slow_after_ten)
        tasks, fds = other_tasks(), open_fds()
        record: komet.BulkResult[Any, Any] = komet.BulkResult()
        async with session_on(fake, daily_quota=1_000) as k:
            job = asyncio.create_task(
                k.inventory.push(inventory_lines(fake, 300), concurrency=8, into=record)
            )
            await arrived.wait()
            job.cancel()
            with pytest.raises(asyncio.CancelledError):
                await job
            await settle(tasks)
            on_the_wire = seen
            # Exactly the attempts that reached the wire spent a slot; the reservation's
            # other ~290 came back.
            assert k.quota.used == on_the_wire == record.requests_used
            assert (await k.refresh_quota()).remaining == 1_000 - on_the_wire
            # Sent means succeeded (an answer read) or unknown (cancelled before its answer).
            assert len(record.succeeded) + len(record.unknown) == on_the_wire
            assert 0 < len(record.succeeded) <= 9
            assert len(record.items) == 300
            assert len(record.succeeded) + len(record.unknown) + len(record.not_attempted) == 300
        await settle(tasks)
    await settle(tasks)
    assert other_tasks() - tasks == set()
    assert open_fds() <= fds


async def test_5000_concurrent_awaits_complete_in_bounded_memory() -> None:
    async with FakeKomet(seed=4) as fake, session_on(fake, daily_quota=None) as k:
        await k.boxes.list_types()
        tracemalloc.start()
        try:
            results = await asyncio.wait_for(
                asyncio.gather(*(k.boxes.list_types() for _ in range(5_000))), 120
            )
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert len(results) == 5_000 and all(results)
        assert len(fake.requests) == 5_001
    print(f"\n5,000 concurrent awaits: peak {peak / 1e6:.1f} MB traced")
    # Generous: the fake server's answers and the client's are all in this process.
    assert peak < 200e6

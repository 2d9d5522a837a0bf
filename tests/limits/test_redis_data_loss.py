"""A Redis that loses its data (SIGKILL, then a restart without AOF) never reopens the day.

Each store remembers the highest counts it has seen for a budget's day and sends them along
as a floor; a store that came back empty, or from an older snapshot, is raised to that floor
before anything is taken. Stores stand in for processes here: every session below has its
own ``RedisQuotaStore``, as separate processes would, so the sequence is deterministic."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis.asyncio as aioredis

import komet_async as komet
from tests._today import at, fixed_clock

from ..conftest import SECRET_TOKEN, ScriptedServer
from ._restartable_redis import RestartableRedis, restartable_redis

QUOTA = 100
NOW = at(16, 30)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RestartableRedis]:
    yield from restartable_redis(tmp_path)


def session(
    server: ScriptedServer, store: RestartableRedis, **kwargs: object
) -> komet.KometSession:
    options: dict[str, object] = {
        "daily_quota": QUOTA,
        "quota_store": store.url,
        "quota_key": "acme",
        "clock": fixed_clock(NOW),
        "max_retries": 0,
    }
    options.update(kwargs)
    return komet.KometSession(SECRET_TOKEN, base_url=server.url, **options)  # type: ignore[arg-type]


async def calls(k: komet.KometSession, n: int) -> int:
    """Make up to ``n`` calls one after another; how many were sent (the rest refused)."""
    sent = 0
    for _ in range(n):
        try:
            await k.request("product.list", http_method="GET")
        except komet.QuotaExhaustedError:
            continue
        sent += 1
    return sent


async def reconnect(*sessions: komet.KometSession) -> None:
    """Wait out the failures of connections pooled before the restart: each raises
    QuotaStoreError once (nothing is sent), and the store fails fast for a second after."""
    for k in sessions:
        for _ in range(100):
            try:
                await k.refresh_quota()
                break
            except komet.QuotaStoreError:
                await asyncio.sleep(0.05)


async def save(store: RestartableRedis) -> None:
    client = aioredis.from_url(store.url)
    try:
        await client.save()
    finally:
        await client.aclose()


async def test_one_session_never_overspends_when_redis_restarts_empty(
    server: ScriptedServer, store: RestartableRedis
) -> None:
    async with session(server, store) as k:
        assert await calls(k, 60) == 60
        store.restart()  # SIGKILL mid-day: the count is gone
        await reconnect(k)
        assert await calls(k, 100) == QUOTA - 60
        assert (await k.refresh_quota()).used == QUOTA
    assert len(server.seen) == QUOTA


async def test_one_session_never_overspends_when_redis_restarts_from_an_old_snapshot(
    server: ScriptedServer, store: RestartableRedis
) -> None:
    async with session(server, store) as k:
        await calls(k, 30)
        await save(store)  # the snapshot holds 30
        await calls(k, 40)
        store.restart()  # back at 30, 40 requests forgotten
        await reconnect(k)
        assert (await k.refresh_quota()).used == 70
        assert await calls(k, 100) == QUOTA - 70
    assert len(server.seen) == QUOTA


async def test_several_sessions_overspend_at_most_what_the_others_spent_since_their_last_look(
    server: ScriptedServer, store: RestartableRedis
) -> None:
    async with session(server, store) as a, session(server, store) as b:
        await calls(a, 40)
        await calls(b, 40)  # b's last look before the loss: 80
        store.restart()
        await reconnect(a)
        # a's floor is 40: a spends 10 the store cannot know b had already counted...
        assert await calls(a, 10) == 10
        # ...b's next call raises the count to its own floor, 80, and counts from there.
        await reconnect(b)
        for _ in range(30):
            await calls(b, 1)
            await calls(a, 1)
        assert (await b.refresh_quota()).used == QUOTA
    # The documented bound, for b: what the others took between b's last call before the
    # loss and b's first call after it (a's 10). Without the floor: 80 + 100 = 180.
    assert len(server.seen) == QUOTA + 10


async def test_a_floor_never_undoes_another_sessions_give_back(
    server: ScriptedServer, store: RestartableRedis
) -> None:
    async with session(server, store) as a, session(server, store) as b:
        async with a.reserve(50) as reservation:
            await calls(a, 5)
            await calls(b, 1)  # b has seen 51
        assert reservation.size == 5
        assert (await a.refresh_quota()).used == 6
        await calls(b, 1)  # b's floor must not bring back a's 45 given-back slots
        assert (await a.refresh_quota()).used == 7
        assert await calls(b, 200) == QUOTA - 7


async def test_a_give_back_after_the_loss_lands_on_the_restored_count(
    server: ScriptedServer, store: RestartableRedis
) -> None:
    async with session(server, store) as k:
        await calls(k, 10)
        async with k.reserve(20) as reservation:
            await calls(k, 5)
            store.restart()
            await reconnect(k)
        assert reservation.unreturned == 0
        assert (await k.refresh_quota()).used == 15
        assert await calls(k, 200) == QUOTA - 15
    assert len(server.seen) == QUOTA


async def test_a_day_the_server_said_is_spent_stays_spent_after_the_loss(
    server: ScriptedServer, store: RestartableRedis
) -> None:
    server.reply_json({"status": "0", "message": "Daily request quota exceeded"})
    async with session(server, store) as k:
        with pytest.raises(komet.QuotaExceededError):
            await k.request("product.list", http_method="GET")
        store.restart()
        await reconnect(k)
        with pytest.raises(komet.QuotaExhaustedError):
            await k.request("product.list", http_method="GET")
        async with k.reserve(1, partial=True) as reservation:
            assert reservation.size == 0
    assert len(server.seen) == 1


async def test_the_floor_is_per_day(server: ScriptedServer, store: RestartableRedis) -> None:
    today = {"now": NOW}
    async with session(server, store, clock=lambda: today["now"]) as k:
        await calls(k, QUOTA)
        today["now"] = NOW + dt.timedelta(days=1)
        store.restart()
        await reconnect(k)
        assert await calls(k, QUOTA) == QUOTA  # a new day starts from zero
    assert len(server.seen) == 2 * QUOTA

"""Limits shared through a real redis-server: processes share one budget and one pace."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

import pytest
import redis.asyncio as aioredis

import komet_async as komet
from komet_async._redis_store import RedisQuotaStore
from komet_async.errors import QuotaStoreError
from komet_async.testing import FakeKomet
from tests._today import at, fixed_clock

from ..conftest import SECRET_TOKEN, ScriptedServer
from .conftest import busiest_window

WORKER = Path(__file__).with_name("_worker.py")


async def run_workers(
    fake: FakeKomet, redis_url: str, key: str, *, workers: int, calls: int, quota: int, rate: float
) -> list[dict[str, object]]:
    env = {**os.environ, "KOMET_TEST_TOKEN": fake.token}
    args = [fake.url, redis_url, key, str(calls), str(quota), str(rate)]
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, str(WORKER), *args, env=env, stdout=asyncio.subprocess.PIPE
        )
        for _ in range(workers)
    ]
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), 60)
    assert [p.returncode for p in procs] == [0] * workers
    return [json.loads(out) for out, _ in outputs]


async def test_four_processes_share_one_budget_exactly(redis_url: str, quota_key: str) -> None:
    async with FakeKomet() as fake:
        reports = await run_workers(
            fake, redis_url, quota_key, workers=4, calls=60, quota=120, rate=0
        )
        assert all(r["other"] == [] for r in reports)
        assert sum(int(str(r["ok"])) for r in reports) == 120
        assert sum(int(str(r["exhausted"])) for r in reports) == 4 * 60 - 120
        assert len(fake.requests) == 120  # counted on the server side


async def test_processes_share_one_pace(redis_url: str, quota_key: str) -> None:
    rate = 20
    async with FakeKomet() as fake:
        await run_workers(fake, redis_url, quota_key, workers=3, calls=15, quota=1000, rate=rate)
        times = [r.time for r in fake.requests]
        assert len(times) == 45
        assert busiest_window(times) <= rate + 1


def _session(url: str, redis_url: str, key: str, **kwargs: object) -> komet.KometSession:
    options: dict[str, object] = {
        "daily_quota": 150,
        "quota_store": redis_url,
        "quota_key": key,
        "retry_policy": komet.RetryPolicy(wait=False),
    }
    options.update(kwargs)
    return komet.KometSession(SECRET_TOKEN, base_url=url, **options)  # type: ignore[arg-type]


async def test_budget_is_exact_under_200_concurrent_callers_through_redis(
    redis_url: str, quota_key: str
) -> None:
    async with FakeKomet() as fake, _session(fake.url, redis_url, quota_key) as k:
        calls = (k.request("product.list", http_method="GET") for _ in range(200))
        results = await asyncio.gather(*calls, return_exceptions=True)
        refused = [r for r in results if isinstance(r, komet.QuotaExhaustedError)]
        assert len(refused) == 50
        assert len(fake.requests) == 150
        assert (await k.refresh_quota()).remaining == 0


async def test_a_reservation_is_seen_by_every_session(
    server: ScriptedServer, redis_url: str, quota_key: str
) -> None:
    async with (
        _session(server.url, redis_url, quota_key) as a,
        _session(server.url, redis_url, quota_key) as b,
    ):
        async with a.reserve(100) as reservation:
            calls = (b.request("product.list", http_method="GET") for _ in range(80))
            results = await asyncio.gather(*calls, return_exceptions=True)
            assert sum(not isinstance(r, BaseException) for r in results) == 50
            await asyncio.gather(*(a.request("x", http_method="GET") for _ in range(30)))
            assert reservation.drawn == 30
        assert (await b.refresh_quota()).used == 80
        assert len(server.seen) == 80


async def test_the_server_saying_spent_stops_every_session(
    server: ScriptedServer, redis_url: str, quota_key: str
) -> None:
    server.reply_json({"status": "0", "message": "Daily request quota exceeded"})
    async with (
        _session(server.url, redis_url, quota_key) as a,
        _session(server.url, redis_url, quota_key) as b,
    ):
        with pytest.raises(komet.QuotaExceededError):
            await a.request("product.list", http_method="GET", retry_safe=True)
        with pytest.raises(komet.QuotaExhaustedError):
            await b.request("product.list", http_method="GET", retry_safe=True)
        # Slots given back later (an unused reservation) do not reopen the day.
        async with a.reserve(1, partial=True) as reservation:
            assert reservation.size == 0
        assert (await b.refresh_quota()).remaining == 0
        assert len(server.seen) == 1


async def test_counts_expire_after_their_day(
    server: ScriptedServer, redis_url: str, quota_key: str
) -> None:
    now = at(16, 30)
    async with _session(server.url, redis_url, quota_key, clock=fixed_clock(now)) as k:
        await k.request("product.list", http_method="GET")
        resets_at = k.quota.resets_at
        assert resets_at is not None
    client = aioredis.from_url(redis_url)
    try:
        keys = [key async for key in client.scan_iter(match=f"*{quota_key}*")]
        assert len(keys) == 1
        ttl = await client.ttl(keys[0])
    finally:
        await client.aclose()
    until_reset = (resets_at - now).total_seconds()
    assert until_reset < ttl <= until_reset + 3600 + 5


async def test_unreachable_redis_is_a_clear_error_not_a_hang(
    server: ScriptedServer, refused_port: int
) -> None:
    port = refused_port
    url = f"redis://user:hunter2secret@127.0.0.1:{port}/3"
    async with _session(server.url, url, "any") as k:
        started = time.monotonic()
        with pytest.raises(QuotaStoreError) as info:
            await asyncio.wait_for(k.request("product.list", http_method="GET"), 10)
        assert time.monotonic() - started < 5
    error = info.value
    assert f"redis://127.0.0.1:{port}/3" in str(error)
    assert error.store == f"redis://127.0.0.1:{port}/3"
    for text in (str(error), repr(error), repr(error.__cause__), repr(error.__context__)):
        assert "hunter2secret" not in text
    assert server.seen == []  # nothing sent


async def test_a_silent_redis_fails_every_caller_quickly(server: ScriptedServer) -> None:
    accepted: list[asyncio.StreamWriter] = []

    async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.append(writer)

    silent = await asyncio.start_server(never_answer, "127.0.0.1", 0)
    port = silent.sockets[0].getsockname()[1]
    url = f"redis://127.0.0.1:{port}/0?socket_timeout=0.3"
    try:
        async with _session(server.url, url, "any") as k:
            started = time.monotonic()
            calls = (k.request("product.list", http_method="GET") for _ in range(50))
            results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 10)
            elapsed = time.monotonic() - started
    finally:
        for writer in accepted:
            writer.close()
        silent.close()
        await silent.wait_closed()
    assert all(isinstance(r, QuotaStoreError) for r in results)
    assert f"redis://127.0.0.1:{port}/0" in str(results[0])
    assert elapsed < 2  # the callers queued behind the first failure fail at once
    assert server.seen == []


async def test_a_store_object_can_be_shared_and_is_not_closed_by_sessions(
    server: ScriptedServer, redis_url: str, quota_key: str
) -> None:
    store = RedisQuotaStore(redis_url)
    try:
        for _ in range(2):
            async with _session(server.url, redis_url, quota_key, quota_store=store) as k:
                await k.request("product.list", http_method="GET")
        await store.ping()  # still open
        async with _session(server.url, redis_url, quota_key) as other:
            assert (await other.refresh_quota()).used == 2
    finally:
        await store.close()


def test_a_non_redis_url_is_refused() -> None:
    with pytest.raises(ValueError, match="redis://"):
        komet.KometSession(SECRET_TOKEN, quota_store="memcached://localhost")

"""Pacing accuracy and the cost of the limits, measured on loopback.

    python benchmarks/bench_limits.py

* Pacing: many coroutines call at once through ``requests_per_second=R``; the figures come
  from the *server's* arrival times (busiest 1-second window, achieved rate, smallest gap),
  in process and through Redis.
* Overhead: ``Limits.admit()`` alone (what each attempt pays), and whole calls against a
  loopback aiohttp server with no limits, an in-process budget, a budget and a pace, and
  both through Redis.

The Redis rows need ``redis-server`` on PATH (a throwaway one is started on a free port).
Runs in about 30 seconds.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import shutil
import socket
import statistics
import subprocess
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from aiohttp import web

import komet_async as komet
from komet_async._limits import Limits, MemoryQuotaStore, QuotaStore

TOKEN = "bench-token-not-a-secret"
PACE_SECONDS = 3.0


class ArrivalServer:
    """A loopback aiohttp server answering a Komet success envelope, noting arrival times."""

    def __init__(self) -> None:
        self.arrivals: list[float] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.Response:
        self.arrivals.append(time.monotonic())
        return web.json_response({"status": "1", "message": "OK"})

    async def __aenter__(self) -> ArrivalServer:
        app = web.Application()
        app.router.add_route("*", "/api/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/api/"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._runner is not None
        await self._runner.cleanup()


def busiest_window(times: Sequence[float], width: float = 1.0) -> int:
    ordered = sorted(times)
    best = start = 0
    for end, t in enumerate(ordered):
        while t - ordered[start] > width:
            start += 1
        best = max(best, end - start + 1)
    return best


@contextmanager
def redis_server() -> Iterator[str | None]:
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly"]
    proc = subprocess.Popen([*args, "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as c:
                    c.sendall(b"PING\r\n")
                    if c.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                time.sleep(0.02)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait()


async def pacing(rate: float, store: str | None) -> str:
    calls = int(rate * PACE_SECONDS) + 1
    async with (
        ArrivalServer() as server,
        komet.KometSession(
            TOKEN,
            base_url=server.url,
            daily_quota=None,
            requests_per_second=rate,
            quota_store=store,
            quota_key="bench-" + uuid.uuid4().hex,
        ) as k,
    ):
        await asyncio.gather(*(k.request("product.list", http_method="GET") for _ in range(calls)))
        times = sorted(server.arrivals)
    achieved = (len(times) - 1) / (times[-1] - times[0])
    gap = min(b - a for a, b in itertools.pairwise(times))
    where = "redis " if store else "memory"
    return (
        f"  {where} {rate:>5.0f} req/s, {calls:>3} calls at once: busiest 1-s window "
        f"{busiest_window(times):>3} (limit {int(rate) + 1}), achieved {achieved:7.2f} req/s "
        f"({achieved / rate:6.1%}), smallest gap {gap * 1000:6.2f} ms (nominal "
        f"{1000 / rate:.2f})"
    )


def make_limits(store: QuotaStore, *, quota: bool, pace: bool) -> Limits:
    return Limits(
        daily_quota=10**9 if quota else None,
        requests_per_second=1e9 if pace else None,
        quota_key="bench-" + uuid.uuid4().hex,
        store=store,
        timezone=dt.timezone.utc,
        reset=dt.time(0),
    )


async def admit_cost(store: QuotaStore, *, quota: bool, pace: bool, n: int) -> float:
    limits = make_limits(store, quota=quota, pace=pace)
    for _ in range(min(n, 100)):  # warm up (scripts loaded, connection open)
        await limits.admit()
    started = time.perf_counter()
    for _ in range(n):
        await limits.admit()
    return (time.perf_counter() - started) / n * 1e6


async def call_cost(url: str, options: dict[str, object], n: int = 1000, rounds: int = 3) -> float:
    """Median over ``rounds`` of the mean µs per sequential call."""
    results = []
    options = {"quota_key": "bench-" + uuid.uuid4().hex, **options}
    async with komet.KometSession(TOKEN, base_url=url, **options) as k:  # type: ignore[arg-type]
        for _ in range(50):
            await k.request("product.list", http_method="GET")
        for _ in range(rounds):
            started = time.perf_counter()
            for _ in range(n):
                await k.request("product.list", http_method="GET")
            results.append((time.perf_counter() - started) / n * 1e6)
    return statistics.median(results)


async def main() -> None:
    with redis_server() as redis_url:
        print("Pacing accuracy (server arrival times, loopback):")
        for rate in (5, 20, 100):
            print(await pacing(rate, None))
        if redis_url:
            for rate in (20, 100):
                print(await pacing(rate, redis_url))
        else:
            print("  (redis-server not found: Redis pacing skipped)")

        print("\nLimits.admit() alone, per attempt:")
        memory = MemoryQuotaStore()
        rows: list[tuple[str, QuotaStore, bool, bool, int]] = [
            ("memory, budget", memory, True, False, 20_000),
            ("memory, budget + pace", memory, True, True, 20_000),
        ]
        redis_store = None
        if redis_url:
            from komet_async._redis_store import RedisQuotaStore

            redis_store = RedisQuotaStore(redis_url)
            rows += [
                ("redis,  budget", redis_store, True, False, 3_000),
                ("redis,  budget + pace", redis_store, True, True, 3_000),
            ]
        for label, store, quota, pace, n in rows:
            cost = await admit_cost(store, quota=quota, pace=pace, n=n)
            print(f"  {label:<24} {cost:8.1f} µs")

        print("\nWhole calls, sequential, loopback server (median of 3 x 1,000):")
        async with ArrivalServer() as server:
            base = await call_cost(server.url, {"daily_quota": None})
            print(f"  {'no limits':<24} {base:8.1f} µs/call")
            configs: list[tuple[str, dict[str, object]]] = [
                ("memory, budget", {"daily_quota": 10**9}),
                ("memory, budget + pace", {"daily_quota": 10**9, "requests_per_second": 1e9}),
            ]
            if redis_url:
                configs += [
                    ("redis,  budget", {"daily_quota": 10**9, "quota_store": redis_url}),
                    (
                        "redis,  budget + pace",
                        {
                            "daily_quota": 10**9,
                            "requests_per_second": 1e9,
                            "quota_store": redis_url,
                        },
                    ),
                ]
            for label, options in configs:
                cost = await call_cost(server.url, options)
                extra = f"+{cost - base:6.1f} µs, {base / cost:.2f}x"
                print(f"  {label:<24} {cost:8.1f} µs/call  ({extra})")
        if redis_store is not None:
            await redis_store.close()


if __name__ == "__main__":
    asyncio.run(main())

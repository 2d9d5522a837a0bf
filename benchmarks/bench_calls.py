"""Per-call cost of the SDK next to raw aiohttp, on real loopback sockets.

    python benchmarks/bench_calls.py [--rounds 9] [--calls 2000] [--concurrency 1 32]

Alternating A/B rounds against one server process; each figure is the median over rounds
of calls per client-CPU-second (``time.process_time``) and per wall second.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import komet_async as komet  # noqa: E402
from _server import loopback_server  # noqa: E402

Call = Callable[[], Awaitable[object]]


async def _run_round(call: Call, calls: int, concurrency: int) -> tuple[float, float]:
    """(calls per CPU second, calls per wall second) for one round."""
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    cpu0, wall0 = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return calls / cpu, calls / wall


async def bench(url: str, rounds: int, calls: int, concurrency: int) -> dict[str, tuple[float, float]]:
    connector = aiohttp.TCPConnector(limit=max(concurrency, 32))
    async with aiohttp.ClientSession(connector=connector) as raw, komet.KometSession(
        "benchmarktoken00000000000",
        base_url=url,
        daily_quota=None,
        requests_per_second=None,
        max_connections=max(concurrency, 32),
    ) as sdk:
        raw_url = url + "product.list"

        async def raw_call() -> object:
            async with raw.get(raw_url, params={"authenticationToken": "benchmarktoken00000000000"}) as r:
                return await r.json()

        async def sdk_call() -> object:
            return await sdk.products.list()

        contenders: dict[str, Call] = {"raw aiohttp": raw_call, "komet_async": sdk_call}
        for call in contenders.values():  # warm up pools and caches
            await _run_round(call, 200, concurrency)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in contenders}
        for _ in range(rounds):
            for name, call in contenders.items():
                results[name].append(await _run_round(call, calls, concurrency))
    return {
        name: (
            statistics.median(r[0] for r in runs),
            statistics.median(r[1] for r in runs),
        )
        for name, runs in results.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 32])
    args = parser.parse_args()
    with loopback_server() as url:
        print(f"{'concurrency':>11}  {'client':<12} {'calls/CPU-s':>12} {'calls/s':>10} {'ratio (CPU)':>12}")
        for concurrency in args.concurrency:
            figures = asyncio.run(bench(url, args.rounds, args.calls, concurrency))
            base = figures["raw aiohttp"][0]
            for name, (per_cpu, per_wall) in figures.items():
                print(
                    f"{concurrency:>11}  {name:<12} {per_cpu:>12,.0f} {per_wall:>10,.0f} "
                    f"{per_cpu / base:>11.2f}x"
                )


if __name__ == "__main__":
    main()

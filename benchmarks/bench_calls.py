"""Per-call cost: ``await session.products.list()`` next to the same GET with raw aiohttp
(``resp.json()``) and with httpx.AsyncClient, on real loopback sockets.

    python benchmarks/bench_calls.py [--rounds 9] [--calls 2000] [--concurrency 1 32 256]

Alternating A/B/C rounds against one server process (5 products per answer; the SDK with
limits off and default retries on); each figure is the median over rounds of client CPU
time (``time.process_time``) and wall time per call.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from _common import TOKEN, Figures, alternate, require_bench_packages
from _server import loopback_server

import komet_async as komet

Call = Callable[[], Awaitable[object]]


def _batch(call: Call, calls: int, concurrency: int) -> Callable[[], Awaitable[None]]:
    """``calls`` calls of ``call``, ``concurrency`` at a time."""

    async def run() -> None:
        remaining = calls

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await call()

        await asyncio.gather(*(worker() for _ in range(concurrency)))

    return run


async def bench_calls(url: str, rounds: int, calls: int, concurrency: int) -> dict[str, Figures]:
    import httpx

    pool = max(concurrency, 32)
    raw_url = url + "product.list"
    params = {"authenticationToken": TOKEN}
    limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
    async with (
        aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=pool)) as raw,
        # A generous connect timeout: 256 connections opened at once on loopback can
        # wait past httpx's default 5 s in the listen backlog (seen once; a harness flake).
        httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(60.0)) as hx,
        komet.KometSession(
            TOKEN,
            base_url=url,
            daily_quota=None,
            requests_per_second=None,
            max_connections=pool,
        ) as sdk,
    ):

        async def raw_call() -> Any:
            async with raw.get(raw_url, params=params) as resp:
                return await resp.json()

        async def httpx_call() -> Any:
            resp = await hx.get(raw_url, params=params)
            return resp.json()

        async def sdk_call() -> Any:
            return await sdk.products.list()

        contenders = {
            "raw aiohttp": _batch(raw_call, calls, concurrency),
            "komet_async": _batch(sdk_call, calls, concurrency),
            "httpx": _batch(httpx_call, calls, concurrency),
        }
        return await alternate(contenders, rounds, calls)


def main() -> None:
    require_bench_packages()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 32, 256])
    args = parser.parse_args()
    with loopback_server() as url:
        print(
            f"{'concurrency':>11}  {'client':<12} {'CPU us/call':>12} {'wall us/call':>13} "
            f"{'calls/CPU-s vs raw':>19}"
        )
        for concurrency in args.concurrency:
            figures = asyncio.run(bench_calls(url, args.rounds, args.calls, concurrency))
            base = figures["raw aiohttp"].cpu_per_op
            for name, fig in figures.items():
                print(
                    f"{concurrency:>11}  {name:<12} {fig.cpu_per_op * 1e6:>12.1f} "
                    f"{fig.wall_per_op * 1e6:>13.1f} {base / fig.cpu_per_op:>18.2f}x"
                )


if __name__ == "__main__":
    main()

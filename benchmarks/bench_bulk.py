"""Bulk figures: paced push against a 200 ms-latency server, and one-year pulls' peak RSS.

    python benchmarks/bench_bulk.py

1. ``inventory.push`` at ``requests_per_second`` R against a loopback server (its own
   process) that answers each ``inventory.add`` after 200 ms: achieved / configured rate,
   from the server's arrival times (goal >= 0.97).
2. ``invoices.iter_details`` over 90 days and over a year, at 1 and 8 windows of
   concurrency, against the fake Komet server in its own process: wall time, and the
   pulling process's peak RSS (each pull in a fresh child process). Peak RSS must not grow
   with the length of the range.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import multiprocessing as mp
import re
import subprocess
import sys
import time
from decimal import Decimal

from _server import free_port  # benchmarks/ is on sys.path when a script here runs
from aiohttp import web

import komet_async as komet

LATENCY = 0.2


def _slow_server(  # pragma: no cover - runs in its own process
    port: int, ready: mp.synchronize.Event, arrivals: mp.Queue[float]
) -> None:
    async def add(request: web.Request) -> web.Response:
        arrivals.put(time.monotonic())
        await asyncio.sleep(LATENCY)
        return web.json_response({"status": "1", "message": "The inventory has been added"})

    app = web.Application()
    app.router.add_post("/api/inventory.add", add)
    ready.set()
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


def _line(i: int) -> komet.InventoryLine:
    return komet.InventoryLine(
        vendor_code="V01", awb="123-45678901", ship_date=dt.date(2026, 5, 2),
        product_code="RS50", quantity=10, box_type_code="QB", unit_type="bunch",
        stems_bunch=25, bunches=10, unit_cost=Decimal("2.150"), reference=f"L{i}",
    )  # fmt: skip


async def _push(url: str, rate: float, count: int) -> float:
    async with komet.KometSession(
        "benchmarktoken00000000000", base_url=url, daily_quota=None, requests_per_second=rate,
        max_connections=64,
    ) as k:  # fmt: skip
        started = time.perf_counter()
        result = await k.inventory.push([_line(i) for i in range(count)], concurrency=64)
        assert result.ok, result
        return time.perf_counter() - started


def bench_push() -> None:
    ctx = mp.get_context("spawn")
    port = free_port()
    ready, arrivals = ctx.Event(), ctx.Queue()
    proc = ctx.Process(target=_slow_server, args=(port, ready, arrivals), daemon=True)
    proc.start()
    ready.wait(10)
    time.sleep(0.5)
    url = f"http://127.0.0.1:{port}/api/"
    print(f"push against a {LATENCY * 1000:.0f} ms server")
    print(f"{'configured':>12} {'requests':>9} {'achieved':>10} {'ratio':>7} {'busiest 1 s':>12}")
    try:
        for rate, count in ((10.0, 100), (50.0, 500), (100.0, 1000)):
            asyncio.run(_push(url, rate, count))
            times = sorted(arrivals.get(timeout=5) for _ in range(count))
            achieved = (count - 1) / (times[-1] - times[0])
            busiest = max(
                sum(1 for t in times[i:] if t < start + 1.0) for i, start in enumerate(times)
            )
            print(f"{rate:>10.0f}/s {count:>9} {achieved:>8.2f}/s {achieved / rate:>7.3f} "
                  f"{busiest:>12}")  # fmt: skip
    finally:
        proc.terminate()
        proc.join(5)


PULL_CHILD = """
import asyncio, datetime as dt, resource, sys, time
import komet_async as komet
url, token, days, concurrency = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
async def main():
    async with komet.KometSession(token, base_url=url, daily_quota=None) as k:
        start = dt.date(2025, 1, 1)
        n = 0
        t0 = time.perf_counter()
        async for _ in k.invoices.iter_details(start, start + dt.timedelta(days=days - 1),
                                               concurrency=concurrency):
            n += 1
        print(n, time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
asyncio.run(main())
"""


def bench_pull() -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "komet_async.testing", "--port", str(port), "--seed", "1"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split()[-1]
        token = re.sub(r"^company token: ", "", server.stdout.readline().strip())
        print("\nranged pull of invoice.details.list (fake server in its own process)")
        print(
            f"{'range':>7} {'windows in flight':>18} {'invoices':>9} {'wall s':>7} "
            f"{'peak RSS MB':>12}"
        )
        for days in (90, 365):
            for concurrency in (1, 8):
                out = subprocess.run(
                    [sys.executable, "-c", PULL_CHILD, url, token, str(days), str(concurrency)],
                    capture_output=True, text=True, check=True,
                ).stdout.split()  # fmt: skip
                count, wall, rss_kb = int(out[0]), float(out[1]), int(out[2])
                print(
                    f"{days:>5} d {concurrency:>18} {count:>9} {wall:>7.2f} {rss_kb / 1024:>12.1f}"
                )
    finally:
        server.terminate()
        server.wait(5)


if __name__ == "__main__":
    bench_push()
    bench_pull()

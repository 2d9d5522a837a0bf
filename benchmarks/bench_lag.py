"""Host-loop lag: what the host service's other tasks feel while the SDK works.

A 1 ms heartbeat task runs on the same event loop beside

- a ranged ``invoices.iter_details`` pull (one year by default: pages of 2,000 invoices x
  10 lines, every field typed) from the loopback server process, and
- a 5,000-line ``inventory.push`` to the same server (answers at once; pace off),

and records how late each heartbeat wakes past its 1 ms (the lag): p50, p99 and max. For
scale, the same windows fetched with raw aiohttp, four at a time like ``iter_details``:
bodies read and dropped (the floor this machine and the server process impose) and bodies
parsed by one ``orjson.loads`` each (what a hand-written client does).

    python benchmarks/bench_lag.py [--days 360] [--lines 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
from decimal import Decimal
from typing import Any

import aiohttp
import orjson
from _common import TOKEN, StallMeter, percentile
from _server import loopback_server

import komet_async as komet

FIRST = dt.date(2025, 1, 1)


class Lag:
    def __init__(self, meter: StallMeter, what: str) -> None:
        self.what = what
        self.ticks = len(meter.lags)
        self.p50 = percentile(meter.lags, 0.50)
        self.p99 = percentile(meter.lags, 0.99)
        self.max = meter.longest


def _line(i: int) -> komet.InventoryLine:
    return komet.InventoryLine(
        vendor_code="V01", awb="123-45678901", ship_date=dt.date(2026, 5, 2),
        product_code="RS50", quantity=10, box_type_code="QB", unit_type="bunch",
        stems_bunch=25, bunches=10, unit_cost=Decimal("2.150"), reference=f"L{i}",
    )  # fmt: skip


def _session(url: str, **options: Any) -> komet.KometSession:
    return komet.KometSession(
        TOKEN, base_url=url, daily_quota=None, requests_per_second=None, **options
    )


async def lag_of_pull(url: str, days: int) -> Lag:
    last = FIRST + dt.timedelta(days=days - 1)
    invoices = 0
    async with _session(url) as sdk, StallMeter() as meter:
        async for _invoice in sdk.invoices.iter_details(FIRST, last):
            invoices += 1
    return Lag(meter, f"{days} days, {invoices:,} invoices")


async def lag_of_raw_pull(url: str, days: int, *, parse: bool) -> Lag:
    from komet_async._bulk import split_date_range

    last = FIRST + dt.timedelta(days=days - 1)
    windows = split_date_range(FIRST, last, 4)
    invoices = 0

    async def window(first: dt.date, final: dt.date) -> int:
        params = {
            "authenticationToken": TOKEN,
            "orderDateFrom": first.isoformat(),
            "orderDateTo": final.isoformat(),
        }
        async with raw.get(url + "invoice.details.list", params=params) as resp:
            body = await resp.read()
        return len(orjson.loads(body)["invoices"]) if parse else 0

    async with aiohttp.ClientSession() as raw, StallMeter() as meter:
        for at in range(0, len(windows), 4):
            counts = await asyncio.gather(*(window(*w) for w in windows[at : at + 4]))
            invoices += sum(counts)
    return Lag(meter, f"{days} days" + (f", {invoices:,} invoices" if parse else ""))


async def lag_of_push(url: str, count: int) -> Lag:
    lines = [_line(i) for i in range(count)]
    async with _session(url, max_connections=64) as sdk, StallMeter() as meter:
        result = await sdk.inventory.push(lines, concurrency=64)
    assert result.ok and len(result.succeeded) == count, result
    return Lag(meter, f"{count:,} lines")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=360)
    parser.add_argument("--lines", type=int, default=5000)
    args = parser.parse_args()
    with loopback_server() as url:
        for lag in (
            asyncio.run(lag_of_raw_pull(url, args.days, parse=False)),
            asyncio.run(lag_of_raw_pull(url, args.days, parse=True)),
            asyncio.run(lag_of_pull(url, args.days)),
            asyncio.run(lag_of_push(url, args.lines)),
        ):
            print(
                f"{lag.what:<32} ticks {lag.ticks:>7,}  p50 {lag.p50 * 1e3:6.2f} ms  "
                f"p99 {lag.p99 * 1e3:6.2f} ms  max {lag.max * 1e3:6.1f} ms"
            )


if __name__ == "__main__":
    main()

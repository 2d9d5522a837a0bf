"""Peak RSS of a ranged pull: ``session.invoices.iter_details(date_from, date_to)`` over
4-day windows of ~4.7 MB each, from the loopback server process. Each pull runs in a fresh
child process, so its peak RSS (``ru_maxrss``) is its own; a short and a one-year range are
compared (peak RSS must not grow with the range).

    python benchmarks/bench_memory.py [--days 8 360]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from _common import TOKEN
from _server import loopback_server

FIRST = dt.date(2025, 1, 1)


async def _pull(url: str, days: int) -> dict[str, float]:
    import komet_async as komet

    last = FIRST + dt.timedelta(days=days - 1)
    invoices = lines = 0
    started = time.perf_counter()
    async with komet.KometSession(
        TOKEN, base_url=url, daily_quota=None, requests_per_second=None
    ) as sdk:
        async for invoice in sdk.invoices.iter_details(FIRST, last):
            invoices += 1
            lines += len(invoice.details)
    return {
        "days": days,
        "invoices": invoices,
        "lines": lines,
        "seconds": time.perf_counter() - started,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def pull_in_child(url: str, days: int) -> dict[str, float]:
    """Run one pull in a fresh interpreter; its figures come back as JSON."""
    out = subprocess.run(
        [sys.executable, str(Path(__file__)), "--child", url, str(days)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(asyncio.run(_pull(sys.argv[2], int(sys.argv[3])))))
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, nargs="+", default=[8, 360])
    args = parser.parse_args()
    with loopback_server() as url:
        for days in args.days:
            print(pull_in_child(url, days))


if __name__ == "__main__":
    main()

"""Every komet_async benchmark, side by side with raw aiohttp, httpx, pydantic v2 and msgspec,
in one run and one table:

    python benchmarks/run.py [--rounds 9] [--quick]

- per call: ``await session.products.list()`` (5 products; limits off, default retries on) vs
  the same GET + ``resp.json()`` with raw aiohttp, vs httpx.AsyncClient, at concurrency 1,
  32 and 256 (``bench_calls.py``);
- a large page: ``invoice.details.list``, 2,000 invoices x 10 lines (~10 MB, every field of
  the SDK's ``Invoice``/``InvoiceLine`` typed), fetched and decoded; the longest event-loop
  stall meanwhile; and the same page decoded in memory (``bench_pages.py``);
- host-loop lag: a 1 ms heartbeat beside a one-year ``invoices.iter_details`` pull and a
  5,000-line ``inventory.push``, p50/p99/max (``bench_lag.py``);
- peak RSS of a 32-day and a one-year ``invoices.iter_details`` pull (``bench_memory.py``);
- encoding 5,000 ``BoxCodeChange`` items vs stdlib json (``bench_encode.py``).

A loopback aiohttp server runs in its own process; contenders alternate round by round;
figures are medians of ``--rounds`` rounds of client CPU time (``time.process_time``) and
wall time. "vs base" is the baseline's CPU time over the contender's (higher is better).
Needs ``httpx``, ``msgspec`` and ``pydantic`` besides the SDK.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, require_bench_packages

Row = tuple[str, str, str, str, str, str, str]


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} us"


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"


def _verdict(ok: bool) -> str:
    return "yes" if ok else "NO"


def main() -> None:
    require_bench_packages()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9, help="rounds per figure (median)")
    parser.add_argument("--quick", action="store_true", help="fewer calls, shorter pull")
    args = parser.parse_args()

    from _server import invoice_page, loopback_server
    from bench_calls import bench_calls
    from bench_encode import bench_encode
    from bench_lag import lag_of_pull, lag_of_push, lag_of_raw_pull
    from bench_memory import pull_in_child
    from bench_pages import FIRST, LAST, bench_decode_only, bench_page

    rounds = args.rounds
    calls = {1: 1000, 32: 2000, 256: 4000}
    if args.quick:
        calls = {c: n // 4 for c, n in calls.items()}
    year = 120 if args.quick else 360
    rows: list[Row] = []
    verdicts: list[str] = []

    print(f"machine: {machine()}", flush=True)
    with loopback_server() as url:
        for concurrency, n in calls.items():
            print(f"... per call, concurrency {concurrency}", file=sys.stderr, flush=True)
            figures = asyncio.run(bench_calls(url, rounds, n, concurrency))
            base = figures["raw aiohttp"].cpu_per_op
            for name, fig in figures.items():
                ratio = base / fig.cpu_per_op
                target = ""
                if name == "komet_async" and concurrency in (1, 32):
                    target = f">= 0.90x: {_verdict(ratio >= 0.90)}"
                    verdicts.append(
                        f"per call at concurrency {concurrency}: {ratio:.2f}x (>= 0.90x)"
                    )
                rows.append(
                    (
                        f"products.list, c={concurrency}",
                        name,
                        _us(fig.cpu_per_op),
                        _us(fig.wall_per_op),
                        f"{ratio:.2f}x",
                        "",
                        target,
                    )
                )

        print("... invoice page", file=sys.stderr, flush=True)
        size = f"{len(invoice_page(FIRST, LAST)) / 1e6:.1f} MB"
        pages = asyncio.run(bench_page(url, rounds))
        base = pages["raw aiohttp"].cpu_per_op
        pydantic_cpu = pages["pydantic v2"].cpu_per_op
        for name, fig in pages.items():
            ratio = base / fig.cpu_per_op
            target = ""
            if name == "komet_async":
                vs_pydantic = pydantic_cpu / fig.cpu_per_op
                stall_ok = fig.longest_stall <= 0.020
                target = (
                    f">= 2x pydantic ({vs_pydantic:.2f}x): {_verdict(vs_pydantic >= 2.0)}; "
                    f"stall <= 20 ms: {_verdict(stall_ok)}"
                )
                verdicts.append(
                    f"typed {size} page: {vs_pydantic:.2f}x pydantic v2's throughput "
                    f"(>= 2x); {ratio:.2f}x of raw aiohttp + orjson dicts"
                )
                verdicts.append(f"longest loop stall: {_ms(fig.longest_stall)} (<= 20 ms)")
            rows.append(
                (
                    f"invoice page {size} (GET+decode)",
                    name,
                    _ms(fig.cpu_per_op),
                    _ms(fig.wall_per_op),
                    f"{ratio:.2f}x",
                    _ms(fig.longest_stall),
                    target,
                )
            )

        for name, fig in pages.items():
            rows.append(
                (
                    "same page, freed by the caller (del)",
                    name,
                    _ms(fig.free_per_op),
                    _ms(fig.free_per_op),
                    "",
                    _ms(fig.free_per_op),
                    "the caller's step, outside the pull's stall",
                )
            )

        print("... typed decode in memory", file=sys.stderr, flush=True)
        decoded = bench_decode_only(rounds)
        base = decoded["stdlib json"].cpu_per_op
        for name, fig in decoded.items():
            rows.append(
                (
                    "same page, all fields typed (no I/O)",
                    name,
                    _ms(fig.cpu_per_op),
                    _ms(fig.wall_per_op),
                    f"{base / fig.cpu_per_op:.2f}x",
                    "",
                    "",
                )
            )

        print("... host-loop lag", file=sys.stderr, flush=True)
        floor_lag = asyncio.run(lag_of_raw_pull(url, year, parse=False))
        raw_lag = asyncio.run(lag_of_raw_pull(url, year, parse=True))
        pull_lag = asyncio.run(lag_of_pull(url, year))
        push_lag = asyncio.run(lag_of_push(url, 1250 if args.quick else 5000))
        for label, client, lag, check in (
            ("host-loop lag, ranged pull", "aiohttp read", floor_lag, False),
            ("host-loop lag, ranged pull", "aiohttp+orjson", raw_lag, False),
            ("host-loop lag, ranged pull", "komet_async", pull_lag, True),
            ("host-loop lag, inventory.push", "komet_async", push_lag, False),
        ):
            target = f"p99 <= 10 ms: {_verdict(lag.p99 <= 0.010)}; " if check else ""
            rows.append(
                (
                    label,
                    client,
                    f"p50 {_ms(lag.p50)}",
                    f"p99 {_ms(lag.p99)}",
                    "",
                    _ms(lag.max),
                    f"{target}{lag.what}",
                )
            )
        verdicts.append(
            f"host-loop p99 lag during the pull: {_ms(pull_lag.p99)} (<= 10 ms); "
            f"during the push: {_ms(push_lag.p99)}"
        )

        print("... ranged pulls (child processes)", file=sys.stderr, flush=True)
        short = pull_in_child(url, 32)
        long = pull_in_child(url, year)
    growth = long["peak_rss_mb"] / short["peak_rss_mb"]
    for pull in (short, long):
        rows.append(
            (
                f"iter_details {int(pull['days'])} days peak RSS",
                "komet_async",
                f"{pull['peak_rss_mb']:,.0f} MB",
                f"{pull['seconds']:,.1f} s",
                "",
                "",
                f"{int(pull['invoices']):,} invoices",
            )
        )
    verdicts.append(
        f"one-year pull peak RSS: {long['peak_rss_mb']:.0f} MB vs {short['peak_rss_mb']:.0f} MB "
        f"for 32 days ({growth:.2f}x; independent of the range: <= 1.15x)"
    )
    note = f"; vs 32 days {growth:.2f}x: {_verdict(growth <= 1.15)}"
    rows[-1] = (*rows[-1][:6], rows[-1][6] + note)

    print("... encode", file=sys.stderr, flush=True)
    encoded = bench_encode(rounds)
    base = encoded["stdlib json"].cpu_per_op
    for name, fig in encoded.items():
        rows.append(
            (
                "encode 5,000 BoxCodeChange",
                name,
                _ms(fig.cpu_per_op),
                _ms(fig.wall_per_op),
                f"{base / fig.cpu_per_op:.2f}x",
                "",
                "",
            )
        )

    header: Row = ("benchmark", "client", "CPU/op", "wall/op", "vs base", "stall", "target")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    print(line)
    for index, row in enumerate((header, *rows)):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print(line)
    print(line)
    print("base = first client of each benchmark; vs base = base CPU/op / client CPU/op.")
    print("host-loop lag rows: CPU/op = p50, wall/op = p99, stall = max of a 1 ms heartbeat;")
    print("  raw pulls fetch the same 4-day windows four at a time (read only / + orjson.loads).")
    print("pydantic models: twins of the SDK's (extra='allow'); msgspec twins skip unknown keys.")
    for verdict in verdicts:
        print("target:", verdict)


if __name__ == "__main__":
    main()

"""Every komet_async benchmark, side by side with raw aiohttp, httpx, pydantic v2 and msgspec,
in one run and one table:

    python benchmarks/run.py [--rounds 9] [--quick]

- per call: ``await session.products.list()`` (5 products; limits off, default retries on) vs
  the same GET + ``resp.json()`` with raw aiohttp, vs httpx.AsyncClient, at concurrency 1,
  32 and 256 (``bench_calls.py``);
- a large page: ``invoice.details.list``, 2,000 invoices x 10 lines (~4.7 MB), fetched and
  decoded; the longest event-loop stall meanwhile; and the same page decoded in memory into
  fully typed models (``bench_pages.py``);
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

    from _server import loopback_server
    from bench_calls import bench_calls
    from bench_encode import bench_encode
    from bench_memory import pull_in_child
    from bench_pages import bench_decode_only, bench_page

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
                if name == "komet_async" and concurrency == 32:
                    target = f">= 0.90x: {_verdict(ratio >= 0.90)}"
                    verdicts.append(f"per call at concurrency 32: {ratio:.2f}x (>= 0.90x)")
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

        print("... 4.7 MB page", file=sys.stderr, flush=True)
        pages = asyncio.run(bench_page(url, rounds))
        base = pages["raw aiohttp"].cpu_per_op
        pydantic_ratio = base / pages["pydantic v2"].cpu_per_op
        for name, fig in pages.items():
            ratio = base / fig.cpu_per_op
            target = ""
            if name == "komet_async":
                stall_ok = fig.longest_stall <= 0.050
                target = (
                    f">= pydantic ({pydantic_ratio:.2f}x): {_verdict(ratio >= pydantic_ratio)}; "
                    f"stretch 1.00x: {_verdict(ratio >= 1.0)}; stall <= 50 ms: "
                    f"{_verdict(stall_ok)}"
                )
                verdicts.append(
                    f"typed 4.7 MB page: {ratio:.2f}x of raw resp.json() (pydantic v2: "
                    f"{pydantic_ratio:.2f}x; stretch 1.00x)"
                )
                verdicts.append(f"longest loop stall: {_ms(fig.longest_stall)} (<= 50 ms)")
            rows.append(
                (
                    "invoice page 4.7 MB (GET+decode)",
                    name,
                    _ms(fig.cpu_per_op),
                    _ms(fig.wall_per_op),
                    f"{ratio:.2f}x",
                    _ms(fig.longest_stall),
                    target,
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
    print("pydantic models: twins of the SDK's (extra='allow'); msgspec twins skip unknown keys.")
    for verdict in verdicts:
        print("target:", verdict)


if __name__ == "__main__":
    main()

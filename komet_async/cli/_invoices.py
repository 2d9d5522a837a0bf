"""``komet invoices pull``: every invoice of a date range to a JSON-lines or CSV file, via
``invoices.iter_details`` (4-day windows fetched concurrently, written in date order)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from ._common import (
    Target,
    fail,
    note,
    open_session,
    plain,
    progress_bar,
    run,
    session_options,
    to_json,
)
from ._files import format_of, write_csv

DATE = click.DateTime(formats=["%Y-%m-%d"])
STATUSES = {"pending": 0, "confirmed": 1}


@click.group("invoices")
def invoices_group() -> None:
    """Invoices."""


async def pull_to(
    target: Target,
    sink: IO[str],
    date_from: dt.date,
    date_to: dt.date,
    *,
    concurrency: int,
    show_progress: bool,
    filters: dict[str, Any],
) -> tuple[int, list[str]]:
    """Write one JSON line per invoice to ``sink``; the count and every top-level key seen
    (in first-seen order: the CSV columns)."""
    count = 0
    columns: dict[str, None] = {}
    async with open_session(target) as session:
        with progress_bar(show_progress) as bar:
            invoices = session.invoices.iter_details(
                date_from,
                date_to,
                concurrency=concurrency,
                on_window=bar.callback("4-day windows") if bar else None,
                **filters,
            )
            async for invoice in invoices:
                row = plain(invoice)
                columns.update(dict.fromkeys(row))
                sink.write(to_json(row) + "\n")
                count += 1
    return count, list(columns)


@contextlib.contextmanager
def _spool(directory: Path) -> Iterator[tuple[IO[str], str]]:
    """A temporary file next to the output (renamed into place only when complete)."""
    fd, name = tempfile.mkstemp(dir=directory, prefix=".komet-", suffix=".part")
    try:
        with open(fd, "w+", encoding="utf-8") as handle:
            yield handle, name
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)


@invoices_group.command("pull")
@click.option("--from", "date_from", type=DATE, required=True, help="First ship date (YYYY-MM-DD).")
@click.option("--to", "date_to", type=DATE, required=True, help="Last ship date, included.")
@click.option("--out", "out_path", type=click.Path(path_type=Path, dir_okay=False),
              help="FILE.jsonl or FILE.csv (default: JSON lines on stdout).")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default=None,
              help="Output format (default: from --out's name).")  # fmt: skip
@click.option("--status", type=click.Choice(sorted(STATUSES)), default=None,
              help="Only pending or confirmed invoices (default: all).")  # fmt: skip
@click.option("--customer-id", type=int, default=None)
@click.option("--location-id", type=int, default=None)
@click.option("--concurrency", type=click.IntRange(1, 16), default=4, show_default=True,
              help="Windows fetched at once.")  # fmt: skip
@click.option("--progress/--no-progress", default=True, show_default=True)
@session_options
def invoices_pull(
    target: Target,
    date_from: dt.datetime,
    date_to: dt.datetime,
    out_path: Path | None,
    fmt: str | None,
    status: str | None,
    customer_id: int | None,
    location_id: int | None,
    concurrency: int,
    progress: bool,
) -> None:
    """Pull full invoices (lines, boxes, charges) shipping between --from and --to.

    Any range: it is split into Komet's 4-day windows, fetched concurrently, written in date
    order. JSON lines keep everything; CSV has one row per invoice, lists as JSON cells. The
    file appears only when the pull is complete.

    \b
      komet invoices pull --from 2026-01-01 --to 2026-03-31 --out q1.jsonl
      komet invoices pull --from 2026-03-01 --to 2026-03-07 --out week.csv --status confirmed
    """
    first, last = date_from.date(), date_to.date()
    if last < first:
        fail(f"--to {last} is before --from {first}")
    filters: dict[str, Any] = {}
    if status is not None:
        filters["status"] = STATUSES[status]
    if customer_id is not None:
        filters["customer_id"] = customer_id
    if location_id is not None:
        filters["location_id"] = location_id
    kind = "jsonl" if out_path is None else format_of(out_path, fmt)

    def pull(sink: IO[str], show: bool) -> tuple[int, list[str]]:
        job = pull_to(
            target, sink, first, last, concurrency=concurrency, show_progress=show, filters=filters
        )
        return run(job)

    if out_path is None:
        count, _ = pull(sys.stdout, False)
        note(f"{count} invoices, {first} .. {last}")
        return
    directory = out_path.parent if str(out_path.parent) else Path(".")
    if not directory.is_dir():
        fail(f"{out_path}: no such directory {directory}")
    with _spool(directory) as (spool, spool_name):
        count, columns = pull(spool, progress)
        if kind == "jsonl":
            spool.close()
            os.replace(spool_name, out_path)
        else:
            spool.seek(0)
            write_csv(out_path, (json.loads(line) for line in spool), columns)
    note(f"{count} invoices, {first} .. {last} -> {out_path}")

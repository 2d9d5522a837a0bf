"""``komet inventory push FILE``: validate every line of a CSV / JSON-lines file, then push
them with ``inventory.push`` (one ``inventory.add`` per line, fanned out, quota-checked)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import click

from .._bulk import BulkResult
from ..models.inventory import InventoryLine
from ._common import (
    EXIT_BAD_INPUT,
    JobFailed,
    Target,
    fail,
    note,
    open_session,
    progress_bar,
    run,
    session_options,
)
from ._files import (
    MalformedRecord,
    Record,
    format_of,
    read_records,
    rejects_path,
    without_columns,
    write_rejects,
)
from ._records import FieldError, build


@click.group("inventory")
def inventory_group() -> None:
    """Boxes inventory."""


@attrs.define
class Checked:
    """A file read and checked: the valid lines (with their records) and the rejects."""

    lines: list[InventoryLine] = attrs.field(factory=list)
    records: list[Record] = attrs.field(factory=list)
    rejects: list[tuple[Record, str]] = attrs.field(factory=list)
    columns: list[str] = attrs.field(factory=list)


# The columns a rejects file adds to the input's (see ``write_rejects``): skipped on input,
# so a rejects file, once fixed, can be pushed again as it is.
BOOKKEEPING_COLUMNS = ("row", "reason")


def check_file(path: Path, fmt: str) -> Checked:
    """Read every record and build its :class:`InventoryLine`; nothing is sent here."""
    checked = Checked()
    for item in read_records(path, fmt):
        record = item.record if isinstance(item, MalformedRecord) else item
        record = without_columns(record, BOOKKEEPING_COLUMNS)
        for name in record.fields:
            if name not in checked.columns:
                checked.columns.append(name)
        if isinstance(item, MalformedRecord):
            checked.rejects.append((record, item.reason))
            continue
        try:
            line = build(InventoryLine, record.fields)
        except FieldError as exc:
            reason = f"field {exc.field!r}: {exc.reason}" if exc.field else exc.reason
            checked.rejects.append((record, reason))
            continue
        checked.lines.append(line)
        checked.records.append(record)
    return checked


async def push_lines(
    target: Target,
    lines: Sequence[InventoryLine],
    *,
    concurrency: int,
    allow_partial: bool,
    show_progress: bool,
) -> BulkResult[Any, Any]:
    async with open_session(target) as session:
        with progress_bar(show_progress) as bar:
            return await session.inventory.push(
                lines,
                concurrency=concurrency,
                allow_partial=allow_partial,
                on_progress=bar.callback("inventory.add") if bar else None,
            )


@inventory_group.command("push")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default=None,
              help="Input format (default: from the file name).")  # fmt: skip
@click.option("--continue-on-error", is_flag=True,
              help="Push the valid rows; write the rejected ones (with a reason) to "
                   "FILE.rejects.csv|jsonl.")  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Check every row; send nothing.")
@click.option("--concurrency", type=click.IntRange(1, 64), default=16, show_default=True)
@click.option("--allow-partial", is_flag=True,
              help="If today's quota cannot cover every line, push what fits "
                   "(default: refuse before sending anything).")  # fmt: skip
@click.option("--progress/--no-progress", default=True, show_default=True)
@session_options
def inventory_push(
    target: Target,
    file: Path,
    fmt: str | None,
    continue_on_error: bool,
    dry_run: bool,
    concurrency: int,
    allow_partial: bool,
    progress: bool,
) -> None:
    """Push inventory lines from FILE (.csv or .jsonl): one inventory.add per line.

    Columns are InventoryLine's fields, snake_case or Komet's camelCase: awb, ship_date,
    quantity, unit_type, stems_bunch, bunches, unit_cost, one of vendor_code/grower_id, one
    of product_code/product_id/product_description, one of box_type_code/box_type_id, and
    the optional ones. Every row is checked before anything is sent: a bad row stops the
    job (exit 2) unless --continue-on-error; --dry-run lists every bad row. The ``row`` and
    ``reason`` columns of a rejects file are skipped, so once fixed it can be pushed again.

    \b
      komet inventory push stock.csv
      komet inventory push stock.csv --continue-on-error   # rejects -> stock.rejects.csv
      komet inventory push stock.jsonl --dry-run
      komet inventory push stock.rejects.csv               # after fixing the rejects
    """
    fmt = format_of(file, fmt)
    checked = check_file(file, fmt)
    if not checked.lines and not checked.rejects:
        fail(f"{file}: no rows")
    if dry_run:
        for record, reason in checked.rejects:
            note(f"{record.where(file)}: {reason}")
        note(f"{len(checked.lines)} rows valid, {len(checked.rejects)} rejected; nothing sent")
        _write_rejects(file, fmt, checked.rejects, checked.columns)
        if checked.rejects:
            raise SystemExit(1 if continue_on_error else EXIT_BAD_INPUT)
        return
    if checked.rejects and not continue_on_error:
        record, reason = checked.rejects[0]
        more = len(checked.rejects) - 1
        tail = f" (and {more} more bad {'row' if more == 1 else 'rows'})" if more else ""
        fail(f"{record.where(file)}: {reason}{tail}; nothing was sent")

    rejects = list(checked.rejects)
    result = None
    if checked.lines:
        result = run(
            push_lines(
                target,
                checked.lines,
                concurrency=concurrency,
                allow_partial=allow_partial,
                show_progress=progress,
            ),
            quota_hint=" (--allow-partial pushes what fits)",
        )
        for item in result.items:
            if item.status != "succeeded":
                rejects.append((checked.records[item.index], _send_reason(item)))
    pushed = len(result.succeeded) if result is not None else 0
    used = result.requests_used if result is not None else 0
    note(
        f"pushed {pushed} of {len(checked.lines) + len(checked.rejects)} rows "
        f"({used} requests); {len(rejects)} not pushed"
    )
    rejects.sort(key=lambda pair: pair[0].row)
    _write_rejects(file, fmt, rejects, checked.columns)
    if rejects:
        raise JobFailed(f"{_rows(len(rejects))} not pushed: see {rejects_path(file, fmt)}")


def _send_reason(item: Any) -> str:
    if item.status == "unknown":
        return f"outcome unknown (check before sending again): {item.error}"
    if item.status == "not_attempted":
        return f"not attempted: {item.error or 'quota or cancellation'}"
    return f"failed: {item.error}"


def _write_rejects(
    file: Path, fmt: str, rejects: Sequence[tuple[Record, str]], columns: Sequence[str]
) -> None:
    if not rejects:
        return
    path = rejects_path(file, fmt)
    write_rejects(path, fmt, rejects, columns)
    note(f"rejects ({_rows(len(rejects))}, each with its reason) written to {path}")


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"

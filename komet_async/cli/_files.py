"""Reading records from CSV / JSON-lines files and writing them back (rejects, exports)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from ._common import fail, to_json

FORMATS = ("csv", "jsonl")


def format_of(path: Path, given: str | None = None) -> str:
    if given:
        return given
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    fail(f"{path}: cannot tell the format from the name (use .csv or .jsonl, or --format)")


@attrs.frozen
class Record:
    """One input record: where it is (``line`` in the file, ``row`` among records) and its
    fields as read (CSV: text; JSON: JSON values)."""

    row: int
    line: int
    fields: dict[str, Any]

    def where(self, path: Path) -> str:
        return f"{path}:{self.line}: row {self.row}"


class MalformedRecord(ValueError):
    def __init__(self, record: Record, reason: str) -> None:
        super().__init__(reason)
        self.record = record
        self.reason = reason


def read_records(path: Path, fmt: str) -> Iterator[Record | MalformedRecord]:
    """Each record of the file, or a :class:`MalformedRecord` for a row that cannot be read
    as one (wrong number of CSV cells, a line that is not a JSON object)."""
    if not path.is_file():
        fail(f"{path}: no such file")
    try:
        if fmt == "csv":
            yield from _read_csv(path)
        else:
            yield from _read_jsonl(path)
    except UnicodeDecodeError as exc:
        fail(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})")
    except csv.Error as exc:
        fail(f"{path}: malformed CSV ({exc})")


def _read_csv(path: Path) -> Iterator[Record | MalformedRecord]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or not any(name.strip() for name in header):
            fail(f"{path}: empty file (a header row is expected)")
        header = [name.strip() for name in header]
        if len(set(header)) != len(header) or "" in header:
            fail(f"{path}:1: the header must name every column once")
        row = 0
        for cells in reader:
            if not cells or all(not cell.strip() for cell in cells):
                continue  # blank line
            row += 1
            record = Record(row, reader.line_num, dict(zip(header, cells, strict=False)))
            if len(cells) != len(header):
                yield MalformedRecord(
                    record, f"has {len(cells)} cells, the header has {len(header)} columns"
                )
            else:
                yield record


def _read_jsonl(path: Path) -> Iterator[Record | MalformedRecord]:
    with path.open(encoding="utf-8-sig") as handle:
        row = 0
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            row += 1
            try:
                value = json.loads(text, parse_float=Decimal)
            except json.JSONDecodeError as exc:
                yield MalformedRecord(Record(row, number, {}), f"not valid JSON ({exc.msg})")
                continue
            if not isinstance(value, dict):
                yield MalformedRecord(Record(row, number, {}), "is not a JSON object")
                continue
            yield Record(row, number, value)


def without_columns(record: Record, names: Sequence[str]) -> Record:
    """``record`` without the fields ``names`` (exact names), or ``record`` itself."""
    if not any(name in record.fields for name in names):
        return record
    kept = {key: value for key, value in record.fields.items() if key not in names}
    return Record(record.row, record.line, kept)


def rejects_path(path: Path, fmt: str) -> Path:
    """``stock.csv`` → ``stock.rejects.csv``."""
    return path.with_name(f"{path.stem}.rejects.{'csv' if fmt == 'csv' else 'jsonl'}")


def write_rejects(
    path: Path, fmt: str, rejects: Sequence[tuple[Record, str]], columns: Sequence[str]
) -> None:
    """The rejected records as read, plus ``row`` (in the input) and ``reason``."""
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["row", *columns, "reason"])
            for record, reason in rejects:
                cells = [_cell(record.fields.get(name)) for name in columns]
                writer.writerow([record.row, *cells, reason])
    else:
        with path.open("w", encoding="utf-8") as handle:
            for record, reason in rejects:
                data = {"row": record.row, **record.fields, "reason": reason}
                handle.write(to_json(data) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return to_json(value)
    return str(value)


def write_csv(path: Path, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(name)) for name in columns])

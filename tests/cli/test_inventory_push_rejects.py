"""``komet inventory push``: --dry-run names every bad row, and a rejects file the push wrote
can be pushed again as it is once fixed (its ``row`` and ``reason`` columns are skipped)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .conftest import Komet, ThreadedFake, write
from .test_inventory_push import HEADER, row


def test_dry_run_lists_every_bad_row(komet: Komet, fake: ThreadedFake, tmp_path: Path) -> None:
    stock = write(
        tmp_path / "stock.csv",
        [HEADER, row(1), row(2, quantity="0"), row(3), row(4, ship_date="03/02/2026"), row(5)],
    )
    result = komet("inventory", "push", str(stock), "--dry-run")
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        f"{stock}:3: row 2: field 'quantity': must be at least 1",
        f"{stock}:5: row 4: field 'ship_date': expected a YYYY-MM-DD date (not a date)",
    ]
    assert "3 rows valid, 2 rejected; nothing sent" in result.stderr
    assert list(fake.fake.requests) == []

    result = komet("inventory", "push", str(stock), "--dry-run", "--continue-on-error")
    assert result.exit_code == 1
    assert (
        "row 2: field 'quantity'" in result.stderr and "row 4: field 'ship_date'" in result.stderr
    )
    assert list(fake.fake.requests) == []


def test_a_fixed_rejects_file_pushes_again_as_is(
    komet: Komet, fake: ThreadedFake, tmp_path: Path
) -> None:
    stock = write(tmp_path / "stock.csv", [HEADER, row(1), row(2, quantity="-3"), row(3)])
    result = komet("inventory", "push", str(stock), "--continue-on-error", "--no-progress")
    assert result.exit_code == 1
    rejects_file = tmp_path / "stock.rejects.csv"
    with rejects_file.open(newline="") as handle:
        rejects = list(csv.DictReader(handle))
    assert [r["row"] for r in rejects] == ["2"]
    rejects[0]["quantity"] = "3"  # the fix; row and reason are left as they are
    with rejects_file.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rejects[0]))
        writer.writeheader()
        writer.writerows(rejects)

    result = komet("inventory", "push", str(rejects_file), "--no-progress")
    assert result.exit_code == 0, result.output
    assert "pushed 1 of 1 rows" in result.stderr
    sent = fake.sent("inventory.add")
    assert sorted(r.params["awb"] for r in sent) == ["729-00000001", "729-00000002", "729-00000003"]
    assert "row" not in sent[-1].params and "reason" not in sent[-1].params


def test_a_fixed_json_lines_rejects_file_pushes_again(
    komet: Komet, fake: ThreadedFake, tmp_path: Path
) -> None:
    good = dict(
        vendor_code="V01", awb="729-1", ship_date="2026-03-02", product_code="HY1001",
        quantity=3, box_type_code="HB", unit_type="bunch", stems_bunch=25, bunches=10,
        unit_cost="2.15",
    )  # fmt: skip
    stock = write(tmp_path / "stock.jsonl", [json.dumps({**good, "awb": "x" * 21})])
    komet("inventory", "push", str(stock), "--continue-on-error", "--no-progress")
    rejects_file = tmp_path / "stock.rejects.jsonl"
    (reject,) = [json.loads(line) for line in rejects_file.read_text().splitlines()]
    assert set(reject) >= {"row", "reason"}
    rejects_file.write_text(json.dumps({**reject, "awb": "729-2"}) + "\n")
    result = komet("inventory", "push", str(rejects_file), "--no-progress")
    assert result.exit_code == 0, result.output
    assert [r.params["awb"] for r in fake.sent("inventory.add")] == ["729-2"]

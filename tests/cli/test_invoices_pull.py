"""``komet invoices pull --from --to --out FILE``: any range, in 4-day windows, written in
date order; the file appears only when the pull is complete."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests._today import TODAY

from .conftest import Komet, ThreadedFake, assert_no_token


def windows_sent(fake: ThreadedFake) -> list[tuple[str, str]]:
    return sorted(
        (r.params["orderDateFrom"], r.params["orderDateTo"])
        for r in fake.sent("invoice.details.list")
    )


def test_pull_to_json_lines(komet: Komet, fake: ThreadedFake, tmp_path: Path) -> None:
    out = tmp_path / "march.jsonl"
    result = komet(
        "invoices", "pull", "--from", "2026-03-01", "--to", "2026-03-10", "--out", str(out)
    )
    assert result.exit_code == 0, result.output
    assert windows_sent(fake) == [
        ("2026-03-01", "2026-03-04"),
        ("2026-03-05", "2026-03-08"),
        ("2026-03-09", "2026-03-10"),
    ]
    invoices = [json.loads(line) for line in out.read_text().splitlines()]
    assert invoices, "the fake seeds invoices every day"
    assert f"{len(invoices)} invoices, 2026-03-01 .. 2026-03-10 -> {out}" in result.stderr
    ids = [invoice["id"] for invoice in invoices]
    assert len(ids) == len(set(ids))
    ship_dates = [invoice["shipDate"] for invoice in invoices]
    assert ship_dates == sorted(ship_dates)
    assert all("2026-03-01" <= day <= "2026-03-10" for day in ship_dates)
    assert any(invoice["details"] for invoice in invoices)
    assert [p.name for p in tmp_path.iterdir()] == ["march.jsonl"]  # no spool left behind
    assert_no_token(result, fake.token)


def test_pull_to_csv_matches_json_lines(komet: Komet, tmp_path: Path) -> None:
    dates = ["--from", "2026-03-01", "--to", "2026-03-05", "--no-progress"]
    assert komet("invoices", "pull", *dates, "--out", str(tmp_path / "a.jsonl")).exit_code == 0
    result = komet("invoices", "pull", *dates, "--out", str(tmp_path / "a.csv"))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    with (tmp_path / "a.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(lines)
    assert [row["id"] for row in rows] == [str(line["id"]) for line in lines]
    assert json.loads(rows[0]["details"]) == json.loads(json.dumps(lines[0]["details"]))


def test_pull_to_stdout_with_filters(komet: Komet, fake: ThreadedFake) -> None:
    result = komet(
        "invoices", "pull", "--from", "2026-03-01", "--to", "2026-03-02", "--status", "confirmed"
    )
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        json.loads(line)
    assert {r.params.get("status") for r in fake.sent("invoice.details.list")} == {"1"}


def test_bad_input_sends_nothing(komet: Komet, fake: ThreadedFake, tmp_path: Path) -> None:
    cases = [
        (["--from", "2026-03-05", "--to", "2026-03-01"], "is before --from"),
        (["--from", "03/01/2026", "--to", "2026-03-05"], "'03/01/2026' does not match"),
        (["--to", "2026-03-05"], "Missing option '--from'"),
        (["--from", "2026-03-01", "--to", "2026-03-02", "--out", "x.txt"], "cannot tell"),
        (
            ["--from", "2026-03-01", "--to", "2026-03-02", "--out", str(tmp_path / "no/x.csv")],
            "no such directory",
        ),
    ]
    for args, expected in cases:
        result = komet("invoices", "pull", *args)
        assert result.exit_code == 2, (args, result.output)
        assert expected in result.stderr, (args, result.stderr)
    assert list(fake.fake.requests) == []


def test_a_failed_pull_leaves_no_file(komet: Komet, tmp_path: Path) -> None:
    out = tmp_path / "q1.jsonl"
    today = TODAY
    result = komet(
        "invoices", "pull", "--from", str(today), "--to", str(today), "--out", str(out),
        token="not-a-valid-token",
    )  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr.startswith("error: invoice.details.list")
    assert list(tmp_path.iterdir()) == []
    assert_no_token(result, "not-a-valid-token")

"""``komet inventory push FILE``: every row checked before anything is sent; bad input is
one line naming the row and field, exit 2; --continue-on-error pushes the valid rows and
writes the rejects (with a reason) next to the input."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .conftest import Komet, ThreadedFake, assert_no_token, write

HEADER = (
    "vendor_code,awb,ship_date,product_code,quantity,box_type_code,unit_type,stems_bunch,"
    "bunches,unit_cost"
)


def row(
    n: int, *, quantity: str = "5", ship_date: str = "2026-03-02", product: str = "HY1001"
) -> str:
    return f"V01,729-{n:08d},{ship_date},{product},{quantity},HB,bunch,25,10,2.150"


def test_push_a_csv(komet: Komet, fake: ThreadedFake, tmp_path: Path) -> None:
    stock = write(tmp_path / "stock.csv", [HEADER, *(row(n) for n in range(40))])
    result = komet("inventory", "push", str(stock), "--no-progress")
    assert result.exit_code == 0, result.output
    assert "pushed 40 of 40 rows" in result.stderr
    sent = fake.sent("inventory.add")
    assert len(sent) == 40 and all(r.outcome == "ok" for r in sent)
    assert {r.params["awb"] for r in sent} == {f"729-{n:08d}" for n in range(40)}
    assert not (tmp_path / "stock.rejects.csv").exists()
    assert_no_token(result, fake.token)


def test_push_json_lines_with_camel_case_keys(
    komet: Komet, fake: ThreadedFake, tmp_path: Path
) -> None:
    line = {
        "vendorCode": "V01",
        "awb": "729-00000001",
        "shipDate": "2026-03-02",
        "productCode": "HY1001",
        "quantity": 250,  # more than one call takes: pushed as 100 + 100 + 50
        "boxTypeCode": "HB",
        "unitType": "Stem",
        "stemsBunch": 1,
        "bunches": 0,
        "unitCost": 0.375,
    }
    stock = write(tmp_path / "stock.jsonl", [json.dumps(line)])
    result = komet("inventory", "push", str(stock), "--no-progress")
    assert result.exit_code == 0, result.output
    sent = fake.sent("inventory.add")
    assert sorted(int(r.params["quantity"]) for r in sent) == [50, 100, 100]
    assert {r.params["unitCost"] for r in sent} == {"0.375"}


def test_an_invalid_field_stops_everything(
    komet: Komet, fake: ThreadedFake, tmp_path: Path
) -> None:
    stock = write(tmp_path / "stock.csv", [HEADER, row(1), row(2, quantity="0"), row(3)])
    result = komet("inventory", "push", str(stock))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {stock}:3: row 2: field 'quantity': must be at least 1; nothing was sent\n"
    )
    assert fake.sent("inventory.add") == []


def test_every_kind_of_bad_row_names_its_row_and_field(
    komet: Komet, fake: ThreadedFake, tmp_path: Path
) -> None:
    cases = {
        row(1, quantity="five"): "field 'quantity': expected an integer",
        row(1, ship_date="2026-02-30"): "field 'ship_date': expected a YYYY-MM-DD date",
        row(1, ship_date="03/02/2026"): "field 'ship_date': expected a YYYY-MM-DD date",
        row(1).replace("2.150", "2.1505"): "field 'unit_cost': must have at most 3 decimal",
        row(1).replace(",bunch,", ",box,"): "field 'unit_type': must be one of: stem, bunch",
        row(1).replace("V01,", ","): "field 'grower_id': one of grower_id, vendor_code is required",
        row(1) + ",extra": "has 11 cells, the header has 10 columns",
        "V01,729-1": "has 2 cells, the header has 10 columns",
    }
    for bad, expected in cases.items():
        stock = write(tmp_path / "stock.csv", [HEADER, row(1), bad])
        result = komet("inventory", "push", str(stock))
        assert result.exit_code == 2, (bad, result.output)
        assert result.stderr.startswith(f"error: {stock}:3: row 2: {expected}"), result.stderr
        assert len(result.stderr.splitlines()) == 1
    stock = write(tmp_path / "stock.csv", [HEADER.replace("awb", "airway"), row(1)])
    result = komet("inventory", "push", str(stock))
    assert result.exit_code == 2
    assert "row 1: field 'airway': unknown field" in result.stderr
    assert fake.sent("inventory.add") == []


def test_bad_files(komet: Komet, fake: ThreadedFake, tmp_path: Path) -> None:
    result = komet("inventory", "push", str(tmp_path / "missing.csv"))
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'missing.csv'}: no such file\n"

    cases = {
        "stock.txt": ([HEADER, row(1)], "cannot tell the format"),
        "empty.csv": ([""], "empty file"),
        "header-only.csv": ([HEADER], "no rows"),
        "dupe.csv": ([HEADER + ",awb", row(1) + ",x"], "the header must name every column once"),
        "bad.jsonl": (['{"awb": '], "row 1: not valid JSON"),
        "list.jsonl": (["[1, 2]"], "row 1: is not a JSON object"),
    }
    for name, (lines, expected) in cases.items():
        result = komet("inventory", "push", str(write(tmp_path / name, lines)))
        assert result.exit_code == 2, (name, result.output)
        assert expected in result.stderr, (name, result.stderr)
    (tmp_path / "latin.csv").write_bytes(HEADER.encode() + b"\n" + row(1).encode() + b"\xe9\n")
    result = komet("inventory", "push", str(tmp_path / "latin.csv"))
    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr
    assert fake.sent("inventory.add") == []


def test_dry_run_sends_nothing(komet: Komet, fake: ThreadedFake, tmp_path: Path) -> None:
    stock = write(tmp_path / "stock.csv", [HEADER, row(1), row(2)])
    result = komet("inventory", "push", str(stock), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "2 rows valid, 0 rejected; nothing sent" in result.stderr
    assert list(fake.fake.requests) == []


def test_continue_on_error_pushes_the_valid_rows_and_writes_the_rejects(
    komet: Komet, fake: ThreadedFake, tmp_path: Path
) -> None:
    stock = write(
        tmp_path / "stock.csv",
        [
            HEADER,
            row(1),
            row(2, quantity="-3"),
            row(3),
            row(4, product="NOSUCH"),  # valid input; the server does not know the product
            row(5) + ",x",
        ],
    )
    result = komet("inventory", "push", str(stock), "--continue-on-error", "--no-progress")
    assert result.exit_code == 1
    assert "pushed 2 of 5 rows" in result.stderr
    rejects_file = tmp_path / "stock.rejects.csv"
    assert f"see {rejects_file}" in result.stderr
    with rejects_file.open(newline="") as handle:
        rejects = list(csv.DictReader(handle))
    assert [r["row"] for r in rejects] == ["2", "4", "5"]
    assert rejects[0]["quantity"] == "-3"
    assert rejects[0]["reason"] == "field 'quantity': must be at least 1"
    assert rejects[1]["product_code"] == "NOSUCH"
    assert rejects[1]["reason"].startswith("failed: inventory.add:")
    assert rejects[2]["reason"] == "has 11 cells, the header has 10 columns"
    assert list(rejects[0])[:2] == ["row", "vendor_code"] and list(rejects[0])[-1] == "reason"
    sent = fake.sent("inventory.add")
    assert sorted(r.params["awb"] for r in sent) == ["729-00000001", "729-00000003", "729-00000004"]


def test_continue_on_error_with_json_lines(
    komet: Komet, fake: ThreadedFake, tmp_path: Path
) -> None:
    good = dict(
        vendor_code="V01", awb="729-1", ship_date="2026-03-02", product_code="HY1001",
        quantity=3, box_type_code="HB", unit_type="bunch", stems_bunch=25, bunches=10,
        unit_cost="2.15",
    )  # fmt: skip
    stock = write(
        tmp_path / "stock.jsonl",
        [json.dumps(good), json.dumps({**good, "awb": "x" * 21}), "not json"],
    )
    result = komet("inventory", "push", str(stock), "--continue-on-error", "--no-progress")
    assert result.exit_code == 1
    rejects = [
        json.loads(line) for line in (tmp_path / "stock.rejects.jsonl").read_text().splitlines()
    ]
    assert [(r["row"], r["reason"]) for r in rejects] == [
        (2, "field 'awb': must be at most 20 characters (got 21)"),
        (3, "not valid JSON (Expecting value)"),
    ]
    assert len(fake.sent("inventory.add")) == 1


def test_quota_too_small_refuses_before_sending(
    komet: Komet, fake: ThreadedFake, tmp_path: Path
) -> None:
    stock = write(tmp_path / "stock.csv", [HEADER, *(row(n) for n in range(5))])
    result = komet("inventory", "push", str(stock), "--daily-quota", "3", "--no-progress")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: daily quota of 3 requests")
    assert result.stderr.endswith("nothing was sent (--allow-partial pushes what fits)\n")
    assert fake.sent("inventory.add") == []

    result = komet(
        "inventory", "push", str(stock), "--daily-quota", "3", "--allow-partial", "--no-progress"
    )
    assert result.exit_code == 1
    assert "pushed 3 of 5 rows" in result.stderr
    assert len(fake.sent("inventory.add")) == 3

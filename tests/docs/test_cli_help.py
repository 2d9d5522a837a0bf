"""The examples of every ``komet`` command's ``--help`` run (against the embedded fake)."""

from __future__ import annotations

import shlex
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from komet_async.cli import cli

# Commands that serve until Ctrl-C (tests/cli covers them).
SERVES_FOREVER = {"fake-server"}
# The input files the examples name, as the README's "The komet command" shows them.
STOCK_CSV = (
    "vendor_code,awb,ship_date,product_code,quantity,box_type_code,unit_type,stems_bunch,"
    "bunches,unit_cost\n"
    "V01,729-12345675,2026-03-02,RO1007,10,HB,bunch,25,10,2.150\n"
    "V02,729-12345686,2026-03-03,RO1013,250,QB,stem,1,0,0.375\n"
)
STOCK_JSONL = (
    '{"vendor_code": "V01", "awb": "729-12345675", "ship_date": "2026-03-02", '
    '"product_code": "RO1007", "quantity": 10, "box_type_code": "HB", "unit_type": "bunch", '
    '"stems_bunch": 25, "bunches": 10, "unit_cost": "2.150"}\n'
)


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
    return found


def help_examples() -> list[list[str]]:
    """Every line of a ``--help`` text that starts with ``komet `` (backslash lines joined)."""
    examples = []
    runner = CliRunner()
    for path in _commands(cli):
        text = runner.invoke(cli, [*path, "--help"]).output.replace("\\\n", " ")
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("komet ") and "--help" not in line:
                words = shlex.split(line, comments=True)[1:]
                if ">" in words:  # a shell redirection: the command is what runs
                    words = words[: words.index(">")]
                if words[0] not in SERVES_FOREVER:
                    examples.append(words)
    return examples


def test_help_examples_are_found() -> None:
    examples = help_examples()
    assert ["call", "product.list", "description=rose"] in examples
    assert any(e[:2] == ["call", "purchase.order.list"] for e in examples)


@pytest.mark.parametrize("args", help_examples(), ids=" ".join)
def test_a_help_example_runs_against_the_fake(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("stock.csv").write_text(STOCK_CSV)
    Path("stock.rejects.csv").write_text(STOCK_CSV)
    Path("stock.jsonl").write_text(STOCK_JSONL)
    result = CliRunner().invoke(cli, [*args, "--fake"])
    assert result.exit_code == 0, result.output

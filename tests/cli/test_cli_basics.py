"""``komet products list``, ``quota``, ``call``, ``methods``, ``fake-server``, and the token
rules every command follows: from --token or KOMET_TOKEN, never printed."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

from click.testing import CliRunner

from komet_async.cli import cli

from .conftest import Komet, ThreadedFake, assert_no_token

SECRET = "zz9plural9z9alpha9secret9tok"


def test_help_lists_the_commands_and_never_shows_the_token() -> None:
    runner = CliRunner()
    top = runner.invoke(cli, ["--help"], env={"KOMET_TOKEN": SECRET})
    assert top.exit_code == 0
    for command in ("demo", "inventory", "invoices", "products", "quota", "call"):
        assert command in top.output
    for args in (["products", "list"], ["inventory", "push"], ["invoices", "pull"], ["call"]):
        result = runner.invoke(cli, [*args, "--help"], env={"KOMET_TOKEN": SECRET})
        assert result.exit_code == 0
        assert "KOMET_TOKEN" in result.output  # the variable is named...
        assert_no_token(result, SECRET)  # ...its value is not


def test_products_list_prints_a_table(komet: Komet, fake: ThreadedFake) -> None:
    result = komet("products", "list", "--description", "rose")
    assert result.exit_code == 0, result.output
    assert "Rose" in result.stdout
    assert "products" in result.stderr
    assert_no_token(result, fake.token)
    assert len(fake.sent("product.list")) == 1


def test_products_list_as_json_lines(komet: Komet) -> None:
    result = komet("products", "list", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("id" in row and "legacyCode" in row for row in rows)


def test_token_option_wins_over_the_environment(komet: Komet, fake: ThreadedFake) -> None:
    result = komet("products", "list", "--token", fake.token, token=SECRET)
    assert result.exit_code == 0, result.output


def test_a_rejected_token_is_one_line_exit_1_and_never_printed(komet: Komet) -> None:
    result = komet("products", "list", token=SECRET)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: product.list")
    assert len(result.stderr.strip().splitlines()) == 1
    assert_no_token(result, SECRET)

    result = komet("products", "list", "--token", SECRET, token="")
    assert result.exit_code == 1
    assert_no_token(result, SECRET)


def test_no_token_is_bad_input(komet: Komet) -> None:
    result = komet("products", "list", token="")
    assert result.exit_code == 2
    assert "KOMET_TOKEN" in result.stderr


def test_fake_flag_needs_no_token() -> None:
    result = CliRunner().invoke(cli, ["products", "list", "--fake", "--format", "json"], env={})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)


def test_quota(komet: Komet) -> None:
    result = komet("quota", "--json", "--daily-quota", "3000")
    assert result.exit_code == 0, result.output
    status = json.loads(result.stdout)
    assert status["limit"] == 3000
    assert status["remaining"] == 3000 - status["used"]
    assert status["resets_at"]

    result = komet("quota", "--daily-quota", "none")
    assert result.exit_code == 0
    assert "no limit" in result.stdout


def test_call_builds_the_request_from_snake_or_camel_keys(komet: Komet, fake: ThreadedFake) -> None:
    result = komet("call", "product.list", "legacy_code=HY1001")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert [p["legacyCode"] for p in answer["products"]] == ["HY1001"]

    result = komet("call", "product.list", "legacyCode=HY1001")
    assert json.loads(result.stdout) == answer
    assert [r.params for r in fake.sent("product.list")] == [{"legacyCode": "HY1001"}] * 2
    assert_no_token(result, fake.token)


def test_call_accepts_the_python_name_and_json_for_lists(komet: Komet, fake: ThreadedFake) -> None:
    result = komet("call", "products.list", "id=1001")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["products"][0]["id"] == 1001

    result = komet(
        "call",
        "prebook.create",
        "shipDate=2026-03-10",
        "customer_id=23401",
        "carrierId=1360",
        'prebookItems=[{"product_id": 1001, "boxTypeId": 1056, "boxes": 2}]',
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["prebookId"]
    (sent,) = fake.sent("prebook.create")
    assert sent.params["prebookItems"] == [{"productId": 1001, "boxTypeId": 1056, "boxes": 2}]


def test_call_bad_input_names_the_field_and_sends_nothing(komet: Komet, fake: ThreadedFake) -> None:
    cases = {
        ("product.list", "id=abc"): "id: expected an integer",
        ("product.list", "colour=red"): "colour: unknown field",
        ("product.list", "description"): "expected key=value",
        ("product.lst",): "did you mean product.list",
        ("prebook.create", "customerId=1"): "ship_date: is required",
        ("prebook.create", "shipDate=2026-02-30", "customerId=1"): "shipDate: expected a",
        ("product.add", "category=Rose"): "one of color, variety, grade is required",
        ("product.list", "description=" + "x" * 201): "description: must be at most 200",
    }
    for args, expected in cases.items():
        result = komet("call", *args)
        assert result.exit_code == 2, (args, result.output)
        assert expected in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    assert list(fake.fake.requests) == []


def test_methods_lists_the_catalog(komet: Komet) -> None:
    result = komet("methods", "--json")
    assert result.exit_code == 0
    names = {row["method"] for row in json.loads(result.stdout)}
    assert {"product.list", "inventory.add", "invoice.details.list"} <= names


def test_fake_server_command_serves_the_fake() -> None:
    command = [sys.executable, "-c", "from komet_async.cli import main; main()"]
    proc = subprocess.Popen(
        [*command, "fake-server", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().split()[-1]
        token = proc.stdout.readline().split()[-1]
        assert url.startswith("http://127.0.0.1:")
        result = CliRunner().invoke(
            cli,
            ["products", "list", "--id", "1001", "--format", "json"],
            env={"KOMET_BASE_URL": url, "KOMET_TOKEN": token},
        )
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)[0]["id"] == 1001
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_quota_says_whose_count_it_shows(komet: Komet) -> None:
    text = komet("quota").stdout
    assert "counted by: this process only" in text and "--quota-store" in text
    assert json.loads(komet("quota", "--json").stdout)["counted_by"] == "this process only"


def test_timeout_option_bounds_each_attempt(komet: Komet) -> None:
    """A server that accepts the connection and never answers: --timeout decides how long
    each attempt waits, and the error says so."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # connections queue in the backlog; nothing ever answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/api/"
        result = komet("products", "list", "--timeout", "0.2", env={"KOMET_BASE_URL": url})
    assert result.exit_code == 1
    assert "no answer within 0.2 s" in result.stderr
    assert "--timeout" in komet("products", "list", "--help").stdout

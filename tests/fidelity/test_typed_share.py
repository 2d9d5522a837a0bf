"""Done when (issue 17): a payload shaped as third-party.md shows for each of
invoice.details.list, prebook.details.list and purchase.order.list decodes with at least
95% of the fields integrations read typed. The fields are COUNTED from third-party.md's
lists (its bullets ``- **table[]**: `name`, ...``), not written down here."""

from __future__ import annotations

import datetime as dt
import re
import typing
from decimal import Decimal
from typing import Any

import aiohttp
import attrs
import pytest

import komet_async as komet
from komet_async._convert import _optional_inner
from komet_async._wire import rule_of, wire_name
from komet_async.testing import FakeKomet
from tests._docs import DOCS_DIR
from tests._today import TODAY
from tests.foundation.test_no_float import floats_in

THIRD_PARTY = (DOCS_DIR / "third-party.md").read_text(encoding="utf-8")
METHODS = ("invoice.details.list", "prebook.details.list", "purchase.order.list")
_NAME = re.compile(r"`([a-z][A-Za-z0-9]*)`")
_SPAN = re.compile(r"`([^`]*)`")
"""A code span, matched left to right (a span that is no field name -- `numeric(18,4)`,
`REPLACE(amount, ',', '')` -- is dropped before parentheses are)."""
_TABLE = re.compile(r"^- \*\*([A-Za-z]+)\[\]\*\*(.*)$")


def _without_parentheses(text: str) -> str:
    """``text`` without its (possibly nested) parenthesised remarks: they hold examples
    (`P002296`, `"1,234.50"`) and other spellings (`shipvia`), not fields read."""
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def tables_read(method: str) -> dict[str, list[str]]:
    """The tables (``invoices``, ``details``, ...) of ``method``'s section of third-party.md
    and the field names each bullet lists, in order (a table read whole lists none)."""
    section = THIRD_PARTY.split(f"\n## {method}", 1)[1].split("\n## ", 1)[0]
    bullets: list[str] = []
    for line in section.splitlines():
        if line.startswith("- "):
            bullets.append(line)
        elif line.startswith("  ") and bullets:
            bullets[-1] += " " + line.strip()
        else:
            bullets.append("")  # a paragraph ends a bullet
    tables: dict[str, list[str]] = {}
    for bullet in bullets:
        found = _TABLE.match(bullet)
        if found is None:
            continue
        text = _without_parentheses(
            _SPAN.sub(lambda m: m[0] if _NAME.fullmatch(m[0]) else "", found.group(2))
        )
        names = _NAME.findall(text)
        tables[found.group(1)] = list(dict.fromkeys(names))
    return tables


def test_the_lists_are_read_as_third_party_md_counts_them() -> None:
    invoice = tables_read("invoice.details.list")
    # The section says "(33 fields read)" and "(22)": the parse finds exactly those.
    assert (len(invoice["invoices"]), len(invoice["details"])) == (33, 22)
    assert "shipvia" not in tables_read("prebook.details.list")["prebooks"]
    orders = tables_read("purchase.order.list")
    assert orders["purchaseOrders"][:2] == ["id", "number"]
    assert "numeric" not in orders["details"] and orders["details"][-1] == "totalCost"


# --- a payload shaped as the lists show ----------------------------------------------------


def _field_of(cls: type, key: str) -> attrs.Attribute[Any] | None:
    for a in _fields(cls):
        rule = rule_of(a)
        if rule.on_wire and key in (wire_name(a), *rule.also_reads):
            return a
    return None


def _item_model(tp: Any) -> type | None:
    inner = _optional_inner(tp) or tp
    if typing.get_origin(inner) is list:
        (item,) = typing.get_args(inner)
        return item if attrs.has(item) else None
    return None


def _fields(cls: type) -> tuple[attrs.Attribute[Any], ...]:
    """``cls``'s attrs fields, their annotations resolved to types."""
    return attrs.fields(attrs.resolve_types(cls))


def _find_table(cls: type, table: str, depth: int = 0) -> tuple[type, list[str]] | None:
    """The model of ``table`` under ``cls`` (breadth first) and the wire path to it."""
    for a in _fields(cls):
        item = _item_model(a.type)
        if item is not None and rule_of(a).on_wire and wire_name(a) == table:
            return item, [table]
    if depth < 3:
        for a in _fields(cls):
            item = _item_model(a.type)
            if item is not None and rule_of(a).on_wire:
                found = _find_table(item, table, depth + 1)
                if found is not None:
                    return found[0], [wire_name(a), *found[1]]
    return None


def _wire_value(tp: Any, key: str, index: int) -> Any:
    """A value as integrations see it on the wire, for a field of type ``tp``: money and
    quantities as grouped text or JSON numbers, dates as date-times, ids as numbers or
    text (both are seen)."""
    inner = _optional_inner(tp) or tp
    if inner is bool:
        return "true" if index % 2 else 1
    if inner is int:
        return 1200 + index if index % 2 else str(1200 + index)
    if inner is Decimal:
        return "1,234.50" if index % 2 else 12.5
    if inner is dt.date:
        return "2026-06-15 00:00:00" if index % 2 else "2026-06-15"
    if inner is dt.datetime:
        return "2026-06-14 10:22:01"
    return f"{key} text"  # a text field -- or a name no model declares yet


def _payload(method: str, tables: dict[str, list[str]]) -> tuple[dict[str, Any], dict[str, type]]:
    """An answer with one row per table, nested where the models nest them, each listed
    field given a value; and the model each table decodes into."""
    response = komet.CATALOG[method].response_type
    rows: dict[str, dict[str, Any]] = {}
    models: dict[str, type] = {}
    paths: dict[str, list[str]] = {}
    for table in tables:
        found = _find_table(response, table)
        assert found is not None, f"{method}: no model holds {table}[]"
        models[table], paths[table] = found
        row: dict[str, Any] = {}
        for index, key in enumerate(tables[table]):
            a = _field_of(found[0], key)
            row[key] = _wire_value(a.type if a is not None else str, key, index)
        rows[table] = row
    payload: dict[str, Any] = {"status": "1", "message": "OK"}
    for table in sorted(tables, key=lambda t: len(paths[t])):
        parent = payload
        for step in paths[table][:-1]:
            parent = parent[step][0]
        parent[paths[table][-1]] = [rows[table]]
    return payload, models


def _decoded_rows(answer: Any, payload: dict[str, Any], method: str) -> dict[str, Any]:
    tables = tables_read(method)
    response = komet.CATALOG[method].response_type
    found: dict[str, Any] = {}
    for table in tables:
        _, path = _find_table(response, table) or (None, [])
        node = answer
        for step in path:
            a = next(a for a in attrs.fields(type(node)) if wire_name(a) == step)
            node = getattr(node, a.name)[0]
        found[table] = node
    return found


@pytest.mark.parametrize("method", METHODS)
def test_at_least_95_percent_of_the_fields_read_are_typed(method: str) -> None:
    tables = tables_read(method)
    payload, _ = _payload(method, tables)
    answer = komet.CATALOG[method].decode(payload)
    rows = _decoded_rows(answer, payload, method)
    typed, untyped = 0, []
    for table, names in tables.items():
        row = rows[table]
        for key in names:
            a = _field_of(type(row), key)
            if a is not None and getattr(row, a.name) is not None and key not in row.extra:
                typed += 1
            else:
                untyped.append(f"{table}.{key}")
    listed = sum(len(names) for names in tables.values())
    assert listed >= 40  # the lists were found (44 for prebooks, the fewest)
    assert typed / listed >= 0.95, f"{method}: {typed}/{listed} typed; untyped: {untyped}"
    assert list(floats_in(answer)) == []


@pytest.mark.parametrize("method", METHODS)
def test_money_of_the_shaped_payload_is_exact(method: str) -> None:
    payload, _ = _payload(method, tables_read(method))
    answer = komet.CATALOG[method].decode(payload)
    rows = _decoded_rows(answer, payload, method)
    money = [
        getattr(row, a.name)
        for row in rows.values()
        for a in _fields(type(row))
        if (_optional_inner(a.type) or a.type) is Decimal and getattr(row, a.name) is not None
    ]
    assert money and set(money) <= {Decimal("1234.50"), Decimal("12.5")}


# --- the fake answers these shapes ---------------------------------------------------------

FAKE_CALLS = {
    "invoice.details.list": ("orderDate", "invoices"),
    "prebook.details.list": ("date", "prebooks"),
    "purchase.order.list": ("date", "purchaseOrders"),
}
ONLY_AFTER_WRITES = {
    # Rows the fake has only once a write made them (seeded lines have none).
    "prebook.details.list": {"breakdowns"},  # prebook.create with breakdowns
    "purchase.order.list": {"boxes", "breakdowns"},  # a confirmed line; create's breakdowns
}
SPELLINGS = {"shipVia": {"shipVia", "shipvia"}}  # the docs write shipvia; RB reads shipVia


def _keys_by_table(rows: list[Any], table: str, seen: dict[str, set[str]]) -> None:
    for row in rows:
        for key, value in row.items():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                _keys_by_table(value, key, seen)
            seen.setdefault(table, set()).add(key)


@pytest.mark.parametrize("method", METHODS)
async def test_the_fake_answers_every_field_listed(method: str) -> None:
    param, top = FAKE_CALLS[method]
    seen: dict[str, set[str]] = {}
    texts: list[str] = []
    async with FakeKomet(seed=5) as fake, aiohttp.ClientSession() as http:
        for offset in range(30):
            query = {"authenticationToken": fake.token, param: str(TODAY + dt.timedelta(offset))}
            async with http.get(f"{fake.url}{method}", params=query) as reply:
                payload = await reply.json()
            _keys_by_table(payload.get(top, []), top, seen)
            texts += _money_texts(payload.get(top, []))
    for table, names in tables_read(method).items():
        if table in ONLY_AFTER_WRITES.get(method, ()):
            continue
        missing = [n for n in names if not SPELLINGS.get(n, {n}) & seen.get(table, set())]
        assert missing == [], f"{method} {table}[]: the fake never answers {missing}"
    if method != "prebook.details.list":  # some money comes as grouped text
        assert any("," in t for t in texts), texts[:5]


def _money_texts(rows: list[Any]) -> list[str]:
    found: list[str] = []
    for row in rows:
        for key, value in row.items():
            if isinstance(value, list):
                found += _money_texts([v for v in value if isinstance(v, dict)])
            elif key in ("amount", "totalCost") and isinstance(value, str):
                found.append(value)
    return found

"""Fixtures of the invoice tests: a FakeKomet, sessions on it, a lossless-decode check."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import komet_async as komet
from komet_async._convert import exact_json
from komet_async._wire import rule_of, wire_name
from komet_async.models._base import KometModel
from komet_async.testing import FakeKomet
from komet_async.testing._state_invoices import InvoiceBook, invoices_of
from tests._docs import METHODS_PART1

HERE = Path(__file__).parent
DOCS = METHODS_PART1
CUSTOMER_ID = "23401"


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=5) as server:
        yield server


@pytest.fixture
async def k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as session:
        yield session


@pytest.fixture
async def customer_k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    """A session on a Customer token of customer ``CUSTOMER_ID``."""
    token = fake.add_token("customer", customer_id=CUSTOMER_ID)
    async with komet.KometSession(token, base_url=fake.url, daily_quota=None) as session:
        yield session


def book(fake: FakeKomet) -> InvoiceBook:
    """The fake's invoices (to check state the API does not show, e.g. a stored POD)."""
    return invoices_of(fake.state)


def busy_day(fake: FakeKomet, start: dt.date = dt.date(2026, 2, 2), need: int = 2) -> dt.date:
    """The first day from ``start`` with at least ``need`` seeded invoices."""
    day = start
    while len(book(fake).day(day)) < need:
        day += dt.timedelta(days=1)
    return day


# --- lossless decoding -------------------------------------------------------------------


def assert_same(value: Any, raw: Any, where: str = "") -> None:
    """``value`` (decoded) says exactly what ``raw`` (the JSON value) says."""
    if isinstance(value, KometModel):
        assert isinstance(raw, dict), where
        assert_lossless(value, raw, where)
    elif isinstance(value, list):
        assert isinstance(raw, list) and len(raw) == len(value), where
        for index, (item, raw_item) in enumerate(zip(value, raw, strict=True)):
            assert_same(item, raw_item, f"{where}[{index}]")
    elif isinstance(value, bool):
        assert str(raw).lower() in (("1", "true") if value else ("0", "false")), where
    elif isinstance(value, int):
        assert int(str(raw)) == value, where
    elif isinstance(value, Decimal):
        assert Decimal(repr(raw) if isinstance(raw, float) else str(raw)) == value, where
    elif isinstance(value, bytes):
        numbers = [int(part) % 256 for part in str(raw).split(",")]
        assert list(value) == numbers, where
    elif isinstance(value, dt.date):
        assert value.isoformat() == str(raw)[:10], where
    elif isinstance(value, str):
        assert value == str(raw), where
    else:
        assert value == raw, where


def assert_lossless(model: KometModel, payload: dict[str, Any], where: str = "") -> None:
    """Every key of ``payload`` is either a field holding the same value or kept in
    ``extra`` unchanged."""
    known = set()
    for a in attrs.fields(type(model)):
        if not rule_of(a).on_wire:
            continue
        key = wire_name(a)
        known.add(key)
        if key in payload:
            assert_same(getattr(model, a.name), payload[key], f"{where}.{key}")
    # ``extra`` holds the JSON as sent, its numbers exact (a float is its Decimal).
    assert model.extra == exact_json({k: v for k, v in payload.items() if k not in known}), where


def documented_samples() -> dict[str, Any]:
    """``sample_response`` of each invoice method, from the verbatim copy in this directory
    (``test_samples`` checks the copy against the docs)."""
    copy = json.loads((HERE / "documented_samples.json").read_text(encoding="utf-8"))
    return {name: entry["sample_response"] for name, entry in copy["methods"].items()}

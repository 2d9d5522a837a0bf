"""Fixtures of the credit and payment tests: a FakeKomet, a session on it, the fake's book,
the documented entries of methods-part3.json, and the year the ranged tests pull."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, ReceivedRequest
from komet_async.testing._state_accounting import AccountingBook, accounting_of
from tests._docs import METHODS_PART3
from tests._today import TODAY

# A year ending yesterday: whatever day the suite runs on (tests/_today.py).
YEAR_END = TODAY - dt.timedelta(days=1)
YEAR_START = YEAR_END - dt.timedelta(days=364)


def documented(name: str) -> dict[str, Any]:
    """The entry of ``name`` in the copy of methods-part3.json kept in tests/data."""
    entries = json.loads(METHODS_PART3.read_text(encoding="utf-8"))
    return next(entry for entry in entries if entry["method"] == name)


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=5) as server:
        yield server


@pytest.fixture
async def k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as session:
        yield session


def book(fake: FakeKomet) -> AccountingBook:
    return accounting_of(fake.state)


def sent(fake: FakeKomet, method: str) -> list[ReceivedRequest]:
    return [r for r in fake.requests if r.method == method]


def last(fake: FakeKomet, method: str) -> ReceivedRequest:
    requests = sent(fake, method)
    assert requests, f"{method} was never sent"
    return requests[-1]

"""Fixtures of the price-list and standing-order tests: a FakeKomet, sessions on it (a
Company token, and a Customer token for what the docs allow only to customers)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, ReceivedRequest
from tests._docs import METHODS_PART3

SAMPLES = Path(__file__).parent / "samples"
CUSTOMER_ID = "23401"  # a seeded customer of every FakeKomet
CARRIER_ID = 1360  # a seeded carrier


def documented_methods() -> dict[str, dict[str, Any]]:
    return {m["method"]: m for m in json.loads(METHODS_PART3.read_text(encoding="utf-8"))}


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=7) as server:
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


def sent(fake: FakeKomet, method: str) -> list[ReceivedRequest]:
    return [r for r in fake.requests if r.method == method]

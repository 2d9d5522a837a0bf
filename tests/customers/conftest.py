"""Fixtures of the customer and company tests: a FakeKomet, sessions on it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, ReceivedRequest
from tests._docs import METHODS_PART3

ACCOUNT_ID = 1
CUSTOMER_ID = 23401  # a seeded customer


def documented_methods() -> dict[str, dict[str, Any]]:
    return {m["method"]: m for m in json.loads(METHODS_PART3.read_text(encoding="utf-8"))}


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=7) as server:
        yield server


@pytest.fixture
async def k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(
        fake.token,
        base_url=fake.url,
        daily_quota=None,
        account_id=ACCOUNT_ID,
        sales_channel="WEB_APP",
    ) as session:
        yield session


@pytest.fixture
async def user_k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    """A session on a User token, with both account headers."""
    token = fake.add_token("user")
    async with komet.KometSession(
        token, base_url=fake.url, daily_quota=None, account_id=ACCOUNT_ID, sales_channel="K2K"
    ) as session:
        yield session


def sent(fake: FakeKomet, method: str) -> list[ReceivedRequest]:
    return [r for r in fake.requests if r.method == method]

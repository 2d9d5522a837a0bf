"""Fixtures of the hard-goods / product attributes / e-commerce extras / Global Network Codes
tests: a FakeKomet, a session on it with the e-commerce headers, and the documented entries
of methods-part3.json."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet
from tests._docs import DOCS_DIR

ACCOUNT_ID = 4242
SALES_CHANNEL = "WEB_APP"


def part3() -> dict[str, dict[str, Any]]:
    """Every method entry of methods-part3.json, by name."""
    entries = json.loads((DOCS_DIR / "methods-part3.json").read_text(encoding="utf-8"))
    return {entry["method"]: entry for entry in entries}


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=7) as server:
        yield server


@pytest.fixture
async def k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    """A company session on the fake, with the e-commerce headers set."""
    async with komet.KometSession(
        fake.token,
        base_url=fake.url,
        daily_quota=None,
        account_id=ACCOUNT_ID,
        sales_channel=SALES_CHANNEL,
    ) as session:
        yield session

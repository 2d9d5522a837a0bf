"""Fixtures of the inventory / e-commerce / lookup tests: a FakeKomet and sessions on it,
a scripted server session with account headers, and the documented samples."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, ReceivedRequest
from tests._docs import DOCS_DIR as DOCS_COPY
from tests.conftest import SECRET_TOKEN, ScriptedServer

# The documented methods (a copy of ../shared/komet-api's JSON files, see tests/_docs.py).
DOCS_DIR = DOCS_COPY
SAMPLES = Path(__file__).parent / "samples"
ACCOUNT_ID = 4242
SALES_CHANNEL = "WEB_APP"


def documented_methods() -> dict[str, dict[str, Any]]:
    """Every method entry of methods-part1.json and methods-part2.json, by name."""
    methods: dict[str, dict[str, Any]] = {}
    for part in ("methods-part1.json", "methods-part2.json"):
        for entry in json.loads((DOCS_DIR / part).read_text(encoding="utf-8")):
            methods[entry["method"]] = entry
    return methods


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=5) as server:
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


@pytest.fixture
async def wire_k(server: ScriptedServer) -> AsyncIterator[komet.KometSession]:
    """A session on the scripted server (exact wire checks), with the e-commerce headers."""
    async with komet.KometSession(
        SECRET_TOKEN,
        base_url=server.url,
        daily_quota=None,
        account_id=ACCOUNT_ID,
        sales_channel=SALES_CHANNEL,
        retry_policy=komet.RetryPolicy(wait=False),
    ) as session:
        yield session


def sent(fake: FakeKomet, method: str) -> list[ReceivedRequest]:
    """What the fake received for ``method``."""
    return [r for r in fake.requests if r.method == method]

"""Fixtures of the order-family tests: a FakeKomet, sessions on it, a lossless-decode check."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Callable
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
from tests._docs import METHODS_PART2
from tests._today import TODAY

DOCS = METHODS_PART2
SAMPLES = Path(__file__).parent / "samples"
VENDOR_ID = "301"


def documented_methods() -> dict[str, dict[str, Any]]:
    return {m["method"]: m for m in json.loads(DOCS.read_text(encoding="utf-8"))}


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=11) as server:
        yield server


@pytest.fixture
async def k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as session:
        yield session


@pytest.fixture
async def vendor_k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    """A session on a Vendor token of vendor ``VENDOR_ID``."""
    token = fake.add_token("vendor", vendor_id=VENDOR_ID)
    async with komet.KometSession(token, base_url=fake.url, daily_quota=None) as session:
        yield session


def later(days: int) -> dt.date:
    """A day ahead of the suite's day (vendor views hide lines shipped before yesterday)."""
    return TODAY + dt.timedelta(days=days)


def find_day(predicate: Callable[[dt.date], bool], start: int = 5) -> dt.date:
    for offset in range(start, start + 120):
        day = later(offset)
        if predicate(day):
            return day
    raise AssertionError("no seeded day matches")


def sent(fake: FakeKomet, method: str) -> list[Any]:
    return [r for r in fake.requests if r.method == method]


# --- lossless decoding --------------------------------------------------------------------


def _same(raw: Any, value: Any) -> bool:
    if isinstance(value, bool):
        return str(raw).lower() in ({"1", "true"} if value else {"0", "false"})
    if isinstance(value, (int, Decimal)):
        return not isinstance(raw, bool) and Decimal(str(raw)) == Decimal(value)
    if isinstance(value, dt.date):
        return bool(raw == value.isoformat())
    if isinstance(value, str):
        return str(raw) == value
    return bool(raw == value)


def assert_lossless(raw: Any, decoded: Any, where: str = "$") -> None:
    """Every value of ``raw`` (a documented answer) is in ``decoded``, unchanged in meaning:
    a modelled field holds it (``"25"`` and ``25`` are the same integer) or ``.extra`` holds
    it verbatim."""
    if isinstance(decoded, KometModel):
        assert isinstance(raw, dict), where
        fields = {
            key: a.name
            for a in attrs.fields(type(decoded))
            if rule_of(a).on_wire
            for key in (wire_name(a), *rule_of(a).also_reads)
        }
        for key, value in raw.items():
            if key in fields:
                assert_lossless(value, getattr(decoded, fields[key]), f"{where}.{key}")
            else:
                assert decoded.extra.get(key) == exact_json(value), f"{where}.{key} lost"
        return
    if isinstance(decoded, list):
        assert isinstance(raw, list) and len(raw) == len(decoded), where
        for index, (r, d) in enumerate(zip(raw, decoded, strict=True)):
            assert_lossless(r, d, f"{where}[{index}]")
        return
    assert _same(raw, decoded), f"{where}: {raw!r} decoded as {decoded!r}"

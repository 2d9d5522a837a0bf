"""Retries against the fake's faults, counted on the server side: reads recover, writes are
never replayed once they may have landed, Retry-After is honoured, every attempt spends
quota."""

from __future__ import annotations

import asyncio
import datetime as dt
from email.utils import format_datetime

import pytest
from aiohttp import web
from hypothesis import given
from hypothesis import strategies as st

import komet_async as komet
from komet_async._retry import parse_retry_after
from komet_async.testing import FakeKomet, FaultKind, Faults
from tests._today import at

from ..conftest import SECRET_TOKEN, ScriptedServer

NO_WAIT = komet.RetryPolicy(wait=False)
CHANGE = komet.BoxCodeChange(current_box_code="KS001001", new_box_code="PT991001")


def session_for(fake: FakeKomet, **kwargs: object) -> komet.KometSession:
    options: dict[str, object] = {"retry_policy": NO_WAIT, "daily_quota": 100}
    options.update(kwargs)
    return komet.KometSession(fake.token, base_url=fake.url, **options)  # type: ignore[arg-type]


def sent(fake: FakeKomet, method: str) -> int:
    return sum(1 for r in fake.requests if r.method == method)


@pytest.mark.parametrize(
    "kind", ["500", "502", "503", "503-retry-after", "reset", "timeout", "html", "truncated"]
)
async def test_reads_recover_from_transient_faults(kind: FaultKind) -> None:
    faults = Faults(
        rate=1.0, kinds=(kind,), max_consecutive=2, slow_seconds=5, retry_after_seconds=0
    )
    async with FakeKomet(faults=faults) as fake, session_for(fake, timeout=1.0) as k:
        products = await k.products.list()
        assert len(products) > 0
        assert sent(fake, "product.list") == 3  # two faults, then the answer
        assert k.quota.used == 3  # every attempt spent quota


@pytest.mark.parametrize("kind", ["500", "503", "reset", "timeout", "html", "truncated"])
async def test_writes_are_never_replayed(kind: FaultKind) -> None:
    faults = Faults(rate=1.0, kinds=(kind,), max_consecutive=2, slow_seconds=5)
    async with FakeKomet(faults=faults) as fake, session_for(fake, timeout=1.0) as k:
        with pytest.raises(komet.KometError) as info:
            await k.boxes.change_codes([CHANGE])
        assert sent(fake, "box.code.change") == 1
        if kind in ("reset", "timeout"):
            error = info.value
            assert isinstance(error, komet.KometConnectionError) and error.outcome_unknown
            if kind == "timeout":
                assert isinstance(error, komet.KometTimeoutError)


async def test_status_0_answers_are_not_retried() -> None:
    faults = Faults(rate=1.0, kinds=("status0",), max_consecutive=2)
    async with FakeKomet(faults=faults) as fake, session_for(fake) as k:
        with pytest.raises(komet.KometAPIError):
            await k.products.list()
        assert sent(fake, "product.list") == 1


async def test_retry_after_is_honoured() -> None:
    faults = Faults(rate=1.0, kinds=("503-retry-after",), max_consecutive=1, retry_after_seconds=1)
    policy = komet.RetryPolicy(backoff_base=0.001)
    async with FakeKomet(faults=faults) as fake, session_for(fake, retry_policy=policy) as k:
        await k.products.list()
        first, second = (r.time for r in fake.requests)
        assert second - first >= 0.99


async def test_retry_after_above_the_cap_raises_at_once() -> None:
    faults = Faults(rate=1.0, kinds=("503-retry-after",), retry_after_seconds=30)
    policy = komet.RetryPolicy(retry_after_max=5)
    async with FakeKomet(faults=faults) as fake, session_for(fake, retry_policy=policy) as k:
        with pytest.raises(komet.KometHTTPError) as info:
            await asyncio.wait_for(k.products.list(), 2)
        assert info.value.status == 503
        assert sent(fake, "product.list") == 1


async def test_the_deadline_bounds_the_total_time() -> None:
    faults = Faults(rate=1.0, kinds=("503-retry-after",), retry_after_seconds=3)
    policy = komet.RetryPolicy(deadline=1.0)
    async with FakeKomet(faults=faults) as fake, session_for(fake, retry_policy=policy) as k:
        with pytest.raises(komet.KometHTTPError):
            await asyncio.wait_for(k.products.list(), 2)
        assert sent(fake, "product.list") == 1


async def test_max_retries_bounds_the_attempts() -> None:
    faults = Faults(rate=1.0, kinds=("503",), max_consecutive=10)
    async with FakeKomet(faults=faults) as fake, session_for(fake, max_retries=3) as k:
        with pytest.raises(komet.KometHTTPError):
            await k.products.list()
        assert sent(fake, "product.list") == 4
        with pytest.raises(komet.KometHTTPError):
            await k.products.list(max_retries=0)  # per call
        assert sent(fake, "product.list") == 5
        assert k.quota.used == 5


async def test_each_attempt_spends_quota_and_a_spent_budget_stops_retrying() -> None:
    faults = Faults(rate=1.0, kinds=("503",), max_consecutive=5)
    async with (
        FakeKomet(faults=faults) as fake,
        session_for(fake, daily_quota=2, max_retries=5) as k,
    ):
        with pytest.raises(komet.QuotaExhaustedError):
            await k.products.list()
        assert sent(fake, "product.list") == 2
        assert (k.quota.used, k.quota.remaining) == (2, 0)


async def test_backoff_sleeps_between_attempts_unless_switched_off() -> None:
    faults = Faults(rate=1.0, kinds=("503",), max_consecutive=1)
    policy = komet.RetryPolicy(backoff_base=0.2, backoff_max=0.2)
    async with FakeKomet(faults=faults) as fake, session_for(fake, retry_policy=policy) as k:
        await k.products.list()
        first, second = (r.time for r in fake.requests)
        assert 0 <= second - first <= 0.35  # full jitter: anywhere in [0, 0.2], plus latency


def _drop_connection(server: ScriptedServer) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()
        return web.Response()

    server.handler = handler


async def test_a_dropped_get_that_is_not_retry_safe_is_not_replayed(
    server: ScriptedServer,
) -> None:
    # aiohttp itself would resend a GET once on a dropped connection (box.move.awb is a GET
    # that moves boxes): the session switches that off, retries are ours alone.
    _drop_connection(server)
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=100, retry_policy=NO_WAIT
    ) as k:
        with pytest.raises(komet.KometConnectionError) as info:
            await k.request("box.move.awb", http_method="GET", retry_safe=False)
        assert info.value.outcome_unknown
        assert len(server.seen) == 1
        with pytest.raises(komet.KometConnectionError):
            await k.request("product.list", http_method="GET", retry_safe=True)
        assert len(server.seen) == 1 + 3  # max_retries=2: every attempt visible and counted
        assert k.quota.used == 4
        assert SECRET_TOKEN not in str(info.value)


async def test_a_refused_connection_is_retried_even_for_a_write(refused_port: int) -> None:
    # Nothing reached a server: safe to try again whatever the method; attempts spend quota.
    url = f"http://127.0.0.1:{refused_port}/api/"
    async with komet.KometSession(
        SECRET_TOKEN, base_url=url, daily_quota=100, retry_policy=NO_WAIT, max_retries=2
    ) as k:
        with pytest.raises(komet.KometConnectionError) as info:
            await k.boxes.change_codes([CHANGE])
        assert not info.value.outcome_unknown
        assert k.quota.used == 3


@given(
    attempt=st.integers(min_value=0, max_value=2000),
    base=st.floats(min_value=0.001, max_value=5),
    cap=st.floats(min_value=0.001, max_value=60),
)
def test_backoff_is_full_jitter_under_the_cap(attempt: int, base: float, cap: float) -> None:
    policy = komet.RetryPolicy(backoff_base=base, backoff_max=cap)
    delay = policy.backoff(attempt, None)
    assert 0.0 <= delay <= min(cap, base * 2.0 ** min(attempt, 32))
    assert policy.backoff(attempt, 7.5) >= 7.5


def test_retry_after_is_read_as_seconds_or_an_http_date() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("-1") is None
    now = at(23, 59)
    in_a_minute = now + dt.timedelta(seconds=60)  # across midnight, into the next day
    assert parse_retry_after(format_datetime(in_a_minute, usegmt=True), now) == 60.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0

"""The daily budget in one process: exact under concurrency, refused before sending,
reservations for bulk jobs, the server's "quota exceeded" believed until the reset."""

from __future__ import annotations

import asyncio
import contextvars
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

import komet_async as komet
from komet_async._limits import MemoryQuotaStore, QuotaDay
from komet_async.testing import FakeKomet
from tests._today import at, fixed_clock

from ..conftest import SECRET_TOKEN, ScriptedServer

NEW_YORK = ZoneInfo("America/New_York")


def session_for(fake: FakeKomet, **kwargs: object) -> komet.KometSession:
    options: dict[str, object] = {"retry_policy": komet.RetryPolicy(wait=False)}
    options.update(kwargs)
    return komet.KometSession(fake.token, base_url=fake.url, **options)  # type: ignore[arg-type]


async def test_budget_is_exact_under_200_concurrent_callers() -> None:
    async with FakeKomet() as fake, session_for(fake, daily_quota=150) as k:
        results = await asyncio.gather(
            *(k.products.list() for _ in range(200)), return_exceptions=True
        )
        ok = [r for r in results if not isinstance(r, BaseException)]
        refused = [r for r in results if isinstance(r, komet.QuotaExhaustedError)]
        assert (len(ok), len(refused)) == (150, 50)
        assert len(fake.requests) == 150  # counted on the server side
        assert (k.quota.limit, k.quota.used, k.quota.remaining) == (150, 150, 0)


@pytest.mark.parametrize("hour", [0, 3, 4, 5, 12, 23])
async def test_spent_budget_raises_before_sending_with_the_reset_time(hour: int) -> None:
    now = at(hour)  # UTC hours either side of New York's midnight, on the suite's day
    async with FakeKomet() as fake, session_for(fake, daily_quota=1, clock=fixed_clock(now)) as k:
        await k.products.list()
        with pytest.raises(komet.QuotaExhaustedError) as info:
            await k.products.list()
        assert len(fake.requests) == 1
        resets_at = info.value.resets_at
        assert resets_at is not None and resets_at > now
        # Default: midnight in New York (see DEFAULT_QUOTA_TIMEZONE for why).
        local = resets_at.astimezone(NEW_YORK)
        assert (local.hour, local.minute) == (0, 0)
        assert resets_at - now <= dt.timedelta(days=1)
        assert local.date() == now.astimezone(NEW_YORK).date() + dt.timedelta(days=1)
        assert k.quota.resets_at == resets_at
        assert fake.token not in str(info.value) and fake.token not in repr(info.value)


async def test_reset_time_and_time_zone_are_configurable() -> None:
    async with (
        FakeKomet() as fake,
        session_for(
            fake,
            daily_quota=5,
            quota_timezone="UTC",
            quota_reset=dt.time(6, 30),
            clock=fixed_clock(now := at(9, 15)),
        ) as k,
    ):
        await k.products.list()
        resets_at = k.quota.resets_at
        assert resets_at is not None
        assert resets_at.astimezone(dt.timezone.utc).time() == dt.time(6, 30)
        assert now < resets_at <= now + dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("utc_now", "day", "resets_at_utc"),
    [
        # 03:00 UTC is still the previous evening in New York (EST, UTC-5).
        (dt.datetime(2026, 3, 2, 3, 0), "2026-03-01", dt.datetime(2026, 3, 2, 5, 0)),
        (dt.datetime(2026, 3, 2, 5, 0), "2026-03-02", dt.datetime(2026, 3, 3, 5, 0)),
        # Summer time (EDT, UTC-4), and the day the clocks change (8 March 2026).
        (dt.datetime(2026, 7, 1, 12, 0), "2026-07-01", dt.datetime(2026, 7, 2, 4, 0)),
        (dt.datetime(2026, 3, 8, 12, 0), "2026-03-08", dt.datetime(2026, 3, 9, 4, 0)),
    ],
)
def test_quota_day_follows_new_york_midnight(
    utc_now: dt.datetime, day: str, resets_at_utc: dt.datetime
) -> None:
    quota_day = QuotaDay.of(utc_now.replace(tzinfo=dt.timezone.utc), NEW_YORK, dt.time(0))
    assert quota_day.key == day
    assert quota_day.resets_at == resets_at_utc.replace(tzinfo=dt.timezone.utc)


async def test_reservation_holds_slots_that_requests_inside_draw_from() -> None:
    async with FakeKomet() as fake, session_for(fake, daily_quota=150) as k:
        async with k.reserve(100) as reservation:
            assert (k.quota.used, reservation.size, reservation.remaining) == (100, 100, 100)
            # Tasks spawned inside the block inherit the reservation.
            await asyncio.gather(*(k.products.list() for _ in range(60)))
            assert reservation.drawn == 60
            assert k.quota.used == 100  # nothing more taken from the budget

            async def outsider() -> None:
                await k.products.list()

            # A task started with a fresh context does not hold the reservation.
            await contextvars.Context().run(asyncio.create_task, outsider())
            assert k.quota.used == 101
        assert k.quota.used == 61  # the 40 unused slots came back
        assert len(fake.requests) == 61


async def test_reservation_is_atomic_among_concurrent_jobs() -> None:
    async with FakeKomet() as fake, session_for(fake, daily_quota=150) as k:
        tried = 0
        everyone_tried = asyncio.Event()

        def one_more_tried() -> None:
            nonlocal tried
            tried += 1
            if tried == 10:
                everyone_tried.set()

        async def job() -> bool:
            try:
                async with k.reserve(20):
                    one_more_tried()
                    await everyone_tried.wait()  # hold it while the others try
                    return True
            except komet.QuotaExhaustedError:
                one_more_tried()
                return False

        held = await asyncio.gather(*(job() for _ in range(10)))
        assert held.count(True) == 7  # 7 x 20 fit in 150, the 8th does not
        assert k.quota.used == 0  # all given back, nothing sent
        assert fake.requests == []


async def test_reservation_too_big_raises_before_sending_and_partial_takes_what_is_left() -> None:
    async with FakeKomet() as fake, session_for(fake, daily_quota=10) as k:
        await k.products.list()
        with pytest.raises(komet.QuotaExhaustedError) as info:
            async with k.reserve(10):
                pytest.fail("entered a reservation that does not fit")
        assert (info.value.remaining, info.value.requested) == (9, 10)
        async with k.reserve(10, partial=True) as reservation:
            assert reservation.size == 9
            assert k.quota.remaining == 0
        assert k.quota.used == 1
        assert len(fake.requests) == 1


async def test_unused_slots_come_back_on_error_and_cancellation() -> None:
    async with FakeKomet() as fake, session_for(fake, daily_quota=50) as k:
        with pytest.raises(RuntimeError):
            async with k.reserve(10):
                await k.products.list()
                raise RuntimeError("job failed")
        assert k.quota.used == 1

        started = asyncio.Event()

        async def job() -> None:
            async with k.reserve(10):
                await k.products.list()
                started.set()
                await asyncio.Event().wait()

        task = asyncio.create_task(job())
        await started.wait()
        assert k.quota.used == 11
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert k.quota.used == 2
        assert len(fake.requests) == 2


async def test_attempts_beyond_a_reservation_draw_from_the_budget() -> None:
    async with FakeKomet() as fake, session_for(fake, daily_quota=5) as k:
        async with k.reserve(2) as reservation:
            await asyncio.gather(*(k.products.list() for _ in range(4)))
            assert reservation.drawn == 2
            assert k.quota.used == 4
            results = await asyncio.gather(
                *(k.products.list() for _ in range(2)), return_exceptions=True
            )
            assert sum(isinstance(r, komet.QuotaExhaustedError) for r in results) == 1
        assert len(fake.requests) == 5


async def test_a_reservation_belongs_to_its_session() -> None:
    async with (
        FakeKomet() as fake,
        session_for(fake, daily_quota=10) as a,
        session_for(fake, daily_quota=10) as b,
        a.reserve(5) as reservation,
    ):
        await b.products.list()
        assert reservation.drawn == 0
        assert (a.quota.used, b.quota.used) == (5, 1)


async def test_server_quota_answer_marks_the_budget_spent_until_the_reset(
    server: ScriptedServer,
) -> None:
    server.reply_json({"status": "0", "message": "Daily request quota exceeded"})
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=1000, max_retries=3
    ) as k:
        with pytest.raises(komet.QuotaExceededError):
            await k.request("product.list", http_method="GET", retry_safe=True)
        assert k.quota.remaining == 0
        with pytest.raises(komet.QuotaExhaustedError):
            await k.request("product.list", http_method="GET", retry_safe=True)
        # A reservation cannot be taken, nor can one taken earlier be spent.
        with pytest.raises(komet.QuotaExhaustedError):
            async with k.reserve(1):
                pass
        assert len(server.seen) == 1
        assert (await k.refresh_quota()).remaining == 0


async def test_reservation_taken_before_the_server_said_spent_stops_sending(
    server: ScriptedServer,
) -> None:
    async with komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=100) as k:
        async with k.reserve(10) as reservation:
            await k.request("product.list", http_method="GET", retry_safe=True)
            server.reply_json({"status": "0", "message": "Daily request quota exceeded"})
            with pytest.raises(komet.QuotaExceededError):
                await k.request("product.list", http_method="GET", retry_safe=True)
            with pytest.raises(komet.QuotaExhaustedError):
                await k.request("product.list", http_method="GET", retry_safe=True)
            assert reservation.drawn == 2
        assert len(server.seen) == 2
        assert k.quota.used == 100


async def test_sessions_sharing_a_memory_store_share_the_budget() -> None:
    store = MemoryQuotaStore()
    async with FakeKomet() as fake:
        kwargs = {"daily_quota": 3, "quota_store": store, "quota_key": "acme"}
        async with session_for(fake, **kwargs) as a, session_for(fake, **kwargs) as b:
            await a.products.list()
            await a.products.list()
            assert (await b.refresh_quota()).used == 2
            await b.products.list()
            with pytest.raises(komet.QuotaExhaustedError):
                await a.products.list()
        # The store was passed in: closing the sessions left it usable.
        async with session_for(fake, **kwargs) as c:
            assert (await c.refresh_quota()).remaining == 0
        assert len(fake.requests) == 3


async def test_quota_key_defaults_to_a_hash_of_the_token() -> None:
    async with FakeKomet() as fake, session_for(fake) as k, session_for(fake) as again:
        assert k.quota_key == again.quota_key
        assert fake.token not in k.quota_key
        assert fake.token not in repr(k)


async def test_no_budget_means_no_client_side_limit() -> None:
    async with FakeKomet() as fake, session_for(fake, daily_quota=None) as k:
        await asyncio.gather(*(k.products.list() for _ in range(20)))
        async with k.reserve(10_000) as reservation:
            assert reservation.size == 10_000
        assert k.quota.limit is None and k.quota.remaining is None
        assert len(fake.requests) == 20

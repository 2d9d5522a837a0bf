"""A reservation whose give-back fails (Redis went down under the job) never replaces the
exception leaving its block -- a cancellation stays a cancellation, a timeout a timeout --
and a block that ended normally stays a success. The slots stay spent, and a WARNING says
so (naming the budget, never the token)."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import komet_async as komet
from tests._today import at, fixed_clock

from ..conftest import SECRET_TOKEN, ScriptedServer
from ._restartable_redis import RestartableRedis, restartable_redis


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RestartableRedis]:
    yield from restartable_redis(tmp_path)


@pytest.fixture
def warnings(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING, logger="komet_async")
    return caplog


def session(server: ScriptedServer, store: RestartableRedis) -> komet.KometSession:
    return komet.KometSession(
        SECRET_TOKEN,
        base_url=server.url,
        daily_quota=100,
        quota_store=store.url,
        clock=fixed_clock(at(16, 30)),
        max_retries=0,
    )


def give_back_failures(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    found = [r for r in caplog.records if "could not be given back" in r.getMessage()]
    assert SECRET_TOKEN not in caplog.text
    return found


async def hold(
    k: komet.KometSession, held: list[komet.Reservation], then: Callable[[], object]
) -> None:
    """Reserve 10, send 1, call ``then`` (which takes Redis down), wait to be stopped."""
    async with k.reserve(10) as reservation:
        held.append(reservation)
        await k.request("product.list", http_method="GET")
        then()
        await asyncio.Event().wait()


async def test_a_cancelled_reservation_raises_cancelled_error_when_redis_is_down(
    server: ScriptedServer, store: RestartableRedis, warnings: pytest.LogCaptureFixture
) -> None:
    held: list[komet.Reservation] = []
    async with session(server, store) as k:
        entered = asyncio.Event()
        task = asyncio.create_task(hold(k, held, entered.set))
        await entered.wait()
        store.kill()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert task.cancelled()
        (record,) = give_back_failures(warnings)
        assert record.levelno == logging.WARNING
        assert "9 unused slot(s)" in record.getMessage()
        assert k.quota_key in record.getMessage()
        assert f"127.0.0.1:{store.port}" in record.getMessage()
        assert held[0].unreturned == 9  # they stay spent: the safe side


async def test_wait_for_timing_out_a_reservation_raises_timeout_error_when_redis_is_down(
    server: ScriptedServer, store: RestartableRedis, warnings: pytest.LogCaptureFixture
) -> None:
    held: list[komet.Reservation] = []
    async with session(server, store) as k:
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(hold(k, held, store.kill), 0.2)
    assert len(give_back_failures(warnings)) == 1
    assert held[0].unreturned == 9


@pytest.mark.skipif(sys.version_info < (3, 11), reason="asyncio.timeout() is new in 3.11")
async def test_asyncio_timeout_around_a_reservation_raises_timeout_error_when_redis_is_down(
    server: ScriptedServer, store: RestartableRedis, warnings: pytest.LogCaptureFixture
) -> None:
    held: list[komet.Reservation] = []
    async with session(server, store) as k:
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(None) as deadline:

                def expire_now() -> None:
                    store.kill()
                    deadline.reschedule(asyncio.get_running_loop().time())

                await hold(k, held, expire_now)
    assert len(give_back_failures(warnings)) == 1
    assert held[0].unreturned == 9


async def test_your_own_exception_leaves_the_block_unchanged_when_redis_is_down(
    server: ScriptedServer, store: RestartableRedis, warnings: pytest.LogCaptureFixture
) -> None:
    async with session(server, store) as k:
        with pytest.raises(LookupError, match="mine"):
            async with k.reserve(10):
                store.kill()
                raise LookupError("mine")
    assert len(give_back_failures(warnings)) == 1


async def test_a_block_that_ended_normally_stays_a_success_when_the_give_back_fails(
    server: ScriptedServer, store: RestartableRedis, warnings: pytest.LogCaptureFixture
) -> None:
    async with session(server, store) as k:
        async with k.reserve(10) as reservation:
            await k.request("product.list", http_method="GET")
            await k.request("product.list", http_method="GET")
            store.kill()
        # No exception: the two requests were sent; the 8 unused slots stay spent.
        assert reservation.unreturned == 8
        assert reservation.size == 2
        (record,) = give_back_failures(warnings)
        assert record.levelno == logging.WARNING
    assert len(server.seen) == 2


async def test_a_give_back_that_works_returns_everything(
    server: ScriptedServer, store: RestartableRedis, warnings: pytest.LogCaptureFixture
) -> None:
    async with session(server, store) as k:
        async with k.reserve(10) as reservation:
            await k.request("product.list", http_method="GET")
        assert reservation.unreturned == 0
        assert (await k.refresh_quota()).used == 1
    assert give_back_failures(warnings) == []

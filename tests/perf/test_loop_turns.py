"""The SDK's sliced jobs of one event loop take turns: at most one slice runs in a turn of
the loop, the longest waiter first, and a job that ends, fails or is cancelled leaves the
turn to the others. (Speed is measured in benchmarks/, never asserted here.)"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

import orjson
import pytest

import komet_async as komet
from komet_async import _constants, _loop_turns
from komet_async._loop_turns import Share

from ..conftest import ScriptedServer


class TurnCounter:
    """Counts the turns of the running loop (a callback that schedules itself again)."""

    def __init__(self) -> None:
        self.turn = 0
        self._loop = asyncio.get_running_loop()
        self._handle = self._loop.call_soon(self._tick)

    def _tick(self) -> None:
        self.turn += 1
        self._handle = self._loop.call_soon(self._tick)

    def stop(self) -> None:
        self._handle.cancel()


async def _job(name: str, slices: int, counter: TurnCounter, log: list[tuple[int, str]]) -> None:
    with Share() as share:
        for _ in range(slices):
            await share.next_slice()
            log.append((counter.turn, name))


def _per_turn(log: list[tuple[int, str]]) -> collections.Counter[int]:
    return collections.Counter(turn for turn, _ in log)


async def test_concurrent_jobs_run_one_slice_per_turn_taking_turns() -> None:
    counter = TurnCounter()
    log: list[tuple[int, str]] = []
    try:
        await asyncio.gather(*(_job(name, 6, counter, log) for name in "abcd"))
    finally:
        counter.stop()
    assert len(log) == 24
    assert max(_per_turn(log).values()) == 1
    # Once all four wait, they go round in the order they came.
    names = [name for _, name in log]
    assert names[4:] == names[:4] * 5


async def test_a_job_alone_yields_once_a_slice() -> None:
    counter = TurnCounter()
    log: list[tuple[int, str]] = []
    try:
        await _job("a", 5, counter, log)
    finally:
        counter.stop()
    turns = [turn for turn, _ in log]
    assert all(b - a == 1 for a, b in itertools.pairwise(turns))


async def test_the_hosts_tasks_run_between_any_two_slices() -> None:
    ran: list[str] = []

    async def host() -> None:
        while True:
            ran.append("host")
            await asyncio.sleep(0)

    async def job(name: str) -> None:
        with Share() as share:
            for _ in range(5):
                await share.next_slice()
                ran.append(name)

    task = asyncio.create_task(host())
    try:
        await asyncio.gather(job("a"), job("b"), job("c"))
    finally:
        task.cancel()
    slices = [i for i, what in enumerate(ran) if what != "host"]
    assert len(slices) == 15
    assert all(b - a >= 2 for a, b in itertools.pairwise(slices))  # a host step in between


@pytest.mark.parametrize("given_the_turn", [False, True])
async def test_a_cancelled_job_leaves_the_turn_to_the_others(given_the_turn: bool) -> None:
    counter = TurnCounter()
    log: list[tuple[int, str]] = []
    try:
        with Share() as mine:
            await mine.next_slice()  # this task holds the turn
            turns = _loop_turns._TURNS[asyncio.get_running_loop()]
            victim = asyncio.create_task(_job("v", 3, counter, log))
            other = asyncio.create_task(_job("b", 3, counter, log))
            while len(turns.waiting) < 2:  # noqa: ASYNC110 - a turn of the loop is the point
                await asyncio.sleep(0)
            if given_the_turn:
                mine.release()  # the victim waited longest: the turn is its ...
                assert turns.held and len(turns.waiting) == 1
            victim.cancel()  # ... but it is cancelled before it resumes
        await asyncio.wait_for(other, timeout=5)
        with pytest.raises(asyncio.CancelledError):
            await victim
    finally:
        counter.stop()
    assert [name for _, name in log] == ["b"] * 3
    assert not turns.held and not turns.waiting


async def test_a_job_cancelled_while_it_yields_its_own_turn_leaves_it() -> None:
    sliced = asyncio.Event()

    async def endless() -> None:
        with Share() as share:
            while True:
                await share.next_slice()  # alone: it keeps the turn across a sleep(0)
                sliced.set()

    task = asyncio.create_task(endless())
    await sliced.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    turns = _loop_turns._TURNS[asyncio.get_running_loop()]
    assert not turns.held
    counter = TurnCounter()
    log: list[tuple[int, str]] = []
    try:
        await asyncio.wait_for(_job("b", 3, counter, log), timeout=5)
    finally:
        counter.stop()
    assert [name for _, name in log] == ["b"] * 3


async def test_a_job_that_fails_leaves_the_turn_to_the_others() -> None:
    counter = TurnCounter()
    log: list[tuple[int, str]] = []

    async def failing() -> None:
        with Share() as share:
            await share.next_slice()
            raise ValueError("odd value")

    try:
        results = await asyncio.wait_for(
            asyncio.gather(failing(), _job("b", 4, counter, log), return_exceptions=True),
            timeout=5,
        )
    finally:
        counter.stop()
    assert isinstance(results[0], ValueError)
    assert [name for _, name in log] == ["b"] * 4


@pytest.fixture
def large_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_constants, "LARGE_ANSWER_BYTES", 1024)
    monkeypatch.setattr(_constants, "LARGE_ANSWER_ITEMS", 16)
    monkeypatch.setattr(_constants, "PARSE_SLICE_BYTES", 2048)
    monkeypatch.setattr(_constants, "DECODE_SLICE_SECONDS", 0.0)


@pytest.fixture
def slices_by_turn(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The loop turn each slice of the SDK ran in."""
    turns: list[int] = []
    counter: list[TurnCounter] = []
    real = Share.next_slice

    async def next_slice(self: Share) -> None:
        await real(self)
        if not counter:
            counter.append(TurnCounter())
        turns.append(counter[0].turn)

    monkeypatch.setattr(Share, "next_slice", next_slice)
    yield turns
    if counter:
        counter[0].stop()


@pytest.mark.usefixtures("large_answers")
async def test_concurrent_large_answers_parse_and_decode_one_slice_per_turn(
    server: ScriptedServer, session: komet.KometSession, slices_by_turn: list[int]
) -> None:
    page: dict[str, Any] = {
        "status": 1,
        "invoices": [
            {"id": i, "shipDate": "2026-03-02", "subtotal": 1.5, "customerName": f"C{i}"}
            for i in range(200)
        ],
    }
    assert len(orjson.dumps(page)) > 1024 * 4
    for _ in range(3):
        server.reply_json(page)
    day = dt.date(2026, 3, 2)
    pages = await asyncio.gather(*(session.invoices.list_details(day, day) for _ in range(3)))
    assert [len(p) for p in pages] == [200] * 3
    assert len(slices_by_turn) > 3 * 2 * 4  # each answer parsed and decoded in slices
    assert max(collections.Counter(slices_by_turn).values()) == 1

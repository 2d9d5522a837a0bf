"""``each_once``: a record the server repeats across neighbouring windows is yielded once,
however many windows in a row repeat it."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools

import attrs
import pytest

from komet_async import _constants
from komet_async._bulk import split_date_range
from komet_async.resources._sync import each_once


@attrs.frozen
class Row:
    id: int
    window: int


async def test_a_row_in_three_windows_in_a_row_is_yielded_once() -> None:
    windows = split_date_range(dt.date(2026, 1, 1), dt.date(2026, 1, 12), 4)
    assert len(windows) == 3
    starts = [first for first, _ in windows]

    async def fetch(first: dt.date, last: dt.date) -> list[Row]:
        index = starts.index(first)
        # id 7 is in every window (an invoice whose date moved, or a server repeating it);
        # each window also has a row of its own, and window 2 repeats id 7 twice.
        rows = [Row(7, index), Row(100 + index, index)]
        return [*rows, Row(7, index)] if index == 1 else rows

    got = [row async for row in each_once(windows, fetch, concurrency=2, on_window=None)]
    assert [row.id for row in got] == [7, 100, 101, 102]
    assert got[0].window == 0  # the first sighting is the one yielded


async def test_handing_over_a_window_gives_the_event_loop_turns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Yielding rows to an `async for` never reaches the loop by itself: without turns of
    # its own, a 2,000-row window held the host's other tasks until the last row.
    monkeypatch.setattr(_constants, "DECODE_SLICE_SECONDS", 0.0)
    windows = split_date_range(dt.date(2026, 1, 1), dt.date(2026, 1, 4), 4)

    async def fetch(first: dt.date, last: dt.date) -> list[Row]:
        return [Row(i, 0) for i in range(50)]

    turns = 0

    async def other_task() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(other_task())
    await asyncio.sleep(0)
    try:
        turns_seen: list[int] = []
        async for _row in each_once(windows, fetch, concurrency=1, on_window=None):
            turns_seen.append(turns)
    finally:
        task.cancel()
    # The other task ran between every two rows handed over.
    assert all(later > earlier for earlier, later in itertools.pairwise(turns_seen))

"""``each_once``: a record the server repeats across neighbouring windows is yielded once,
however many windows in a row repeat it."""

from __future__ import annotations

import datetime as dt

import attrs

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

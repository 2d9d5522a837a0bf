"""Packing, date windows and bulk results: the pure pieces, checked by hypothesis."""

from __future__ import annotations

import datetime as dt
import functools
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from komet_async import RequestTooLargeError
from komet_async._bulk import BulkResult, ItemOutcome, Part, pack_by_size, split_date_range


def _cost(sizes: list[int], overhead: int, separator: int) -> int:
    return overhead + sum(sizes) + separator * max(0, len(sizes) - 1)


def _fewest_runs(sizes: tuple[int, ...], overhead: int, separator: int, limit: int) -> int:
    """The true minimum number of contiguous runs, by dynamic programming."""

    @functools.cache
    def best(start: int) -> int:
        if start == len(sizes):
            return 0
        return min(
            1 + best(end)
            for end in range(start + 1, len(sizes) + 1)
            if _cost(list(sizes[start:end]), overhead, separator) <= limit
        )

    return best(0)


@given(
    sizes=st.lists(st.integers(1, 60), max_size=40),
    overhead=st.integers(0, 30),
    separator=st.integers(0, 3),
    limit=st.integers(91, 200),
)
def test_greedy_packing_is_minimal_and_within_the_limit(
    sizes: list[int], overhead: int, separator: int, limit: int
) -> None:
    runs = pack_by_size(sizes, overhead=overhead, separator=separator, limit=limit, field="x")
    # Every item exactly once, in order.
    assert [i for run in runs for i in run] == list(range(len(sizes)))
    for run in runs:
        assert _cost(sizes[run.start : run.stop], overhead, separator) <= limit
    assert len(runs) == _fewest_runs(tuple(sizes), overhead, separator, limit)


def test_an_item_too_large_alone_names_its_index() -> None:
    with pytest.raises(RequestTooLargeError) as info:
        pack_by_size([10, 500, 10], overhead=20, separator=1, limit=100, field="boxes")
    assert info.value.field == "boxes[1]"
    assert info.value.size == 520


@given(
    start=st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)),
    length=st.integers(0, 800),
    days=st.integers(1, 40),
)
def test_windows_cover_the_range_once_in_order(start: dt.date, length: int, days: int) -> None:
    end = start + dt.timedelta(days=length)
    windows = split_date_range(start, end, days)
    assert windows[0][0] == start
    assert windows[-1][1] == end
    for (_a_from, a_to), (b_from, _) in itertools.pairwise(windows):
        assert b_from == a_to + dt.timedelta(days=1)
    for w_from, w_to in windows:
        assert w_from <= w_to
        assert (w_to - w_from).days + 1 <= days
    # The fewest windows possible.
    assert len(windows) == -(-(length + 1) // days)


@given(
    statuses=st.lists(
        st.lists(
            st.sampled_from(["succeeded", "failed", "unknown", "not_attempted"]),
            min_size=1,
            max_size=3,
        ),
        max_size=30,
    )
)
def test_the_four_buckets_partition_the_input(statuses: list[list[str]]) -> None:
    result: BulkResult[int, int] = BulkResult()
    for index, part_statuses in enumerate(statuses):
        parts = [Part(request=index, status=s) for s in part_statuses]  # type: ignore[arg-type]
        result.items.append(ItemOutcome(index=index, item=index, parts=parts))
    buckets = [result.succeeded, result.failed, result.unknown, result.not_attempted]
    indexes = sorted(item.index for bucket in buckets for item in bucket)
    assert indexes == list(range(len(statuses)))
    for item in result.succeeded:
        assert all(p.status == "succeeded" for p in item.parts)
    for item in result.unknown:
        assert any(p.status == "unknown" for p in item.parts)
    assert result.ok == (len(result.succeeded) == len(statuses))

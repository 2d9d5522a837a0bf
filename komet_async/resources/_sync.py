"""What the accounting helpers share: ranged pulls yielded each once (``each_once``) and
incremental sync with an at-least-once contract (``sync_pending``, reported in
:class:`SyncReport`), used by ``invoices``, ``credits`` and ``payments`` alike."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from .. import _constants as C
from .._bulk import ProgressCallback, ordered_windows
from ..errors import KometAPIError, KometDecodeError, KometError, RequestValidationError
from ..models._base import KometModel

T = TypeVar("T")

MarkSynced = Callable[[list[int]], Awaitable[Mapping[int, BaseException | None]]]
"""Marks records synced by id; answers, per id, None (marked) or why it was not."""
MarkError = Callable[[Any, BaseException], Awaitable[BaseException | None]]
"""Marks one record as failed; answers None (marked) or why it was not."""


@attrs.define(kw_only=True)
class SyncReport:
    """What a ``sync_pending`` (``invoices``, ``credits``, ``payments``) did: ids handled
    and marked synced, ids whose handler failed (left pending, or marked as errors where
    the method family has an error mark), ids whose mark failed."""

    synced: list[int] = attrs.field(factory=list)
    failed: dict[int, BaseException] = attrs.field(factory=dict, repr=False)
    marked_error: list[int] = attrs.field(factory=list)
    mark_failed: dict[int, BaseException] = attrs.field(factory=dict, repr=False)
    """Records whose handler returned but whose mark failed: still pending, handed over
    again on the next run."""


async def each_once(
    windows: list[tuple[dt.date, dt.date]],
    fetch: Callable[[dt.date, dt.date], Awaitable[list[Any]]],
    concurrency: int,
    on_window: ProgressCallback | None,
    key: Callable[[Any], Hashable] = lambda row: int(row.id),
) -> AsyncIterator[Any]:
    """Yield rows window by window; a ``key`` seen in the previous window is not yielded
    again (windows do not overlap, so only neighbours could share one: memory stays
    bounded)."""
    previous: set[Hashable] = set()
    done = 0
    clock = time.perf_counter
    async for rows in ordered_windows(windows, fetch, concurrency=concurrency):
        current: set[Hashable] = set()
        # Popped one by one: each row is freed once the caller is done with it, not the
        # whole window at once when the next one arrives (~20 ms for 2,000 invoices).
        rows.reverse()
        # Handing a window's rows over never returns to the event loop by itself (each
        # `yield` goes straight to the caller's `async for`): 2,000 invoices, each freed
        # after the caller's step, held the host's loop ~25 ms. So the loop gets a turn
        # every DECODE_SLICE_SECONDS, the caller's own time per row included.
        deadline = clock() + C.DECODE_SLICE_SECONDS
        while rows:
            row = rows.pop()
            row_key = key(row)
            if row_key in current:
                continue
            # Remembered even when skipped: a row in three windows in a row is yielded once.
            current.add(row_key)
            if row_key not in previous:
                yield row
                if clock() >= deadline:
                    await asyncio.sleep(0)
                    deadline = clock() + C.DECODE_SLICE_SECONDS
        previous = current
        done += 1
        if on_window is not None:
            on_window(done, len(windows))


def unread_lists(answer: KometModel, expected: str, komet_method: str) -> None:
    """Refuse an answer whose records came under another name than ``expected`` (a GAP
    read as a sibling's name): a pull must not report them as "nothing"."""
    for name, value in answer.extra.items():
        if isinstance(value, list) and value:
            raise KometDecodeError(
                f"the answer lists records under {name!r}, not {expected!r} (the name is "
                f"undocumented); read them as session.call({komet_method!r}, request)"
                f".extra[{name!r}]",
                komet_method=komet_method,
            )


async def mark_in_one_request(
    call: Awaitable[T],
    ids: list[int],
    results_of: Callable[[T], Iterable[tuple[int, int, str | None]]],
    komet_method: str,
) -> dict[int, BaseException | None]:
    """The per-id outcome of one array mark (``credit.mark.sync``, ``payment.mark.sync``):
    None for a result with status 1; the server's message as a :class:`KometAPIError` for
    status 0; a :class:`KometDecodeError` for an id the answer does not mention; the
    call's own error for every id when the call failed."""
    try:
        answer = await call
    except KometError as exc:
        return dict.fromkeys(ids, exc)
    outcomes: dict[int, BaseException | None] = {
        record_id: KometDecodeError(
            f"the answer has no result for {record_id}", komet_method=komet_method
        )
        for record_id in ids
    }
    for record_id, status, message in results_of(answer):
        if record_id in outcomes:
            outcomes[record_id] = (
                None
                if status == 1
                else KometAPIError(message or "not synchronized", komet_method=komet_method)
            )
    return outcomes


class _Marks:
    """Ids whose handler returned, marked ``per_request`` at a time (1: each at once)."""

    def __init__(self, mark: MarkSynced, report: SyncReport, per_request: int) -> None:
        self.mark = mark
        self.report = report
        self.per_request = per_request
        self.queue: list[int] = []

    async def add(self, record_id: int) -> None:
        self.queue.append(record_id)
        if len(self.queue) >= self.per_request:
            await self.flush()

    async def flush(self) -> None:
        ids, self.queue = self.queue, []
        if not ids:
            return
        outcomes = await self.mark(ids)
        for record_id in ids:
            why = outcomes.get(record_id)
            if why is None:
                self.report.synced.append(record_id)
            else:
                # Not marked: the record stays pending and comes back next run.
                self.report.mark_failed[record_id] = why


async def sync_pending(
    pending: AsyncIterator[T],
    handler: Callable[[T], Awaitable[object]],
    *,
    key: Callable[[T], int],
    mark_synced: MarkSynced,
    mark_error: MarkError | None = None,
    concurrency: int,
    marks_per_request: int = 1,
) -> SyncReport:
    """Hand each record of ``pending`` (the not-yet-synced ones) to ``handler``, at most
    ``concurrency`` at a time, and mark it synced only after its handler returned.

    A handler that raises leaves its record pending (or, given ``mark_error``, marks it as
    an error). Delivery is at least once: a record whose handler returned but whose mark
    was not sent or failed (process killed, mark refused) is handed over again next run.
    With ``marks_per_request`` above 1, returned records are marked that many per request
    (what is still queued when the pull ends is marked then; after a cancellation it is
    not sent, and those records come back next run).
    """
    if marks_per_request < 1:
        raise RequestValidationError("marks_per_request", "must be at least 1")
    report = SyncReport()
    gate = asyncio.Semaphore(concurrency)
    marks = _Marks(mark_synced, report, marks_per_request)

    async def handle(record: T) -> None:
        record_id = key(record)
        async with gate:
            try:
                await handler(record)
            except Exception as exc:
                report.failed[record_id] = exc
                if mark_error is not None:
                    why = await mark_error(record, exc)
                    if why is None:
                        report.marked_error.append(record_id)
                    else:
                        report.mark_failed[record_id] = why
                return
            await marks.add(record_id)

    batch: list[asyncio.Task[None]] = []
    try:
        async with contextlib.aclosing(pending) as records:  # type: ignore[type-var]
            async for record in records:
                batch.append(asyncio.ensure_future(handle(record)))
                if len(batch) >= concurrency * 4:
                    await asyncio.gather(*batch)
                    batch = []
    except asyncio.CancelledError:
        for task in batch:
            task.cancel()
        await asyncio.gather(*batch, return_exceptions=True)
        raise
    except BaseException:
        # A window could not be fetched: let the handlers already running finish (a
        # handler cut off mid-way is worse than one that completes), mark what returned,
        # then report it.
        await asyncio.gather(*batch, return_exceptions=True)
        await marks.flush()
        raise
    await asyncio.gather(*batch)
    await marks.flush()
    return report

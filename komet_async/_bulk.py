"""Reusable pieces of bulk work: results that lose nothing, packing under the byte limit,
date windows, and bounded fan-out of one-item calls.

Resources call these; none of it knows a Komet method by name.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import Any, Generic, Literal, TypeVar

import attrs

from .errors import (
    AuthenticationError,
    KometAPIError,
    KometConnectionError,
    KometDecodeError,
    KometError,
    KometHTTPError,
    PermissionDeniedError,
    QuotaExceededError,
    QuotaExhaustedError,
    RequestTooLargeError,
    RequestValidationError,
)

T = TypeVar("T")
P = TypeVar("P")
R = TypeVar("R")

Status = Literal["succeeded", "failed", "unknown", "not_attempted", "invalid"]

# An item's status is the worst of its parts' (a split item is done only when every part is).
# An invalid item has one part, never sent.
_SEVERITY: dict[Status, int] = {
    "succeeded": 0,
    "not_attempted": 1,
    "failed": 2,
    "unknown": 3,
    "invalid": 4,
}


@attrs.define(kw_only=True)
class Part(Generic[P]):
    """One request made for an item (an item split in three has three parts; an invalid
    item has one, never sent, whose ``error`` is an :class:`InvalidItemsError`)."""

    request: P
    status: Status = "not_attempted"
    result: Any = None
    error: BaseException | None = attrs.field(default=None, repr=False)


@attrs.define(kw_only=True)
class ItemOutcome(Generic[T, P]):
    """What happened to one input item; ``parts`` has one entry per request made for it."""

    index: int
    item: T
    parts: list[Part[P]]

    @property
    def status(self) -> Status:
        return max((p.status for p in self.parts), key=_SEVERITY.__getitem__)

    @property
    def error(self) -> BaseException | None:
        for part in self.parts:
            if part.error is not None:
                return part.error
        return None

    @property
    def results(self) -> list[Any]:
        return [p.result for p in self.parts if p.status == "succeeded"]

    @property
    def permanent(self) -> bool:
        """True when the item failed for a reason sending it again cannot cure (see
        :func:`is_permanent`): it is invalid, or the server refused it for good."""
        status = self.status
        if status == "invalid":
            return True
        return status == "failed" and any(
            p.status == "failed" and p.error is not None and is_permanent(p.error)
            for p in self.parts
        )


class BulkError(KometError):
    """Raised by :meth:`BulkResult.raise_for_failures` when any item did not succeed."""

    def __init__(self, result: BulkResult[Any, Any]) -> None:
        text = (
            f"{len(result.failed)} failed, {len(result.unknown)} unknown, "
            f"{len(result.not_attempted)} not attempted"
        )
        invalid = result.invalid
        if invalid:
            text += f", {len(invalid)} invalid"
        super().__init__(f"{text} of {len(result.items)} items")
        self.result = result

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.result,)


@attrs.define(kw_only=True)
class BulkResult(Generic[T, P]):
    """One :class:`ItemOutcome` per input item, in input order, in exactly one bucket:
    ``succeeded``; ``failed`` (with the error: the server refused it); ``unknown`` (sent,
    outcome not known: check before sending again); ``not_attempted`` (quota or
    cancellation stopped it); ``invalid`` (it broke a documented rule, so it was never sent;
    only with ``on_invalid="skip"``: its ``error`` is an :class:`InvalidItemsError` naming
    the item and field, ``lines[3].unit_cost``). The buckets partition the input.

    It fills in while the job runs, so a caller holding it learns what was sent even if the
    job is cancelled. ``to_retry()`` gives the requests worth sending again: not the
    invalid items, nor those the server refused for good (:func:`is_permanent`).
    """

    items: list[ItemOutcome[T, P]] = attrs.field(factory=list)
    requests_used: int = 0

    def _bucket(self, status: Status) -> list[ItemOutcome[T, P]]:
        return [item for item in self.items if item.status == status]

    @property
    def succeeded(self) -> list[ItemOutcome[T, P]]:
        return self._bucket("succeeded")

    @property
    def failed(self) -> list[ItemOutcome[T, P]]:
        return self._bucket("failed")

    @property
    def unknown(self) -> list[ItemOutcome[T, P]]:
        return self._bucket("unknown")

    @property
    def not_attempted(self) -> list[ItemOutcome[T, P]]:
        return self._bucket("not_attempted")

    @property
    def invalid(self) -> list[ItemOutcome[T, P]]:
        return self._bucket("invalid")

    @property
    def ok(self) -> bool:
        return all(item.status == "succeeded" for item in self.items)

    def to_retry(
        self, *, include_unknown: bool = False, include_permanent: bool = False
    ) -> list[P]:
        """The part requests worth sending again: the not attempted ones, and the failed
        ones whose refusal may pass (a connection error, a 5xx, a timeout before sending,
        the server's quota, a status-0 answer not known to be final). Left out: a part the
        server refused for good (:func:`is_permanent`: "Product XX9999 does not exist.",
        "... not found", "Parameter x is not valid", a 4xx, a refused token), unless
        ``include_permanent``; unknown parts (sent, may have been applied) unless
        ``include_unknown``. Invalid items were never sent and are never offered.
        """
        seen: set[int] = set()  # items packed into one request share that part
        retry: list[P] = []
        for item in self.items:
            for part in item.parts:
                if id(part) in seen:
                    continue
                status = part.status
                if (
                    status == "not_attempted"
                    or (status == "unknown" and include_unknown)
                    or (
                        status == "failed"
                        and (
                            include_permanent or part.error is None or not is_permanent(part.error)
                        )
                    )
                ):
                    seen.add(id(part))
                    retry.append(part.request)
        return retry

    def raise_for_failures(self) -> None:
        """Raise :class:`BulkError` (``.result`` is this) unless every item succeeded:
        a failed, unknown, not attempted or invalid item is a failure."""
        if not self.ok:
            raise BulkError(self)

    def __repr__(self) -> str:
        invalid = self.invalid
        return (
            f"BulkResult(items={len(self.items)}, succeeded={len(self.succeeded)}, "
            f"failed={len(self.failed)}, unknown={len(self.unknown)}, "
            f"not_attempted={len(self.not_attempted)}, "
            + (f"invalid={len(invalid)}, " if invalid else "")
            + f"requests_used={self.requests_used})"
        )


# ASSUMPTIONS (Komet does not document its refusals): a status-0 answer whose message says
# the record is missing or the input is wrong is final -- the same request would be refused
# again. Anything else (e.g. the fake's "An unexpected error has occurred, please try
# again.") may pass, so it stays worth retrying. Patterns over the lower-cased message.
PERMANENT_REFUSALS = re.compile(
    r"does not exist|not found|no such|is required|not valid|invalid|must be|must not"
    r"|exceeds the maximum|already exists|already been|not allowed|duplicate"
)

# HTTP statuses a client may send again as is: timeout, too early, too many requests.
_RETRYABLE_4XX = frozenset({408, 425, 429})


def is_permanent(error: BaseException) -> bool:
    """Whether sending the same request again cannot succeed, judged by the answer.

    Permanent: bad input (:class:`RequestValidationError`); a refused token
    (:class:`AuthenticationError`, :class:`PermissionDeniedError`); a status-0
    :class:`KometAPIError` whose message says the record does not exist / is not found or
    the input is not valid (:data:`PERMANENT_REFUSALS`); an HTTP 4xx other than 408, 425
    and 429. Retryable: the server's quota (:class:`QuotaExceededError`), our own budget,
    timeouts and connection errors, 5xx, and any other status-0 message.

    >>> is_permanent(KometAPIError("Product XX9999 does not exist.", komet_method="inventory.add"))
    True
    """
    if isinstance(error, QuotaExceededError):
        return False
    if isinstance(error, (RequestValidationError, AuthenticationError, PermissionDeniedError)):
        return True
    if isinstance(error, KometAPIError):
        return PERMANENT_REFUSALS.search(error.message.lower()) is not None
    if isinstance(error, KometHTTPError):
        return 400 <= error.status < 500 and error.status not in _RETRYABLE_4XX
    return False


def outcome_of(error: BaseException) -> Status:
    """Which bucket a part lands in when its request raised ``error``."""
    if isinstance(error, QuotaExhaustedError):
        return "not_attempted"  # refused before sending
    if (
        isinstance(error, (KometConnectionError, KometHTTPError, KometDecodeError))
        and error.outcome_unknown
    ):
        return "unknown"
    if isinstance(error, KometDecodeError):
        # The server answered, but not readably (truncated, an HTML page): even for a
        # method marked retry-safe, a write may well have been applied.
        return "unknown"
    return "failed"


ProgressCallback = Callable[[int, int], object]


async def fan_out(
    result: BulkResult[T, P],
    send: Callable[[P], Awaitable[Any]],
    *,
    concurrency: int,
    on_progress: ProgressCallback | None = None,
    budget: int | None = None,
) -> BulkResult[T, P]:
    """Send every not-attempted part of ``result`` with at most ``concurrency`` in flight.

    ``budget`` caps how many parts are sent (the rest stay ``not_attempted``). Parts are
    handed out in input order; results are recorded in place, so cancelling the caller
    leaves an exact record: parts in flight at that moment become ``unknown``.
    """
    queue: list[Part[P]] = []
    seen: set[int] = set()  # items coalesced into one request share its parts
    for item in result.items:
        for part in item.parts:
            if part.status == "not_attempted" and id(part) not in seen:
                seen.add(id(part))
                queue.append(part)
    if budget is not None:
        queue = queue[: max(0, budget)]
    total = len(queue)
    done = 0
    position = 0

    async def worker() -> None:
        nonlocal done, position
        while position < len(queue):
            part = queue[position]
            position += 1
            part.status = "unknown"  # until we know better: it may be on the wire
            result.requests_used += 1
            try:
                part.result = await send(part.request)
            except KometError as exc:
                part.status = outcome_of(exc)
                part.error = exc
                if part.status == "not_attempted":
                    result.requests_used -= 1
            else:
                part.status = "succeeded"
            done += 1
            if on_progress is not None:
                on_progress(done, total)

    workers = [asyncio.ensure_future(worker()) for _ in range(max(1, min(concurrency, total)))]
    try:
        await asyncio.gather(*workers)
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return result


# --- packing ------------------------------------------------------------------------------


def pack_by_size(
    sizes: Sequence[int],
    *,
    overhead: int,
    separator: int,
    limit: int,
    field: str,
    komet_method: str | None = None,
) -> list[range]:
    """Split items, in order, into the fewest contiguous runs whose total size fits.

    A run of items i..j costs ``overhead + sum(sizes) + separator * (count - 1)``. Greedy
    filling is optimal for contiguous runs: it never ends a run earlier than needed, so no
    partition has fewer runs. An item that cannot fit even alone is a
    :class:`RequestTooLargeError` naming ``field[index]`` before anything is sent.
    """
    runs: list[range] = []
    start = 0
    used = overhead
    for index, size in enumerate(sizes):
        if overhead + size > limit:
            raise RequestTooLargeError(
                f"{field}[{index}]", size=overhead + size, limit=limit, komet_method=komet_method
            )
        extra = size if index == start else separator + size
        if used + extra > limit:
            runs.append(range(start, index))
            start, used = index, overhead + size
        else:
            used += extra
    if start < len(sizes):
        runs.append(range(start, len(sizes)))
    return runs


# --- date windows -------------------------------------------------------------------------


def split_date_range(
    date_from: dt.date, date_to: dt.date, days: int
) -> list[tuple[dt.date, dt.date]]:
    """Inclusive windows of at most ``days`` calendar days covering ``date_from..date_to``.

    >>> split_date_range(dt.date(2026, 1, 1), dt.date(2026, 1, 10), 4)  # doctest: +ELLIPSIS
    [(datetime.date(2026, 1, 1), datetime.date(2026, 1, 4)), ...]
    """
    if days < 1:
        raise RequestValidationError("days", "must be at least 1")
    if date_to < date_from:
        raise RequestValidationError("date_to", "is before date_from")
    windows = []
    start = date_from
    step = dt.timedelta(days=days - 1)
    while start <= date_to:
        end = min(start + step, date_to)
        windows.append((start, end))
        start = end + dt.timedelta(days=1)
    return windows


async def ordered_windows(
    windows: Iterable[tuple[dt.date, dt.date]],
    fetch: Callable[[dt.date, dt.date], Awaitable[list[R]]],
    *,
    concurrency: int,
) -> AsyncIterator[list[R]]:
    """Fetch windows concurrently (at most ``concurrency`` in flight or held), yield each
    window's rows in window order. Memory holds at most ``concurrency`` windows of rows."""
    pending: list[asyncio.Task[list[R]]] = []
    iterator = iter(windows)
    try:
        for window in iterator:
            pending.append(asyncio.ensure_future(fetch(*window)))
            if len(pending) >= concurrency:
                break
        while pending:
            head = pending.pop(0)
            rows = await head
            for window in iterator:
                pending.append(asyncio.ensure_future(fetch(*window)))
                break
            yield rows
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

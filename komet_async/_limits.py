"""Client-side limits: the daily quota budget and smooth pacing.

Komet allows 1,000 requests per paid user seat per day, per company, and documents neither
the reset time, nor the "quota exceeded" answer, nor any per-second limit. So:

* the **budget** counts every request *attempt* (retries and every window of a ranged pull
  included) against a name that belongs to the company (``quota_key``) and refuses, before
  sending, once spent (:class:`QuotaExhaustedError`);
* the **pacer** spaces attempts evenly, ``1/rate`` seconds apart, so no 1-second window
  holds more than ``rate`` (+1) of them, however many coroutines call at once;
* a :class:`Reservation` holds ``n`` slots for a bulk job, taken atomically up front, so a
  pre-flight check cannot race other processes; unused slots go back on exit.

Both the budget and the pace live in a :class:`QuotaStore`: :class:`MemoryQuotaStore` for
one process, ``RedisQuotaStore`` (``quota_store="redis://..."``) for every process and host
sharing a ``quota_key``.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import contextvars
import datetime as dt
import hashlib
import logging
import math
from types import TracebackType
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from ._clock import Clock, utc_now
from .errors import QuotaExhaustedError

logger = logging.getLogger("komet_async")

# Komet's quota reset time is undocumented. Komet Sales is a Miami company whose customers are
# mostly US flower importers, so a day boundary at midnight US Eastern time is the likeliest;
# both are configurable per session (quota_timezone=, quota_reset=). Whatever the real reset,
# a server answer classified as QuotaExceededError marks the budget spent until our reset.
DEFAULT_QUOTA_TIMEZONE = "America/New_York"
DEFAULT_QUOTA_RESET = dt.time(0, 0)

# Counters outlive their day by this long, so a late give-back still finds its day.
_TTL_MARGIN = 3600.0


@attrs.frozen
class QuotaStatus:
    """A snapshot of the daily budget (``limit``/``remaining`` are None without a budget)."""

    limit: int | None
    used: int
    remaining: int | None
    resets_at: dt.datetime | None


def quota_key_for(token: str) -> str:
    """The default budget name: a hash of the token, never the token itself."""
    return "komet:" + hashlib.sha256(token.encode()).hexdigest()[:24]


def load_timezone(name: str | dt.tzinfo) -> dt.tzinfo:
    if isinstance(name, dt.tzinfo):
        return name
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        if name == DEFAULT_QUOTA_TIMEZONE:
            # No tz database on this machine: US Eastern standard time, close enough.
            return dt.timezone(dt.timedelta(hours=-5), "EST")
        raise


@attrs.frozen
class QuotaDay:
    """Which quota day ``now`` falls in, and when that day's budget resets.

    >>> QuotaDay.of(dt.datetime(2026, 3, 2, 3, 0, tzinfo=dt.timezone.utc),
    ...             ZoneInfo("America/New_York"), dt.time(0, 0)).key
    '2026-03-01'
    """

    key: str
    resets_at: dt.datetime

    @classmethod
    def of(cls, now: dt.datetime, tz: dt.tzinfo, reset: dt.time) -> QuotaDay:
        local = now.astimezone(tz)
        start = dt.datetime.combine(local.date(), reset, tzinfo=tz)
        if local < start:
            start -= dt.timedelta(days=1)
        next_reset = dt.datetime.combine(start.date() + dt.timedelta(days=1), reset, tzinfo=tz)
        return cls(key=start.date().isoformat(), resets_at=next_reset)


class QuotaStore(Protocol):
    """Where budgets are counted and the pace is kept: in this process, or shared (Redis).

    ``key`` is the budget's name (``quota_key``), ``day`` the quota day (``"2026-03-01"``).
    Every operation on one ``(key, day)`` must be atomic across all users of the store.
    """

    async def take(
        self, key: str, day: str, n: int, limit: int, ttl: float, *, partial: bool = False
    ) -> tuple[int, int]:
        """Add ``n`` to the day's count if it stays within ``limit`` (or, with ``partial``,
        as many as fit). Returns (slots taken, count after the call); taken is 0 once the day
        is marked spent by :meth:`exhaust`."""
        ...

    async def give_back(self, key: str, day: str, n: int) -> int:
        """Return ``n`` unused slots (never below 0, never once the day is spent)."""
        ...

    async def used(self, key: str, day: str) -> int: ...

    async def exhaust(self, key: str, day: str, limit: int, ttl: float) -> None:
        """The server said the quota is spent: refuse every take for this day."""
        ...

    async def pace(self, key: str, interval: float) -> None:
        """Return when the caller may send: attempts under one ``key`` are ``interval``
        seconds apart, whoever sends them."""
        ...

    async def close(self) -> None: ...


class Pacer:
    """Evenly spaced sends, ``interval`` seconds apart, in call order (one process).

    Callers queue on a FIFO lock; each one's slot is ``interval`` after the previous slot
    (a GCRA schedule, so a late wake-up or a late hand-over of the queue does not slow the
    average rate) but never earlier than the call itself (an idle spell does not bank a
    burst). On top of the schedule, any ``ceil(rate) + 1`` consecutive sends span more than
    one second of real time: however late the event loop wakes its callers, no 1-second
    window holds more than ``rate`` (rounded up) admissions, which leaves the "+1" of the
    promise for the jitter between admission and arrival. The cap costs next to nothing: it
    shifts the schedule by the wake-up lateness once per ``rate`` requests, not once per
    request.
    """

    def __init__(self, interval: float) -> None:
        if not interval > 0:
            raise ValueError("requests_per_second must be positive")
        self.interval = interval
        self._next = -math.inf
        self._lock = asyncio.Lock()
        self._sent: collections.deque[float] = collections.deque(maxlen=_window_cap(interval))

    async def wait(self, interval: float | None = None) -> None:
        if interval is not None and interval != self.interval:
            self.interval = interval
            self._sent = collections.deque(self._sent, maxlen=_window_cap(interval))
        loop = asyncio.get_running_loop()
        # The time of the call, not of taking the lock: a queued caller handed the lock late
        # (a busy loop) keeps its place in the schedule instead of pushing every later one.
        called = loop.time()
        async with self._lock:
            slot = max(self._next, called)
            sent = self._sent
            if len(sent) == sent.maxlen:
                slot = max(slot, sent[0] + 1.0 + 1e-4)
            delay = slot - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            sent.append(max(loop.time(), slot))
            self._next = slot + self.interval


def _window_cap(interval: float) -> int:
    """Admissions allowed in any 1-second window: the rate, rounded up."""
    return max(1, math.ceil(1.0 / interval - 1e-9))


class MemoryQuotaStore:
    """Budgets and pace of this process only; atomic because asyncio runs one coroutine at a
    time. Each session makes its own unless one instance is passed to several sessions
    (``quota_store=store``), which then share budget and pace by ``quota_key``."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str], int] = {}
        self._spent: set[tuple[str, str]] = set()
        self._pacers: dict[str, Pacer] = {}

    def _forget_other_days(self, key: str, day: str) -> None:
        stale = [k for k in self._counts if k[0] == key and k[1] < day]
        for k in stale:
            del self._counts[k]
            self._spent.discard(k)

    async def take(
        self, key: str, day: str, n: int, limit: int, ttl: float, *, partial: bool = False
    ) -> tuple[int, int]:
        if (key, day) not in self._counts:
            self._forget_other_days(key, day)
        used = self._counts.get((key, day), 0)
        if (key, day) in self._spent:
            return 0, used
        taken = n if used + n <= limit else (max(0, limit - used) if partial else 0)
        used += taken
        self._counts[(key, day)] = used
        return taken, used

    async def give_back(self, key: str, day: str, n: int) -> int:
        used = self._counts.get((key, day), 0)
        if (key, day) not in self._spent and (key, day) in self._counts:
            used = self._counts[(key, day)] = max(0, used - n)
        return used

    async def used(self, key: str, day: str) -> int:
        return self._counts.get((key, day), 0)

    async def exhaust(self, key: str, day: str, limit: int, ttl: float) -> None:
        self._counts[(key, day)] = max(limit, self._counts.get((key, day), 0))
        self._spent.add((key, day))

    async def pace(self, key: str, interval: float) -> None:
        pacer = self._pacers.get(key)
        if pacer is None:
            pacer = self._pacers[key] = Pacer(interval)
        await pacer.wait(interval)

    async def close(self) -> None:
        return None


# The reservation a bulk job holds; tasks spawned inside the job inherit it.
_current_reservation: contextvars.ContextVar[Reservation | None] = contextvars.ContextVar(
    "komet_async_reservation", default=None
)


class Reservation:
    """``n`` slots of today's budget held for one bulk job.

    Taken atomically on entry (so a pre-flight check cannot race other processes), drawn by
    every request attempt made inside the ``async with`` block — including tasks spawned
    there — and the unused ones given back on exit, also on an exception or cancellation.
    Attempts beyond the reservation (retries the job did not plan for) draw from the
    budget as usual. With ``partial=True`` it holds as many slots as are left (maybe 0)
    instead of raising :class:`QuotaExhaustedError`.

    If giving the unused slots back fails (the shared store is down), they stay spent until
    the reset (the safe side), ``unreturned`` counts them, and the failure is logged at
    WARNING on the ``komet_async`` logger (naming the budget's ``quota_key``, a hash of the
    token by default). It is never raised: an exception leaving the block (a
    ``CancelledError``, ``asyncio.timeout()``'s ``TimeoutError``, your own) leaves unchanged,
    and a block that ended normally stays a success -- its requests were sent, and a bulk
    job's result accounts for them.

    >>> async with session.reserve(len(lines)) as reservation:
    ...     await asyncio.gather(*(send(line) for line in lines))
    ...     reservation.remaining                       # slots not drawn (yet)
    """

    def __init__(self, limits: Limits, n: int, *, partial: bool = False) -> None:
        if n < 0:
            raise ValueError("a reservation needs n >= 0 slots")
        self.requested = n
        self.partial = partial
        self.size = 0
        self.drawn = 0
        self.unreturned = 0
        self._limits = limits
        self._day: QuotaDay | None = None
        self._active = False
        self._entered = False
        self._token: contextvars.Token[Reservation | None] | None = None

    @property
    def remaining(self) -> int:
        """Slots held and not drawn yet."""
        return self.size - self.drawn if self._active else 0

    @property
    def resets_at(self) -> dt.datetime | None:
        return self._day.resets_at if self._day is not None else None

    async def __aenter__(self) -> Reservation:
        if self._entered:
            raise RuntimeError("a Reservation can be entered only once")
        self._entered = True
        # Shielded: if we are cancelled while a shared store is taking the slots, the take
        # still completes and its slots are given back, rather than counted until the reset.
        taking = asyncio.ensure_future(self._limits.take(self.requested, partial=self.partial))
        try:
            self.size, self._day = await asyncio.shield(taking)
        except asyncio.CancelledError:
            with contextlib.suppress(BaseException):
                taken, day = await taking
                await self._limits.give_back_or_log(taken, day=day)
            raise
        self._active = True
        self._token = _current_reservation.set(self)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._active = False
        if self._token is not None:
            _current_reservation.reset(self._token)
            self._token = None
        unused, self.size = self.size - self.drawn, self.drawn
        if unused > 0 and self._day is not None:
            # Shielded: a cancellation arriving now must not leak the slots. A failure is
            # logged and never raised (see the class docstring).
            await asyncio.shield(self._give_back(unused, self._day))

    async def _give_back(self, unused: int, day: QuotaDay) -> None:
        self.unreturned = unused - await self._limits.give_back_or_log(unused, day=day)

    def _draw(self, limits: Limits) -> QuotaDay | None:
        """One slot for an attempt made by ``limits``, or None (not ours, or used up)."""
        if not self._active or limits is not self._limits or self.drawn >= self.size:
            return None
        self.drawn += 1
        return self._day

    def _undraw(self) -> None:
        if self._active and self.drawn > 0:
            self.drawn -= 1

    def __repr__(self) -> str:
        return f"Reservation(size={self.size}, drawn={self.drawn}, active={self._active})"


class Limits:
    """The gate each request attempt passes: one slot of the budget, then the pace."""

    def __init__(
        self,
        *,
        daily_quota: int | None,
        requests_per_second: float | None,
        quota_key: str,
        store: QuotaStore,
        timezone: dt.tzinfo,
        reset: dt.time,
        owns_store: bool = True,
        clock: Clock = utc_now,
    ) -> None:
        if daily_quota is not None and daily_quota < 0:
            raise ValueError("daily_quota must be >= 0 or None")
        if requests_per_second is not None and not requests_per_second > 0:
            raise ValueError("requests_per_second must be positive or None")
        self.daily_quota = daily_quota
        self.requests_per_second = requests_per_second
        self.quota_key = quota_key
        self._store = store
        self._owns_store = owns_store
        self._tz = timezone
        self._reset = reset
        self._clock = clock
        self._interval = 1.0 / requests_per_second if requests_per_second else None
        self._spent_day: str | None = None
        self.status = QuotaStatus(daily_quota, 0, daily_quota, None)

    @property
    def active(self) -> bool:
        """Whether attempts need to pass this gate at all."""
        return self.daily_quota is not None or self._interval is not None

    def _day(self) -> QuotaDay:
        return QuotaDay.of(self._clock(), self._tz, self._reset)

    def _ttl(self, day: QuotaDay) -> float:
        remaining = (day.resets_at - self._clock()).total_seconds()
        return max(1.0, remaining) + _TTL_MARGIN

    def _snapshot(self, day: QuotaDay, used: int) -> QuotaStatus:
        limit = self.daily_quota
        remaining = None if limit is None else max(0, limit - used)
        self.status = QuotaStatus(limit, used, remaining, day.resets_at)
        return self.status

    def _exhausted(self, day: QuotaDay, needed: int) -> QuotaExhaustedError:
        remaining = self.status.remaining or 0
        state = "is spent" if remaining == 0 else "is too small for this job"
        return QuotaExhaustedError(
            f"daily quota of {self.daily_quota} requests {state} "
            f"({remaining} left, {needed} needed); resets at {day.resets_at.isoformat()}",
            resets_at=day.resets_at,
            limit=self.daily_quota,
            remaining=remaining,
            requested=needed,
        )

    async def take(self, n: int, *, partial: bool) -> tuple[int, QuotaDay]:
        """Spend ``n`` slots of today's budget (as many as fit with ``partial``); returns
        how many were taken and the day they count against."""
        day = self._day()
        if self.daily_quota is None:
            return n, day
        taken, used = await self._store.take(
            self.quota_key, day.key, n, self.daily_quota, self._ttl(day), partial=partial
        )
        self._snapshot(day, used)
        if taken < n and not partial:
            raise self._exhausted(day, n)
        return taken, day

    def reserve(self, n: int, *, partial: bool = False) -> Reservation:
        """Hold ``n`` slots for a bulk job: ``async with limits.reserve(n) as r: ...``."""
        return Reservation(self, n, partial=partial)

    async def give_back(self, n: int, *, day: QuotaDay | None = None) -> None:
        """Return ``n`` slots taken but not sent (to the day they were taken from)."""
        if self.daily_quota is None or n <= 0:
            return
        day = day or self._day()
        used = await self._store.give_back(self.quota_key, day.key, n)
        if day.key == self._day().key:
            self._snapshot(day, used)

    async def give_back_or_log(self, n: int, *, day: QuotaDay) -> int:
        """:meth:`give_back` that never raises: on a failure the slots stay spent (the safe
        side) and a WARNING says so. Returns how many went back (``n`` or 0). Used on the
        way out of a block, where an error must not replace the one already leaving."""
        try:
            await self.give_back(n, day=day)
        except Exception as error:
            # The error names the store (never its password); the key is a hash by default.
            logger.warning(
                "quota %r: %d unused slot(s) of %s could not be given back and count as "
                "spent until the reset: %s",
                self.quota_key,
                n,
                day.key,
                error,
            )
            return 0
        return n

    async def admit(self) -> None:
        """Let one attempt through: a slot of the budget (from the caller's reservation if
        it holds one), then its turn in the pace. Raises before anything is sent."""
        reservation = _current_reservation.get()
        drawn = reservation._draw(self) if reservation is not None else None
        taken: QuotaDay | None = None
        if drawn is not None:
            assert reservation is not None
            if self._spent_day == drawn.key:
                reservation._undraw()
                raise self._exhausted(drawn, 1)
        elif self.daily_quota is not None:
            _, taken = await self.take(1, partial=False)
        if self._interval is None:
            return
        try:
            await self._store.pace(self.quota_key, self._interval)
        except BaseException:
            # Not sent: the slot goes back where it came from.
            if drawn is not None and reservation is not None:
                reservation._undraw()
            elif taken is not None:
                await asyncio.shield(self.give_back_or_log(1, day=taken))
            raise

    async def mark_exhausted(self) -> None:
        """The server said the quota is spent: believe it until the reset."""
        if self.daily_quota is None:
            return
        day = self._day()
        self._spent_day = day.key
        await self._store.exhaust(self.quota_key, day.key, self.daily_quota, self._ttl(day))
        self._snapshot(day, max(self.daily_quota, self.status.used))

    async def refresh(self) -> QuotaStatus:
        """Read today's count from the store (other processes may have spent some)."""
        day = self._day()
        if self.daily_quota is None:
            return self.status
        return self._snapshot(day, await self._store.used(self.quota_key, day.key))

    async def close(self) -> None:
        if self._owns_store:
            await self._store.close()

"""Client-side limits: the daily quota budget and smooth pacing.

Komet allows 1,000 requests per paid seat per day and documents neither the reset time nor
a per-second limit. The budget counts every request *attempt* (retries included) and
refuses, before sending, once spent; the pacer spaces requests evenly so no 1-second
window holds more than ``rate`` (+1) of them, however many coroutines call at once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from .errors import QuotaExhaustedError

# Komet's quota reset time is undocumented. Komet Sales runs on US Eastern business hours
# (Miami); midnight America/New_York is the assumption, configurable per session.
DEFAULT_QUOTA_TIMEZONE = "America/New_York"
DEFAULT_QUOTA_RESET = dt.time(0, 0)


@attrs.frozen
class QuotaStatus:
    """A snapshot of the daily budget."""

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
    """Which quota day ``now`` falls in, and when that day's budget resets."""

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
    """Where budgets are counted: in this process, or shared (Redis)."""

    async def take(self, key: str, day: str, n: int, limit: int, ttl: float) -> tuple[bool, int]:
        """Atomically add ``n`` to the day's count if it stays within ``limit``.

        Returns (taken, used after the call).
        """
        ...

    async def give_back(self, key: str, day: str, n: int) -> int: ...

    async def used(self, key: str, day: str) -> int: ...

    async def exhaust(self, key: str, day: str, limit: int, ttl: float) -> None: ...

    async def close(self) -> None: ...


class MemoryQuotaStore:
    """Budgets of this process only. Atomic because asyncio runs one coroutine at a time."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str], int] = {}

    async def take(self, key: str, day: str, n: int, limit: int, ttl: float) -> tuple[bool, int]:
        used = self._counts.get((key, day), 0)
        if used + n > limit:
            return False, used
        self._counts[(key, day)] = used + n
        return True, used + n

    async def give_back(self, key: str, day: str, n: int) -> int:
        used = max(0, self._counts.get((key, day), 0) - n)
        self._counts[(key, day)] = used
        return used

    async def used(self, key: str, day: str) -> int:
        return self._counts.get((key, day), 0)

    async def exhaust(self, key: str, day: str, limit: int, ttl: float) -> None:
        self._counts[(key, day)] = max(limit, self._counts.get((key, day), 0))

    async def close(self) -> None:
        return None


class Pacer:
    """Evenly spaced slots, ``1/rate`` seconds apart, handed out in call order."""

    def __init__(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError("requests_per_second must be positive")
        self.interval = 1.0 / rate
        self._next = 0.0

    async def wait(self) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        slot = max(now, self._next)
        self._next = slot + self.interval
        if slot > now:
            await asyncio.sleep(slot - now)


class Limits:
    """The gate each request attempt passes: pace first, then one slot of the budget."""

    def __init__(
        self,
        *,
        daily_quota: int | None,
        requests_per_second: float | None,
        quota_key: str,
        store: QuotaStore,
        timezone: dt.tzinfo,
        reset: dt.time,
    ) -> None:
        self.daily_quota = daily_quota
        self.quota_key = quota_key
        self._store = store
        self._tz = timezone
        self._reset = reset
        self._pacer = Pacer(requests_per_second) if requests_per_second else None
        self.status = QuotaStatus(daily_quota, 0, daily_quota, None)

    def _day(self) -> QuotaDay:
        return QuotaDay.of(dt.datetime.now(dt.timezone.utc), self._tz, self._reset)

    def _ttl(self, day: QuotaDay) -> float:
        remaining = (day.resets_at - dt.datetime.now(dt.timezone.utc)).total_seconds()
        return max(1.0, remaining) + 3600.0

    def _snapshot(self, day: QuotaDay, used: int) -> QuotaStatus:
        limit = self.daily_quota
        remaining = None if limit is None else max(0, limit - used)
        self.status = QuotaStatus(limit, used, remaining, day.resets_at)
        return self.status

    async def take(self, n: int = 1) -> QuotaStatus:
        """Spend ``n`` requests of today's budget or raise :class:`QuotaExhaustedError`."""
        day = self._day()
        if self.daily_quota is None:
            return self.status
        taken, used = await self._store.take(
            self.quota_key, day.key, n, self.daily_quota, self._ttl(day)
        )
        status = self._snapshot(day, used)
        if not taken:
            raise QuotaExhaustedError(
                f"daily quota of {self.daily_quota} requests is spent "
                f"({status.remaining} left, {n} needed); resets at {day.resets_at.isoformat()}",
                resets_at=day.resets_at,
                limit=self.daily_quota,
                remaining=status.remaining or 0,
                requested=n,
            )
        return status

    async def give_back(self, n: int) -> None:
        if self.daily_quota is None or n <= 0:
            return
        day = self._day()
        used = await self._store.give_back(self.quota_key, day.key, n)
        self._snapshot(day, used)

    async def admit(self) -> None:
        if self._pacer is not None:
            await self._pacer.wait()
        if self.daily_quota is not None:
            await self.take(1)

    async def mark_exhausted(self) -> None:
        """The server said the quota is spent: believe it until the reset."""
        if self.daily_quota is None:
            return
        day = self._day()
        await self._store.exhaust(self.quota_key, day.key, self.daily_quota, self._ttl(day))
        self._snapshot(day, self.daily_quota)

    async def refresh(self) -> QuotaStatus:
        day = self._day()
        if self.daily_quota is None:
            return self.status
        return self._snapshot(day, await self._store.used(self.quota_key, day.key))

    async def close(self) -> None:
        await self._store.close()

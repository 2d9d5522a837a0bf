"""A :class:`QuotaStore` in Redis: one budget and one pace shared by every process and host
that uses the same ``quota_key`` (``KometSession(quota_store="redis://host:6379/0")``).

Every operation is one Lua script, so it is atomic on the server: N processes taking slots
at once never exceed the budget together. A Redis that loses its data (no AOF) never
restarts the day below the counts a store has seen (``_FLOOR``). The pace uses the Redis
server's ``TIME``, not the hosts' clocks, so hosts whose clocks disagree still space their
requests correctly.
Needs the ``redis`` extra (``pip install komet-async[redis]``). This module imports without
it (``komet_async`` exports :class:`RedisQuotaStore` by name, so type checkers see it), and
imports ``redis`` only when a store is made: without the extra, that raises ImportError.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from yarl import URL

from . import _constants as C
from .errors import QuotaStoreError

if TYPE_CHECKING:
    import redis.asyncio as aioredis

T = TypeVar("T")

# No automatic retry (see RedisQuotaStore.__init__): redis-py would send a script again
# after a lost reply, and the quota scripts are not idempotent (a take counted twice, a
# give-back returned twice). A failed call raises QuotaStoreError instead; nothing is sent
# to Komet then.

# Expiry of keys a floor writes before this store knows the day's (a give-back or a read
# before any take): a quota day plus the margin, at most.
_UNKNOWN_TTL = 25 * 3600.0

MISSING_REDIS = "RedisQuotaStore needs the redis extra: pip install 'komet-async[redis]'"

# Redis may lose its data: killed without AOF (``appendonly yes``) it restarts empty or from
# an older snapshot, and would hand out the day's budget again. So each store remembers, per
# budget and day, the highest counts it has seen, and every script first raises the stored
# counts to that floor. Give-backs make the day's count go down, so the floor is kept on two
# counts that only ever go up: slots taken (count + returned) and slots returned. A floor of
# counts this store saw earlier changes nothing while Redis keeps its data (they only grew
# since); after a loss, the count never restarts below what this store last saw, and a
# give-back another process made since is not undone.
#
# KEYS[1] the day's count (slots held: taken - returned), KEYS[2] its "spent" marker,
# KEYS[3] slots returned that day. ARGV[1..4]: highest taken and returned this store has
# seen, "1" if it saw the day spent, ttl in ms (for keys the floor writes).
_FLOOR = """
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
local returned = tonumber(redis.call('GET', KEYS[3]) or '0')
if tonumber(ARGV[2]) > returned then
  returned = tonumber(ARGV[2])
  redis.call('SET', KEYS[3], string.format('%d', returned), 'PX', ARGV[4])
end
-- Never lowers the count: a lost give-back only keeps slots spent (the safe side).
local floor = tonumber(ARGV[1]) - returned
if floor > count then
  count = floor
  redis.call('SET', KEYS[1], string.format('%d', count), 'PX', ARGV[4])
end
if ARGV[3] == '1' and redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[4])
end
local spent = redis.call('EXISTS', KEYS[2])
"""

# ARGV[5..7]: n, limit, "1" for partial. Returns {taken, count, returned, spent} (after).
_TAKE = (
    _FLOOR
    + """
if spent == 1 then return {0, count, returned, 1} end
local n = tonumber(ARGV[5])
local limit = tonumber(ARGV[6])
local take = n
if count + n > limit then
  if ARGV[7] == '1' then take = math.max(0, limit - count) else take = 0 end
end
if take > 0 then
  count = redis.call('INCRBY', KEYS[1], take)
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end
return {take, count, returned, 0}
"""
)

# ARGV[5]: n. Returns {count, returned, spent} (after).
_GIVE_BACK = (
    _FLOOR
    + """
if spent == 1 then return {count, returned, 1} end
local n = math.min(tonumber(ARGV[5]), count)
if n > 0 then
  count = redis.call('DECRBY', KEYS[1], n)
  returned = redis.call('INCRBY', KEYS[3], n)
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl > 0 then redis.call('PEXPIRE', KEYS[3], ttl) end
end
return {count, returned, 0}
"""
)

# ARGV[5]: limit. Returns {count, returned, spent} (after).
_EXHAUST = (
    _FLOOR
    + """
if count < tonumber(ARGV[5]) then count = tonumber(ARGV[5]) end
redis.call('SET', KEYS[1], string.format('%d', count), 'PX', ARGV[4])
if returned > 0 then redis.call('PEXPIRE', KEYS[3], ARGV[4]) end
redis.call('SET', KEYS[2], '1', 'PX', ARGV[4])
return {count, returned, 1}
"""
)

# Returns {count, returned, spent}.
_USED = (
    _FLOOR
    + """
return {count, returned, spent}
"""
)

# KEYS[1] the next free send slot, in microseconds of the Redis server's clock.
# ARGV: interval in microseconds. Returns microseconds the caller waits before sending.
# A GCRA schedule: slots are an interval apart and never earlier than now.
_PACE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local slot = tonumber(redis.call('GET', KEYS[1]) or '0')
if slot < now then slot = now end
local after = slot + interval
local ttl = math.floor((after - now) / 1000) + 1000
redis.call('SET', KEYS[1], string.format('%d', after), 'PX', ttl)
return slot - now
"""


def describe_url(url: str) -> str:
    """``redis://host:port/db`` without user, password or query: safe in any message."""
    parsed = URL(url)
    if parsed.scheme == "unix":
        return f"unix://{parsed.path}"
    host = parsed.host or "localhost"
    port = parsed.port or 6379
    db = parsed.path.strip("/") or parsed.query.get("db", "0")
    return f"{parsed.scheme}://{host}:{port}/{db}"


class RedisQuotaStore:
    """Budgets and pace in Redis, shared by every process using the same ``quota_key``.

    >>> store = RedisQuotaStore("redis://10.0.0.5:6379/0")
    >>> KometSession(token, daily_quota=3000, quota_store=store, quota_key="acme")

    Errors talking to Redis raise :class:`QuotaStoreError` naming ``host:port/db`` (never the
    password). Keys: ``<prefix><quota_key>:<day>`` (count, expires after the day),
    ``…:<day>:spent``, ``…:<day>:returned`` and ``<prefix><quota_key>:pace``.

    Without AOF in Redis (``appendonly yes``), a restart loses counts: every script first
    raises the day's counts to the highest this store has seen (see ``_FLOOR``), so this
    store never restarts the day below what it last saw. What other processes took after
    this store's last call before the loss (and before its first call after it) is not in
    its floor: together, processes can spend that much more than the budget.
    """

    def __init__(self, url: str, *, prefix: str = "komet-quota:") -> None:
        # redis is an optional extra: imported here, when a store is made, so that
        # ``import komet_async`` neither needs it nor pays for it.
        try:
            import redis.asyncio as aioredis
            from redis.asyncio.retry import Retry
            from redis.backoff import NoBackoff
            from redis.exceptions import ConnectionError as RedisConnectionError
            from redis.exceptions import RedisError
            from redis.exceptions import TimeoutError as RedisTimeoutError
        except ImportError:
            raise ImportError(MISSING_REDIS, name="redis") from None
        # What _run turns into QuotaStoreError, and which of those mean "cannot reach it".
        self._failures = (RedisError, OSError, asyncio.TimeoutError)
        self._unreachable = (RedisConnectionError, RedisTimeoutError, OSError, asyncio.TimeoutError)
        self.where = describe_url(url)
        self._prefix = prefix
        self._password = URL(url).password
        try:
            # A blocking pool: 300 concurrent callers queue for a connection instead of
            # failing with "Too many connections".
            pool = aioredis.BlockingConnectionPool.from_url(
                url,
                max_connections=C.REDIS_MAX_CONNECTIONS,
                timeout=None,
                socket_connect_timeout=C.REDIS_CONNECT_TIMEOUT,
                socket_timeout=C.REDIS_COMMAND_TIMEOUT,
                retry=Retry(NoBackoff(), retries=0),
            )
            self._redis: aioredis.Redis = aioredis.Redis.from_pool(pool)
        except (ValueError, RedisError) as exc:
            raise QuotaStoreError(
                f"bad quota store URL {self.where}: {self._clean(exc)}", store=self.where
            ) from None
        self._take = self._redis.register_script(_TAKE)
        self._give_back = self._redis.register_script(_GIVE_BACK)
        self._exhaust = self._redis.register_script(_EXHAUST)
        self._used = self._redis.register_script(_USED)
        self._pace = self._redis.register_script(_PACE)
        # One slot request per process at a time: callers queue here in FIFO order (they
        # would wait for their slot anyway) instead of each holding a connection.
        self._pace_lock = asyncio.Lock()
        # At most one command per pooled connection at a time; the rest queue here, where
        # they can fail fast (the pool's own queue cannot).
        self._slots = asyncio.Semaphore(pool.max_connections)
        self._down: str | None = None
        self._down_until = 0.0
        # The highest counts this store has seen, per (quota_key, day): the floor (_FLOOR).
        self._seen: dict[tuple[str, str], _Seen] = {}

    def _clean(self, exc: BaseException) -> str:
        text = str(exc) or type(exc).__name__
        if self._password:
            text = text.replace(self._password, "***")
        return text

    async def _run(self, call: Callable[[], Awaitable[T]]) -> T:
        loop = asyncio.get_running_loop()
        async with self._slots:
            if self._down is not None and loop.time() < self._down_until:
                # Just failed to reach it: the callers queued behind fail now, not one
                # timeout after another.
                raise QuotaStoreError(self._down, store=self.where)
            try:
                return await call()
            except self._failures as exc:
                error = self._error(exc, loop.time())
        # Outside the except block: redis-py's exceptions may carry connection details,
        # so they are neither chained nor left as the context.
        raise error

    def _error(self, exc: BaseException, now: float) -> QuotaStoreError:
        unreachable = isinstance(exc, self._unreachable)
        what = "cannot reach the" if unreachable else "error from the"
        message = f"{what} quota store {self.where}: {type(exc).__name__}: {self._clean(exc)}"
        if unreachable:
            self._down, self._down_until = message, now + C.REDIS_FAIL_FAST_SECONDS
        return QuotaStoreError(message, store=self.where)

    def _keys(self, key: str, day: str) -> list[str]:
        count = f"{self._prefix}{key}:{day}"
        return [count, count + ":spent", count + ":returned"]

    def _floor_args(self, key: str, day: str, ttl: float | None) -> list[int | str]:
        """ARGV[1..4] of every script: this store's floor for the day, and a ttl."""
        seen = self._seen.get((key, day))
        if seen is None:
            # A day this store has not seen yet: the earlier ones are over (a late give-back
            # to yesterday leaves today alone).
            for stale in [k for k in self._seen if k[0] == key and k[1] < day]:
                del self._seen[stale]
            seen = self._seen[(key, day)] = _Seen()
        now = asyncio.get_running_loop().time()
        if ttl is not None:
            seen.expires = now + ttl
        remaining = seen.expires - now if seen.expires is not None else _UNKNOWN_TTL
        return [seen.taken, seen.returned, "1" if seen.spent else "0", _ms(remaining)]

    def _saw(self, key: str, day: str, count: Any, returned: Any, spent: Any) -> int:
        """Remember what a script answered (the day's floor); returns the count."""
        seen = self._seen.setdefault((key, day), _Seen())
        held, back = int(count), int(returned)
        seen.taken = max(seen.taken, held + back)
        seen.returned = max(seen.returned, back)
        seen.spent = seen.spent or int(spent) == 1
        return held

    async def take(
        self, key: str, day: str, n: int, limit: int, ttl: float, *, partial: bool = False
    ) -> tuple[int, int]:
        keys = self._keys(key, day)
        args = [*self._floor_args(key, day, ttl), n, limit, "1" if partial else "0"]
        taken, count, returned, spent = await self._run(lambda: self._take(keys=keys, args=args))
        return int(taken), self._saw(key, day, count, returned, spent)

    async def give_back(self, key: str, day: str, n: int) -> int:
        keys = self._keys(key, day)
        args = [*self._floor_args(key, day, None), n]
        reply = await self._run(lambda: self._give_back(keys=keys, args=args))
        return self._saw(key, day, *reply)

    async def used(self, key: str, day: str) -> int:
        keys = self._keys(key, day)
        args = self._floor_args(key, day, None)
        reply = await self._run(lambda: self._used(keys=keys, args=args))
        return self._saw(key, day, *reply)

    async def exhaust(self, key: str, day: str, limit: int, ttl: float) -> None:
        keys = self._keys(key, day)
        args = [*self._floor_args(key, day, ttl), limit]
        reply = await self._run(lambda: self._exhaust(keys=keys, args=args))
        self._saw(key, day, *reply)

    async def pace(self, key: str, interval: float) -> None:
        micros = max(1, round(interval * 1_000_000))
        pace_key = f"{self._prefix}{key}:pace"
        async with self._pace_lock:
            wait = await self._run(lambda: self._pace(keys=[pace_key], args=[micros]))
        if int(wait) > 0:
            await asyncio.sleep(int(wait) / 1_000_000)

    async def ping(self) -> None:
        """Check the store answers (raises :class:`QuotaStoreError` if not)."""
        await self._run(lambda: self._redis.ping())

    async def close(self) -> None:
        await self._redis.aclose()

    def __repr__(self) -> str:
        return f"RedisQuotaStore({self.where!r})"


class _Seen:
    """What one store has seen of one budget's day: its floor after a loss in Redis."""

    __slots__ = ("expires", "returned", "spent", "taken")

    def __init__(self) -> None:
        self.taken = 0
        self.returned = 0
        self.spent = False
        self.expires: float | None = None  # event-loop time the day's keys expire


def _ms(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))

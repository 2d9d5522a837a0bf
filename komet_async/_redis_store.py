"""A :class:`QuotaStore` in Redis: one budget and one pace shared by every process and host
that uses the same ``quota_key`` (``KometSession(quota_store="redis://host:6379/0")``).

Every operation is one Lua script, so it is atomic on the server: N processes taking slots
at once never exceed the budget together. The pace uses the Redis server's ``TIME``, not
the hosts' clocks, so hosts whose clocks disagree still space their requests correctly.
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

from .errors import QuotaStoreError

if TYPE_CHECKING:
    import redis.asyncio as aioredis

T = TypeVar("T")

# A store that does not answer must fail fast, not hang a request: seconds to connect and
# to wait for one answer (override with ?socket_connect_timeout=…&socket_timeout=… in the URL).
CONNECT_TIMEOUT = 2.0
COMMAND_TIMEOUT = 5.0
# After failing to reach Redis, other calls fail at once for this long (seconds).
FAIL_FAST_SECONDS = 1.0
# Connections per process; more callers wait their turn (?max_connections=… in the URL).
MAX_CONNECTIONS = 16
# No automatic retry (see RedisQuotaStore.__init__): redis-py would send a script again
# after a lost reply, and the quota scripts are not idempotent (a take counted twice, a
# give-back returned twice). A failed call raises QuotaStoreError instead; nothing is sent
# to Komet then.

MISSING_REDIS = "RedisQuotaStore needs the redis extra: pip install 'komet-async[redis]'"

# KEYS[1] the day's count, KEYS[2] its "spent" marker.
# ARGV: n, limit, ttl in ms, "1" for partial. Returns {taken, count after}.
_TAKE = """
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if redis.call('EXISTS', KEYS[2]) == 1 then return {0, used} end
local n = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local take = n
if used + n > limit then
  if ARGV[4] == '1' then take = math.max(0, limit - used) else take = 0 end
end
if take > 0 then
  used = redis.call('INCRBY', KEYS[1], take)
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return {take, used}
"""

# KEYS as in _TAKE; ARGV: n. Returns the count after.
_GIVE_BACK = """
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if redis.call('EXISTS', KEYS[2]) == 1 then return used end
local n = math.min(tonumber(ARGV[1]), used)
if n > 0 then used = redis.call('DECRBY', KEYS[1], n) end
return used
"""

# KEYS as in _TAKE; ARGV: limit, ttl in ms.
_EXHAUST = """
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
return 1
"""

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
    ``…:<day>:spent`` and ``<prefix><quota_key>:pace``.
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
                max_connections=MAX_CONNECTIONS,
                timeout=None,
                socket_connect_timeout=CONNECT_TIMEOUT,
                socket_timeout=COMMAND_TIMEOUT,
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
        self._pace = self._redis.register_script(_PACE)
        # One slot request per process at a time: callers queue here in FIFO order (they
        # would wait for their slot anyway) instead of each holding a connection.
        self._pace_lock = asyncio.Lock()
        # At most one command per pooled connection at a time; the rest queue here, where
        # they can fail fast (the pool's own queue cannot).
        self._slots = asyncio.Semaphore(pool.max_connections)
        self._down: str | None = None
        self._down_until = 0.0

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
            self._down, self._down_until = message, now + FAIL_FAST_SECONDS
        return QuotaStoreError(message, store=self.where)

    def _keys(self, key: str, day: str) -> list[str]:
        count = f"{self._prefix}{key}:{day}"
        return [count, count + ":spent"]

    async def take(
        self, key: str, day: str, n: int, limit: int, ttl: float, *, partial: bool = False
    ) -> tuple[int, int]:
        args = [n, limit, _ms(ttl), "1" if partial else "0"]
        taken, used = await self._run(lambda: self._take(keys=self._keys(key, day), args=args))
        return int(taken), int(used)

    async def give_back(self, key: str, day: str, n: int) -> int:
        used = await self._run(lambda: self._give_back(keys=self._keys(key, day), args=[n]))
        return int(used)

    async def used(self, key: str, day: str) -> int:
        count_key = self._keys(key, day)[0]
        value: Any = await self._run(lambda: self._redis.get(count_key))
        return int(value or 0)

    async def exhaust(self, key: str, day: str, limit: int, ttl: float) -> None:
        await self._run(lambda: self._exhaust(keys=self._keys(key, day), args=[limit, _ms(ttl)]))

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


def _ms(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))

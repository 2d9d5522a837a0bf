"""When and how long to wait before trying a request again.

A small hand-written policy and loop (``Transport.send``) rather than
stamina/tenacity: wrapping every call in a retry library measured 0.55-0.72x the calls per
second of the bare loop, and the loop must do SDK-specific things per attempt anyway (pass
the quota/pace gate, decide by ``retry_safe``, honour ``Retry-After``), so it is two dozen
lines. What may be retried is decided by the catalog's ``retry_safe``, never by the verb.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from email.utils import parsedate_to_datetime

import attrs

from . import _constants as C
from ._clock import utc_now


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How a retry-safe call is retried: exponential backoff with full jitter.

    Attempt ``k`` (from 0) waits a uniform random time in
    ``[0, min(backoff_max, backoff_base * 2**k)]`` (AWS's "full jitter", which spreads
    retrying clients best), or the server's ``Retry-After`` if longer; a ``Retry-After``
    above ``retry_after_max`` is not waited for (the error is raised), and no call spends
    more than ``deadline`` seconds in total. The number of retries is the session's or the
    call's ``max_retries``.

    ``wait=False`` is the test switch: attempts happen at once, no sleeping (Retry-After
    and the deadline are still checked, so the same errors are raised).

    >>> KometSession(token, retry_policy=RetryPolicy(wait=False))   # in tests
    """

    backoff_base: float = C.BACKOFF_BASE
    backoff_max: float = C.BACKOFF_MAX
    retry_after_max: float = C.RETRY_AFTER_MAX
    deadline: float = C.RETRY_DEADLINE
    wait: bool = True

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before attempt number ``attempt + 1`` (``attempt`` counts from 0).

        The intended wait, also under ``wait=False`` (the caller then skips the sleep but
        still checks the wait against ``retry_after_max`` and the deadline).
        """
        ceiling = min(self.backoff_max, self.backoff_base * 2 ** min(attempt, 32))
        jitter = random.uniform(0.0, ceiling)
        if retry_after is not None:
            return max(retry_after, jitter)
        return jitter


RETRYABLE_HTTP_STATUSES = frozenset({429, 500, 502, 503, 504})


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP date (counted from ``now``, the
    session's clock); ``None`` if absent/invalid.

    >>> parse_retry_after("2"), parse_retry_after("soon")
    (2.0, None)
    """
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": UTC by RFC 5322
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - (now or utc_now())).total_seconds())

"""When and how long to wait before trying a request again.

A small hand-written policy rather than stamina/tenacity: wrapping every call in a retry
library measured 0.55-0.72x of raw aiohttp per call, and the SDK's loop is a dozen lines.
What may be retried is decided by the catalog's ``retry_safe`` (never by the HTTP verb).
"""

from __future__ import annotations

import datetime as dt
import random
from email.utils import parsedate_to_datetime

import attrs

from . import _constants as C


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How a retry-safe call is retried: exponential backoff with full jitter.

    ``wait=False`` is the test switch: attempts happen at once, no sleeping.
    """

    backoff_base: float = C.BACKOFF_BASE
    backoff_max: float = C.BACKOFF_MAX
    retry_after_max: float = C.RETRY_AFTER_MAX
    deadline: float = C.RETRY_DEADLINE
    wait: bool = True

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to sleep before attempt number ``attempt + 1`` (``attempt`` counts from 0)."""
        if not self.wait:
            return 0.0
        jitter = random.uniform(0.0, min(self.backoff_max, self.backoff_base * 2**attempt))
        if retry_after is not None:
            return max(retry_after, jitter)
        return jitter


RETRYABLE_HTTP_STATUSES = frozenset({429, 500, 502, 503, 504})


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP date; ``None`` if absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = dt.datetime.now(when.tzinfo or dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())

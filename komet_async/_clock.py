"""The SDK's one reading of the wall clock.

The quota day, its reset and a ``Retry-After`` given as an HTTP date are the only things the
SDK dates; each asks a ``Clock`` (``KometSession(clock=...)``), which is ``utc_now`` unless a
test or a host with its own time source passes another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]
"""A function returning the current moment as an aware ``datetime``."""


def utc_now() -> dt.datetime:
    """The wall clock, in UTC."""
    return dt.datetime.now(dt.timezone.utc)

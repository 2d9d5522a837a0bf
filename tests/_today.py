"""The suite's day. Tests never read the wall clock for data: they date everything from
``TODAY``, which is ``KOMET_FAKE_TODAY`` when set (CI runs the suite again on hostile days:
a 29 February, a 31 December, a DST change in New York) and an ordinary fixed day otherwise.
Every ``FakeKomet`` the suite starts reads the same variable, so fake and tests agree.
"""

from __future__ import annotations

import datetime as dt
import os

from komet_async._clock import Clock
from komet_async.testing import TODAY_ENV
from komet_async.testing._clock import today_from_env

DEFAULT_TODAY = "2026-06-15"

os.environ.setdefault(TODAY_ENV, DEFAULT_TODAY)
_today = today_from_env()
assert _today is not None
TODAY: dt.date = _today


def at(hour: int, minute: int = 0, *, tz: dt.tzinfo = dt.timezone.utc) -> dt.datetime:
    """``TODAY`` at ``hour:minute`` in ``tz``, as an aware datetime."""
    return dt.datetime.combine(TODAY, dt.time(hour, minute), tzinfo=tz)


def fixed_clock(moment: dt.datetime) -> Clock:
    """A session ``clock=`` that always answers ``moment``."""
    return lambda: moment

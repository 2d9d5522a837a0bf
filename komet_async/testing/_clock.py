"""The fake's clock: what "today" and "now" are for everything ``FakeKomet`` dates.

Its quota day, the inventory's dates, the vendor rule that hides lines shipped before
yesterday and the timestamps of records it writes all read this one clock, so a test that
pins the day meets the same data on any day it runs.

* ``FakeClock(dt.date(2027, 3, 14))`` pins the day: ``today()`` is that day, and ``now()``
  starts at noon UTC of it and runs at the real rate (records written later are later);
* ``FakeClock()`` with ``KOMET_FAKE_TODAY=YYYY-MM-DD`` in the environment pins that day (a
  whole test suite can move to another day without editing a test);
* ``FakeClock()`` without it follows the wall clock (UTC).
"""

from __future__ import annotations

import datetime as dt
import os
import time

TODAY_ENV = "KOMET_FAKE_TODAY"
_PINNED_START = dt.time(12, 0, tzinfo=dt.timezone.utc)


def today_from_env() -> dt.date | None:
    """The day ``KOMET_FAKE_TODAY`` names, or None when it is unset or empty.

    >>> os.environ[TODAY_ENV] = "2028-02-29"; today_from_env()
    datetime.date(2028, 2, 29)
    >>> del os.environ[TODAY_ENV]
    """
    text = os.environ.get(TODAY_ENV, "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{TODAY_ENV}={text!r} is not a YYYY-MM-DD date") from None


class FakeClock:
    """``today()`` and ``now()`` for one fake (see the module docstring)."""

    def __init__(self, today: dt.date | None = None) -> None:
        self._pinned: dt.date | None = None
        self._pinned_at = 0.0
        self.set_today(today if today is not None else today_from_env())

    @property
    def pinned(self) -> bool:
        return self._pinned is not None

    def set_today(self, today: dt.date | None) -> None:
        """Pin the clock to ``today`` (its ``now()`` restarts at noon UTC), or None: follow
        the wall clock."""
        if today is not None and (not isinstance(today, dt.date) or isinstance(today, dt.datetime)):
            raise TypeError(f"today must be a datetime.date, not {type(today).__name__}")
        self._pinned = today
        self._pinned_at = time.monotonic()

    def now(self) -> dt.datetime:
        """The fake's current moment, an aware UTC datetime."""
        if self._pinned is None:
            return dt.datetime.now(dt.timezone.utc)
        start = dt.datetime.combine(self._pinned, _PINNED_START)
        return start + dt.timedelta(seconds=time.monotonic() - self._pinned_at)

    def today(self) -> dt.date:
        """The fake's day: the pinned one, or today's UTC date."""
        return self._pinned if self._pinned is not None else self.now().date()

    def __repr__(self) -> str:
        return f"FakeClock(today={self._pinned!r})" if self._pinned else "FakeClock(wall clock)"

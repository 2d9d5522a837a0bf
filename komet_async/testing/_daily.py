"""A per-day lazy cache: data for a day is generated the first time the day is asked for.

Generation is seeded by ``(seed, kind, day)`` alone, so a day's data is the same whatever
order days are asked in, and a year of history costs nothing until a test reads it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

DayFactory = Callable[[random.Random, dt.date], T]


def day_rng(seed: int, kind: str, day: dt.date) -> random.Random:
    """The random generator for one kind of data on one day."""
    return random.Random(f"{seed}:{kind}:{day.isoformat()}")


class DailyCache(Generic[T]):
    """``cache.get(day)`` returns the day's value, generating it once with ``factory``.

    Writes go to the returned value (e.g. append to the day's list); it stays cached, so they
    persist until ``FakeKomet.reset()``.

    >>> cache = DailyCache(0, "demo", lambda rng, day: [rng.randint(1, 9)])
    >>> cache.get(dt.date(2026, 1, 1)) == cache.get(dt.date(2026, 1, 1))
    True
    """

    def __init__(self, seed: int, kind: str, factory: DayFactory[T]) -> None:
        self.seed = seed
        self.kind = kind
        self._factory = factory
        self._days: dict[dt.date, T] = {}

    def get(self, day: dt.date) -> T:
        if day not in self._days:
            self._days[day] = self._factory(day_rng(self.seed, self.kind, day), day)
        return self._days[day]

    def get_range(self, first: dt.date, last: dt.date) -> Iterator[tuple[dt.date, T]]:
        """Each day from ``first`` to ``last`` inclusive, in order."""
        day = first
        while day <= last:
            yield day, self.get(day)
            day += dt.timedelta(days=1)

    def materialized(self) -> dict[dt.date, T]:
        """The days generated so far (for tests; do not mutate the mapping)."""
        return self._days

"""The fake company's data, exposed as ``FakeKomet.state`` for handlers and tests.

Plain dicts keyed by id (as strings) hold the base data; ``DailyCache``s hold per-day data
that is generated only when a day is asked for. Handlers read and write these directly.
To add a new kind of per-day data from a handler module::

    def make_things(state, rng, day): return [...]
    things = state.daily("things", make_things).get(day)
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable, Iterator
from typing import Any

from . import _seed_data, _seed_days
from ._daily import DailyCache
from ._seed_data import Record

StateDayFactory = Callable[["FakeState", random.Random, dt.date], Any]


class FakeState:
    """Everything the fake company owns, seeded by ``seed``."""

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

        def rng(kind: str) -> random.Random:
            return random.Random(f"{seed}:{kind}")

        self.products: dict[str, Record] = _seed_data.make_products(rng("products"))
        self.box_types: dict[str, Record] = _seed_data.make_box_types()
        self.customers: dict[str, Record] = _seed_data.make_customers(rng("customers"))
        self.carriers: dict[str, Record] = _seed_data.make_carriers(rng("carriers"))
        self.vendors: dict[str, Record] = _seed_data.make_vendors(rng("vendors"))
        self.locations: dict[str, Record] = _seed_data.make_locations()
        # Every box the fake knows, by code; daily AWBs add theirs when generated.
        self.boxes: dict[str, Record] = _seed_data.make_boxes(
            rng("boxes"), self.products, self.vendors
        )
        # Future AWBs saved through awb.future.save, by AWB number.
        self.saved_future_awbs: dict[str, Record] = {}
        self._daily: dict[str, DailyCache[Any]] = {}
        self._ids = itertools.count(900001)

        self.awbs: DailyCache[list[Record]] = self.daily("awbs", _seed_days.make_awbs)
        self.future_awbs: DailyCache[list[Record]] = self.daily(
            "future_awbs", _seed_days.make_future_awbs
        )
        self.invoices: DailyCache[list[Record]] = self.daily("invoices", _seed_days.make_invoices)
        self.prebooks: DailyCache[list[Record]] = self.daily("prebooks", _seed_days.make_prebooks)
        self.purchase_orders: DailyCache[list[Record]] = self.daily(
            "purchase_orders", _seed_days.make_purchase_orders
        )

    def daily(self, kind: str, factory: StateDayFactory) -> DailyCache[Any]:
        """The per-day cache for ``kind``; created on first use with ``factory(state, rng, day)``
        (later calls ignore ``factory`` and return the same cache)."""
        if kind not in self._daily:
            self._daily[kind] = DailyCache(
                self.seed, kind, lambda rng, day: factory(self, rng, day)
            )
        return self._daily[kind]

    def next_id(self) -> int:
        """A fresh id for a record created by a write (unique across kinds)."""
        return next(self._ids)

    def all_generated_awbs(self) -> Iterator[Record]:
        """AWBs of every day generated so far (a lookup by number alone searches these)."""
        for awbs in self.awbs.materialized().values():
            yield from awbs

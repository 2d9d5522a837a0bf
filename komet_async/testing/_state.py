"""The fake company's data, exposed as ``FakeKomet.state`` for handlers and tests.

Plain dicts keyed by id (as strings) hold the base data; ``DailyCache``s hold per-day data
that is generated only when a day is asked for. Handlers read and write these directly.

A day's seeded data is a pure function of ``(seed, date)``: the day factories draw from
``state.reference``, a frozen copy of the base data as seeded, never from the live dicts
that writes change (a customer added, a product renamed), so neither what a test created
nor the order in which days are first read changes what a day holds.
To add a new kind of per-day data from a handler module::

    def make_things(state, rng, day): return [...]
    things = state.daily("things", make_things).get(day)
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from . import _seed_data, _seed_days, _seed_pricing, _state_setup
from ._clock import FakeClock
from ._daily import DailyCache
from ._seed_data import Record

StateDayFactory = Callable[["FakeState", random.Random, dt.date], Any]


@dataclass(frozen=True)
class SeedReference:
    """The base data as seeded, for the seed factories: copies that writes never reach."""

    products: Mapping[str, Record]
    box_types: Mapping[str, Record]
    customers: Mapping[str, Record]
    carriers: Mapping[str, Record]
    vendors: Mapping[str, Record]


class FakeState:
    """Everything the fake company owns, seeded by ``seed``; ``clock`` says what day it is."""

    def __init__(self, seed: int = 0, clock: FakeClock | None = None) -> None:
        self.seed = seed
        self.clock = clock if clock is not None else FakeClock()

        def rng(kind: str) -> random.Random:
            return random.Random(f"{seed}:{kind}")

        self.products: dict[str, Record] = _seed_data.make_products(rng("products"))
        self.box_types: dict[str, Record] = _seed_data.make_box_types()
        self.customers: dict[str, Record] = _seed_data.make_customers(rng("customers"))
        self.carriers: dict[str, Record] = _seed_data.make_carriers(rng("carriers"))
        self.vendors: dict[str, Record] = _seed_data.make_vendors(rng("vendors"))
        self.locations: dict[str, Record] = _seed_data.make_locations()
        self.setup: _state_setup.SetupBook = _state_setup.make_setup(rng("setup"))
        self.reference = SeedReference(
            products=copy.deepcopy(self.products),
            box_types=copy.deepcopy(self.box_types),
            customers=copy.deepcopy(self.customers),
            carriers=copy.deepcopy(self.carriers),
            vendors=copy.deepcopy(self.vendors),
        )
        # Every box the fake knows, by code; daily AWBs add theirs when generated.
        self.boxes: dict[str, Record] = _seed_data.make_boxes(
            rng("boxes"), self.products, self.vendors
        )
        # Future AWBs saved through awb.future.save, by AWB number.
        self.saved_future_awbs: dict[str, Record] = {}
        # Price lists, their seasons and seasonal prices; standing orders (_seed_pricing).
        self.price_lists: dict[str, Record] = _seed_pricing.make_price_lists()
        self.seasons: dict[str, Record] = _seed_pricing.make_seasons()
        self.season_products: dict[str, Record] = _seed_pricing.make_season_products(
            rng("season_products"),
            self.price_lists,
            self.seasons,
            self.products,
            self.vendors,
            self.box_types,
        )
        self.standing_orders: dict[str, Record] = _seed_pricing.make_standing_orders(
            rng("standing_orders"), self.customers, self.carriers
        )
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

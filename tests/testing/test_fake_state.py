"""Seeded state: lazy per day, the same whatever order days are asked in."""

from __future__ import annotations

import datetime as dt

from komet_async.testing import DailyCache, FakeState

DAY1, DAY2 = dt.date(2026, 3, 1), dt.date(2026, 3, 2)


def test_days_are_generated_only_when_asked() -> None:
    state = FakeState(seed=3)
    assert state.invoices.materialized() == {}
    state.invoices.get(DAY1)
    assert list(state.invoices.materialized()) == [DAY1]


def test_a_day_is_the_same_whatever_was_asked_before() -> None:
    first, second = FakeState(seed=3), FakeState(seed=3)
    first.invoices.get(DAY1)
    first.awbs.get(DAY1)
    assert first.invoices.get(DAY2) == second.invoices.get(DAY2)
    assert first.purchase_orders.get(DAY2) == second.purchase_orders.get(DAY2)
    assert FakeState(seed=4).products != first.products


def test_ids_are_unique_across_days() -> None:
    state = FakeState(seed=3)
    ids = [inv["id"] for _, day in state.invoices.get_range(DAY1, DAY1 + dt.timedelta(30))
           for inv in day]  # fmt: skip
    assert ids and len(ids) == len(set(ids))


def test_other_engineers_can_add_a_daily_kind() -> None:
    state = FakeState(seed=3)
    calls: list[dt.date] = []

    def make_things(owner: FakeState, rng: object, day: dt.date) -> list[str]:
        calls.append(day)
        return [f"{day}:{len(owner.products)}"]

    things = state.daily("things", make_things)
    assert isinstance(things, DailyCache)
    assert things.get(DAY1) == things.get(DAY1) == [f"{DAY1}:40"]
    assert calls == [DAY1]
    assert state.daily("things", make_things) is things


def test_generated_boxes_are_registered_with_their_awb() -> None:
    state = FakeState(seed=3)
    awbs = state.awbs.get(DAY1)
    for awb in awbs:
        for code in awb["boxCodes"]:
            assert state.boxes[code]["awbId"] == awb["awbId"]

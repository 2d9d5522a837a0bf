"""pickticket.details.list and pick_tickets.iter_details against the fake: ranges split into
the documented 7-day windows, in order, each ticket once, filters on every window."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, HandlerContext, Reply
from komet_async.testing.handlers.pick_tickets import list_details as fake_list_details
from komet_async.testing.handlers.pick_tickets import pick_tickets_of
from tests._today import TODAY

from .conftest import sent

START = TODAY - dt.timedelta(days=100)
END = TODAY + dt.timedelta(days=30)


def window(params: dict[str, Any]) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(params["orderDateFrom"]), dt.date.fromisoformat(
        params["orderDateTo"]
    )


async def day_by_day(
    k: komet.KometSession, first: dt.date, last: dt.date, **filters: Any
) -> list[Any]:
    rows: list[Any] = []
    day = first
    while day <= last:
        rows += (await k.pick_tickets.list_details(order_date=day, **filters)).pick_tickets
        day += dt.timedelta(days=1)
    return rows


async def test_a_range_is_split_into_seven_day_windows_in_order(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    progress: list[tuple[int, int]] = []
    pulled = [
        row
        async for row in k.pick_tickets.iter_details(
            START, END, concurrency=3, on_window=lambda done, total: progress.append((done, total))
        )
    ]
    windows = [window(r.params) for r in sent(fake, "pickticket.details.list")]
    ordered = sorted(windows)
    # Each window at most 7 days both ends included, together covering the range once.
    assert all(0 <= (last - first).days <= 6 for first, last in ordered)
    assert ordered[0][0] == START and ordered[-1][1] == END
    assert all(b[0] == a[1] + dt.timedelta(days=1) for a, b in itertools.pairwise(ordered))
    days = (END - START).days + 1
    assert len(windows) == -(-days // 7)  # the fewest 7-day windows
    assert all(
        r.outcome in ("ok", "status0:not_found") for r in sent(fake, "pickticket.details.list")
    )
    assert progress == [(n, len(windows)) for n in range(1, len(windows) + 1)]
    # The same tickets as asking day by day, in date order, each once.
    expected = await day_by_day(k, START, END)
    assert len(pulled) > 50
    assert pulled == expected
    assert len({row["orderId"] for row in pulled}) == len(pulled)
    dates = [row["orderDate"] for row in pulled]
    assert dates == sorted(dates)


async def test_filters_apply_to_every_window(fake: FakeKomet, k: komet.KometSession) -> None:
    seeded = [
        t
        for n in range((END - START).days + 1)
        for t in pick_tickets_of(fake.state, START + dt.timedelta(n))
    ]
    customer_id = int(next(t["customerId"] for t in seeded if t["status"] == 1))
    pulled = [
        row
        async for row in k.pick_tickets.iter_details(
            START, END, customer_id=customer_id, status=komet.InvoiceStatus.CONFIRMED, timeout=30
        )
    ]
    requests = sent(fake, "pickticket.details.list")
    assert len(requests) == 19
    assert all(r.params["customerId"] == str(customer_id) for r in requests)
    assert all(r.params["status"] == "1" for r in requests)
    assert len(pulled) == sum(
        1 for t in seeded if (int(t["customerId"]), t["status"]) == (customer_id, 1)
    )
    assert {(int(row["customerId"]), row["status"]) for row in pulled} == {(customer_id, 1)}


async def test_default_status_means_active_orders(fake: FakeKomet, k: komet.KometSession) -> None:
    active = [row async for row in k.pick_tickets.iter_details(START, END)]
    voided = [row async for row in k.pick_tickets.iter_details(START, END, status=4)]
    assert active and voided
    assert {row["status"] for row in active} == {0, 1}
    assert {row["status"] for row in voided} == {4}


async def test_an_order_id_needs_no_dates(fake: FakeKomet, k: komet.KometSession) -> None:
    day = next(d for n in range(60) if pick_tickets_of(fake.state, d := START + dt.timedelta(n)))
    ticket = pick_tickets_of(fake.state, day)[0]
    answer = await k.pick_tickets.list_details(order_id=ticket["orderId"], status=ticket["status"])
    assert answer.pick_tickets == [json.loads(json.dumps(ticket))]


async def test_nothing_found_is_an_empty_answer(fake: FakeKomet, k: komet.KometSession) -> None:
    fake.force_not_found("pickticket.details.list")
    answer = await k.pick_tickets.list_details(order_date=TODAY)
    assert answer.pick_tickets == []
    assert [row async for row in k.pick_tickets.iter_details(START, END)] == []


async def test_the_fake_refuses_a_window_wider_than_documented(fake: FakeKomet) -> None:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
        with pytest.raises(komet.KometAPIError, match="7 days"):
            await k.request(
                "pickticket.details.list",
                http_method="GET",
                params={"orderDateFrom": "2026-02-01", "orderDateTo": "2026-02-08"},
            )


async def test_at_most_concurrency_windows_in_flight(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    in_flight, peak = 0, 0

    async def counting(ctx: HandlerContext) -> Reply:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(5):  # let the other windows arrive if they were sent
            await asyncio.sleep(0)
        in_flight -= 1
        return fake_list_details(ctx)  # type: ignore[return-value]

    fake.set_handler("pickticket.details.list", counting)
    pulled = [row async for row in k.pick_tickets.iter_details(START, END, concurrency=2)]
    assert 1 <= peak <= 2
    assert pulled == await day_by_day(k, START, END)


async def test_a_row_repeated_by_a_neighbouring_window_is_yielded_once(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    shared = {"orderId": 1, "note": "spans two windows", "amount": 1.5}

    def overlapping(ctx: HandlerContext) -> Reply:
        first = ctx.text("orderDateFrom")
        return ctx.ok(pickTickets=[shared, {"orderId": first}])

    fake.set_handler("pickticket.details.list", overlapping)
    last = START + dt.timedelta(days=20)
    pulled = [row async for row in k.pick_tickets.iter_details(START, last)]
    assert [row["orderId"] for row in pulled] == [
        1,
        START.isoformat(),
        (START + dt.timedelta(7)).isoformat(),
        (START + dt.timedelta(14)).isoformat(),
    ]

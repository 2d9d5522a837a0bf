"""Ranged credit and payment pulls: windows split to the limit, fetched with bounded
concurrency, yielded in order, each record once."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools

import pytest

import komet_async as komet
from komet_async.models.credits import CreditDetailsListRequest
from komet_async.testing import FakeKomet, HandlerContext, Reply
from komet_async.testing.handlers.credits import list_credits as fake_list_credits
from komet_async.testing.handlers.payments import list_payments as fake_list_payments

from .conftest import YEAR_END, YEAR_START, book, sent

DateWindow = tuple[dt.date, dt.date]


def windows(fake: FakeKomet, method: str, start: str, end: str) -> list[DateWindow]:
    return [
        (dt.date.fromisoformat(r.params[start]), dt.date.fromisoformat(r.params[end]))
        for r in sent(fake, method)
    ]


def assert_cover(found: list[DateWindow], first: dt.date, last: dt.date, days: int) -> None:
    """Windows of at most ``days`` days, both ends included, covering first..last once."""
    ordered = sorted(found)
    assert all((b - a).days <= days - 1 for a, b in ordered)
    assert ordered[0][0] == first and ordered[-1][1] == last
    for (_, end), (start, _) in itertools.pairwise(ordered):
        assert start == end + dt.timedelta(days=1)


async def test_a_year_of_credits_in_31_day_windows_each_once_in_order(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    progress: list[tuple[int, int]] = []
    pulled = [
        c
        async for c in k.credits.iter_details(
            YEAR_START, YEAR_END, concurrency=6, on_window=lambda d, t: progress.append((d, t))
        )
    ]
    found = windows(fake, "credit.details.list", "creditDateFrom", "creditDateTo")
    assert len(found) == 12  # 365 days in windows of 31
    assert_cover(found, YEAR_START, YEAR_END, 31)
    assert {r.params["itemType"] for r in sent(fake, "credit.details.list")} == {"all"}
    assert progress[-1] == (12, 12)
    # The fake's own records (an independent path), each once, in window then id order.
    expected = list(book(fake).credit_days(YEAR_START, YEAR_END))
    assert [c.credit_id for c in pulled] == [c["creditId"] for c in expected]
    assert len({c.credit_id for c in pulled}) == len(pulled) > 200


async def test_a_year_of_payments_in_31_day_windows_each_once_in_date_order(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    pulled = [p async for p in k.payments.iter(YEAR_START, YEAR_END)]
    found = windows(fake, "payment.list", "dateFrom", "dateTo")
    assert len(found) == 12
    assert_cover(found, YEAR_START, YEAR_END, 31)
    expected = list(book(fake).payment_days(YEAR_START, YEAR_END))
    assert sorted(p.id for p in pulled) == sorted(p["id"] for p in expected)
    assert len({p.id for p in pulled}) == len(pulled) > 200
    dates = [p.date for p in pulled if p.date is not None]
    assert dates == sorted(dates) and len(dates) == len(pulled)


async def test_filters_ride_on_every_window(fake: FakeKomet, k: komet.KometSession) -> None:
    credits = [
        c
        async for c in k.credits.iter_details(
            YEAR_START, YEAR_END, item_type="box", customer_id=23401
        )
    ]
    requests = sent(fake, "credit.details.list")
    assert len(requests) == 12
    assert all(r.params["itemType"] == "box" and r.params["customerId"] == 23401 for r in requests)
    assert credits and {(c.extra["itemType"], c.extra["customerId"]) for c in credits} == {
        ("box", "23401")
    }
    payments = [p async for p in k.payments.iter(YEAR_START, YEAR_END, payment_method="Check")]
    assert {r.params["paymentMethod"] for r in sent(fake, "payment.list")} == {"Check"}
    assert payments and {p.method for p in payments} == {"Check"}


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_at_most_concurrency_windows_are_in_flight(
    fake: FakeKomet, k: komet.KometSession, concurrency: int
) -> None:
    in_flight = 0
    most = 0

    async def counting(ctx: HandlerContext) -> Reply:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        for _ in range(500):  # until the first windows overlap (then no more waiting)
            if most >= concurrency:
                break
            await asyncio.sleep(0)
        in_flight -= 1
        return fake_list_payments(ctx)

    fake.set_handler("payment.list", counting)
    pulled = [p async for p in k.payments.iter(YEAR_START, YEAR_END, concurrency=concurrency)]
    assert pulled and most <= concurrency
    assert most == concurrency  # windows really overlap (the bound is not vacuous)
    assert len(sent(fake, "payment.list")) == 12


async def test_a_window_with_nothing_in_it_is_skipped(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    def quiet_february(ctx: HandlerContext) -> Reply:
        first = ctx.date("creditDateFrom")
        if first is not None and first.month == 2:
            return ctx.not_found()  # "Credits not found." reads as an empty window
        return fake_list_credits(ctx)

    fake.set_handler("credit.details.list", quiet_february)
    pulled = [c async for c in k.credits.iter_details(YEAR_START, YEAR_END)]
    assert pulled and len(sent(fake, "credit.details.list")) == 12


async def test_credits_under_another_array_name_are_an_error_not_an_empty_pull(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    """The answer's array name is a GAP: a pull must not report a year as "no credits"."""

    def renamed(ctx: HandlerContext) -> Reply:
        return ctx.ok(creditMemos=[{"creditMemoId": 1}])

    fake.set_handler("credit.details.list", renamed)
    listed = await k.credits.list_details(YEAR_START, YEAR_START, item_type="all")
    assert listed == [] and listed.response.message == "OK"
    with pytest.raises(komet.KometDecodeError, match="'creditMemos', not 'credits'"):
        async for _ in k.credits.iter_details(YEAR_START, YEAR_END):
            pass


async def test_the_renamed_list_is_readable_through_session_call(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    fake.set_handler("credit.details.list", lambda ctx: ctx.ok(creditMemos=[{"creditMemoId": 1}]))
    request = CreditDetailsListRequest(date_from=YEAR_START, date_to=YEAR_START, item_type="all")
    answer = await k.call("credit.details.list", request)
    assert answer.extra == {"creditMemos": [{"creditMemoId": 1}]}

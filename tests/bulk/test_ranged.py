"""Ranged invoice pulls and incremental sync, against the fake server."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, HandlerContext, Reply
from komet_async.testing.handlers.invoices import list_details as fake_list_details

START = dt.date(2025, 1, 1)
END = dt.date(2025, 12, 31)


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=5) as fake:
        yield fake


@pytest.fixture
async def k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as session:
        yield session


def _window(params: dict[str, str]) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(params["orderDateFrom"]), dt.date.fromisoformat(
        params["orderDateTo"]
    )


async def test_one_year_pull_yields_every_invoice_once_in_order(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    progress: list[tuple[int, int]] = []
    pulled = [
        invoice
        async for invoice in k.invoices.iter_details(
            START, END, concurrency=8, on_window=lambda d, t: progress.append((d, t))
        )
    ]
    requests = [r for r in fake.requests if r.method == "invoice.details.list"]
    # Every request within the documented 4-day window, covering the year exactly once.
    windows = sorted(_window(r.params) for r in requests)
    assert all((last - first).days <= 3 for first, last in windows)
    assert windows[0][0] == START and windows[-1][1] == END
    days = [d for first, last in windows for d in range((last - first).days + 1)]
    assert len(days) == (END - START).days + 1
    assert progress[-1] == (len(windows), len(windows))
    # The same invoices as asking day by day (an independent path), each once, in order.
    expected = []
    day = START
    while day <= END:
        expected += await k.invoices.list_details(day, day)
        day += dt.timedelta(days=1)
    assert sorted(i.id for i in pulled) == sorted(i.id for i in expected)
    assert len({i.id for i in pulled}) == len(pulled)
    ship_dates = [i.ship_date for i in pulled if i.ship_date is not None]
    assert ship_dates == sorted(ship_dates)
    assert len(pulled) > 100


async def test_filters_are_kept_on_every_window(fake: FakeKomet, k: komet.KometSession) -> None:
    customer_id = int(next(iter(fake.state.customers)))
    pulled = [
        i
        async for i in k.invoices.iter_details(START, dt.date(2025, 2, 28), customer_id=customer_id)
    ]
    requests = [r for r in fake.requests if r.method == "invoice.details.list"]
    assert len(requests) == 15
    assert all(r.params.get("customerId") == str(customer_id) for r in requests)
    assert pulled, "the seeded customer has invoices in two months"
    assert {i.customer_id for i in pulled} == {int(customer_id)}


async def test_a_window_at_the_box_cap_is_fetched_again_day_by_day(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    def capped(ctx: HandlerContext) -> Reply:
        first, last = ctx.date("orderDateFrom"), ctx.date("orderDateTo")
        if first != last:
            # A multi-day answer that hit the 10,000-box cap (and so may be incomplete).
            box = {"detailId": 1}
            line = {"detailId": 1, "boxes": [box] * 10_000}
            return ctx.ok(invoices=[{"id": 999_999, "details": [line]}])
        return fake_list_details(ctx)

    fake.set_handler("invoice.details.list", capped)
    pulled = [i async for i in k.invoices.iter_details(START, dt.date(2025, 1, 8))]
    windows = [_window(r.params) for r in fake.requests if r.method == "invoice.details.list"]
    multi = [w for w in windows if w[0] != w[1]]
    single = sorted(w[0] for w in windows if w[0] == w[1])
    assert len(multi) == 2
    assert single == [START + dt.timedelta(days=n) for n in range(8)]
    assert 999_999 not in {i.id for i in pulled}


async def test_accounting_pull_uses_31_day_windows(fake: FakeKomet, k: komet.KometSession) -> None:
    pulled = [i async for i in k.invoices.iter_accounting(START, END, external_system_synced=False)]
    requests = [r for r in fake.requests if r.method == "invoice.accounting.details.list"]
    assert len(requests) == 12  # 365 days in windows of 31
    assert all((last - first).days <= 30 for first, last in (_window(r.params) for r in requests))
    assert all(r.params["externalSystemSynced"] in ("0", "false") for r in requests)
    assert len({i.id for i in pulled}) == len(pulled) > 0


async def test_sync_pending_survives_a_kill_and_loses_nothing(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    first, last = dt.date(2025, 3, 1), dt.date(2025, 4, 15)
    pending = {
        i.id async for i in k.invoices.iter_accounting(first, last, external_system_synced=False)
    }
    assert len(pending) > 10
    handled: list[int] = []
    stop = asyncio.Event()

    async def slow_handler(invoice: komet.AccountingInvoice) -> None:
        handled.append(invoice.id)
        if len(handled) >= 5:
            stop.set()
            await asyncio.sleep(3600)  # "killed" while handling

    run = asyncio.create_task(k.invoices.sync_pending(slow_handler, first, last, concurrency=2))
    await stop.wait()
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    left = {
        i.id async for i in k.invoices.iter_accounting(first, last, external_system_synced=False)
    }
    assert left < pending  # some were marked before the kill...
    assert pending - left <= set(handled)  # ...and only invoices whose handler returned

    seen: list[int] = []

    async def handler(invoice: komet.AccountingInvoice) -> None:
        seen.append(invoice.id)

    report = await k.invoices.sync_pending(handler, first, last)
    assert set(seen) == left
    assert set(report.synced) == left
    assert [
        i async for i in k.invoices.iter_accounting(first, last, external_system_synced=False)
    ] == []


async def test_a_failing_handler_leaves_the_invoice_pending(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    first, last = dt.date(2025, 5, 1), dt.date(2025, 5, 20)
    pending = {
        i.id async for i in k.invoices.iter_accounting(first, last, external_system_synced=False)
    }
    unlucky = min(pending)

    async def handler(invoice: komet.AccountingInvoice) -> None:
        if invoice.id == unlucky:
            raise RuntimeError("ledger down")

    report = await k.invoices.sync_pending(handler, first, last)
    assert set(report.failed) == {unlucky}
    assert set(report.synced) == pending - {unlucky}
    left = {
        i.id async for i in k.invoices.iter_accounting(first, last, external_system_synced=False)
    }
    assert left == {unlucky}
    report = await k.invoices.sync_pending(handler, first, last, mark_errors=True)
    assert report.marked_error == [unlucky]


async def test_bulk_mark_synced_and_bulk_deletes(fake: FakeKomet, k: komet.KometSession) -> None:
    first, last = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    pending = [
        i.id async for i in k.invoices.iter_accounting(first, last, external_system_synced=False)
    ]
    result = await k.invoices.bulk_mark_synced([*pending, 1])  # 1: no such invoice
    assert {i.item.invoice_id for i in result.succeeded} == set(pending)
    assert [i.item.invoice_id for i in result.failed] == [1]
    assert result.requests_used == len(pending) + 1
    left = [i async for i in k.invoices.iter_accounting(first, last, external_system_synced=False)]
    assert left == []

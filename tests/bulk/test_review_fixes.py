"""Outcomes that must never be guessed wrong: a 5xx or a status-less answer to a write is
*unknown* (it may have been applied), a failed mark leaves its invoice pending without
cutting other handlers short, a cut answer is never yielded, a reservation taken while its
caller is cancelled goes back."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from decimal import Decimal

import aiohttp
import pytest

import komet_async as komet
from komet_async._limits import MemoryQuotaStore
from komet_async.testing import FakeKomet, HandlerContext, Reply
from komet_async.testing.handlers.invoices import mark_synced as fake_mark_synced
from tests.conftest import ScriptedServer


def _line(i: int) -> komet.InventoryLine:
    return komet.InventoryLine(
        vendor_code="V01", awb="123-45678901", ship_date=dt.date(2026, 5, 2),
        product_code="RS50", quantity=10, box_type_code="QB", unit_type="bunch",
        stems_bunch=25, bunches=10, unit_cost=Decimal("2.150"), reference=f"L{i}",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("status", "body", "bucket"),
    [
        (504, {"status": "1"}, "unknown"),  # a gateway may answer after the backend applied it
        (500, {"status": "1"}, "unknown"),
        (404, {"status": "1"}, "failed"),  # the server refused it: nothing was applied
        (200, {"error": "Invalid product"}, "unknown"),  # no status: not a success
        (200, {"status": "0", "message": "Invalid product"}, "failed"),
    ],
)
async def test_a_writes_outcome_is_never_guessed(
    server: ScriptedServer, status: int, body: dict[str, str], bucket: str
) -> None:
    server.reply_json(body, status=status)
    async with komet.KometSession(
        "t0ken", base_url=server.url, daily_quota=None, retry_policy=komet.RetryPolicy(wait=False)
    ) as k:
        result = await k.inventory.push([_line(0)])
    assert [i.status for i in result.items] == [bucket]
    assert len(server.seen) == 1  # never replayed
    if bucket == "unknown":
        assert result.to_retry() == []
        assert [p.request for p in result.items[0].parts] == result.to_retry(include_unknown=True)


async def test_a_users_raise_for_status_session_still_gives_http_errors(
    server: ScriptedServer,
) -> None:
    server.reply_json({"status": "1"}, status=404)
    async with (
        aiohttp.ClientSession(raise_for_status=True) as http,
        komet.KometSession("t0ken", base_url=server.url, daily_quota=None, http_session=http) as k,
    ):
        with pytest.raises(komet.KometHTTPError) as info:
            await k.products.list()
    assert info.value.status == 404
    assert len(server.seen) == 1  # a 404 is not retried


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=5) as fake:
        yield fake


async def test_a_failed_mark_leaves_the_invoice_pending_and_others_finish(
    fake: FakeKomet,
) -> None:
    first, last = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
        pending = {
            i.id
            async for i in k.invoices.iter_accounting(first, last, external_system_synced=False)
        }
        unlucky = min(pending)

        def refuse_one(ctx: HandlerContext) -> Reply:
            if ctx.text("invoiceId") == str(unlucky):
                return Reply(0, "Something failed", {})
            return fake_mark_synced(ctx)

        handled: list[int] = []

        async def handler(invoice: komet.AccountingInvoice) -> None:
            await asyncio.sleep(0)
            handled.append(invoice.id)

        fake.set_handler("invoice.mark.sync.status.ok", refuse_one)
        report = await k.invoices.sync_pending(handler, first, last)
        assert set(handled) == pending  # nobody was cut short
        assert set(report.mark_failed) == {unlucky}
        assert set(report.synced) == pending - {unlucky}
        fake.set_handler("invoice.mark.sync.status.ok", fake_mark_synced)
        left = {
            i.id
            async for i in k.invoices.iter_accounting(first, last, external_system_synced=False)
        }
        assert left == {unlucky}


async def test_one_day_at_the_box_cap_raises_instead_of_yielding_a_cut_answer(
    fake: FakeKomet,
) -> None:
    def capped(ctx: HandlerContext) -> Reply:
        line = {"detailId": 1, "boxes": [{"detailId": 1}] * 10_000}
        return ctx.ok(invoices=[{"id": 7, "details": [line]}])

    fake.set_handler("invoice.details.list", capped)
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
        with pytest.raises(komet.ResultTruncatedError) as info:
            [i async for i in k.invoices.iter_details(dt.date(2025, 1, 1), dt.date(2025, 1, 4))]
    assert info.value.day == dt.date(2025, 1, 1)


class SlowStore(MemoryQuotaStore):
    """A shared store whose take is still on the wire when the caller is cancelled."""

    def __init__(self) -> None:
        super().__init__()
        self.taking = asyncio.Event()
        self.release = asyncio.Event()

    async def take(  # type: ignore[override]
        self, key: str, day: str, n: int, limit: int, ttl: float, *, partial: bool = False
    ) -> tuple[int, int]:
        self.taking.set()
        await self.release.wait()
        return await super().take(key, day, n, limit, ttl, partial=partial)


async def test_a_reservation_cancelled_mid_take_gives_its_slots_back(
    server: ScriptedServer,
) -> None:
    store = SlowStore()
    async with komet.KometSession(
        "t0ken", base_url=server.url, daily_quota=100, quota_store=store
    ) as k:

        async def job() -> None:
            async with k.reserve(40):
                await asyncio.sleep(3600)

        task = asyncio.create_task(job())
        await store.taking.wait()
        task.cancel()
        await asyncio.sleep(0)
        store.release.set()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (await k.refresh_quota()).used == 0

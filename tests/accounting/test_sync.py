"""A year of credits and payments pulled and synced into a ledger, as a user would: at
least once, nothing marked twice, a rerun hands over exactly what was not marked."""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, HandlerContext, Reply
from komet_async.testing.handlers.payments import mark_payments_synced as fake_mark_payments

from .conftest import YEAR_END, YEAR_START, book, sent

REJECTED = 4  # the fake answers "The credit was cancelled" when one is marked


def pending_credits(fake: FakeKomet) -> set[int]:
    return {
        c["creditId"]
        for c in book(fake).credit_days(YEAR_START, YEAR_END)
        if not c["externalSystemSynced"]
    }


def pending_payments(fake: FakeKomet) -> set[int]:
    return {
        p["id"]
        for p in book(fake).payment_days(YEAR_START, YEAR_END)
        if not p["externalSystemSynced"]
    }


def marked_ids(fake: FakeKomet, method: str, array: str, key: str) -> list[int]:
    """Every id sent to a mark method, in order, repeats included."""
    return [item[key] for r in sent(fake, method) for item in r.params[array]]


class Ledger:
    """The user's accounting system: refuses every seventh record it is given."""

    def __init__(self) -> None:
        self.posted: collections.Counter[int] = collections.Counter()
        self.refused: set[int] = set()

    async def post(self, record_id: int) -> None:
        await asyncio.sleep(0)
        if record_id % 7 == 0 and record_id not in self.refused:
            self.refused.add(record_id)
            raise RuntimeError("ledger refused the entry")
        self.posted[record_id] += 1

    async def credit(self, credit: komet.Credit) -> None:
        await self.post(credit.credit_id)

    async def payment(self, payment: komet.Payment) -> None:
        await self.post(payment.id)


async def test_a_year_of_credits_and_payments_synced_and_rerun(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    credits_before, payments_before = pending_credits(fake), pending_payments(fake)
    cancelled = {
        c["creditId"]
        for c in book(fake).credit_days(YEAR_START, YEAR_END)
        if c["creditId"] in credits_before and c["status"] == REJECTED
    }
    assert len(credits_before) > 200 and len(payments_before) > 200 and cancelled
    ledger = Ledger()

    credit_run = await k.credits.sync_pending(ledger.credit, YEAR_START, YEAR_END)
    payment_run = await k.payments.sync_pending(ledger.payment, YEAR_START, YEAR_END)

    failing_credits = {i for i in credits_before if i % 7 == 0}
    failing_payments = {i for i in payments_before if i % 7 == 0}
    assert failing_credits and failing_payments
    assert set(credit_run.failed) == failing_credits
    assert set(credit_run.mark_failed) == cancelled - failing_credits
    assert all(
        isinstance(e, komet.KometAPIError) and e.message == "The credit was cancelled"
        for e in credit_run.mark_failed.values()
    )
    assert set(credit_run.synced) == credits_before - failing_credits - cancelled
    assert set(payment_run.failed) == failing_payments and not payment_run.mark_failed
    assert set(payment_run.synced) == payments_before - failing_payments
    assert credit_run.marked_error == payment_run.marked_error == []  # no error mark exists
    # What the fake holds as pending is exactly what the reports did not mark.
    not_marked_credits = failing_credits | cancelled
    assert pending_credits(fake) == not_marked_credits
    assert pending_payments(fake) == failing_payments
    # Marks go 100 per request: a year of them costs a handful of requests.
    returned = len(credits_before) - len(failing_credits)
    credit_marks = sent(fake, "credit.mark.sync")
    assert len(credit_marks) == -(-returned // 100)
    assert all(len(r.params["credits"]) <= 100 for r in credit_marks)

    # The rerun: the ledger now takes everything; it is handed exactly what was not marked.
    handed: list[int] = []

    async def record(item: Any) -> None:
        handed.append(item.credit_id if isinstance(item, komet.Credit) else item.id)
        await ledger.post(handed[-1])

    credit_rerun = await k.credits.sync_pending(record, YEAR_START, YEAR_END)
    credits_handed = set(handed)
    handed.clear()
    payment_rerun = await k.payments.sync_pending(record, YEAR_START, YEAR_END)
    assert credits_handed == not_marked_credits
    assert set(handed) == failing_payments
    assert set(credit_rerun.synced) == failing_credits - cancelled
    assert set(credit_rerun.mark_failed) == cancelled  # still cancelled, still pending
    assert set(payment_rerun.synced) == failing_payments
    assert pending_payments(fake) == set() and pending_credits(fake) == cancelled

    # Nothing marked twice: every id Komet marked was sent to a mark method once.
    for method, array, key, synced in (
        ("credit.mark.sync", "credits", "creditId", credit_run.synced + credit_rerun.synced),
        ("payment.mark.sync", "payments", "paymentId", payment_run.synced + payment_rerun.synced),
    ):
        counts = collections.Counter(marked_ids(fake, method, array, key))
        assert len(synced) == len(set(synced))
        assert all(counts[i] == 1 for i in synced), method
    # The ledger saw each record it accepted once -- but for the cancelled credits, whose
    # mark failed after their handler returned: at least once means they came back.
    twice = {i for i, n in ledger.posted.items() if n == 2}
    assert twice == cancelled - failing_credits
    assert set(ledger.posted.values()) == {1, 2}


async def test_a_killed_sync_marks_only_what_its_handler_finished(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    first, last = YEAR_START, YEAR_START + dt.timedelta(days=90)
    before = {p.id async for p in k.payments.iter(first, last, external_system_synced=False)}
    assert len(before) > 20
    handled: list[int] = []
    stop = asyncio.Event()

    async def slow(payment: komet.Payment) -> None:
        handled.append(payment.id)
        if len(handled) >= 15:
            stop.set()
            await asyncio.sleep(3600)  # "killed" while handling

    run = asyncio.create_task(
        k.payments.sync_pending(slow, first, last, concurrency=2, marks_per_request=5)
    )
    await stop.wait()
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    left = {p.id async for p in k.payments.iter(first, last, external_system_synced=False)}
    assert left < before  # whole batches of 5 were marked before the kill...
    assert before - left <= set(handled[:-1])  # ...only payments whose handler returned
    seen: list[int] = []

    async def handler(payment: komet.Payment) -> None:
        seen.append(payment.id)

    report = await k.payments.sync_pending(handler, first, last)
    assert set(seen) == set(report.synced) == left


async def test_a_refused_mark_leaves_the_payment_pending(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    first, last = YEAR_START, YEAR_START + dt.timedelta(days=40)
    before = {p.id async for p in k.payments.iter(first, last, external_system_synced=False)}

    def down(ctx: HandlerContext) -> Reply:
        return Reply(0, "Something failed", {})

    fake.set_handler("payment.mark.sync", down)

    async def handler(payment: komet.Payment) -> None:
        await asyncio.sleep(0)

    report = await k.payments.sync_pending(handler, first, last, marks_per_request=7)
    assert set(report.mark_failed) == before and report.synced == []
    assert all(isinstance(e, komet.KometAPIError) for e in report.mark_failed.values())
    fake.set_handler("payment.mark.sync", fake_mark_payments)
    left = {p.id async for p in k.payments.iter(first, last, external_system_synced=False)}
    assert left == before

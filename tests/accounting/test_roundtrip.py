"""Every credit and payment method against FakeKomet: sent as documented, decoded, and the
fake's state changed as the pages say."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet

from .conftest import book, last, sent

DAY = dt.date(2026, 1, 1)
MONTH_END = dt.date(2026, 1, 31)


async def test_credit_list_is_a_json_post_with_the_credit_dates(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    credits = await k.credits.list_details(DAY, MONTH_END, item_type="all", customer_id=23401)
    request = last(fake, "credit.details.list")
    assert request.verb == "POST"
    assert request.params == {
        "creditDateFrom": "2026-01-01",
        "creditDateTo": "2026-01-31",
        "itemType": "all",
        "customerId": 23401,
    }
    expected = [c for c in book(fake).credit_days(DAY, MONTH_END) if c["customerId"] == "23401"]
    assert [c.credit_id for c in credits] == [c["creditId"] for c in expected]
    assert credits and all(isinstance(c.extra["amount"], Decimal) for c in credits)


async def test_credit_list_filters_item_type_status_and_sync_flag(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    boxes = await k.credits.list_details(DAY, MONTH_END, item_type="box")
    assert boxes and {c.extra["itemType"] for c in boxes} == {"box"}
    approved = await k.credits.list_details(
        DAY, MONTH_END, item_type="all", status=komet.CreditStatus.APPROVED
    )
    assert last(fake, "credit.details.list").params["status"] == 3
    assert {c.extra["status"] for c in approved} == {3}
    pending = await k.credits.list_details(
        DAY, MONTH_END, item_type="all", external_system_synced=False
    )
    assert last(fake, "credit.details.list").params["externalSystemSynced"] == 0
    assert {c.extra["externalSystemSynced"] for c in pending} == {0}


async def test_an_empty_credit_window_is_an_empty_list(k: komet.KometSession) -> None:
    credits = await k.credits.list_details(DAY, MONTH_END, item_type="all", customer="nobody")
    assert credits == [] and credits.response.message == "Credits not found."


async def test_credit_mark_sync_flags_the_credits_and_the_list_filter_honours_it(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    pending = await k.credits.list_details(
        DAY, MONTH_END, item_type="all", external_system_synced=False
    )
    rejected = {c.credit_id for c in pending if c.extra["status"] == 4}
    ids = [c.credit_id for c in pending[:5]]
    results = await k.credits.mark_synced([*ids, 12])
    assert last(fake, "credit.mark.sync").params == {
        "credits": [{"creditId": i} for i in [*ids, 12]]
    }
    assert [r.credit_id for r in results] == [*ids, 12]
    assert not results[-1].ok and results[-1].message == "The credit doesn't exist"
    marked = {r.credit_id for r in results if r.ok}
    assert marked == set(ids) - rejected
    left = await k.credits.list_details(
        DAY, MONTH_END, item_type="all", external_system_synced=False
    )
    assert {c.credit_id for c in left} == {c.credit_id for c in pending} - marked
    synced = await k.credits.list_details(
        DAY, MONTH_END, item_type="all", external_system_synced=True
    )
    assert marked <= {c.credit_id for c in synced}


async def test_open_credit_balances_are_sent_exactly_and_saved(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    answer = await k.credits.create_open_balance(
        "C001",
        open_credits=[
            komet.OpenCredit(date=dt.date(2026, 5, 16), balance=Decimal("450.999")),
            komet.OpenCredit(date=dt.date(2026, 5, 10), balance=Decimal("1800")),
        ],
    )
    assert answer.message == "Open Credits Balance Adjustment was successfully saved."
    request = last(fake, "open.credit.balance.create")
    assert request.verb == "POST"
    assert request.params["customerCode"] == "C001"
    assert [Decimal(str(o["balance"])) for o in request.params["openCredits"]] == [
        Decimal("450.999"),
        Decimal("1800"),
    ]
    (saved,) = book(fake).open_balances.values()
    assert [o["balance"] for o in saved] == [Decimal("450.999"), Decimal("1800")]
    with pytest.raises(komet.KometAPIError, match="Customer NOPE does not exist"):
        await k.credits.create_open_balance("NOPE", open_credits=[komet.OpenCredit()])


async def test_payment_list_is_a_get_and_types_the_documented_fields(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    payments = await k.payments.list(DAY, MONTH_END)
    request = last(fake, "payment.list")
    assert request.verb == "GET"
    assert request.params == {"dateFrom": "2026-01-01", "dateTo": "2026-01-31"}
    expected = list(book(fake).payment_days(DAY, MONTH_END))
    assert [p.id for p in payments] == [p["id"] for p in expected]
    first = payments[0]
    assert isinstance(first.date, dt.date) and isinstance(first.control_number, int)
    assert all(isinstance(a["amount"], Decimal) for a in first.extra["invoices"])


async def test_a_received_payment_is_then_listed(fake: FakeKomet, k: komet.KometSession) -> None:
    (invoice, *_) = await k.invoices.list_accounting(dt.date(2026, 1, 1), dt.date(2026, 1, 10))
    assert invoice.number is not None and invoice.customer_id is not None
    receipt = await k.payments.receive(
        customer_id=invoice.customer_id,
        method_id=2,
        date=dt.date(2026, 1, 12),
        total_payment=Decimal("150.25"),
        reference_number="Check 4566",
        invoices=[komet.PaymentInvoice(invoice_number=invoice.number, amount=Decimal("100.25"))],
    )
    assert receipt.control_number is not None
    request = last(fake, "payment.receive")
    assert request.verb == "POST"
    assert request.params["invoices"] == [{"invoiceNumber": invoice.number, "amount": 100.25}]
    listed = await k.payments.list(dt.date(2026, 1, 12), dt.date(2026, 1, 12))
    (mine,) = [p for p in listed if p.control_number == receipt.control_number]
    assert mine.method == "Check" and mine.date == dt.date(2026, 1, 12)
    assert mine.extra["totalPayment"] == Decimal("150.25")
    assert mine.extra["invoices"][0]["amount"] == Decimal("100.25")
    by_invoice = await k.payments.list(invoice_number=invoice.number)
    assert mine.id in {p.id for p in by_invoice}
    # Marked, it leaves the pending list.
    (result,) = await k.payments.mark_synced([mine.id])
    assert result.ok and last(fake, "payment.mark.sync").params == {
        "payments": [{"paymentId": mine.id}]
    }
    pending = await k.payments.list(
        dt.date(2026, 1, 12), dt.date(2026, 1, 12), external_system_synced=False
    )
    assert mine.id not in {p.id for p in pending}


async def test_payment_receive_refusals_come_back_typed(k: komet.KometSession) -> None:
    with pytest.raises(komet.KometAPIError, match="Payment method 999 does not exist"):
        await k.payments.receive(customer_id=23401, method_id=999, date=DAY)


async def test_payment_mark_sync_answers_per_payment(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    payments = await k.payments.list(DAY, MONTH_END, external_system_synced=False)
    results = await k.payments.mark_synced([payments[0].id, 7])
    assert [(r.payment_id, r.ok) for r in results] == [(payments[0].id, True), (7, False)]
    assert results[1].message == "The payment doesn't exist"
    assert len(sent(fake, "payment.mark.sync")) == 1


async def test_payment_methods_answer_untyped(fake: FakeKomet, k: komet.KometSession) -> None:
    methods = await k.payments.list_methods()
    assert last(fake, "payment.method.list").verb == "GET"
    assert {"id": 2, "name": "Check"} in methods.extra["paymentMethods"]

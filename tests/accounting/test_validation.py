"""Bad input is refused before anything is sent, naming the caller's argument and the rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import komet_async as komet
from komet_async._convert import converter
from komet_async._validate import validate
from komet_async._wire_encoding import encode_json
from komet_async.models.credits import OpenCreditBalanceCreateRequest
from komet_async.testing import FakeKomet

DAY = dt.date(2026, 3, 1)
K = komet.KometSession


def _credits(k: K, **kw: Any) -> Awaitable[Any]:
    args = {"item_type": "all", **kw}
    return k.credits.list_details(args.pop("date_from", DAY), args.pop("date_to", DAY), **args)


CASES: list[tuple[str, Callable[[K], Awaitable[Any]], str, str]] = [
    ("item type", lambda k: _credits(k, item_type="boxes"), "item_type", "one of: box, UN, all"),
    ("reversed", lambda k: _credits(k, date_to=DAY - dt.timedelta(days=1)), "date_to", "before"),
    ("credit status", lambda k: _credits(k, status=9), "status", "one of 1, 2, 3, 4, 5"),
    ("customer", lambda k: _credits(k, customer="x" * 201), "customer", "200"),
    (
        "no open credit",
        lambda k: k.credits.create_open_balance("FL219", open_credits=[]),
        "open_credits",
        "at least 1",
    ),
    (
        "51 open credits",
        lambda k: k.credits.create_open_balance(
            "FL219", open_credits=[komet.OpenCredit(balance=Decimal(1))] * 51
        ),
        "open_credits",
        "at most 50",
    ),
    (
        "customer code",
        lambda k: k.credits.create_open_balance("C" * 21, open_credits=[komet.OpenCredit()]),
        "customer_code",
        "20",
    ),
    ("no credit id", lambda k: k.credits.mark_synced([]), "credit_ids", "at least 1"),
    ("credit ids as text", lambda k: k.credits.mark_synced("450545"), "credit_ids", "list"),  # type: ignore[arg-type]
    ("no filter", lambda k: k.payments.list(), "date_from", "one of date_from"),
    ("from alone", lambda k: k.payments.list(DAY), "date_to", "required with date_from"),
    (
        "32 days",
        lambda k: k.payments.list(DAY, DAY + dt.timedelta(days=31)),
        "date_to",
        "at most 30 days after",
    ),
    (
        "method name",
        lambda k: k.payments.list(payment_method="x" * 51),
        "payment_method",
        "50",
    ),
    (
        "total below applied",
        lambda k: k.payments.receive(
            customer_id=1,
            method_id=1,
            date=DAY,
            total_payment=Decimal("99.99"),
            invoices=[
                komet.PaymentInvoice(amount=Decimal("60")),
                komet.PaymentInvoice(amount=Decimal("40")),
            ],
        ),
        "total_payment",
        "at least the sum of invoices[].amount (100)",
    ),
    (
        "three decimals",
        lambda k: k.payments.receive(
            customer_id=1,
            method_id=1,
            date=DAY,
            invoices=[komet.PaymentInvoice(amount=Decimal("1.205"))],
        ),
        "invoices[0].amount",
        "",
    ),
    (
        "float money",
        lambda k: k.payments.receive(
            customer_id=1,
            method_id=1,
            date=DAY,
            total_payment=10.5,  # type: ignore[arg-type]
        ),
        "total_payment",
        "",
    ),
    (
        "reference",
        lambda k: k.payments.receive(
            customer_id=1, method_id=1, date=DAY, reference_number="r" * 101
        ),
        "reference_number",
        "100",
    ),
    ("no payment id", lambda k: k.payments.mark_synced([]), "payment_ids", "at least 1"),
    (
        "no marks per request",
        lambda k: k.credits.sync_pending(print, DAY, DAY, marks_per_request=0),
        "marks_per_request",
        "at least 1",
    ),
]


@pytest.mark.parametrize(("case", "call", "field", "rule"), CASES, ids=[c[0] for c in CASES])
async def test_refused_before_sending(
    fake: FakeKomet,
    k: komet.KometSession,
    case: str,
    call: Callable[[K], Awaitable[Any]],
    field: str,
    rule: str,
) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        await call(k)
    assert info.value.field == field, case
    assert rule in info.value.rule, info.value.rule
    assert fake.requests == []


async def test_a_window_of_31_days_both_ends_included_is_sent(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    await k.payments.list(DAY, DAY + dt.timedelta(days=30))
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda k: k.credits.list_details(DAY, DAY, item_type="all", customer_code="C001"),
        lambda k: k.payments.list(DAY, DAY, customer_id=1),
        lambda k: k.credits.iter_details(DAY, DAY, customr="x"),
        lambda k: k.payments.sync_pending(print, DAY, DAY, external_system_synced=True),
    ],
    ids=["list_details", "list", "iter_details", "sync_pending"],
)
async def test_an_unknown_keyword_is_a_type_error(
    fake: FakeKomet, k: komet.KometSession, call: Callable[[K], Any]
) -> None:
    with pytest.raises(TypeError):
        result = call(k)
        if hasattr(result, "__anext__"):
            await result.__anext__()
        else:
            await result
    assert fake.requests == []


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_an_open_credit_balance_is_sent_exactly_or_refused(balance: Decimal) -> None:
    # ``balance`` has no documented precision and travels as a JSON number: whatever is
    # accepted arrives as the same amount; what a JSON number cannot carry is refused.
    request = OpenCreditBalanceCreateRequest(
        customer_code="FL219", open_credits=[komet.OpenCredit(date=DAY, balance=balance)]
    )
    try:
        validate(request)
    except komet.RequestValidationError as refused:
        assert refused.field == "open_credits[0].balance"
        return
    body = encode_json(converter.unstructure(request)).decode()
    # The number's text as written, read as a Decimal (not through a float).
    text = body.split('"balance":')[1].split("}")[0]
    assert Decimal(text) == balance

"""The documented samples of the credit and payment pages: the answers decode losslessly,
the requests are what the SDK sends for the same values."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async._convert import unstructure_request
from komet_async._validate import validate
from komet_async._wire_encoding import encode_json
from komet_async.models import credits as c
from komet_async.models import payments as p
from tests.invoices.conftest import assert_lossless

from .conftest import documented


def body(request: object) -> dict[str, Any]:
    """The JSON body the SDK sends for ``request`` (without the token), numbers exact."""
    validate(request)
    decoded: dict[str, Any] = json.loads(
        encode_json(unstructure_request(request)), parse_float=Decimal
    )
    return decoded


def sample_request(name: str) -> dict[str, Any]:
    sample: dict[str, Any] = json.loads(documented(name)["sample_request"], parse_float=Decimal)
    sample.pop("authenticationToken")
    return sample


@pytest.mark.parametrize("name", ["credit.mark.sync", "open.credit.balance.create"])
def test_documented_answers_decode_losslessly(name: str) -> None:
    payload = documented(name)["sample_response"]
    answer = komet.CATALOG[name].decode(payload)
    assert answer.status == 1
    assert_lossless(answer, payload)


def test_credit_mark_sync_sample_gives_one_result_per_credit() -> None:
    answer = komet.CATALOG["credit.mark.sync"].decode(
        documented("credit.mark.sync")["sample_response"]
    )
    assert isinstance(answer, c.CreditMarkSyncResponse)
    assert [(r.credit_id, r.ok) for r in answer.credits] == [
        (450545, True),
        (451181, False),
        (47873233, False),
    ]
    assert answer.credits[1].message == "The credit was cancelled"
    assert answer.message is None  # the sample has no top-level message


def test_credit_mark_sync_sample_request_is_what_the_sdk_sends() -> None:
    request = c.CreditMarkSyncRequest(
        credits=[c.CreditRef(credit_id=i) for i in (450545, 451181, 47873233)]
    )
    assert body(request) == sample_request("credit.mark.sync")


def test_open_credit_sample_request_is_what_the_sdk_sends_balance_exact() -> None:
    request = c.OpenCreditBalanceCreateRequest(
        customer_code="FL219",
        open_credits=[
            c.OpenCredit(date=dt.date(2017, 9, 16), balance=Decimal("450.999")),
            c.OpenCredit(date=dt.date(2017, 9, 10), balance=Decimal("1800")),
        ],
    )
    sent = body(request)
    assert sent == sample_request("open.credit.balance.create")
    assert sent["openCredits"][0]["balance"] == Decimal("450.999")  # no float rounding


def test_credit_list_sample_request_plus_the_required_item_type() -> None:
    """The page's sample leaves out itemType, which its table marks required: the SDK
    sends the sample's dates and the item type it is given."""
    request = c.CreditDetailsListRequest(
        date_from=dt.date(2021, 1, 1), date_to=dt.date(2021, 1, 31), item_type="all"
    )
    assert body(request) == {**sample_request("credit.details.list"), "itemType": "all"}


def test_payment_receive_sample_request_is_what_the_sdk_sends() -> None:
    """The sample's ``1.200`` is read as 1200 (the learn copy's "1,200"; more-methods.md:
    "probably meant 1200") and its ``"999"`` as the integer methodId the table types."""
    request = p.PaymentReceiveRequest(
        customer_id=99999,
        total_payment=Decimal("3000"),
        method_id=999,
        date=dt.date(2014, 6, 10),
        reference_number="Check 4566",
        notes="Any special notes goes here",
        invoices=[
            p.PaymentInvoice(invoice_number=9999, amount=Decimal("1200"), discount=Decimal("0")),
            p.PaymentInvoice(invoice_number=9998, amount=Decimal("800"), discount=Decimal("100")),
        ],
    )
    sample = sample_request("payment.receive")
    sample["methodId"] = int(sample["methodId"])
    sample["invoices"][0]["amount"] = Decimal("1200")
    assert body(request) == sample


def test_payment_list_sample_breaks_the_apidocs_rule_and_is_refused() -> None:
    """The sample sends dateFrom alone; APIDocs requires dateTo with it."""
    assert "dateTo" not in documented("payment.list")["sample_request"]
    request = p.PaymentListRequest(date_from=dt.date(2015, 9, 19), customer="ABC")
    with pytest.raises(komet.RequestValidationError) as info:
        validate(request)
    assert info.value.field == "date_to"


def test_payment_list_answer_types_the_documented_fields_and_keeps_the_rest() -> None:
    payload = {
        "status": "1",
        "message": "OK",
        "payments": [
            {
                "id": 12,
                "controlNumber": "3001",
                "date": "2026-01-05",
                "customer": "ABC Flowers",
                "method": "Check",
                "invoices": [{"invoiceNumber": 9999, "amount": 1200.5}],
            }
        ],
    }
    answer = komet.CATALOG["payment.list"].decode(payload)
    (payment,) = answer.payments
    assert (payment.id, payment.control_number, payment.date) == (12, 3001, dt.date(2026, 1, 5))
    assert payment.extra["invoices"][0]["amount"] == Decimal("1200.5")
    assert_lossless(answer, payload)


def test_payment_method_list_keeps_its_whole_undocumented_answer() -> None:
    payload = {"status": 1, "message": "OK", "paymentMethods": [{"id": 1, "name": "Cash"}]}
    answer = komet.CATALOG["payment.method.list"].decode(payload)
    assert answer.extra == {"paymentMethods": [{"id": 1, "name": "Cash"}]}


def test_the_gap_page_is_declared_as_a_guess() -> None:
    method = komet.CATALOG["payment.method.list"]
    assert method.http_method == "GET" and method.retry_safe  # a read: it only lists
    doc = method.doc
    assert "GAP" in doc and "guess" in doc
    assert "NOT confirmed" in "".join(documented("payment.method.list")["discrepancies"])

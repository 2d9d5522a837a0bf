"""The customer-payment methods: the payment list, receiving a payment, the external-sync
flag and the payment-method master list.

Data lives in ``_state_accounting`` (seeded per day; ``payment.receive`` adds to its day).
Documented: the parameters, the rules of ``payment.list`` (at least one filter, dateTo with
dateFrom, 31 days -- the server checks the first and the last from spec.json) and of
``payment.receive`` (totalPayment at least the invoices' amounts). A payment's fields past
``method``, the receive answer past ``controlNumber``, every message and the whole of
``payment.method.list`` (a GAP page) are the fake's choice.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from .. import rules
from .._seed_data import Record
from .._state_accounting import PAYMENT_METHODS, AccountingBook, accounting_of
from .._state_invoices import invoices_of
from . import HandlerContext, Reply, handler
from ._filters import exact, like
from .credits import _ids
from .invoices import _answer, _decimal, _int, _num, _Refused

_FAKE = "undocumented; the fake's choice"
SYNCED = "The payment was successfully synchronized"  # by analogy with credit.mark.sync
MISSING = "The payment doesn't exist"
RECEIVED = "The payment was successfully received"

DATE_TO_REQUIRED = rules.Rule(
    "date_to_required",
    "Parameter dateTo is required when dateFrom is sent",
    False,
    "documented rule (payment.list: dateTo 'required if dateFrom is sent'); text " + _FAKE,
)
PAYMENT_TOO_SMALL = rules.Rule(
    "payment_too_small",
    "totalPayment must be greater than or equal to the sum of the invoice amounts.",
    False,
    "documented rule (payment.receive: totalPayment >= sum of invoice amounts); text " + _FAKE,
)


def _candidates(ctx: HandlerContext, book: AccountingBook) -> list[Record]:
    first, last = ctx.date("dateFrom"), ctx.date("dateTo")
    if first is not None:
        if last is None:
            raise _Refused(DATE_TO_REQUIRED)
        return list(book.payment_days(first, last))
    control = _int(ctx, "controlNumber")
    if control is not None:
        found = book.payment_by_control(control)
        return [] if found is None else [found]
    # No posted-date range: the fake searches the days generated so far (its limit).
    payments = list(book.generated_payments())
    return [p for p in payments if last is None or p["date"] <= last.isoformat()]


def _matches(ctx: HandlerContext, payment: Record) -> bool:
    for param in ("controlNumber", "locationId"):
        wanted = ctx.text(param)
        if wanted is not None and not exact(wanted, payment[param]):
            return False
    customer = ctx.text("customer")
    if customer is not None and not (
        like(customer, payment["customer"]) or like(customer, payment["customerCode"])
    ):
        return False
    method = ctx.text("paymentMethod")
    if method is not None and not exact(method, payment["method"]):
        return False
    invoice = ctx.text("invoiceNumber")
    if invoice is not None and not any(
        exact(invoice, applied["invoiceNumber"]) for applied in payment["invoices"]
    ):
        return False
    reference = ctx.text("checkReference")
    if reference is not None and not like(reference, payment["referenceNumber"]):
        return False
    since = ctx.text("updatedAsOf")
    if since is not None and payment["updatedOn"] < since.replace("T", " "):
        return False
    synced = ctx.flag("externalSystemSynced")
    return synced is None or payment["externalSystemSynced"] == synced


def _payment_answer(payment: Record) -> Record:
    return {
        # Documented: id, controlNumber, date, customer, method. The rest: the fake's.
        "id": payment["id"],
        "controlNumber": payment["controlNumber"],
        "date": payment["date"],
        "customer": payment["customer"],
        "method": payment["method"],
        "customerId": payment["customerId"],
        "totalPayment": _num(payment["totalPayment"]),
        "referenceNumber": payment["referenceNumber"],
        "notes": payment["notes"],
        "locationId": payment["locationId"],
        "updatedOn": payment["updatedOn"],
        "externalSystemSynced": int(payment["externalSystemSynced"]),
        "invoices": [
            {
                "invoiceNumber": applied["invoiceNumber"],
                "amount": _num(applied["amount"]),
                "discount": _num(applied["discount"]),
            }
            for applied in payment["invoices"]
        ],
    }


@handler("payment.list")
@_answer
def list_payments(ctx: HandlerContext) -> Reply:
    book = accounting_of(ctx.state)
    found = [p for p in _candidates(ctx, book) if _matches(ctx, p)]
    if not found:
        return ctx.not_found()
    return ctx.ok(payments=[_payment_answer(p) for p in found])


@handler("payment.receive")
@_answer
def receive_payment(ctx: HandlerContext) -> Reply:
    """A new payment on its day (listed by payment.list from then on). The customer and the
    method must exist; an invoice number given must be an invoice of the fake."""
    customer_id = _int(ctx, "customerId", required=True)
    customer = next(
        (c for c in ctx.state.customers.values() if str(c["id"]) == str(customer_id)), None
    )
    if customer is None:
        raise _Refused(rules.RECORD_NOT_FOUND, what="Customer", key=customer_id)
    method_id = _int(ctx, "methodId", required=True)  # the sample sends it as "999"
    method = next((m for m in PAYMENT_METHODS if m["id"] == method_id), None)
    if method is None:
        raise _Refused(rules.RECORD_NOT_FOUND, what="Payment method", key=method_id)
    day = ctx.date("date")
    assert day is not None  # required: checked by the server
    applied: list[Record] = []
    raw = ctx.params.get("invoices") or []
    if not isinstance(raw, list):
        raise _Refused(rules.BAD_PARAM, param="invoices")
    invoices = invoices_of(ctx.state)
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise _Refused(rules.BAD_PARAM, param=f"invoices[{index}]")
        line = dataclasses.replace(ctx, params=item)
        number = _int(line, "invoiceNumber")
        if number is not None and invoices.by_number(number) is None:
            raise _Refused(rules.RECORD_NOT_FOUND, what="Invoice", key=number)
        amount = _decimal(line, "amount")
        if amount is None:
            raise _Refused(rules.PARAM_REQUIRED, param=f"invoices[{index}].amount")
        discount = _decimal(line, "discount") or Decimal("0.00")
        applied.append({"invoiceNumber": number, "amount": amount, "discount": discount})
    sum_applied = sum((line["amount"] for line in applied), Decimal("0.00"))
    total = _decimal(ctx, "totalPayment")
    if total is None:
        total = sum_applied
    elif total < sum_applied:
        raise _Refused(PAYMENT_TOO_SMALL)
    payment = accounting_of(ctx.state).receive(
        {
            "date": day.isoformat(),
            "customer": customer["name"],
            "customerId": customer["id"],
            "customerCode": customer.get("code", ""),
            "method": method["name"],
            "methodId": method["id"],
            "totalPayment": total,
            "referenceNumber": ctx.text("referenceNumber") or "",
            "notes": ctx.text("notes") or "",
            "invoices": applied,
            "overpayment": total - sum_applied,
        }
    )
    return ctx.ok(RECEIVED, controlNumber=payment["controlNumber"])


@handler("payment.mark.sync")
@_answer
def mark_payments_synced(ctx: HandlerContext) -> Reply:
    """One result per payment, like credit.mark.sync's sample (the texts are its analogues:
    the page's verbatim texts were not captured)."""
    book = accounting_of(ctx.state)
    results = []
    for payment_id in _ids(ctx, "payments", "paymentId"):
        payment = book.payment(payment_id)
        if payment is None:
            status, message = 0, MISSING
        else:
            payment["externalSystemSynced"] = True
            status, message = 1, SYNCED
        results.append(
            {"message": message, "status": ctx.status_value(status), "paymentId": payment_id}
        )
    return ctx.ok(payments=results)


@handler("payment.method.list")
def list_payment_methods(ctx: HandlerContext) -> Reply:
    """GAP page: the fake answers its master list as ``paymentMethods`` of ``{id, name}``."""
    return ctx.ok(paymentMethods=[dict(m) for m in PAYMENT_METHODS])

"""The customer-credit methods: the credit list, the external-sync flag, open balances.

Data lives in ``_state_accounting`` (seeded per day). Documented: the parameters of all
three, the sample answers of ``credit.mark.sync`` and ``open.credit.balance.create``. The
credit list's answer is a GAP: the fake answers ``credits`` (the array name of
``credit.mark.sync``) with records of its own choosing, keyed ``creditId``.
"""

from __future__ import annotations

import datetime as dt
from decimal import InvalidOperation
from typing import Any

from .. import rules
from .._seed_data import Record
from .._state_accounting import accounting_of
from .._state_invoices import money
from . import HandlerContext, Reply, handler
from ._filters import exact, like
from .invoices import _answer, _int, _num, _Refused

SYNCED = "The credit was successfully synchronized"  # credit.mark.sync sample
CANCELLED = "The credit was cancelled"  # credit.mark.sync sample
MISSING = "The credit doesn't exist"  # credit.mark.sync sample
SAVED = "Open Credits Balance Adjustment was successfully saved."  # the page's sample
REJECTED = 4  # a rejected credit answers "cancelled" to credit.mark.sync: the fake's reading

TOO_MANY_OPEN_CREDITS = rules.Rule(
    "too_many_open_credits",
    "At most {limit} open credits may be sent per request.",
    False,
    "documented limit (openCredits: max 50 per request); text undocumented; the fake's choice",
)
OPEN_CREDITS_MAX = 50


def _item_type(ctx: HandlerContext) -> str:
    value = ctx.text("itemType") or ""
    for allowed in ("box", "UN", "all"):
        if value.casefold() == allowed.casefold():
            return allowed
    raise _Refused(rules.BAD_PARAM, param="itemType")


def _matches(ctx: HandlerContext, credit: Record, item_type: str) -> bool:
    if item_type != "all" and credit["itemType"] != item_type:
        return False
    status = _int(ctx, "status")
    if status is not None and credit["status"] != status:
        return False
    for param in ("customerId", "carrierId", "number", "locationId"):
        wanted = ctx.text(param)
        if wanted is not None and not exact(wanted, credit[param]):
            return False
    customer = ctx.text("customer")
    if customer is not None and not (
        like(customer, credit["customerName"]) or like(customer, credit["customerCode"])
    ):
        return False
    for param in ("carrierName", "product"):
        wanted = ctx.text(param)
        if wanted is not None and not like(wanted, credit[param]):
            return False
    synced = ctx.flag("externalSystemSynced")
    return synced is None or credit["externalSystemSynced"] == synced


def _credit_answer(credit: Record) -> Record:
    return {
        **credit,
        "amount": _num(credit["amount"]),
        "externalSystemSynced": int(credit["externalSystemSynced"]),
    }


@handler("credit.details.list")
@_answer
def list_credits(ctx: HandlerContext) -> Reply:
    """Credits dated creditDateFrom..creditDateTo (both required; no range limit is
    documented, none enforced)."""
    first, last = ctx.date("creditDateFrom"), ctx.date("creditDateTo")
    assert first is not None and last is not None  # required: checked by the server
    item_type = _item_type(ctx)
    book = accounting_of(ctx.state)
    found = [c for c in book.credit_days(first, last) if _matches(ctx, c, item_type)]
    if not found:
        return ctx.not_found()
    return ctx.ok(credits=[_credit_answer(c) for c in found])


def _ids(ctx: HandlerContext, array: str, key: str) -> list[int]:
    items = ctx.params.get(array)
    if not isinstance(items, list):
        raise _Refused(rules.BAD_PARAM, param=array)
    ids: list[int] = []
    for index, item in enumerate(items):
        value: Any = item.get(key) if isinstance(item, dict) else None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Refused(rules.BAD_PARAM, param=f"{array}[{index}].{key}")
        ids.append(value)
    return ids


@handler("credit.mark.sync")
@_answer
def mark_credits_synced(ctx: HandlerContext) -> Reply:
    """One result per credit, as the sample: synchronized, cancelled (the fake: a rejected
    credit) or doesn't exist. The envelope's status stays 1; no top-level message."""
    book = accounting_of(ctx.state)
    results = []
    for credit_id in _ids(ctx, "credits", "creditId"):
        credit = book.credit(credit_id)
        if credit is None:
            status, message = 0, MISSING
        elif credit["status"] == REJECTED:
            status, message = 0, CANCELLED
        else:
            credit["externalSystemSynced"] = True
            status, message = 1, SYNCED
        results.append(
            {"message": message, "status": ctx.status_value(status), "creditId": credit_id}
        )
    return ctx.ok(credits=results)


@handler("open.credit.balance.create")
@_answer
def create_open_balance(ctx: HandlerContext) -> Reply:
    code = ctx.text("customerCode") or ""
    customer = next((c for c in ctx.state.customers.values() if exact(code, c.get("code"))), None)
    if customer is None:
        raise _Refused(rules.RECORD_NOT_FOUND, what="Customer", key=code)
    items = ctx.params.get("openCredits")
    if not isinstance(items, list) or not items:
        raise _Refused(rules.BAD_PARAM, param="openCredits")
    if len(items) > OPEN_CREDITS_MAX:
        raise _Refused(TOO_MANY_OPEN_CREDITS, limit=OPEN_CREDITS_MAX)
    saved: list[Record] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise _Refused(rules.BAD_PARAM, param=f"openCredits[{index}]")
        date_text, balance = item.get("date"), item.get("balance")
        try:
            day = None if date_text in (None, "") else dt.date.fromisoformat(str(date_text))
        except ValueError:
            raise _Refused(rules.BAD_DATE, param=f"openCredits[{index}].date") from None
        try:
            amount = None if balance in (None, "") else money(balance)
        except (InvalidOperation, ValueError):
            raise _Refused(rules.BAD_PARAM, param=f"openCredits[{index}].balance") from None
        saved.append({"date": day, "balance": amount})
    accounting_of(ctx.state).open_balances.setdefault(str(customer["id"]), []).extend(saved)
    return ctx.ok(SAVED)

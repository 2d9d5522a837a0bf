"""Catalog entries of the customer-credit methods (more-methods.md, "Credits and payments
(A/R)")."""

from __future__ import annotations

from typing import Any

from ..models import credits as m
from ..models.credits import CREDITS_NOT_FOUND
from ._method import ApiMethod
from ._shapes import json_write

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    # A read sent as POST + JSON (the page says so): safe to replay.
    ApiMethod(
        name="credit.details.list",
        http_method="POST",
        params_in="body",
        token_in="body",
        retry_safe=True,
        namespace="credits",
        attr="list_details",
        request_type=m.CreditDetailsListRequest,
        response_type=m.CreditDetailsListResponse,
        not_found=(CREDITS_NOT_FOUND,),
        summary="List customer credits (credit memos) by credit date; POST read.",
        positional=("date_from", "date_to"),
        returns="credits",
        doc="""Customer credits (credit memos) dated ``date_from``..``date_to`` (Komet
        ``credit.details.list``; Company token; a read sent as POST + JSON, so retried like
        one). ``item_type`` ("box", "UN" or "all") is required; ``status`` is a
        :class:`CreditStatus`; ``external_system_synced=False`` returns only credits not yet
        marked with :meth:`mark_synced`.

        GAP: the answer is not documented. Each credit's ``credit_id`` is read (the name
        ``credit.mark.sync`` uses); every other field is in ``.extra``. No date-range limit
        is documented: :meth:`iter_details` asks 31 days at a time.

        >>> credits = await session.credits.list_details(
        ...     date(2026, 1, 1), date(2026, 1, 31), item_type="all")
        >>> [c.credit_id for c in credits]
        """,
    ),
    json_write(
        "credit.mark.sync",
        "credits",
        "mark_synced",
        m.CreditMarkSyncRequest,
        m.CreditMarkSyncResponse,
        summary="Flag credits as synchronized with an external system; one result each.",
        positional=("credit_ids",),
        hand_written=True,
    ),
    json_write(
        "open.credit.balance.create",
        "credits",
        "create_open_balance",
        m.OpenCreditBalanceCreateRequest,
        m.OpenCreditBalanceResponse,
        summary="Load open credit balances (balance adjustments) for a customer; max 50.",
        positional=("customer_code",),
        doc="""Load open credit balances -- balance adjustments -- for the customer
        ``customer_code`` (Komet ``open.credit.balance.create``; Company token). 1 to 50
        :class:`OpenCredit` per call (checked before sending). ``balance`` is a ``Decimal``
        sent exactly (the page types it integer but its sample sends 450.999). Never
        retried.

        >>> await session.credits.create_open_balance(
        ...     "FL219",
        ...     open_credits=[OpenCredit(date=date(2026, 9, 16), balance=Decimal("450.99"))])
        """,
    ),
)

"""Catalog entries of the customer-payment methods (more-methods.md, "Credits and payments
(A/R)")."""

from __future__ import annotations

from typing import Any

from ..models import payments as m
from ..models.payments import PAYMENTS_NOT_FOUND
from ._method import ApiMethod
from ._shapes import json_write, query_read

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    query_read(
        "payment.list",
        "payments",
        "list",
        m.PaymentListRequest,
        m.PaymentListResponse,
        not_found=(PAYMENTS_NOT_FOUND,),
        summary="List received payments (posted-date range of at most 31 days, filters).",
        positional=("date_from", "date_to"),
        returns="payments",
        doc="""Received payments posted ``date_from``..``date_to`` (Komet ``payment.list``;
        Company token). At least one filter is required; ``date_to`` comes with
        ``date_from`` and the range spans at most 31 days, both ends included (use
        :meth:`iter` for longer ranges). ``external_system_synced=False`` returns only
        payments not yet marked with :meth:`mark_synced`; ``updated_as_of`` is an aware
        datetime, sent in GMT.

        GAP: the page documents a payment's ``id``, ``control_number``, ``date``,
        ``customer`` and ``method`` and is cut after them; the rest (the invoices it was
        applied to, ...) is in ``.extra``.

        >>> payments = await session.payments.list(date(2026, 1, 1), date(2026, 1, 31))
        >>> [(p.control_number, p.method) for p in payments]
        """,
    ),
    json_write(
        "payment.receive",
        "payments",
        "receive",
        m.PaymentReceiveRequest,
        m.PaymentReceipt,
        summary="Post a customer payment and apply it to invoices (excess: overpayment).",
        doc="""Post a customer payment and apply it to invoices (Komet ``payment.receive``;
        Company token). ``method_id`` comes from :meth:`list_methods`; ``total_payment``
        must be at least the sum of the invoices' ``amount`` (checked before sending), the
        excess is saved as an overpayment; ``location_code`` only for multi-location
        companies. Never retried.

        GAP: the answer is documented only as far as ``control_number``; the rest is in
        ``.extra``.

        >>> receipt = await session.payments.receive(
        ...     customer_id=99999, method_id=999, date=date(2026, 6, 10),
        ...     total_payment=Decimal("3000"), reference_number="Check 4566",
        ...     invoices=[PaymentInvoice(invoice_number=9999, amount=Decimal("1200"))])
        >>> receipt.control_number
        """,
    ),
    json_write(
        "payment.mark.sync",
        "payments",
        "mark_synced",
        m.PaymentMarkSyncRequest,
        m.PaymentMarkSyncResponse,
        summary="Flag payments as synchronized with an external system; one result each.",
        positional=("payment_ids",),
        hand_written=True,
    ),
    query_read(
        "payment.method.list",
        "payments",
        "list_methods",
        m.PaymentMethodListRequest,
        m.PaymentMethodListResponse,
        summary="The payment-method master list (mostly GAP: verb assumed GET).",
        doc="""The payment-method master list: the ids :meth:`receive` takes as
        ``method_id`` (Komet ``payment.method.list``).

        Mostly GAP: the page was not readable. Its verb is a guess -- GET, as every
        ``*.list`` read of the API, on the evidence of the pages that name it -- and so is
        the token kind (Company, like :meth:`receive`); only the token is sent. Retried like
        a read, since it only lists. Nothing of the answer is typed: read
        ``.extra`` of the returned envelope.

        >>> methods = await session.payments.list_methods()
        >>> methods.extra
        """,
    ),
)

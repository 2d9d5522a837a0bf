"""``session.payments``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.payments import (
    Payment,
    PaymentInvoice,
    PaymentListRequest,
    PaymentListResponse,
    PaymentMethodListRequest,
    PaymentMethodListResponse,
    PaymentReceipt,
    PaymentReceiveRequest,
)
from ..resources._base import Resource, as_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST = CATALOG["payment.list"]
_LIST_METHODS = CATALOG["payment.method.list"]
_RECEIVE = CATALOG["payment.receive"]


class PaymentsMethods(Resource):
    """The one-call methods of ``session.payments``, one per catalog entry."""

    __slots__ = ()

    async def list(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        *,
        customer: str | None = None,
        control_number: int | None = None,
        payment_method: str | None = None,
        invoice_number: int | None = None,
        check_reference: str | None = None,
        updated_as_of: dt.datetime | None = None,
        location_id: int | None = None,
        external_system_synced: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Payment]:
        """Received payments posted ``date_from``..``date_to`` (Komet ``payment.list``;
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
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = PaymentListRequest(
            date_from=date_from,
            date_to=date_to,
            customer=customer,
            control_number=control_number,
            payment_method=payment_method,
            invoice_number=invoice_number,
            check_reference=check_reference,
            updated_as_of=updated_as_of,
            location_id=location_id,
            external_system_synced=external_system_synced,
        )
        answer = await self._send(_LIST, request, options, PaymentListResponse)
        return KometList(answer.payments, answer.response, answer.extra)

    async def list_methods(
        self,
        **options: Unpack[CallOptions],
    ) -> PaymentMethodListResponse:
        """The payment-method master list: the ids :meth:`receive` takes as
        ``method_id`` (Komet ``payment.method.list``).

        Mostly GAP: the page was not readable. Its verb is a guess -- GET, as every
        ``*.list`` read of the API, on the evidence of the pages that name it -- and so is
        the token kind (Company, like :meth:`receive`); only the token is sent. Retried like
        a read, since it only lists. Nothing of the answer is typed: read
        ``.extra`` of the returned envelope.

        >>> methods = await session.payments.list_methods()
        >>> methods.extra
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_METHODS, options)
        request = PaymentMethodListRequest()
        return await self._send(_LIST_METHODS, request, options, PaymentMethodListResponse)

    async def receive(
        self,
        *,
        customer_id: int,
        method_id: int,
        date: dt.date,
        location_code: str | None = None,
        total_payment: Decimal | None = None,
        reference_number: str | None = None,
        notes: str | None = None,
        invoices: Iterable[PaymentInvoice] | None = None,
        **options: Unpack[CallOptions],
    ) -> PaymentReceipt:
        """Post a customer payment and apply it to invoices (Komet ``payment.receive``;
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
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_RECEIVE, options)
        request = PaymentReceiveRequest(
            customer_id=customer_id,
            method_id=method_id,
            date=date,
            location_code=location_code,
            total_payment=total_payment,
            reference_number=reference_number,
            notes=notes,
            invoices=as_list(invoices),
        )
        return await self._send(_RECEIVE, request, options, PaymentReceipt)

"""Customer payments (more-methods.md, "Credits and payments (A/R)"): the payment list,
receiving a payment, the external-sync flag and the payment-method master list.

Money is :class:`~decimal.Decimal` (``decimal:10,2`` on the pages), exact as given.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from attrs import define, field

from .._dates import window_end
from .._wire import wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

PAYMENTS_WINDOW_DAYS = 31
"""``payment.list``: ``dateFrom``..``dateTo`` spans at most 31 days (APIDocs; the learn
copy has no limit). Counted like the invoice windows: both ends included."""

PAYMENTS_NOT_FOUND = "Payments not found."
"""GAP: the page does not show its "nothing found" answer. This is the pattern of the
documented list answers ("Products not found.", "Orders not found."); a status 0 with this
exact text reads as an empty list, any other text stays an error."""

_ID = wire(digits=(20, 0), min_value=0)
_NUMBER = wire(digits=(10, 0), min_value=0)
_MONEY = wire(digits=(10, 2), min_value=0)


# --- payment.list -----------------------------------------------------------------------


@define(kw_only=True)
class PaymentListRequest(KometRequest):
    """``payment.list``: at least one filter must be sent. ``date_to`` is required with
    ``date_from`` and the range spans at most 31 days, both ends included (APIDocs; the
    page's own sample sends ``dateFrom`` alone, against that rule). ``updated_as_of`` is an
    aware datetime, sent in GMT (the page adds "must be greater or equal to 31 days",
    unclear, not enforced). ``external_system_synced`` False returns only payments not yet
    marked with ``payment.mark.sync``."""

    WINDOW_DAYS: ClassVar[int] = PAYMENTS_WINDOW_DAYS

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    customer: str | None = field(default=None, metadata=wire(max_len=200))
    """Customer name or code."""
    control_number: int | None = field(default=None, metadata=_NUMBER)
    payment_method: str | None = field(default=None, metadata=wire(max_len=50))
    """The payment method's name ("Cash", "Credit Card")."""
    invoice_number: int | None = field(default=None, metadata=_NUMBER)
    check_reference: str | None = field(default=None, metadata=wire(max_len=50))
    updated_as_of: dt.datetime | None = None
    location_id: int | None = field(default=None, metadata=_NUMBER)
    external_system_synced: bool | None = None

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        (
            "date_from",
            "date_to",
            "customer",
            "control_number",
            "payment_method",
            "invoice_number",
            "check_reference",
            "updated_as_of",
            "location_id",
            "external_system_synced",
        ),
    )

    def check(self) -> None:
        first, last = self.date_from, self.date_to
        if first is None:
            return
        if last is None:
            raise RequestValidationError("date_to", "is required with date_from")
        if last < first:
            raise RequestValidationError("date_to", "must not be before date_from")
        if last > window_end(first, self.WINDOW_DAYS):
            raise RequestValidationError(
                "date_to",
                f"must be at most {self.WINDOW_DAYS - 1} days after date_from (a window of "
                f"{self.WINDOW_DAYS} days, both ends included); split the range into "
                "several calls",
            )


@define(kw_only=True)
class Payment(KometModel):
    """One payment of ``payment.list``. The page documents ``id`` (integer:20),
    ``controlNumber`` (integer:10), ``date``, ``customer`` and ``method`` and is cut after
    them (GAP): the rest, including the invoices the payment was applied to, is kept in
    ``extra`` (money as :class:`~decimal.Decimal`). ``id`` is the ``paymentId`` that
    ``payment.mark.sync`` takes."""

    id: int
    control_number: int | None = None
    date: dt.date | None = None
    customer: str | None = None
    method: str | None = None


@define(kw_only=True)
class PaymentListResponse(Envelope):
    payments: list[Payment] = field(factory=list)


# --- payment.receive --------------------------------------------------------------------


@define(kw_only=True)
class PaymentInvoice(KometRequest):
    """One invoice receiving (part of) a payment: ``amount`` applied (required), an
    optional ``discount``, both ``decimal:10,2``. ``invoice_number`` is optional on APIDocs
    (required in older copies)."""

    invoice_number: int | None = field(default=None, metadata=_NUMBER)
    amount: Decimal = field(metadata=_MONEY)
    discount: Decimal | None = field(default=None, metadata=_MONEY)


@define(kw_only=True)
class PaymentReceiveRequest(KometRequest):
    """``payment.receive``: a customer payment, applied to ``invoices``. ``total_payment``
    must be at least the sum of the invoices' ``amount`` (checked before sending); the
    excess is saved as an overpayment. ``location_code`` is needed only by multi-location
    companies (the page). ``method_id`` comes from ``payment.method.list``.
    ``reference_number`` takes 100 characters (50 in older copies)."""

    customer_id: int = field(metadata=_ID)
    method_id: int = field(metadata=_ID)
    date: dt.date
    location_code: str | None = field(default=None, metadata=wire(max_len=20))
    total_payment: Decimal | None = field(default=None, metadata=_MONEY)
    reference_number: str | None = field(default=None, metadata=wire(max_len=100))
    notes: str | None = field(default=None, metadata=wire(max_len=200))
    invoices: list[PaymentInvoice] | None = None

    def check(self) -> None:
        if self.total_payment is None or not self.invoices:
            return
        applied = sum((invoice.amount for invoice in self.invoices), Decimal(0))
        if self.total_payment < applied:
            raise RequestValidationError(
                "total_payment",
                f"must be at least the sum of invoices[].amount ({applied}); the excess "
                "is saved as an overpayment",
            )


@define(kw_only=True)
class PaymentReceipt(Envelope):
    """The answer of ``payment.receive``. The page names ``controlNumber`` (its
    description is cut: GAP), typed here as ``payment.list``'s ``controlNumber``
    (integer:10); whatever follows it is kept in ``extra``."""

    control_number: int | None = None


# --- payment.mark.sync ------------------------------------------------------------------


@define(kw_only=True)
class PaymentRef(KometRequest):
    payment_id: int = field(metadata=_ID)


@define(kw_only=True)
class PaymentMarkSyncRequest(KometRequest):
    """``payment.mark.sync``: the payments (``{paymentId}``, the ``id`` of
    ``payment.list``) to flag as synchronized."""

    payments: list[PaymentRef] = field(metadata=wire(min_len=1))


@define(kw_only=True)
class PaymentSyncResult(KometModel):
    """The outcome for one payment of ``payment.mark.sync``: ``status`` 1 success, 0 a
    failure with Komet's ``message`` (the page: messages like ``credit.mark.sync``'s;
    the verbatim texts were not captured)."""

    payment_id: int
    status: int
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 1


@define(kw_only=True)
class PaymentMarkSyncResponse(Envelope):
    payments: list[PaymentSyncResult] = field(factory=list)


# --- payment.method.list ----------------------------------------------------------------


@define(kw_only=True)
class PaymentMethodListRequest(KometRequest):
    """``payment.method.list``: GAP, the page was not readable; only the token (which every
    Komet method takes) is sent."""


@define(kw_only=True)
class PaymentMethodListResponse(Envelope):
    """GAP: the answer of ``payment.method.list`` is not documented at all (other pages
    say it holds the ids ``payment.receive`` takes as ``methodId`` and the names
    ``customer.add`` takes as ``paymentMethod``). Nothing is typed: the whole answer is in
    ``extra``."""

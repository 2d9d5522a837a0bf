"""Customer credits (more-methods.md, "Credits and payments (A/R)"): the credit list, the
external-sync flag and open credit balances.

Money is :class:`~decimal.Decimal`. The credit list's answer is a GAP in the docs (only
``status``/``message`` are readable; ``credit.mark.sync`` says its ``creditId`` values come
from it), so :class:`Credit` types only ``credit_id`` and keeps everything else in ``extra``.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from attrs import define, field

from .._wire import wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

CREDITS_WINDOW_DAYS = 31
"""``credits.iter_details`` asks ``credit.details.list`` for at most this many days at a
time. GAP: the page states no date-range limit; 31 days is the span of its own sample
request (2021-01-01..2021-01-31), so no request asks for more than the page shows working."""

CREDITS_NOT_FOUND = "Credits not found."
"""GAP: the page does not show its "nothing found" answer. This is the pattern of the
documented list answers ("Products not found.", "Orders not found."); a status 0 with this
exact text reads as an empty list, any other text stays an error."""

OPEN_CREDITS_MAX = 50
"""``open.credit.balance.create``: at most 50 open credits per request (the page)."""

ITEM_TYPES = ("box", "UN", "all")
"""``itemType`` of ``credit.details.list``: "valid values: box | UN | all"."""

_ID = wire(digits=(20, 0), min_value=0)
_TEXT_200 = wire(max_len=200)


class CreditStatus(enum.IntEnum):
    """``status`` codes of ``credit.details.list`` (the page: 1 New, 2 Pending Review,
    3 Approved, 4 Rejected, 5 Resubmitted)."""

    NEW = 1
    PENDING_REVIEW = 2
    APPROVED = 3
    REJECTED = 4
    RESUBMITTED = 5


_STATUSES = (1, 2, 3, 4, 5)


def _status_code(value: int | None) -> int | None:
    # An IntEnum goes on the wire as its number (str() of an IntEnum differs by version).
    return int(value) if isinstance(value, enum.IntEnum) else value


# --- credit.details.list ----------------------------------------------------------------


@define(kw_only=True)
class CreditDetailsListRequest(KometRequest):
    """``credit.details.list`` (POST + JSON although a read): credits dated
    ``date_from``..``date_to`` (sent as ``creditDateFrom``/``creditDateTo``, both required),
    of ``item_type`` "box", "UN" or "all" (required). GAP: no date-range limit is documented,
    so none is enforced. ``external_system_synced`` False returns only credits not yet marked
    with ``credit.mark.sync``."""

    date_from: dt.date = field(metadata=wire(name="creditDateFrom"))
    date_to: dt.date = field(metadata=wire(name="creditDateTo"))
    item_type: str = field(metadata=wire(choices=ITEM_TYPES))
    status: int | None = field(default=None, converter=_status_code)
    """A :class:`CreditStatus` (absent = all)."""
    customer: str | None = field(default=None, metadata=_TEXT_200)
    customer_id: int | None = field(default=None, metadata=_ID)
    carrier_name: str | None = field(default=None, metadata=_TEXT_200)
    carrier_id: int | None = field(default=None, metadata=_ID)
    product: str | None = field(default=None, metadata=_TEXT_200)
    number: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))
    """The invoice number."""
    location_id: int | None = field(default=None, metadata=_ID)
    external_system_synced: bool | None = None

    def check(self) -> None:
        if self.date_to < self.date_from:
            raise RequestValidationError("date_to", "must not be before date_from")
        if self.status is not None and self.status not in _STATUSES:
            raise RequestValidationError("status", "must be one of 1, 2, 3, 4, 5")


@define(kw_only=True)
class Credit(KometModel):
    """One credit (credit memo) of ``credit.details.list``.

    GAP: the page's answer is not readable. ``credit_id`` is the one field known: the ids
    ``credit.mark.sync`` takes "come from credit.details.list", under the name ``creditId``
    that method uses. Every other field of the answer is kept, untyped, in ``extra`` (money
    as :class:`~decimal.Decimal`)."""

    credit_id: int


@define(kw_only=True)
class CreditDetailsListResponse(Envelope):
    """GAP: the name of the answer's array is not documented; it is read as ``credits``,
    the array name of ``credit.mark.sync`` (request and answer) for the same records.
    A list under another name is kept in ``extra`` (``session.call("credit.details.list",
    request).extra``); ``credits.iter_details`` and ``sync_pending`` refuse such an answer
    (:class:`KometDecodeError`) rather than report it as empty."""

    credits: list[Credit] = field(factory=list)


# --- credit.mark.sync -------------------------------------------------------------------


@define(kw_only=True)
class CreditRef(KometRequest):
    credit_id: int = field(metadata=_ID)


@define(kw_only=True)
class CreditMarkSyncRequest(KometRequest):
    """``credit.mark.sync``: the credits (``{creditId}``) to flag as synchronized."""

    credits: list[CreditRef] = field(metadata=wire(min_len=1))


@define(kw_only=True)
class CreditSyncResult(KometModel):
    """The outcome for one credit of ``credit.mark.sync`` (documented sample): ``status`` 1
    "The credit was successfully synchronized"; 0 with "The credit was cancelled" or "The
    credit doesn't exist"."""

    credit_id: int
    status: int
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 1


@define(kw_only=True)
class CreditMarkSyncResponse(Envelope):
    """The documented answer: ``status`` and one result per credit (no top-level message in
    the sample)."""

    credits: list[CreditSyncResult] = field(factory=list)


# --- open.credit.balance.create ---------------------------------------------------------


@define(kw_only=True)
class OpenCredit(KometRequest):
    """One open credit balance (balance adjustment). The page does not say whether ``date``
    and ``balance`` are required. ``balance`` is typed integer on the page but its sample
    sends 450.999, so it is a :class:`~decimal.Decimal` sent exactly as given."""

    date: dt.date | None = None
    balance: Decimal | None = None


@define(kw_only=True)
class OpenCreditBalanceCreateRequest(KometRequest):
    """``open.credit.balance.create``: a customer by code (at most 20 characters) and 1 to
    50 open credits."""

    customer_code: str = field(metadata=wire(max_len=20, min_len=1))
    open_credits: list[OpenCredit] = field(metadata=wire(min_len=1, max_items=OPEN_CREDITS_MAX))


@define(kw_only=True)
class OpenCreditBalanceResponse(Envelope):
    """The documented answer: ``status`` and ``message`` ("Open Credits Balance Adjustment
    was successfully saved.")."""

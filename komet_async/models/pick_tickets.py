"""Pick tickets (more-methods.md, "Pick tickets"): ``pickticket.details.list``.

Mostly a GAP: the parameters are readable up to ``product`` (the list is cut there), the
whole answer is not (neither its keys nor its fields are known, and no sample survives).
What is known is modelled; the answer's rows are kept as the server sends them.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, ClassVar

from attrs import define, field

from .._wire import wire
from ..errors import RequestValidationError
from ._base import Envelope, KometRequest

PICK_TICKET_WINDOW_DAYS = 7
"""``pickticket.details.list``: ``date_from``..``date_to`` spans at most 7 days (the page:
"range <= 7 days"; read as 7 calendar days, both ends included -- the narrower reading)."""

PICK_TICKET_STATUSES = (0, 1, 4)
"""The documented ``status`` codes: 0 Pending Approval, 1 Confirmed, 4 Voided (the same
codes as :class:`~komet_async.InvoiceStatus`)."""

_ID = wire(digits=(20, 0), min_value=0)
_TEXT_200 = wire(max_len=200)


def _code(value: int | None) -> int | None:
    # An IntEnum goes on the wire as its number (str() of an IntEnum differs by version).
    return int(value) if isinstance(value, enum.IntEnum) else value


@define(kw_only=True)
class PickTicketDetailsListRequest(KometRequest):
    """``pickticket.details.list``: pick tickets of one ``order_date``, of a range
    ``date_from``..``date_to`` (at most 7 days), or one ``order_id`` (then no dates are
    needed). ``status`` is 0 Pending Approval, 1 Confirmed or 4 Voided (default: active
    orders); ``customer`` matches with LIKE. The page's parameter list is cut after
    ``product`` (GAP): send any later one with ``extra_params=``."""

    WINDOW_DAYS: ClassVar[int] = PICK_TICKET_WINDOW_DAYS

    order_date: dt.date | None = None
    date_from: dt.date | None = field(default=None, metadata=wire(name="orderDateFrom"))
    date_to: dt.date | None = field(default=None, metadata=wire(name="orderDateTo"))
    order_id: int | None = field(default=None, metadata=wire(min_value=0))
    status: int | None = field(default=None, converter=_code)
    customer: str | None = field(default=None, metadata=_TEXT_200)
    customer_id: int | None = field(default=None, metadata=_ID)
    carrier_name: str | None = field(default=None, metadata=_TEXT_200)
    carrier_id: int | None = field(default=None, metadata=_ID)
    product: str | None = None

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("order_date", "date_from", "date_to", "order_id"),
    )

    def check(self) -> None:
        if self.status is not None and self.status not in PICK_TICKET_STATUSES:
            raise RequestValidationError("status", "must be one of 0, 1, 4")
        first, last = self.date_from, self.date_to
        if first is None and last is None:
            return
        if first is None:
            raise RequestValidationError("date_from", "is required with date_to")
        if last is None:
            raise RequestValidationError("date_to", "is required with date_from")
        if last < first:
            raise RequestValidationError("date_to", "must not be before date_from")
        if (last - first).days > self.WINDOW_DAYS - 1:
            raise RequestValidationError(
                "date_to",
                f"the range may span at most {self.WINDOW_DAYS} days "
                "(use pick_tickets.iter_details for longer ones)",
            )


def _item_array(extra: dict[str, Any]) -> list[dict[str, Any]]:
    """The first array of objects among an answer's undeclared fields (its key is a GAP)."""
    for value in extra.values():
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            return value
    return []


@define(kw_only=True)
class PickTicketDetailsList(Envelope):
    """The answer of ``pickticket.details.list``.

    GAP: the docs show nothing of it. ``pick_tickets`` is the answer's array of objects,
    whatever its key, each row a ``dict`` exactly as sent (numbers with decimals as
    ``Decimal``); the whole answer stays in ``.extra`` too.
    """

    @property
    def pick_tickets(self) -> list[dict[str, Any]]:
        return _item_array(self.extra)

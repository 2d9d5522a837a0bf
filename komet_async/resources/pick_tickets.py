"""``session.pick_tickets``: pick tickets (orders) -- one call, or any date range split
into Komet's 7-day windows (``iter_details``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import orjson

from .. import _constants as C
from .._bulk import ProgressCallback, split_date_range
from .._generated.declared import PICK_TICKETS_LIST_DETAILS
from .._generated.filters import PickTicketFilters
from .._generated.pick_tickets import PickTicketsMethods
from .._validate import validate
from ..errors import RequestValidationError
from ..models.pick_tickets import (
    PICK_TICKET_WINDOW_DAYS,
    PickTicketDetailsList,
    PickTicketDetailsListRequest,
)
from ._base import filter_names, split_options
from ._sync import each_once

if TYPE_CHECKING:
    from typing_extensions import Unpack


def _fingerprint(row: dict[str, Any]) -> bytes:
    # The answer's id field is a GAP: a row is known by its whole content instead.
    return orjson.dumps(row, option=orjson.OPT_SORT_KEYS, default=str)


class PickTicketsResource(PickTicketsMethods):
    __slots__ = ()
    namespace = "pick_tickets"

    keyword_filters: ClassVar[Mapping[str, Iterable[str]]] = {
        # The window's own fields are the helper's to set; order_id names one order, no range.
        "iter_details": filter_names(PickTicketFilters),
    }

    async def iter_details(
        self,
        date_from: dt.date,
        date_to: dt.date,
        *,
        concurrency: int = C.WINDOW_CONCURRENCY,
        on_window: ProgressCallback | None = None,
        **filters_and_options: Unpack[PickTicketFilters],
    ) -> AsyncIterator[dict[str, Any]]:
        """Every pick ticket of ``date_from..date_to`` (any length): the range is split
        into Komet's 7-day windows (``pickticket.details.list``, both ends included),
        fetched ``concurrency`` at a time and yielded window by window in date order (within
        a window, as the server sends them). At most ``concurrency`` windows are held in
        memory. Filters of :meth:`list_details` (``status=``, ``customer_id=``, ...) apply
        to every window, per-call options (``timeout=``, ...) to every request;
        ``on_window(done, total)`` reports windows as they are yielded.

        GAP: the answer is undocumented, so each pick ticket is a plain ``dict`` as sent,
        and no id field is known: windows do not overlap, and a row identical to one of the
        previous window is not yielded again.

        >>> async for ticket in session.pick_tickets.iter_details(start, end, status=1):
        ...     print(ticket)
        """
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise RequestValidationError("concurrency", "must be an int of at least 1")
        for name, value in (("date_from", date_from), ("date_to", date_to)):
            if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
                raise RequestValidationError(name, "must be a datetime.date")
        filters, options = split_options(filters_and_options)
        windows = split_date_range(date_from, date_to, PICK_TICKET_WINDOW_DAYS)
        method = PICK_TICKETS_LIST_DETAILS
        # The filters are the same in every window: checked once, before anything is sent.
        validate(
            PickTicketDetailsListRequest(date_from=windows[0][0], date_to=windows[0][1], **filters),
            komet_method=method.name,
        )

        async def fetch(first: dt.date, last: dt.date) -> list[dict[str, Any]]:
            request = PickTicketDetailsListRequest(date_from=first, date_to=last, **filters)
            answer = await self._dispatch.call(method, request, options, PickTicketDetailsList)
            return answer.pick_tickets

        # No id field is known (GAP): a row is known by its whole content.
        async for row in each_once(windows, fetch, concurrency, on_window, key=_fingerprint):
            yield row

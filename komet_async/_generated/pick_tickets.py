"""``session.pick_tickets``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models.pick_tickets import PickTicketDetailsList, PickTicketDetailsListRequest
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST_DETAILS = CATALOG["pickticket.details.list"]


class PickTicketsMethods(Resource):
    """The one-call methods of ``session.pick_tickets``, one per catalog entry."""

    __slots__ = ()

    async def list_details(
        self,
        *,
        order_date: dt.date | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        order_id: int | None = None,
        status: int | None = None,
        customer: str | None = None,
        customer_id: int | None = None,
        carrier_name: str | None = None,
        carrier_id: int | None = None,
        product: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PickTicketDetailsList:
        """Pick tickets (orders) with details of one ``order_date``, of
        ``date_from``..``date_to`` (at most 7 days), or of one ``order_id`` (Komet
        ``pickticket.details.list``; Company token). ``status``: 0 Pending Approval, 1
        Confirmed, 4 Voided (default: active orders); ``customer`` matches with LIKE.

        Mostly a GAP: the answer is not documented at all, so the result's
        ``pick_tickets`` are its rows as plain dicts, exactly as sent; parameters after
        ``product`` are cut off (send them with ``extra_params=``). Longer ranges:
        :meth:`iter_details`.

        >>> answer = await session.pick_tickets.list_details(order_date=dt.date(2026, 2, 10))
        >>> len(answer.pick_tickets)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_DETAILS, options)
        request = PickTicketDetailsListRequest(
            order_date=order_date,
            date_from=date_from,
            date_to=date_to,
            order_id=order_id,
            status=status,
            customer=customer,
            customer_id=customer_id,
            carrier_name=carrier_name,
            carrier_id=carrier_id,
            product=product,
        )
        return await self._send(_LIST_DETAILS, request, options, PickTicketDetailsList)

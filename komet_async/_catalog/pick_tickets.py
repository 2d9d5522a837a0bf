"""Catalog entry of the pick-ticket method (more-methods.md, "Pick tickets").

The "nothing found" answer is not documented: pick tickets are orders ("Lists pick tickets
(orders)"), so the list is taken to answer the order family's ``Orders not found.`` (seen
for invoice.list / invoice.details.list in third-party code), an ASSUMPTION.
"""

from __future__ import annotations

from typing import Any

from ..models import pick_tickets as p
from ._method import ApiMethod
from ._shapes import query_read

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    query_read(
        "pickticket.details.list",
        "pick_tickets",
        "list_details",
        p.PickTicketDetailsListRequest,
        p.PickTicketDetailsList,
        not_found=("Orders not found.",),
        summary="Pick tickets (orders) of a date, a range of at most 7 days, or an order id.",
        doc="""Pick tickets (orders) with details of one ``order_date``, of
        ``date_from``..``date_to`` (at most 7 days), or of one ``order_id`` (Komet
        ``pickticket.details.list``; Company token). ``status``: 0 Pending Approval, 1
        Confirmed, 4 Voided (default: active orders); ``customer`` matches with LIKE.

        Mostly a GAP: the answer is not documented at all, so the result's
        ``pick_tickets`` are its rows as plain dicts, exactly as sent; parameters after
        ``product`` are cut off (send them with ``extra_params=``). Longer ranges:
        :meth:`iter_details`.

        >>> answer = await session.pick_tickets.list_details(order_date=dt.date(2026, 2, 10))
        >>> len(answer.pick_tickets)
        """,
    ),
)

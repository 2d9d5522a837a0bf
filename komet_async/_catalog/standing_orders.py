"""Catalog entries of the standing-order methods (more-methods.md, "Standing orders").

``standing.order.list`` is a plain query read (Company token). The v2 pages list
``authenticationToken`` as "sent as an HTTP request header": the token goes in a header.
One path, two verbs: ``v2/standing-order`` is POST (create) and PUT (update), declared as
two methods under the names methods-part3.json gives them.
"""

from __future__ import annotations

from typing import Any

from ..models import standing_orders as m
from ..models._base import Envelope
from ._method import ApiMethod
from ._shapes import query_read

# ASSUMPTION: no "nothing found" text is documented for standing.order.list. Order-family
# reads answer "Orders not found." (documented for invoices and purchase orders; seen for
# prebook reads in third-party code); "Standing orders not found." follows the pattern of
# the other lists ("Products not found.").
_NOT_FOUND = ("Standing orders not found.", "Orders not found.")

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    query_read(
        "standing.order.list",
        "standing_orders",
        "list",
        m.StandingOrderListRequest,
        m.StandingOrderListResponse,
        not_found=_NOT_FOUND,
        summary="List standing orders in a date range (default status Active).",
        positional=("date_from", "date_to"),
        returns="standing_orders",
        doc="""List standing orders for ``date_from``..``date_to`` (Komet
        ``standing.order.list``; Company token). ``customer_id``, ``number``,
        ``location_id`` and ``status`` match exactly, ``customer`` (name or code) with LIKE,
        case-insensitive; ``status`` is ``"All"``, ``"Active"`` (Komet's default) or
        ``"Cancelled"``. GAP: which dates the range compares is not documented, and the
        answer is readable only up to ``end_date`` (items and the rest are in ``.extra``).

        >>> orders = await session.standing_orders.list(
        ...     dt.date(2026, 1, 1), dt.date(2026, 12, 31), customer="blooms")
        """,
    ),
    ApiMethod(
        name="v2/standing-order [POST]",
        path="v2/standing-order",
        http_method="POST",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="standing_orders",
        attr="create",
        request_type=m.StandingOrderCreateRequest,
        response_type=m.StandingOrderCreateResponse,
        # 25591809's "Valid Tokens" reads Customer only (PUT and DELETE: Company and Customer).
        token_types=("customer",),
        summary="Create a standing order (recurring prebook template; POST v2).",
        doc="""Create a standing order: a recurring prebook template from which Komet
        generates purchase orders every ``recurrence`` weeks (1-4) on ``truck_days``,
        from ``start_date`` (Komet ``POST v2/standing-order``; the page's Valid Tokens read
        **Customer** only; the token is sent in a header; never replayed once sent).
        Existing prebooks are not modified by standing-order requests.

        Customer by ``customer_id``, or ``customer_code`` + ``customer_description``;
        carrier likewise. GAP: the item fields after ``identifier`` are cut off (put them in
        each :class:`StandingOrderItem`'s ``extra``), and so is the answer: its
        ``standing_order_id`` is read as the PUT/DELETE pages name it; item ids are in
        ``.extra``.

        >>> created = await session.standing_orders.create(
        ...     customer_id=23401, carrier_id=1360, start_date=dt.date(2026, 3, 2),
        ...     recurrence=1, truck_days="Monday",
        ...     items=[StandingOrderItem(identifier="L1", extra={"productId": 1001})])
        >>> created.standing_order_id
        """,
    ),
    ApiMethod(
        name="v2/standing-order [PUT]",
        path="v2/standing-order",
        http_method="PUT",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="standing_orders",
        attr="update",
        request_type=m.StandingOrderUpdateRequest,
        response_type=Envelope,
        token_types=("company", "customer"),
        summary="Update a standing order and one of its items (PUT v2).",
        doc="""Update a standing order (Komet ``PUT v2/standing-order``; Company or Customer
        token, sent in a header; never replayed once sent). ``standing_order_id`` and
        ``standing_order_item_id`` name the order and an item (both from :meth:`create`'s
        answer); the rest are the create fields, required as there. GAP: the page is cut
        after ``truck_days`` and its answer is not readable (all but the envelope is in
        ``.extra``).

        >>> await session.standing_orders.update(
        ...     standing_order_id=950413, standing_order_item_id=131215, customer_id=23401,
        ...     carrier_id=1360, start_date=dt.date(2026, 3, 2), recurrence=2,
        ...     truck_days="Tuesday")
        """,
    ),
    ApiMethod(
        name="v2/standing-order/item [DELETE]",
        path="v2/standing-order/item",
        http_method="DELETE",
        params_in="query",
        token_in="header",
        retry_safe=False,
        namespace="standing_orders",
        attr="delete_item",
        request_type=m.StandingOrderItemDeleteRequest,
        response_type=Envelope,
        token_types=("company", "customer"),
        summary="Delete one item of a standing order (DELETE v2).",
        doc="""Delete one item of a standing order (Komet ``DELETE v2/standing-order/item``;
        Company or Customer token, sent in a header; both ids in the query string; never
        replayed once sent). Komet answers "Standing Order Item was deleted successfully.".

        >>> await session.standing_orders.delete_item(
        ...     standing_order_id=950413, standing_order_item_id=131215)
        """,
    ),
)

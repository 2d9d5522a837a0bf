"""Catalog entries of the web-order (e-commerce shopping cart) methods (more-methods.md,
"Web orders").

Web orders: JSON bodies (the list: a query string), the token in a header (the pages list
``authenticationToken`` under "Headers"), ``X-ACCOUNT`` from the session.

The "nothing found" answer of the list is not documented: ``Web orders not found.``
follows the pattern of the documented texts ("Products not found."), an ASSUMPTION.
"""

from __future__ import annotations

from typing import Any

from ..models import web_orders as m
from ._method import ApiMethod

_CART_TOKENS: tuple[Any, ...] = ("customer", "user")


def _cart_write(
    name: str, attr: str, request: Any, response: Any, **more: Any
) -> ApiMethod[Any, Any]:
    """A web-order write: POST + JSON, the token in a header, never replayed."""
    return ApiMethod(
        name=name,
        http_method="POST",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="web_orders",
        attr=attr,
        request_type=request,
        response_type=response,
        account_headers=True,
        required_headers=("X-ACCOUNT",),  # every web-order page marks it required
        **more,
    )


METHODS: tuple[ApiMethod[Any, Any], ...] = (
    _cart_write(
        "web-order.create",
        "create",
        m.WebOrderCreateRequest,
        m.WebOrderWriteResponse,
        token_types=_CART_TOKENS,
        summary="Create the header of a web (e-commerce) order; returns its id.",
        positional=("customer_id",),
        doc="""Create the header of a web (e-commerce) order for ``customer_id`` (Komet
        ``web-order.create``; Customer or User token; needs ``KometSession(account_id=...)``
        for the ``X-ACCOUNT`` header; never replayed). ``company_location_id`` is needed by
        multi-location companies only. The answer's ``web_order_id`` is the new order; add
        lines with :meth:`add_item`. Orders created this way may carry a transaction fee.

        >>> created = await session.web_orders.create(7122, company_id=12333)
        >>> created.web_order_id
        """,
    ),
    _cart_write(
        "web-order-item.add",
        "add_item",
        m.WebOrderItemAddRequest,
        m.WebOrderItemAddResponse,
        token_types=_CART_TOKENS,
        summary="Add inventory lines to a web order (a pending one, or a new one).",
        positional=("customer_id",),
        one_or_many=("inventory_ids",),
        doc="""Add ``quantity`` boxes of inventory to a web order of ``customer_id`` at
        ``price`` (Komet ``web-order-item.add``; Customer or User token; needs
        ``KometSession(account_id=...)``; never replayed; a transaction fee may apply).

        Komet consolidates into ``web_order_id`` when given; otherwise into a pending web
        order with identical information, creating one when none exists.
        ``inventory_ids`` is one id or several (sent comma-separated); not needed when
        ``product_code`` is sent. ``inventory_origin`` is an
        :class:`~komet_async.InventoryOrigin`.

        🔒 ``fed_ex_info_same_as_customer``, ``product_code``, ``company_product_id`` and
        ``box_type_code`` need a token with **Transactional API Access** enabled.
        ``price``, ``quantity``, ``carrier_id``, ``date`` and the fields after them come
        from the older copy of the page (the newest is cut after ``box_type_code``, GAP).
        GAP: the answer is undocumented; it is kept whole in ``.extra``.

        >>> await session.web_orders.add_item(7122, web_order_id=30200, inventory_ids=[428720],
        ...     inventory_origin=InventoryOrigin.OPEN_MARKET, price=Decimal("0.45"),
        ...     quantity=2, carrier_id=1360, date=dt.date(2026, 2, 10))
        """,
    ),
    ApiMethod(
        # The page's URL line says /api/web-order-details.list; its curl sample calls
        # /api/v2/web-order-details.list and the learn copy web.order.details.list. The URL
        # line is the declaration; the others are noted, not guessed between.
        name="web-order-details.list",
        http_method="GET",
        params_in="query",
        token_in="header",
        retry_safe=True,
        namespace="web_orders",
        attr="list_details",
        request_type=m.WebOrderDetailsListRequest,
        response_type=m.WebOrderDetailsListResponse,
        token_types=_CART_TOKENS,
        not_found=("Web orders not found.",),
        account_headers=True,
        required_headers=("X-ACCOUNT",),
        summary="A web order with its totals and items (pending ones unless status_id).",
        positional=("customer_id", "web_order_id"),
        returns="web_orders",
        doc="""Web order ``web_order_id`` of ``customer_id`` with its totals and items (Komet
        ``web-order-details.list``; Customer or User token; needs ``account_id`` on the
        session). Without ``status_id`` only an order not yet checked out is returned;
        ``status_id=WebOrderStatus.CHECKED_OUT`` asks for a checked-out one. An empty list
        when nothing matches. The page marks some answer fields 🔒 (Transactional API
        Access only) without the copy showing which; item fields after
        ``web_order_item_id`` are a GAP (in each item's ``.extra``).

        >>> (order,) = await session.web_orders.list_details(7122, 30200)
        >>> order.total, [item.web_order_item_id for item in order.items]
        """,
    ),
    _cart_write(
        "web-order.checkout",
        "checkout",
        m.WebOrderCheckoutRequest,
        m.WebOrderWriteResponse,
        token_types=("user",),
        summary="Check out (confirm) a pending web order.",
        positional=("customer_id", "web_order_id"),
        doc="""Check out (confirm) pending web order ``web_order_id`` of ``customer_id``
        (Komet ``web-order.checkout``; **User token only**; needs ``account_id`` on the
        session; never replayed). ``customer_po`` is the customer's PO (text, at most 50).

        >>> await session.web_orders.checkout(7343, 48, customer_po="292644")
        """,
    ),
    _cart_write(
        "web-order.delete",
        "delete",
        m.WebOrderDeleteRequest,
        m.WebOrderWriteResponse,
        token_types=_CART_TOKENS,
        summary="Cancel a web order (its prebook items go; unmixed POs are voided).",
        positional=("customer_id", "web_order_id"),
        doc="""Cancel web order ``web_order_id`` of ``customer_id`` (Komet
        ``web-order.delete``; Customer or User token; needs ``account_id`` on the session;
        never replayed): Komet removes its prebook items (the prebook is kept) and voids the
        related purchase order unless it is mixed.

        >>> await session.web_orders.delete(7343, 47)
        """,
    ),
)

"""``session.web_orders``: generated from the catalog (``komet_async/_catalog``) by
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
from ..models.web_orders import (
    WebOrder,
    WebOrderCheckoutRequest,
    WebOrderCreateRequest,
    WebOrderDeleteRequest,
    WebOrderDetailsListRequest,
    WebOrderDetailsListResponse,
    WebOrderItemAddRequest,
    WebOrderItemAddResponse,
    WebOrderWriteResponse,
)
from ..resources._base import Resource, one_or_many

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST_DETAILS = CATALOG["web-order-details.list"]
_ADD_ITEM = CATALOG["web-order-item.add"]
_CHECKOUT = CATALOG["web-order.checkout"]
_CREATE = CATALOG["web-order.create"]
_DELETE = CATALOG["web-order.delete"]


class WebOrdersMethods(Resource):
    """The one-call methods of ``session.web_orders``, one per catalog entry."""

    __slots__ = ()

    async def list_details(
        self,
        customer_id: int,
        web_order_id: int,
        *,
        company_location_id: int | None = None,
        status_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[WebOrder]:
        """Web order ``web_order_id`` of ``customer_id`` with its totals and items (Komet
        ``web-order-details.list``; Customer or User token; needs ``account_id`` on the
        session). Without ``status_id`` only an order not yet checked out is returned;
        ``status_id=WebOrderStatus.CHECKED_OUT`` asks for a checked-out one. An empty list
        when nothing matches. The page marks some answer fields 🔒 (Transactional API
        Access only) without the copy showing which; item fields after
        ``web_order_item_id`` are a GAP (in each item's ``.extra``).

        >>> (order,) = await session.web_orders.list_details(7122, 30200)
        >>> order.total, [item.web_order_item_id for item in order.items]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_DETAILS, options)
        request = WebOrderDetailsListRequest(
            customer_id=customer_id,
            web_order_id=web_order_id,
            company_location_id=company_location_id,
            status_id=status_id,
        )
        answer = await self._send(_LIST_DETAILS, request, options, WebOrderDetailsListResponse)
        return KometList(answer.web_orders, answer.response, answer.extra)

    async def add_item(
        self,
        customer_id: int,
        *,
        reserved_inventory: bool | None = None,
        inventory_ids: int | Iterable[int] | None = None,
        inventory_origin: int,
        fed_ex_info_same_as_customer: bool | None = None,
        product_code: str | None = None,
        company_product_id: int | None = None,
        box_type_code: str | None = None,
        price: Decimal,
        quantity: int,
        carrier_id: int,
        date: dt.date,
        company_location_id: int | None = None,
        ship_to_id: int | None = None,
        mark_code: str | None = None,
        web_order_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WebOrderItemAddResponse:
        """Add ``quantity`` boxes of inventory to a web order of ``customer_id`` at
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
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_ITEM, options)
        request = WebOrderItemAddRequest(
            customer_id=customer_id,
            reserved_inventory=reserved_inventory,
            inventory_ids=one_or_many(inventory_ids),
            inventory_origin=inventory_origin,
            fed_ex_info_same_as_customer=fed_ex_info_same_as_customer,
            product_code=product_code,
            company_product_id=company_product_id,
            box_type_code=box_type_code,
            price=price,
            quantity=quantity,
            carrier_id=carrier_id,
            date=date,
            company_location_id=company_location_id,
            ship_to_id=ship_to_id,
            mark_code=mark_code,
            web_order_id=web_order_id,
        )
        return await self._send(_ADD_ITEM, request, options, WebOrderItemAddResponse)

    async def checkout(
        self,
        customer_id: int,
        web_order_id: int,
        *,
        customer_po: str | None = None,
        company_location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WebOrderWriteResponse:
        """Check out (confirm) pending web order ``web_order_id`` of ``customer_id``
        (Komet ``web-order.checkout``; **User token only**; needs ``account_id`` on the
        session; never replayed). ``customer_po`` is the customer's PO (text, at most 50).

        >>> await session.web_orders.checkout(7343, 48, customer_po="292644")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CHECKOUT, options)
        request = WebOrderCheckoutRequest(
            customer_id=customer_id,
            web_order_id=web_order_id,
            customer_po=customer_po,
            company_location_id=company_location_id,
        )
        return await self._send(_CHECKOUT, request, options, WebOrderWriteResponse)

    async def create(
        self,
        customer_id: int,
        *,
        company_id: int,
        company_location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WebOrderWriteResponse:
        """Create the header of a web (e-commerce) order for ``customer_id`` (Komet
        ``web-order.create``; Customer or User token; needs ``KometSession(account_id=...)``
        for the ``X-ACCOUNT`` header; never replayed). ``company_location_id`` is needed by
        multi-location companies only. The answer's ``web_order_id`` is the new order; add
        lines with :meth:`add_item`. Orders created this way may carry a transaction fee.

        >>> created = await session.web_orders.create(7122, company_id=12333)
        >>> created.web_order_id
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CREATE, options)
        request = WebOrderCreateRequest(
            customer_id=customer_id,
            company_id=company_id,
            company_location_id=company_location_id,
        )
        return await self._send(_CREATE, request, options, WebOrderWriteResponse)

    async def delete(
        self,
        customer_id: int,
        web_order_id: int,
        **options: Unpack[CallOptions],
    ) -> WebOrderWriteResponse:
        """Cancel web order ``web_order_id`` of ``customer_id`` (Komet
        ``web-order.delete``; Customer or User token; needs ``account_id`` on the session;
        never replayed): Komet removes its prebook items (the prebook is kept) and voids the
        related purchase order unless it is mixed.

        >>> await session.web_orders.delete(7343, 47)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_DELETE, options)
        request = WebOrderDeleteRequest(
            customer_id=customer_id,
            web_order_id=web_order_id,
        )
        return await self._send(_DELETE, request, options, WebOrderWriteResponse)

"""``session.web_orders``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

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
    WebOrderWriteResponse,
)
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST_DETAILS = CATALOG["web-order-details.list"]
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

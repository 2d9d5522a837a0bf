"""``session.standing_orders``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import Envelope, KometList
from ..models.standing_orders import (
    StandingOrder,
    StandingOrderCreateRequest,
    StandingOrderCreateResponse,
    StandingOrderItem,
    StandingOrderItemDeleteRequest,
    StandingOrderListRequest,
    StandingOrderListResponse,
    StandingOrderUpdateRequest,
)
from ..resources._base import Resource, as_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST = CATALOG["standing.order.list"]
_CREATE = CATALOG["v2/standing-order [POST]"]
_UPDATE = CATALOG["v2/standing-order [PUT]"]
_DELETE_ITEM = CATALOG["v2/standing-order/item [DELETE]"]


class StandingOrdersMethods(Resource):
    """The one-call methods of ``session.standing_orders``, one per catalog entry."""

    __slots__ = ()

    async def list(
        self,
        date_from: dt.date,
        date_to: dt.date,
        *,
        customer: str | None = None,
        customer_id: int | None = None,
        number: str | None = None,
        location_id: int | None = None,
        status: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[StandingOrder]:
        """List standing orders for ``date_from``..``date_to`` (Komet
        ``standing.order.list``; Company token). ``customer_id``, ``number``,
        ``location_id`` and ``status`` match exactly, ``customer`` (name or code) with LIKE,
        case-insensitive; ``status`` is ``"All"``, ``"Active"`` (Komet's default) or
        ``"Cancelled"``. GAP: which dates the range compares is not documented, and the
        answer is readable only up to ``end_date`` (items and the rest are in ``.extra``).

        >>> orders = await session.standing_orders.list(
        ...     dt.date(2026, 1, 1), dt.date(2026, 12, 31), customer="blooms")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = StandingOrderListRequest(
            date_from=date_from,
            date_to=date_to,
            customer=customer,
            customer_id=customer_id,
            number=number,
            location_id=location_id,
            status=status,
        )
        answer = await self._send(_LIST, request, options, StandingOrderListResponse)
        return KometList(answer.standing_orders, answer.response, answer.extra)

    async def create(
        self,
        *,
        customer_id: int | None = None,
        customer_code: str | None = None,
        customer_description: str | None = None,
        carrier_id: int | None = None,
        carrier_code: str | None = None,
        carrier_description: str | None = None,
        start_date: dt.date,
        end_date: dt.date | None = None,
        ship_via_id: int | None = None,
        ship_to_id: int | None = None,
        customer_po: str | None = None,
        company_location_id: str | None = None,
        company_location_code: str | None = None,
        recurrence: int,
        truck_days: str,
        comments: str | None = None,
        invoice_notes: str | None = None,
        items: Iterable[StandingOrderItem] | None = None,
        **options: Unpack[CallOptions],
    ) -> StandingOrderCreateResponse:
        """Create a standing order: a recurring prebook template from which Komet
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
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CREATE, options)
        request = StandingOrderCreateRequest(
            customer_id=customer_id,
            customer_code=customer_code,
            customer_description=customer_description,
            carrier_id=carrier_id,
            carrier_code=carrier_code,
            carrier_description=carrier_description,
            start_date=start_date,
            end_date=end_date,
            ship_via_id=ship_via_id,
            ship_to_id=ship_to_id,
            customer_po=customer_po,
            company_location_id=company_location_id,
            company_location_code=company_location_code,
            recurrence=recurrence,
            truck_days=truck_days,
            comments=comments,
            invoice_notes=invoice_notes,
            items=as_list(items),
        )
        return await self._send(_CREATE, request, options, StandingOrderCreateResponse)

    async def update(
        self,
        *,
        customer_id: int | None = None,
        customer_code: str | None = None,
        customer_description: str | None = None,
        carrier_id: int | None = None,
        carrier_code: str | None = None,
        carrier_description: str | None = None,
        start_date: dt.date,
        end_date: dt.date | None = None,
        ship_via_id: int | None = None,
        ship_to_id: int | None = None,
        customer_po: str | None = None,
        company_location_id: str | None = None,
        company_location_code: str | None = None,
        recurrence: int,
        truck_days: str,
        comments: str | None = None,
        invoice_notes: str | None = None,
        items: Iterable[StandingOrderItem] | None = None,
        standing_order_id: int,
        standing_order_item_id: int,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Update a standing order (Komet ``PUT v2/standing-order``; Company or Customer
        token, sent in a header; never replayed once sent). ``standing_order_id`` and
        ``standing_order_item_id`` name the order and an item (both from :meth:`create`'s
        answer); the rest are the create fields, required as there. GAP: the page is cut
        after ``truck_days`` and its answer is not readable (all but the envelope is in
        ``.extra``).

        >>> await session.standing_orders.update(
        ...     standing_order_id=950413, standing_order_item_id=131215, customer_id=23401,
        ...     carrier_id=1360, start_date=dt.date(2026, 3, 2), recurrence=2,
        ...     truck_days="Tuesday")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE, options)
        request = StandingOrderUpdateRequest(
            customer_id=customer_id,
            customer_code=customer_code,
            customer_description=customer_description,
            carrier_id=carrier_id,
            carrier_code=carrier_code,
            carrier_description=carrier_description,
            start_date=start_date,
            end_date=end_date,
            ship_via_id=ship_via_id,
            ship_to_id=ship_to_id,
            customer_po=customer_po,
            company_location_id=company_location_id,
            company_location_code=company_location_code,
            recurrence=recurrence,
            truck_days=truck_days,
            comments=comments,
            invoice_notes=invoice_notes,
            items=as_list(items),
            standing_order_id=standing_order_id,
            standing_order_item_id=standing_order_item_id,
        )
        return await self._send(_UPDATE, request, options, Envelope)

    async def delete_item(
        self,
        *,
        standing_order_id: int,
        standing_order_item_id: int,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Delete one item of a standing order (Komet ``DELETE v2/standing-order/item``;
        Company or Customer token, sent in a header; both ids in the query string; never
        replayed once sent). Komet answers "Standing Order Item was deleted successfully.".

        >>> await session.standing_orders.delete_item(
        ...     standing_order_id=950413, standing_order_item_id=131215)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_DELETE_ITEM, options)
        request = StandingOrderItemDeleteRequest(
            standing_order_id=standing_order_id,
            standing_order_item_id=standing_order_item_id,
        )
        return await self._send(_DELETE_ITEM, request, options, Envelope)

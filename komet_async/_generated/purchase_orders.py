"""``session.purchase_orders``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models.purchase_orders import (
    PurchaseOrderItemAwbAddRequest,
    PurchaseOrderItemAwbAddResponse,
    PurchaseOrderItemConfirmRequest,
    PurchaseOrderItemDeleteRequest,
    PurchaseOrderItemPriceUpdateRequest,
    PurchaseOrderItemReferenceUpdateRequest,
    PurchaseOrderWriteResponse,
)
from ..resources._base import Resource, as_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_ADD_ITEM_TO_AWB = CATALOG["purchase.order.item.awb.add"]
_CONFIRM_ITEM = CATALOG["purchase.order.item.confirm"]
_DELETE_ITEM = CATALOG["purchase.order.item.delete"]
_UPDATE_ITEM_PRICE = CATALOG["purchase.order.item.price.update"]
_UPDATE_ITEM_REFERENCE = CATALOG["purchase.order.item.reference.update"]


class PurchaseOrdersMethods(Resource):
    """The one-call methods of ``session.purchase_orders``, one per catalog entry."""

    __slots__ = ()

    async def add_item_to_awb(
        self,
        *,
        po_item_id: int,
        awb: str,
        ship_date: dt.date,
        box_codes: Iterable[str] | None = None,
        lot_number: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PurchaseOrderItemAwbAddResponse:
        """Ship one PO line on an AWB (Komet ``purchase.order.item.awb.add``; Company or
        Vendor token). Box codes are assigned when not given; answers the codes created and,
        when fewer boxes were sent than purchased (the line is split), ``new_po_item_id``.
        ``lot_number`` must avoid Komet's own range (normally 1000-99999).

        >>> shipped = await session.purchase_orders.add_item_to_awb(
        ...     po_item_id=7828, awb="08472-4772-0048", ship_date=dt.date(2016, 7, 22))
        >>> shipped.box_codes
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_ITEM_TO_AWB, options)
        request = PurchaseOrderItemAwbAddRequest(
            po_item_id=po_item_id,
            awb=awb,
            ship_date=ship_date,
            box_codes=as_list(box_codes),
            lot_number=lot_number,
        )
        return await self._send(_ADD_ITEM_TO_AWB, request, options, PurchaseOrderItemAwbAddResponse)

    async def confirm_item(
        self,
        *,
        po_item_id: int,
        quantity_confirmed: int,
        **options: Unpack[CallOptions],
    ) -> PurchaseOrderWriteResponse:
        """Set how many boxes of a PO line are confirmed (Komet
        ``purchase.order.item.confirm``; Company token). Lines bought from VA inventory
        through e-commerce cannot be confirmed before the end customer checked out.

        >>> await session.purchase_orders.confirm_item(po_item_id=265119, quantity_confirmed=7)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CONFIRM_ITEM, options)
        request = PurchaseOrderItemConfirmRequest(
            po_item_id=po_item_id,
            quantity_confirmed=quantity_confirmed,
        )
        return await self._send(_CONFIRM_ITEM, request, options, PurchaseOrderWriteResponse)

    async def delete_item(
        self,
        *,
        po_item_id: int,
        **options: Unpack[CallOptions],
    ) -> PurchaseOrderWriteResponse:
        """Delete a PO line (Komet ``purchase.order.item.delete``; Company or Vendor token --
        a Vendor token may delete only its own lines).

        >>> await session.purchase_orders.delete_item(po_item_id=265119)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_DELETE_ITEM, options)
        request = PurchaseOrderItemDeleteRequest(
            po_item_id=po_item_id,
        )
        return await self._send(_DELETE_ITEM, request, options, PurchaseOrderWriteResponse)

    async def update_item_price(
        self,
        *,
        purchase_order_item_id: int,
        price: Decimal,
        **options: Unpack[CallOptions],
    ) -> PurchaseOrderWriteResponse:
        """Change the unit price of a PO line, mainly for future inventory (Komet
        ``purchase.order.item.price.update``; Company token). ``price`` has up to three
        decimals (``decimal:10,3``).

        >>> await session.purchase_orders.update_item_price(
        ...     purchase_order_item_id=85063, price=Decimal("0.4"))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_ITEM_PRICE, options)
        request = PurchaseOrderItemPriceUpdateRequest(
            purchase_order_item_id=purchase_order_item_id,
            price=price,
        )
        return await self._send(_UPDATE_ITEM_PRICE, request, options, PurchaseOrderWriteResponse)

    async def update_item_reference(
        self,
        *,
        purchase_order_item_id: int,
        reference: str,
        **options: Unpack[CallOptions],
    ) -> PurchaseOrderWriteResponse:
        """Set the reference number (at most 20 characters) of a PO line (Komet
        ``purchase.order.item.reference.update``; Company token).

        >>> await session.purchase_orders.update_item_reference(
        ...     purchase_order_item_id=23423, reference="PA034534")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_ITEM_REFERENCE, options)
        request = PurchaseOrderItemReferenceUpdateRequest(
            purchase_order_item_id=purchase_order_item_id,
            reference=reference,
        )
        return await self._send(
            _UPDATE_ITEM_REFERENCE, request, options, PurchaseOrderWriteResponse
        )

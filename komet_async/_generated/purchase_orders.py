"""``session.purchase_orders``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG, TokenType
from .._vendor_rules import apply_token_rules
from ..models._base import KometList
from ..models.purchase_orders import (
    MixedPurchaseOrderCreateRequest,
    MixedPurchaseOrderItem,
    PurchaseOrder,
    PurchaseOrderCreateRequest,
    PurchaseOrderCreateResponse,
    PurchaseOrderItem,
    PurchaseOrderItemAwbAddRequest,
    PurchaseOrderItemAwbAddResponse,
    PurchaseOrderItemConfirmRequest,
    PurchaseOrderItemDeleteRequest,
    PurchaseOrderItemPriceUpdateRequest,
    PurchaseOrderItemReferenceUpdateRequest,
    PurchaseOrderListRequest,
    PurchaseOrderListResponse,
    PurchaseOrderWriteResponse,
)
from ..resources._base import Resource, as_list, one_or_many

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_CREATE = CATALOG["purchase.order.create"]
_ADD_ITEM_TO_AWB = CATALOG["purchase.order.item.awb.add"]
_CONFIRM_ITEM = CATALOG["purchase.order.item.confirm"]
_DELETE_ITEM = CATALOG["purchase.order.item.delete"]
_UPDATE_ITEM_PRICE = CATALOG["purchase.order.item.price.update"]
_UPDATE_ITEM_REFERENCE = CATALOG["purchase.order.item.reference.update"]
_LIST = CATALOG["purchase.order.list"]
_CREATE_MIXED = CATALOG["purchase.order.mixed.create"]


class PurchaseOrdersMethods(Resource):
    """The one-call methods of ``session.purchase_orders``, one per catalog entry."""

    __slots__ = ()

    async def create(
        self,
        *,
        ship_date: dt.date,
        vendor_id: int | None = None,
        vendor_code: str | None = None,
        company_location_code: str | None = None,
        carrier_id: int | None = None,
        carrier_code: str | None = None,
        purchase_order_number: str | None = None,
        awb_number: str | None = None,
        items: Iterable[PurchaseOrderItem],
        token_type: TokenType | None = None,
        **options: Unpack[CallOptions],
    ) -> PurchaseOrderCreateResponse:
        """Create purchase orders from prebook lines, or standalone (Komet
        ``purchase.order.create``; Company or Vendor token).

        With a Company token give ``vendor_id`` or ``vendor_code`` (not both). With
        ``token_type="vendor"`` the vendor is the token's owner: Komet ignores both fields
        (sent anyway, with a :class:`~komet_async.VendorIgnoredFieldWarning`) and checks
        that the prebook lines are the vendor's. ``purchase_order_number`` appends the lines
        to that PO. GAP: line fields beyond the product go in each item's ``extra``.

        >>> await session.purchase_orders.create(
        ...     ship_date=dt.date(2026, 2, 9), vendor_id=301,
        ...     items=[PurchaseOrderItem(prebook_item_id=7390005001)])
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CREATE, options)
        request = PurchaseOrderCreateRequest(
            ship_date=ship_date,
            vendor_id=vendor_id,
            vendor_code=vendor_code,
            company_location_code=company_location_code,
            carrier_id=carrier_id,
            carrier_code=carrier_code,
            purchase_order_number=purchase_order_number,
            awb_number=awb_number,
            purchase_order_items=list(items),
        )
        apply_token_rules(_CREATE, request, self._dispatch.token_type, token_type)
        return await self._send(_CREATE, request, options, PurchaseOrderCreateResponse)

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

    async def list(
        self,
        *,
        date: dt.date | None = None,
        future_inventory_available_from: dt.date | None = None,
        future_inventory_available_to: dt.date | None = None,
        vendor: str | None = None,
        vendor_id: int | None = None,
        customer_id: int | None = None,
        customer_po_number: str | None = None,
        product: str | None = None,
        number: str | Iterable[str] | None = None,
        origin: str | None = None,
        prebook: str | None = None,
        awb_id: int | None = None,
        inbound_truck_id: int | None = None,
        location_id: int | None = None,
        status: str | None = None,
        status_line: str | None = None,
        purchase_order_item_ids: Iterable[int] | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[PurchaseOrder]:
        """List purchase orders with their lines (Komet ``purchase.order.list``; Company or
        Vendor token). Give a vendor ship ``date``, one PO ``number`` or several, an
        ``awb_id`` or an ``inbound_truck_id``. ``vendor`` and ``product`` match with LIKE;
        ``status`` is one of "Confirmed by Farm", "Approved", "Pending Approval",
        "Cancelled" (absent: all).
        A line's ``boxes`` exist only once the grower shipped it. "Orders not found." is an
        empty list.

        >>> orders = await session.purchase_orders.list(date=dt.date(2026, 2, 9))
        >>> orders = await session.purchase_orders.list(number=["P002296", "P002297"])
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = PurchaseOrderListRequest(
            date=date,
            future_inventory_available_from=future_inventory_available_from,
            future_inventory_available_to=future_inventory_available_to,
            vendor=vendor,
            vendor_id=vendor_id,
            customer_id=customer_id,
            customer_po_number=customer_po_number,
            product=product,
            number=one_or_many(number),
            origin=origin,
            prebook=prebook,
            awb_id=awb_id,
            inbound_truck_id=inbound_truck_id,
            location_id=location_id,
            status=status,
            status_line=status_line,
            purchase_order_item_ids=as_list(purchase_order_item_ids),
        )
        answer = await self._send(_LIST, request, options, PurchaseOrderListResponse)
        return KometList(answer.purchase_orders, answer.response, answer.extra)

    async def create_mixed(
        self,
        *,
        ship_date: dt.date,
        vendor_id: int | None = None,
        vendor_code: str | None = None,
        company_location_code: str | None = None,
        carrier_id: int | None = None,
        carrier_code: str | None = None,
        purchase_order_number: str | None = None,
        items: Iterable[MixedPurchaseOrderItem],
        token_type: TokenType | None = None,
        **options: Unpack[CallOptions],
    ) -> PurchaseOrderCreateResponse:
        """Create purchase orders with mixed (assorted) boxes, from prebooks in units or
        standalone (Komet ``purchase.order.mixed.create``; Company or Vendor token). Vendor
        rules as in :meth:`create`. Lines whose product is not mapped in the company are not
        added. GAP: breakdowns and quantities go in each item's ``extra``.

        >>> await session.purchase_orders.create_mixed(
        ...     ship_date=dt.date(2026, 2, 9), vendor_code="V01",
        ...     items=[MixedPurchaseOrderItem(product_id=1001, extra={"boxes": 1})])
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CREATE_MIXED, options)
        request = MixedPurchaseOrderCreateRequest(
            ship_date=ship_date,
            vendor_id=vendor_id,
            vendor_code=vendor_code,
            company_location_code=company_location_code,
            carrier_id=carrier_id,
            carrier_code=carrier_code,
            purchase_order_number=purchase_order_number,
            purchase_order_items=list(items),
        )
        apply_token_rules(_CREATE_MIXED, request, self._dispatch.token_type, token_type)
        return await self._send(_CREATE_MIXED, request, options, PurchaseOrderCreateResponse)

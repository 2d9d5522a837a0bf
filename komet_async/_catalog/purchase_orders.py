"""Catalog entries of the purchase-order methods (purchase-orders.md)."""

from __future__ import annotations

from typing import Any

from ..models import purchase_orders as m
from ._method import ApiMethod
from ._shapes import json_write, query_read

# Documented only through third-party code, which treats it as the empty result.
_NOT_FOUND = ("Orders not found.",)

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    json_write(
        "purchase.order.create",
        "purchase_orders",
        "create",
        m.PurchaseOrderCreateRequest,
        m.PurchaseOrderCreateResponse,
        token_types=("company", "vendor"),
        summary="Create purchase orders from prebook lines, or standalone.",
        hand_written=True,
    ),
    json_write(
        "purchase.order.mixed.create",
        "purchase_orders",
        "create_mixed",
        m.MixedPurchaseOrderCreateRequest,
        m.PurchaseOrderCreateResponse,
        token_types=("company", "vendor"),
        summary="Create purchase orders with mixed (assorted) boxes.",
        hand_written=True,
    ),
    query_read(
        "purchase.order.list",
        "purchase_orders",
        "list",
        m.PurchaseOrderListRequest,
        m.PurchaseOrderListResponse,
        token_types=("company", "vendor"),
        not_found=_NOT_FOUND,
        summary="List purchase orders with their lines, by date, number, AWB or truck.",
        hand_written=True,
    ),
    query_read(
        "purchase.order.va.details.list",
        "purchase_orders",
        "list_va_details",
        m.PurchaseOrderVaDetailsListRequest,
        m.PurchaseOrderVaDetailsListResponse,
        not_found=_NOT_FOUND,
        summary="List POs bought from Vendor Availability with the VA items behind each line.",
        # Hand-written: a list longer than its 200 characters is split over several requests.
        hand_written=True,
    ),
    json_write(
        "purchase.order.item.awb.add",
        "purchase_orders",
        "add_item_to_awb",
        m.PurchaseOrderItemAwbAddRequest,
        m.PurchaseOrderItemAwbAddResponse,
        token_types=("company", "vendor"),
        summary="Ship one PO line on an AWB (box codes and lot number optional).",
        doc="""Ship one PO line on an AWB (Komet ``purchase.order.item.awb.add``; Company or
        Vendor token). Box codes are assigned when not given; answers the codes created and,
        when fewer boxes were sent than purchased (the line is split), ``new_po_item_id``.
        ``lot_number`` must avoid Komet's own range (normally 1000-99999).

        >>> shipped = await session.purchase_orders.add_item_to_awb(
        ...     po_item_id=7828, awb="08472-4772-0048", ship_date=dt.date(2016, 7, 22))
        >>> shipped.box_codes
        """,
    ),
    json_write(
        "purchase.order.items.awb.add",
        "purchase_orders",
        "add_items_to_awb",
        m.PurchaseOrderItemsAwbAddRequest,
        m.PurchaseOrderItemsAwbAddResponse,
        token_types=("company", "vendor"),
        summary="Ship many PO lines on AWBs; one result per line.",
        positional=('items',),
        hand_written=True,
    ),
    json_write(
        "purchase.order.item.delete",
        "purchase_orders",
        "delete_item",
        m.PurchaseOrderItemDeleteRequest,
        m.PurchaseOrderWriteResponse,
        token_types=("company", "vendor"),
        summary="Delete a PO line (a Vendor token: only its own lines).",
        doc="""Delete a PO line (Komet ``purchase.order.item.delete``; Company or Vendor token --
        a Vendor token may delete only its own lines).

        >>> await session.purchase_orders.delete_item(po_item_id=265119)
        """,
    ),
    json_write(
        "purchase.order.item.confirm",
        "purchase_orders",
        "confirm_item",
        m.PurchaseOrderItemConfirmRequest,
        m.PurchaseOrderWriteResponse,
        summary="Set how many boxes of a PO line are confirmed.",
        doc="""Set how many boxes of a PO line are confirmed (Komet
        ``purchase.order.item.confirm``; Company token). Lines bought from VA inventory
        through e-commerce cannot be confirmed before the end customer checked out.

        >>> await session.purchase_orders.confirm_item(po_item_id=265119, quantity_confirmed=7)
        """,
    ),
    json_write(
        "purchase.order.item.price.update",
        "purchase_orders",
        "update_item_price",
        m.PurchaseOrderItemPriceUpdateRequest,
        m.PurchaseOrderWriteResponse,
        summary="Change the unit price of a PO line (decimal 10,3).",
        doc="""Change the unit price of a PO line, mainly for future inventory (Komet
        ``purchase.order.item.price.update``; Company token). ``price`` has up to three
        decimals (``decimal:10,3``).

        >>> await session.purchase_orders.update_item_price(
        ...     purchase_order_item_id=85063, price=Decimal("0.4"))
        """,
    ),
    json_write(
        "purchase.order.item.reference.update",
        "purchase_orders",
        "update_item_reference",
        m.PurchaseOrderItemReferenceUpdateRequest,
        m.PurchaseOrderWriteResponse,
        summary="Set the reference number of a PO line.",
        doc="""Set the reference number (at most 20 characters) of a PO line (Komet
        ``purchase.order.item.reference.update``; Company token).

        >>> await session.purchase_orders.update_item_reference(
        ...     purchase_order_item_id=23423, reference="PA034534")
        """,
    ),
)

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
    ),
    json_write(
        "purchase.order.mixed.create",
        "purchase_orders",
        "create_mixed",
        m.MixedPurchaseOrderCreateRequest,
        m.PurchaseOrderCreateResponse,
        token_types=("company", "vendor"),
        summary="Create purchase orders with mixed (assorted) boxes.",
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
    ),
    query_read(
        "purchase.order.va.details.list",
        "purchase_orders",
        "list_va_details",
        m.PurchaseOrderVaDetailsListRequest,
        m.PurchaseOrderVaDetailsListResponse,
        not_found=_NOT_FOUND,
        summary="List POs bought from Vendor Availability with the VA items behind each line.",
    ),
    json_write(
        "purchase.order.item.awb.add",
        "purchase_orders",
        "add_item_to_awb",
        m.PurchaseOrderItemAwbAddRequest,
        m.PurchaseOrderItemAwbAddResponse,
        token_types=("company", "vendor"),
        summary="Ship one PO line on an AWB (box codes and lot number optional).",
    ),
    json_write(
        "purchase.order.items.awb.add",
        "purchase_orders",
        "add_items_to_awb",
        m.PurchaseOrderItemsAwbAddRequest,
        m.PurchaseOrderItemsAwbAddResponse,
        token_types=("company", "vendor"),
        summary="Ship many PO lines on AWBs; one result per line.",
    ),
    json_write(
        "purchase.order.item.delete",
        "purchase_orders",
        "delete_item",
        m.PurchaseOrderItemDeleteRequest,
        m.PurchaseOrderWriteResponse,
        token_types=("company", "vendor"),
        summary="Delete a PO line (a Vendor token: only its own lines).",
    ),
    json_write(
        "purchase.order.item.confirm",
        "purchase_orders",
        "confirm_item",
        m.PurchaseOrderItemConfirmRequest,
        m.PurchaseOrderWriteResponse,
        summary="Set how many boxes of a PO line are confirmed.",
    ),
    json_write(
        "purchase.order.item.price.update",
        "purchase_orders",
        "update_item_price",
        m.PurchaseOrderItemPriceUpdateRequest,
        m.PurchaseOrderWriteResponse,
        summary="Change the unit price of a PO line (decimal 10,3).",
    ),
    json_write(
        "purchase.order.item.reference.update",
        "purchase_orders",
        "update_item_reference",
        m.PurchaseOrderItemReferenceUpdateRequest,
        m.PurchaseOrderWriteResponse,
        summary="Set the reference number of a PO line.",
    ),
)

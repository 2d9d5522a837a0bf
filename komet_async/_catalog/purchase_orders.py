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
        arguments=(("purchase_order_items", "items"),),
        vendor_token_rules=True,
        company_requires_one_of=("vendor_id", "vendor_code"),
        doc="""Create purchase orders from prebook lines, or standalone (Komet
        ``purchase.order.create``; Company or Vendor token).

        With a Company token give ``vendor_id`` or ``vendor_code`` (not both). With
        ``token_type="vendor"`` the vendor is the token's owner: Komet ignores both fields
        (sent anyway, with a :class:`~komet_async.VendorIgnoredFieldWarning`) and checks
        that the prebook lines are the vendor's. ``purchase_order_number`` appends the lines
        to that PO. GAP: line fields beyond the product go in each item's ``extra``.

        >>> await session.purchase_orders.create(
        ...     ship_date=dt.date(2026, 2, 9), vendor_id=301,
        ...     items=[PurchaseOrderItem(prebook_item_id=7390005001)])
        """,
    ),
    json_write(
        "purchase.order.mixed.create",
        "purchase_orders",
        "create_mixed",
        m.MixedPurchaseOrderCreateRequest,
        m.PurchaseOrderCreateResponse,
        token_types=("company", "vendor"),
        summary="Create purchase orders with mixed (assorted) boxes.",
        arguments=(("purchase_order_items", "items"),),
        vendor_token_rules=True,
        company_requires_one_of=("vendor_id", "vendor_code"),
        doc="""Create purchase orders with mixed (assorted) boxes, from prebooks in units or
        standalone (Komet ``purchase.order.mixed.create``; Company or Vendor token). Vendor
        rules as in :meth:`create`. Lines whose product is not mapped in the company are not
        added. GAP: breakdowns and quantities go in each item's ``extra``.

        >>> await session.purchase_orders.create_mixed(
        ...     ship_date=dt.date(2026, 2, 9), vendor_code="V01",
        ...     items=[MixedPurchaseOrderItem(product_id=1001, extra={"boxes": 1})])
        """,
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
        one_or_many=("number",),
        returns="purchase_orders",
        doc="""List purchase orders with their lines (Komet ``purchase.order.list``; Company or
        Vendor token). Give a vendor ship ``date``, one PO ``number`` or several, an
        ``awb_id`` or an ``inbound_truck_id``. ``vendor`` and ``product`` match with LIKE;
        ``status`` is one of "Confirmed by Farm", "Approved", "Pending Approval",
        "Cancelled" (absent: all).
        A line's ``boxes`` exist only once the grower shipped it. "Orders not found." is an
        empty list.

        >>> orders = await session.purchase_orders.list(date=dt.date(2026, 2, 9))
        >>> orders = await session.purchase_orders.list(number=["P002296", "P002297"])
        """,
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

"""purchase.order.* handlers.

Vendor-token rules (purchase-orders.md): ``create``/``mixed.create`` ignore ``vendorId`` and
``vendorCode`` (the vendor is the token's owner) and refuse prebook lines of another vendor;
``item.delete``, ``item.awb.add`` and ``items.awb.add`` act only on the vendor's lines;
``list`` shows only the vendor's POs. ``items.awb.add`` needs ``vendorId`` with a Company
token. The create answers are a documentation GAP: the fake answers the envelope only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import rules
from .._seed_data import box_record
from . import HandlerContext, Reply, handler
from ._filters import exact, like
from ._order_records import (
    BOTH_VENDOR_KEYS,
    NOT_YOUR_LINE,
    VENDOR_REQUIRED,
    Record,
    all_orders,
    as_int,
    find_po_by_number,
    find_po_line,
    find_prebook_line,
    orders_of_day,
    shape_po,
    vendor_of_token,
    vendor_owns,
)

OK = "OK"  # item.delete / item.confirm / item.awb.add samples


def _vendor(ctx: HandlerContext) -> Record | Reply:
    vendor_id = vendor_of_token(ctx)
    if vendor_id is None:
        if ctx.text("vendorId") is not None and ctx.text("vendorCode") is not None:
            return ctx.fail(BOTH_VENDOR_KEYS)
        vendor_id = ctx.text("vendorId")
        if vendor_id is None:
            code = ctx.text("vendorCode") or ""
            found = next((v for v in ctx.state.vendors.values() if exact(code, v["code"])), None)
            if found is None:
                return ctx.fail(rules.RECORD_NOT_FOUND, what="Vendor", key=code)
            return found
    vendor = ctx.state.vendors.get(vendor_id.strip())
    if vendor is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Vendor", key=vendor_id)
    return vendor


def _product(ctx: HandlerContext, item: Mapping[str, Any]) -> Record | None:
    products = ctx.state.products
    product_id = item.get("productId")
    if product_id is not None:
        return products.get(str(product_id).strip())
    code, description = item.get("productCode"), item.get("productDescription")
    for product in products.values():
        if code is not None and exact(str(code), product.get("legacyCode")):
            return product
        if description is not None and exact(str(description), product.get("description")):
            return product
    if description is not None:
        # An unknown product with a description: Komet creates a vendor product alias.
        return {"id": None, "description": str(description)}
    return None


def _line_from(ctx: HandlerContext, item: Mapping[str, Any], vendor: Record) -> Record | Reply:
    extra = {k: v for k, v in item.items() if k not in ("prebookItemId", "productId")}
    prebook_item_id = as_int(item.get("prebookItemId"))
    if prebook_item_id is not None:
        found = find_prebook_line(ctx.state, prebook_item_id)
        if found is None:
            return ctx.fail(rules.RECORD_NOT_FOUND, what="Prebook item", key=prebook_item_id)
        prebook, prebook_line = found
        owner = prebook_line.get("vendorId")
        if vendor_of_token(ctx) is not None and owner is not None and str(owner) != vendor["id"]:
            return ctx.fail(NOT_YOUR_LINE, what="prebook item", key=prebook_item_id)
        return {
            **{k: v for k, v in prebook_line.items() if k != "price"},
            **extra,
            "poItemId": ctx.state.next_id(),
            "prebookItemId": prebook_item_id,
            "prebook": str(prebook["number"]),
            "customerId": prebook["customerId"],
            "customerName": prebook["customerName"],
        }
    product = _product(ctx, item)
    if product is None:
        return ctx.fail(rules.BAD_PARAM, param="purchaseOrderItems.productId")
    return {
        "boxes": 1,
        "unitType": "Bunch",
        **extra,
        "poItemId": ctx.state.next_id(),
        "productId": product["id"],
        "productDescription": product["description"],
    }


def _create(ctx: HandlerContext) -> Reply:
    vendor = _vendor(ctx)
    if isinstance(vendor, Reply):
        return vendor
    ship_date = ctx.date("shipDate")
    assert ship_date is not None  # required: checked by the server
    items = ctx.params.get("purchaseOrderItems")
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        return ctx.fail(rules.BAD_PARAM, param="purchaseOrderItems")
    lines = []
    for item in items:
        line = _line_from(ctx, item, vendor)
        if isinstance(line, Reply):
            return line
        lines.append(line)
    number = ctx.text("purchaseOrderNumber")
    if number is not None:
        order = find_po_by_number(ctx.state, number)
        if order is None or str(order["vendorId"]) != vendor["id"]:
            return ctx.fail(rules.RECORD_NOT_FOUND, what="Purchase order", key=number)
        order["details"].extend(lines)
        return ctx.ok(OK)
    order_id = ctx.state.next_id()
    orders_of_day(ctx.state, ship_date).append(
        {
            "id": order_id,
            "number": f"P{order_id:06d}",  # PO numbers are text (e.g. P002296)
            "origin": vendor.get("portOrigin"),
            "vendorId": vendor["id"],
            "vendorName": vendor["name"],
            "shipDate": ship_date.isoformat(),
            "status": "Pending Approval" if vendor_of_token(ctx) else "Approved",
            "details": lines,
        }
    )
    return ctx.ok(OK)


@handler("purchase.order.create")
def create_purchase_order(ctx: HandlerContext) -> Reply:
    return _create(ctx)


@handler("purchase.order.mixed.create")
def create_mixed_purchase_order(ctx: HandlerContext) -> Reply:
    return _create(ctx)


def _matches(ctx: HandlerContext, order: Record) -> bool:
    exact_filters = {
        "vendorId": ctx.text("vendorId"),
        "status": ctx.text("status"),
        "origin": ctx.text("origin"),
    }
    if any(want is not None and not exact(want, order.get(k)) for k, want in exact_filters.items()):
        return False
    vendor = ctx.text("vendor")
    if vendor is not None and not like(vendor, order.get("vendorName")):
        return False
    numbers = ctx.text("number")
    if numbers is not None and not any(exact(n, order["number"]) for n in numbers.split(",")):
        return False
    lines = order["details"]
    product = ctx.text("product")
    if product is not None and not any(like(product, li.get("productDescription")) for li in lines):
        return False
    prebook = ctx.text("prebook")
    if prebook is not None and not any(exact(prebook, li.get("prebook")) for li in lines):
        return False
    ids = ctx.text("purchaseOrderItemIds")
    if ids is not None and not any(
        exact(i, li["poItemId"]) for i in ids.split(",") for li in lines
    ):
        return False
    awb_id = ctx.text("awbId")
    if awb_id is not None and not any(exact(awb_id, li.get("awbId")) for li in lines):
        return False
    return ctx.text("inboundTruckId") is None  # the fake has no inbound trucks


@handler("purchase.order.list")
def list_purchase_orders(ctx: HandlerContext) -> Reply:
    day = ctx.date("date")
    candidates = orders_of_day(ctx.state, day) if day is not None else list(all_orders(ctx.state))
    vendor_id = vendor_of_token(ctx)
    found = [
        shape_po(order, vendor_id)
        for order in candidates
        if vendor_owns(vendor_id, order) and _matches(ctx, order)
    ]
    return ctx.ok(purchaseOrders=found) if found else ctx.not_found()


def _va_details(line: Record, ship_date: str) -> list[Record]:
    """The Vendor-Availability item behind a line, derived from the line itself."""
    boxes = int(line.get("boxes") or 0)
    return [
        {
            "productDescription": line.get("productDescription"),
            "availableFrom": (dt.date.fromisoformat(ship_date) - dt.timedelta(days=2)).isoformat(),
            "postHarvest": "2 days",
            "unitType": line.get("unitType"),
            "unitsAllocated": boxes * int(line.get("bunches") or 1),
            "downgraded": False,
            "originalProductDescription": "",
        }
    ]


@handler("purchase.order.va.details.list")
def list_va_details(ctx: HandlerContext) -> Reply:
    day = ctx.date("shipDate")
    numbers = [n.strip() for n in (ctx.text("purchaseOrderNumbers") or "").split(",") if n.strip()]
    ids = {as_int(i) for i in (ctx.text("purchaseOrderItemIds") or "").split(",") if i.strip()}
    orders: dict[int, Record] = {}
    for number in numbers:
        order = find_po_by_number(ctx.state, number)
        if order is not None:
            orders[order["id"]] = order
    for line_id in ids:
        found = find_po_line(ctx.state, line_id) if line_id is not None else None
        if found is not None:
            orders.setdefault(found[0]["id"], found[0])
    result = []
    for order in orders.values():
        if day is not None and order["shipDate"] != day.isoformat():
            continue
        lines = [line for line in order["details"] if not ids or line["poItemId"] in ids or numbers]
        result.append(
            {
                "id": order["id"],
                "number": order["number"],
                "shipDate": order["shipDate"],
                "details": [
                    {
                        "poItemId": line["poItemId"],
                        "vendorAvailabilityDetails": _va_details(line, order["shipDate"]),
                    }
                    for line in lines
                ],
            }
        )
    return ctx.ok(purchaseOrders=result) if result else ctx.not_found()


def _ship_line(
    ctx: HandlerContext, item: Mapping[str, Any], vendor_id: str | None
) -> Record | rules.Rule:
    """Put one PO line on an AWB: the result fields, or the failure rule."""
    line_id = as_int(item.get("poItemId"))
    found = find_po_line(ctx.state, line_id) if line_id is not None else None
    if found is None:
        return rules.RECORD_NOT_FOUND
    order, line = found
    if not vendor_owns(vendor_id, order):
        return NOT_YOUR_LINE
    if line.get("productId") is None:
        return rules.BAD_PARAM  # UNKNOWN products are not added (docs)
    purchased = int(line.get("boxes") or 0)
    codes = item.get("boxCodes")
    if not isinstance(codes, list) or not codes:
        codes = [f"KS{ctx.state.next_id()}" for _ in range(max(purchased, 1))]
    codes = [str(c) for c in codes]
    if any(c in ctx.state.boxes for c in codes):
        return rules.BOX_CODE_TAKEN
    awb = str(item.get("awb"))
    awb_id = next((a["awbId"] for a in ctx.state.all_generated_awbs() if a["awb"] == awb), None)
    lot = item.get("lotNumber")
    lot_number = str(lot) if lot not in (None, "") else str(ctx.state.next_id())
    result: Record = {"boxCodes": codes, "lotNumber": lot_number}
    if len(codes) < purchased:
        # Fewer boxes than purchased: the line is split; the new line keeps the rest.
        new_line = {**line, "poItemId": ctx.state.next_id(), "boxes": purchased - len(codes)}
        new_line.pop("shippedBoxes", None)
        order["details"].append(new_line)
        result["newPOItemId"] = new_line["poItemId"]
    line["boxes"] = len(codes)
    line["awb"], line["awbId"] = awb, awb_id
    line["shippedBoxes"] = [
        {
            "boxCode": c,
            "lotNumber": lot_number,
            "position": "",
            "statusId": 1,
            "statusName": "Shipped",
        }
        for c in codes
    ]
    for code in codes:
        ctx.state.boxes[code] = box_record(
            code,
            product_id=str(line.get("productId")),
            box_type_id=str(line.get("boxTypeId")),
            vendor_id=str(order["vendorId"]),
            unit_cost=float(line.get("unitCost") or 0),
            awb_id=awb_id,
        )
    return result


def _rule_reply(ctx: HandlerContext, rule: rules.Rule, line_id: Any) -> Reply:
    return ctx.fail(rule, what="Purchase order item", key=line_id, param="poItemId")


@handler("purchase.order.item.awb.add")
def add_item_to_awb(ctx: HandlerContext) -> Reply:
    result = _ship_line(ctx, ctx.params, vendor_of_token(ctx))
    if isinstance(result, rules.Rule):
        return _rule_reply(ctx, result, ctx.text("poItemId"))
    result.pop("lotNumber")  # the single-line answer documents boxCodes and newPOItemId only
    return ctx.ok(OK, **result)


@handler("purchase.order.items.awb.add")
def add_items_to_awb(ctx: HandlerContext) -> Reply:
    vendor_id = vendor_of_token(ctx)
    if vendor_id is None:
        vendor_id = ctx.text("vendorId")
        if vendor_id is None:
            return ctx.fail(VENDOR_REQUIRED)
    items = ctx.params.get("poItems")
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        return ctx.fail(rules.BAD_PARAM, param="poItems")
    results = []
    for item in items:
        outcome = _ship_line(ctx, item, vendor_id)
        line_id = as_int(item.get("poItemId"))
        if isinstance(outcome, rules.Rule):
            message = outcome.render(what="Purchase order item", key=line_id, param="poItemId")
            results.append({"poItemId": line_id, "status": ctx.status_value(0), "message": message})
        else:
            results.append(
                {
                    "poItemId": line_id,
                    "status": ctx.status_value(1),
                    "message": OK,
                    "boxCodes": outcome["boxCodes"],
                    "lotNumber": outcome["lotNumber"],
                }
            )
    return ctx.ok(OK, purchaseOrderItemDetailsAWBAddAPIResultList=results)


def _line_or_fail(ctx: HandlerContext, key: str) -> tuple[Record, Record] | Reply:
    line_id = as_int(ctx.params.get(key))
    found = find_po_line(ctx.state, line_id) if line_id is not None else None
    if found is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Purchase order item", key=ctx.text(key))
    if not vendor_owns(vendor_of_token(ctx), found[0]):
        return ctx.fail(NOT_YOUR_LINE, what="purchase order item", key=line_id)
    return found


@handler("purchase.order.item.delete")
def delete_item(ctx: HandlerContext) -> Reply:
    found = _line_or_fail(ctx, "poItemId")
    if isinstance(found, Reply):
        return found
    order, line = found
    order["details"].remove(line)
    return ctx.ok(OK)


@handler("purchase.order.item.confirm")
def confirm_item(ctx: HandlerContext) -> Reply:
    found = _line_or_fail(ctx, "poItemId")
    if isinstance(found, Reply):
        return found
    _, line = found
    quantity = as_int(ctx.params.get("quantityConfirmed"))
    if quantity is None or quantity < 0:
        return ctx.fail(rules.BAD_PARAM, param="quantityConfirmed")
    line["quantityConfirmed"] = quantity
    boxes = int(line.get("boxes") or 0)
    line["lineItemStatus"] = "Confirmed" if quantity >= boxes else "Partial Confirmed"
    return ctx.ok(OK)


@handler("purchase.order.item.price.update")
def update_item_price(ctx: HandlerContext) -> Reply:
    found = _line_or_fail(ctx, "purchaseOrderItemId")
    if isinstance(found, Reply):
        return found
    try:
        price = float(str(ctx.params.get("price")))
    except ValueError:
        return ctx.fail(rules.BAD_PARAM, param="price")
    # The PO line's price is what the company pays: purchase.order.list shows it as unitCost.
    found[1]["unitCost"] = price
    return ctx.ok("ok")  # sample: lower-case


@handler("purchase.order.item.reference.update")
def update_item_reference(ctx: HandlerContext) -> Reply:
    found = _line_or_fail(ctx, "purchaseOrderItemId")
    if isinstance(found, Reply):
        return found
    found[1]["referenceNumber"] = ctx.text("reference")
    return ctx.ok("success")

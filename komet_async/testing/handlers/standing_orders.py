"""standing.order.list and v2/standing-order POST / PUT, v2/standing-order/item DELETE
(more-methods.md, "Standing orders").

Much is a GAP in the docs, so these are the fake's choices, kept plain:

* ``standing.order.list`` lists an order when its start..end dates overlap
  ``dateFrom``..``dateTo`` (the page does not say which dates the range compares); status
  defaults to Active; it answers the nine documented fields only.
* POST answers ``standingOrderId`` (the PUT/DELETE pages say the ids come from it) and the
  items with their ``standingOrderItemId`` as ``items`` (where the item ids sit is not
  documented). A Customer token bound to a customer may only name that customer.
* PUT changes the order's fields (``standingOrderItemId`` must be one of its items;
  its ``items`` are added to the order);
  DELETE removes one item and answers the page's sample message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import rules
from .._seed_pricing import public
from . import HandlerContext, ParamError, Reply, handler
from ._filters import Record, exact, like

CREATED = "OK"  # the answer is a GAP: the fake's choice
UPDATED = "OK"  # the answer is a GAP: the fake's choice
ITEM_DELETED = "Standing Order Item was deleted successfully."  # DELETE sample
FIELDS = (
    "customerPO",
    "companyLocationId",
    "companyLocationCode",
    "comments",
    "invoiceNotes",
    "shipViaId",
    "shipToId",
)


def _find(records: Mapping[str, Record], key: str, value: str | None) -> Record | None:
    if value is None:
        return None
    return next((r for r in records.values() if exact(value, r.get(key))), None)


def _customer(ctx: HandlerContext) -> Record:
    customer_id = ctx.text("customerId")
    if customer_id is not None:
        customer = ctx.state.customers.get(customer_id.strip())
    else:
        customer = _find(ctx.state.customers, "code", ctx.text("customerCode"))
    if customer is None:
        key = customer_id or ctx.text("customerCode")
        raise ParamError(rules.RECORD_NOT_FOUND, what="Customer", key=key)
    token = ctx.token
    own = token.customer_id if token is not None and token.kind == "customer" else None
    if own is not None and own != customer["id"]:
        raise ParamError(rules.BAD_PARAM, param="customerId")
    return customer


def _carrier(ctx: HandlerContext) -> Record:
    carrier_id = ctx.text("carrierId")
    if carrier_id is not None:
        carrier = ctx.state.carriers.get(carrier_id.strip())
    else:
        carrier = _find(ctx.state.carriers, "code", ctx.text("carrierCode"))
    if carrier is None:
        key = carrier_id or ctx.text("carrierCode")
        raise ParamError(rules.RECORD_NOT_FOUND, what="Carrier", key=key)
    return carrier


def _recurrence(ctx: HandlerContext) -> int:
    text = ctx.text("recurrence") or ""
    if not text.strip().isdigit() or not 1 <= int(text) <= 4:
        raise ParamError(rules.BAD_PARAM, param="recurrence")
    return int(text)


def _items(ctx: HandlerContext) -> list[Record]:
    items = ctx.params.get("items") or []
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        raise ParamError(rules.BAD_PARAM, param="items")
    return [{**item, "standingOrderItemId": ctx.state.next_id()} for item in items]


def _fill(ctx: HandlerContext, order: Record) -> None:
    """The order's fields from the request (POST and PUT take the same ones)."""
    customer, carrier = _customer(ctx), _carrier(ctx)
    start = ctx.date("startDate")
    assert start is not None  # required: checked by the server
    end = ctx.date("endDate")
    order.update(
        customerName=customer["name"],
        carrierName=carrier["name"],
        recurrence=_recurrence(ctx),
        days=ctx.text("truckDays"),
        startDate=start.isoformat(),
        endDate=end.isoformat() if end is not None else None,
        _customerId=int(customer["id"]),
        _customerCode=customer["code"],
        _carrierId=carrier["id"],
    )
    for name in FIELDS:
        if name in ctx.params:
            order["_" + name] = ctx.params[name]


@handler("standing.order.list")
def list_standing_orders(ctx: HandlerContext) -> Reply:
    first, last = ctx.date("dateFrom"), ctx.date("dateTo")
    assert first is not None and last is not None  # required: checked by the server
    status = (ctx.text("status") or "Active").strip().casefold()
    if status not in ("all", "active", "cancelled"):
        return ctx.fail(rules.BAD_PARAM, param="status")
    customer, customer_id = ctx.text("customer"), ctx.text("customerId")
    number, location_id = ctx.text("number"), ctx.text("locationId")
    found = []
    for order in ctx.state.standing_orders.values():
        start = dt.date.fromisoformat(order["startDate"])
        end = dt.date.fromisoformat(order["endDate"]) if order["endDate"] else None
        if start > last or (end is not None and end < first):
            continue
        if status != "all" and order["_status"].casefold() != status:
            continue
        if customer is not None and not (
            like(customer, order["customerName"]) or like(customer, order["_customerCode"])
        ):
            continue
        if customer_id is not None and not exact(customer_id, order["_customerId"]):
            continue
        if number is not None and not exact(number, order["number"]):
            continue
        if location_id is not None and not exact(location_id, order["_locationId"]):
            continue
        found.append(public(order))
    return ctx.ok("OK", standingOrders=found) if found else ctx.not_found()


@handler("v2/standing-order [POST]")
def create_standing_order(ctx: HandlerContext) -> Reply:
    order_id = ctx.state.next_id()
    order: Record = {
        "id": order_id,
        "number": str(order_id),
        "priceList": None,
        "_locationId": 1,
        "_status": "Active",
    }
    _fill(ctx, order)
    order["_items"] = _items(ctx)
    ctx.state.standing_orders[str(order_id)] = order
    return ctx.ok(CREATED, standingOrderId=order_id, items=order["_items"])


def _order_and_item(ctx: HandlerContext, order_key: str) -> tuple[Record, Record]:
    order_id = ctx.text(order_key)
    order = ctx.state.standing_orders.get((order_id or "").strip())
    if order is None:
        raise ParamError(rules.RECORD_NOT_FOUND, what="Standing order", key=order_id)
    item_id = ctx.text("standingOrderItemId")
    item = next(
        (i for i in order["_items"] if exact(item_id or "", i["standingOrderItemId"])), None
    )
    if item is None:
        raise ParamError(rules.RECORD_NOT_FOUND, what="Standing order item", key=item_id)
    return order, item


@handler("v2/standing-order [PUT]")
def update_standing_order(ctx: HandlerContext) -> Reply:
    order, _ = _order_and_item(ctx, "standingOrderID")  # capital ID, as the page spells it
    _fill(ctx, order)
    added: list[Any] = _items(ctx)
    order["_items"].extend(added)
    return ctx.ok(UPDATED)


@handler("v2/standing-order/item [DELETE]")
def delete_standing_order_item(ctx: HandlerContext) -> Reply:
    order, item = _order_and_item(ctx, "standingOrderId")
    order["_items"].remove(item)
    return ctx.ok(ITEM_DELETED)

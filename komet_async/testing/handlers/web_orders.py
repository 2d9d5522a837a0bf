"""Web orders (the e-commerce shopping cart): web-order.create, web-order-item.add,
web-order-details.list, web-order.checkout, web-order.delete.

What the pages say, and what the fake does with it:

* ``web-order.create`` makes a pending web order (statusId 1) and answers its
  ``webOrderId`` with the documented message.
* ``web-order-item.add`` adds the line to ``webOrderId`` when given (it must be a pending
  order of the customer), otherwise to a pending order of the customer with identical
  information (read as: the same ``companyLocationId``), creating one when none exists.
* ``web-order-details.list`` answers the order with its totals and items; without
  ``statusId`` only a pending order, with it only an order of that status.
* ``web-order.checkout`` checks out (statusId 2) a *pending* order ("Checks out a pending
  web order"); any other is refused.
* ``web-order.delete`` cancels the order: the fake removes it (pending or checked out).

Where the pages are silent the fake stays minimal and says so: the answer of
``web-order-item.add`` is a GAP, so it answers only status and message; item fields after
``webOrderItemId`` are a GAP, so an item echoes the fields its request sent, under the same
names; the fake has no taxes or additional charges, so ``additionalCharges`` is 0 and
``total`` equals ``subtotal``, which is the sum of ``price`` x ``quantity`` (how Komet
prices a line is not documented). The prebook items and purchase orders ``web-order.delete``
touches in Komet are not modelled, nor inventory or carrier checks on added lines. A
Customer token may only act for its own customer; a User token for any.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from .. import rules
from . import HandlerContext, Reply, handler
from ._filters import Record

if TYPE_CHECKING:
    from .._state import FakeState

PENDING, CHECKED_OUT = 1, 2
CREATED = "Web order was successfully created."  # web-order.create sample
CHECKED_OUT_MESSAGE = "The Web Order was successfully checked out."  # web-order.checkout sample
CANCELED = "The Web Order was successfully canceled."  # web-order.delete sample

# The request fields an added item keeps (the documented parameters of web-order-item.add
# that describe the line, not the order).
ITEM_FIELDS = (
    "inventoryIds",
    "inventoryOrigin",
    "reservedInventory",
    "fedExInfoSameAsCustomer",
    "productCode",
    "companyProductId",
    "boxTypeCode",
    "price",
    "quantity",
    "carrierId",
    "date",
    "shipToId",
    "markCode",
)


@dataclass
class WebOrders:
    """The fake company's web orders by id, and the next order number."""

    orders: dict[int, Record] = field(default_factory=dict)
    next_number: int = 1


_WEB_ORDERS: weakref.WeakKeyDictionary[FakeState, WebOrders] = weakref.WeakKeyDictionary()


def web_orders_of(state: FakeState) -> WebOrders:
    """The web orders of ``state`` (none until one is created; ``reset()`` starts over)."""
    found = _WEB_ORDERS.get(state)
    if found is None:
        found = _WEB_ORDERS[state] = WebOrders()
    return found


def _customer_error(ctx: HandlerContext) -> Reply | None:
    customer_id = (ctx.text("customerId") or "").strip()
    if customer_id not in ctx.state.customers:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Customer", key=customer_id)
    token = ctx.token
    own = token.customer_id if token is not None and token.kind == "customer" else None
    if own is not None and own != customer_id:
        return ctx.fail(rules.BAD_PARAM, param="customerId")
    return None


def _order_of(ctx: HandlerContext) -> Record | Reply:
    """The web order named by ``webOrderId``, if it is the customer's."""
    key = (ctx.text("webOrderId") or "").strip()
    order = web_orders_of(ctx.state).orders.get(int(key)) if key.isdigit() else None
    if order is None or str(order["customerId"]) != (ctx.text("customerId") or "").strip():
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Web order", key=key)
    return order


def _location(ctx: HandlerContext) -> int | None:
    text = ctx.text("companyLocationId")
    return int(text) if text is not None and text.strip().isdigit() else None


def _money(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return Decimal(0)


def _answer(order: Record) -> Record:
    """The documented fields of one web order, totals computed from its items."""
    subtotal = sum(
        (_money(item.get("price")) * _money(item.get("quantity")) for item in order["items"]),
        Decimal(0),
    )
    return {
        "id": order["id"],
        "number": order["number"],
        "statusId": order["statusId"],
        "companyLocationId": order["companyLocationId"],
        "customerId": order["customerId"],
        "subtotal": float(subtotal),
        "additionalCharges": 0,
        "total": float(subtotal),
        "items": [{"id": str(row), **item} for row, item in enumerate(order["items"], 1)],
    }


def _new_order(ctx: HandlerContext) -> Record:
    book = web_orders_of(ctx.state)
    order: Record = {
        "id": ctx.state.next_id(),
        "number": book.next_number,
        "statusId": PENDING,
        "companyLocationId": _location(ctx),
        "customerId": int((ctx.text("customerId") or "0").strip()),
        "companyId": ctx.text("companyId"),
        "items": [],
    }
    book.next_number += 1
    book.orders[order["id"]] = order
    return order


@handler("web-order.create")
def create(ctx: HandlerContext) -> Reply:
    failure = _customer_error(ctx)
    if failure is not None:
        return failure
    order = _new_order(ctx)
    return ctx.ok(CREATED, webOrderId=str(order["id"]))


@handler("web-order-item.add")
def add_item(ctx: HandlerContext) -> Reply:
    failure = _customer_error(ctx)
    if failure is not None:
        return failure
    if ctx.text("webOrderId") is not None:
        found = _order_of(ctx)
        if isinstance(found, Reply):
            return found
        if found["statusId"] != PENDING:
            return ctx.fail(rules.BAD_PARAM, param="webOrderId")
        order = found
    else:
        customer_id = int((ctx.text("customerId") or "0").strip())
        location = _location(ctx)
        pending = [
            o
            for o in web_orders_of(ctx.state).orders.values()
            if o["statusId"] == PENDING
            and o["customerId"] == customer_id
            and o["companyLocationId"] == location
        ]
        order = pending[0] if pending else _new_order(ctx)
    item: Record = {"webOrderItemId": ctx.state.next_id()}
    item.update({name: ctx.params[name] for name in ITEM_FIELDS if name in ctx.params})
    order["items"].append(item)
    return ctx.ok()


@handler("web-order-details.list")
def list_details(ctx: HandlerContext) -> Reply:
    failure = _customer_error(ctx)
    if failure is not None:
        return failure
    found = _order_of(ctx)
    if isinstance(found, Reply):
        return ctx.not_found()
    status = (ctx.text("statusId") or str(PENDING)).strip()
    if str(found["statusId"]) != status:
        return ctx.not_found()
    return ctx.ok(webOrders=[_answer(found)])


@handler("web-order.checkout")
def checkout(ctx: HandlerContext) -> Reply:
    failure = _customer_error(ctx)
    if failure is not None:
        return failure
    found = _order_of(ctx)
    if isinstance(found, Reply):
        return found
    if found["statusId"] != PENDING:
        return ctx.fail(rules.BAD_PARAM, param="webOrderId")
    found["statusId"] = CHECKED_OUT
    found["customerPo"] = ctx.text("customerPo")  # kept, not answered: no page shows it
    return ctx.ok(CHECKED_OUT_MESSAGE, webOrderId=str(found["id"]))


@handler("web-order.delete")
def delete(ctx: HandlerContext) -> Reply:
    failure = _customer_error(ctx)
    if failure is not None:
        return failure
    found = _order_of(ctx)
    if isinstance(found, Reply):
        return found
    del web_orders_of(ctx.state).orders[found["id"]]
    return ctx.ok(CANCELED, webOrderId=str(found["id"]))

"""E-commerce inventory: ecommerce/inventory.list, .get, inventory-available-dates.list.

The docs are cut off before the item arrays of ``ecommerce/inventory.list`` and
``ecommerce/inventory.get`` (GAP), so the key (``inventoryItems``, as in every other
inventory list) and the item fields below are the fake's choice. The store shows Open Market
lines (origin 1) and purchase-order lines (origin 2, Future Sales); nothing of origins 3/4.
A Customer token may only ask for its own customer.
"""

from __future__ import annotations

import datetime as dt

from .. import rules
from .._state_inventory import CATEGORY_IDS
from . import HandlerContext, ParamError, Reply, handler
from ._filters import Record, exact, like
from .inventory import (
    future_lines,
    id_list_param,
    int_param,
    lines_of_types,
    open_market_item,
)

OPEN_MARKET, FUTURE_SALES = 1, 2
DEFAULT_ROWS = 30  # "empty page -> first page of 30 records" (APIDocs 3342219)
SEARCH_DAYS = 60  # "if empty the search covers today to two months ahead"
OPEN_MARKET_DAYS = 10  # how long an Open Market line stays on sale (the fake's choice)


def _customer_error(ctx: HandlerContext) -> Reply | None:
    customer_id = ctx.text("customerId") or ""
    if customer_id not in ctx.state.customers:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Customer", key=customer_id)
    token = ctx.token
    own = token.customer_id if token is not None and token.kind == "customer" else None
    if own is not None and own != customer_id:
        return ctx.fail(rules.BAD_PARAM, param="customerId")
    return None


def _carrier_id(ctx: HandlerContext) -> int | None:
    for carrier in ctx.state.carriers.values():
        if str(carrier.get("active")) == "1":
            return int(carrier["id"])
    return None


def _row(ctx: HandlerContext, origin: int, line_id: object, fields: Record, day: str) -> Record:
    product = ctx.state.products.get(str(fields.get("companyProductId")), {})
    return {
        "inventoryLineIds": str(line_id),
        "inventoryOrigin": origin,
        "productId": fields.get("companyProductId"),
        "productDescription": fields.get("productDescription"),
        "category": product.get("category"),
        "categoryId": CATEGORY_IDS.get(str(product.get("category"))),
        "color": product.get("color"),
        "grade": fields.get("grade"),
        "boxTypeCode": fields.get("boxTypeCode"),
        "quantity": fields.get("quantity"),
        "unitType": fields.get("unitType"),
        "bunches": fields.get("bunches"),
        "price": fields.get("price"),
        "availableDate": day,
        "carrierId": _carrier_id(ctx),
    }


def _open_market_rows(ctx: HandlerContext, customer_id: str, reserved: bool) -> list[Record]:
    """Open Market lines: reserved ones belong to ``customer_id``, the rest to nobody."""
    rows = []
    for line in lines_of_types(ctx, "M"):
        if (line["customerId"] == customer_id) if reserved else (line["customerId"] is None):
            item = open_market_item(ctx, line)
            rows.append(_row(ctx, OPEN_MARKET, line["id"], item, ctx.today().isoformat()))
    return rows


def _rows(ctx: HandlerContext) -> list[Record]:
    customer_id = ctx.text("customerId") or ""
    rows = _open_market_rows(ctx, customer_id, bool(ctx.flag("reservedInventory")))
    day = ctx.date("availableDate")
    today = ctx.today()
    first, last = (day, day) if day else (today, today + dt.timedelta(SEARCH_DAYS))
    for ship_day, item in future_lines(ctx, first, last):
        rows.append(_row(ctx, FUTURE_SALES, item["inventoryId"], item, ship_day.isoformat()))
    search, color = ctx.text("searchText"), ctx.text("color")
    category = int_param(ctx, "categoryId")
    return [
        row
        for row in rows
        if (search is None or like(search, row["productDescription"]))
        and (color is None or exact(color, row["color"]))
        and (category is None or category == row["categoryId"])
    ]


@handler("ecommerce/inventory.list")
def list_ecommerce(ctx: HandlerContext) -> Reply:
    """One page (``page`` from 1, ``rows`` per page, default 30) and the ``total``."""
    failure = _customer_error(ctx)
    if failure is not None:
        return failure
    page, rows = int_param(ctx, "page") or 1, int_param(ctx, "rows") or DEFAULT_ROWS
    if page < 1 or rows < 1:
        return ctx.fail(rules.BAD_PARAM, param="page" if page < 1 else "rows")
    found = sorted(_rows(ctx), key=lambda r: (r["inventoryOrigin"], int(r["inventoryLineIds"])))
    if not found:
        return ctx.not_found()
    start = (page - 1) * rows
    return ctx.ok(total=len(found), inventoryItems=found[start : start + rows])


def _find(ctx: HandlerContext) -> list[Record]:
    """The store rows named by ``inventoryLineIds`` of ``inventoryOrigin``, in that order."""
    wanted = id_list_param(ctx, "inventoryLineIds")
    origin = int_param(ctx, "inventoryOrigin")
    if origin not in (1, 2, 3, 4):
        raise ParamError(rules.BAD_PARAM, param="inventoryOrigin")
    by_id: dict[int, Record] = {}
    if origin == OPEN_MARKET:
        customer_id = ctx.text("customerId") or ""
        for reserved in (False, True):
            for row in _open_market_rows(ctx, customer_id, reserved):
                by_id[int(row["inventoryLineIds"])] = row
    elif origin == FUTURE_SALES:
        for line_id in wanted:
            day = _po_item_day(line_id)
            if day is not None:
                for ship_day, item in future_lines(ctx, day, day):
                    row = _row(ctx, FUTURE_SALES, item["inventoryId"], item, ship_day.isoformat())
                    by_id[int(row["inventoryLineIds"])] = row
    return [by_id[line_id] for line_id in wanted if line_id in by_id]


def _po_item_day(item_id: int) -> dt.date | None:
    """Seeded purchase-order item ids encode their ship day (see ``_seed_days``)."""
    try:
        return dt.date.fromordinal(item_id // 10_000)
    except (ValueError, OverflowError):
        return None


@handler("ecommerce/inventory.get")
def get_ecommerce(ctx: HandlerContext) -> Reply:
    failure = _customer_error(ctx)
    if failure is not None:
        return failure
    found = _find(ctx)
    if not found:
        return ctx.not_found()
    date = ctx.date("date")
    items = [{**row, "date": date.isoformat() if date else None} for row in found]
    return ctx.ok(inventoryItems=items)


@handler("ecommerce/inventory-available-dates.list")
def list_available_dates(ctx: HandlerContext) -> Reply:
    """From the first line's date (today for Open Market) for ``OPEN_MARKET_DAYS``, or
    the purchase-order line's ship day for a week."""
    failure = _customer_error(ctx)
    if failure is not None:
        return failure
    found = _find(ctx)
    if not found:
        return ctx.not_found()
    first = dt.date.fromisoformat(found[0]["availableDate"])
    span = OPEN_MARKET_DAYS if found[0]["inventoryOrigin"] == OPEN_MARKET else 7
    days = [first + dt.timedelta(days=n) for n in range(span + 1)]
    return ctx.ok(
        availableDateFrom=days[0].isoformat(),
        availableDateTo=days[-1].isoformat(),
        availableDates=[day.isoformat() for day in days],
    )

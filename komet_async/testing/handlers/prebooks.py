"""prebook.* and multiple.prebooks.create.

Vendor-token rules (prebooks.md): ``prebook.create`` ignores ``price``, ``vendorId``,
``vendorCode`` and ``vendorName`` (the lines become the vendor's, without a sales price);
``prebook.item.delete`` sets the vendor's line quantity to 0 instead of deleting it;
``prebook.details.list`` shows only the vendor's lines with a vendor and a cost, from
yesterday on, without sales prices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .. import rules
from .._state import FakeState
from .._state_customers import SHIP_ADDRESS_KEYS, accounts_of, ship_address
from .._vendor_availability import find_item
from . import HandlerContext, Reply, handler
from ._filters import exact, like
from ._order_records import (
    NOT_YOUR_LINE,
    Record,
    as_int,
    find_prebook,
    orders_of_day,
    prebook_day_list,
    vendor_of_token,
)

SUCCESS = "success"  # prebook.update / prebook.item.delete / prebook.future.item.add samples
DELETED = "The prebook was successfully deleted "  # sample, trailing space included
VA_ADDED = "Item was successfully added to the order Item was successfully added."  # sample


def _find_by(records: Mapping[str, Record], key: str, value: str | None) -> Record | None:
    if value is None:
        return None
    return next((r for r in records.values() if exact(value, r.get(key))), None)


def _customer(ctx: HandlerContext) -> Record | None:
    customer_id = ctx.text("customerId")
    if customer_id is not None:
        return ctx.state.customers.get(customer_id.strip())
    return _find_by(ctx.state.customers, "code", ctx.text("customerCode"))


def _carrier(state: FakeState, carrier_id: str | None, code: str | None) -> Record | None:
    if carrier_id is not None:
        return state.carriers.get(carrier_id.strip())
    return _find_by(state.carriers, "code", code)


def _new_line(ctx: HandlerContext, item: Mapping[str, Any], vendor_id: str | None) -> Record:
    """A prebook line from a request item; a Vendor token's ignored fields are dropped."""
    state = ctx.state
    product = state.products.get(str(item.get("productId", "")).strip()) or {}
    box_type = state.box_types.get(str(item.get("boxTypeId", "")).strip()) or {}
    line: Record = {
        "prebookItemId": state.next_id(),
        "vendorId": vendor_id if vendor_id is not None else _text(item.get("vendorId")),
        "productId": product.get("id", _text(item.get("productId"))),
        "productDescription": product.get("description"),
        "boxTypeId": box_type.get("id"),
        "boxTypeCode": box_type.get("code"),
        "boxes": as_int(item.get("boxes")) or 0,
        "unitType": item.get("unitType", "Bunch"),
        "stemsBunch": as_int(item.get("stemsBunch")) or 0,
        "bunches": as_int(item.get("bunches")) or 0,
        "price": None if vendor_id is not None else item.get("price"),
        "unitCost": item.get("cost"),
        "markCode": item.get("markCode", ""),
        "notes": item.get("notes", ""),
    }
    if isinstance(item.get("breakdowns"), list):
        line["breakdowns"] = [
            _breakdown(state, b, hide_price=vendor_id is not None)
            for b in item["breakdowns"]
            if isinstance(b, Mapping)
        ]
    return line


def _breakdown(state: FakeState, given: Mapping[str, Any], *, hide_price: bool) -> Record:
    """A line's breakdown as prebook.details.list answers it: the columns integrations
    read (third-party.md: productId, productDescription, stemsBunch, bunches, price -- the
    price as text, the form they store it in)."""
    product = state.products.get(str(given.get("productId", "")).strip()) or {}
    price = given.get("price")
    shaped: Record = {
        "productId": product.get("id", _text(given.get("productId"))),
        "productDescription": product.get("description"),
        "stemsBunch": as_int(given.get("stemsBunch")),
        "bunches": as_int(given.get("bunches")),
    }
    if not hide_price and price is not None:
        shaped["price"] = f"{float(price):,.2f}"
    return shaped


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _auto_purchase_orders(ctx: HandlerContext, prebook: Record, lines: list[Record]) -> None:
    """``autoGeneratePOsfromPrebooks``: one Approved PO per vendor for the new lines."""
    by_vendor: dict[str, list[Record]] = {}
    for line in lines:
        if line.get("vendorId") is not None:
            by_vendor.setdefault(str(line["vendorId"]), []).append(line)
    day = dt.date.fromisoformat(prebook["shipDate"])
    for vendor_id, vendor_lines in by_vendor.items():
        vendor = ctx.state.vendors.get(vendor_id, {})
        order_id = ctx.state.next_id()
        orders_of_day(ctx.state, day).append(
            {
                "id": order_id,
                "number": f"P{order_id:06d}",
                "origin": vendor.get("portOrigin"),
                "vendorId": vendor_id,
                "vendorName": vendor.get("name"),
                "shipDate": prebook["shipDate"],
                "status": "Approved",
                "details": [
                    {
                        **line,
                        "poItemId": ctx.state.next_id(),
                        "prebook": str(prebook["number"]),
                        "customerId": prebook["customerId"],
                        "customerName": prebook["customerName"],
                    }
                    for line in vendor_lines
                ],
            }
        )


@handler("prebook.create")
def create_prebook(ctx: HandlerContext) -> Reply:
    customer = _customer(ctx)
    if customer is None:
        key = ctx.text("customerId") or ctx.text("customerCode")
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Customer", key=key)
    carrier = _carrier(ctx.state, ctx.text("carrierId"), ctx.text("carrierCode"))
    if carrier is None:
        key = ctx.text("carrierId") or ctx.text("carrierCode")
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Carrier", key=key)
    ship_to = None
    if ctx.text("shipToId") is not None:  # a ship-to of this customer (customer.shipto.*)
        ship_to = accounts_of(ctx.state).ship_to_of(customer["id"], ctx.text("shipToId"))
        if ship_to is None:
            return ctx.fail(rules.RECORD_NOT_FOUND, what="Ship to", key=ctx.text("shipToId"))
    ship_date = ctx.date("shipDate")
    assert ship_date is not None  # required: checked by the server
    items = ctx.params.get("prebookItems") or []
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        return ctx.fail(rules.BAD_PARAM, param="prebookItems")
    vendor_id = vendor_of_token(ctx)
    lines = [_new_line(ctx, item, vendor_id) for item in items]
    day_list: list[Record] = ctx.state.prebooks.get(ship_date)
    prebook = None
    if ctx.flag("useExisting"):
        prebook = next(
            (
                p
                for p in day_list
                if str(p["customerId"]) == str(customer["id"])
                and str(p["carrierId"]) == str(carrier["id"])
                and p.get("customerPO") == ctx.text("customerPO")
            ),
            None,
        )
    if prebook is None:
        prebook_id = ctx.state.next_id()
        prebook = {
            "id": prebook_id,
            "number": prebook_id,
            "shipDate": ship_date.isoformat(),
            "customerId": customer["id"],
            "customerName": customer["name"],
            "customerCode": customer.get("code"),
            "carrierId": carrier["id"],
            "carrierName": carrier["name"],
            "customerPO": ctx.text("customerPO"),
            "comments": ctx.text("comments") or "",
            "shipViaId": as_int(ctx.params.get("shipViaId")),
            # prebook.create takes no status: a new prebook is Approved (an ASSUMPTION,
            # the docs do not say; Approved is what integrations import).
            "status": "Approved",
            "items": [],
        }
        if ship_to is not None:
            prebook.update(shipToId=ship_to["id"], **ship_address(ship_to))
        day_list.append(prebook)
    prebook["items"].extend(lines)
    if ctx.flag("autoGeneratePOsfromPrebooks"):
        _auto_purchase_orders(ctx, prebook, lines)
    return ctx.ok(SUCCESS, prebookId=prebook["id"])


@handler("multiple.prebooks.create")
def create_many_prebooks(ctx: HandlerContext) -> Reply:
    """One prebook per (carrier, ship date) of the lines, for a customer found by code or
    created from the inline description."""
    code = ctx.text("customerCode") or ""
    customer = _find_by(ctx.state.customers, "code", code)
    if customer is None:
        customer_id = str(ctx.state.next_id())
        customer = {
            "id": customer_id,
            "code": code,
            "name": ctx.text("customerName"),
            "active": "1",
        }
        ctx.state.customers[customer_id] = customer
    items = ctx.params.get("prebookItems")
    if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
        return ctx.fail(rules.BAD_PARAM, param="prebookItems")
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for item in items:
        groups.setdefault((str(item["carrierCode"]), str(item["shipDate"])), []).append(item)
    created = []
    for (carrier_code, ship_date), group in groups.items():
        carrier = _carrier(ctx.state, None, carrier_code)
        if carrier is None:
            return ctx.fail(rules.RECORD_NOT_FOUND, what="Carrier", key=carrier_code)
        try:
            day = dt.date.fromisoformat(ship_date)
        except ValueError:
            return ctx.fail(rules.BAD_DATE, param="prebookItems.shipDate")
        prebook_id = ctx.state.next_id()
        prebook: Record = {
            "id": prebook_id,
            "number": prebook_id,
            "shipDate": day.isoformat(),
            "customerId": customer["id"],
            "customerName": customer["name"],
            "customerCode": customer.get("code"),
            "carrierId": carrier["id"],
            "carrierName": carrier["name"],
            "customerPO": ctx.text("customerPO"),
            "comments": "",
            "items": [_new_line(ctx, item, None) for item in group],
        }
        ctx.state.prebooks.get(day).append(prebook)
        created.append(prebook)
    if ctx.flag("autoGeneratePOsfromPrebooks"):
        for prebook in created:
            _auto_purchase_orders(ctx, prebook, prebook["items"])
    return ctx.ok(SUCCESS)


def _prebook_or_fail(ctx: HandlerContext) -> Record | Reply:
    prebook_id = as_int(ctx.params.get("prebookId"))
    prebook = find_prebook(ctx.state, prebook_id) if prebook_id is not None else None
    if prebook is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Prebook", key=ctx.text("prebookId"))
    return prebook


@handler("prebook.update")
def update_prebook(ctx: HandlerContext) -> Reply:
    prebook = _prebook_or_fail(ctx)
    if isinstance(prebook, Reply):
        return prebook
    if ctx.text("carrierId") is not None:
        carrier = _carrier(ctx.state, ctx.text("carrierId"), None)
        if carrier is None:
            return ctx.fail(rules.RECORD_NOT_FOUND, what="Carrier", key=ctx.text("carrierId"))
        prebook["carrierId"], prebook["carrierName"] = carrier["id"], carrier["name"]
    for key in ("customerPO", "comments"):
        if ctx.text(key) is not None:
            prebook[key] = ctx.text(key)
    if ctx.text("shipViaId") is not None:
        prebook["shipViaId"] = as_int(ctx.params["shipViaId"])
    new_date = ctx.date("shipDate")
    if new_date is not None and new_date.isoformat() != prebook["shipDate"]:
        prebook_day_list(ctx.state, prebook).remove(prebook)
        prebook["shipDate"] = new_date.isoformat()
        ctx.state.prebooks.get(new_date).append(prebook)
    return ctx.ok(SUCCESS)


@handler("prebook.delete")
def delete_prebook(ctx: HandlerContext) -> Reply:
    prebook = _prebook_or_fail(ctx)
    if isinstance(prebook, Reply):
        return prebook
    prebook_day_list(ctx.state, prebook).remove(prebook)
    return ctx.ok(DELETED)


@handler("prebook.item.delete")
def delete_prebook_item(ctx: HandlerContext) -> Reply:
    """A Vendor token zeroes its own line instead of deleting it (all doc versions)."""
    prebook = _prebook_or_fail(ctx)
    if isinstance(prebook, Reply):
        return prebook
    line_id = as_int(ctx.params.get("prebookItemId"))
    line = next((i for i in prebook["items"] if i["prebookItemId"] == line_id), None)
    if line is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Prebook item", key=line_id)
    vendor_id = vendor_of_token(ctx)
    if vendor_id is None:
        prebook["items"].remove(line)
    elif str(line.get("vendorId")) != vendor_id:
        return ctx.fail(NOT_YOUR_LINE, what="prebook item", key=line_id)
    else:
        line["boxes"] = 0
    return ctx.ok(SUCCESS)


@handler("prebook.future.item.add")
def add_future_item(ctx: HandlerContext) -> Reply:
    prebook = _prebook_or_fail(ctx)
    if isinstance(prebook, Reply):
        return prebook
    boxes = as_int(ctx.params.get("boxes"))
    if boxes is None or boxes < 1:
        return ctx.fail(rules.BAD_PARAM, param="boxes")
    prebook["items"].append(
        {
            "prebookItemId": ctx.state.next_id(),
            "inventoryId": as_int(ctx.params.get("inventoryId")),
            "boxes": boxes,
            "price": ctx.params.get("price"),
            "markCode": ctx.text("markCode") or "",
        }
    )
    return ctx.ok(SUCCESS)


@handler("prebook.vendor.availability.item.add")
def add_vendor_availability_item(ctx: HandlerContext) -> Reply:
    prebook = _prebook_or_fail(ctx)
    if isinstance(prebook, Reply):
        return prebook
    raw_ids = str(ctx.params.get("inventoryIds", ""))
    ids = [as_int(part) for part in raw_ids.split(",")]
    quantity = as_int(ctx.params.get("quantity"))
    if not ids or any(i is None for i in ids):
        return ctx.fail(rules.BAD_PARAM, param="inventoryIds")
    if quantity is None or quantity < 1:
        return ctx.fail(rules.BAD_PARAM, param="quantity")
    line_id = ctx.state.next_id()
    # Ids listed by vendor.availability.items.list give the line its product and vendor and
    # use up what they offer; other ids (the page's sample ones) are taken as they are.
    offered = [item for i in ids if i is not None and (item := find_item(ctx.state, i))]
    for item in offered:
        item["boxes"] = max(0, item["boxes"] - quantity)
    first = offered[0] if offered else {}
    prebook["items"].append(
        {
            "prebookItemId": line_id,
            "inventoryIds": ids,
            "productId": first.get("companyProductId"),
            "productDescription": first.get("productDescription"),
            "vendorId": first.get("vendorId"),
            "boxes": quantity,
            "price": ctx.params.get("price"),
            "markCode": ctx.text("markCode") or "",
            "boxTypeCode": ctx.text("boxTypeCode"),
            "unitType": ctx.text("unitType"),
        }
    )
    return ctx.ok(VA_ADDED, prebookItemId=line_id)


def _matches(ctx: HandlerContext, prebook: Record, location_key: str) -> bool:
    exact_filters = {
        "number": ctx.text("prebook"),
        "customerId": ctx.text("customerId"),
        "carrierId": ctx.text("carrierId"),
        "customerPO": ctx.text("customerPONumber"),
    }
    if any(
        want is not None and not exact(want, prebook.get(k)) for k, want in exact_filters.items()
    ):
        return False
    customer = ctx.text("customer")
    if customer is not None and not (
        like(customer, prebook.get("customerName")) or like(customer, prebook.get("customerCode"))
    ):
        return False
    carrier = ctx.text("carrierName")
    if carrier is not None and not like(carrier, prebook.get("carrierName")):
        return False
    location = ctx.text(location_key)
    return location is None or exact(location, "1")


def _default_ship_address(state: FakeState, order: Record) -> Record:
    """The customer's first ship-to as an order's ship columns (an order made for a
    ship-to carries its own, which override these)."""
    ship_tos = accounts_of(state).ship_tos_of(order["customerId"])
    return ship_address(ship_tos[0]) if ship_tos else {}


def _has_status(ctx: HandlerContext, prebook: Record, param: str) -> bool:
    """The prebook has the status ``param`` asks for (if it asks): ``prebookStatus`` on
    ``prebook.list`` (its page), ``status`` on ``prebook.details.list`` (third-party.md:
    ``status=Approved``, a real integration's main import)."""
    wanted = ctx.text(param)
    return wanted is None or exact(wanted, prebook.get("status"))


@handler("prebook.list")
def list_prebooks(ctx: HandlerContext) -> Reply:
    first, last = ctx.date("dateFrom"), ctx.date("dateTo")
    assert first is not None and last is not None  # required: checked by the server
    found = [
        {
            "id": p["id"],
            "number": p["number"],
            "locationId": 1,
            "customerId": p["customerId"],
            "customerName": p["customerName"],
            "carrierId": p["carrierId"],
            "carrierName": p["carrierName"],
            "truckDate": p["shipDate"],
        }
        for _, day_list in ctx.state.prebooks.get_range(first, last)
        for p in day_list
        if _matches(ctx, p, "CompanyLocationId") and _has_status(ctx, p, "prebookStatus")
    ]
    return ctx.ok(prebooks=found) if found else ctx.not_found()


def _detail_line(line: Record, *, hide_prices: bool, vendor_names: Mapping[str, str]) -> Record:
    boxes = int(line.get("boxes") or 0)
    units = int(line.get("bunches") or 0) * (
        int(line.get("stemsBunch") or 0) if line.get("unitType") == "Stem" else 1
    )
    vendor = line.get("vendorId")
    shaped: Record = {
        "prebookItemId": line["prebookItemId"],
        "vendorId": vendor,
        "vendorName": vendor_names.get(str(vendor)),
        "brandId": line.get("brandId"),
        "brandName": line.get("brandName"),
        "productId": line.get("productId"),
        "productDescription": line.get("productDescription"),
        "totalBoxes": boxes,
        "boxType": line.get("boxTypeCode"),
        "bunches": line.get("bunches"),
        "stemsBunch": line.get("stemsBunch"),
        "units": units,
        "unitType": line.get("unitType"),
        "totalUnits": units * boxes,
        "markCode": line.get("markCode", ""),
        "breakdowns": line.get("breakdowns", []),
    }
    price = line.get("price")
    if not hide_prices and price is not None:
        shaped["unitPrice"] = price
        shaped["totalPrice"] = round(float(price) * units * boxes, 2)
    return shaped


@handler("prebook.details.list")
def list_prebook_details(ctx: HandlerContext) -> Reply:
    day = ctx.date("date")
    if day is not None:
        days = [(day, ctx.state.prebooks.get(day))]
    else:
        first, last = ctx.date("vendorShipDateFrom"), ctx.date("vendorShipDateTo")
        assert first is not None  # one of date / vendorShipDateFrom: checked by the server
        days = list(ctx.state.prebooks.get_range(first, last or first))
    vendor_id = vendor_of_token(ctx)
    yesterday = ctx.today() - dt.timedelta(days=1)
    vendor_names = {str(v["id"]): v["name"] for v in ctx.state.vendors.values()}
    found = []
    for _, day_list in days:
        for prebook in day_list:
            if not _matches(ctx, prebook, "locationId"):
                continue
            if not _has_status(ctx, prebook, "status"):
                continue
            lines = prebook["items"]
            if vendor_id is not None:
                if dt.date.fromisoformat(prebook["shipDate"]) < yesterday:
                    continue
                lines = [
                    line
                    for line in lines
                    if str(line.get("vendorId")) == vendor_id and line.get("unitCost") is not None
                ]
                if not lines:
                    continue
            details = [
                _detail_line(line, hide_prices=vendor_id is not None, vendor_names=vendor_names)
                for line in lines
            ]
            prices = [line["totalPrice"] for line in details if "totalPrice" in line]
            found.append(
                {
                    "id": prebook["id"],
                    "number": prebook["number"],
                    "locationId": 1,
                    "locationCode": "MIA",
                    # third-party.md's prebooks[] columns: the total, and (without a ship-to
                    # of its own) the customer's first ship-to as the address.
                    **({"totalPrice": round(sum(prices), 2)} if prices else {}),
                    **_default_ship_address(ctx.state, prebook),
                    "locationName": "Miami Warehouse",
                    "customerName": prebook["customerName"],
                    "customerId": prebook["customerId"],
                    "customerCode": prebook.get("customerCode"),
                    "type": "P",
                    "truckDate": prebook["shipDate"],
                    "customerPONumber": prebook.get("customerPO") or "",
                    "carrierName": prebook["carrierName"],
                    "carrierId": prebook["carrierId"],
                    "shipvia": "Grower" if prebook.get("shipViaId") == 1 else "Warehouse",
                    "comments": prebook.get("comments", ""),
                    # A prebook made for a ship-to: its address (third-party.md's columns).
                    **{k: prebook[k] for k in SHIP_ADDRESS_KEYS if k in prebook},
                    "details": details,
                }
            )
    return ctx.ok(prebooks=found) if found else ctx.not_found()

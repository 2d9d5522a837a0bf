"""Finding and shaping prebook and purchase-order records, shared by their handlers.

Seeded records live in ``state.prebooks`` / ``state.purchase_orders`` (per-day caches); a
seeded id encodes its day (``prebook id = ordinal * 100 + 50 + i``, ``line id = record id *
100 + n``), so a lookup generates that day on demand. Records created by a write are appended
to the list of their ship date, which is then generated, so a scan of the generated days
finds them. Nothing else is stored: ``FakeKomet.reset()`` forgets it all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from .. import rules
from .._daily import DailyCache
from .._state import FakeState
from . import HandlerContext

Record = dict[str, Any]

# Failures specific to this family; the texts are the fake's choice (undocumented).
NOT_YOUR_LINE = rules.Rule(
    "not_your_line",
    "The {what} {key} does not belong to this vendor.",
    False,
    "documented rule (lines must belong to the vendor); the refusal text is undocumented",
)
VENDOR_REQUIRED = rules.Rule(
    "vendor_required",
    "Parameter vendorId is required for a Company token",
    False,
    "documented rule (items.awb.add: vendorId required with a Company token); text undocumented",
)
BOTH_VENDOR_KEYS = rules.Rule(
    "both_vendor_keys",
    "Send vendorId or vendorCode, not both",
    False,
    "documented rule (purchase.order.create: never both); text undocumented",
)

_FIRST_ORDINAL = dt.date(1990, 1, 1).toordinal()
_LAST_ORDINAL = dt.date(2100, 1, 1).toordinal()


def _day_of(ordinal: int) -> dt.date | None:
    if _FIRST_ORDINAL <= ordinal <= _LAST_ORDINAL:
        return dt.date.fromordinal(ordinal)
    return None


def as_int(value: Any) -> int | None:
    """A parameter as an int (numbers may arrive as text), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def vendor_of_token(ctx: HandlerContext) -> str | None:
    """The calling vendor's id when the token is a Vendor token, else None (a Vendor token
    registered without a vendor id gets ``""``: it owns nothing)."""
    if ctx.token is not None and ctx.token.kind == "vendor":
        return ctx.token.vendor_id or ""
    return None


def _records(cache: DailyCache[list[Record]], hint: dt.date | None) -> Iterator[Record]:
    if hint is not None:
        yield from cache.get(hint)
    for day, records in list(cache.materialized().items()):
        if day != hint:
            yield from records


# --- prebooks -----------------------------------------------------------------------------


def find_prebook(state: FakeState, prebook_id: int) -> Record | None:
    hint = _day_of(prebook_id // 100)
    return next((p for p in _records(state.prebooks, hint) if p["id"] == prebook_id), None)


def find_prebook_line(state: FakeState, line_id: int) -> tuple[Record, Record] | None:
    """``(prebook, line)`` for a prebook line id."""
    hint = _day_of(line_id // 10000)
    for prebook in _records(state.prebooks, hint):
        for line in prebook["items"]:
            if line["prebookItemId"] == line_id:
                return prebook, line
    return None


def prebook_day_list(state: FakeState, prebook: Record) -> list[Record]:
    day_list: list[Record] = state.prebooks.get(dt.date.fromisoformat(prebook["shipDate"]))
    return day_list


# --- purchase orders ----------------------------------------------------------------------


def orders_of_day(state: FakeState, day: dt.date) -> list[Record]:
    orders: list[Record] = state.purchase_orders.get(day)
    return orders


def all_orders(state: FakeState, hint: dt.date | None = None) -> Iterator[Record]:
    return _records(state.purchase_orders, hint)


def find_po_line(state: FakeState, line_id: int) -> tuple[Record, Record] | None:
    """``(purchase order, line)`` for a PO line id."""
    hint = _day_of(line_id // 10000)
    for order in _records(state.purchase_orders, hint):
        for line in order["details"]:
            if line["poItemId"] == line_id:
                return order, line
    return None


def find_po_by_number(state: FakeState, number: str) -> Record | None:
    wanted = number.strip().casefold()
    return next(
        (o for o in all_orders(state) if str(o["number"]).casefold() == wanted),
        None,
    )


def vendor_owns(vendor_id: str | None, record: Record) -> bool:
    """True for a company token (``vendor_id`` None) or when the record is the vendor's."""
    return vendor_id is None or str(record.get("vendorId")) == vendor_id


def shape_po_line(line: Record, ship_date: str | None = None) -> Record:
    """A PO line as ``purchase.order.list`` answers it (third-party field names)."""
    boxes = int(line.get("boxes") or 0)
    units_per_box = int(line.get("bunches") or 0) * (
        int(line.get("stemsBunch") or 0) if line.get("unitType") == "Stem" else 1
    )
    unit_cost = line.get("unitCost")
    shaped: Record = {
        "poItemId": line["poItemId"],
        "prebookItemId": line.get("prebookItemId"),
        "prebook": line.get("prebook"),
        "orderType": "P" if line.get("prebookItemId") else "S",
        "customerId": line.get("customerId"),
        "customerName": line.get("customerName"),
        "productId": line.get("productId"),
        "productDescription": line.get("productDescription"),
        "boxType": line.get("boxTypeCode"),
        "unitType": line.get("unitType"),
        "totalBoxes": boxes,
        "bunches": line.get("bunches"),
        "stemsBunch": line.get("stemsBunch"),
        "units": units_per_box,
        "totalUnits": units_per_box * boxes,
        "unitCost": unit_cost,
        "totalCost": round(float(unit_cost) * units_per_box * boxes, 2)
        if unit_cost is not None
        else None,
        "markCode": line.get("markCode", ""),
        "notes": line.get("notes", ""),
        "referenceNumber": line.get("referenceNumber", ""),
        "lineItemStatus": line.get("lineItemStatus", "Pending"),
        "quantityConfirmed": line.get("quantityConfirmed", 0),
        "breakdowns": line.get("breakdowns", []),
        "customFields": [],
        # More columns integrations read (third-party.md, purchase.order.list details[]).
        "prebookTruckDate": line.get("prebookTruckDate") or ship_date,
        "standingOrder": line.get("standingOrder"),
        "carrierId": line.get("carrierId"),
        "carrierName": line.get("carrierName"),
        "customField1": line.get("customField1", ""),
    }
    if line.get("shippedBoxes"):
        shaped["boxes"] = line["shippedBoxes"]
    elif int(line.get("quantityConfirmed") or 0) > 0:
        # Confirmed boxes, with the columns integrations read (third-party.md boxes[]).
        shaped["boxes"] = [
            {
                "boxCode": f"PO{line['poItemId']}{n:02d}",
                "lotNumber": f"L{line['poItemId']}",
                "statusId": 1,
                "statusName": "Confirmed",
                "position": "",
            }
            for n in range(int(line["quantityConfirmed"]))
        ]
    return shaped


def shape_po(order: Record, vendor_id: str | None) -> Record:
    lines = order["details"] if vendor_owns(vendor_id, order) else []
    shaped = [shape_po_line(line, order["shipDate"]) for line in lines]
    costs = [line["totalCost"] for line in shaped if line["totalCost"] is not None]
    made = f"{dt.date.fromisoformat(order['shipDate']) - dt.timedelta(days=3)} 09:00:00"
    return {
        "id": order["id"],
        "number": order["number"],
        "origin": order.get("origin"),
        "vendorId": order.get("vendorId"),
        "vendorName": order.get("vendorName"),
        "locationId": 1,
        "locationName": "Miami Warehouse",
        "shipDate": order["shipDate"],
        "status": order.get("status"),
        "totalBoxes": sum(int(line.get("boxes") or 0) for line in lines),
        "comments": order.get("comments", ""),
        # More columns integrations read (third-party.md, purchaseOrders[]): totalCost is
        # money as text, thousands grouped ("1,234.50"), the form one of them stores.
        "createdOn": order.get("createdOn", made),
        "updatedOn": order.get("updatedOn", made),
        "totalCost": f"{sum(costs):,.2f}" if costs else None,
        "details": shaped,
    }

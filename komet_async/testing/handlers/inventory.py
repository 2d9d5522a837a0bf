"""Boxes, units and hard-goods inventory: inventory.* , future.inventory.openmarket.list,
hardgood.* (inventory.md).

The data lives in ``_state_inventory`` (``inventory_of(ctx.state)``). Success texts are the
documented samples' where there is one; the rest (and every refusal) is the fake's choice.
The answers carry the documented fields; where the docs are cut off (GAP) nothing is added
except on ``hardgood/inventory.list``, whose quantity/cost/price are plausible extras.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import rules
from .._state_inventory import (
    CATEGORY_IDS,
    COMPANY_ID,
    LOCATION_CODE,
    LOCATION_ID,
    LOCATION_NAME,
    MAX_BOXES_PER_LINE,
    MAX_HARDGOOD_UNITS,
    box_line,
    inventory_of,
    units_per_box,
)
from . import HandlerContext, ParamError, Reply, handler
from ._filters import Record, exact

LINE_UPDATED = "The inventory Item has been updated successfully"  # inventory.update sample
UNITS_CREATED = "The inventory unit has been created successfully"  # inventory.units.add sample
HARDGOOD_UPDATED = "The item was successfully updated"  # hardgood.inventory.update sample


# ---------------------------------------------------------------- parameter helpers


def int_param(ctx: HandlerContext, name: str) -> int | None:
    """An integer parameter (``"12"`` in a query, ``12`` in JSON); ``None`` when absent."""
    value = ctx.params.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ParamError(rules.BAD_PARAM, param=name)
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if text.lstrip("+-").isdigit():
        return int(text)
    raise ParamError(rules.BAD_PARAM, param=name)


def money_param(ctx: HandlerContext, name: str) -> float | None:
    """A decimal parameter, kept as float like the seeded data (``None`` when absent)."""
    value = ctx.params.get(name)
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ParamError(rules.BAD_PARAM, param=name) from None
    if isinstance(value, bool) or not number.is_finite() or number < 0:
        raise ParamError(rules.BAD_PARAM, param=name)
    return float(number)


def unit_type_param(ctx: HandlerContext, name: str = "unitType") -> str | None:
    """``Stem`` or ``Bunch``, any case (the docs write both ``stem`` and ``Stem``)."""
    value = ctx.text(name)
    if value is None:
        return None
    if value.strip().lower() not in ("stem", "bunch"):
        raise ParamError(rules.BAD_PARAM, param=name)
    return value.strip().capitalize()


def id_list_param(ctx: HandlerContext, name: str) -> list[int]:
    """A comma-separated id list (``"428720,428721"``), or a JSON array of ids."""
    value = ctx.params.get(name)
    parts = value if isinstance(value, list) else str(value or "").split(",")
    try:
        return [int(str(part).strip()) for part in parts if str(part).strip()]
    except ValueError:
        raise ParamError(rules.BAD_PARAM, param=name) from None


# ---------------------------------------------------------------- lookups in the base data


def _product(ctx: HandlerContext) -> Record | None:
    """By ``productId``, ``productCode`` (legacy code) or ``productDescription`` (exact)."""
    products = ctx.state.products
    product_id, code = ctx.text("productId"), ctx.text("productCode")
    description = ctx.text("productDescription")
    if product_id is not None:
        return products.get(product_id.strip())
    key, wanted = ("legacyCode", code) if code is not None else ("description", description)
    if wanted is None:
        return None
    return next((p for p in products.values() if exact(wanted, p.get(key))), None)


def product_by_code(ctx: HandlerContext, code: str) -> Record | None:
    for product in ctx.state.products.values():
        if exact(code, product.get("legacyCode")) or exact(code, product.get("id")):
            return product
    return None


def _vendor(ctx: HandlerContext) -> Record | None:
    grower_id, vendor_code = ctx.text("growerId"), ctx.text("vendorCode")
    if grower_id is not None:
        return ctx.state.vendors.get(grower_id.strip())
    for vendor in ctx.state.vendors.values():
        if vendor_code is not None and exact(vendor_code, vendor.get("code")):
            return vendor
    return None


def _box_type(ctx: HandlerContext) -> Record | None:
    box_type_id, code = ctx.text("boxTypeId"), ctx.text("boxTypeCode")
    for box_type in ctx.state.box_types.values():
        if box_type_id is not None and exact(box_type_id, box_type.get("id")):
            return box_type
        if box_type_id is None and code is not None and exact(code, box_type.get("code")):
            return box_type
    return None


def _missing(ctx: HandlerContext, what: str, *params: str) -> Reply:
    key = next((ctx.text(p) for p in params if ctx.text(p) is not None), "")
    return ctx.fail(rules.RECORD_NOT_FOUND, what=what, key=key)


# ---------------------------------------------------------------- boxes inventory writes


@handler("inventory.add")
def add_line(ctx: HandlerContext) -> Reply:
    """One line per call, at most 100 boxes; unknown products are refused ("skipped")."""
    quantity = int_param(ctx, "quantity")
    if quantity is None or not 1 <= quantity <= MAX_BOXES_PER_LINE:
        return ctx.fail(rules.BAD_PARAM, param="quantity")
    vendor = _vendor(ctx)
    if vendor is None:
        return _missing(ctx, "Vendor", "growerId", "vendorCode")
    product = _product(ctx)
    if product is None:
        return _missing(ctx, "Product", "productId", "productCode", "productDescription")
    box_type = _box_type(ctx)
    if box_type is None:
        return _missing(ctx, "Box type", "boxTypeId", "boxTypeCode")
    customer_id = ctx.text("customerId")
    if customer_id is not None and customer_id not in ctx.state.customers:
        return _missing(ctx, "Customer", "customerId")
    line_id = ctx.state.next_id()
    ship = ctx.date("shipDate")
    arrival = ctx.date("arrivalDate")
    inventory_of(ctx.state).lines[line_id] = box_line(
        line_id,
        product=product,
        vendor=vendor,
        box_type=box_type,
        quantity=quantity,
        unit_type=unit_type_param(ctx) or "Bunch",
        stems_bunch=int_param(ctx, "stemsBunch") or 0,
        bunches=int_param(ctx, "bunches") or 0,
        unit_cost=money_param(ctx, "unitCost") or 0.0,
        inventory_date=ctx.today(),
        awb=ctx.text("awb"),
        isTmpAwb=bool(ctx.flag("isTmpAwb")),
        reference=ctx.text("reference"),
        shipDate=ship.isoformat() if ship else None,
        arrivalDate=arrival.isoformat() if arrival else None,
        customerId=customer_id,
        confirmInventory=bool(ctx.flag("confirmInventory")),
    )
    return ctx.ok("The inventory has been added successfully")


def _line(ctx: HandlerContext) -> Record | None:
    line_id = int_param(ctx, "inventoryId")
    return None if line_id is None else inventory_of(ctx.state).lines.get(line_id)


@handler("inventory.update")
def update_line(ctx: HandlerContext) -> Reply:
    line = _line(ctx)
    if line is None:
        return _missing(ctx, "Inventory", "inventoryId")
    added = int_param(ctx, "quantity")
    if added is not None and (added < 0 or line["quantity"] + added > MAX_BOXES_PER_LINE):
        return ctx.fail(rules.BAD_PARAM, param="quantity")
    line["unitCost"] = money_param(ctx, "unitCost")
    for param, key in (("priceA", "price"), ("priceB", "priceB")):
        price = money_param(ctx, param)
        if price is not None:
            line[key] = price
    if added:
        line["quantity"] += added
    return ctx.ok(LINE_UPDATED)


@handler("inventory.delete")
def delete_line(ctx: HandlerContext) -> Reply:
    """GAP: the parameters are undocumented; the line id as ``inventoryId`` is assumed."""
    line = _line(ctx)
    if line is None:
        return _missing(ctx, "Inventory", "inventoryId")
    del inventory_of(ctx.state).lines[line["id"]]
    return ctx.ok("The inventory line has been deleted successfully")


# ---------------------------------------------------------------- boxes inventory lists


def _line_fields(ctx: HandlerContext, line: Record) -> Record:
    """The fields every boxes-inventory list shows for a line."""
    product = ctx.state.products.get(line["productId"], {})
    box_type = ctx.state.box_types.get(str(line["boxTypeId"]), {})
    per_box = units_per_box(line["unitType"], line["bunches"], line["stemsBunch"])
    return {
        "companyProductId": int(line["productId"]),
        "productDescription": product.get("description"),
        "productCode": product.get("legacyCode"),
        "grade": product.get("grade"),
        "category": product.get("category"),
        "quantity": line["quantity"],
        "totalUnits": line["quantity"] * per_box,
        "boxTypeId": line["boxTypeId"],
        "boxTypeCode": box_type.get("code"),
        "unitType": line["unitType"],
        "bunches": line["bunches"],
    }


def _pack_fields(line: Record) -> Record:
    return {
        "unitsPerBox": units_per_box(line["unitType"], line["bunches"], line["stemsBunch"]),
        "stemsBunch": line["stemsBunch"],
        "price": line["price"],
    }


def lines_of_types(ctx: HandlerContext, types: Iterable[str]) -> list[Record]:
    wanted = {t.upper() for t in types}
    lines = inventory_of(ctx.state).lines.values()
    return [line for line in lines if line["inventoryType"] in wanted and line["quantity"] > 0]


def _inventory_types(ctx: HandlerContext) -> list[str]:
    text = ctx.text("inventoryType") or "M"
    parts = [part.strip().upper() for part in text.split(",") if part.strip()]
    if "ALL" in parts:
        return ["M", "L", "S", "P"]
    if not parts or any(part not in ("M", "L", "S", "P") for part in parts):
        raise ParamError(rules.BAD_PARAM, param="inventoryType")
    return parts


def _check_location(ctx: HandlerContext, *names: str) -> bool:
    """The fake company has one location: another location id has no inventory."""
    for name in names:
        location = int_param(ctx, name)
        if location is not None and location != LOCATION_ID:
            return False
    return True


@handler("inventory.list")
def list_lines(ctx: HandlerContext) -> Reply:
    """A Vendor token sees only its own lines."""
    lines = lines_of_types(ctx, _inventory_types(ctx))
    if ctx.flag("excludeHeldItems"):
        lines = [line for line in lines if not line["onHold"]]
    lot = ctx.text("lotNumber")
    if lot is not None:
        lines = [line for line in lines if exact(lot, line["lotNumber"])]
    if ctx.token is not None and ctx.token.kind == "vendor":
        lines = [line for line in lines if line["vendorId"] == ctx.token.vendor_id]
    if not _check_location(ctx, "locationId", "locationid"):
        lines = []
    items = []
    for line in lines:
        vendor = ctx.state.vendors.get(line["vendorId"], {})
        product = ctx.state.products.get(line["productId"], {})
        item = {"orderItemId": line["id"], **_line_fields(ctx, line), **_pack_fields(line)}
        item.update(
            growerId=int(line["vendorId"]),
            growerName=vendor.get("name"),
            inventoryDate=line["inventoryDate"],
            sellFast=False,
            isAssorted=False,
            category=product.get("category"),
        )
        items.append(item)
    return ctx.ok(inventoryItems=items) if items else ctx.not_found()


def open_market_item(ctx: HandlerContext, line: Record) -> Record:
    vendor = ctx.state.vendors.get(line["vendorId"], {})
    return {
        "inventoryId": line["id"],
        **_line_fields(ctx, line),
        "vendor": vendor.get("name"),
        **_pack_fields(line),
        "priceB": line["priceB"],
        "fobPrice": line["price"],
    }


@handler("inventory.openmarket.list")
def list_open_market(ctx: HandlerContext) -> Reply:
    customer_id = ctx.text("customerId")
    if customer_id is not None and customer_id not in ctx.state.customers:
        return _missing(ctx, "Customer", "customerId")
    lines = lines_of_types(ctx, "M") if _check_location(ctx, "locationId") else []
    items = [open_market_item(ctx, line) for line in lines]
    return ctx.ok(inventoryItems=items) if items else ctx.not_found()


@handler("inventory.consolidated.openmarket.list")
def list_consolidated_open_market(ctx: HandlerContext) -> Reply:
    """Open Market lines grouped by product, box type and pack, ids joined with commas."""
    groups: dict[tuple[Any, ...], Record] = {}
    for line in sorted(lines_of_types(ctx, "M"), key=lambda record: record["id"]):
        key = tuple(
            line[k] for k in ("productId", "boxTypeId", "unitType", "bunches", "stemsBunch")
        )
        fields = {**_line_fields(ctx, line), **_pack_fields(line)}
        group = groups.get(key)
        if group is None:
            groups[key] = {"inventoryItemIds": str(line["id"]), **fields}
        else:
            group["inventoryItemIds"] += f",{line['id']}"
            group["quantity"] += fields["quantity"]
            group["totalUnits"] += fields["totalUnits"]
    items = list(groups.values())
    return ctx.ok(inventoryItems=items) if items else ctx.not_found()


@handler("future.inventory.openmarket.list")
def list_future_open_market(ctx: HandlerContext) -> Reply:
    """Purchase-order lines shipping from ``dateFrom`` to ``dateTo`` (inclusive)."""
    first, last = ctx.date("dateFrom"), ctx.date("dateTo")
    assert first is not None and last is not None  # required: checked by the server
    if not _check_location(ctx, "locationId"):
        return ctx.not_found()
    items = [item for _, item in future_lines(ctx, first, last)]
    return ctx.ok(inventoryItems=items) if items else ctx.not_found()


def future_lines(
    ctx: HandlerContext, first: dt.date, last: dt.date
) -> list[tuple[dt.date, Record]]:
    """(ship day, future line) for every purchase-order item shipping in the range."""
    found: list[tuple[dt.date, Record]] = []
    if last < first:
        return found
    for day, orders in ctx.state.purchase_orders.get_range(first, last):
        for order in orders:
            for detail in order.get("details", ()):
                found.append((day, _future_item(ctx, order, detail)))
    return found


def _future_item(ctx: HandlerContext, order: Record, detail: Record) -> Record:
    product = ctx.state.products.get(str(detail.get("productId")), {})
    unit_type = str(detail.get("unitType") or "Bunch")
    bunches, stems = int(detail.get("bunches") or 0), int(detail.get("stemsBunch") or 0)
    boxes = int(detail.get("boxes") or 0)
    return {
        "inventoryId": detail.get("poItemId"),
        "companyProductId": int(product.get("id") or detail.get("productId") or 0),
        "productDescription": detail.get("productDescription") or product.get("description"),
        "productCode": product.get("legacyCode"),
        "grade": product.get("grade"),
        "category": product.get("category"),
        "vendor": order.get("vendorName"),
        "portOfOrigin": order.get("origin"),
        "quantity": boxes,
        "totalUnits": boxes * units_per_box(unit_type, bunches, stems),
        "boxTypeId": detail.get("boxTypeId"),
        "boxTypeCode": detail.get("boxTypeCode"),
        "unitType": unit_type,
        "bunches": bunches,
    }


# ---------------------------------------------------------------- units inventory


def _units_key(ctx: HandlerContext) -> tuple[str, int, str, str | None, str | None]:
    code = ctx.text("productCode") or ""
    stems = int_param(ctx, "stemsBunch") or 0
    unit_type = (unit_type_param(ctx) or "").lower()
    return (code, stems, unit_type, ctx.text("block"), ctx.text("bed"))


@handler("inventory.units.add")
def add_units(ctx: HandlerContext) -> Reply:
    key = _units_key(ctx)
    if product_by_code(ctx, key[0]) is None:
        return _missing(ctx, "Product", "productCode")
    quantity = int_param(ctx, "quantity")
    if quantity is None or quantity < 1:
        return ctx.fail(rules.BAD_PARAM, param="quantity")
    units = inventory_of(ctx.state).units
    record = units.get(key)
    if record is None:
        record = units[key] = {
            "id": ctx.state.next_id(),
            "units": 0,
            "unitCost": 0.0,
            "unitPrice": None,
        }
    cut = ctx.date("cutDate")
    record.update(
        units=record["units"] + quantity,
        cutter=int_param(ctx, "cutter"),
        customerCode=ctx.text("customerCode"),
        cutDate=cut.isoformat() if cut else None,
    )
    return ctx.ok(UNITS_CREATED)


@handler("inventory.units.delete")
def delete_units(ctx: HandlerContext) -> Reply:
    key = _units_key(ctx)
    units = inventory_of(ctx.state).units
    record = units.get(key)
    if record is None:
        return _missing(ctx, "Units inventory for product", "productCode")
    quantity = int_param(ctx, "quantity")
    if quantity is None or not 1 <= quantity <= record["units"]:
        return ctx.fail(rules.BAD_PARAM, param="quantity")
    record["units"] -= quantity
    if record["units"] == 0:
        del units[key]
    plural = "stems" if key[2] == "stem" else "bunches"
    # inventory.units.delete sample: "...decreased by 10 bunches successfully"
    return ctx.ok(f"The inventory in units has been decreased by {quantity} {plural} successfully")


@handler("inventory.units.list")
def list_units(ctx: HandlerContext) -> Reply:
    """Units grouped by product, unit type and pack; ``categoryID`` (table) or
    ``categoryId`` (sample) both filter."""
    category = int_param(ctx, "categoryID")
    if category is None:
        category = int_param(ctx, "categoryId")
    product_id, unit_type = ctx.text("productId"), unit_type_param(ctx)
    groups: dict[tuple[str, str, int], Record] = {}
    for (code, stems, kind, _block, _bed), record in inventory_of(ctx.state).units.items():
        product = product_by_code(ctx, code) or {}
        category_id = CATEGORY_IDS.get(str(product.get("category")))
        if (category is not None and category != category_id) or (
            product_id is not None and not exact(product_id, product.get("id"))
        ):
            continue
        if unit_type is not None and unit_type.lower() != kind:
            continue
        group = groups.get((code, kind, stems))
        if group is None:
            group = groups[(code, kind, stems)] = {
                "productId": int(product["id"]) if product else None,
                "productDescription": product.get("description"),
                "categoryID": category_id,
                "category": product.get("category"),
                "unitType": kind.capitalize(),
                "stemsBunch": stems,
                "bunches": 0,
                "totalUnits": 0,
                "unitLandedCost": record.get("unitCost"),
                "unitPrice": record.get("unitPrice"),
                "inventoryUnitsIds": str(record["id"]),
                "inTransit": False,
                "vendorId": None,
                "vendor": None,
                "companyId": COMPANY_ID,
                "locationCode": LOCATION_CODE,
            }
        else:
            group["inventoryUnitsIds"] += f",{record['id']}"
        group["totalUnits"] += record["units"]
        stems_per_unit = stems if kind == "stem" and stems else 1
        group["bunches"] = group["totalUnits"] // stems_per_unit
    items = list(groups.values()) if _check_location(ctx, "locationId") else []
    return ctx.ok(inventoryItems=items) if items else ctx.not_found()


# ---------------------------------------------------------------- hard goods


def _hardgood(ctx: HandlerContext) -> Record | None:
    product_id = ctx.text("productId")
    products = inventory_of(ctx.state).hardgood_products
    return None if product_id is None else products.get(product_id.strip())


@handler("hardgood.inventory.add")
def add_hardgood(ctx: HandlerContext) -> Reply:
    product = _hardgood(ctx)
    if product is None:
        return _missing(ctx, "Product", "productId")
    quantity = int_param(ctx, "quantity")
    if quantity is None or not 1 <= quantity <= MAX_HARDGOOD_UNITS:
        return ctx.fail(rules.BAD_PARAM, param="quantity")
    if not _check_location(ctx, "locationId"):
        return _missing(ctx, "Location", "locationId")
    line_id = ctx.state.next_id()
    inventory_of(ctx.state).hardgood_lines[line_id] = {
        "id": line_id,
        "productId": product["productId"],
        "locationId": LOCATION_ID,
        "quantity": quantity,
        "unitCost": money_param(ctx, "unitCost"),
        "unitPrice": money_param(ctx, "unitPrice"),
    }
    # The sample prints the message as a bare `success` (invalid JSON); "success" here.
    return ctx.ok("success", hardGoodInventoryId=line_id)


@handler("hardgood.inventory.update")
def update_hardgood(ctx: HandlerContext) -> Reply:
    product = _hardgood(ctx)
    lines = [
        line
        for line in inventory_of(ctx.state).hardgood_lines.values()
        if product is not None and line["productId"] == product["productId"]
    ]
    if not lines or not _check_location(ctx, "locationId"):
        return _missing(ctx, "Hard good inventory for product", "productId")
    cost, price = money_param(ctx, "unitCost"), money_param(ctx, "unitPrice")
    for line in lines:
        line["unitCost"] = cost
        if price is not None:
            line["unitPrice"] = price
    return ctx.ok(HARDGOOD_UPDATED)


def _pack_size(product: Record) -> int:
    """A hard-goods product's units per box (``packSize``; 1 when never given)."""
    try:
        return max(int(product.get("packSize") or 1), 1)
    except (TypeError, ValueError):
        return 1


@handler("hardgood/inventory.list")
def list_hardgoods(ctx: HandlerContext) -> Reply:
    """Lines grouped by product and location (``inventoryIds`` joined with commas)."""
    inventory = inventory_of(ctx.state)
    vendor_code, sku, category = ctx.text("vendorCode"), ctx.text("sku"), ctx.text("category")
    groups: dict[str, Record] = {}
    for line in sorted(inventory.hardgood_lines.values(), key=lambda record: record["id"]):
        product = inventory.hardgood_products[line["productId"]]
        if (
            (vendor_code is not None and not exact(vendor_code, product["vendorCode"]))
            or (sku is not None and not exact(sku, product["sku"]))
            or (category is not None and not exact(category, product["category"]))
        ):
            continue
        group = groups.get(line["productId"])
        if group is None:
            groups[line["productId"]] = {
                "inventoryIds": str(line["id"]),
                "vendorId": int(product["vendorId"]),
                "productId": int(product["productId"]),
                "productVendorId": product["productVendorId"],
                "productDescription": product["productDescription"],
                "locationCode": LOCATION_CODE,
                "locationName": LOCATION_NAME,
                "locationId": LOCATION_ID,
                "categoryId": product["categoryId"],
                "category": product["category"],
                "subcategory": product["subcategory"],
                "color": product["color"],
                "sku": product["sku"],
                "quantity": line["quantity"],
                # inventory.md (later copies of the page): units per box, and the units
                # available whatever the pack.
                "packSize": _pack_size(product),
                "totalUnits": line["quantity"] * _pack_size(product),
                "unitCost": line["unitCost"],
                "unitPrice": line["unitPrice"],
            }
        else:
            group["inventoryIds"] += f",{line['id']}"
            group["quantity"] += line["quantity"]
            group["totalUnits"] = group["quantity"] * _pack_size(product)
    items = list(groups.values()) if _check_location(ctx, "locationId", "locationid") else []
    return ctx.ok(inventoryItems=items) if items else ctx.not_found()

"""Box operations: external codes, rack positions, AWB moves, warehouse receive/ship, order
shipment confirmation and the v2 inventory count (boxes-products.md, "Other box methods").

Boxes are ``state.boxes`` records (by code). A box is in the staging area while it has no
AWB of its own (``awbId`` None); only those can be moved to another master AWB.
"""

from __future__ import annotations

from typing import Any

from .. import rules
from . import HandlerContext, Reply, handler

SUCCESS = "success"  # samples of box.position.change, box.warehouse.*, confirm

# statusInventory codes of v2/inventory/box/count (documented); texts are the fake's choice
# except SAME_STATUS, which is the sample's.
COUNT_OK, COUNT_NOT_FOUND, COUNT_SAME, COUNT_SOLD, COUNT_NOT_IN_INVENTORY = 1, 2, 3, 4, 11
SAME_STATUS_MESSAGE = "Box has the same inventory status."


@handler("box.externalcode.update")
def update_external_codes(ctx: HandlerContext) -> Reply:
    """Per-box results keyed by ``boxCode``; the envelope stays status 1 (sample)."""
    boxes = ctx.params.get("boxes")
    if not isinstance(boxes, list) or not all(isinstance(b, dict) for b in boxes):
        return ctx.fail(rules.BAD_PARAM, param="boxes")
    results: list[dict[str, Any]] = []
    for item in boxes:
        code = str(item["boxCode"])
        box = ctx.state.boxes.get(code)
        if box is not None:
            box["externalCode"] = str(item["externalCode"])
        results.append(
            {
                "boxCode": code,
                "status": ctx.status_value(1 if box is not None else 0),
                "message": SUCCESS if box is not None else rules.BOX_CODE_UNKNOWN.message,
            }
        )
    failed = sum(1 for r in results if str(r["status"]) == "0")
    message = (
        f"{len(results) - failed} boxes were successfully updated. "
        f"{failed} boxes could not be updated"
    )
    return ctx.ok(message, boxes=results)


def _box_or_fail(ctx: HandlerContext) -> dict[str, Any] | Reply:
    box = ctx.state.boxes.get(ctx.text("boxCode") or "")
    if box is None:
        return ctx.fail(rules.BOX_CODE_UNKNOWN)
    return box


@handler("box.position.change")
def change_position(ctx: HandlerContext) -> Reply:
    box = _box_or_fail(ctx)
    if isinstance(box, Reply):
        return box
    old = box.get("position") or ""
    box["position"] = ctx.text("position")
    return ctx.ok(SUCCESS, boxOldPosition=old)


@handler("box.move.awb")
def move_to_awb(ctx: HandlerContext) -> Reply:
    codes = [c for c in (ctx.text("boxCodes") or "").split(",") if c]
    failed = []
    for code in codes:
        box = ctx.state.boxes.get(code)
        if box is None or box.get("awbId") is not None:
            failed.append(code)
            continue
        box["masterAwb"] = ctx.text("awb")
        box["awbShipDate"] = ctx.text("shipDate")
    return ctx.ok(OK_MESSAGE, failedBoxes=failed)


OK_MESSAGE = "OK"  # box.move.awb sample


@handler("box.warehouse.receive")
def receive_at_warehouse(ctx: HandlerContext) -> Reply:
    box = _box_or_fail(ctx)
    if isinstance(box, Reply):
        return box
    box["warehouseStatus"] = "Received"
    if ctx.text("position") is not None:
        box["position"] = ctx.text("position")
    return ctx.ok(SUCCESS)


@handler("box.warehouse.ship")
def ship_from_warehouse(ctx: HandlerContext) -> Reply:
    box = _box_or_fail(ctx)
    if isinstance(box, Reply):
        return box
    box["warehouseStatus"] = "Shipped"
    return ctx.ok(SUCCESS)


@handler("box.invoice.shipment.confirm")
def confirm_invoice_shipment(ctx: HandlerContext) -> Reply:
    """``boxCodes`` is documented as comma-separated text; the sample sends an array: both
    are accepted. Boxes not known are not counted in ``updatedBoxes``."""
    number = ctx.text("orderNumber") or ""
    invoice = next(
        (
            i
            for invoices in ctx.state.invoices.materialized().values()
            for i in invoices
            if str(i["number"]) == number.strip()
        ),
        None,
    )
    if invoice is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Order", key=number)
    raw = ctx.params.get("boxCodes")
    codes = [str(c) for c in raw] if isinstance(raw, list) else str(raw or "").split(",")
    updated = 0
    for code in (c.strip() for c in codes):
        box = ctx.state.boxes.get(code)
        if box is not None:
            box["shippedOrderNumber"] = invoice["number"]
            box["warehouseStatus"] = "Shipped"
            updated += 1
    return ctx.ok(SUCCESS, updatedBoxes=updated)


@handler("v2/inventory/box/count")
def count_box(ctx: HandlerContext) -> Reply:
    """Answers ``statusInventory``: 1 counted now, 2 unknown box, 3 already counted (with
    ``boxAlreadyScannedPosition``), 4 sold, 11 not in inventory (shipped)."""
    code = ctx.text("boxCode") or ""
    box = ctx.state.boxes.get(code)
    if box is None:
        return Reply(COUNT_NOT_FOUND, "Box not found.")
    if box.get("sold"):
        return Reply(COUNT_SOLD, "Box has already been sold.")
    if box.get("warehouseStatus") == "Shipped":
        return Reply(COUNT_NOT_IN_INVENTORY, "Box is not in the inventory.")
    if box.get("inventoryCounted"):
        position = box.get("countPosition") or ""
        return Reply(COUNT_SAME, SAME_STATUS_MESSAGE, {"boxAlreadyScannedPosition": position})
    box["inventoryCounted"] = True
    box["countPosition"] = ctx.text("boxPosition")
    return Reply(COUNT_OK, "OK")

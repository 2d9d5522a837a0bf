"""boxtype.list and box.code.change."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import rules
from . import HandlerContext, Reply, handler
from ._filters import select


@handler("boxtype.list")
def list_box_types(ctx: HandlerContext) -> Reply:
    found = select(
        ctx.state.box_types.values(),
        exact_filters={"id": ctx.text("id"), "code": ctx.text("code")},
    )
    if not found:
        return ctx.not_found()  # "Boxtype not found."
    return ctx.ok(boxtypes=found)


@handler("box.code.change")
def change_box_codes(ctx: HandlerContext) -> Reply:
    """Per-box results keyed by ``newBoxCode``; the envelope stays status 1 (sample).

    With a Vendor token only that vendor's boxes are visible: another vendor's box answers
    "Box code does not exist" (the docs only say boxes must belong to the vendor).
    """
    boxes = ctx.params.get("boxes")
    if not isinstance(boxes, list) or not all(isinstance(b, Mapping) for b in boxes):
        return ctx.fail(rules.BAD_PARAM, param="boxes")
    vendor_id = ctx.token.vendor_id if ctx.token and ctx.token.kind == "vendor" else None
    results: list[dict[str, Any]] = []
    for item in boxes:
        current, new = str(item["currentBoxCode"]), str(item["newBoxCode"])
        box = ctx.state.boxes.get(current)
        if box is None or (vendor_id is not None and str(box["vendorId"]) != vendor_id):
            rule: rules.Rule | None = rules.BOX_CODE_UNKNOWN
        elif new != current and new in ctx.state.boxes:
            rule = rules.BOX_CODE_TAKEN
        else:
            rule = None
            del ctx.state.boxes[current]
            ctx.state.boxes[new] = {**box, "code": new}
        results.append(
            {
                "newBoxCode": new,
                "status": ctx.status_value(0 if rule else 1),
                "message": rule.message if rule else "success",
            }
        )
    failed = sum(1 for r in results if str(r["status"]) == "0")
    message = (
        f"{len(results) - failed} boxes were successfully updated. "
        f"{failed} boxes could not be updated"
    )
    return ctx.ok(message, boxes=results)

"""product.list, product.add, product.update."""

from __future__ import annotations

from typing import Any

from .. import rules
from . import HandlerContext, Reply, handler
from ._filters import select

# The fields product.list answers with (APIDocs field list); other saved fields stay internal.
PRODUCT_FIELDS = (
    "id", "description", "active", "category", "divisionId", "divisionDescription",
    "variety", "color", "grade", "legacyCode", "tags",
)  # fmt: skip
# Saved by add/update but not part of the documented product.list answer.
EXTRA_FIELDS = ("regionsOfOrigin", "productRollUpCode", "defaultUnitType")
SAVED_MESSAGE = "The product was successfully saved."  # product.add/update samples


@handler("product.list")
def list_products(ctx: HandlerContext) -> Reply:
    found = select(
        ctx.state.products.values(),
        exact_filters={"id": ctx.text("id"), "legacyCode": ctx.text("legacyCode")},
        like_filters={"description": ctx.text("description")},
    )
    if not found:
        return ctx.not_found()
    return ctx.ok(products=[{k: p.get(k) for k in PRODUCT_FIELDS} for p in found])


def _apply(ctx: HandlerContext, product: dict[str, Any]) -> None:
    for name in ("category", "color", "variety", "grade", "tags", *EXTRA_FIELDS):
        if name in ctx.params:
            product[name] = ctx.params[name]
    if ctx.text("code") is not None:
        product["legacyCode"] = ctx.text("code")
    if ctx.text("description") is not None:
        product["description"] = ctx.text("description")
    elif not product.get("description"):
        parts = (product.get(k) for k in ("category", "color", "variety", "grade"))
        product["description"] = " ".join(str(p) for p in parts if p)


@handler("product.add")
def add_product(ctx: HandlerContext) -> Reply:
    product_id = str(ctx.state.next_id())
    product: dict[str, Any] = {
        "id": product_id,
        "active": 1,
        "divisionId": "1",
        "divisionDescription": "Flowers",
        "color": None,
        "variety": None,
        "grade": None,
        "legacyCode": None,
        "tags": "",
        "description": "",
    }
    _apply(ctx, product)
    ctx.state.products[product_id] = product
    return ctx.ok(SAVED_MESSAGE, productId=product_id)  # newest sample: a string


@handler("product.update")
def update_product(ctx: HandlerContext) -> Reply:
    product_id = ctx.text("productId") or ""
    product = ctx.state.products.get(product_id.strip())
    if product is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Product", key=product_id)
    _apply(ctx, product)
    active = ctx.flag("active")
    if active is not None:
        product["active"] = 1 if active else 0
    return ctx.ok(SAVED_MESSAGE, productId=int(product["id"]))  # sample: a number

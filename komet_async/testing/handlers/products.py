"""product.list, product.add, product.update; the hard-goods products
(hardgood.product.add / .update) and v2/product/colors, v2/product/grades (more-methods.md).

A hard-goods product is saved where the rest of the fake reads hard goods (the product
table of ``hardgood.inventory.add`` / ``hardgood/inventory.list``) and in ``product.list``
(whose ``divisionDescription`` is documented as "FreshCutFlowers, Plants or Hard Goods").
Neither hard-goods page shows its success text (GAP): the fake answers "OK".
"""

from __future__ import annotations

from typing import Any

from .. import rules
from .._state_inventory import CATEGORY_IDS, inventory_of
from . import HandlerContext, Reply, handler
from ._filters import Record, exact, select

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


# ---------------------------------------------------------------- hard-goods products

# The hard-goods fields as the two pages name them (JSON keys); Id is the update's key.
HARDGOOD_FIELDS = (
    "category", "subcategory", "description", "color", "activePerItem", "sku", "caseUPC",
    "unitUPC", "packSize", "unitCost", "unitPrice", "unitPriceMarkup", "discount",
    "qtyForDiscount", "activePerVendor",
)  # fmt: skip
HARD_GOODS_DIVISION = ("3", "Hard Goods")  # product.list's division of a hard-goods product


def _hardgood_vendor(ctx: HandlerContext) -> Record | None:
    vendor_id, vendor_code = ctx.text("vendorId"), ctx.text("vendorCode")
    if vendor_id is not None:
        return ctx.state.vendors.get(vendor_id.strip())
    if vendor_code is None:
        return None
    return next((v for v in ctx.state.vendors.values() if exact(vendor_code, v.get("code"))), None)


def _hardgood_category_id(ctx: HandlerContext, category: str) -> int:
    """The id of a hard-goods category: a known one's, else a new one for this fake."""
    for product in inventory_of(ctx.state).hardgood_products.values():
        if exact(category, product.get("category")):
            return int(product["categoryId"])
    return ctx.state.next_id()


def _save_hardgood(ctx: HandlerContext, product: Record) -> None:
    for name in HARDGOOD_FIELDS:
        if name in ctx.params:
            product[name] = ctx.params[name]
    product["productDescription"] = product["description"]
    product["categoryId"] = _hardgood_category_id(ctx, str(product["category"]))
    listed = ctx.state.products.setdefault(product["productId"], {"id": product["productId"]})
    division_id, division = HARD_GOODS_DIVISION
    listed.update(
        description=product["description"], category=product["category"],
        color=product.get("color"), active=1 if product.get("activePerItem", 1) else 0,
        divisionId=division_id, divisionDescription=division, variety=None, grade=None,
        legacyCode=None, tags="",
    )  # fmt: skip


@handler("hardgood.product.add")
def add_hardgood_product(ctx: HandlerContext) -> Reply:
    vendor = _hardgood_vendor(ctx)  # vendorId or vendorCode: the spec's one_of rule
    if vendor is None:
        key = ctx.text("vendorId") or ctx.text("vendorCode") or ""
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Vendor", key=key)
    product_id = str(ctx.state.next_id())
    product: Record = {
        "productId": product_id,
        "productVendorId": ctx.state.next_id(),
        "vendorId": str(vendor["id"]),
        "vendorCode": vendor["code"],
    }
    _save_hardgood(ctx, product)
    inventory_of(ctx.state).hardgood_products[product_id] = product
    return ctx.ok(productId=int(product_id))


@handler("hardgood.product.update")
def update_hardgood_product(ctx: HandlerContext) -> Reply:
    product_id = (ctx.text("Id") or "").strip()
    product = inventory_of(ctx.state).hardgood_products.get(product_id)
    if product is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Product", key=product_id)
    if ctx.text("vendorId") is not None or ctx.text("vendorCode") is not None:
        vendor = _hardgood_vendor(ctx)
        if vendor is None:
            key = ctx.text("vendorId") or ctx.text("vendorCode") or ""
            return ctx.fail(rules.RECORD_NOT_FOUND, what="Vendor", key=key)
        product["vendorId"], product["vendorCode"] = str(vendor["id"]), vendor["code"]
    _save_hardgood(ctx, product)
    return ctx.ok(productId=int(product_id))


# ---------------------------------------------------------------- colors and grades


def _category_matches(ctx: HandlerContext, name: object, category_id: object) -> bool:
    wanted_id, wanted_name = ctx.text("categoryId"), ctx.text("categoryName")
    if wanted_id is not None and not exact(wanted_id, category_id):
        return False
    return wanted_name is None or exact(wanted_name, name)


def _flower_category_id(category: object) -> int | None:
    return CATEGORY_IDS.get(str(category))


@handler("v2/product/colors")
def list_colors(ctx: HandlerContext) -> Reply:
    """The distinct colors of the products (flowers and hard goods) of the categories asked
    for, sorted as the sample is."""
    colors: set[str] = set()
    for product in ctx.state.products.values():
        category = product.get("category")
        if product.get("color") and _category_matches(ctx, category, _flower_category_id(category)):
            colors.add(str(product["color"]))
    for product in inventory_of(ctx.state).hardgood_products.values():
        if product.get("color") and _category_matches(
            ctx, product.get("category"), product.get("categoryId")
        ):
            colors.add(str(product["color"]))
    return ctx.ok(colors=[{"color": color} for color in sorted(colors)])


@handler("v2/product/grades")
def list_grades(ctx: HandlerContext) -> Reply:
    """The distinct grades per category of the products (hard goods have none)."""
    grades: set[tuple[int, str, str]] = set()
    for product in ctx.state.products.values():
        category, grade = product.get("category"), product.get("grade")
        category_id = _flower_category_id(category)
        if grade and category_id is not None and _category_matches(ctx, category, category_id):
            grades.add((category_id, str(category), str(grade)))
    return ctx.ok(
        grades=[
            {"categoryId": category_id, "categoryName": name, "grade": grade}
            for category_id, name, grade in sorted(grades)
        ]
    )

"""v2/price-list, its seasons and seasonal products (more-methods.md, "Price lists (v2)").

The three reads answer status 1 with an empty array when nothing matches (no "not found"
text is documented for them). Names match with LIKE, ids exactly. ``product.add`` takes a
JSON array of lines and is all-or-nothing: a line naming an unknown price list, season,
product, vendor or box type refuses the whole request (how Komet reports a bad line is
not documented); a line for a product already priced in that season, vendor and box type
replaces its price (the fake's choice). Messages are the samples' ("Success.", "OK").
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import rules
from .._seed_pricing import public, season_product_record
from . import HandlerContext, ParamError, Reply, handler
from ._filters import Record, exact, like

ADDED = "Success."  # product.add sample
UPDATED = "OK"  # product.update sample


def _id(values: Mapping[str, Any], name: str, prefix: str = "") -> int | None:
    """An id sent as a number or as text (the samples send text); None when absent."""
    value = values.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ParamError(rules.BAD_PARAM, param=prefix + name)
    try:
        return int(str(value).strip())
    except ValueError:
        raise ParamError(rules.BAD_PARAM, param=prefix + name) from None


def _money(values: Mapping[str, Any], name: str, prefix: str = "") -> float | None:
    value = values.get(name)
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise ParamError(rules.BAD_PARAM, param=prefix + name) from None
    if isinstance(value, bool) or not amount.is_finite() or amount < 0:
        raise ParamError(rules.BAD_PARAM, param=prefix + name)
    return float(amount)


@handler("v2/price-list")
def list_price_lists(ctx: HandlerContext) -> Reply:
    kind = (ctx.text("priceListType") or "").strip().upper()
    name = ctx.text("name")
    found = [
        public(p)
        for p in ctx.state.price_lists.values()
        if (kind in ("", "A") or p["type"] == kind) and (name is None or like(name, p["name"]))
    ]
    return ctx.ok("OK", priceList=found)


def _price_list(ctx: HandlerContext, price_list_id: int | None) -> Record:
    price_list = ctx.state.price_lists.get(str(price_list_id))
    if price_list is None:
        raise ParamError(rules.RECORD_NOT_FOUND, what="Price list", key=price_list_id)
    return price_list


def _season(ctx: HandlerContext, price_list: Record, season_id: int | None) -> Record:
    season = ctx.state.seasons.get(str(season_id))
    if season is None or season["priceListId"] != price_list["id"]:
        raise ParamError(rules.RECORD_NOT_FOUND, what="Season", key=season_id)
    return season


@handler("v2/price-list/season")
def list_seasons(ctx: HandlerContext) -> Reply:
    price_list = _price_list(ctx, _id(ctx.params, "priceListId"))
    name = ctx.text("name")
    found = [
        public(s)
        for s in ctx.state.seasons.values()
        if s["priceListId"] == price_list["id"] and (name is None or like(name, s["name"]))
    ]
    return ctx.ok("OK", seasons=found)


@handler("v2/price-list/season/product")
def list_season_products(ctx: HandlerContext) -> Reply:
    price_list = _price_list(ctx, _id(ctx.params, "priceListId"))
    season = _season(ctx, price_list, _id(ctx.params, "priceListSeasonId"))
    product_id = _id(ctx.params, "companyProductId")
    description = None if product_id is not None else ctx.text("productDescription")
    vendor_id, category_id = ctx.text("vendorId"), ctx.text("categoryId")
    found = [
        public(line)
        for line in ctx.state.season_products.values()
        if line["seasonId"] == season["id"]
        and (product_id is None or line["_companyProductId"] == product_id)
        and (description is None or like(description, line["productDescription"]))
        and (vendor_id is None or exact(vendor_id, line["vendorId"]))
        and (category_id is None or exact(category_id, line["_categoryId"]))
    ]
    return ctx.ok("OK", priceListSeasonsProducts=found)


def _priced_line(ctx: HandlerContext, values: Mapping[str, Any], prefix: str) -> Record:
    """A ``priceListSeasonsProducts`` record from one request line (or refuses it)."""
    state = ctx.state
    price_list = _price_list(ctx, _id(values, "priceListId", prefix))
    season = _season(ctx, price_list, _id(values, "seasonId", prefix))
    product_id = _id(values, "companyProductId", prefix)
    product = state.products.get(str(product_id))
    if product is None:
        raise ParamError(rules.RECORD_NOT_FOUND, what="Product", key=product_id)
    vendor_id = _id(values, "vendorId", prefix)
    vendor = state.vendors.get(str(vendor_id)) if vendor_id is not None else None
    if vendor_id is not None and vendor is None:
        raise ParamError(rules.RECORD_NOT_FOUND, what="Vendor", key=vendor_id)
    box_type = _box_type(ctx, values, prefix)
    price = _money(values, "price", prefix)
    return season_product_record(
        0,
        price_list=price_list,
        season=season,
        product=product,
        price=price,
        cost=_money(values, "cost", prefix),
        vendor=vendor,
        box_type=box_type,
    )


def _box_type(ctx: HandlerContext, values: Mapping[str, Any], prefix: str) -> Record | None:
    box_type_id = _id(values, "boxTypeId", prefix)
    code = values.get("boxTypeCode")
    if box_type_id is not None:
        box_type = ctx.state.box_types.get(str(box_type_id))
        if box_type is None:
            raise ParamError(rules.RECORD_NOT_FOUND, what="Box type", key=box_type_id)
        return box_type
    if code is None or code == "":
        return None
    for box_type in ctx.state.box_types.values():
        if exact(str(code), box_type["code"]):
            return box_type
    raise ParamError(rules.RECORD_NOT_FOUND, what="Box type", key=code)


def _same_slot(a: Record, b: Record) -> bool:
    keys = ("seasonId", "_companyProductId", "vendorId", "boxTypeId")
    return all(a[key] == b[key] for key in keys)


@handler("v2/price-list/season/product.add")
def add_season_products(ctx: HandlerContext) -> Reply:
    lines = [
        _priced_line(ctx, values, f"[{index}].") for index, values in enumerate(ctx.items or [])
    ]
    priced = ctx.state.season_products
    for line in lines:  # every line was checked: now apply them all
        existing = next((p for p in priced.values() if _same_slot(p, line)), None)
        if existing is not None:
            existing.update(price=line["price"], cost=line["cost"])
            continue
        line_id = ctx.state.next_id()
        priced[str(line_id)] = {**line, "id": line_id}
    return ctx.ok(ADDED)


@handler("v2/price-list/season/product.update")
def update_season_product(ctx: HandlerContext) -> Reply:
    line_id = _id(ctx.params, "priceListSeasonProductId")
    existing = ctx.state.season_products.get(str(line_id))
    if existing is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Seasonal product", key=line_id)
    line = _priced_line(ctx, ctx.params, "")
    existing.update({**line, "id": existing["id"]})
    return ctx.ok(UPDATED)

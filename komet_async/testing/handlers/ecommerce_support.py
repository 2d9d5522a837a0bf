"""E-commerce support (more-methods.md): ecommerce/customer-carriers.list,
ecommerce-lite/settings and the deprecated carriers.by.customer.ship.date.list.

They read the seeded customers and carriers. Where a page is cut off (GAP) the fake's
answer carries the documented fields plus plausible extras, marked below: the items of
``carriers`` (cut after "array of o...") and the per-date ``defaultCarriersByDate`` objects
are ``{carrierId, carrierName}`` like ``carrierDate[]``'s documented ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from .. import rules
from . import HandlerContext, Reply, handler
from ._filters import Record

SHIP_DAYS_AHEAD = 7  # how far ahead the fake company lets customers order (its choice)


def _customer(ctx: HandlerContext) -> Record | None:
    customer_id = (ctx.text("customerId") or "").strip()
    return ctx.state.customers.get(customer_id)


def _unknown_customer(ctx: HandlerContext) -> Reply:
    return ctx.fail(rules.RECORD_NOT_FOUND, what="Customer", key=ctx.text("customerId") or "")


def _active_carriers(ctx: HandlerContext) -> list[Record]:
    carriers = [c for c in ctx.state.carriers.values() if str(c.get("active")) == "1"]
    return sorted(carriers, key=lambda c: int(c["id"]))


def _pick(customer: Record, carriers: list[Record], day: dt.date) -> Record:
    """The suggested carrier of a customer on a day: stable for (customer, day)."""
    digest = hashlib.sha256(f"{customer['id']}:{day.isoformat()}".encode()).digest()
    return carriers[digest[0] % len(carriers)]


def _carrier(carrier: Record) -> Record:
    return {"carrierId": int(carrier["id"]), "carrierName": carrier["name"]}


@handler("ecommerce/customer-carriers.list")
def list_customer_carriers(ctx: HandlerContext) -> Reply:
    customer = _customer(ctx)
    if customer is None:
        return _unknown_customer(ctx)
    day = ctx.date("date")
    first, last = ctx.date("availableFrom"), ctx.date("availableTo")
    assert day is not None and first is not None and last is not None  # required (spec)
    if first > last:
        return ctx.fail(rules.BAD_PARAM, param="availableTo")
    carriers = _active_carriers(ctx)
    if not carriers:
        return ctx.not_found()
    suggested = _pick(customer, carriers, day)
    digest = hashlib.sha256(f"cube:{customer['id']}:{suggested['id']}".encode()).digest()
    cube_rate = f"{1 + digest[0] % 9}.{digest[1] % 100:02d}"  # decimal:10,2, as text
    return ctx.ok(
        carrierId=int(suggested["id"]),
        carrierName=suggested["name"],
        carrierCubeRate=float(cube_rate),
        carriers=[_carrier(c) for c in carriers],  # item fields: GAP, plausible extras
    )


@handler("ecommerce-lite/settings")
def ecommerce_settings(ctx: HandlerContext) -> Reply:
    customer = _customer(ctx)
    if customer is None:
        return _unknown_customer(ctx)
    token = ctx.token
    if token is not None and token.customer_id is not None and token.customer_id != customer["id"]:
        return ctx.fail(rules.METHOD_NOT_ALLOWED, method=ctx.method)
    info = {
        "isMultilocation": False,  # the fake company has one location
        "showArrivalDate": False,
        "chargeTax": customer.get("customerType") != "Wholesaler",
        "isMultiCompany": False,
        "isEcommerceLite": True,
        "isAdminSales": False,
        "showVendorCodeOrName": 1,
        "companyName": "Komet Fake Farms",
        "customerName": customer["name"],
        "username": f"{str(customer['code']).lower()}.buyer",
        "enableAccessAppMobile": True,
    }
    return ctx.ok(userInfo=[info])


@handler("carriers.by.customer.ship.date.list")
def list_carriers_by_ship_date(ctx: HandlerContext) -> Reply:
    customer = _customer(ctx)
    if customer is None:
        return _unknown_customer(ctx)
    origin = ctx.text("inventoryOrigin")
    if origin is not None and origin.strip() not in {"1", "2", "3"}:
        return ctx.fail(rules.BAD_PARAM, param="inventoryOrigin")
    carriers = _active_carriers(ctx)
    if not carriers:
        return ctx.not_found()
    days = [ctx.today() + dt.timedelta(days=n) for n in range(1, SHIP_DAYS_AHEAD + 1)]
    return ctx.ok(
        deliverDates=[day.strftime("%m/%d/%Y") for day in days],  # the sample's format
        defaultCarriersByDate={  # the sample's object keyed by date; its values: GAP
            day.strftime("%m/%d/%Y"): _carrier(_pick(customer, carriers, day)) for day in days
        },
        carrierDate=[_carrier(c) for c in carriers],
    )

"""Lookup lists and their writes: customers, locations, carriers, vendors, AWBs, login."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .. import rules
from . import HandlerContext, Reply, handler
from ._filters import Record, exact, select

VENDOR_FIELDS = ("id", "name", "code", "portOrigin", "cargoMasterCode", "active")
VENDOR_SAVED = "The Vendor was successfully saved."  # vendor.add sample


def _active_only(ctx: HandlerContext, records: Iterable[Record]) -> list[Record]:
    """Inactive records are left out unless ``includeInactive`` is 1/true."""
    if ctx.flag("includeInactive"):
        return list(records)
    return [r for r in records if str(r.get("active")) == "1"]


def _answer(ctx: HandlerContext, key: str, found: list[Record]) -> Reply:
    return ctx.ok("OK", **{key: found}) if found else ctx.not_found()


@handler("customer.list")
def list_customers(ctx: HandlerContext) -> Reply:
    found = select(
        _active_only(ctx, ctx.state.customers.values()),
        exact_filters={
            "id": ctx.text("id"),
            "code": ctx.text("code"),
            "salesPersonId": ctx.text("salesPersonId"),
        },
        like_filters={"name": ctx.text("name")},
    )
    since = ctx.text("updateAsOf")  # spelled updateAsOf on this page
    if since is not None:
        found = [c for c in found if str(c.get("updatedOn", ""))[:10] >= since[:10]]
    return _answer(ctx, "customers", found)


@handler("location.list")
def list_locations(ctx: HandlerContext) -> Reply:
    found = select(
        ctx.state.locations.values(),
        exact_filters={"id": ctx.text("id"), "code": ctx.text("code")},
        like_filters={"name": ctx.text("name")},
    )
    return _answer(ctx, "locations", found)


@handler("carrier.list")
def list_carriers(ctx: HandlerContext) -> Reply:
    found = select(
        ctx.state.carriers.values(),
        exact_filters={
            "id": ctx.text("id"),
            "code": ctx.text("code"),
            "active": ctx.text("active"),
        },
        like_filters={"name": ctx.text("name")},
    )
    return _answer(ctx, "carriers", found)


@handler("vendor.list")
def list_vendors(ctx: HandlerContext) -> Reply:
    found = select(
        _active_only(ctx, ctx.state.vendors.values()),
        exact_filters={
            "id": ctx.text("id"),
            "code": ctx.text("code"),
            "portOrigin": ctx.text("portOrigin"),
        },
        like_filters={"name": ctx.text("name")},
    )
    return _answer(ctx, "vendors", [{k: v.get(k) for k in VENDOR_FIELDS} for v in found])


@handler("vendor.add")
def add_vendor(ctx: HandlerContext) -> Reply:
    vendor_id = ctx.state.next_id()
    vendor: Record = {k: v for k, v in ctx.params.items() if k in ctx.spec.params.names}
    vendor.update(id=str(vendor_id), active=1, cargoMasterCode=None)
    ctx.state.vendors[str(vendor_id)] = vendor
    return ctx.ok(VENDOR_SAVED, vendorId=vendor_id)


# ---------------------------------------------------------------- AWBs


def _awbs_for(
    ctx: HandlerContext, by_day: Iterable[Record], generated: Iterable[Record]
) -> list[Record]:
    """AWBs of ``shipDate`` or, with only ``awb`` (last 4 digits), of every generated day."""
    day = ctx.date("shipDate")
    candidates = list(by_day) if day is not None else list(generated)
    last4 = ctx.text("awb")
    if last4 is not None:
        candidates = [
            a for a in candidates if "".join(filter(str.isdigit, a["awb"])).endswith(last4)
        ]
    return candidates


def _boxes_of(ctx: HandlerContext, awb_id: int) -> list[Record]:
    return [b for b in ctx.state.boxes.values() if b.get("awbId") == awb_id]


def _awb_summary(ctx: HandlerContext, awb: Record) -> Record:
    boxes = _boxes_of(ctx, awb["awbId"])
    return {
        "awbId": awb["awbId"],
        "awb": awb["awb"],
        "origin": awb["origin"],
        "shipDate": awb["shipDate"],
        "arrivalDate": awb["arrivalDate"],
        "pieces": len(boxes),
        "piecesReceived": min(awb["piecesReceived"], len(boxes)),
        "boxesCodes": ",".join(b["code"] for b in boxes),
        "locationCode": awb["locationCode"],
        "status": awb["status"],
    }


def _shipped_awbs(ctx: HandlerContext) -> list[Record]:
    day = ctx.date("shipDate")
    by_day = ctx.state.awbs.get(day) if day is not None else []
    found = _awbs_for(ctx, by_day, ctx.state.all_generated_awbs())
    origin, location = ctx.text("originCode"), ctx.text("locationCode")
    return [
        a
        for a in found
        if (origin is None or exact(origin, a["origin"]))
        and (location is None or exact(location, a["locationCode"]))
    ]


@handler("awb.list")
def list_awbs(ctx: HandlerContext) -> Reply:
    return _answer(ctx, "awbs", [_awb_summary(ctx, a) for a in _shipped_awbs(ctx)])


@handler("awb.details.list")
def list_awb_details(ctx: HandlerContext) -> Reply:
    found = []
    for awb in _shipped_awbs(ctx):
        carrier = ctx.state.carriers.get(str(awb["carrierId"]), {})
        summary = _awb_summary(ctx, awb)
        del summary["boxesCodes"]  # the details answer lists boxes instead
        summary["boxes"] = [
            {
                "code": box["code"],
                "unitCost": box["unitCost"],
                "carrierName": carrier.get("name"),
                "carrierCode": carrier.get("code"),
                "truckDate": awb["arrivalDate"],
                "shipToId": None,
            }
            for box in _boxes_of(ctx, awb["awbId"])
        ]
        found.append(summary)
    return _answer(ctx, "awbs", found)


@handler("awb.future.list")
def list_future_awbs(ctx: HandlerContext) -> Reply:
    day = ctx.date("shipDate")
    saved = list(ctx.state.saved_future_awbs.values())
    by_day = (
        [*ctx.state.future_awbs.get(day), *[a for a in saved if a["shipDate"] == str(day)]]
        if day
        else []
    )
    generated = [a for days in ctx.state.future_awbs.materialized().values() for a in days]
    found = _awbs_for(ctx, by_day, [*generated, *saved])
    origin = ctx.text("originCode")
    found = [a for a in found if origin is None or exact(origin, a["originCode"])]
    return _answer(ctx, "awbs", [dict(a) for a in found])


@handler("awb.future.save")
def save_future_awb(ctx: HandlerContext) -> Reply:
    houses = ctx.params.get("houses")
    if not isinstance(houses, list) or not all(isinstance(h, Mapping) for h in houses):
        return ctx.fail(rules.BAD_PARAM, param="houses")
    number = str(ctx.params["awb"])
    existing = ctx.state.saved_future_awbs.get(number)
    record: Record = {
        "awbId": existing["awbId"] if existing else ctx.state.next_id(),
        "awb": number,
        "originCode": ctx.text("originCode"),
        # "shipDate ... ignored if the AWB exists" (awb.future.save page)
        "shipDate": existing["shipDate"] if existing else ctx.text("shipDate"),
        "instructions": ctx.text("instructions") or "",
        "houses": [_house(h) for h in houses],
    }
    ctx.state.saved_future_awbs[number] = record
    return ctx.ok("success")


def _house(house: Mapping[str, Any]) -> Record:
    keys = ("house", "vendorCode", "locationCode", "instructions")
    return {k: house.get(k) for k in keys}


# ---------------------------------------------------------------- login


@handler("login")
def login(ctx: HandlerContext) -> Reply:
    """Answers the company token registered with ``FakeKomet.add_user``."""
    token = ctx.tokens.login(ctx.text("username") or "", ctx.text("password") or "")
    if token is None:
        return ctx.fail(rules.LOGIN_FAILED)
    return ctx.ok(apiKey=token)

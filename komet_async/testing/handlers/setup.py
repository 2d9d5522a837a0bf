"""Setup lookups: carrier.add/update, category.list, additional charges and automatic
additional charges (more-methods.md, "Setup lookups").

Success messages are the samples' ("The carrier was successfully saved."). The automatic
additional charge pages show no answer (GAP): the fake answers ``"OK"`` and nothing more,
so a rule's id is known only to the fake's state (``state.setup.automatic_charges``).
Every refusal text here is the fake's own (``rules.RECORD_NOT_FOUND``, ``rules.BAD_PARAM``).
"""

from __future__ import annotations

from typing import Any

from .. import rules
from .._seed_data import Record
from . import HandlerContext, Reply, handler
from ._filters import select
from ._order_records import as_int

CARRIER_SAVED = "The carrier was successfully saved."  # carrier.add / carrier.update samples
CHARGE_SAVED = "The additional charge was successfully saved."  # additional.charge.* samples


def _answer(ctx: HandlerContext, key: str, found: list[Record]) -> Reply:
    return ctx.ok("OK", **{key: found}) if found else ctx.not_found()


# --- carriers ------------------------------------------------------------------------------------


def _capacity(ctx: HandlerContext) -> int | None:
    return as_int(ctx.params.get("capacity"))  # the sample writes it as text: "200"


@handler("carrier.add")
def add_carrier(ctx: HandlerContext) -> Reply:
    carrier_id = ctx.state.next_id()
    ctx.state.carriers[str(carrier_id)] = {
        "id": carrier_id,
        "code": ctx.text("code"),
        "name": ctx.text("name"),
        "active": 1,
        "street": None,
        "city": None,
        "state": None,
        "zipCode": None,
        "country": None,
        "phone": None,
        "kometNetworkName": None,
        "kometNetworkId": None,
    }
    ctx.state.setup.carrier_capacity[str(carrier_id)] = _capacity(ctx)
    return ctx.ok(CARRIER_SAVED, carrierId=carrier_id)


@handler("carrier.update")
def update_carrier(ctx: HandlerContext) -> Reply:
    key = str(as_int(ctx.params.get("carrierId")))
    carrier = ctx.state.carriers.get(key)
    if carrier is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Carrier", key=ctx.text("carrierId"))
    carrier.update(name=ctx.text("name"), code=ctx.text("code"))
    active = ctx.flag("active")
    if active is not None:
        carrier["active"] = 1 if active else 0
    if "capacity" in ctx.params:
        ctx.state.setup.carrier_capacity[key] = _capacity(ctx)
    return ctx.ok(CARRIER_SAVED, carrierId=carrier["id"])


# --- categories ----------------------------------------------------------------------------------


@handler("category.list")
def list_categories(ctx: HandlerContext) -> Reply:
    found = [dict(c) for c in ctx.state.setup.categories.values()]
    return _answer(ctx, "categoryItems", found)


# --- additional charges --------------------------------------------------------------------------


@handler("additional.charge.list")
def list_additional_charges(ctx: HandlerContext) -> Reply:
    active = ctx.flag("active")
    found = select(
        ctx.state.setup.additional_charges.values(),
        exact_filters={
            "id": ctx.text("id"),
            "code": ctx.text("code"),
            "active": None if active is None else ("1" if active else "0"),
        },
        like_filters={"name": ctx.text("name")},
    )
    return _answer(ctx, "additionalCharges", found)


@handler("additional.charge.add")
def add_additional_charge(ctx: HandlerContext) -> Reply:
    charge_id = ctx.state.next_id()
    ctx.state.setup.additional_charges[str(charge_id)] = {
        "id": str(charge_id),  # the list sample writes ids as text
        "name": ctx.text("name"),
        "code": ctx.text("code"),
        "active": "1",
    }
    return ctx.ok(CHARGE_SAVED, additionalChargeId=charge_id)


def _charge(ctx: HandlerContext) -> Record | None:
    return ctx.state.setup.additional_charges.get(str(as_int(ctx.params.get("additionalChargeId"))))


@handler("additional.charge.update")
def update_additional_charge(ctx: HandlerContext) -> Reply:
    charge = _charge(ctx)
    if charge is None:
        return ctx.fail(
            rules.RECORD_NOT_FOUND, what="Additional charge", key=ctx.text("additionalChargeId")
        )
    for name in ("name", "code"):
        if ctx.text(name) is not None:
            charge[name] = ctx.text(name)
    active = ctx.flag("active")
    if active is not None:
        charge["active"] = "1" if active else "0"
    return ctx.ok(CHARGE_SAVED, additionalChargeId=as_int(charge["id"]))


# --- automatic additional charges ----------------------------------------------------------------

_RULE_FIELDS = (
    "additionalChargeId",
    "companyLocationId",
    "amountValue",
    "active",
    "capPerDay",
    "minCapPerDay",
    "amountType",
    "orderType",
)


def _ids(ctx: HandlerContext, name: str) -> list[int] | Reply | None:
    """A comma-separated id list (as documented), None when absent, a refusal if malformed."""
    raw = ctx.params.get(name)
    if raw is None or raw == "":
        return None
    ids = [as_int(part) for part in str(raw).split(",")]
    if any(i is None for i in ids):
        return ctx.fail(rules.BAD_PARAM, param=name)
    return [i for i in ids if i is not None]


def _rule_fields(ctx: HandlerContext) -> Record | Reply:
    if _charge(ctx) is None:
        return ctx.fail(
            rules.RECORD_NOT_FOUND, what="Additional charge", key=ctx.text("additionalChargeId")
        )
    if ctx.text("companyLocationId") not in ctx.state.locations:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Location", key=ctx.text("companyLocationId"))
    for name in ("amountType", "orderType"):
        if as_int(ctx.params.get(name)) not in (0, 1, 2):
            return ctx.fail(rules.BAD_PARAM, param=name)
    fields: Record = {name: ctx.params.get(name) for name in _RULE_FIELDS}
    fields["active"] = ctx.flag("active")
    carriers = _ids(ctx, "carrierIds")
    if isinstance(carriers, Reply):
        return carriers
    for carrier_id in carriers or ():
        if str(carrier_id) not in ctx.state.carriers:
            return ctx.fail(rules.RECORD_NOT_FOUND, what="Carrier", key=carrier_id)
    if carriers is not None:
        fields["carrierIds"] = carriers
    return fields


@handler("automatic-additional-charge [POST]")
def add_automatic_charge(ctx: HandlerContext) -> Reply:
    fields = _rule_fields(ctx)
    if isinstance(fields, Reply):
        return fields
    excluded = _ids(ctx, "excludeCustomerIds")
    if isinstance(excluded, Reply):
        return excluded
    exceptions: Any = ctx.params.get("exceptionCustomers", [])
    if not isinstance(exceptions, list) or not all(isinstance(e, dict) for e in exceptions):
        return ctx.fail(rules.BAD_PARAM, param="exceptionCustomers")
    rule_id = ctx.state.next_id()
    ctx.state.setup.automatic_charges[str(rule_id)] = {
        "id": rule_id,
        "carrierIds": [],
        **fields,
        "excludeCustomerIds": excluded or [],
        "exceptionCustomers": [dict(e) for e in exceptions],
    }
    return ctx.ok("OK")


@handler("automatic-additional-charge [PUT]")
def update_automatic_charge(ctx: HandlerContext) -> Reply:
    key = ctx.text("automaticAdditionalChargeId")  # a query parameter on this page
    rule = ctx.state.setup.automatic_charges.get(str(as_int(key)))
    if rule is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Automatic additional charge", key=key)
    fields = _rule_fields(ctx)
    if isinstance(fields, Reply):
        return fields
    excluded = _ids(ctx, "excludeCustomerIds")
    if isinstance(excluded, Reply):
        return excluded
    action = as_int(ctx.params.get("excludeCustomerActionType"))
    if excluded is not None and action is None:
        # "required if excludeCustomerIds is sent" (the page)
        return ctx.fail(rules.PARAM_REQUIRED, param="excludeCustomerActionType")
    rule.update(fields)
    if excluded is not None:
        kept: list[int] = rule["excludeCustomerIds"]
        if action == 0:  # "Delete specified customers from the excluded list"
            rule["excludeCustomerIds"] = [c for c in kept if c not in excluded]
        else:  # the other values are cut (GAP): the fake's reading is "add them"
            rule["excludeCustomerIds"] = kept + [c for c in excluded if c not in kept]
    return ctx.ok("OK")

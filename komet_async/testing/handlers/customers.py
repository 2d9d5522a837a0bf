"""customer.add/update, contacts, ship-tos, additional charges, the user-token lists.

Success texts are the samples' where a page shows one. ``customer.add``/``customer.update``
answers are a GAP: the fake answers like ``vendor.add`` does (a "successfully saved" text
and, for ``customer.add``, the new ``customerId``) -- its own choice, not Komet's wording.
A User token's ``user_id`` (``FakeKomet.add_token("user", user_id=...)``) is a salesperson
id (``salesPersonId`` of the customers) or the ``userId`` of an e-commerce user created
through ``v2/user/e-commerce``; without one the user has no customers of its own.
"""

from __future__ import annotations

from typing import Any

from .. import rules
from .._state_customers import COMPANY_NAME, CONTACT_TYPES, CustomerAccounts, accounts_of
from .._state_inventory import COMPANY_ID
from . import HandlerContext, Reply, handler
from ._filters import Record, exact, like

CUSTOMER_SAVED = "Customer was successfully saved"  # undocumented (GAP): the fake's choice
CUSTOMER_UPDATED = "Customer was successfully updated"  # undocumented (GAP)
CONTACT_SAVED = "Contact was successfully saved"  # customer.contact.add sample
CONTACT_UPDATED = "Contact was successfully updated"  # customer.contact.update sample
CONTACT_DELETED = "Contact was successfully deleted."  # customer.contact.delete sample
SHIP_TO_SAVED = "Ship to was successfully saved"  # customer.shipto.add / .update samples
SHIP_TO_REMOVED = "Ship to removed."  # customer.shipto.delete sample
CHARGE_SAVED = "The automatic additional charge was successfully saved."  # sample

CONTACT_TYPE_UNKNOWN = rules.Rule(
    "contact_type_unknown",
    "Contact type {type} does not exist.",
    False,
    "the page says the type 'must already exist in Komet'; the refusal text is the fake's",
)
SHIP_TO_ELSEWHERE = rules.Rule(
    "ship_to_of_another_customer",
    "Ship to {ship_to} does not belong to customer {customer}.",
    False,
    "undocumented; the fake's choice",
)

LIST_FIELDS = (
    "id",
    "accountingCode",
    "name",
    "code",
    "active",
    "salesPerson",
    "salesPersonId",
    "customerType",
    "updatedOn",
)
DETAIL_FIELDS = (
    "locationCodes",
    "type",
    "phone",
    "fax",
    "website",
    "terms",
    "emailForInvoices",
    "emailForStatements",
    "creditHold",
    "creditLimit",
    "paymentMethod",
    "chargeFuelSurcharge",
    "chargeTax",
    "sendInvoiceVia",
    "askPaymentUponConfirmation",
    "financeChargePercentage",
    "customerGroup",
)
SHIP_TO_FIELDS = (
    "name",
    "address",
    "city",
    "state",
    "zipcode",
    "country",
    "phone",
    "fax",
    "carrierAccount",
    "salesPersonCodeForFlowers",
    "salesPersonCodeForPlants",
)
CONTACT_FIELDS = (
    "name",
    "type",
    "phone",
    "ext",
    "mobile",
    "fax",
    "email",
    "description",
    "instantMessaging",
    "emailPOD",
)
SHIP_TO_ANSWER = (
    "id",
    "shipToCode",
    "name",
    "address",
    "city",
    "state",
    "zipcode",
    "country",
    "phone",
    "fax",
    "carrierId",
    "carrierName",
    "carrierAccount",
    "carrierCode",
    "updatedAsOf",
)


def _now_text(ctx: HandlerContext) -> str:
    return ctx.now().strftime("%Y-%m-%dT%H:%M:%S")  # customer.list's updatedOn form


def _customer(ctx: HandlerContext) -> Record | Reply:
    key = ctx.text("customerId")
    customer = ctx.state.customers.get((key or "").strip())
    if customer is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Customer", key=key)
    return customer


def _given(ctx: HandlerContext, names: tuple[str, ...]) -> Record:
    return {name: ctx.params[name] for name in names if name in ctx.params}


# --- accounts ----------------------------------------------------------------------------


@handler("customer.add")
def add_customer(ctx: HandlerContext) -> Reply:
    customer_id = str(ctx.state.next_id())
    ctx.state.customers[customer_id] = {
        "id": customer_id,
        "accountingCode": None,
        "name": ctx.text("name"),
        "code": ctx.text("code"),
        "active": "1",
        "salesPerson": None,
        "salesPersonId": None,
        "customerType": None,
        "updatedOn": _now_text(ctx),
    }
    accounts_of(ctx.state).details[customer_id] = _given(ctx, DETAIL_FIELDS)
    return ctx.ok(CUSTOMER_SAVED, customerId=int(customer_id))


@handler("customer.update")
def update_customer(ctx: HandlerContext) -> Reply:
    customer = _customer(ctx)
    if isinstance(customer, Reply):
        return customer
    for key in ("name", "code"):
        if ctx.text(key) is not None:
            customer[key] = ctx.text(key)
    if ctx.flag("active") is not None:
        customer["active"] = "1" if ctx.flag("active") else "0"
    customer["updatedOn"] = _now_text(ctx)
    accounts_of(ctx.state).details.setdefault(customer["id"], {}).update(_given(ctx, DETAIL_FIELDS))
    return ctx.ok(CUSTOMER_UPDATED)


# --- contacts ----------------------------------------------------------------------------


def _contact_fields(ctx: HandlerContext) -> Record | Reply:
    kind = ctx.text("type") or ""
    known = next((t for t in CONTACT_TYPES if t.lower() == kind.strip().lower()), None)
    if known is None:
        return ctx.fail(CONTACT_TYPE_UNKNOWN, type=kind)
    fields = _given(ctx, CONTACT_FIELDS)
    fields["type"] = known
    if "emailPOD" in fields:
        fields["emailPOD"] = bool(ctx.flag("emailPOD"))
    return fields


@handler("customer.contact.add")
def add_contact(ctx: HandlerContext) -> Reply:
    customer = _customer(ctx)
    if isinstance(customer, Reply):
        return customer
    fields = _contact_fields(ctx)
    if isinstance(fields, Reply):
        return fields
    contact_id = ctx.state.next_id()
    contact: Record = {name: "" for name in CONTACT_FIELDS}
    contact.update(id=contact_id, customerId=customer["id"], emailPOD=False)
    contact.update(fields)
    accounts_of(ctx.state).contacts[contact_id] = contact
    return ctx.ok(CONTACT_SAVED, contactId=contact_id)


def _contact(ctx: HandlerContext, accounts: CustomerAccounts) -> Record | Reply:
    try:
        contact = accounts.contacts.get(int(ctx.text("contactId") or ""))
    except ValueError:
        contact = None
    if contact is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Contact", key=ctx.text("contactId"))
    return contact


@handler("customer.contact.update")
def update_contact(ctx: HandlerContext) -> Reply:
    accounts = accounts_of(ctx.state)
    contact = _contact(ctx, accounts)
    if isinstance(contact, Reply):
        return contact
    customer = _customer(ctx)
    if isinstance(customer, Reply):
        return customer
    fields = _contact_fields(ctx)
    if isinstance(fields, Reply):
        return fields
    contact["customerId"] = customer["id"]
    contact.update(fields)
    return ctx.ok(CONTACT_UPDATED, contactId=contact["id"])


@handler("customer.contact.delete")
def delete_contact(ctx: HandlerContext) -> Reply:
    accounts = accounts_of(ctx.state)
    contact = _contact(ctx, accounts)
    if isinstance(contact, Reply):
        return contact
    del accounts.contacts[contact["id"]]
    return ctx.ok(CONTACT_DELETED)


@handler("customer.contact.list")
def list_contacts(ctx: HandlerContext) -> Reply:
    customer = _customer(ctx)
    if isinstance(customer, Reply):
        return customer
    found = [
        {k: v for k, v in c.items() if k != "customerId"}
        for c in accounts_of(ctx.state).contacts.values()
        if str(c["customerId"]) == str(customer["id"])
    ]
    return ctx.ok(contacts=found) if found else ctx.not_found()


# --- ship-tos ----------------------------------------------------------------------------


def _carrier_fields(ctx: HandlerContext) -> Record | Reply:
    carrier_id = ctx.text("carrierId")
    if carrier_id is None:
        return {}
    carrier = ctx.state.carriers.get(carrier_id.strip())
    if carrier is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Carrier", key=carrier_id)
    return {
        "carrierId": carrier["id"],
        "carrierName": carrier["name"],
        "carrierCode": carrier["code"],
    }


@handler("customer.shipto.add")
def add_ship_to(ctx: HandlerContext) -> Reply:
    customer = _customer(ctx)
    if isinstance(customer, Reply):
        return customer
    carrier = _carrier_fields(ctx)
    if isinstance(carrier, Reply):
        return carrier
    ship_to_id = ctx.state.next_id()
    ship_to: Record = {name: "" for name in SHIP_TO_ANSWER}
    ship_to.update(
        id=ship_to_id,
        customerId=customer["id"],
        shipToCode=str(ship_to_id),
        carrierId=None,
        carrierName="",
        carrierCode="",
    )
    ship_to.update(_given(ctx, SHIP_TO_FIELDS))
    ship_to.update(carrier)
    ship_to["updatedAsOf"] = ctx.today().isoformat()
    accounts_of(ctx.state).ship_tos[ship_to_id] = ship_to
    return ctx.ok(SHIP_TO_SAVED, shipToId=ship_to_id)


def _ship_to(ctx: HandlerContext, accounts: CustomerAccounts) -> Record | Reply:
    try:
        ship_to = accounts.ship_tos.get(int(ctx.text("shipToId") or ""))
    except ValueError:
        ship_to = None
    if ship_to is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Ship to", key=ctx.text("shipToId"))
    return ship_to


@handler("customer.shipto.update")
def update_ship_to(ctx: HandlerContext) -> Reply:
    accounts = accounts_of(ctx.state)
    ship_to = _ship_to(ctx, accounts)
    if isinstance(ship_to, Reply):
        return ship_to
    customer = _customer(ctx)
    if isinstance(customer, Reply):
        return customer
    if str(ship_to["customerId"]) != str(customer["id"]):
        return ctx.fail(SHIP_TO_ELSEWHERE, ship_to=ship_to["id"], customer=customer["id"])
    carrier = _carrier_fields(ctx)
    if isinstance(carrier, Reply):
        return carrier
    ship_to.update(_given(ctx, SHIP_TO_FIELDS))
    ship_to.update(carrier)
    ship_to["updatedAsOf"] = ctx.today().isoformat()
    return ctx.ok(SHIP_TO_SAVED, shipToId=ship_to["id"])


@handler("customer.shipto.delete")
def delete_ship_to(ctx: HandlerContext) -> Reply:
    accounts = accounts_of(ctx.state)
    ship_to = _ship_to(ctx, accounts)
    if isinstance(ship_to, Reply):
        return ship_to
    del accounts.ship_tos[ship_to["id"]]
    return ctx.ok(SHIP_TO_REMOVED)


@handler("customer.shipto.list")
def list_ship_tos(ctx: HandlerContext) -> Reply:
    """customerId and id exact, name LIKE, updateAsOf (or updatedAsOf) a day."""
    customer_id, ship_to_id, name = ctx.text("customerId"), ctx.text("id"), ctx.text("name")
    since = ctx.date("updateAsOf") or ctx.date("updatedAsOf")
    found = [
        {k: s.get(k) for k in SHIP_TO_ANSWER}
        for s in accounts_of(ctx.state).ship_tos.values()
        if (customer_id is None or exact(customer_id, s["customerId"]))
        and (ship_to_id is None or exact(ship_to_id, s["id"]))
        and (name is None or like(name, s["name"]))
        and (since is None or s["updatedAsOf"] >= since.isoformat())
    ]
    return ctx.ok(shiptos=found) if found else ctx.not_found()


# --- additional charges ----------------------------------------------------------------


@handler("customer.additional.charge.update")
def update_customer_charge(ctx: HandlerContext) -> Reply:
    """The charge code is not checked against additional.charge.list (another family's
    state); ``amountType`` must be ``%`` or ``$`` as documented."""
    customer = _customer(ctx)
    if isinstance(customer, Reply):
        return customer
    amount_type = ctx.text("amountType")
    if amount_type is not None and amount_type not in ("%", "$"):
        return ctx.fail(rules.BAD_PARAM, param="amountType")
    code = ctx.text("additionalChargeCode") or ""
    charge: dict[str, Any] = {"additionalChargeCode": code}
    charge.update(_given(ctx, ("amountValue", "amountType")))
    accounts_of(ctx.state).charges[(str(customer["id"]), code.upper())] = charge
    return ctx.ok(CHARGE_SAVED)


# --- user-token lists --------------------------------------------------------------------


def _users_customers(ctx: HandlerContext) -> list[Record]:
    """The customers of the token's user: an e-commerce user's linked customers, else those
    whose salesperson the user is."""
    user_id = ctx.token.user_id if ctx.token is not None else None
    if user_id is None:
        return []
    users = accounts_of(ctx.state).users.values()
    linked = next((u["customerIds"] for u in users if str(u["userId"]) == user_id), None)
    customers = ctx.state.customers
    if linked is not None:
        return [customers[c] for c in linked if c in customers]
    return [c for c in customers.values() if str(c.get("salesPersonId")) == user_id]


@handler("customer.by.company.list")
def list_customers_by_company(ctx: HandlerContext) -> Reply:
    if ctx.flag("showSalespersonCustomers"):
        mine = _users_customers(ctx)
    else:
        mine = [c for c in ctx.state.customers.values() if str(c.get("active")) == "1"]
    found = [{"customerId": int(c["id"]), "customerName": c["name"]} for c in mine]
    return ctx.ok(customerResult=found)


@handler("customer.by.user.list")
def list_customers_by_user(ctx: HandlerContext) -> Reply:
    found = [
        {
            "userId": int(ctx.token.user_id) if ctx.token and ctx.token.user_id else None,
            "customerName": c["name"],
            "customerId": int(c["id"]),
            "companyName": COMPANY_NAME,
            "companyId": COMPANY_ID,
        }
        for c in _users_customers(ctx)
    ]
    return ctx.ok(customerResult=found)

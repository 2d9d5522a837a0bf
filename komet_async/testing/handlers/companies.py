"""company.list, company.location.list, v2/user/e-commerce.

The fake company is one single-location company; its e-commerce users are kept by login.
"""

from __future__ import annotations

from .. import rules
from .._state_customers import COMPANY_NAME, accounts_of
from .._state_inventory import COMPANY_ID, LOCATION_CODE, LOCATION_ID, LOCATION_NAME
from . import HandlerContext, Reply, handler

COMPANY_ADMIN_ROLE = 1  # the documented sample's roleId for a company user
USER_CREATED = "User was successfully created."  # v2/user/e-commerce sample
LOGIN_TAKEN = rules.Rule(
    "login_taken", "Login {login} already exists.", False, "undocumented; the fake's choice"
)


@handler("company.list")
def list_companies(ctx: HandlerContext) -> Reply:
    return ctx.ok(
        companyResult=[
            {
                "companyId": COMPANY_ID,
                "companyName": COMPANY_NAME,
                "roleId": COMPANY_ADMIN_ROLE,
                "customerId": None,
                "customerName": None,
            }
        ]
    )


@handler("company.location.list")
def list_company_locations(ctx: HandlerContext) -> Reply:
    key = ctx.text("customerId")
    if (key or "").strip() not in ctx.state.customers:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Customer", key=key)
    location = {
        "id": LOCATION_ID,
        "name": LOCATION_NAME,
        "shortName": "Miami",
        "code": LOCATION_CODE,
        "active": True,
    }
    return ctx.ok(locations=[location])


@handler("v2/user/e-commerce")
def add_ecommerce_user(ctx: HandlerContext) -> Reply:
    """'If the code exists the user is associated with it': unknown codes are skipped."""
    codes = ctx.params.get("customerCodes")
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        return ctx.fail(rules.BAD_PARAM, param="customerCodes")
    login = ctx.text("login") or ""
    users = accounts_of(ctx.state).users
    if login.lower() in users:
        return ctx.fail(LOGIN_TAKEN, login=login)
    wanted = {c.strip().lower() for c in codes}
    linked = [
        c["id"] for c in ctx.state.customers.values() if str(c.get("code") or "").lower() in wanted
    ]
    users[login.lower()] = {
        "userId": ctx.state.next_id(),
        "login": login,
        "firstName": ctx.text("firstName"),
        "lastName": ctx.text("lastName"),
        "email": ctx.text("email"),
        "customerIds": linked,
    }
    return ctx.ok(USER_CREATED)

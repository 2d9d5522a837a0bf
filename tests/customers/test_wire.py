"""The exact requests of the customer and company methods: verb, path, where the token and
the account headers travel (on a scripted loopback server)."""

from __future__ import annotations

import json

import komet_async as komet
from tests.conftest import SECRET_TOKEN, ScriptedServer


async def test_token_in_a_header_and_account_headers(server: ScriptedServer) -> None:
    server.reply_json({"locations": [{"id": 1, "name": "Rich", "active": True}]})
    async with komet.KometSession(
        SECRET_TOKEN,
        base_url=server.url,
        daily_quota=None,
        account_id=77,
        sales_channel="WEB_APP",
    ) as k:
        (location,) = await k.companies.list_locations(6326)
        server.reply_json({"message": "User was successfully created.", "status": "1"})
        await k.companies.add_ecommerce_user(
            customer_codes=["B310"], first_name="J", last_name="G", email="e", login="l"
        )
        server.reply_json({"customerResult": []})
        await k.customers.list_by_company(show_salesperson_customers=False)
    assert location.name == "Rich" and location.active is True
    locations, user, by_company = server.seen
    assert (locations.method, locations.path, locations.query) == (
        "GET",
        "company.location.list",
        {"customerId": "6326"},
    )
    assert locations.headers["authenticationToken"] == SECRET_TOKEN
    assert (locations.headers["X-ACCOUNT"], locations.headers["X-SALES-CHANNEL"]) == (
        "77",
        "WEB_APP",
    )
    assert (user.method, user.path, user.query) == ("POST", "v2/user/e-commerce", {})
    assert json.loads(user.body) == {
        "customerCodes": ["B310"],
        "firstName": "J",
        "lastName": "G",
        "email": "e",
        "login": "l",
    }
    assert user.headers["authenticationToken"] == SECRET_TOKEN
    assert by_company.query == {
        "authenticationToken": SECRET_TOKEN,
        "showSalespersonCustomers": "false",
    }
    assert by_company.headers["X-ACCOUNT"] == "77"


async def test_writes_are_json_posts_with_the_token_in_the_body(server: ScriptedServer) -> None:
    server.reply_json({"status": 1, "message": "Ship to was successfully saved", "shipToId": 20131})
    async with komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=None) as k:
        saved = await k.customers.update_ship_to(20131, customer_id=6326, name="Store miami")
        server.reply_json({"status": "1", "message": "OK"})
        await k.customers.add("Blooms", credit_hold=True, charge_tax=False)
    assert saved.ship_to_id == 20131
    ship_to, customer = server.seen
    assert json.loads(ship_to.body) == {
        "authenticationToken": SECRET_TOKEN,
        "shipToId": 20131,
        "customerId": 6326,
        "name": "Store miami",
    }
    assert json.loads(customer.body) == {
        "authenticationToken": SECRET_TOKEN,
        "name": "Blooms",
        "creditHold": 1,
        "chargeTax": 0,
    }
    assert "X-ACCOUNT" not in customer.headers

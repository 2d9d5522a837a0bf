"""Tokens: required, valid, of an allowed type, ticked for the method; login."""

from __future__ import annotations

import pytest

from komet_async.testing import FakeKomet

from .conftest import Client


async def test_missing_token_is_status_0(client: Client) -> None:
    answer = await client.call("product.list", token=None)
    assert answer.http_status == 200
    assert answer.body == {"status": "0", "message": "Parameter authenticationToken is required"}
    assert client.fake.requests[-1].outcome == "status0:token_missing"


async def test_unknown_token_is_status_0(client: Client) -> None:
    answer = await client.call("product.list", token="notatokenofthisfake0000000")
    assert (answer.status, answer.message) == ("0", "Invalid Security Token")


@pytest.mark.parametrize("place", ["query", "body", "header"])
async def test_token_accepted_in_query_body_or_header(client: Client, place: str) -> None:
    assert (await client.call("product.add", {"category": "Rose", "color": "Red"},
                              token_in=place)).status == "1"  # fmt: skip
    assert (await client.call("boxtype.list", token_in=place)).status == "1"


async def test_v2_box_count_failure_uses_status_inventory(client: Client) -> None:
    answer = await client.call("v2/inventory/box/count", {"boxCode": "KS001001"}, token=None)
    assert answer.body == {
        "statusInventory": "0",
        "message": "Parameter authenticationToken is required",
    }


async def test_token_type_outside_the_methods_documented_types(client: Client) -> None:
    customer = client.fake.add_token("customer", customer_id="23401")
    answer = await client.call("product.list", token=customer)
    assert answer.status == "0"
    assert answer.message == "A Customer token is not allowed to call product.list."
    assert client.fake.requests[-1].outcome == "status0:token_kind_not_allowed"
    assert client.fake.requests[-1].token_kind == "customer"


async def test_vendor_token_may_call_vendor_methods_only(client: Client) -> None:
    vendor = client.fake.add_token("vendor", vendor_id="301")
    assert (await client.call("product.list", token=vendor)).status == "1"
    refused = await client.call("vendor.list", token=vendor)  # Company only
    assert refused.message == "A Vendor token is not allowed to call vendor.list."


async def test_token_limited_to_its_ticked_methods(client: Client) -> None:
    token = client.fake.add_token("company", ["boxtype.list"])
    assert (await client.call("boxtype.list", token=token)).status == "1"
    answer = await client.call("product.list", token=token)
    assert answer.message == "This token is not allowed to call product.list."
    assert client.fake.requests[-1].outcome == "status0:method_not_allowed"


def test_add_token_rejects_unknown_kinds_and_methods() -> None:
    fake = FakeKomet()
    with pytest.raises(ValueError, match="kind"):
        fake.add_token("admin")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"no\.such"):
        fake.add_token("company", ["no.such"])


async def test_login_answers_the_registered_users_token(client: Client) -> None:
    token = client.fake.add_user("ana", "s3cret-pass")
    answer = await client.call("login", {"username": "ana", "password": "s3cret-pass"})
    assert answer.body == {"status": "1", "message": "OK", "apiKey": token}
    assert (await client.call("product.list", token=answer.body["apiKey"])).status == "1"
    wrong = await client.call("login", {"username": "ana", "password": "nope"})
    assert (wrong.status, wrong.message) == ("0", "Invalid username or password.")
    assert all("password" not in r.params for r in client.fake.requests)
    assert client.fake.requests[0].params == {"username": "ana"}

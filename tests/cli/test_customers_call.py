"""``komet call`` reaches the customer methods of methods-part3.json through the catalog."""

from __future__ import annotations

import json

from .conftest import Komet, ThreadedFake, assert_no_token


def test_call_lists_a_customers_ship_tos(komet: Komet, fake: ThreadedFake) -> None:
    result = komet("call", "customer.shipto.list", "customerId=23401")
    assert result.exit_code == 0, result.output
    ship_tos = json.loads(result.stdout)["shiptos"]
    assert ship_tos and {s["id"] for s in ship_tos} >= {20101}
    assert [r.params for r in fake.sent("customer.shipto.list")] == [{"customerId": "23401"}]
    assert_no_token(result, fake.token)

    result = komet("call", "customers.list_ship_tos", "id=20101")  # the rule: one of three
    assert result.exit_code == 2
    assert "one of customer_id, name, update_as_of is required" in result.stderr
    assert len(fake.sent("customer.shipto.list")) == 1

"""``komet call`` and ``komet methods`` with the bracketed two-verb names."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.cli.conftest import Komet, ThreadedFake, assert_no_token


@pytest.fixture(scope="module")
def komet() -> Iterator[Komet]:
    server = ThreadedFake()
    server.start()
    yield Komet(server)
    server.stop()


def test_methods_lists_both_verbs_of_one_path(komet: Komet) -> None:
    result = komet("methods", "--json")
    assert result.exit_code == 0, result.output
    rows = {row["method"]: row for row in json.loads(result.stdout)}
    assert rows["v2/standing-order [POST]"]["http"] == "POST"
    assert rows["v2/standing-order [PUT]"]["http"] == "PUT"
    assert rows["v2/standing-order/item [DELETE]"]["python"] == "standing_orders.delete_item"


def test_call_takes_the_bracketed_name_and_sends_its_verb(komet: Komet) -> None:
    token = komet.fake.fake.add_token("customer", customer_id="23401")
    result = komet(
        "call",
        "v2/standing-order [POST]",
        "customerId=23401",
        "carrierId=1360",
        "startDate=2026-07-01",
        "recurrence=1",
        "truckDays=Monday",
        token=token,
    )
    assert result.exit_code == 0, result.output
    created = json.loads(result.stdout)["standingOrderId"]
    (sent,) = komet.fake.sent("v2/standing-order [POST]")
    assert sent.verb == "POST"
    assert_no_token(result, token)

    result = komet(
        "call",
        "standing_orders.delete_item",
        f"standing_order_id={created}",
        "standing_order_item_id=1",
    )
    assert result.exit_code == 1
    assert "Standing order item 1 does not exist." in result.output
    assert [r.verb for r in komet.fake.sent("v2/standing-order/item [DELETE]")] == ["DELETE"]


def test_the_bare_path_names_both_methods(komet: Komet) -> None:
    result = komet("call", "v2/standing-order", "recurrence=1")
    assert result.exit_code == 2
    assert "v2/standing-order [PUT]" in result.output
    assert "v2/standing-order [POST]" in result.output


def test_call_sends_a_json_array_body(komet: Komet) -> None:
    result = komet(
        "call",
        "price_lists.add_products",
        'products=[{"priceListId": 1358, "companyProductId": 1001, "seasonId": 17, '
        '"price": "2.50"}]',
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["message"] == "Success."

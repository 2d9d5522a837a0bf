"""Round trips against the stateful fake: what is written is read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet
from tests._today import TODAY

from .conftest import CARRIER_ID, CUSTOMER_ID, sent

PRICE_LIST = 1358  # the fake's seeded Prebook price list


async def _a_season(k: komet.KometSession) -> komet.Season:
    seasons = await k.price_lists.list_seasons(PRICE_LIST, name="valentine")
    assert [s.name for s in seasons] == ["Valentine's Day"]
    return seasons[0]


async def test_price_lists_filter_by_type_and_name(k: komet.KometSession) -> None:
    everything = await k.price_lists.list()
    assert {p.type for p in everything} == {"A", "M", "P", "S"}
    assert [p.is_master for p in everything].count(True) == 1
    standing = await k.price_lists.list(price_list_type="S")
    assert [p.type for p in standing] == ["S"]
    assert [p.name for p in await k.price_lists.list(name="open market")] == ["FS Open Market"]
    assert await k.price_lists.list(name="no such list") == []


async def test_a_product_added_to_a_season_is_listed_back(
    k: komet.KometSession, fake: FakeKomet
) -> None:
    season = await _a_season(k)
    before = await k.price_lists.list_products(PRICE_LIST, season.id, company_product_id=1005)
    assert before == []
    result = await k.price_lists.add_products(
        [
            komet.SeasonProductLine(
                price_list_id=PRICE_LIST,
                company_product_id=1005,
                season_id=season.id,
                price=Decimal("2.59"),
                cost=Decimal("1.76"),
                vendor_id=301,
            )
        ]
    )
    assert result.ok and result.requests_used == 1
    assert result.items[0].results[0].message == "Success."
    (added,) = await k.price_lists.list_products(PRICE_LIST, season.id, company_product_id=1005)
    assert (added.price, added.cost, added.vendor_id) == (Decimal("2.59"), Decimal("1.76"), 301)
    assert (added.season_id, added.price_list_id, added.price_list_type) == (
        season.id,
        PRICE_LIST,
        "P",
    )
    assert added.product_description == fake.state.products["1005"]["description"]
    # ... and by description, vendor: the other filters see it too.
    found = await k.price_lists.list_products(
        PRICE_LIST, season.id, product_description=added.product_description, vendor_id=301
    )
    assert [p.id for p in found] == [added.id]

    await k.price_lists.update_product(
        price_list_season_product_id=added.id,
        price_list_id=PRICE_LIST,
        company_product_id=1005,
        season_id=season.id,
        price=Decimal("3.10"),
        box_type_code="QB",
    )
    (updated,) = await k.price_lists.list_products(PRICE_LIST, season.id, company_product_id=1005)
    assert updated.id == added.id
    assert (updated.price, updated.cost, updated.vendor_id) == (Decimal("3.10"), None, None)
    assert updated.box_type_code == "QB"
    assert [r.verb for r in sent(fake, "v2/price-list/season/product.update")] == ["PUT"]


async def test_a_line_naming_an_unknown_product_is_refused_whole(
    k: komet.KometSession, fake: FakeKomet
) -> None:
    season = await _a_season(k)
    before = await k.price_lists.list_products(PRICE_LIST, season.id)
    lines = [
        komet.SeasonProductLine(
            price_list_id=PRICE_LIST,
            company_product_id=product,
            season_id=season.id,
            price=Decimal("1.00"),
        )
        for product in (1006, 999999)
    ]
    result = await k.price_lists.add_products(lines)
    assert [item.status for item in result.items] == ["failed", "failed"]
    error = result.items[1].error
    assert isinstance(error, komet.KometAPIError)
    assert "999999" in error.message
    assert await k.price_lists.list_products(PRICE_LIST, season.id) == before
    with pytest.raises(komet.BulkError):
        result.raise_for_failures()


async def test_a_standing_order_is_created_listed_updated_and_an_item_deleted(
    k: komet.KometSession, customer_k: komet.KometSession, fake: FakeKomet
) -> None:
    start = TODAY + dt.timedelta(days=7)
    created = await customer_k.standing_orders.create(
        customer_id=int(CUSTOMER_ID),
        carrier_id=CARRIER_ID,
        start_date=start,
        end_date=start + dt.timedelta(days=90),
        recurrence=1,
        truck_days="Monday",
        comments="Weekly roses",
        items=[
            komet.StandingOrderItem(identifier="L1", extra={"productId": 1001, "boxes": 2}),
            komet.StandingOrderItem(identifier="L2", extra={"productId": 1002, "boxes": 1}),
        ],
    )
    order_id = created.standing_order_id
    assert order_id is not None
    # Where the item ids sit is a GAP: the fake answers them as "items" (kept in .extra).
    item_ids = [item["standingOrderItemId"] for item in created.extra["items"]]
    assert [item["identifier"] for item in created.extra["items"]] == ["L1", "L2"]

    listed = await k.standing_orders.list(
        start, start + dt.timedelta(days=1), customer_id=int(CUSTOMER_ID)
    )
    (order,) = [o for o in listed if o.id == order_id]
    customer = fake.state.customers[CUSTOMER_ID]
    assert (order.customer_name, order.recurrence, order.days) == (customer["name"], 1, "Monday")
    assert (order.start_date, order.end_date) == (start, start + dt.timedelta(days=90))
    # A range entirely before the order does not list it.
    earlier = await k.standing_orders.list(
        start - dt.timedelta(days=30), start - dt.timedelta(days=1), number=order.number
    )
    assert earlier == []

    await k.standing_orders.update(
        standing_order_id=order_id,
        standing_order_item_id=item_ids[0],
        customer_id=int(CUSTOMER_ID),
        carrier_id=CARRIER_ID,
        start_date=start,
        recurrence=2,
        truck_days="Tuesday",
    )
    (order,) = await k.standing_orders.list(start, start, number=order.number)
    assert (order.recurrence, order.days, order.end_date) == (2, "Tuesday", None)

    deleted = await customer_k.standing_orders.delete_item(
        standing_order_id=order_id, standing_order_item_id=item_ids[0]
    )
    assert deleted.message == "Standing Order Item was deleted successfully."
    remaining = fake.state.standing_orders[str(order_id)]["_items"]
    assert [item["standingOrderItemId"] for item in remaining] == item_ids[1:]
    with pytest.raises(komet.KometAPIError, match="does not exist"):
        await k.standing_orders.delete_item(
            standing_order_id=order_id, standing_order_item_id=item_ids[0]
        )
    assert [(r.method, r.verb) for r in fake.requests if r.method.startswith("v2/")] == [
        ("v2/standing-order [POST]", "POST"),
        ("v2/standing-order [PUT]", "PUT"),
        ("v2/standing-order/item [DELETE]", "DELETE"),
        ("v2/standing-order/item [DELETE]", "DELETE"),
    ]


async def test_no_matching_standing_order_is_an_empty_list(k: komet.KometSession) -> None:
    answer = await k.standing_orders.list(TODAY, TODAY, customer="no such customer")
    assert answer == []
    assert answer.response.message == "Standing orders not found."


async def test_status_filter_defaults_to_active(k: komet.KometSession, fake: FakeKomet) -> None:
    seeded = fake.state.standing_orders.values()
    first = min(dt.date.fromisoformat(o["startDate"]) for o in seeded)
    active = await k.standing_orders.list(first, first)
    everything = await k.standing_orders.list(first, first, status="all")
    cancelled = await k.standing_orders.list(first, first, status="Cancelled")
    assert len(everything) == len(active) + len(cancelled) and cancelled
    assert {o.id for o in active}.isdisjoint(o.id for o in cancelled)


async def test_token_kinds_are_those_the_pages_list(
    k: komet.KometSession, customer_k: komet.KometSession, fake: FakeKomet
) -> None:
    """POST v2/standing-order lists Customer tokens only; standing.order.list and the
    price lists Company only (the fake enforces the documented kinds)."""
    assert komet.CATALOG["v2/standing-order [POST]"].token_types == ("customer",)
    with pytest.raises(komet.KometAPIError, match="Company token is not allowed"):
        await k.standing_orders.create(
            customer_id=int(CUSTOMER_ID),
            carrier_id=CARRIER_ID,
            start_date=TODAY,
            recurrence=1,
            truck_days="Monday",
        )
    with pytest.raises(komet.KometAPIError, match="Customer token is not allowed"):
        await customer_k.standing_orders.list(TODAY, TODAY)
    with pytest.raises(komet.KometAPIError, match="Customer token is not allowed"):
        await customer_k.price_lists.list()


async def test_a_customer_token_may_name_only_its_customer(
    customer_k: komet.KometSession, fake: FakeKomet
) -> None:
    other = next(c for c in fake.state.customers if c != CUSTOMER_ID)
    with pytest.raises(komet.KometAPIError, match="customerId"):
        await customer_k.standing_orders.create(
            customer_id=int(other),
            carrier_id=CARRIER_ID,
            start_date=TODAY,
            recurrence=1,
            truck_days="Monday",
        )
    assert not any(
        o["_customerId"] == int(other) and o["startDate"] == TODAY.isoformat()
        for o in fake.state.standing_orders.values()
    )

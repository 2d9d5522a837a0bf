"""A web order's life against the fake: create -> add items -> list -> checkout -> delete."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, Faults
from komet_async.testing.handlers.web_orders import web_orders_of
from tests._today import TODAY

from .conftest import ACCOUNT_ID, CARRIER_ID, CUSTOMER_ID, OTHER_CUSTOMER_ID, sent

SHIP = TODAY + dt.timedelta(days=3)


async def add(
    k: komet.KometSession,
    price: str,
    quantity: int,
    *,
    web_order_id: int | None = None,
    customer_id: int = CUSTOMER_ID,
    inventory_ids: int | list[int] = 500001,
) -> komet.WebOrderItemAddResponse:
    return await k.web_orders.add_item(
        customer_id,
        web_order_id=web_order_id,
        inventory_ids=inventory_ids,
        inventory_origin=komet.InventoryOrigin.OPEN_MARKET,
        price=Decimal(price),
        quantity=quantity,
        carrier_id=CARRIER_ID,
        date=SHIP,
    )


async def test_create_add_list_checkout_delete(fake: FakeKomet, user_k: komet.KometSession) -> None:
    created = await user_k.web_orders.create(CUSTOMER_ID, company_id=1)
    order_id = created.web_order_id
    assert isinstance(order_id, int)

    # A new order is listed, pending and empty.
    (order,) = await user_k.web_orders.list_details(CUSTOMER_ID, order_id)
    assert (order.id, order.status_id, order.customer_id) == (
        order_id,
        komet.WebOrderStatus.PENDING,
        CUSTOMER_ID,
    )
    assert order.items == [] and order.total == Decimal(0)

    # Items added appear, with their own ids; totals follow them exactly.
    await add(user_k, "0.45", 3, web_order_id=order_id, inventory_ids=[500001, 500002])
    await add(user_k, "1.10", 2, web_order_id=order_id)
    (order,) = await user_k.web_orders.list_details(CUSTOMER_ID, order_id)
    assert [item.id for item in order.items] == ["1", "2"]
    ids = [item.web_order_item_id for item in order.items]
    assert all(isinstance(i, int) for i in ids) and len(set(ids)) == 2
    assert [item.extra["inventoryIds"] for item in order.items] == ["500001,500002", "500001"]
    assert [item.extra["price"] for item in order.items] == [Decimal("0.45"), Decimal("1.10")]
    assert order.subtotal == Decimal("3.55") == order.total
    assert order.additional_charges == 0

    # Checkout: no longer listed by default (pending only), listed as checked out.
    checked = await user_k.web_orders.checkout(CUSTOMER_ID, order_id, customer_po="PO-77")
    assert checked.web_order_id == order_id
    assert await user_k.web_orders.list_details(CUSTOMER_ID, order_id) == []
    (order,) = await user_k.web_orders.list_details(
        CUSTOMER_ID, order_id, status_id=komet.WebOrderStatus.CHECKED_OUT
    )
    assert order.status_id == komet.WebOrderStatus.CHECKED_OUT
    assert len(order.items) == 2
    # A checked-out order is checked out once, and takes no more items.
    with pytest.raises(komet.KometAPIError):
        await user_k.web_orders.checkout(CUSTOMER_ID, order_id)
    with pytest.raises(komet.KometAPIError):
        await add(user_k, "1.00", 1, web_order_id=order_id)

    # Delete removes it whatever its status.
    deleted = await user_k.web_orders.delete(CUSTOMER_ID, order_id)
    assert deleted.web_order_id == order_id
    for status in komet.WebOrderStatus:
        assert await user_k.web_orders.list_details(CUSTOMER_ID, order_id, status_id=status) == []
    with pytest.raises(komet.KometAPIError):
        await user_k.web_orders.delete(CUSTOMER_ID, order_id)
    assert [r.method for r in fake.requests].count("web-order.delete") == 2


async def test_items_without_an_order_go_to_the_pending_one_or_a_new_one(
    fake: FakeKomet, user_k: komet.KometSession
) -> None:
    book = web_orders_of(fake.state)
    await add(user_k, "2.00", 1)  # no pending order: one is created
    (first,) = book.orders.values()
    await add(user_k, "3.00", 1)  # consolidated into the pending order
    assert list(book.orders) == [first["id"]]
    (order,) = await user_k.web_orders.list_details(CUSTOMER_ID, first["id"])
    assert order.total == Decimal("5.00") and len(order.items) == 2
    await user_k.web_orders.checkout(CUSTOMER_ID, first["id"])
    await add(user_k, "4.00", 1)  # the only order is checked out: a new one
    assert len(book.orders) == 2
    await add(user_k, "1.00", 1, customer_id=OTHER_CUSTOMER_ID)  # another customer's own
    assert len(book.orders) == 3


async def test_orders_belong_to_their_customer(user_k: komet.KometSession) -> None:
    created = await user_k.web_orders.create(CUSTOMER_ID, company_id=1)
    order_id = created.web_order_id or 0
    assert await user_k.web_orders.list_details(OTHER_CUSTOMER_ID, order_id) == []
    with pytest.raises(komet.KometAPIError):
        await user_k.web_orders.delete(OTHER_CUSTOMER_ID, order_id)
    with pytest.raises(komet.KometAPIError):
        await user_k.web_orders.create(99999999, company_id=1)  # no such customer


async def test_a_customer_token_acts_for_its_customer_and_cannot_check_out(
    fake: FakeKomet, customer_k: komet.KometSession
) -> None:
    created = await customer_k.web_orders.create(CUSTOMER_ID, company_id=1)
    order_id = created.web_order_id or 0
    await add(customer_k, "1.00", 2, web_order_id=order_id)
    (order,) = await customer_k.web_orders.list_details(CUSTOMER_ID, order_id)
    assert order.total == Decimal("2.00")
    with pytest.raises(komet.KometAPIError):
        await customer_k.web_orders.create(OTHER_CUSTOMER_ID, company_id=1)
    # web-order.checkout documents User tokens only.
    with pytest.raises(komet.KometAPIError):
        await customer_k.web_orders.checkout(CUSTOMER_ID, order_id)
    assert sent(fake, "web-order.checkout")[0].outcome == "status0:token_kind_not_allowed"
    await customer_k.web_orders.delete(CUSTOMER_ID, order_id)
    assert await customer_k.web_orders.list_details(CUSTOMER_ID, order_id) == []


async def test_the_company_token_is_not_a_web_order_token(fake: FakeKomet) -> None:
    async with komet.KometSession(
        fake.token, base_url=fake.url, daily_quota=None, account_id=ACCOUNT_ID
    ) as k:
        with pytest.raises(komet.KometAPIError):
            await k.web_orders.create(CUSTOMER_ID, company_id=1)
    assert sent(fake, "web-order.create")[0].outcome == "status0:token_kind_not_allowed"


async def test_without_account_id_nothing_is_sent(fake: FakeKomet) -> None:
    # The page marks X-ACCOUNT required: refused before sending (the fake would answer
    # "Header X-ACCOUNT is required", a quota slot spent on a certain refusal).
    token = fake.add_token("user")
    async with komet.KometSession(token, base_url=fake.url, daily_quota=None) as k:
        with pytest.raises(komet.RequestValidationError, match="X-ACCOUNT") as info:
            await k.web_orders.create(CUSTOMER_ID, company_id=1)
    assert info.value.field == "account_id" and sent(fake, "web-order.create") == []
    async with komet.KometSession(
        token, base_url=fake.url, daily_quota=None, account_id=ACCOUNT_ID
    ) as k:
        assert (await k.web_orders.create(CUSTOMER_ID, company_id=1)).web_order_id


async def test_reset_forgets_web_orders(fake: FakeKomet, user_k: komet.KometSession) -> None:
    created = await user_k.web_orders.create(CUSTOMER_ID, company_id=1)
    fake.reset()
    assert await user_k.web_orders.list_details(CUSTOMER_ID, created.web_order_id or 0) == []


async def test_a_write_whose_answer_was_lost_is_not_replayed(
    fake: FakeKomet, user_k: komet.KometSession
) -> None:
    # The order was created, only the answer was cut: sending again would make a second one.
    fake.set_faults(Faults(rate=1.0, kinds=("truncated",), methods=frozenset({"web-order.create"})))
    with pytest.raises(komet.KometError) as caught:
        await user_k.web_orders.create(CUSTOMER_ID, company_id=1)
    assert getattr(caught.value, "outcome_unknown", False)
    assert len(sent(fake, "web-order.create")) == 1
    assert len(web_orders_of(fake.state).orders) == 1

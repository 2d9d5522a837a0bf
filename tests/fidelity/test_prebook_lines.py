"""prebook.create's breakdowns modelled and validated, and the ids of the two methods
integrations use most accepted where they are meant to go (issue 17, points 2 and 3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async import PrebookItem, PrebookItemBreakdown
from komet_async.testing import FakeKomet
from tests._today import TODAY

DAY = TODAY + dt.timedelta(days=5)


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=11) as server:
        yield server


@pytest.fixture
async def k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as session:
        yield session


def _ids(fake: FakeKomet) -> tuple[int, int, list[int]]:
    customer = int(next(iter(fake.state.customers)))
    carrier = int(next(iter(fake.state.carriers)))
    products = [int(p) for p in list(fake.state.products)[:2]]
    return customer, carrier, products


async def test_breakdowns_go_on_the_wire_and_come_back_typed(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    customer, carrier, (box, rose) = _ids(fake)
    created = await k.prebooks.create(
        customer_id=customer,
        carrier_id=carrier,
        ship_date=DAY,
        items=[
            PrebookItem(
                product_id=box,
                boxes=2,
                price=Decimal("12.50"),
                breakdowns=[
                    PrebookItemBreakdown(
                        product_id=rose, bunches=4, stems_bunch=25, price=Decimal("1300.00")
                    )
                ],
            )
        ],
    )
    sent = next(r for r in fake.requests if r.method == "prebook.create")
    (line,) = sent.params["prebookItems"]
    assert line["breakdowns"] == [
        {"productId": rose, "bunches": 4, "stemsBunch": 25, "price": 1300.0}
    ]
    (prebook,) = [p for p in await k.prebooks.list_details(date=DAY) if p.id == created.prebook_id]
    (breakdown,) = prebook.details[0].breakdowns
    assert (breakdown.product_id, breakdown.bunches, breakdown.stems_bunch) == (rose, 4, 25)
    assert breakdown.product_description == fake.state.products[str(rose)]["description"]
    assert breakdown.price == Decimal("1300.00")  # the fake writes it as text, "1,300.00"
    assert breakdown.extra == {}


@pytest.mark.parametrize(
    ("breakdown", "field"),
    [
        ({"product_id": 1, "price": Decimal("-1")}, "items[0].breakdowns[0].price"),
        ({"product_id": 1, "bunches": -2}, "items[0].breakdowns[0].bunches"),
        ({"product_id": 10**21}, "items[0].breakdowns[0].product_id"),
        ({"product_id": 1, "cost": Decimal("0.0001")}, "items[0].breakdowns[0].cost"),
    ],
)
async def test_a_bad_breakdown_is_refused_before_sending(
    fake: FakeKomet, k: komet.KometSession, breakdown: dict[str, object], field: str
) -> None:
    customer, carrier, (box, _) = _ids(fake)
    item = PrebookItem(product_id=box, breakdowns=[PrebookItemBreakdown(**breakdown)])  # type: ignore[arg-type]
    with pytest.raises(komet.RequestValidationError) as info:
        await k.prebooks.create(
            customer_id=customer, carrier_id=carrier, ship_date=DAY, items=[item]
        )
    assert info.value.field == field
    assert not [r for r in fake.requests if r.method == "prebook.create"]


async def test_availability_ids_listed_are_taken_by_add_vendor_availability_item(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    customer, carrier, _ = _ids(fake)
    items = await k.vendors.list_availability_items(
        date_from=TODAY, date_to=TODAY + dt.timedelta(days=6)
    )
    assert items and all(isinstance(i.inventory_id, int) for i in items)
    created = await k.prebooks.create(customer_id=customer, carrier_id=carrier, ship_date=DAY)
    added = await k.prebooks.add_vendor_availability_item(
        prebook_id=created.prebook_id,
        inventory_ids=[items[0].inventory_id],
        quantity=1,
        price=Decimal("2.00"),
    )
    assert added.prebook_item_id is not None
    (prebook,) = [p for p in fake.state.prebooks.get(DAY) if p["id"] == created.prebook_id]
    assert prebook["items"][-1]["prebookItemId"] == added.prebook_item_id
    # The listed item gives the line its product (the fake looked the id up).
    line = prebook["items"][-1]
    assert line["inventoryIds"] == [items[0].inventory_id]
    assert (line["productId"], line["productDescription"]) == (
        items[0].company_product_id,
        items[0].product_description,
    )


async def test_ship_to_ids_listed_are_taken_by_prebook_create(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    customer, carrier, _ = _ids(fake)
    (ship_to, *_) = await k.customers.list_ship_tos(customer_id=customer)
    created = await k.prebooks.create(
        customer_id=customer, carrier_id=carrier, ship_date=DAY, ship_to_id=ship_to.id
    )
    (prebook,) = [p for p in await k.prebooks.list_details(date=DAY) if p.id == created.prebook_id]
    assert (prebook.ship_name, prebook.ship_city) == (ship_to.name, ship_to.city)

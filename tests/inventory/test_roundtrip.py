"""Each method against FakeKomet: sent, decoded, and the fake's state changed accordingly."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import attrs
import pytest

import komet_async as komet
from komet_async.models.ecommerce import InventoryOrigin
from komet_async.models.inventory import InventoryLine
from komet_async.models.lookups import AwbHouse, VendorType
from komet_async.testing import FakeKomet
from komet_async.testing._state_inventory import inventory_of
from tests._today import TODAY

from .conftest import sent


def a_line(fake: FakeKomet, **changes: object) -> InventoryLine:
    """A valid line naming a seeded vendor, product and box type."""
    product = next(iter(fake.state.products.values()))
    vendor = next(v for v in fake.state.vendors.values() if v["active"] == 1)
    line = InventoryLine(
        vendor_code=vendor["code"],
        awb="145-1234-5678",
        ship_date=TODAY,
        product_code=product["legacyCode"],
        quantity=12,
        box_type_code="HB",
        unit_type="bunch",
        stems_bunch=25,
        bunches=10,
        unit_cost=Decimal("0.315"),
        reference="REF-1",
        confirm_inventory=True,
    )
    return attrs.evolve(line, **changes)


# --- boxes inventory ------------------------------------------------------------------------


async def test_add_puts_one_line_in_the_inventory(fake: FakeKomet, k: komet.KometSession) -> None:
    before = set(inventory_of(fake.state).lines)
    line = a_line(fake)
    answer = await k.inventory.add(line)
    assert answer.status == 1 and answer.message
    assert answer.response is not None and answer.response.http_status == 200
    [request] = sent(fake, "inventory.add")
    assert (request.verb, request.outcome) == ("POST", "ok")
    assert request.params["confirmInventory"] == "1"
    [new_id] = set(inventory_of(fake.state).lines) - before
    record = inventory_of(fake.state).lines[new_id]
    assert (record["quantity"], record["unitCost"], record["awb"]) == (12, 0.315, line.awb)
    assert record["confirmInventory"] is True
    listed = {item.order_item_id: item for item in await k.inventory.list()}
    assert listed[new_id].quantity == 12
    assert listed[new_id].product_code == line.product_code
    assert listed[new_id].total_units == 12 * 10


async def test_add_refuses_more_than_100_boxes_before_sending(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    big = a_line(fake, quantity=101)  # the model holds it; one call may not
    with pytest.raises(komet.RequestValidationError) as info:
        await k.inventory.add(big)
    assert (info.value.field, info.value.komet_method) == ("quantity", "inventory.add")
    assert "100" in info.value.rule
    assert fake.requests == []
    await k.inventory.add(a_line(fake, quantity=100))
    assert len(sent(fake, "inventory.add")) == 1


async def test_add_of_an_unknown_product_is_refused_by_the_server(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(komet.KometAPIError) as info:
        await k.inventory.add(a_line(fake, product_code="NOPE"))
    assert "NOPE" in info.value.message
    assert sent(fake, "inventory.add")[0].outcome.startswith("status0:")


async def test_update_changes_cost_prices_and_boxes(fake: FakeKomet, k: komet.KometSession) -> None:
    item = (await k.inventory.list_open_market())[0]
    assert item.inventory_id is not None and item.quantity is not None
    answer = await k.inventory.update(
        item.inventory_id,
        unit_cost=Decimal("0.411"),
        price_a=Decimal("1.25"),
        price_b=Decimal("1.5"),
        quantity=3,
    )
    assert answer.message == "The inventory Item has been updated successfully"
    record = inventory_of(fake.state).lines[item.inventory_id]
    assert (record["unitCost"], record["price"], record["priceB"]) == (0.411, 1.25, 1.5)
    after = {i.inventory_id: i for i in await k.inventory.list_open_market()}
    assert after[item.inventory_id].quantity == item.quantity + 3
    assert after[item.inventory_id].price == Decimal("1.25")
    assert after[item.inventory_id].price_b == Decimal("1.5")


async def test_delete_removes_the_line(fake: FakeKomet, k: komet.KometSession) -> None:
    item = (await k.inventory.list_open_market())[0]
    assert item.inventory_id is not None
    await k.inventory.delete(item.inventory_id)
    assert item.inventory_id not in inventory_of(fake.state).lines
    assert item.inventory_id not in [i.inventory_id for i in await k.inventory.list_open_market()]
    with pytest.raises(komet.KometAPIError):
        await k.inventory.delete(item.inventory_id)


async def test_list_filters_by_type_hold_and_lot(fake: FakeKomet, k: komet.KometSession) -> None:
    lines = inventory_of(fake.state).lines.values()
    market = await k.inventory.list()
    assert {i.order_item_id for i in market} == {
        r["id"] for r in lines if r["inventoryType"] == "M"
    }
    every = await k.inventory.list(inventory_type="all")
    assert len(every) == len(lines)
    unheld = await k.inventory.list(inventory_type="all", exclude_held_items=True)
    assert len(unheld) == sum(1 for r in lines if not r["onHold"])
    lot = next(iter(lines))["lotNumber"]
    assert [i.order_item_id for i in await k.inventory.list(inventory_type="all", lot_number=lot)]
    assert sent(fake, "inventory.list")[-1].params["lotNumber"] == lot


async def test_a_vendor_token_lists_only_its_own_lines(fake: FakeKomet) -> None:
    vendor_id = next(iter(inventory_of(fake.state).lines.values()))["vendorId"]
    token = fake.add_token("vendor", vendor_id=vendor_id)
    async with komet.KometSession(token, base_url=fake.url, daily_quota=None) as vendor:
        items = await vendor.inventory.list(inventory_type="all")
    assert items and {i.grower_id for i in items} == {int(vendor_id)}


async def test_nothing_found_is_an_empty_list(fake: FakeKomet, k: komet.KometSession) -> None:
    items = await k.inventory.list(lot_number="no-such-lot")
    assert items == [] and items.response is not None
    assert items.response.message == "Inventory not found."


async def test_consolidated_groups_add_up(fake: FakeKomet, k: komet.KometSession) -> None:
    groups = await k.inventory.list_consolidated_open_market()
    lines = await k.inventory.list_open_market()
    assert sum(g.quantity or 0 for g in groups) == sum(i.quantity or 0 for i in lines)
    ids = sorted(int(x) for g in groups for x in (g.inventory_item_ids or "").split(","))
    assert ids == sorted(i.inventory_id for i in lines if i.inventory_id is not None)


async def test_future_open_market_lists_purchase_order_lines(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    start, end = TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=6)
    items = await k.inventory.list_future_open_market(start, end)
    orders = [o for _, day in fake.state.purchase_orders.get_range(start, end) for o in day]
    expected = {d["poItemId"] for o in orders for d in o["details"]}
    assert {i.inventory_id for i in items} == expected
    assert sent(fake, "future.inventory.openmarket.list")[0].verb == "GET"


# --- units inventory ------------------------------------------------------------------------


async def test_units_go_in_and_out(fake: FakeKomet, k: komet.KometSession) -> None:
    product = next(iter(fake.state.products.values()))
    code = product["legacyCode"]

    async def units() -> int:
        items = await k.inventory.list_units(unit_type="stem")
        return sum(i.total_units or 0 for i in items if i.product_id == int(product["id"]))

    before = await units()
    added = await k.inventory.add_units(
        code, stems_bunch=20, unit_type="Stem", quantity=40, block="1-A", bed="7"
    )
    assert added.message == "The inventory unit has been created successfully"
    assert await units() == before + 40
    taken = await k.inventory.delete_units(
        code, stems_bunch=20, unit_type="stem", quantity=15, block="1-A", bed="7"
    )
    assert taken.message == "The inventory in units has been decreased by 15 stems successfully"
    assert await units() == before + 25
    with pytest.raises(komet.KometAPIError):  # more than is there
        await k.inventory.delete_units(
            code, stems_bunch=20, unit_type="Stem", quantity=26, block="1-A", bed="7"
        )
    assert [r.verb for r in sent(fake, "inventory.units.list")] == ["POST"] * 3


# --- hard goods -----------------------------------------------------------------------------


async def test_hard_goods_add_update_list(fake: FakeKomet, k: komet.KometSession) -> None:
    product_id = 17004  # seeded, no line yet
    added = await k.inventory.add_hardgood(
        product_id, quantity=999, unit_cost=Decimal("0.25"), unit_price=Decimal("0.75")
    )
    assert added.hard_good_inventory_id is not None
    line = inventory_of(fake.state).hardgood_lines[added.hard_good_inventory_id]
    assert (line["quantity"], line["unitCost"], line["unitPrice"]) == (999, 0.25, 0.75)
    await k.inventory.update_hardgood(product_id, unit_cost=Decimal("0.3"))
    assert (line["unitCost"], line["unitPrice"]) == (0.3, 0.75)
    [item] = await k.inventory.list_hardgoods(sku="FF-10")
    assert item.product_id == product_id
    assert item.inventory_ids == str(added.hard_good_inventory_id)
    # The fields after the first copy's cut (inventory.md: found later), typed.
    product = inventory_of(fake.state).hardgood_products[str(product_id)]
    assert (item.quantity, item.pack_size) == (999, product["packSize"])
    assert item.total_units == 999 * product["packSize"]
    assert item.unit_price == Decimal("0.75") and str(item.unit_price) == "0.75"
    assert item.extra == {"unitCost": Decimal("0.3")}  # still beyond the documented fields
    with pytest.raises(komet.RequestValidationError) as info:
        await k.inventory.add_hardgood(product_id, quantity=1000, unit_cost=Decimal(1))
    assert info.value.field == "quantity"
    assert len(sent(fake, "hardgood.inventory.add")) == 1


# --- e-commerce -----------------------------------------------------------------------------


async def test_ecommerce_page_and_walk(fake: FakeKomet, k: komet.KometSession) -> None:
    customer = next(iter(fake.state.customers))
    page = await k.inventory.list_ecommerce(int(customer), page=2, rows=7)
    assert page.total is not None and page.total > 21
    assert len(page.items) == 7
    rows = [row async for row in k.inventory.iter_ecommerce(int(customer), rows=7)]
    assert len(rows) == page.total
    assert rows[7:14] == page.items
    ids = [(r["inventoryOrigin"], r["inventoryLineIds"]) for r in rows]
    assert len(set(ids)) == len(ids)  # no row twice
    walk = sent(fake, "ecommerce/inventory.list")[1:]
    assert len(walk) == math.ceil(page.total / 7)
    assert [r.params["page"] for r in walk] == [str(n) for n in range(1, len(walk) + 1)]


async def test_the_walk_keeps_every_filter(fake: FakeKomet, k: komet.KometSession) -> None:
    customer = int(next(iter(fake.state.customers)))
    everything = [row async for row in k.inventory.iter_ecommerce(customer, rows=10)]
    wanted = everything[0]["productDescription"].split()[0]  # a category word
    filtered = [
        row
        async for row in k.inventory.iter_ecommerce(
            customer, rows=2, search_text=wanted, available_date=TODAY + dt.timedelta(days=3)
        )
    ]
    assert filtered and all(wanted in row["productDescription"] for row in filtered)
    requests = [r for r in sent(fake, "ecommerce/inventory.list") if "searchText" in r.params]
    assert len(requests) == math.ceil(len(filtered) / 2)
    assert all(r.params["searchText"] == wanted for r in requests)
    assert all(r.params["availableDate"] == str(TODAY + dt.timedelta(days=3)) for r in requests)
    assert all(r.params["rows"] == "2" for r in requests)


async def test_ecommerce_get_and_available_dates(fake: FakeKomet, k: komet.KometSession) -> None:
    customer = int(next(iter(fake.state.customers)))
    row = (await k.inventory.list_ecommerce(customer, rows=1)).items[0]
    line_id, origin = int(row["inventoryLineIds"]), InventoryOrigin(row["inventoryOrigin"])
    details = await k.inventory.get_ecommerce(
        customer, [line_id], origin, date=TODAY, available_from=TODAY, available_to=TODAY
    )
    assert [int(i["inventoryLineIds"]) for i in details.items] == [line_id]
    dates = await k.inventory.list_ecommerce_available_dates(customer, [line_id], origin)
    assert dates.available_dates and dates.available_dates[0] == dates.available_date_from
    assert dates.available_dates[-1] == dates.available_date_to
    request = sent(fake, "ecommerce/inventory-available-dates.list")[0]
    assert request.params["inventoryOrigin"] == str(int(origin))
    none = await k.inventory.list_ecommerce_available_dates(customer, [1], InventoryOrigin.K2K)
    assert none.available_dates == [] and none.message == "Dates not found."


async def test_ecommerce_needs_the_account_header(fake: FakeKomet) -> None:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as bare:
        with pytest.raises(komet.RequestValidationError) as info:
            await bare.inventory.list_ecommerce(int(next(iter(fake.state.customers))))
    assert info.value.field == "account_id" and "X-ACCOUNT" in str(info.value)
    assert fake.requests == []  # refused before sending


async def test_a_customer_token_sees_its_own_store(fake: FakeKomet) -> None:
    mine, other = list(fake.state.customers)[:2]
    token = fake.add_token("customer", customer_id=mine)
    async with komet.KometSession(
        token, base_url=fake.url, daily_quota=None, account_id=1
    ) as customer:
        assert (await customer.inventory.list_ecommerce(int(mine))).total
        with pytest.raises(komet.KometAPIError):
            await customer.inventory.list_ecommerce(int(other))


# --- lookups --------------------------------------------------------------------------------


async def test_customer_location_carrier_lists(fake: FakeKomet, k: komet.KometSession) -> None:
    customers = await k.customers.list()
    active = [c for c in fake.state.customers.values() if c["active"] == "1"]
    assert {c.id for c in customers} == {int(c["id"]) for c in active}
    everyone = await k.customers.list(include_inactive=True)
    assert len(everyone) == len(fake.state.customers)
    assert all(isinstance(c.updated_on, dt.datetime) for c in everyone)
    [location] = await k.locations.list(code="MIA")
    assert location.id == 1
    carriers = await k.carriers.list(active=True)
    assert carriers and all(c.active for c in carriers)
    assert await k.customers.list(code="ZZZ") == []


async def test_vendors_add_then_list(fake: FakeKomet, k: komet.KometSession) -> None:
    added = await k.vendors.add(
        "Flores ABC", port_origin="BOG", vendor_type=VendorType.FRESH_CUT, code="ABC"
    )
    assert added.message == "The Vendor was successfully saved."
    assert added.vendor_id is not None and str(added.vendor_id) in fake.state.vendors
    [vendor] = await k.vendors.list(code="ABC")
    assert (vendor.id, vendor.name, vendor.port_origin) == (added.vendor_id, "Flores ABC", "BOG")
    assert sent(fake, "vendor.add")[0].params["vendorType"] == 1


async def test_awbs_lists_and_future_save(fake: FakeKomet, k: komet.KometSession) -> None:
    awbs = await k.awbs.list(ship_date=TODAY)
    assert awbs and all(a.ship_date == TODAY for a in awbs)
    details = await k.awbs.list_details(ship_date=TODAY)
    assert [d.awb_id for d in details] == [a.awb_id for a in awbs]
    assert [len(d.boxes) for d in details] == [a.pieces for a in awbs]
    last4 = "".join(ch for ch in awbs[0].awb or "" if ch.isdigit())[-4:]
    assert awbs[0].awb_id in [a.awb_id for a in await k.awbs.list(awb=last4)]
    day = TODAY + dt.timedelta(days=9)
    saved = await k.awbs.save_future(
        "369-1111-2222",
        origin_code="UIO",
        ship_date=day,
        instructions="first",
        houses=[AwbHouse(house="CM-1", vendor_code="V01", location_code="MIA")],
    )
    assert saved.status == 1
    future = {a.awb: a for a in await k.awbs.list_future(ship_date=day)}
    assert future["369-1111-2222"].houses[0].house == "CM-1"
    assert "369-1111-2222" in fake.state.saved_future_awbs

"""prebook.details.list: the ``status`` filter integrations send, and "Orders not found."
as its empty answer (third-party.md, "prebook.details.list")."""

from __future__ import annotations

import datetime as dt

import komet_async as komet
from komet_async.testing import FakeKomet
from tests._today import TODAY
from tests.conftest import ScriptedServer


async def test_status_filter_goes_on_the_wire(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "prebooks": [{"id": 5, "number": "7"}]})
    found = await session.prebooks.list_details(date=TODAY, status="Approved")
    assert [p.id for p in found] == [5]
    (seen,) = server.seen
    assert seen.path == "prebook.details.list"
    assert seen.query["status"] == "Approved"
    assert seen.query["date"] == TODAY.isoformat()


async def test_without_status_the_wire_is_unchanged(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "prebooks": []})
    await session.prebooks.list_details(date=TODAY)
    assert set(server.seen[0].query) == {"authenticationToken", "date"}


async def test_orders_not_found_is_an_empty_list(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "0", "message": "Orders not found."})
    found = await session.prebooks.list_details(date=TODAY, status="Approved")
    assert found == []
    assert found.response.message == "Orders not found."


def test_the_declaration_knows_both_empty_answers() -> None:
    method = komet.CATALOG["prebook.details.list"]
    assert {"Orders not found.", "Prebooks not found."} <= set(method.not_found)


# --- on the fake: the filters third-party.md shows in use --------------------------------


async def _busy_prebook_day(k: komet.KometSession, fake: FakeKomet) -> dt.date:
    """A seeded truck date with both an Approved prebook and another one."""
    for offset in range(60):
        day = TODAY + dt.timedelta(days=offset)
        statuses = {p["status"] for p in fake.state.prebooks.get(day)}
        if "Approved" in statuses and len(statuses) > 1:
            return day
    raise AssertionError("no seeded day with two prebook statuses")


async def test_the_fake_filters_prebook_details_by_status(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    day = await _busy_prebook_day(k, fake)
    every = await k.prebooks.list_details(date=day)
    approved = await k.prebooks.list_details(date=day, status="Approved")
    pending = await k.prebooks.list_details(date=day, status="Pending Approval")
    seeded = {p["id"]: p["status"] for p in fake.state.prebooks.get(day)}
    assert {p.id for p in approved} == {i for i, s in seeded.items() if s == "Approved"}
    assert {p.id for p in pending} == {i for i, s in seeded.items() if s == "Pending Approval"}
    assert {p.id for p in every} == set(seeded) and approved and pending
    assert await k.prebooks.list_details(date=day, status="No Such Status") == []
    # By id too (RB's second import: ?date=...&prebook=<id>).
    one = approved[0]
    assert [p.id for p in await k.prebooks.list_details(date=day, prebook=int(one.number))] == [
        one.id
    ]


async def test_prebook_list_filters_by_prebook_status(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    day = await _busy_prebook_day(k, fake)
    seeded = {p["id"]: p["status"] for p in fake.state.prebooks.get(day)}
    pending = await k.prebooks.list(date_from=day, date_to=day, prebook_status="Pending Approval")
    assert {p.id for p in pending} == {i for i, s in seeded.items() if s == "Pending Approval"}


async def test_a_new_prebook_is_found_among_the_approved(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    customer = next(iter(fake.state.customers.values()))
    carrier = next(iter(fake.state.carriers.values()))
    day = TODAY + dt.timedelta(days=90)
    created = await k.prebooks.create(
        customer_id=int(customer["id"]), carrier_id=int(carrier["id"]), ship_date=day
    )
    found = await k.prebooks.list_details(date=day, status="Approved")
    assert created.prebook_id in [p.id for p in found]
    pending = await k.prebooks.list_details(date=day, status="Pending Approval")
    assert created.prebook_id not in [p.id for p in pending]


async def test_the_fake_filters_purchase_orders_by_status(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    for offset in range(60):
        day = TODAY + dt.timedelta(days=offset)
        orders = await k.purchase_orders.list(date=day)
        statuses = {o.status for o in orders}
        if len(statuses) > 1:
            break
    else:
        raise AssertionError("no seeded day with two purchase-order statuses")
    for status in statuses:
        assert status is not None
        found = await k.purchase_orders.list(date=day, status=status)
        assert {o.id for o in found} == {o.id for o in orders if o.status == status}


async def test_the_fake_filters_invoice_details_by_status(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    for offset in range(60):
        day = TODAY + dt.timedelta(days=offset)
        invoices = await k.invoices.list_details(order_date=day)
        if len({i.status for i in invoices}) > 1:
            break
    else:
        raise AssertionError("no seeded day with two invoice statuses")
    confirmed = await k.invoices.list_details(order_date=day, status=1)
    assert {i.id for i in confirmed} == {i.id for i in invoices if i.status == "1"}
    assert confirmed and len(confirmed) < len(invoices)

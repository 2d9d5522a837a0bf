"""Each method against the fake, and the flow a user writes: a customer, its ship-to and
contact, a prebook (and an invoice) for that ship-to, read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet
from komet_async.testing._state_customers import accounts_of
from tests._today import TODAY

from .conftest import CUSTOMER_ID, sent


async def test_a_customer_with_a_ship_to_and_a_contact_gets_a_prebook(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    await k.customers.add(
        "Blooms & Co", code="BLM01", phone="305 555 0100", credit_limit=Decimal("2500.00")
    )
    (customer,) = await k.customers.list(code="BLM01")
    assert customer.name == "Blooms & Co" and customer.active is True

    store = await k.customers.add_ship_to(
        customer.id,
        name="Store Doral",
        address="8200 NW 41st St",
        city="Doral",
        state="FL",
        zipcode="33166",
        country="United States",
        carrier_id=1360,
    )
    assert store.ship_to_id is not None
    contact = await k.customers.add_contact(
        customer.id, name="Ana Lopez", type="Buyer", email="ana@example.com", email_pod=True
    )
    assert contact.contact_id is not None

    ship_date = TODAY + dt.timedelta(days=3)
    prebook = await k.prebooks.create(
        customer_id=customer.id,
        carrier_id=1360,
        ship_date=ship_date,
        ship_to_id=store.ship_to_id,
        customer_po="PO-77",
        items=[komet.PrebookItem(product_id=1001, box_type_id=1056, boxes=2)],
    )
    assert prebook.prebook_id is not None

    (ship_to,) = await k.customers.list_ship_tos(customer_id=customer.id)
    assert (ship_to.id, ship_to.name, ship_to.carrier_code) == (
        store.ship_to_id,
        "Store Doral",
        "AA",
    )
    assert ship_to.updated_as_of == TODAY
    (listed,) = await k.customers.list_contacts(customer.id)
    assert (listed.id, listed.name, listed.email_pod) == (contact.contact_id, "Ana Lopez", True)
    details = await k.prebooks.list_details(date=ship_date, customer_id=customer.id)
    assert [(p.id, p.ship_name, p.ship_city) for p in details] == [
        (prebook.prebook_id, "Store Doral", "Doral")
    ]


async def test_prebooks_and_invoices_refuse_a_ship_to_of_another_customer(
    k: komet.KometSession,
) -> None:
    store = await k.customers.add_ship_to(CUSTOMER_ID, name="Only mine")
    ship_date = TODAY + dt.timedelta(days=2)
    with pytest.raises(komet.KometAPIError, match="Ship to"):
        await k.prebooks.create(
            customer_id=CUSTOMER_ID + 1,
            carrier_id=1360,
            ship_date=ship_date,
            ship_to_id=store.ship_to_id,
        )
    with pytest.raises(komet.KometAPIError, match="Ship to"):
        await k.invoices.create(
            customer_id=CUSTOMER_ID + 1,
            carrier_id=1360,
            ship_date=ship_date,
            ship_to_id=store.ship_to_id,
        )
    created = await k.invoices.create(
        customer_id=CUSTOMER_ID, carrier_id=1360, ship_date=ship_date, ship_to_id=store.ship_to_id
    )
    (invoice,) = [
        i for i in await k.invoices.list_details(order_date=ship_date) if i.id == created.invoice_id
    ]
    assert invoice.ship_name == "Only mine"


async def test_seeded_customers_have_ship_tos_a_prebook_accepts(k: komet.KometSession) -> None:
    ship_tos = await k.customers.list_ship_tos(customer_id=CUSTOMER_ID)
    assert ship_tos and all(s.id for s in ship_tos)
    created = await k.prebooks.create(
        customer_id=CUSTOMER_ID,
        carrier_id=1360,
        ship_date=TODAY + dt.timedelta(days=4),
        ship_to_id=ship_tos[0].id,
    )
    assert created.prebook_id is not None


async def test_customer_update_changes_the_listed_customer(k: komet.KometSession) -> None:
    await k.customers.add("Petal Pushers", code="PP1")
    (customer,) = await k.customers.list(code="PP1")
    updated = await k.customers.update(
        customer.id, name="Petal Pushers LLC", finance_charge_percentage=Decimal("1.5")
    )
    assert updated.status == 1
    (after,) = await k.customers.list(code="PP1")
    assert after.name == "Petal Pushers LLC"
    await k.customers.update(customer.id, name="Petal Pushers LLC", active=False)
    assert await k.customers.list(code="PP1") == []
    (inactive,) = await k.customers.list(code="PP1", include_inactive=True)
    assert inactive.active is False


async def test_ship_to_update_and_delete(k: komet.KometSession) -> None:
    store = await k.customers.add_ship_to(CUSTOMER_ID, name="Store A", city="Miami")
    assert store.ship_to_id is not None
    saved = await k.customers.update_ship_to(
        store.ship_to_id, customer_id=CUSTOMER_ID, name="Store B", carrier_id=1361
    )
    assert saved.ship_to_id == store.ship_to_id
    (found,) = await k.customers.list_ship_tos(name="store b")
    assert (found.name, found.city, found.carrier_code) == ("Store B", "Miami", "LAN")
    with pytest.raises(komet.KometAPIError, match="does not belong"):
        await k.customers.update_ship_to(store.ship_to_id, customer_id=CUSTOMER_ID + 1)
    removed = await k.customers.delete_ship_to(store.ship_to_id)
    assert removed.message == "Ship to removed."
    assert await k.customers.list_ship_tos(name="store b") == []  # "not found": empty


async def test_contact_update_and_delete(k: komet.KometSession) -> None:
    before = await k.customers.list_contacts(CUSTOMER_ID)
    added = await k.customers.add_contact(CUSTOMER_ID, name="Joe", type="buyer")
    assert added.contact_id is not None
    await k.customers.update_contact(
        added.contact_id, customer_id=CUSTOMER_ID, name="Joe Smith", type="A/P", ext="345"
    )
    contacts = {c.id: c for c in await k.customers.list_contacts(CUSTOMER_ID)}
    assert (contacts[added.contact_id].name, contacts[added.contact_id].type) == (
        "Joe Smith",
        "A/P",
    )
    with pytest.raises(komet.KometAPIError, match="Contact type"):
        await k.customers.add_contact(CUSTOMER_ID, name="X", type="Florist")
    deleted = await k.customers.delete_contact(added.contact_id)
    assert deleted.message == "Contact was successfully deleted."
    assert [c.id for c in await k.customers.list_contacts(CUSTOMER_ID)] == [c.id for c in before]


async def test_additional_charge(fake: FakeKomet, k: komet.KometSession) -> None:
    answer = await k.customers.update_additional_charge(CUSTOMER_ID, additional_charge_code="DEL")
    assert answer.message == "The automatic additional charge was successfully saved."
    assert sent(fake, "customer.additional.charge.update")[0].params == {
        "customerId": CUSTOMER_ID,
        "additionalChargeCode": "DEL",
    }


async def test_user_token_lists(
    fake: FakeKomet, user_k: komet.KometSession, k: komet.KometSession
) -> None:
    customers = await user_k.customers.list_by_company()
    assert {c.customer_id for c in customers} == {
        int(c["id"]) for c in fake.state.customers.values() if c["active"] == "1"
    }
    # A user token without a user of its own: no salesperson customers, none linked.
    assert await user_k.customers.list_by_company(show_salesperson_customers=True) == []
    assert await user_k.customers.list_by_user() == []
    (request,) = [
        r
        for r in sent(fake, "customer.by.company.list")
        if r.params.get("showSalespersonCustomers")
    ]
    assert request.params["showSalespersonCustomers"] == "true"
    with pytest.raises(komet.KometAPIError, match="Company token is not allowed"):
        await k.customers.list_by_company()


async def test_a_salesperson_sees_their_customers(fake: FakeKomet) -> None:
    salesperson = next(iter(fake.state.customers.values()))["salesPersonId"]
    theirs = {
        int(c["id"]) for c in fake.state.customers.values() if c["salesPersonId"] == salesperson
    }
    token = fake.add_token("user", user_id=str(salesperson))
    async with komet.KometSession(
        token, base_url=fake.url, daily_quota=None, account_id=1, sales_channel="WEB_APP"
    ) as user:
        mine = await user.customers.list_by_company(show_salesperson_customers=True)
        assert {c.customer_id for c in mine} == theirs
        assert {c.customer_id for c in await user.customers.list_by_user()} == theirs


async def test_an_ecommerce_user_is_linked_to_its_customers(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    await k.customers.add("Web Shop", code="WEB01")
    (customer,) = await k.customers.list(code="WEB01")
    await k.companies.add_ecommerce_user(
        customer_codes=["WEB01", "C404"],
        first_name="Eva",
        last_name="Ruiz",
        email="eva@example.com",
        login="eva@example.com",
    )
    user_id = accounts_of(fake.state).users["eva@example.com"]["userId"]
    token = fake.add_token("user", user_id=str(user_id))
    async with komet.KometSession(token, base_url=fake.url, daily_quota=None, account_id=1) as user:
        (linked,) = await user.customers.list_by_user()
    assert (linked.customer_id, linked.customer_name, linked.user_id, linked.company_id) == (
        customer.id,
        "Web Shop",
        user_id,
        1,
    )


async def test_account_headers_are_required(fake: FakeKomet) -> None:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as bare:
        with pytest.raises(komet.RequestValidationError, match="X-ACCOUNT") as info:
            await bare.companies.list_locations(CUSTOMER_ID)
    assert info.value.field == "account_id" and sent(fake, "company.location.list") == []


async def test_companies(fake: FakeKomet, k: komet.KometSession) -> None:
    (company,) = await k.companies.list()
    assert company.company_id == 1 and company.customer_id is None
    (location,) = await k.companies.list_locations(CUSTOMER_ID)
    assert (location.code, location.active) == ("MIA", True)
    # The token travels in a header: not in the query string.
    assert sent(fake, "company.location.list")[0].params == {"customerId": str(CUSTOMER_ID)}
    created = await k.companies.add_ecommerce_user(
        customer_codes=["C001", "NOPE"],
        first_name="John",
        last_name="Gomez",
        email="jg@example.com",
        login="jg@example.com",
    )
    assert created.message == "User was successfully created."
    with pytest.raises(komet.KometAPIError, match="already exists"):
        await k.companies.add_ecommerce_user(
            customer_codes=["C001"],
            first_name="J",
            last_name="G",
            email="x@example.com",
            login="jg@example.com",
        )


async def test_seeded_ship_tos_do_not_depend_on_what_was_written_first() -> None:
    async def seeded(write_first: bool) -> list[Any]:
        async with FakeKomet(seed=5) as server:
            async with komet.KometSession(
                server.token, base_url=server.url, daily_quota=None
            ) as session:
                if write_first:
                    await session.customers.add("Aaa First", code="A0")
                    (new,) = await session.customers.list(code="A0")
                    await session.customers.add_ship_to(new.id, name="New store")
                ship_tos = await session.customers.list_ship_tos(update_as_of=dt.date(2000, 1, 1))
            return [s for s in ship_tos if s.id < 900_000]

    first, later = await seeded(False), await seeded(True)
    assert first and first == later

"""The setup and vendor methods against FakeKomet: what is added is listed, what is updated
changes, and each request arrives as its page documents (verb, method, parameters, token)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async.models.setup import AmountType, ExceptionCustomer, OrderType
from komet_async.testing import FakeKomet

from .conftest import po_number, sent

LOCATION_ID = 1  # the fake company's one location
DAY = dt.date(2026, 11, 20)


async def test_a_carrier_added_is_listed_and_an_update_changes_it(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    added = await k.carriers.add("Armellini Test", code="ART", capacity=200)
    assert added.status == 1 and added.message == "The carrier was successfully saved."
    assert added.carrier_id is not None
    (listed,) = await k.carriers.list(id=added.carrier_id)
    assert (listed.name, listed.code, listed.active) == ("Armellini Test", "ART", True)

    again = await k.carriers.update(
        added.carrier_id, name="Armellini Air", code="ARA", active=False, capacity=150
    )
    assert again.carrier_id == added.carrier_id
    (changed,) = await k.carriers.list(id=added.carrier_id)
    assert (changed.name, changed.code, changed.active) == ("Armellini Air", "ARA", False)
    assert fake.state.setup.carrier_capacity[str(added.carrier_id)] == 150

    (add,) = sent(fake, "carrier.add")
    (update,) = sent(fake, "carrier.update")
    assert (add.verb, add.token_kind, add.params) == (
        "POST",
        "company",
        {"name": "Armellini Test", "code": "ART", "capacity": 200},
    )
    assert (update.verb, update.params) == (
        "POST",
        {
            "carrierId": added.carrier_id,
            "name": "Armellini Air",
            "code": "ARA",
            "active": 0,
            "capacity": 150,
        },
    )


async def test_updating_a_carrier_that_is_not_there_is_refused(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    missing = max(int(i) for i in fake.state.carriers) + 1000
    with pytest.raises(komet.KometAPIError) as refused:
        await k.carriers.update(missing, name="Nobody", code="NB")
    assert refused.value.komet_method == "carrier.update"
    assert str(missing) not in fake.state.carriers


async def test_categories_are_listed_typed(fake: FakeKomet, k: komet.KometSession) -> None:
    categories = await k.categories.list()
    by_id = {c.category_id: c for c in categories}
    assert len(by_id) == len(fake.state.setup.categories)
    adhesive = by_id[15709]  # the sample's unmapped hard good
    assert (adhesive.category_name, adhesive.komet_network_id, adhesive.active) == (
        "Adhesive",
        None,
        False,
    )
    assert any(c.active for c in categories)
    (request,) = sent(fake, "category.list")
    assert (request.verb, request.params, request.token_kind) == ("GET", {}, "company")


async def test_an_additional_charge_added_is_listed_and_an_update_changes_it(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    added = await k.additional_charges.add("Cold Chain Fee", code="CCF")
    assert added.message == "The additional charge was successfully saved."
    charge_id = added.additional_charge_id
    assert charge_id is not None
    (listed,) = await k.additional_charges.list(id=charge_id)
    assert (listed.id, listed.name, listed.code, listed.active) == (
        charge_id,
        "Cold Chain Fee",
        "CCF",
        True,
    )
    # name matches with LIKE, case-insensitive; code exactly
    assert [c.id for c in await k.additional_charges.list(name="cold chain")] == [charge_id]
    assert await k.additional_charges.list(code="CC") == []

    await k.additional_charges.update(charge_id, name="Cold Chain", active=False)
    (changed,) = await k.additional_charges.list(id=charge_id)
    assert (changed.name, changed.code, changed.active) == ("Cold Chain", "CCF", False)
    assert charge_id not in [c.id for c in await k.additional_charges.list(active=True)]

    (add,) = sent(fake, "additional.charge.add")
    (update,) = sent(fake, "additional.charge.update")
    assert (add.verb, add.params) == ("POST", {"name": "Cold Chain Fee", "code": "CCF"})
    assert (update.verb, update.params) == (
        "POST",
        {"additionalChargeId": charge_id, "name": "Cold Chain", "active": 0},
    )
    first = sent(fake, "additional.charge.list")[0]
    assert (first.verb, first.params) == ("GET", {"id": str(charge_id)})


async def test_an_automatic_charge_rule_is_added_then_updated(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    (carrier, *_) = await k.carriers.list()
    added = await k.additional_charges.add_automatic(
        additional_charge_id=23243,
        company_location_id=LOCATION_ID,
        amount_value=Decimal("5.25"),
        active=True,
        cap_per_day=Decimal("20"),
        min_cap_per_day=Decimal("0"),
        amount_type=AmountType.MONETARY_AMOUNT,
        order_type=OrderType.BOTH,
        carrier_ids=[carrier.id],
        exclude_customer_ids=[23401, 23402],
        exception_customers=[
            ExceptionCustomer(
                customer_id=23403, active=True, amount_value=Decimal("1.5"), amount_type=1
            )
        ],
    )
    assert added.status == 1
    # The answer is a GAP: the rule's id is known only to the fake's state.
    ((rule_id, rule),) = fake.state.setup.automatic_charges.items()
    assert rule["carrierIds"] == [carrier.id] and rule["excludeCustomerIds"] == [23401, 23402]
    (post,) = sent(fake, "automatic-additional-charge [POST]")
    assert post.verb == "POST" and post.token_kind == "company"
    assert post.params["amountValue"] == 5.25 and post.params["carrierIds"] == str(carrier.id)
    assert post.params["excludeCustomerIds"] == "23401,23402"
    assert post.params["exceptionCustomers"][0]["customerId"] == 23403

    await k.additional_charges.update_automatic(
        int(rule_id),
        additional_charge_id=23334,
        company_location_id=LOCATION_ID,
        amount_value=Decimal("7.5"),
        active=False,
        cap_per_day=Decimal("30"),
        min_cap_per_day=Decimal("1"),
        amount_type=AmountType.PERCENTAGE,
        order_type=OrderType.WEB,
        exclude_customer_ids=[23401],
        exclude_customer_action_type=0,  # "delete them from the excluded list"
    )
    rule = fake.state.setup.automatic_charges[rule_id]
    assert rule["additionalChargeId"] == 23334 and rule["active"] is False
    assert rule["excludeCustomerIds"] == [23402]
    (put,) = sent(fake, "automatic-additional-charge [PUT]")
    assert put.verb == "PUT"
    assert put.params["automaticAdditionalChargeId"] == rule_id  # from the query string
    assert put.params["amountType"] == int(AmountType.PERCENTAGE)


async def test_a_vendor_update_changes_what_vendor_list_shows(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    vendor = (await k.vendors.list())[0]
    answer = await k.vendors.update(vendor.id, name="Flores Nuevas", port_origin="BOG", status=0)
    assert (answer.status, answer.message, answer.vendor_id) == (1, "success", vendor.id)
    (changed,) = await k.vendors.list(id=vendor.id, include_inactive=True)
    assert (changed.name, changed.port_origin, changed.active) == ("Flores Nuevas", "BOG", False)
    (request,) = sent(fake, "vendor.update")
    assert (request.verb, request.params) == (
        "POST",
        {"vendorId": vendor.id, "name": "Flores Nuevas", "portOrigin": "BOG", "status": 0},
    )


async def test_a_vendor_invoice_received_by_mail_is_then_marked_synced(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    number = po_number(fake)
    pdf = b"%PDF-1.4 invoice \x00\xff"
    ack = await k.vendors.receive_invoice_mail(
        mail_from="ap@grower.example",
        po_number=number,
        file=pdf,
        invoice_number="FB00223",
        invoice_total=Decimal("1250.10"),
    )
    assert (ack.status, ack.message) == (1, "success")
    synced = await k.vendors.mark_invoice_synced(po_number=number, invoice_number="FB00223")
    assert (synced.status, synced.message) == (1, "OK")

    (order,) = [
        o
        for day in fake.state.purchase_orders.materialized().values()
        for o in day
        if str(o["number"]) == number
    ]
    (invoice,) = order["vendorInvoices"]
    assert invoice["file"] == pdf and invoice["invoiceTotal"] == Decimal("1250.10")
    assert invoice["synced"] is True
    (mail,) = sent(fake, "vendor.invoice.mail.receive")
    assert mail.verb == "POST" and mail.token_kind == "company"
    assert "companyToken" not in mail.params and "authenticationToken" not in mail.params
    assert mail.params["invoiceTotal"] == 1250.1 and mail.params["poNumber"] == number
    (mark,) = sent(fake, "vendor.invoice.mark.sync")
    assert mark.params == {"poNumber": number, "invoiceNumber": "FB00223"}

    # An invoice that was never received cannot be marked.
    with pytest.raises(komet.KometAPIError) as refused:
        await k.vendors.mark_invoice_synced(po_number=number, invoice_number="NOPE1")
    assert refused.value.komet_method == "vendor.invoice.mark.sync"


async def test_availability_items_are_listed_and_a_prebook_takes_their_ids(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    items = await k.vendors.list_availability_items(date_from=DAY, date_to=DAY, exact_date=False)
    assert items and all(i.available_from <= DAY <= i.available_to for i in items)  # type: ignore[operator]
    (request,) = sent(fake, "vendor.availability.items.list")
    assert request.verb == "POST"
    assert request.params == {"dateFrom": "2026-11-20", "dateTo": "2026-11-20", "exactDate": False}

    item = items[0]
    carrier = (await k.carriers.list())[0]
    prebook = await k.prebooks.create(
        ship_date=DAY, customer_id=23401, carrier_id=carrier.id, items=[]
    )
    assert prebook.prebook_id is not None
    line = await k.prebooks.add_vendor_availability_item(
        prebook_id=prebook.prebook_id,
        inventory_ids=[item.inventory_id],
        quantity=1,
        price=Decimal("0.55"),
    )
    assert line.prebook_item_id is not None
    (added,) = [
        i
        for p in fake.state.prebooks.get(DAY)
        if p["id"] == prebook.prebook_id
        for i in p["items"]
        if i["prebookItemId"] == line.prebook_item_id
    ]
    # The fake fills the line's product and vendor from the listed item.
    assert added["productId"] == item.company_product_id
    assert added["productDescription"] == item.product_description
    vendor_names = {v["id"]: v["name"] for v in fake.state.vendors.values()}
    assert vendor_names[str(added["vendorId"])] == item.vendor

"""The documented samples of the customer and company pages: each answer decodes through
the catalog losslessly, and each sample request is what the SDK sends."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async import CATALOG
from komet_async.testing import FakeKomet
from tests.orders.conftest import assert_lossless

from .conftest import documented_methods, sent

DOCS = documented_methods()
# The customer/company pages (the namespaces also hold ecommerce-lite/settings, tested with
# the e-commerce extras in tests/hardgoods).
FAMILY = sorted(
    n
    for n in CATALOG
    if CATALOG[n].namespace in ("customers", "companies")
    and n.startswith(("customer.", "company.", "v2/user/"))
)
WITH_SAMPLE = [n for n in FAMILY if isinstance(DOCS.get(n, {}).get("sample_response"), dict)]


def test_the_family_is_all_in_the_catalog() -> None:
    documented = [n for n in DOCS if n.startswith(("customer.", "company.", "v2/user/"))]
    assert sorted(documented) == sorted(n for n in FAMILY if n != "customer.list")
    assert len(FAMILY) == 1 + 13 + 3


@pytest.mark.parametrize("name", WITH_SAMPLE)
def test_documented_sample_decodes_losslessly(name: str) -> None:
    sample = DOCS[name]["sample_response"]
    decoded = CATALOG[name].decode(sample)
    assert isinstance(decoded, CATALOG[name].response_type)
    assert_lossless(sample, decoded)


def test_samples_decode_to_their_documented_values() -> None:
    contacts = CATALOG["customer.contact.list"].decode(
        DOCS["customer.contact.list"]["sample_response"]
    )
    assert [(c.id, c.type, c.email_pod) for c in contacts.contacts] == [
        (23423, "Buyer", False),
        (23245, "A/P", True),
    ]
    added = CATALOG["customer.shipto.add"].decode(DOCS["customer.shipto.add"]["sample_response"])
    assert added.ship_to_id == 20131 and added.status == 1
    by_company = CATALOG["customer.by.company.list"].decode(
        DOCS["customer.by.company.list"]["sample_response"]
    )
    assert by_company.status is None  # documented without an envelope
    assert by_company.customer_result[0].customer_name == "10 DOWNING ST"
    companies = CATALOG["company.list"].decode(DOCS["company.list"]["sample_response"])
    (company,) = companies.company_result
    assert (company.company_id, company.role_id, company.customer_id) == (6316, 1, None)
    user = CATALOG["v2/user/e-commerce"].decode(DOCS["v2/user/e-commerce"]["sample_response"])
    assert user.message == "User was successfully created."


def test_company_list_reads_the_field_lists_name_too() -> None:
    # The field list says "name", the sample "customerName": either is the customer's name.
    answer = CATALOG["company.list"].decode(
        {"companyResult": [{"companyId": 1, "customerId": 7, "name": "Blooms"}]}
    )
    assert answer.company_result[0].customer_name == "Blooms"


def test_an_unknown_answer_field_is_kept() -> None:
    answer = CATALOG["customer.shipto.list"].decode(
        {
            "status": 1,
            "message": "OK",
            "shiptos": [{"id": 3, "salesPersonCode": "SP1", "credit": "12.50"}],
        }
    )
    ship_to = answer.shiptos[0]
    assert ship_to.extra == {"salesPersonCode": "SP1", "credit": "12.50"}


async def test_sample_requests_are_what_the_sdk_sends(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    # Documented samples name customers 6326 / 42423 of their own company: make the fake's
    # customers of those ids, then send each sample through the SDK.
    for customer_id in ("6326", "42423"):
        fake.state.customers[customer_id] = {
            "id": customer_id,
            "name": "Sample",
            "code": "S",
            "active": "1",
        }
    contact_sample = json.loads(DOCS["customer.contact.add"]["sample_request"])
    await k.customers.add_contact(
        6326,
        name="Joe Smith",
        type="Buyer",
        phone="594-123-0982",
        ext="345",
        mobile="305-0112-0982",
        fax="594-123-0112",
        email="contact@mydomain.com",
        description="nothing special",
        instant_messaging="594-123-0982",
        email_pod=False,
    )
    del contact_sample["authenticationToken"]
    assert sent(fake, "customer.contact.add")[0].params == contact_sample

    ship_to_sample = json.loads(DOCS["customer.shipto.add"]["sample_request"])
    added = await k.customers.add_ship_to(
        6326,
        name="Store miami",
        city="miami",
        state="FL",
        country="United States",
        zipcode="568722",
        address="Stree 123 Suite 2",
        fax="786 3434 23232",
        phone="661 522 3154",
    )
    del ship_to_sample["authenticationToken"]
    assert sent(fake, "customer.shipto.add")[0].params == ship_to_sample
    assert added.message == "Ship to was successfully saved"

    await k.customers.update_additional_charge(
        42423, additional_charge_code="DEL", amount_value=Decimal("10"), amount_type="$"
    )
    (charge,) = sent(fake, "customer.additional.charge.update")
    # The sample writes "10" as text; the SDK sends the number 10 (the same decimal).
    assert charge.params == {
        "customerId": 42423,
        "additionalChargeCode": "DEL",
        "amountValue": 10,
        "amountType": "$",
    }

    user_sample = json.loads(DOCS["v2/user/e-commerce"]["sample_request"])
    await k.companies.add_ecommerce_user(
        **{
            "customer_codes": user_sample["customerCodes"],
            "first_name": user_sample["firstName"],
            "last_name": user_sample["lastName"],
            "email": user_sample["email"],
            "login": user_sample["login"],
        }
    )
    assert sent(fake, "v2/user/e-commerce")[0].params == user_sample

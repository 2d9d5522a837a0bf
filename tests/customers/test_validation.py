"""Bad input names the Python argument and the rule, and nothing is sent."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet

Call = Callable[[komet.KometSession], Awaitable[Any]]

CASES: list[tuple[str, Call, str, str]] = [
    ("add: name length", lambda k: k.customers.add("x" * 201), "name", "at most 200"),
    ("add: empty name", lambda k: k.customers.add(""), "name", "at least 1"),
    ("add: code length", lambda k: k.customers.add("A", code="x" * 11), "code", "at most 10"),
    (
        "add: credit limit digits",
        lambda k: k.customers.add("A", credit_limit=Decimal("1.234")),
        "credit_limit",
        "decimal",
    ),
    ("update: name required type", lambda k: k.customers.update(1, name=None), "name", ""),  # type: ignore[arg-type]
    (
        "contact: type length",
        lambda k: k.customers.add_contact(1, name="A", type="x" * 201),
        "type",
        "at most 200",
    ),
    (
        "contact: email length",
        lambda k: k.customers.add_contact(1, name="A", type="Buyer", email="x" * 51),
        "email",
        "at most 50",
    ),
    (
        "ship-tos: one filter needed",
        lambda k: k.customers.list_ship_tos(id=5),
        "customer_id",
        "one of customer_id, name, update_as_of is required",
    ),
    (
        "ship-to: zipcode length",
        lambda k: k.customers.add_ship_to(1, name="A", zipcode="12345678901"),
        "zipcode",
        "at most 10",
    ),
    (
        "ship-to update: negative id",
        lambda k: k.customers.update_ship_to(-1, customer_id=1),
        "ship_to_id",
        "",
    ),
    (
        "charge: amount type",
        lambda k: k.customers.update_additional_charge(
            1, additional_charge_code="DEL", amount_type="#"
        ),
        "amount_type",
        "",
    ),
    (
        "charge: code length",
        lambda k: k.customers.update_additional_charge(1, additional_charge_code="x" * 21),
        "additional_charge_code",
        "at most 20",
    ),
    (
        "user: no codes",
        lambda k: k.companies.add_ecommerce_user(
            customer_codes=[], first_name="A", last_name="B", email="e", login="l"
        ),
        "customer_codes",
        "",
    ),
    (
        "user: a code too long",
        lambda k: k.companies.add_ecommerce_user(
            customer_codes=["x" * 21], first_name="A", last_name="B", email="e", login="l"
        ),
        "customer_codes[0]",
        "",
    ),
    (
        "locations: customer id digits",
        lambda k: k.companies.list_locations(10**11),
        "customer_id",
        "",
    ),
]


@pytest.mark.parametrize(("case", "call", "field", "rule"), CASES, ids=[c[0] for c in CASES])
async def test_bad_input_is_refused_before_sending(
    fake: FakeKomet, k: komet.KometSession, case: str, call: Call, field: str, rule: str
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await call(k)
    assert caught.value.field == field, caught.value
    assert rule in caught.value.rule
    assert list(fake.requests) == []


async def test_a_misspelled_filter_is_a_type_error(k: komet.KometSession) -> None:
    with pytest.raises(TypeError, match="customerId"):
        await k.customers.list_ship_tos(customerId=5)  # type: ignore[call-arg]

"""The validators of the inventory / e-commerce / lookup requests, against the documented
rules (written out here, independently of the models' metadata): every valid value passes,
every invalid one is refused naming the Python field, and nothing reaches the fake."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import komet_async as komet
from komet_async import CATALOG
from komet_async._secret import Secret
from komet_async._validate import validate
from komet_async.models import ecommerce as e
from komet_async.models import inventory as m
from komet_async.models import lookups as lk
from komet_async.testing import FakeKomet

DAY = dt.date(2024, 5, 2)

# --- strategies from the documented types ------------------------------------------------

_CHARS = st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))


def text(min_size: int = 0, max_size: int = 30) -> st.SearchStrategy[str]:
    return st.text(_CHARS, min_size=min_size, max_size=max_size)


def too_long(limit: int) -> st.SearchStrategy[str]:
    """``string:limit`` broken: one character or more over."""
    return text(limit + 1, limit + 25)


def integers(digits: int, minimum: int = 0) -> st.SearchStrategy[int]:
    """``integer:digits`` from ``minimum``."""
    return st.integers(minimum, 10**digits - 1)


def bad_integers(digits: int, minimum: int = 0) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.integers(max_value=minimum - 1),
        st.integers(min_value=10**digits),
        st.booleans(),
        st.floats(allow_nan=False),
        st.integers(minimum, 10**digits - 1).map(str),
    )


def decimals(precision: int, scale: int) -> st.SearchStrategy[Any]:
    """``decimal:precision,scale``, not negative (Decimals, or ints)."""
    top = 10 ** (precision - scale)
    exact = st.integers(0, top * 10**scale - 1).map(lambda n: Decimal(n).scaleb(-scale))
    return st.one_of(exact, st.integers(0, top - 1))


def bad_decimals(precision: int, scale: int) -> st.SearchStrategy[Any]:
    top = 10 ** (precision - scale)
    one_place_too_many = st.integers(1, top * 10 ** (scale + 1) - 1).filter(lambda n: n % 10)
    return st.one_of(
        one_place_too_many.map(lambda n: Decimal(n).scaleb(-(scale + 1))),
        st.integers(top, top * 1000).map(Decimal),
        st.integers(1, 10**6).map(lambda n: -Decimal(n).scaleb(-scale)),
        st.floats(0, 100),  # a float has lost its cents already
        st.just(Decimal("NaN")),
    )


def any_case(*words: str) -> st.SearchStrategy[str]:
    def flip(word: str, mask: int) -> str:
        return "".join(c.upper() if mask >> i & 1 else c.lower() for i, c in enumerate(word))

    return st.tuples(st.sampled_from(words), st.integers(0, 2**8)).map(lambda t: flip(*t))


# --- valid requests, one field at a time changed ---------------------------------------------

BASES: dict[type, Any] = {
    m.InventoryLine: m.InventoryLine(
        grower_id=301,
        awb="145-1234-5678",
        ship_date=DAY,
        product_id=1001,
        quantity=10,
        box_type_id=1056,
        unit_type="Bunch",
        stems_bunch=25,
        bunches=10,
        unit_cost=Decimal("0.315"),
    ),
    m.InventoryUpdateRequest: m.InventoryUpdateRequest(inventory_id=1, unit_cost=Decimal(1)),
    m.UnitsAddRequest: m.UnitsAddRequest(
        product_code="235284", stems_bunch=10, unit_type="Stem", quantity=1
    ),
    m.UnitsDeleteRequest: m.UnitsDeleteRequest(
        product_code="235284", stems_bunch=10, unit_type="Stem", quantity=1, block="1", bed="2"
    ),
    m.UnitsListRequest: m.UnitsListRequest(),
    m.InventoryListRequest: m.InventoryListRequest(),
    m.HardgoodAddRequest: m.HardgoodAddRequest(product_id=1, quantity=1, unit_cost=Decimal(1)),
    m.HardgoodUpdateRequest: m.HardgoodUpdateRequest(product_id=1, unit_cost=Decimal(1)),
    m.HardgoodListRequest: m.HardgoodListRequest(),
    e.EcommerceInventoryListRequest: e.EcommerceInventoryListRequest(customer_id=7349),
    e.EcommerceInventoryGetRequest: e.EcommerceInventoryGetRequest(
        customer_id=7349,
        inventory_line_ids=[428720],
        inventory_origin=1,
        date=DAY,
        available_from=DAY,
        available_to=DAY,
    ),
    lk.CustomerListRequest: lk.CustomerListRequest(),
    lk.CarrierListRequest: lk.CarrierListRequest(),
    lk.VendorListRequest: lk.VendorListRequest(),
    lk.VendorAddRequest: lk.VendorAddRequest(name="Flores", port_origin="BOG", vendor_type=1),
    lk.AwbListRequest: lk.AwbListRequest(ship_date=DAY),
    lk.FutureAwbSaveRequest: lk.FutureAwbSaveRequest(
        awb="234-2367-0983",
        origin_code="UIO",
        ship_date=DAY,
        houses=[lk.AwbHouse(house="CM-1", vendor_code="ABC")],
    ),
}


@attrs.frozen
class Rule:
    model: type
    field: str
    valid: st.SearchStrategy[Any]
    invalid: st.SearchStrategy[Any]

    def __str__(self) -> str:
        return f"{self.model.__name__}.{self.field}"


def ids(digits: int = 20) -> tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    return integers(digits), bad_integers(digits)


def length(limit: int, minimum: int = 0) -> tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    bad = too_long(limit) if minimum == 0 else st.one_of(too_long(limit), st.just(""))
    return text(minimum, limit), bad


def optional(
    rule: tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]],
) -> tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    return st.one_of(st.none(), rule[0]), rule[1]


UNIT_TYPES = (
    any_case("stem", "bunch"),
    text(0, 10).filter(lambda t: t.lower() not in ("stem", "bunch")),
)
INVENTORY_TYPES = (
    st.lists(any_case("m", "l", "s", "p", "all"), min_size=1, max_size=3)
    .map(",".join)
    .filter(lambda t: len(t) <= 5),
    st.one_of(
        too_long(5),
        text(1, 5).filter(
            lambda t: any(
                p.strip().lower() not in ("m", "l", "s", "p", "all") for p in t.split(",")
            )
        ),
    ),
)
AWB_LAST4 = (
    st.text("0123456789", min_size=1, max_size=4),
    st.one_of(
        st.text("0123456789", min_size=5, max_size=9),
        text(1, 4).filter(lambda t: not (t.isascii() and t.isdigit())),
    ),
)
DATES = (st.dates(), st.one_of(st.datetimes(), st.dates().map(str)))

RULES: list[Rule] = [
    Rule(m.InventoryLine, "awb", *length(20, minimum=1)),
    Rule(m.InventoryLine, "ship_date", *DATES),
    Rule(m.InventoryLine, "arrival_date", *optional(DATES)),
    Rule(m.InventoryLine, "quantity", integers(10, 1), bad_integers(10, 1)),
    Rule(m.InventoryLine, "unit_type", *UNIT_TYPES),
    Rule(m.InventoryLine, "stems_bunch", *ids(10)),
    Rule(m.InventoryLine, "bunches", *ids(10)),
    Rule(m.InventoryLine, "unit_cost", decimals(10, 3), bad_decimals(10, 3)),
    Rule(m.InventoryLine, "grower_id", *ids()),
    Rule(m.InventoryLine, "vendor_code", *optional(length(20))),
    Rule(m.InventoryLine, "reference", *optional(length(20))),
    Rule(m.InventoryLine, "customer_id", *optional(ids())),
    Rule(m.InventoryLine, "product_id", *ids()),
    Rule(m.InventoryLine, "product_code", *optional(length(20))),
    Rule(m.InventoryLine, "product_description", *optional(length(20))),
    Rule(m.InventoryLine, "box_type_id", *ids()),
    Rule(m.InventoryLine, "box_type_code", *optional(length(10))),
    Rule(m.InventoryLine, "is_tmp_awb", st.one_of(st.none(), st.booleans()), st.integers(0, 1)),
    Rule(m.InventoryLine, "confirm_inventory", st.booleans(), st.sampled_from(["1", 1, "true"])),
    Rule(m.InventoryUpdateRequest, "inventory_id", *ids()),
    Rule(
        m.InventoryUpdateRequest,
        "quantity",
        st.integers(0, 100),
        st.one_of(st.integers(101), st.integers(max_value=-1)),
    ),
    Rule(m.InventoryUpdateRequest, "unit_cost", decimals(10, 3), bad_decimals(10, 3)),
    Rule(m.InventoryUpdateRequest, "price_a", decimals(10, 3), bad_decimals(10, 3)),
    Rule(m.InventoryUpdateRequest, "price_b", decimals(10, 3), bad_decimals(10, 3)),
    Rule(m.UnitsAddRequest, "product_code", *length(20, minimum=1)),
    Rule(
        m.UnitsAddRequest,
        "unit_type",
        any_case("stem", "bunch"),
        text(0, 8).filter(lambda t: t.lower() not in ("stem", "bunch")),
    ),
    Rule(m.UnitsAddRequest, "quantity", integers(10, 1), bad_integers(10, 1)),
    Rule(m.UnitsAddRequest, "block", *optional(length(20))),
    Rule(m.UnitsAddRequest, "bed", *optional(length(20))),
    Rule(m.UnitsAddRequest, "cutter", *optional(ids(10))),
    Rule(m.UnitsAddRequest, "customer_code", *optional(length(20))),
    Rule(
        m.UnitsDeleteRequest, "block", text(1, 20), st.one_of(st.none(), too_long(20), st.just(""))
    ),
    Rule(m.UnitsDeleteRequest, "bed", text(1, 20), st.one_of(st.none(), too_long(20), st.just(""))),
    Rule(m.UnitsListRequest, "category_id", *optional(ids())),
    Rule(m.UnitsListRequest, "unit_type", *optional(UNIT_TYPES)),
    Rule(m.InventoryListRequest, "inventory_type", *optional(INVENTORY_TYPES)),
    Rule(m.InventoryListRequest, "location_id", *optional(ids())),
    Rule(m.InventoryListRequest, "include_boxes", st.booleans(), st.integers(0, 1)),
    Rule(
        m.HardgoodAddRequest,
        "quantity",
        st.integers(1, 999),
        st.one_of(st.integers(1000), st.integers(max_value=0)),
    ),
    Rule(m.HardgoodAddRequest, "unit_cost", decimals(10, 2), bad_decimals(10, 2)),
    Rule(m.HardgoodAddRequest, "unit_price", decimals(10, 2), bad_decimals(10, 2)),
    Rule(m.HardgoodUpdateRequest, "unit_cost", decimals(10, 2), bad_decimals(10, 2)),
    Rule(m.HardgoodListRequest, "vendor_code", *optional(length(50))),
    Rule(m.HardgoodListRequest, "sku", *optional(length(50))),
    Rule(m.HardgoodListRequest, "category", *optional(length(100))),
    Rule(e.EcommerceInventoryListRequest, "customer_id", *ids()),
    Rule(e.EcommerceInventoryListRequest, "page", integers(20, 1), bad_integers(20, 1)),
    Rule(e.EcommerceInventoryListRequest, "rows", integers(20, 1), bad_integers(20, 1)),
    Rule(e.EcommerceInventoryListRequest, "available_date", *optional(DATES)),
    Rule(
        e.EcommerceInventoryGetRequest,
        "inventory_line_ids",
        st.lists(integers(20), min_size=1),
        st.one_of(st.just([]), st.lists(bad_integers(20), min_size=1)),
    ),
    Rule(
        e.EcommerceInventoryGetRequest,
        "inventory_origin",
        st.integers(1, 4),
        st.one_of(st.integers(max_value=0), st.integers(5)),
    ),
    Rule(e.EcommerceInventoryGetRequest, "available_to", *DATES),
    Rule(lk.CustomerListRequest, "name", *optional(length(200))),
    Rule(lk.CustomerListRequest, "code", *optional(length(10))),
    Rule(lk.CustomerListRequest, "update_as_of", *optional(DATES)),
    Rule(lk.CarrierListRequest, "code", *optional(length(10))),
    Rule(lk.VendorListRequest, "port_origin", *optional(length(4))),
    Rule(lk.VendorAddRequest, "name", *length(200, minimum=1)),
    Rule(lk.VendorAddRequest, "port_origin", *length(5, minimum=1)),
    Rule(
        lk.VendorAddRequest,
        "vendor_type",
        st.sampled_from([1, 2, 3, *lk.VendorType]),
        st.one_of(st.integers(max_value=0), st.integers(4)),
    ),
    Rule(lk.VendorAddRequest, "web_page", *optional(length(50))),
    Rule(lk.VendorAddRequest, "email_for_pos", *optional(length(200))),
    Rule(lk.VendorAddRequest, "zipcode", *optional(length(10))),
    Rule(lk.VendorAddRequest, "contact_name", *optional(length(50))),
    Rule(lk.AwbListRequest, "awb", *AWB_LAST4),
    Rule(lk.AwbListRequest, "origin_code", *optional(length(5))),
    Rule(lk.AwbListRequest, "location_code", *optional(length(10))),
    Rule(lk.FutureAwbSaveRequest, "awb", *length(15, minimum=1)),
    Rule(lk.FutureAwbSaveRequest, "origin_code", *length(5, minimum=1)),
]

# Nested rules: houses[i] of awb.future.save.
HOUSE = lk.AwbHouse(house="CM-1", vendor_code="ABC")
HOUSE_RULES = {
    "house": length(20, minimum=1),
    "vendor_code": length(20, minimum=1),
    "location_code": optional(length(20)),
    "instructions": optional(length(50)),
}


def names(error: komet.RequestValidationError, field: str) -> bool:
    """The error names ``field`` (or one of its items, ``field[2]``)."""
    return error.field == field or error.field.startswith(field + "[")


def changed(rule: Rule, value: Any) -> Any:
    return attrs.evolve(BASES[rule.model], **{rule.field: value})


@pytest.mark.parametrize("rule", RULES, ids=str)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_valid_value_passes(rule: Rule, data: st.DataObject) -> None:
    validate(changed(rule, data.draw(rule.valid)))


@pytest.mark.parametrize("rule", RULES, ids=str)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_invalid_value_is_refused_naming_the_field(rule: Rule, data: st.DataObject) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        validate(changed(rule, data.draw(rule.invalid)))
    assert names(info.value, rule.field)


@pytest.mark.parametrize("name", sorted(HOUSE_RULES))
@settings(max_examples=30, deadline=None)
@given(data=st.data(), index=st.integers(0, 3))
def test_houses_are_checked_one_by_one(name: str, data: st.DataObject, index: int) -> None:
    valid, invalid = HOUSE_RULES[name]
    houses = [HOUSE] * 4
    base = BASES[lk.FutureAwbSaveRequest]
    houses[index] = attrs.evolve(HOUSE, **{name: data.draw(valid)})
    validate(attrs.evolve(base, houses=houses))
    houses[index] = attrs.evolve(HOUSE, **{name: data.draw(invalid)})
    with pytest.raises(komet.RequestValidationError) as info:
        validate(attrs.evolve(base, houses=houses))
    assert info.value.field == f"houses[{index}].{name}"


def test_every_model_with_rules_has_a_base() -> None:
    assert {rule.model for rule in RULES} <= set(BASES)
    for base in BASES.values():
        validate(base)


@pytest.mark.parametrize(
    ("model", "cleared", "field"),
    [
        (m.InventoryLine, ("grower_id",), "grower_id"),
        (m.InventoryLine, ("product_id",), "product_id"),
        (m.InventoryLine, ("box_type_id",), "box_type_id"),
        (lk.AwbListRequest, ("ship_date",), "awb"),
    ],
)
def test_either_or_groups(model: type, cleared: tuple[str, ...], field: str) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        validate(attrs.evolve(BASES[model], **dict.fromkeys(cleared)))
    assert info.value.field == field
    assert "one of" in info.value.rule


@pytest.mark.parametrize(
    "other", [{"vendor_code": "V01"}, {"product_code": "P1"}, {"box_type_code": "QB"}]
)
def test_either_member_of_a_group_is_enough(other: dict[str, str]) -> None:
    (key,) = other
    cleared = {"vendor_code": "grower_id", "product_code": "product_id"}.get(key, "box_type_id")
    validate(attrs.evolve(BASES[m.InventoryLine], **{cleared: None, **other}))


@settings(max_examples=40, deadline=None)
@given(username=text(1, 100), password=text(1, 100))
def test_login_credentials_up_to_100_characters(username: str, password: str) -> None:
    validate(lk.LoginRequest(username=username, password=Secret(password)))
    for bad in (
        lk.LoginRequest(username=username + "x" * 100, password=Secret(password)),
        lk.LoginRequest(username=username, password=Secret(password + "x" * 100)),
        lk.LoginRequest(username=username, password=Secret("")),
    ):
        with pytest.raises(komet.RequestValidationError) as info:
            validate(bad)
        assert info.value.field in ("username", "password")
        assert password + "x" * 100 not in str(info.value)


# --- through the public methods: nothing reaches the fake ------------------------------------


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
async def test_refused_calls_never_reach_the_fake(
    fake: FakeKomet, k: komet.KometSession, data: st.DataObject
) -> None:
    rule = data.draw(st.sampled_from(RULES))
    request = changed(rule, data.draw(rule.invalid))
    method = next(c for c in CATALOG.values() if c.request_type is rule.model)
    resource = getattr(k, method.namespace)
    with pytest.raises(komet.RequestValidationError) as info:
        if rule.model is m.InventoryLine:
            await resource.add(request)
        else:
            await getattr(resource, method.attr)(**attrs.asdict(request, recurse=False))
    assert names(info.value, rule.field)
    assert info.value.komet_method == method.name
    assert fake.requests == []

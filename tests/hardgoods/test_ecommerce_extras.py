"""carriers.list_for_customer, carriers.list_by_customer_ship_date (deprecated) and
customers.get_ecommerce_settings: the documented samples decode, the wire is as the pages say
(X-ACCOUNT / X-SALES-CHANNEL headers, header tokens), round trips against the fake, the
deprecation warning, bad input named with nothing sent."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from collections.abc import AsyncIterator
from decimal import Decimal

import attrs
import pytest

import komet_async as komet
from komet_async import CATALOG
from komet_async._wire import rule_of, wire_name
from komet_async.models.ecommerce import CarrierOption, EcommerceUserInfo, InventoryOrigin
from komet_async.resources.lookups import CarriersResource
from komet_async.testing import FakeKomet
from tests._today import TODAY
from tests.conftest import SECRET_TOKEN, ScriptedServer

from .conftest import ACCOUNT_ID, SALES_CHANNEL, part3

DOCS = part3()
DAY = dt.date(2017, 6, 30)


@pytest.fixture
async def wire_k(server: ScriptedServer) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=None, account_id=ACCOUNT_ID,
        sales_channel=SALES_CHANNEL,
    ) as session:  # fmt: skip
        yield session


@pytest.fixture
async def customer_k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    """A Customer-token session of the fake's first customer."""
    customer_id = min(fake.state.customers, key=int)
    token = fake.add_token("customer", customer_id=customer_id)
    async with komet.KometSession(
        token, base_url=fake.url, daily_quota=None, account_id=ACCOUNT_ID,
        token_type="customer",
    ) as session:  # fmt: skip
        yield session


# --- the pages' X-headers and token places ---------------------------------------------------


@pytest.mark.parametrize("name", ["ecommerce/customer-carriers.list", "ecommerce-lite/settings"])
def test_pages_with_x_headers_send_the_account_headers(name: str) -> None:
    params = {p["name"]: p for p in DOCS[name]["params"]}
    assert params["X-ACCOUNT"]["required"] and params["X-ACCOUNT"]["notes"].startswith("HTTP")
    assert CATALOG[name].account_headers
    assert CATALOG[name].token_in == "header"


def test_the_deprecated_page_lists_no_x_header() -> None:
    name = "carriers.by.customer.ship.date.list"
    assert not any(p["name"].startswith("X-") for p in DOCS[name]["params"])
    assert not CATALOG[name].account_headers
    assert "deprecated" in DOCS[name]["limits"]


async def test_customer_carriers_wire(server: ScriptedServer, wire_k: komet.KometSession) -> None:
    server.reply_json(
        {"status": 1, "message": "OK", "carrierId": 12, "carrierName": "FX - FedEx",
         "carrierCubeRate": 3.45, "carriers": [{"carrierId": 12, "rate": 0.1}]}
    )  # fmt: skip
    offer = await wire_k.carriers.list_for_customer(
        7349, date=DAY, available_from=dt.date(2017, 6, 29), available_to=dt.date(2017, 7, 6)
    )
    [seen] = server.seen
    assert (seen.method, seen.path, seen.body) == ("GET", "ecommerce/customer-carriers.list", b"")
    # The page's sample request, parameter for parameter.
    assert seen.query == {
        "customerId": "7349", "date": "2017-06-30", "availableFrom": "2017-06-29",
        "availableTo": "2017-07-06",
    }  # fmt: skip
    assert seen.headers["authenticationToken"] == SECRET_TOKEN
    assert seen.headers["X-ACCOUNT"] == str(ACCOUNT_ID)
    assert seen.headers["X-SALES-CHANNEL"] == SALES_CHANNEL
    assert (offer.carrier_id, offer.carrier_name) == (12, "FX - FedEx")
    assert offer.carrier_cube_rate == Decimal("3.45")
    assert offer.carriers == [{"carrierId": 12, "rate": Decimal("0.1")}]  # GAP: as sent, exact


async def test_settings_wire_matches_the_sample_request(
    server: ScriptedServer, wire_k: komet.KometSession
) -> None:
    server.reply_json({"status": 1, "userInfo": []})
    await wire_k.customers.get_ecommerce_settings(197959)
    [seen] = server.seen
    assert (seen.method, seen.path) == ("GET", "ecommerce-lite/settings")
    assert seen.query == {"customerId": "197959"}  # ...settings?customerId=197959
    assert seen.headers["authenticationToken"] == SECRET_TOKEN
    assert seen.headers["X-ACCOUNT"] == str(ACCOUNT_ID)


async def test_ship_date_wire(server: ScriptedServer, wire_k: komet.KometSession) -> None:
    server.reply_json({"status": "1", "message": "OK", "deliverDates": [], "carrierDate": []})
    with pytest.warns(DeprecationWarning):
        await wire_k.carriers.list_by_customer_ship_date(
            6236, inventory_origin=InventoryOrigin.FUTURE_SALES
        )
    [seen] = server.seen
    # The sample's fields (printed as JSON, documented as GET with URL parameters).
    assert seen.query == {
        "authenticationToken": SECRET_TOKEN, "customerId": "6236", "inventoryOrigin": "2"
    }  # fmt: skip
    assert "X-ACCOUNT" not in seen.headers


# --- samples ---------------------------------------------------------------------------------


def _repaired(name: str, cut_at: str, close: str) -> dict[str, object]:
    """The printed sample up to (not including) ``cut_at``, closed with ``close``."""
    printed = DOCS[name]["sample_response"]
    assert isinstance(printed, str) and "(cut)" in printed
    head = printed[: printed.index(cut_at)].rstrip().rstrip(",")
    repaired: dict[str, object] = json.loads(head + close)
    return repaired


def test_settings_sample_decodes() -> None:
    sample = _repaired("ecommerce-lite/settings", ', "isEcommerceLite"', "}]}")
    settings = CATALOG["ecommerce-lite/settings"].decode(sample)
    assert settings.status == 1 and settings.extra == {}
    assert settings.user_info == [
        EcommerceUserInfo(is_multilocation=False, show_arrival_date=False)
    ]


def test_settings_fields_are_the_documented_ones() -> None:
    documented = set(DOCS["ecommerce-lite/settings"]["response"]["userInfo"][0])
    modelled = {wire_name(a) for a in attrs.fields(EcommerceUserInfo) if rule_of(a).on_wire}
    assert modelled == documented - {"companyLogo"}  # "(temporarily not available)": no type
    texts = {"companyName": "Fake Farms", "customerName": "Blooms", "username": "jane"}
    info_payload: dict[str, object] = {
        key: texts.get(key, 2 if key == "showVendorCodeOrName" else True) for key in modelled
    }
    decoded = CATALOG["ecommerce-lite/settings"].decode(
        {"status": 1, "userInfo": [{**info_payload, "companyLogo": "x"}]}
    )
    [info] = decoded.user_info
    assert info.extra == {"companyLogo": "x"}  # kept as sent
    assert (info.charge_tax, info.is_admin_sales, info.show_vendor_code_or_name) == (True, True, 2)
    names = (info.company_name, info.customer_name, info.username)
    assert names == ("Fake Farms", "Blooms", "jane")


def test_ship_date_sample_decodes_its_slash_dates() -> None:
    sample = _repaired("carriers.by.customer.ship.date.list", ', "defaultCarriersByDate"', "}")
    decoded = CATALOG["carriers.by.customer.ship.date.list"].decode(sample)
    assert decoded.deliver_dates == [dt.date(2016, 2, 29), dt.date(2016, 3, 1)]
    assert (decoded.status, decoded.message, decoded.extra) == (1, "OK", {})


def test_ship_date_answer_keeps_the_cut_off_object() -> None:
    payload = {
        "status": 1, "message": "OK", "deliverDates": ["02/29/2016"],
        "defaultCarriersByDate": {"02/29/2016": {"carrierId": 5, "cost": 1.5}},
        "carrierDate": [{"carrierId": 5, "carrierName": "AA"}],
    }  # fmt: skip
    decoded = CATALOG["carriers.by.customer.ship.date.list"].decode(payload)
    assert decoded.carrier_date == [CarrierOption(carrier_id=5, carrier_name="AA")]
    assert decoded.extra["defaultCarriersByDate"] == {
        "02/29/2016": {"carrierId": 5, "cost": Decimal("1.5")}
    }


# --- deprecation -----------------------------------------------------------------------------


def test_the_deprecation_is_declared_and_documented() -> None:
    method = CATALOG["carriers.by.customer.ship.date.list"]
    assert "deprecated" in method.deprecated and "list_for_customer" in method.deprecated
    assert (CarriersResource.list_by_customer_ship_date.__doc__ or "").startswith("DEPRECATED")
    assert not any(m.deprecated for n, m in CATALOG.items() if n != method.name)


async def test_calling_the_deprecated_method_warns_at_the_callers_line(
    fake: FakeKomet, customer_k: komet.KometSession
) -> None:
    customer_id = int(min(fake.state.customers, key=int))
    with pytest.warns(DeprecationWarning, match="deprecated by Komet") as caught:
        dates = await customer_k.carriers.list_by_customer_ship_date(customer_id)
    assert caught[0].filename == __file__
    assert len(dates.deliver_dates) == 7 and dates.carrier_date
    with pytest.warns(DeprecationWarning) as caught:
        await customer_k.call(
            "carriers.by.customer.ship.date.list",
            CATALOG["carriers.by.customer.ship.date.list"].request_type(customer_id=customer_id),
        )
    assert caught[0].filename == __file__


async def test_the_other_methods_do_not_warn(fake: FakeKomet, k: komet.KometSession) -> None:
    customer_id = int(min(fake.state.customers, key=int))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await k.carriers.list_for_customer(
            customer_id, date=TODAY, available_from=TODAY, available_to=TODAY
        )


# --- against the fake ------------------------------------------------------------------------


async def test_customer_carriers_round_trip(fake: FakeKomet, k: komet.KometSession) -> None:
    customer_id = int(min(fake.state.customers, key=int))
    offer = await k.carriers.list_for_customer(
        customer_id, date=TODAY, available_from=TODAY, available_to=TODAY + dt.timedelta(days=6)
    )
    active = {c.id: c.name for c in await k.carriers.list(active=True)}
    assert offer.carrier_id in active and active[offer.carrier_id] == offer.carrier_name
    assert isinstance(offer.carrier_cube_rate, Decimal)
    assert {c["carrierId"] for c in offer.carriers} == set(active)
    again = await k.carriers.list_for_customer(
        customer_id, date=TODAY, available_from=TODAY, available_to=TODAY + dt.timedelta(days=6)
    )
    assert again.carrier_id == offer.carrier_id  # the suggestion is the customer's, stable


async def test_customer_carriers_need_the_account_header(fake: FakeKomet) -> None:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as bare:
        with pytest.raises(komet.RequestValidationError, match="X-ACCOUNT") as info:
            await bare.carriers.list_for_customer(1, date=TODAY, available_from=TODAY,
                                                  available_to=TODAY)  # fmt: skip
    assert info.value.field == "account_id" and fake.requests == []


async def test_settings_round_trip_with_a_customer_token(
    fake: FakeKomet, customer_k: komet.KometSession, k: komet.KometSession
) -> None:
    customer_id = min(fake.state.customers, key=int)
    settings = await customer_k.customers.get_ecommerce_settings(int(customer_id))
    [info] = settings.user_info
    assert info.customer_name == fake.state.customers[customer_id]["name"]
    assert info.is_multilocation is False and info.show_vendor_code_or_name == 1
    # Documented for Customer tokens only: the company token is refused by the fake.
    with pytest.raises(komet.KometAPIError):
        await k.customers.get_ecommerce_settings(int(customer_id))


async def test_unknown_customer_is_refused(k: komet.KometSession) -> None:
    with pytest.raises(komet.KometAPIError, match="Customer 99999999 does not exist"):
        await k.carriers.list_for_customer(
            99999999, date=TODAY, available_from=TODAY, available_to=TODAY
        )


# --- validation ------------------------------------------------------------------------------


async def test_bad_input_names_the_argument_and_sends_nothing(
    server: ScriptedServer, wire_k: komet.KometSession
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await wire_k.carriers.list_for_customer(
            7349,
            date="2017-06-30",
            available_from=DAY,
            available_to=DAY,  # type: ignore[arg-type]
        )
    assert caught.value.field == "date"
    with pytest.raises(komet.RequestValidationError) as caught, pytest.warns(DeprecationWarning):
        await wire_k.carriers.list_by_customer_ship_date(6236, inventory_origin=4)
    assert caught.value.field == "inventory_origin" and "at most 3" in caught.value.rule
    with pytest.raises(komet.RequestValidationError) as caught:
        await wire_k.customers.get_ecommerce_settings(-1)
    assert caught.value.field == "customer_id"
    with pytest.raises(TypeError, match="available_to"):
        await wire_k.carriers.list_for_customer(7349, date=DAY, available_from=DAY)  # type: ignore[call-arg]
    assert server.seen == []

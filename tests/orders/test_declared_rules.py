"""The order-creating methods are generated from their declarations (``arguments``,
``vendor_token_rules``, ``company_requires_one_of``, ``one_or_many``): the rules they used to
restate by hand still hold, through the public methods, with nothing sent on a refusal."""

from __future__ import annotations

import datetime as dt
import inspect
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async._catalog import CATALOG
from komet_async.models.prebooks import PrebookItem
from komet_async.models.purchase_orders import PurchaseOrderItem
from komet_async.testing import FakeKomet

from .conftest import VENDOR_ID

DAY = dt.date(2026, 2, 9)
CUSTOMER_ID, CARRIER_ID = 23401, 1360


@pytest.mark.parametrize(
    "name", ["prebook.create", "purchase.order.create", "purchase.order.mixed.create",
             "purchase.order.list"],
)  # fmt: skip
def test_these_methods_are_generated_not_hand_written(name: str) -> None:
    method = CATALOG[name]
    assert not method.hand_written
    bound = getattr(komet.KometSession("t" * 20), method.namespace)
    assert type(bound).__dict__.get(method.attr) is None  # not redefined by the resource
    assert getattr(bound, method.attr).__module__.startswith("komet_async._generated.")
    assert "token_type" in inspect.signature(getattr(bound, method.attr)).parameters or (
        name == "purchase.order.list"
    )


async def test_company_token_needs_a_vendor_and_nothing_is_sent(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        await k.purchase_orders.create(
            ship_date=DAY, items=[PurchaseOrderItem(prebook_item_id=1)]
        )
    assert info.value.field == "vendor_id"
    assert "vendor_id, vendor_code" in str(info.value)
    assert fake.requests == []


async def test_a_bad_line_is_named_as_the_caller_passed_it(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        await k.prebooks.create(
            ship_date=DAY, customer_id=CUSTOMER_ID, carrier_id=CARRIER_ID,
            items=[PrebookItem(product_id=1001, box_type_id=1057, boxes=1),
                   PrebookItem(product_id=1001, box_type_id=1057, boxes=-1)],
        )  # fmt: skip
    assert info.value.field == "items[1].boxes"
    assert fake.requests == []


async def test_vendor_token_warning_points_at_the_caller(fake: FakeKomet) -> None:
    token = fake.add_token("vendor", vendor_id=VENDOR_ID)
    async with komet.KometSession(token, base_url=fake.url, daily_quota=None) as vendor_k:
        with pytest.warns(komet.VendorIgnoredFieldWarning, match="price") as caught:
            await vendor_k.prebooks.create(
                ship_date=DAY, customer_id=CUSTOMER_ID, carrier_id=CARRIER_ID, token_type="vendor",
                items=[PrebookItem(product_id=1001, box_type_id=1057, boxes=1, price=Decimal(1))],
            )  # fmt: skip
    assert caught[0].filename == __file__
    (sent,) = [r for r in fake.requests if r.method == "prebook.create"]
    assert sent.params["prebookItems"][0]["price"] == 1  # sent anyway, never dropped


async def test_one_po_number_is_one_value_not_its_letters(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    await k.purchase_orders.list(number="P2296")
    await k.purchase_orders.list(number=iter(["P1", "P2"]))
    first, second = (r.params["number"] for r in fake.requests)
    assert first == "P2296"
    assert second == "P1,P2"


async def test_misspelled_keyword_names_the_argument_it_meant(k: komet.KometSession) -> None:
    with pytest.raises(TypeError, match="did you mean 'items'") as info:
        await k.prebooks.create(ship_date=DAY, customer_id=1, itemz=[])  # type: ignore[call-arg]
    assert "prebooks.create" in str(info.value)
    with pytest.raises(TypeError, match="did you mean 'vendor_code'"):
        await k.purchase_orders.create(  # type: ignore[call-arg]
            ship_date=DAY, vendorCode="V1", items=[PurchaseOrderItem(prebook_item_id=1)]
        )
    with pytest.raises(TypeError, match="did you mean 'token_type'"):
        await k.prebooks.create(ship_date=DAY, customer_id=1, token_typ="vendor")  # type: ignore[call-arg]

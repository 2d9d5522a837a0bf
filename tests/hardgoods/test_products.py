"""products.add_hardgood / update_hardgood / list_colors / list_grades: the documented samples
decode, the calls round-trip against the fake (a hard-goods product added is then stocked and
listed like the seeded ones), bad input names the Python argument with nothing sent."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async import CATALOG
from komet_async.models.products import ProductColor, ProductGrade
from komet_async.testing import FakeKomet
from tests.conftest import SECRET_TOKEN, ScriptedServer
from tests.orders.conftest import assert_lossless

from .conftest import part3

DOCS = part3()


@pytest.mark.parametrize("name", ["v2/product/colors", "v2/product/grades"])
def test_documented_sample_decodes_losslessly(name: str) -> None:
    sample = DOCS[name]["sample_response"]
    decoded = CATALOG[name].decode(sample)
    assert decoded.extra == {}
    assert decoded.status is None  # documented without the envelope
    assert_lossless(sample, decoded)


def test_samples_read_as_documented() -> None:
    colors = CATALOG["v2/product/colors"].decode(DOCS["v2/product/colors"]["sample_response"])
    assert colors.colors[:3] == [
        ProductColor(color="."),
        ProductColor(color="10in"),
        ProductColor(color="10in Green"),
    ]
    assert len(colors.colors) == 10
    grades = CATALOG["v2/product/grades"].decode(DOCS["v2/product/grades"]["sample_response"])
    first = ProductGrade(category_id=7409, category_name="Carnation", grade="6st")
    assert grades.grades[0] == first
    assert grades.grades[-1] == ProductGrade(category_id=7410, category_name="Alstro", grade="60cm")


def test_hardgood_answers_decode_the_documented_fields() -> None:
    # No verbatim sample survives (GAP); the documented fields: status, message, productId.
    for name in ("hardgood.product.add", "hardgood.product.update"):
        assert set(DOCS[name]["response"]) == {"status", "message", "productId"}
        decoded = CATALOG[name].decode({"status": 1, "message": "OK", "productId": "34824"})
        assert decoded.product_id == 34824 and decoded.extra == {}


# --- the wire: every page sends the token in a header --------------------------------------


async def test_add_hardgood_is_sent_as_documented(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": 1, "message": "OK", "productId": 90001})
    saved = await session.products.add_hardgood(
        category="Packaging", subcategory="Boxes", description="Flower Box 80cm", sku="BOX-80",
        pack_size=10, unit_cost=Decimal("1.25"), vendor_code="ABC", case_upc="0123",
        unit_upc="4567", active_per_item=True, discount=Decimal("5.5"), qty_for_discount=100,
    )  # fmt: skip
    assert saved.product_id == 90001
    [seen] = server.seen
    assert (seen.method, seen.path, seen.query) == ("POST", "hardgood.product.add", {})
    assert seen.headers["authenticationToken"] == SECRET_TOKEN
    assert json.loads(seen.body) == {
        "category": "Packaging", "subcategory": "Boxes", "description": "Flower Box 80cm",
        "sku": "BOX-80", "packSize": 10, "unitCost": 1.25, "vendorCode": "ABC",
        "caseUPC": "0123", "unitUPC": "4567", "activePerItem": 1, "discount": 5.5,
        "qtyForDiscount": 100,
    }  # fmt: skip


async def test_update_hardgood_sends_capital_id(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": 1, "message": "OK", "productId": 34824})
    await session.products.update_hardgood(
        34824, category="Packaging", subcategory="Boxes", description="Box", sku="BOX-80",
        pack_size=12, active_per_item=False,
    )  # fmt: skip
    [seen] = server.seen
    body = json.loads(seen.body)
    assert body["Id"] == 34824 and "productId" not in body and "authenticationToken" not in body
    assert body["activePerItem"] == 0


async def test_colors_and_grades_are_get_reads_with_a_header_token(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"colors": [{"color": "Red"}]})
    colors = await session.products.list_colors(category_id=1313, category_name="DK")
    assert [c.color for c in colors] == ["Red"]
    assert colors.response.message is None
    [seen] = server.seen
    assert (seen.method, seen.path) == ("GET", "v2/product/colors")
    assert seen.query == {"categoryId": "1313", "categoryName": "DK"}
    assert seen.headers["authenticationToken"] == SECRET_TOKEN
    assert CATALOG["v2/product/grades"].retry_safe and CATALOG["v2/product/colors"].retry_safe


# --- validation: the Python argument, nothing sent ------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "rule"),
    [
        ({"vendor_code": None}, "vendor_id", "one of vendor_id, vendor_code is required"),
        ({"sku": "S" * 16}, "sku", "at most 15"),
        ({"case_upc": "1" * 16}, "case_upc", "at most 15"),
        ({"unit_cost": Decimal("1.234")}, "unit_cost", "decimal places"),
        ({"unit_cost": 1.25}, "unit_cost", "not float"),
        ({"pack_size": 123456}, "pack_size", "digits"),
        ({"description": "d" * 201}, "description", "at most 200"),
        ({"discount": Decimal("1.2345678901234567")}, "discount", "15 significant digits"),
    ],
)
async def test_bad_hardgood_input_names_the_argument(
    server: ScriptedServer, session: komet.KometSession, changes: dict[str, object], field: str,
    rule: str,
) -> None:  # fmt: skip
    arguments: dict[str, object] = {
        "category": "Packaging", "subcategory": "Boxes", "description": "Box", "sku": "BOX-80",
        "pack_size": 10, "unit_cost": Decimal("1.25"), "vendor_code": "ABC", **changes,
    }  # fmt: skip
    with pytest.raises(komet.RequestValidationError) as caught:
        await session.products.add_hardgood(**arguments)  # type: ignore[arg-type]
    assert caught.value.field == field and rule in caught.value.rule
    assert server.seen == []


async def test_update_hardgood_requires_active_per_item(session: komet.KometSession) -> None:
    with pytest.raises(TypeError, match="active_per_item"):
        await session.products.update_hardgood(  # type: ignore[call-arg]
            1, category="c", subcategory="s", description="d", sku="x", pack_size=1
        )


async def test_category_name_length_is_checked(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await session.products.list_grades(category_name="x" * 101)
    assert caught.value.field == "category_name"
    assert server.seen == []


# --- against the fake ------------------------------------------------------------------------


async def test_a_hardgood_product_added_is_stocked_listed_and_updated(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    vendors = await k.vendors.list()
    vendor = vendors[0]
    saved = await k.products.add_hardgood(
        category="Packaging", subcategory="Wraps", description="Kraft Wrap 70cm", sku="KW-70",
        pack_size=25, unit_cost=Decimal("0.40"), unit_price=Decimal("0.95"), color="Kraft",
        vendor_code=vendor.code,
    )  # fmt: skip
    assert saved.product_id is not None
    # product.list shows it (its division is Hard Goods)...
    [listed] = await k.products.list(id=saved.product_id)
    assert (listed.description, listed.category, listed.color) == (
        "Kraft Wrap 70cm",
        "Packaging",
        "Kraft",
    )
    assert listed.division_description == "Hard Goods"
    # ...hardgood.inventory.add takes its id, and hardgood/inventory.list then lists it.
    await k.inventory.add_hardgood(saved.product_id, quantity=40, unit_cost=Decimal("0.40"))
    [item] = await k.inventory.list_hardgoods(sku="KW-70")
    assert (item.product_id, item.product_description, item.subcategory, item.color) == (
        saved.product_id, "Kraft Wrap 70cm", "Wraps", "Kraft"
    )  # fmt: skip
    assert item.vendor_id == vendor.id
    # Its color is now among the colors of its category.
    colors = await k.products.list_colors(category_name="Packaging")
    assert "Kraft" in [c.color for c in colors]

    updated = await k.products.update_hardgood(
        saved.product_id, category="Packaging", subcategory="Wraps",
        description="Kraft Wrap 75cm", sku="KW-75", pack_size=20, active_per_item=True,
    )  # fmt: skip
    assert updated.product_id == saved.product_id
    [item] = await k.inventory.list_hardgoods(sku="KW-75")
    assert item.product_description == "Kraft Wrap 75cm"
    assert (item.quantity, item.pack_size, item.total_units) == (40, 20, 800)
    assert await k.inventory.list_hardgoods(sku="KW-70") == []


async def test_the_fake_refuses_an_unknown_product_or_vendor(k: komet.KometSession) -> None:
    with pytest.raises(komet.KometAPIError, match="does not exist"):
        await k.products.update_hardgood(
            99999999, category="c", subcategory="s", description="d", sku="x", pack_size=1,
            active_per_item=True,
        )  # fmt: skip
    with pytest.raises(komet.KometAPIError, match="does not exist"):
        await k.products.add_hardgood(
            category="c", subcategory="s", description="d", sku="x", pack_size=1,
            unit_cost=Decimal("1"), vendor_code="NO-SUCH-VENDOR",
        )  # fmt: skip


async def test_grades_and_colors_follow_the_catalogue(k: komet.KometSession) -> None:
    products = await k.products.list()
    roses = {p.grade for p in products if p.category == "Rose" and p.grade}
    grades = await k.products.list_grades(category_name="Rose")
    assert {g.grade for g in grades} == roses
    assert {g.category_name for g in grades} == {"Rose"}
    [category_id] = {g.category_id for g in grades}
    by_id = await k.products.list_grades(category_id=category_id)
    assert [(g.category_id, g.grade) for g in by_id] == [(g.category_id, g.grade) for g in grades]
    every = await k.products.list_grades()
    assert len({g.category_name for g in every}) > 1
    colors = await k.products.list_colors(category_name="Rose")
    assert {c.color for c in colors} == {p.color for p in products if p.category == "Rose"}

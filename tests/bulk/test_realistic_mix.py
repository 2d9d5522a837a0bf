"""Bulk with a realistic mix (issue 16, item 8): some lines invalid, some refused for good by
the server, some refused for a passing reason. Every bad line is named at once, ``skip``
sends the rest, ``to_retry()`` offers only what may pass, and errors name the caller's
argument (``changes[3]``, ``items[0]``, ``lines[2]``), not the request model's field."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import AsyncIterator
from decimal import Decimal

import attrs
import pytest

import komet_async as komet
from komet_async.models.inventory import InventoryLine
from komet_async.models.purchase_orders import MixedPurchaseOrderItem, PoItemAwb
from komet_async.testing import FakeKomet, HandlerContext, Reply, rules
from komet_async.testing.handlers.inventory import add_line
from tests._today import TODAY

SHIP = TODAY + dt.timedelta(days=3)


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=11) as fake:
        yield fake


@pytest.fixture
async def k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as session:
        yield session


def _lines(fake: FakeKomet, count: int) -> list[InventoryLine]:
    product = next(iter(fake.state.products.values()))
    vendor = next(iter(fake.state.vendors.values()))
    return [
        InventoryLine(
            vendor_code=vendor["code"],
            awb="123-45678901",
            ship_date=SHIP,
            product_code=product["legacyCode"],
            quantity=5,
            box_type_code="QB",
            unit_type="bunch",
            stems_bunch=25,
            bunches=10,
            unit_cost=Decimal("2.150"),
            reference=f"L{i}",
        )
        for i in range(count)
    ]


def _mix(fake: FakeKomet) -> list[InventoryLine]:
    """Eight lines: 1 and 6 invalid (6 twice over), 3 names a product Komet does not know."""
    lines = _lines(fake, 8)
    lines[1] = attrs.evolve(lines[1], unit_type="crate")
    lines[3] = attrs.evolve(lines[3], product_code="XX9999")
    lines[6] = attrs.evolve(lines[6], unit_cost=Decimal("2.15001"), stems_bunch=-1)
    return lines


# --- the public validator -----------------------------------------------------------------


async def test_validate_names_every_error_and_sends_nothing(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    lines: list[object] = list(_mix(fake))
    lines[4] = {"awb": "123"}  # not an InventoryLine at all
    errors = k.inventory.validate(lines)  # type: ignore[arg-type]
    assert [(e.index, e.field) for e in errors] == [
        (1, "lines[1].unit_type"),
        (4, "lines[4]"),
        (6, "lines[6].stems_bunch"),
        (6, "lines[6].unit_cost"),
    ]
    assert all(isinstance(e, komet.RequestValidationError) for e in errors)
    assert all(e.komet_method == "inventory.add" for e in errors)
    assert "decimal places" in errors[3].rule
    assert k.inventory.validate(_lines(fake, 3)) == []
    assert fake.requests == []


# --- on_invalid="raise": one error naming every bad line ----------------------------------


async def test_push_raises_one_error_listing_every_bad_line(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(komet.InvalidItemsError) as info:
        await k.inventory.push(_mix(fake))
    error = info.value
    assert isinstance(error, komet.RequestValidationError)  # code catching that still works
    assert error.field == "lines[1].unit_type"  # the first, as before
    assert error.indexes == [1, 6]
    assert [e.field for e in error.errors] == [
        "lines[1].unit_type",
        "lines[6].stems_bunch",
        "lines[6].unit_cost",
    ]
    assert "lines[6].unit_cost" in str(error) and "2 invalid items" in str(error)
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == str(error) and again.indexes == [1, 6]
    assert fake.requests == []


# --- on_invalid="skip": an invalid bucket, the rest sent ----------------------------------


async def test_skip_sends_the_valid_lines_and_buckets_the_invalid_ones(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    result = await k.inventory.push(_mix(fake), on_invalid="skip")
    assert [i.index for i in result.invalid] == [1, 6]
    assert [i.index for i in result.failed] == [3]
    assert [i.index for i in result.succeeded] == [0, 2, 4, 5, 7]
    # The buckets partition the input.
    buckets = [result.succeeded, result.failed, result.unknown, result.not_attempted]
    buckets.append(result.invalid)
    assert sorted(i.index for b in buckets for i in b) == list(range(8))
    sent = [r for r in fake.requests if r.method == "inventory.add"]
    assert sorted(r.params["reference"] for r in sent) == ["L0", "L2", "L3", "L4", "L5", "L7"]
    assert result.requests_used == 6
    six = result.items[6]
    assert isinstance(six.error, komet.InvalidItemsError)
    assert [e.field for e in six.error.errors] == ["lines[6].stems_bunch", "lines[6].unit_cost"]
    assert six.permanent
    assert "invalid=2" in repr(result) and "requests_used=6" in repr(result)
    with pytest.raises(komet.BulkError, match="2 invalid of 8 items"):
        result.raise_for_failures()
    # Neither the invalid lines nor the unknown product are worth sending again.
    assert result.to_retry() == []


async def test_skip_with_every_line_invalid_sends_nothing(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    lines = [attrs.evolve(line, unit_type="crate") for line in _lines(fake, 3)]
    result = await k.inventory.push(lines, on_invalid="skip")
    assert [i.status for i in result.items] == ["invalid"] * 3
    assert result.requests_used == 0 and fake.requests == []


async def test_skip_under_a_daily_quota_reserves_only_what_is_sent(fake: FakeKomet) -> None:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=6) as k:
        result = await k.inventory.push(_mix(fake), on_invalid="skip")  # 6 valid lines
        assert k.quota.used == 6
    assert not result.not_attempted


# --- to_retry(): only what may pass -------------------------------------------------------


async def test_to_retry_leaves_out_permanent_refusals(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    async def flaky(ctx: HandlerContext) -> Reply:
        if ctx.text("reference") == "L5":  # a transient refusal
            return ctx.fail(rules.FAULT_STATUS0)
        return add_line(ctx)

    fake.set_handler("inventory.add", flaky)
    result = await k.inventory.push(_mix(fake), on_invalid="skip")
    assert [i.index for i in result.failed] == [3, 5]
    three, five = result.items[3], result.items[5]
    assert "does not exist" in str(three.error) and three.permanent
    assert not five.permanent
    assert [line.reference for line in result.to_retry()] == ["L5"]
    assert [line.reference for line in result.to_retry(include_permanent=True)] == ["L3", "L5"]


@pytest.mark.parametrize(
    ("error", "permanent"),
    [
        (komet.KometAPIError("Product XX9999 does not exist.", komet_method="m"), True),
        (komet.KometAPIError("Boxtype not found.", komet_method="m"), True),
        (komet.KometAPIError("Parameter quantity is not valid", komet_method="m"), True),
        (
            komet.KometAPIError(
                "An unexpected error has occurred, please try again.", komet_method="m"
            ),
            False,
        ),
        (
            komet.QuotaExceededError(
                "The daily limit of 1000 requests has been exceeded.", komet_method="m"
            ),
            False,
        ),
        (komet.AuthenticationError("Invalid Security Token", komet_method="m"), True),
        (komet.KometHTTPError(503, komet_method="m"), False),
        (komet.KometHTTPError(429, komet_method="m"), False),
        (komet.KometHTTPError(404, komet_method="m"), True),
        (komet.KometTimeoutError("timed out", komet_method="m"), False),
        (komet.KometConnectionError("refused", komet_method="m"), False),
    ],
)
def test_which_refusals_are_permanent(error: komet.KometError, permanent: bool) -> None:
    assert komet.is_permanent(error) is permanent


# --- errors name the caller's argument ----------------------------------------------------


async def test_change_codes_names_changes_not_boxes(fake: FakeKomet, k: komet.KometSession) -> None:
    changes = [
        komet.BoxCodeChange(current_box_code=f"KS{i:04}", new_box_code=f"PT{i:04}")
        for i in range(5)
    ]
    changes[3] = komet.BoxCodeChange(current_box_code="KS0003", new_box_code="P" * 300)
    with pytest.raises(komet.RequestValidationError) as info:
        await k.boxes.change_codes(changes)
    assert info.value.field == "changes[3].new_box_code"
    assert info.value.komet_method == "box.code.change"
    assert fake.requests == []


async def test_purchase_order_methods_name_items(fake: FakeKomet, k: komet.KometSession) -> None:
    with pytest.raises(komet.RequestValidationError) as awb:
        await k.purchase_orders.add_items_to_awb(
            [
                PoItemAwb(po_item_id=1, awb="x", ship_date=SHIP),
                PoItemAwb(po_item_id=2, awb="A" * 40, ship_date=SHIP),
            ],
            vendor_id=301,
        )
    assert awb.value.field == "items[1].awb"
    with pytest.raises(komet.RequestValidationError) as create:
        await k.purchase_orders.create(
            ship_date=SHIP,
            vendor_id=301,
            items=[komet.PurchaseOrderItem(prebook_item_id=-5)],
        )
    assert create.value.field.startswith("items[0].")
    with pytest.raises(komet.RequestValidationError) as mixed:
        await k.purchase_orders.create_mixed(
            ship_date=SHIP,
            vendor_id=301,
            items=[MixedPurchaseOrderItem(product_id=-5)],
        )
    assert mixed.value.field.startswith("items[0].")
    with pytest.raises(komet.RequestValidationError) as empty:
        await k.purchase_orders.create(ship_date=SHIP, vendor_id=301, items=[])
    assert empty.value.field == "items"
    assert fake.requests == []


async def test_bulk_update_names_every_bad_update(fake: FakeKomet, k: komet.KometSession) -> None:
    updates = [
        komet.InventoryUpdateRequest(inventory_id=1, unit_cost=Decimal("1.2345")),
        komet.InventoryUpdateRequest(inventory_id=2, unit_cost=Decimal("1.25")),
        komet.InventoryUpdateRequest(inventory_id=3, unit_cost=Decimal("9.87654")),
    ]
    with pytest.raises(komet.InvalidItemsError) as info:
        await k.inventory.bulk_update(updates)
    assert [e.field for e in info.value.errors] == ["updates[0].unit_cost", "updates[2].unit_cost"]
    assert fake.requests == []


# --- the Vendor-token warning on add_items_to_awb -----------------------------------------


async def test_add_items_to_awb_warns_that_a_vendor_token_ignores_vendor_id(
    fake: FakeKomet,
) -> None:
    token = fake.add_token("vendor", vendor_id="301")
    async with komet.KometSession(
        token, base_url=fake.url, daily_quota=None, token_type="vendor"
    ) as vendor_k:
        with pytest.warns(komet.VendorIgnoredFieldWarning, match="vendor_id") as caught:
            await vendor_k.purchase_orders.add_items_to_awb(
                [PoItemAwb(po_item_id=1, awb="08472-4772-0048", ship_date=SHIP)], vendor_id=302
            )
    assert caught[0].filename == __file__  # it points at the caller
    (request,) = [r for r in fake.requests if r.method == "purchase.order.items.awb.add"]
    assert request.params["vendorId"] == 302  # sent anyway, never dropped


async def test_add_items_to_awb_warns_with_a_per_call_vendor_token_type(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.warns(komet.VendorIgnoredFieldWarning, match="vendor_id"):
        await k.purchase_orders.add_items_to_awb(
            [PoItemAwb(po_item_id=1, awb="08472-4772-0048", ship_date=SHIP)],
            vendor_id=301,
            token_type="vendor",
        )

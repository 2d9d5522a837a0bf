"""session.prebooks against FakeKomet: sent as documented, decoded, state changed."""

from __future__ import annotations

import warnings
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async._vendor_rules import VendorIgnoredFieldWarning
from komet_async.models.prebooks import (
    MultiplePrebookItem,
    MultiplePrebooksCreateRequest,
    PrebookItem,
)
from komet_async.testing import FakeKomet

from .conftest import VENDOR_ID, find_day, later, sent

CUSTOMER_ID, CARRIER_ID = 23401, 1360


async def _create(k: komet.KometSession, **more: object) -> int:
    answer = await k.prebooks.create(
        ship_date=later(3),
        customer_id=CUSTOMER_ID,
        carrier_id=CARRIER_ID,
        items=[
            PrebookItem(
                vendor_id=int(VENDOR_ID),
                product_id=1001,
                box_type_id=1057,
                unit_type="Stem",
                boxes=2,
                bunches=10,
                stems_bunch=25,
                cost=Decimal("0.305"),
                price=Decimal("0.55"),
                extra={"breakdowns": []},
            )
        ],
        **more,  # type: ignore[arg-type]
    )
    assert answer.status == 1 and answer.prebook_id is not None
    return answer.prebook_id


async def test_create_sends_documented_json_and_the_prebook_is_listed(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a Company token: no vendor warning
        prebook_id = await _create(k, customer_po="PO-7", comments="handle with care")
    (request,) = sent(fake, "prebook.create")
    assert request.verb == "POST"
    item = request.params["prebookItems"][0]
    assert item["price"] == 0.55 and item["cost"] == 0.305 and item["stemsBunch"] == 25
    assert item["breakdowns"] == []  # an extra field (GAP) travels inside the item
    assert request.params["customerPO"] == "PO-7"

    details = await k.prebooks.list_details(date=later(3))
    (prebook,) = [p for p in details if p.id == prebook_id]
    assert prebook.customer_po_number == "PO-7" and prebook.comments == "handle with care"
    (line,) = prebook.details
    assert line.product_id == 1001 and line.total_boxes == 2 and line.unit_price == Decimal("0.55")
    assert line.vendor_id == int(VENDOR_ID) and line.prebook_item_id is not None


async def test_use_existing_appends_to_the_same_prebook(k: komet.KometSession) -> None:
    first = await _create(k, customer_po="PO-8")
    second = await _create(k, customer_po="PO-8", use_existing=True)
    assert first == second
    (prebook,) = [p for p in await k.prebooks.list_details(date=later(3)) if p.id == first]
    assert len(prebook.details) == 2


async def test_vendor_token_warns_about_ignored_fields_and_the_fake_ignores_them(
    fake: FakeKomet, vendor_k: komet.KometSession
) -> None:
    with pytest.warns(VendorIgnoredFieldWarning, match=r"Komet ignores items\[0\]\.price"):
        answer = await vendor_k.prebooks.create(
            ship_date=later(4),
            customer_id=CUSTOMER_ID,
            carrier_id=CARRIER_ID,
            items=[
                PrebookItem(vendor_id=999, product_id=1001, cost=Decimal("0.3"), price=Decimal(1))
            ],
            token_type="vendor",
        )
    # Sent anyway (not dropped) ...
    assert sent(fake, "prebook.create")[0].params["prebookItems"][0]["vendorId"] == 999
    # ... and ignored by the server: the line is the token's vendor's, without a price.
    (prebook,) = [p for p in fake.state.prebooks.get(later(4)) if p["id"] == answer.prebook_id]
    assert prebook["items"][0]["vendorId"] == VENDOR_ID
    assert prebook["items"][0]["price"] is None


async def test_create_many_makes_one_prebook_per_carrier_and_date(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    address = {
        f"customer_{kind}_{part}": f"{kind} {part}"
        for kind in ("billing", "shipping")
        for part in ("street", "city", "state", "zipcode", "country")
    }
    request = MultiplePrebooksCreateRequest(
        customer_code="NEW01",
        customer_name="New Blooms",
        customer_phone="305 555 0100",
        prebook_items=[
            MultiplePrebookItem(
                carrier_code="AA",
                carrier_name="American",
                ship_date=later(6),
                extra={"productId": 1001, "boxes": 3},
            ),
            MultiplePrebookItem(carrier_code="FX", carrier_name="FedEx", ship_date=later(6)),
        ],
        **address,
    )
    (answer,) = await k.prebooks.create_many(request)  # small enough for one request
    assert answer.status == 1
    (request_seen,) = sent(fake, "multiple.prebooks.create")
    assert request_seen.params["customerBillingZipcode"] == "billing zipcode"
    assert request_seen.params["prebookItems"][0]["boxes"] == 3
    listed = await k.prebooks.list(date_from=later(6), date_to=later(6), customer="New Blooms")
    assert sorted(p.extra["carrierName"] for p in listed) == [
        "AA - American Airlines",
        "FX - FedEx",
    ]


async def test_update_moves_the_prebook_to_its_new_date(k: komet.KometSession) -> None:
    prebook_id = await _create(k)
    answer = await k.prebooks.update(prebook_id=prebook_id, ship_date=later(9), comments="moved")
    assert answer.message == "success"
    assert prebook_id not in [p.id for p in await k.prebooks.list_details(date=later(3))]
    (moved,) = [p for p in await k.prebooks.list_details(date=later(9)) if p.id == prebook_id]
    assert moved.comments == "moved"


async def test_delete_removes_the_prebook(k: komet.KometSession) -> None:
    prebook_id = await _create(k)
    answer = await k.prebooks.delete(prebook_id=prebook_id)
    assert answer.message == "The prebook was successfully deleted "
    assert prebook_id not in [p.id for p in await k.prebooks.list_details(date=later(3))]
    with pytest.raises(komet.KometAPIError, match="does not exist"):
        await k.prebooks.delete(prebook_id=prebook_id)


async def test_delete_item_deletes_for_a_company_and_zeroes_for_a_vendor(
    k: komet.KometSession, vendor_k: komet.KometSession
) -> None:
    prebook_id = await _create(k)
    await _create(k, use_existing=True)
    (prebook,) = [p for p in await k.prebooks.list_details(date=later(3)) if p.id == prebook_id]
    first, second = (line.prebook_item_id for line in prebook.details)
    assert first is not None and second is not None

    await k.prebooks.delete_item(prebook_id=prebook_id, prebook_item_id=first)
    await vendor_k.prebooks.delete_item(prebook_id=prebook_id, prebook_item_id=second)

    (after,) = [p for p in await k.prebooks.list_details(date=later(3)) if p.id == prebook_id]
    assert [(line.prebook_item_id, line.total_boxes) for line in after.details] == [(second, 0)]


async def test_a_vendor_cannot_delete_another_vendors_line(
    fake: FakeKomet, vendor_k: komet.KometSession
) -> None:
    day = find_day(
        lambda d: any(
            line["vendorId"] != VENDOR_ID for p in fake.state.prebooks.get(d) for line in p["items"]
        )
    )
    prebook, line = next(
        (p, line)
        for p in fake.state.prebooks.get(day)
        for line in p["items"]
        if line["vendorId"] != VENDOR_ID
    )
    with pytest.raises(komet.KometAPIError, match="does not belong to this vendor"):
        await vendor_k.prebooks.delete_item(
            prebook_id=prebook["id"], prebook_item_id=line["prebookItemId"]
        )
    assert line in prebook["items"] and line["boxes"] > 0


async def test_add_future_item(fake: FakeKomet, k: komet.KometSession) -> None:
    prebook_id = await _create(k)
    answer = await k.prebooks.add_future_item(
        prebook_id=prebook_id, inventory_id=9999999, boxes=5, price=Decimal("2.50"), mark_code="MK"
    )
    assert answer.message == "success"
    assert sent(fake, "prebook.future.item.add")[0].params["price"] == 2.5
    (prebook,) = [p for p in fake.state.prebooks.get(later(3)) if p["id"] == prebook_id]
    assert prebook["items"][-1]["inventoryId"] == 9999999 and prebook["items"][-1]["boxes"] == 5


async def test_add_vendor_availability_item_sends_ids_comma_separated(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    prebook_id = await _create(k)
    answer = await k.prebooks.add_vendor_availability_item(
        prebook_id=prebook_id, inventory_ids=[428545, 428544], quantity=1, price=Decimal(1)
    )
    assert answer.prebook_item_id is not None
    assert sent(fake, "prebook.vendor.availability.item.add")[0].params["inventoryIds"] == (
        "428545,428544"
    )
    (prebook,) = [p for p in fake.state.prebooks.get(later(3)) if p["id"] == prebook_id]
    assert prebook["items"][-1]["prebookItemId"] == answer.prebook_item_id


async def test_list_filters_and_an_empty_answer_is_an_empty_list(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    day = find_day(lambda d: len(fake.state.prebooks.get(d)) >= 2)
    seeded = fake.state.prebooks.get(day)
    listed = await k.prebooks.list(date_from=day, date_to=day)
    assert sorted(p.id for p in listed) == sorted(p["id"] for p in seeded)
    assert listed.response is not None and listed.response.komet_method == "prebook.list"
    (request,) = sent(fake, "prebook.list")
    assert request.verb == "GET" and request.params["dateFrom"] == day.isoformat()

    only = await k.prebooks.list(date_from=day, date_to=day, prebook=seeded[0]["number"])
    assert [p.number for p in only] == [str(seeded[0]["number"])]

    nothing = await k.prebooks.list(date_from=day, date_to=day, customer="no such customer")
    assert nothing == [] and nothing.response is not None
    assert nothing.response.message == "Prebooks not found."


async def test_vendor_sees_only_its_lines_without_prices(
    fake: FakeKomet, k: komet.KometSession, vendor_k: komet.KometSession
) -> None:
    day = find_day(
        lambda d: (
            {line["vendorId"] for p in fake.state.prebooks.get(d) for line in p["items"]}
            > {VENDOR_ID}
        )
    )
    everything = await k.prebooks.list_details(date=day)
    mine = await vendor_k.prebooks.list_details(date=day)
    assert any(line.vendor_id != int(VENDOR_ID) for p in everything for line in p.details)
    assert mine and all(line.vendor_id == int(VENDOR_ID) for p in mine for line in p.details)
    assert all(line.unit_price is None for p in mine for line in p.details)
    assert all(line.unit_price is not None for p in everything for line in p.details)


async def test_a_vendor_session_warns_without_a_per_call_token_type(fake: FakeKomet) -> None:
    token = fake.add_token("vendor", vendor_id=VENDOR_ID)
    async with komet.KometSession(
        token, base_url=fake.url, daily_quota=None, token_type="vendor"
    ) as session:
        with pytest.warns(VendorIgnoredFieldWarning, match=r"Komet ignores items\[0\]\.price"):
            await session.prebooks.create(
                ship_date=later(4),
                customer_id=CUSTOMER_ID,
                carrier_id=CARRIER_ID,
                items=[PrebookItem(product_id=1001, cost=Decimal("0.3"), price=Decimal(1))],
            )
        # A per-call token_type still overrides the session's.
        with warnings.catch_warnings():
            warnings.simplefilter("error", VendorIgnoredFieldWarning)
            with pytest.raises(komet.RequestValidationError):
                await session.prebooks.create(
                    ship_date=later(4),
                    customer_id=CUSTOMER_ID,
                    carrier_id=CARRIER_ID,
                    items=[PrebookItem(product_id=1001, price=Decimal(1))],
                    token_type="bogus",  # type: ignore[arg-type]
                )

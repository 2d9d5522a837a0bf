"""What goes on the wire, byte for byte, for the documented verbs and token places: GET
with a JSON body, a bare JSON-array body, PUT and DELETE, the token in a header."""

from __future__ import annotations

import datetime as dt
import json
import traceback
from decimal import Decimal

import pytest

import komet_async as komet
from tests.conftest import SECRET_TOKEN, ScriptedServer


def _no_token_outside_the_header(server: ScriptedServer) -> None:
    for seen in server.seen:
        assert seen.headers["authenticationToken"] == SECRET_TOKEN
        assert SECRET_TOKEN not in seen.body.decode()
        assert "authenticationToken" not in seen.query


async def test_price_list_reads_are_gets_with_a_json_body(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    await session.price_lists.list(price_list_type="P", name="FS")
    await session.price_lists.list_seasons(1313)
    await session.price_lists.list_products(1313, 13, company_product_id=123)
    assert [(s.method, s.path, s.query) for s in server.seen] == [
        ("GET", "v2/price-list", {}),
        ("GET", "v2/price-list/season", {}),
        ("GET", "v2/price-list/season/product", {}),
    ]
    assert [s.body for s in server.seen] == [
        b'{"priceListType":"P","name":"FS"}',
        b'{"priceListId":1313}',
        b'{"priceListId":1313,"priceListSeasonId":13,"companyProductId":123}',
    ]
    assert all(s.headers["Content-Type"] == "application/json" for s in server.seen)
    _no_token_outside_the_header(server)


async def test_product_add_body_is_a_bare_json_array(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"message": "Success.", "status": 1})
    result = await session.price_lists.add_products(
        [
            komet.SeasonProductLine(
                price_list_id=1358,
                company_product_id=174,
                season_id=14,
                price=Decimal("2.59"),
                cost=Decimal("1.76"),
                box_type_code="13",
            ),
            komet.SeasonProductLine(
                price_list_id=1358,
                company_product_id=175,
                season_id=14,
                price=Decimal(3),
                extra={"uom": "Stem"},
            ),
        ]
    )
    assert result.ok
    (seen,) = server.seen
    assert (seen.method, seen.path) == ("POST", "v2/price-list/season/product.add")
    assert seen.body == (
        b'[{"priceListId":1358,"companyProductId":174,"seasonId":14,"price":2.59,'
        b'"cost":1.76,"boxTypeCode":"13"},'
        b'{"priceListId":1358,"companyProductId":175,"seasonId":14,"price":3.0,"uom":"Stem"}]'
    )
    assert isinstance(json.loads(seen.body), list)
    _no_token_outside_the_header(server)


async def test_updates_are_put_and_the_item_delete_is_delete_with_a_query(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    await session.price_lists.update_product(
        price_list_season_product_id=163,
        price_list_id=1345,
        company_product_id=231,
        season_id=14,
        price=Decimal("2.90"),
    )
    start = dt.date(2026, 3, 2)
    await session.standing_orders.create(
        customer_id=23401, carrier_id=1360, start_date=start, recurrence=1, truck_days="Monday"
    )
    await session.standing_orders.update(
        standing_order_id=950413,
        standing_order_item_id=131215,
        customer_id=23401,
        carrier_id=1360,
        start_date=start,
        recurrence=2,
        truck_days="Tuesday",
    )
    await session.standing_orders.delete_item(
        standing_order_id=950413, standing_order_item_id=131215
    )
    assert [(s.method, s.path) for s in server.seen] == [
        ("PUT", "v2/price-list/season/product.update"),
        ("POST", "v2/standing-order"),
        ("PUT", "v2/standing-order"),
        ("DELETE", "v2/standing-order/item"),
    ]
    update, create, change, delete = server.seen
    assert json.loads(update.body)["priceListSeasonProductId"] == 163
    assert json.loads(create.body) == {
        "customerId": 23401,
        "carrierId": 1360,
        "startDate": "2026-03-02",
        "recurrence": 1,
        "truckDays": "Monday",
    }
    # The PUT page spells the order's id with a capital ID.
    assert {"standingOrderID": 950413, "standingOrderItemId": 131215}.items() <= json.loads(
        change.body
    ).items()
    assert delete.query == {"standingOrderId": "950413", "standingOrderItemId": "131215"}
    assert delete.body == b""
    _no_token_outside_the_header(server)


async def test_standing_order_list_is_a_plain_query_read(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "0", "message": "Standing orders not found."})
    found = await session.standing_orders.list(
        dt.date(2015, 1, 1), dt.date(2015, 12, 31), status="all"
    )
    assert found == []
    (seen,) = server.seen
    assert (seen.method, seen.path, seen.body) == ("GET", "standing.order.list", b"")
    assert seen.query == {
        "authenticationToken": SECRET_TOKEN,
        "dateFrom": "2015-01-01",
        "dateTo": "2015-12-31",
        "status": "all",
    }


async def test_writes_are_never_replayed_and_reads_are(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_text("busy", status=503)
    with pytest.raises(komet.KometHTTPError):
        await session.price_lists.update_product(
            price_list_season_product_id=1,
            price_list_id=1,
            company_product_id=1,
            season_id=1,
            price=Decimal(1),
        )
    with pytest.raises(komet.KometHTTPError):
        await session.standing_orders.delete_item(standing_order_id=1, standing_order_item_id=2)
    assert [s.method for s in server.seen] == ["PUT", "DELETE"]
    server.seen.clear()
    with pytest.raises(komet.KometHTTPError):
        await session.price_lists.list_seasons(1, max_retries=2)
    assert [s.method for s in server.seen] == ["GET"] * 3


async def test_the_header_token_never_shows_in_errors_or_logs(
    server: ScriptedServer, session: komet.KometSession, debug_logs: pytest.LogCaptureFixture
) -> None:
    """The token travels in a header here (and beside a JSON array): no error, log line,
    traceback or bulk result of these methods carries it."""
    errors: list[BaseException] = []
    line = komet.SeasonProductLine(
        price_list_id=1, company_product_id=1, season_id=1, price=Decimal(1)
    )
    server.reply_json({"status": "0", "message": "Invalid Security Token"})
    with pytest.raises(komet.KometAPIError) as caught:
        await session.standing_orders.delete_item(standing_order_id=1, standing_order_item_id=2)
    errors.append(caught.value)
    result = await session.price_lists.add_products([line])
    assert result.items[0].error is not None
    errors.append(result.items[0].error)
    server.reply_text("<html>oops</html>", status=502, content_type="text/html")
    with pytest.raises(komet.KometHTTPError) as http_error:
        await session.price_lists.list(max_retries=0)
    errors.append(http_error.value)
    with pytest.raises(komet.RequestValidationError) as bad:
        await session.price_lists.add_products([line], extra_body={"x": 1})
    errors.append(bad.value)
    for error in errors:
        text = "".join(traceback.format_exception(error)) + repr(error) + repr(error.__context__)
        assert SECRET_TOKEN not in text
    assert SECRET_TOKEN not in repr(result)
    assert debug_logs.records
    assert SECRET_TOKEN not in debug_logs.text

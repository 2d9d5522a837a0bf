"""Required parameters, lengths, date windows, request size, daily quota."""

from __future__ import annotations

import aiohttp

from komet_async.testing import FakeKomet, HandlerContext, Reply

from .conftest import Client


async def test_missing_required_parameter(client: Client) -> None:
    answer = await client.call("product.update", {"category": "Rose", "color": "Red"})
    assert (answer.status, answer.message) == ("0", "Parameter productId is required")
    assert client.fake.requests[-1].outcome == "status0:param_required"


async def test_either_or_group(client: Client) -> None:
    answer = await client.call("product.add", {"category": "Rose"})
    assert answer.message == "One of the parameters color, variety, grade is required"
    assert (await client.call("product.add", {"category": "Rose", "grade": "50 cm"})).status == "1"


async def test_text_longer_than_documented(client: Client) -> None:
    answer = await client.call("product.list", {"description": "x" * 201})
    assert answer.message == "Parameter description exceeds the maximum length of 200 characters"
    at_limit = await client.call("product.list", {"description": "x" * 200})
    assert client.fake.requests[-1].outcome == "status0:not_found"
    assert at_limit.message == "Products not found."


async def test_array_items_are_checked(client: Client) -> None:
    boxes = [{"currentBoxCode": "KS001001", "newBoxCode": "N" * 21}]
    answer = await client.call("box.code.change", {"boxes": boxes})
    assert answer.message == (
        "Parameter boxes[0].newBoxCode exceeds the maximum length of 20 characters"
    )
    missing = await client.call("box.code.change", {"boxes": [{"currentBoxCode": "KS001001"}]})
    assert missing.message == "Parameter boxes[0].newBoxCode is required"


async def test_four_day_window_is_inclusive(client: Client) -> None:
    ok_range = {"orderDateFrom": "2026-02-27", "orderDateTo": "2026-03-02"}  # 4 days
    answer = await client.call("invoice.details.list", ok_range)
    assert client.fake.requests[-1].outcome != "status0:window_too_wide"
    too_wide = {"orderDateFrom": "2026-02-27", "orderDateTo": "2026-03-03"}  # 5 days
    answer = await client.call("invoice.details.list", too_wide)
    assert answer.message == "The range 2026-02-27 to 2026-03-03 exceeds the maximum of 4 days."
    k2k = await client.call("v2/invoice/k2k", too_wide)
    assert client.fake.requests[-1].outcome == "status0:window_too_wide", k2k.text


async def test_accounting_window_31_days_and_invoice_list_six_months(client: Client) -> None:
    await client.call(
        "invoice.accounting.details.list",
        {"orderDateFrom": "2026-01-01", "orderDateTo": "2026-01-31"},
    )
    assert client.fake.requests[-1].outcome != "status0:window_too_wide"
    await client.call(
        "invoice.accounting.details.list",
        {"orderDateFrom": "2026-01-01", "orderDateTo": "2026-02-01"},
    )
    assert client.fake.requests[-1].outcome == "status0:window_too_wide"
    await client.call("invoice.list", {"orderDateFrom": "2026-01-31", "orderDateTo": "2026-07-31"})
    assert client.fake.requests[-1].outcome != "status0:window_too_wide"
    answer = await client.call(
        "invoice.list", {"orderDateFrom": "2026-01-31", "orderDateTo": "2026-08-01"}
    )
    assert answer.message.endswith("exceeds the maximum of 6 months.")


async def test_bad_date_in_a_window(client: Client) -> None:
    answer = await client.call("invoice.details.list", {"orderDateFrom": "01/02/2026",
                                                        "orderDateTo": "2026-01-03"})  # fmt: skip
    assert answer.message == "Parameter orderDateFrom must be a date in the format YYYY-MM-DD"


async def test_bad_date_read_by_a_handler(client: Client) -> None:
    answer = await client.call("awb.list", {"shipDate": "2026-13-45"})
    assert answer.message == "Parameter shipDate must be a date in the format YYYY-MM-DD"
    assert client.fake.requests[-1].outcome == "status0:bad_date"


async def test_required_header(client: Client) -> None:
    answer = await client.call("ecommerce/inventory.list", {"customerId": "23401"})
    assert answer.message == "Header X-ACCOUNT is required"
    await client.call("ecommerce/inventory.list", {"customerId": "23401"},
                      headers={"X-ACCOUNT": "77"})  # fmt: skip
    assert client.fake.requests[-1].outcome != "status0:header_required"


async def test_method_without_handler_is_never_success(client: Client) -> None:
    client.fake.set_handler("boxtype.list", None)  # handler modules are added over time
    answer = await client.call("boxtype.list")
    message = "FakeKomet does not implement boxtype.list."
    assert answer.body == {"status": "0", "message": message}
    assert client.fake.requests[-1].outcome == "status0:not_implemented"


async def test_set_handler_overrides_one_fake_only(client: Client) -> None:
    def always_empty(ctx: HandlerContext) -> Reply:
        return ctx.not_found()

    client.fake.set_handler("product.list", always_empty)
    assert (await client.call("product.list")).message == "Products not found."
    async with FakeKomet() as other:
        assert (await Client(client.http, other).call("product.list")).status == "1"


async def test_unknown_path_and_invalid_json(client: Client) -> None:
    async with client.http.get(client.fake.url + "no.such.method") as response:
        assert (await response.json())["message"] == "Method no.such.method does not exist."
    answer = await client.call("product.add", raw_body=b"{not json")
    assert answer.message == "The request body is not valid JSON."


async def test_request_size_counts_query_and_body(http: aiohttp.ClientSession) -> None:
    async with FakeKomet(max_request_bytes=200) as fake:
        client = Client(http, fake)
        small = await client.call("product.list", {"description": "x" * 100})
        assert small.message == "Products not found."
        size = fake.requests[-1].bytes
        assert size == len(f"authenticationToken={fake.token}&description={'x' * 100}")
        big = await client.call("product.list", {"description": "x" * 160})  # 207 bytes
        assert big.message == "The request exceeds the maximum size of 200 bytes."
        body = await client.call("product.add", {"category": "Rose", "tags": "t" * 150})
        assert body.message == "The request exceeds the maximum size of 200 bytes."
        assert fake.requests[-1].outcome == "status0:request_too_large"


async def test_daily_quota_counts_per_company(http: aiohttp.ClientSession) -> None:
    async with FakeKomet(daily_quota=3) as fake:
        client = Client(http, fake)
        other = fake.add_token("vendor")  # same company, same budget
        assert (await client.call("boxtype.list")).status == "1"
        assert (await client.call("boxtype.list", token=other)).status == "1"
        await client.call("boxtype.list", token=None)  # not attributable: not counted
        assert (await client.call("product.list")).status == "1"
        assert fake.quota_used == 3
        answer = await client.call("boxtype.list", token=other)
        assert answer.message == "The daily limit of 3 requests has been exceeded."
        fake.reset()
        assert fake.quota_used == 0
        assert (await client.call("boxtype.list")).status == "1"

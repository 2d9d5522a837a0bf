"""The fake's own reading of these pages, checked with plain HTTP (no SDK): the token in a
header, a JSON-array body checked line by line, the verb picking the method of a path."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from komet_async.testing import FakeKomet, load_spec


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def _send(
    http: aiohttp.ClientSession, fake: FakeKomet, verb: str, path: str, **kwargs: Any
) -> dict[str, Any]:
    headers = {"authenticationToken": fake.token}
    async with http.request(verb, fake.url + path, headers=headers, **kwargs) as response:
        answer: dict[str, Any] = await response.json()
    return answer


def test_the_spec_reads_these_pages() -> None:
    spec = load_spec()
    for name in ("v2/price-list", "v2/price-list/season", "v2/price-list/season/product"):
        assert (spec[name].http, spec[name].params_in, spec[name].retry_safe) == (
            "GET",
            "json",
            True,
        )
    assert spec["v2/price-list/season/product.add"].body == "array"
    assert spec["v2/price-list/season/product.update"].body == "object"
    assert {spec[n].token_in for n in spec if n.startswith("v2/standing-order")} == {"header"}
    assert spec["standing.order.list"].token_in == "query"


async def test_array_lines_are_checked_one_by_one(
    fake: FakeKomet, http: aiohttp.ClientSession
) -> None:
    line = {"priceListId": 1358, "companyProductId": 1001, "seasonId": 17, "price": 2.5}
    path = "v2/price-list/season/product.add"
    answer = await _send(http, fake, "POST", path, json=[line, {**line, "price": None}])
    assert (answer["status"], answer["message"]) == ("0", "Parameter [1].price is required")
    answer = await _send(http, fake, "POST", path, json=line)  # an object, not an array
    assert answer["message"] == "The request body is not valid JSON."
    answer = await _send(http, fake, "POST", path, json=[])
    assert answer["status"] == "0"
    answer = await _send(http, fake, "POST", path, json=[line])
    assert (answer["status"], answer["message"]) == ("1", "Success.")
    # An array where a page documents an object is refused too.
    answer = await _send(http, fake, "GET", "v2/price-list", json=[{"name": "FS"}])
    assert answer["message"] == "The request body is not valid JSON."


async def test_one_path_two_verbs(fake: FakeKomet, http: aiohttp.ClientSession) -> None:
    body = {
        "standingOrderID": 1,
        "standingOrderItemId": 2,
        "customerId": 23401,
        "carrierId": 1360,
        "startDate": "2026-07-01",
        "recurrence": 1,
        "truckDays": "Monday",
    }
    answer = await _send(http, fake, "PUT", "v2/standing-order", json=body)
    assert answer["message"] == "Standing order 1 does not exist."
    answer = await _send(http, fake, "POST", "v2/standing-order", json=body)
    # POST is documented for Customer tokens only; fake.token is a Company token.
    assert answer["message"] == "A Company token is not allowed to call v2/standing-order [POST]."
    assert [(r.method, r.verb) for r in fake.requests] == [
        ("v2/standing-order [PUT]", "PUT"),
        ("v2/standing-order [POST]", "POST"),
    ]

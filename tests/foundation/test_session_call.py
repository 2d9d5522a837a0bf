"""``session.call``: any catalogued method by name, on the same path as its namespace method
-- the same bytes on the wire, the same typed answer."""

from __future__ import annotations

import pickle

import pytest

import komet_async as komet
from komet_async._catalog import CATALOG, UnknownMethodError
from komet_async.models.products import ProductListRequest, ProductListResponse
from tests.conftest import ScriptedServer

PRODUCTS = {"status": "1", "message": "OK", "products": [{"id": "7", "description": "Rose"}]}


async def test_call_by_name_sends_what_the_namespace_sends(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json(PRODUCTS)
    typed = await session.products.list(description="rose")
    answer = await session.call("product.list", ProductListRequest(description="rose"))
    by_python_name = await session.call("products.list", ProductListRequest(description="rose"))
    assert isinstance(answer, ProductListResponse)
    assert answer.products == list(typed) == by_python_name.products
    assert answer.response is not None and answer.response.message == "OK"
    first, second, third = server.seen
    assert first.query == second.query == third.query
    assert (first.method, first.path) == (second.method, second.path) == ("GET", "product.list")


async def test_call_without_a_request_sends_the_defaults(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json(PRODUCTS)
    await session.products.list()
    await session.call(CATALOG["product.list"])
    assert server.seen[0].query == server.seen[1].query


async def test_call_takes_the_per_call_options(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json(PRODUCTS)
    await session.call("product.list", None, extra_params={"page": 2}, timeout=5)
    assert server.seen[0].query["page"] == "2"


async def test_an_unknown_name_says_what_was_meant(session: komet.KometSession) -> None:
    with pytest.raises(UnknownMethodError) as info:
        await session.call("product.lst")
    assert isinstance(info.value, KeyError) and isinstance(info.value, komet.KometError)
    assert "did you mean product.list" in str(info.value)
    again = pickle.loads(pickle.dumps(info.value))
    assert str(again) == str(info.value)


async def test_misuse_is_refused_before_sending(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    with pytest.raises(TypeError, match="timeuot"):
        await session.call("product.list", None, timeuot=5)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="takes a ProductListRequest"):
        await session.call("product.list", {"id": 1})
    with pytest.raises(TypeError, match="required fields"):
        await session.call("product.add")
    with pytest.raises(komet.RequestValidationError):
        await session.call("product.list", ProductListRequest(id=True))
    assert server.seen == []


async def test_request_is_an_ad_hoc_method_on_the_same_path(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "companies": [{"id": 1}]})
    payload = await session.request(
        "company.list", http_method="GET", params={"ids": [1, 2], "on": True}, retry_safe=True
    )
    assert payload == {"status": "1", "message": "OK", "companies": [{"id": 1}]}
    (seen,) = server.seen
    assert seen.query["ids"] == "1,2" and seen.query["on"] == "true"

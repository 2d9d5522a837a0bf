"""Malformed answers -- deep nesting, huge numbers, wrong types, missing fields, duplicate
keys, empty or non-UTF-8 bodies, stalled or short bodies -- end in a ``KometError``
(``KometDecodeError`` for a body that is not the documented shape), never in an unhandled
exception or a hang. Hypothesis drives ``decode`` of EVERY response model of the catalog."""

from __future__ import annotations

import asyncio
import contextlib
import typing
from collections.abc import AsyncIterator
from decimal import Decimal
from functools import cache
from typing import Any

import attrs
import orjson
import pytest
from aiohttp import web
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import komet_async as komet
from komet_async import CATALOG
from komet_async._wire import wire_name

from ..conftest import ScriptedServer

PRODUCT = {"id": 1, "description": "Rose", "legacyCode": "R1"}


def raw_answer(server: ScriptedServer, body: bytes) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=body, content_type="application/json")

    server.handler = handler


MALFORMED: dict[str, bytes] = {
    "empty": b"",
    "blank": b"  \n ",
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "deep nesting in a field": b'{"status":"1","products":' + b"[" * 600 + b"]" * 600 + b"}",
    "deep object in a field": b'{"status":"1","products":[{"id":'
    + b'{"a":' * 500
    + b"1"
    + b"}" * 500
    + b"}]}",
    "huge integer": b'{"status":"1","products":[{"id":123456789012345678901234567890}]}',
    "huge float": b'{"status":"1","products":[{"id":1e400}]}',
    "NaN literal": b'{"status":"1","products":[{"id":NaN}]}',
    "products is text": b'{"status":"1","products":"none"}',
    "products is an object": b'{"status":"1","products":{"id":1}}',
    "an item is a number": b'{"status":"1","products":[1]}',
    "id is an object": b'{"status":"1","products":[{"id":{"x":1}}]}',
    "id is a list": b'{"status":"1","products":[{"id":[1]}]}',
    "id is not a number": b'{"status":"1","products":[{"id":"abc"}]}',
    "status is an object": b'{"status":{"ok":1},"products":[]}',
    "top level is a list": b"[]",
    "top level is a number": b"1",
    "top level is text": b'"ok"',
    "top level is null": b"null",
    "not UTF-8": b'{"status":"1","message":"\xff\xfe"}',
    "truncated": b'{"status":"1","products":[{"id":1,"descr',
    "trailing garbage": b'{"status":"1","products":[]} {"x":1}',
    "single quotes": b"{'status':'1'}",
}


@pytest.mark.parametrize("case", list(MALFORMED))
async def test_a_malformed_answer_is_a_decode_error(
    case: str, server: ScriptedServer, session: komet.KometSession
) -> None:
    raw_answer(server, MALFORMED[case])
    with pytest.raises(komet.KometDecodeError) as info:
        await asyncio.wait_for(session.products.list(), 10)
    assert info.value.komet_method == "product.list"
    assert info.value.__cause__ is None


async def test_one_bad_item_in_a_large_array_is_a_decode_error(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    # Over 256 items an answer is decoded in slices, on another path.
    products: list[Any] = [dict(PRODUCT, id=i) for i in range(2_000)]
    products[1_500] = dict(PRODUCT, id={"not": "an id"})
    raw_answer(server, orjson.dumps({"status": "1", "products": products}))
    with pytest.raises(komet.KometDecodeError):
        await session.products.list()
    products[1_500] = dict(PRODUCT, id=1_500)
    raw_answer(server, orjson.dumps({"status": "1", "products": products}))
    assert len(await session.products.list()) == 2_000  # the same answer, mended, decodes


async def test_duplicate_keys_the_last_one_wins(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    # A documented deviation (README, Guarantees): orjson keeps the last of duplicate
    # keys, like the stdlib's json, and detecting them would cost 3x per answer.
    raw_answer(server, b'{"status":"0","status":"1","products":[{"id":1},{"id":2}]}')
    assert [p.id for p in await session.products.list()] == [1, 2]
    raw_answer(server, b'{"status":"1","status":"0","message":"Invalid Security Token"}')
    with pytest.raises(komet.AuthenticationError):
        await session.products.list()


@pytest.fixture
async def misbehaving() -> AsyncIterator[dict[str, str]]:
    """Raw servers: one stalls after the headers, one closes before its announced body."""

    async def stall(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        writer.write(b"Content-Length: 100\r\n\r\n{")
        await writer.drain()
        await reader.read()  # until the client gives up and closes
        writer.close()

    async def short(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        writer.write(b'Content-Length: 100\r\n\r\n{"status":"1"')
        await writer.drain()
        writer.close()

    servers = {name: await asyncio.start_server(f, "127.0.0.1", 0) for name, f in
               (("stall", stall), ("short", short))}  # fmt: skip
    yield {
        name: f"http://127.0.0.1:{s.sockets[0].getsockname()[1]}/api/"
        for name, s in servers.items()
    }
    for s in servers.values():
        s.close()
        await s.wait_closed()


async def test_stalled_and_short_bodies_fail_in_time(misbehaving: dict[str, str]) -> None:
    expected = {"stall": komet.KometTimeoutError, "short": komet.KometConnectionError}
    for name, url in misbehaving.items():
        async with komet.KometSession(
            "t", base_url=url, daily_quota=None, timeout=0.3, max_retries=1,
            retry_policy=komet.RetryPolicy(wait=False),
        ) as k:  # fmt: skip
            with pytest.raises(expected[name]):
                await asyncio.wait_for(k.products.list(), 5)


# --- decode() of every response model, with hypothesis ---------------------------------


def _nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


JUNK: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([2**64, -(2**63) - 1, 10**30, 0, -1]),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["", "1", "0", "true", "2026-02-30", "9999-99-99", "1e999", "NaN", "-0"]),
    st.lists(st.integers() | st.text(max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers() | st.none(), max_size=3),
    st.just(_nested(300)),
)


def _optional(tp: Any) -> Any:
    args = typing.get_args(tp)
    if type(None) in args and len(args) == 2:
        return next(a for a in args if a is not type(None))
    return None


def shaped(tp: Any) -> st.SearchStrategy[Any]:
    """JSON close to ``tp``'s wire shape, with junk anywhere."""
    inner = _optional(tp)
    if inner is not None:
        return st.none() | shaped(inner)
    origin = typing.get_origin(tp)
    if origin is list:
        (item,) = typing.get_args(tp)
        return st.lists(shaped(item), max_size=3) | JUNK
    if isinstance(tp, type) and attrs.has(tp):
        return answer_of(tp)
    simple: dict[Any, st.SearchStrategy[Any]] = {
        int: st.integers(-5, 10**6) | st.integers(0, 999).map(str),
        str: st.text(max_size=8),
        bool: st.sampled_from([0, 1, "0", "1", True, False, "true", "false"]),
        Decimal: st.floats(0, 1e6, allow_nan=False) | st.sampled_from(["12.50", "1,000.00"]),
    }
    return st.one_of(simple.get(tp, JUNK), JUNK)


@cache
def answer_of(cls: type) -> st.SearchStrategy[dict[str, Any]]:
    attrs.resolve_types(cls)
    fields = {wire_name(a): shaped(a.type) for a in attrs.fields(cls) if a.init}
    required = {k: v for k, v in list(fields.items())[:2]}
    optional = {k: v for k, v in fields.items() if k not in required}
    return st.fixed_dictionaries(required, optional=optional)


RESPONSE_METHODS = sorted(CATALOG)


@pytest.mark.parametrize("name", RESPONSE_METHODS)
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_every_response_model_decodes_or_raises_a_decode_error(
    name: str, data: st.DataObject
) -> None:
    method = CATALOG[name]
    payload = data.draw(answer_of(method.response_type), label="payload")
    # Anything but a KometDecodeError escaping fails the test.
    with contextlib.suppress(komet.KometDecodeError):
        method.decode(payload)

"""Answers are bounded, and a write's unreadable answer says its outcome is unknown.

Hostile loopback servers -- an endless chunked body, a gzip bomb, a ``Content-Length`` over
the limit -- end in :class:`ResponseTooLargeError` within the limit's memory (traced memory
of client and server together, generous bounds); a server that applies a write and then
answers badly leaves a ``KometDecodeError`` with ``outcome_unknown=True``, and a bulk job puts
that line in ``unknown``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

import orjson
import pytest
from aiohttp import web

import komet_async as komet

from ..conftest import SECRET_TOKEN, ScriptedServer

T = TypeVar("T")

MiB = 1024 * 1024
LIMIT = 1 * MiB
NO_WAIT = komet.RetryPolicy(wait=False)


async def traced_peak(make: Callable[[], Awaitable[T]]) -> tuple[T | BaseException, int]:
    """The outcome of ``make()`` and the traced memory peak while it ran, in bytes."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        try:
            outcome: T | BaseException = await make()
        except Exception as exc:
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


@cache
def gzip_bomb(decoded: int = 256 * MiB) -> bytes:
    """``decoded`` bytes of a JSON-looking body, gzipped from one small repeated buffer
    (~1000:1: 256 KiB on the wire)."""
    gz = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: a gzip header and trailer
    block = b" " * MiB
    parts = [gz.compress(b'{"status":"1","products":[],"pad":"')]
    parts += [gz.compress(block) for _ in range(decoded // MiB)]
    parts.append(gz.compress(b'"}') + gz.flush())
    return b"".join(parts)


def endless_chunked(cap: int = 512 * MiB) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """A chunked body that does not end (until ``cap``, so the old code finishes too)."""

    async def handler(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "application/json"})
        resp.enable_chunked_encoding()
        await resp.prepare(request)
        block = b" " * (64 * 1024)
        try:
            await resp.write(b'{"status":"1","products":[],"pad":"')
            for _ in range(cap // len(block)):
                await resp.write(block)
            await resp.write(b'"}')
            await resp.write_eof()
        except (ConnectionError, RuntimeError):
            pass  # the client stopped reading and closed: what we want
        return resp

    return handler


def session_at(url: str, **options: Any) -> komet.KometSession:
    settings: dict[str, Any] = {"daily_quota": None, "retry_policy": NO_WAIT}
    settings.update(options)
    return komet.KometSession(SECRET_TOKEN, base_url=url, **settings)


@pytest.fixture
async def limited(server: ScriptedServer) -> AsyncIterator[komet.KometSession]:
    async with session_at(server.url, max_response_bytes=LIMIT) as k:
        yield k


async def test_an_endless_chunked_body_stops_at_the_limit(
    server: ScriptedServer, limited: komet.KometSession
) -> None:
    server.handler = endless_chunked()
    outcome, peak = await traced_peak(limited.products.list)
    assert isinstance(outcome, komet.ResponseTooLargeError), outcome
    assert isinstance(outcome, komet.KometDecodeError)
    assert outcome.limit == LIMIT and not outcome.announced and outcome.size > LIMIT
    assert not outcome.outcome_unknown  # a read
    assert len(server.seen) == 1  # the same answer would come again: never retried
    assert peak < 16 * MiB, peak


async def test_a_gzip_bomb_is_refused_without_inflating_it(
    server: ScriptedServer, limited: komet.KometSession
) -> None:
    bomb = gzip_bomb()
    assert len(bomb) < LIMIT  # the announced (compressed) length passes: decoded bytes count

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(
            body=bomb, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
        )

    server.handler = handler
    outcome, peak = await traced_peak(limited.products.list)
    assert isinstance(outcome, komet.ResponseTooLargeError), outcome
    assert not outcome.announced and LIMIT < outcome.size <= LIMIT + 1 * MiB
    assert peak < 16 * MiB, peak
    # The same session reads a small gzipped answer (a fresh connection: the bomb's was dropped).
    small = orjson.dumps({"status": "1", "products": [{"id": 1, "description": "Rose"}]})

    async def gzipped(request: web.Request) -> web.StreamResponse:
        gz = zlib.compressobj(6, zlib.DEFLATED, 31)
        return web.Response(
            body=gz.compress(small) + gz.flush(),
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )

    server.handler = gzipped
    assert [p.id for p in await limited.products.list()] == [1]


@pytest.fixture
async def announces_too_much() -> AsyncIterator[str]:
    """A raw server announcing a 10 GB body, sending a little of it, then holding on."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        writer.write(b"Content-Length: 10000000000\r\n\r\n" + b'{"status":"1"' + b" " * 1000)
        await writer.drain()
        await reader.read()  # until the client closes
        writer.close()

    s = await asyncio.start_server(serve, "127.0.0.1", 0)
    yield f"http://127.0.0.1:{s.sockets[0].getsockname()[1]}/api/"
    s.close()
    await s.wait_closed()


async def test_a_content_length_over_the_limit_is_refused_before_reading(
    announces_too_much: str,
) -> None:
    # The timeout is long: without the early refusal the call would end in it.
    async with session_at(announces_too_much, timeout=30.0) as k:
        with pytest.raises(komet.ResponseTooLargeError) as info:
            await asyncio.wait_for(k.products.list(), 60)
    assert info.value.announced and info.value.size == 10_000_000_000
    assert info.value.limit == komet.KometSession.__init__.__kwdefaults__["max_response_bytes"]
    assert "10000000000" in str(info.value) and "max_response_bytes" in str(info.value)


async def test_the_limit_is_per_session_and_per_call(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    products = [{"id": i, "description": "Rose " * 20} for i in range(200)]
    server.reply_json({"status": "1", "products": products})  # ~30 KB, Content-Length
    assert len(await session.products.list()) == 200  # the default: 64 MiB
    with pytest.raises(komet.ResponseTooLargeError) as info:
        await session.products.list(max_response_bytes=10_000)
    assert info.value.announced and info.value.limit == 10_000
    with pytest.raises(komet.ResponseTooLargeError):
        await session.call("product.list", max_response_bytes=10_000)
    async with session_at(server.url, max_response_bytes=10_000) as small:
        with pytest.raises(komet.ResponseTooLargeError):
            await small.products.list()
        assert len(await small.products.list(max_response_bytes=MiB)) == 200
    with pytest.raises(ValueError, match="max_response_bytes"):
        session_at(server.url, max_response_bytes=0)
    with pytest.raises(ValueError, match="max_response_bytes"):
        await session.products.list(max_response_bytes=-1)


async def test_a_too_large_answer_to_a_write_is_outcome_unknown(
    server: ScriptedServer, limited: komet.KometSession
) -> None:
    server.handler = endless_chunked()
    with pytest.raises(komet.ResponseTooLargeError) as info:
        await limited.request("inventory.add", http_method="POST", params={"awb": "1"})
    assert info.value.outcome_unknown and "outcome unknown" in str(info.value)
    assert len(server.seen) == 1


# --- (7) the outcome after a write ------------------------------------------------------

BAD_ANSWERS: dict[str, tuple[bytes, str]] = {
    "an HTML page": (b"<html><body>502 Bad Gateway</body></html>", "text/html"),
    "invalid JSON": (b"{'status': '1'}", "application/json"),
    "an empty body": (b"", "application/json"),
    "a truncated body": (b'{"status":"1","message":"Inventory ad', "application/json"),
    "a JSON array": (b"[]", "application/json"),
    "no status": (b'{"message":"ok"}', "application/json"),
    "an unreadable status": (b'{"status":"maybe","message":"ok"}', "application/json"),
}


def applies_then_answers(server: ScriptedServer, body: bytes, content_type: str) -> list[str]:
    """The server applies each write (records it), then answers ``body``."""
    applied: list[str] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        applied.append(request.query.get("reference", "?"))
        return web.Response(body=body, headers={"Content-Type": content_type})

    server.handler = handler
    return applied


def line(reference: str) -> komet.InventoryLine:
    return komet.InventoryLine(
        vendor_code="V01",
        awb="123-45678901",
        ship_date=dt.date(2026, 11, 20),
        product_code="ROSFREE50",
        quantity=5,
        box_type_code="QB",
        unit_type="bunch",
        stems_bunch=25,
        bunches=10,
        unit_cost=Decimal("2.150"),
        reference=reference,
    )


@pytest.mark.parametrize("case", list(BAD_ANSWERS))
async def test_an_unreadable_answer_to_a_write_is_outcome_unknown(
    case: str, server: ScriptedServer, session: komet.KometSession
) -> None:
    body, content_type = BAD_ANSWERS[case]
    applied = applies_then_answers(server, body, content_type)
    with pytest.raises(komet.KometDecodeError) as info:
        await session.inventory.add(line("W1"))
    assert applied == ["W1"]  # the write was applied, and sent once
    assert info.value.outcome_unknown, case
    assert "outcome unknown" in str(info.value)
    assert info.value.komet_method == "inventory.add"
    assert info.value.__cause__ is None
    # The same answer to a read is a plain decode error: nothing was changed.
    if case != "an unreadable status":
        with pytest.raises(komet.KometDecodeError) as read:
            await session.products.list(max_retries=0)
        assert not read.value.outcome_unknown


async def test_a_bulk_write_with_unreadable_answers_lands_in_unknown(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    applied = applies_then_answers(server, *BAD_ANSWERS["a truncated body"])
    result = await session.inventory.push([line(f"L{i}") for i in range(5)])
    assert sorted(applied) == [f"L{i}" for i in range(5)]
    assert len(result.unknown) == 5 and not result.failed and not result.succeeded
    assert all(
        isinstance(item.error, komet.KometDecodeError) and item.error.outcome_unknown
        for item in result.unknown
    )


# --- (2) bounded decimals ---------------------------------------------------------------

UNITS = komet.CATALOG["inventory.units.list"]  # its items carry Decimal prices


def units_answer(price: object) -> dict[str, Any]:
    return {"status": "1", "inventoryItems": [{"productId": 1, "unitPrice": price}]}


@pytest.mark.parametrize(
    "text",
    ["1e999999999", "1E-999999999", "-9e101", "0e-500", "1" * 41, "0." + "0" * 120 + "1",
     "1" * 100_000, " " + "0" * 500 + "1"],
)  # fmt: skip
def test_an_absurd_decimal_is_refused_at_once(text: str) -> None:
    # Decimal("1e999999999") parses at once, but int() of it ran for minutes. Tolerant, the
    # value is kept raw and the field is None; strict, it is a decode error naming the field.
    with pytest.warns(komet.KometDataWarning, match=r"inventoryItems\[0\]\.unitPrice"):
        answer = UNITS.decode(units_answer(text))
    item = answer.inventory_items[0]
    assert item.unit_price is None
    assert item.extra["unitPrice"] == text
    with pytest.raises(komet.KometDecodeError, match="unit"):
        UNITS.decode(units_answer(text), strict=True)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1300.25", "1300.25"), (" -0.001 ", "-0.001"), ("1E+3", "1E+3"), ("2.5e-7", "2.5E-7"),
     ("9" * 40, "9" * 40), ("1e100", "1E+100"), ("1e-100", "1E-100")],
)  # fmt: skip
def test_sane_decimals_still_decode(text: str, value: str) -> None:
    answer = UNITS.decode(units_answer(text))
    assert answer.inventory_items[0].unit_price == Decimal(value)

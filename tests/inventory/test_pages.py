"""``inventory.iter_ecommerce`` walks ``page``/``rows`` pages and stops on ``total``; answers
without a total, or whose total is wrong, still end (a scripted server plays the store)."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp import web

import komet_async as komet
from tests.conftest import ScriptedServer

ROWS = [{"inventoryLineIds": str(1000 + n), "inventoryOrigin": 1} for n in range(25)]


def serve_pages(server: ScriptedServer, *, total: int | None, default_rows: int = 30) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        page = int(request.query.get("page", "1"))
        rows = int(request.query.get("rows", str(default_rows)))
        body: dict[str, Any] = {"status": "1", "message": "OK"}
        if total is not None:
            body["total"] = total
        body["inventory"] = ROWS[(page - 1) * rows : page * rows]
        return web.json_response(body)

    server.handler = handler


async def walk(k: komet.KometSession, **filters: Any) -> list[dict[str, Any]]:
    return [row async for row in k.inventory.iter_ecommerce(7349, **filters)]


@pytest.mark.parametrize(("rows", "pages"), [(10, 3), (5, 5), (25, 1), (7, 4), (100, 1)])
async def test_stops_on_the_total(
    server: ScriptedServer, wire_k: komet.KometSession, rows: int, pages: int
) -> None:
    serve_pages(server, total=len(ROWS))
    assert await walk(wire_k, rows=rows, color="Red") == ROWS
    assert [s.query["page"] for s in server.seen] == [str(n) for n in range(1, pages + 1)]
    assert all(s.query["rows"] == str(rows) and s.query["color"] == "Red" for s in server.seen)
    assert all(s.query["customerId"] == "7349" for s in server.seen)


async def test_without_a_total_a_short_page_is_the_last(
    server: ScriptedServer, wire_k: komet.KometSession
) -> None:
    serve_pages(server, total=None)
    assert await walk(wire_k, rows=10) == ROWS
    assert len(server.seen) == 3
    server.seen.clear()
    serve_pages(server, total=None, default_rows=30)
    assert await walk(wire_k) == ROWS  # the server's default page of 30 rows
    assert len(server.seen) == 1 and "rows" not in server.seen[0].query


async def test_a_total_larger_than_the_rows_ends_at_an_empty_page(
    server: ScriptedServer, wire_k: komet.KometSession
) -> None:
    serve_pages(server, total=100)
    assert await walk(wire_k, rows=10) == ROWS
    assert len(server.seen) == 4  # 10, 10, 5, then an empty page


async def test_nothing_found_yields_nothing(
    server: ScriptedServer, wire_k: komet.KometSession
) -> None:
    server.reply_json({"status": "0", "message": "Inventory not found."})
    assert await walk(wire_k, rows=10) == []
    assert len(server.seen) == 1

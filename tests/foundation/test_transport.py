"""How requests travel and how HTTP-level failures surface, against a real loopback server."""

from __future__ import annotations

import asyncio
import socket

import orjson
import pytest
from aiohttp import web

import komet_async as komet
from tests.conftest import SECRET_TOKEN, ScriptedServer


async def test_get_sends_params_and_token_in_the_query(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "products": []})
    await session.products.list(description="rose", legacy_code="RS50")
    (seen,) = server.seen
    assert seen.method == "GET"
    assert seen.path == "product.list"
    assert seen.query == {
        "authenticationToken": SECRET_TOKEN,
        "description": "rose",
        "legacyCode": "RS50",
    }
    assert seen.body == b""


async def test_post_sends_a_json_body_with_the_token(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "boxes": []})
    await session.boxes.change_codes(
        [komet.BoxCodeChange(current_box_code="KS001001", new_box_code="PT991001")]
    )
    (seen,) = server.seen
    assert seen.method == "POST"
    assert seen.query == {}
    assert seen.headers["Content-Type"] == "application/json"
    assert orjson.loads(seen.body) == {
        "authenticationToken": SECRET_TOKEN,
        "boxes": [{"currentBoxCode": "KS001001", "newBoxCode": "PT991001"}],
    }


async def test_extra_params_and_extra_body_reach_the_wire(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "boxes": []})
    await session.boxes.change_codes(
        [komet.BoxCodeChange(current_box_code="A", new_box_code="B")],
        extra_params={"debug": 1},
        extra_body={"companyLocationId": 9},
    )
    (seen,) = server.seen
    assert seen.query == {"debug": "1"}
    assert orjson.loads(seen.body)["companyLocationId"] == 9


async def test_request_escape_hatch_with_the_token_in_a_header(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"statusInventory": "1", "status": 1, "message": "done", "x": [1]})
    payload = await session.request(
        "v2/some/thing", http_method="PATCH", body={"boxCode": "KS1"}, token_in="header"
    )
    assert payload["x"] == [1]
    (seen,) = server.seen
    assert seen.method == "PATCH"
    assert seen.path == "v2/some/thing"
    assert seen.headers["authenticationToken"] == SECRET_TOKEN
    assert orjson.loads(seen.body) == {"boxCode": "KS1"}
    assert "authenticationToken" not in seen.query


async def test_request_escape_hatch_raises_on_status_zero(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": 0, "message": "nope"})
    with pytest.raises(komet.KometAPIError) as info:
        await session.request("company.list", http_method="GET", retry_safe=True)
    assert info.value.komet_method == "company.list"


async def test_response_headers_are_exposed(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "boxtypes": []}, **{"X-Trace": "abc"})
    types = await session.boxes.list_types()
    assert types.response is not None
    assert types.response.headers["X-Trace"] == "abc"


@pytest.mark.parametrize("status", [400, 404, 500, 503])
async def test_non_2xx_is_an_http_error(
    server: ScriptedServer, session: komet.KometSession, status: int
) -> None:
    server.reply_json({"status": "1"}, status=status)
    with pytest.raises(komet.KometHTTPError) as info:
        await session.products.list(max_retries=0)
    assert info.value.status == status
    assert info.value.komet_method == "product.list"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("<html><body>502 Bad Gateway</body></html>", "text/html"),
        ('{"status": "1", "message": "OK", "produ', "application/json"),
        ("", "application/json"),
        ("[1, 2, 3]", "application/json"),
        ("not json at all", "text/plain"),
    ],
)
async def test_bodies_that_are_not_an_envelope_are_decode_errors(
    server: ScriptedServer, session: komet.KometSession, body: str, content_type: str
) -> None:
    server.reply_text(body, content_type=content_type)
    with pytest.raises(komet.KometDecodeError):
        await session.products.list(max_retries=0)


async def test_answer_of_the_wrong_shape_is_a_decode_error(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "products": [{"id": "not a number"}]})
    with pytest.raises(komet.KometDecodeError) as info:
        await session.products.list()
    assert "ProductListResponse" in str(info.value)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_refused_connection_is_a_connection_error() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/api/"
    async with komet.KometSession(
        SECRET_TOKEN, base_url=url, daily_quota=None, retry_policy=komet.RetryPolicy(wait=False)
    ) as k:
        with pytest.raises(komet.KometConnectionError) as info:
            await k.boxes.change_codes(
                [komet.BoxCodeChange(current_box_code="A", new_box_code="B")]
            )
    # Nothing was sent, so the outcome is known.
    assert info.value.outcome_unknown is False
    assert not isinstance(info.value, komet.KometTimeoutError)


async def test_timeout_of_a_write_leaves_the_outcome_unknown(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(1)
        return web.json_response({"status": "1"})

    server.handler = slow
    with pytest.raises(komet.KometTimeoutError) as info:
        await session.boxes.change_codes(
            [komet.BoxCodeChange(current_box_code="A", new_box_code="B")], timeout=0.2
        )
    assert info.value.outcome_unknown is True
    assert len(server.seen) == 1  # never replayed


async def test_timeout_of_a_read_is_retried_then_reported(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(1)
        return web.json_response({"status": "1"})

    server.handler = slow
    with pytest.raises(komet.KometTimeoutError) as info:
        await session.products.list(timeout=0.2, max_retries=1)
    assert info.value.outcome_unknown is False
    assert len(server.seen) == 2


async def test_oversized_request_is_refused_before_sending(server: ScriptedServer) -> None:
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=None, max_request_bytes=300
    ) as k:
        with pytest.raises(komet.RequestTooLargeError) as info:
            await k.products.list(description="x" * 200, legacy_code="y" * 50)
    assert info.value.limit == 300
    assert info.value.size > 300
    assert server.seen == []

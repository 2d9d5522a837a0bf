"""komet_async.GlobalNetworkCodes: the two documented samples decode, the wire is as the pages
say (GET with a JSON body, the support team's token in a header, its own host), round trips
against the fake's GNC service, validation names the argument with nothing sent, and its
token is a secret like Komet's: never in a log line, an error, a repr, frame locals or a
trace span."""

from __future__ import annotations

import json
import logging
import socket
import sys
import traceback
from collections.abc import AsyncIterator
from types import SimpleNamespace, TracebackType
from typing import Any

import aiohttp
import pytest

import komet_async as komet
from komet_async import GNC_CATALOG
from komet_async.models.global_network_codes import GncGenus, GncProduct
from komet_async.testing import FakeKomet
from tests.conftest import SECRET_TOKEN, ScriptedServer
from tests.orders.conftest import assert_lossless

from .conftest import part3

DOCS = part3()
GNC_TOKEN = "gnc9secret9token9zz9plural9"


@pytest.fixture
async def gnc(fake: FakeKomet) -> AsyncIterator[komet.GlobalNetworkCodes]:
    async with komet.GlobalNetworkCodes(fake.gnc_token, base_url=fake.gnc_url) as client:
        yield client


@pytest.fixture
async def wire_gnc(server: ScriptedServer) -> AsyncIterator[komet.GlobalNetworkCodes]:
    async with komet.GlobalNetworkCodes(
        GNC_TOKEN, base_url=server.url, retry_policy=komet.RetryPolicy(wait=False)
    ) as client:
        yield client


def test_declared_apart_from_the_komet_catalog() -> None:
    assert set(GNC_CATALOG) == {"globalnetworkcodes:product", "globalnetworkcodes:genus"}
    assert not set(GNC_CATALOG) & set(komet.CATALOG)  # a KometSession cannot send them
    for name, method in GNC_CATALOG.items():
        documented = DOCS[name]
        assert komet.GNC_BASE_URL + method.url_path == documented["path"]
        assert method.http_method == documented["http"] == "GET"
        assert method.params_in == "body" and documented["content_type"] == "json"
        assert method.token_in == "header" and method.retry_safe


@pytest.mark.parametrize("name", ["globalnetworkcodes:product", "globalnetworkcodes:genus"])
def test_documented_sample_decodes_losslessly(name: str) -> None:
    sample = DOCS[name]["sample_response"]
    decoded = GNC_CATALOG[name].decode(sample)
    assert decoded.extra == {} and decoded.headers is not None
    assert decoded.headers.status_code == 200
    assert_lossless(sample, decoded)


def test_samples_read_as_documented() -> None:
    products = GNC_CATALOG["globalnetworkcodes:product"].decode(
        DOCS["globalnetworkcodes:product"]["sample_response"]
    )
    assert products.body == [
        GncProduct(product_id=2000076, product_name="Charmelia Yellow"),
        GncProduct(product_id=2000319, product_name="Yellow King"),
    ]
    genera = GNC_CATALOG["globalnetworkcodes:genus"].decode(
        DOCS["globalnetworkcodes:genus"]["sample_response"]
    )
    assert genera.body[0] == GncGenus(genus_id=2000076, genus_name="Alstroemeria")


# --- the wire --------------------------------------------------------------------------------


async def test_product_search_is_sent_as_the_sample(
    server: ScriptedServer, wire_gnc: komet.GlobalNetworkCodes
) -> None:
    server.reply_json(DOCS["globalnetworkcodes:product"]["sample_response"])
    codes = await wire_gnc.search_products(1638927, "Blue Agaphantus", limit=49)
    assert [c.product_name for c in codes] == ["Charmelia Yellow", "Yellow King"]
    assert codes.response.http_status == 200
    [seen] = server.seen
    assert (seen.method, seen.path, seen.query) == ("GET", "product", {})
    # The page's sample body (it quotes the numbers; the parameters are typed integer).
    assert json.loads(seen.body) == {"genusId": 1638927, "productName": "Blue Agaphantus",
                                     "limit": 49}  # fmt: skip
    assert seen.headers["authenticationToken"] == GNC_TOKEN
    assert "X-ACCOUNT" not in seen.headers and SECRET_TOKEN not in str(seen)


async def test_genus_search_sends_the_documented_parameter(
    server: ScriptedServer, wire_gnc: komet.GlobalNetworkCodes
) -> None:
    server.reply_json(DOCS["globalnetworkcodes:genus"]["sample_response"])
    genera = await wire_gnc.search_genus("Alstro", limit=10)
    assert genera[0].genus_id == 2000076
    [seen] = server.seen
    assert seen.path == "genus"
    assert json.loads(seen.body) == {"genusName": "Alstro", "limit": 10}


async def test_status_code_400_is_an_api_error(
    server: ScriptedServer, wire_gnc: komet.GlobalNetworkCodes
) -> None:
    server.reply_json({"headers": {"statusCode": 400}, "message": "Genus not valid"})
    with pytest.raises(komet.KometAPIError, match="Genus not valid") as caught:
        await wire_gnc.search_genus("x", limit=1)
    assert caught.value.komet_method == "globalnetworkcodes:genus"
    server.reply_json({"body": []})  # no headers.statusCode: not a success
    with pytest.raises(komet.KometDecodeError, match=r"headers\.statusCode"):
        await wire_gnc.search_genus("x", limit=1)


async def test_the_default_host_is_the_documented_one() -> None:
    async with komet.GlobalNetworkCodes(GNC_TOKEN) as client:
        assert client.base_url == "https://globalnetworkcodes.kometsales.com/"
        assert client.base_url == komet.GNC_BASE_URL


# --- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda g: g.search_products(1, "Rose", limit=51), "limit"),
        (lambda g: g.search_products(1, "Rose", limit=0), "limit"),
        (lambda g: g.search_products(1, "", limit=5), "product_name"),
        (lambda g: g.search_products("1", "Rose", limit=5), "genus_id"),
        (lambda g: g.search_genus("", limit=5), "genus_name"),
    ],
)
async def test_bad_input_names_the_argument_and_sends_nothing(
    server: ScriptedServer, wire_gnc: komet.GlobalNetworkCodes, call: Any, field: str
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await call(wire_gnc)
    assert caught.value.field == field
    assert server.seen == []


async def test_an_unknown_keyword_is_a_type_error(wire_gnc: komet.GlobalNetworkCodes) -> None:
    with pytest.raises(TypeError, match="genusName"):
        await wire_gnc.search_genus("Rose", limit=5, genusName="Rose")  # type: ignore[call-arg]


# --- against the fake ------------------------------------------------------------------------


async def test_genus_then_products_round_trip(
    fake: FakeKomet, gnc: komet.GlobalNetworkCodes
) -> None:
    [rose] = await gnc.search_genus("rose", limit=50)
    assert rose.genus_name == "Rose" and rose.genus_id is not None
    reds = await gnc.search_products(rose.genus_id, "red 50", limit=50)
    assert reds and len(reds) < 50
    assert all({"red", "50"} <= set((p.product_name or "").lower().split()) for p in reds)
    every = await gnc.search_products(rose.genus_id, "e", limit=50)
    assert len(every) == 50  # more match: the limit holds
    few = await gnc.search_products(rose.genus_id, "e", limit=3)
    assert few == every[:3]
    assert [r.method for r in fake.requests] == [
        "globalnetworkcodes:genus",
        *["globalnetworkcodes:product"] * 3,
    ]
    assert all(r.outcome == "ok" for r in fake.requests)


async def test_the_fake_caps_limit_at_50(fake: FakeKomet, gnc: komet.GlobalNetworkCodes) -> None:
    [rose] = await gnc.search_genus("Rose", limit=1)
    # Past the SDK's check, with the numbers as text as the sample sends them.
    body = {"genusId": str(rose.genus_id), "productName": "e", "limit": "99"}
    headers = {"authenticationToken": fake.gnc_token}
    async with (
        aiohttp.ClientSession() as http,
        http.get(fake.gnc_url + "product", json=body, headers=headers) as answer,
    ):
        payload = await answer.json()
    assert payload["headers"] == {"statusCode": 200} and len(payload["body"]) == 50


async def test_a_komet_token_is_not_a_gnc_token(fake: FakeKomet) -> None:
    async with komet.GlobalNetworkCodes(fake.token, base_url=fake.gnc_url) as wrong:
        with pytest.raises(komet.AuthenticationError):
            await wrong.search_genus("Rose", limit=5)
    async with komet.KometSession(fake.gnc_token, base_url=fake.url, daily_quota=None) as k:
        with pytest.raises(komet.KometAPIError):
            await k.products.list()


async def test_a_session_refuses_a_gnc_declaration(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    request = GNC_CATALOG["globalnetworkcodes:genus"].request_type(genus_name="Rose", limit=5)
    with pytest.raises(TypeError, match="GlobalNetworkCodes"):
        await session.call(GNC_CATALOG["globalnetworkcodes:genus"], request)
    assert server.seen == []


# --- the token is a secret ------------------------------------------------------------------


def _every_text_of(error: BaseException) -> str:
    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    link: BaseException | None = error
    seen: set[int] = set()
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        parts += [str(link), repr(link), repr(link.args), repr(vars(link))]
        link = link.__cause__ or link.__context__
    return "\n".join(parts)


def _frame_locals(tb: TracebackType | None) -> str:
    """The repr of every local of every frame of a traceback (what error trackers print)."""
    texts = []
    while tb is not None:
        texts += [repr(value) for value in tb.tb_frame.f_locals.values()]
        tb = tb.tb_next
    return "\n".join(texts)


async def test_token_masked_in_errors_frame_locals_logs_repr_and_spans(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    starts: list[str] = []

    async def on_start(_: Any, __: SimpleNamespace, params: Any) -> None:
        starts.append(f"{params.url} {dict(params.headers)}")

    trace = aiohttp.TraceConfig()
    trace.on_request_start.append(on_start)
    errors: list[BaseException] = []
    locals_seen: list[str] = []
    async with komet.GlobalNetworkCodes(
        GNC_TOKEN, base_url=server.url, trace_configs=[trace],
        retry_policy=komet.RetryPolicy(wait=False),
    ) as client:  # fmt: skip
        assert GNC_TOKEN not in repr(client) and GNC_TOKEN not in str(vars(client))
        # The server quotes the token back in its refusal, and in a 500.
        for reply in (
            lambda: server.reply_json(
                {"headers": {"statusCode": 400}, "message": f"Invalid token {GNC_TOKEN}"}
            ),
            lambda: server.reply_json({"x": GNC_TOKEN}, status=500),
            lambda: server.reply_text(f"<html>{GNC_TOKEN}</html>", content_type="text/html"),
        ):
            reply()
            try:
                await client.search_genus("Rose", limit=5)
            except komet.KometError as exc:
                errors.append(exc)
                locals_seen.append(_frame_locals(sys.exc_info()[2]))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    async with komet.GlobalNetworkCodes(
        GNC_TOKEN, base_url=f"http://127.0.0.1:{port}/", retry_policy=komet.RetryPolicy(wait=False)
    ) as offline:
        try:
            await offline.search_genus("Rose", limit=5)
        except komet.KometConnectionError as exc:
            errors.append(exc)
            locals_seen.append(_frame_locals(sys.exc_info()[2]))
    assert {type(e) for e in errors} == {
        komet.AuthenticationError, komet.KometHTTPError, komet.KometDecodeError,
        komet.KometConnectionError,
    }  # fmt: skip
    assert "***" in str(errors[0])  # the quoted token, masked
    for error, frames in zip(errors, locals_seen, strict=True):
        assert GNC_TOKEN not in _every_text_of(error)
        assert frames and GNC_TOKEN not in frames
    assert starts and all(GNC_TOKEN not in start for start in starts)
    assert caplog.records and GNC_TOKEN not in caplog.text

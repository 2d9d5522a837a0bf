"""Telemetry stays masked under a *global* instrumentation: OpenTelemetry's usual setup,
``AioHttpClientInstrumentor().instrument()``, patches ``aiohttp.ClientSession.__init__`` and
appends its own trace config to the session the SDK creates. No span attribute or event
may then carry the token (it travels in the query string, the body or a header)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet, Faults
from tests.conftest import SECRET_TOKEN, ScriptedServer

from .conftest import session_on

pytest.importorskip("opentelemetry.sdk")
pytest.importorskip("opentelemetry.instrumentation.aiohttp_client")

from opentelemetry.instrumentation.aiohttp_client import (
    AioHttpClientInstrumentor,
)
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
    InMemorySpanExporter,
)


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrumentor = AioHttpClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    try:
        yield exporter
    finally:
        instrumentor.uninstrument()
        provider.shutdown()


def span_texts(exporter: InMemorySpanExporter) -> list[str]:
    texts = []
    for span in exporter.get_finished_spans():
        parts: list[Any] = [span.name, dict(span.attributes or {}), span.status.description]
        for event in span.events:
            parts += [event.name, dict(event.attributes or {})]
        texts.append(repr(parts))
    return texts


async def test_spans_of_a_global_instrumentation_never_carry_the_token(
    spans: InMemorySpanExporter,
) -> None:
    change = komet.BoxCodeChange(current_box_code="KS001001", new_box_code="PT991001")
    async with FakeKomet(seed=5) as fake:
        token = fake.token
        async with session_on(fake) as k:
            await k.products.list()  # token in the query
            await k.inventory.list_units(unit_type="Stem")  # in a header
            await k.boxes.change_codes([change])  # in the JSON body
            await k.request("product.list", http_method="GET", retry_safe=True)
            fake.set_faults(Faults(rate=1.0, kinds=("reset",), max_consecutive=9))
            with pytest.raises(komet.KometConnectionError):
                await k.products.list(max_retries=0)  # a span with an exception event
            fake.set_faults(Faults(rate=1.0, kinds=("500",), max_consecutive=9))
            with pytest.raises(komet.KometHTTPError):
                await k.products.list(max_retries=0)
    texts = span_texts(spans)
    assert len(texts) == 6, texts  # the instrumentation saw every request: the check is real
    assert any("authenticationToken=***" in text for text in texts)  # the URL, masked
    assert any("exception" in text for text in texts)
    for text in texts:
        assert token not in text


async def test_trace_context_still_reaches_the_server_when_the_token_is_a_header(
    spans: InMemorySpanExporter, server: ScriptedServer
) -> None:
    """The mask copies headers that carry the token; what the instrumentation injects into
    that copy (``traceparent``) is sent all the same."""
    async with komet.KometSession(SECRET_TOKEN, base_url=server.url, daily_quota=None) as k:
        for call in (
            lambda: k.products.list(),  # token in the query
            lambda: k.inventory.list_units(unit_type="Stem"),  # token in a header
        ):
            # The scripted answer need not decode: only the request matters.
            with contextlib.suppress(komet.KometError):
                await call()
    assert [seen.path for seen in server.seen] == ["product.list", "inventory.units.list"]
    for seen in server.seen:
        assert "traceparent" in {name.lower() for name in seen.headers}, seen.path
    assert all(SECRET_TOKEN not in text for text in span_texts(spans))

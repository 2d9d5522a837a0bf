"""OpenTelemetry spans for every Komet request, through ``trace_configs`` and the real
``opentelemetry-instrumentation-aiohttp-client`` -- with the token masked.

The SDK wraps every trace config it is given: the instrumentation sees the URL with
``authenticationToken=***``, so no span, attribute or exporter ever holds the token.

    python examples/otel_tracing.py          # against a fake; prints each span's URL
"""

from __future__ import annotations

import asyncio

from opentelemetry.instrumentation.aiohttp_client import create_trace_config
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import komet_async as komet
from komet_async.testing import FakeKomet


async def traced_calls(token: str, base_url: str) -> list[ReadableSpan]:
    """A few calls through a traced session; the spans they produced."""
    exporter = InMemorySpanExporter()  # in production: an OTLP exporter
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracing = create_trace_config(tracer_provider=provider)
    async with komet.KometSession(token, base_url=base_url, trace_configs=[tracing]) as k:
        await k.products.list(description="rose")
        await k.boxes.list_types()
    return list(exporter.get_finished_spans())


async def main() -> None:
    async with FakeKomet(seed=1) as fake:
        for span in await traced_calls(fake.token, fake.url):
            attributes = span.attributes or {}
            url = attributes.get("url.full", attributes.get("http.url"))
            print(span.name, url)  # ...product.list?authenticationToken=***&description=rose


if __name__ == "__main__":
    asyncio.run(main())

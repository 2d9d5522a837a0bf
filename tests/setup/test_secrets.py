"""The company token that ``vendor.invoice.mail.receive`` sends as ``companyToken`` is a
secret like ``authenticationToken``: never in a DEBUG log line (ours, aiohttp's, the
fake's), an error's str/repr/args/cause/context/traceback or the SDK frames' locals, the
repr of a request (the model sent, the fake's record of it), a trace callback's view or an
OpenTelemetry span -- whether the call succeeds, is refused, or fails on the way.

The approach and the helpers are the reliability suite's (tests/reliability), applied to
the one method whose token travels under another name."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import komet_async as komet
from komet_async.models.vendors import VendorInvoiceMailReceiveRequest
from komet_async.testing import FakeKomet, Faults
from tests.conftest import SECRET_TOKEN, ScriptedServer
from tests.reliability.conftest import NO_WAIT, every_text_of, session_on
from tests.reliability.test_secret_hygiene import FAULTS, Recorder, with_locals

from .conftest import po_number


def _mail(po: str, **more: object) -> dict[str, object]:
    return {
        "mail_from": "ap@grower.example",
        "po_number": po,
        "file": b"%PDF-1.4 \x00\xff",
        "invoice_number": "FB00223",
        "invoice_total": Decimal("1250.00"),
        **more,
    }


async def test_company_token_never_shows_whatever_the_call_does(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    recorder = Recorder()
    async with FakeKomet(seed=7) as fake:
        token = fake.token
        number = po_number(fake)
        async with session_on(fake, timeout=0.2, trace_configs=[recorder.config]) as k:
            ack = await k.vendors.receive_invoice_mail(**_mail(number))  # type: ignore[arg-type]
            assert ack.status == 1
            (received,) = fake.requests
            assert received.token_kind == "company"  # the fake read the companyToken
            errors: list[BaseException] = []
            for kind in FAULTS:
                fake.set_faults(
                    Faults(rate=1.0, kinds=(kind,), max_consecutive=9, slow_seconds=0.3,
                           retry_after_seconds=0)
                )  # fmt: skip
                with pytest.raises(komet.KometError) as failed:
                    await k.vendors.receive_invoice_mail(**_mail(number))  # type: ignore[arg-type]
                errors.append(failed.value)
            fake.set_faults(None)
            with pytest.raises(komet.KometAPIError) as refused:  # no such purchase order
                await k.vendors.receive_invoice_mail(**_mail("NOPO00"))  # type: ignore[arg-type]
            errors.append(refused.value)
            with pytest.raises(komet.RequestValidationError) as invalid:
                await k.vendors.receive_invoice_mail(**_mail(number, file=b""))  # type: ignore[arg-type]
            errors.append(invalid.value)
            session_texts = [repr(k), str(k), str(vars(k))]
        received_texts = [repr(list(fake.requests))] + [repr(r.params) for r in fake.requests]
    # Every kind of failure was met: the check is real.
    kinds = {type(e) for e in errors}
    assert kinds >= {
        komet.KometHTTPError,
        komet.KometConnectionError,
        komet.KometTimeoutError,
        komet.KometDecodeError,
        komet.KometAPIError,
        komet.RequestValidationError,
    }, kinds
    for error in errors:
        assert token not in every_text_of(error), type(error)
        assert token not in with_locals(error), type(error)
    for text in session_texts + received_texts:
        assert token not in text
    request = VendorInvoiceMailReceiveRequest(**_mail(number))  # type: ignore[arg-type]
    assert token not in repr(request) and "companyToken" not in repr(request)
    # Trace callbacks saw the body being sent (it holds the token), masked.
    assert "on_request_chunk_sent" in recorder.names()
    assert "companyToken" in recorder.text() and token not in recorder.text()
    assert {r.name for r in debug_logs.records} >= {"komet_async", "komet_async.testing"}
    assert token not in debug_logs.text
    assert all(token not in r.getMessage() for r in debug_logs.records)


async def test_a_server_echoing_the_company_token_is_masked(
    server: ScriptedServer, debug_logs: pytest.LogCaptureFixture
) -> None:
    """Komet's own texts are not ours to trust: an answer quoting the token is masked in
    the error it becomes (message, payload, HTTP body)."""
    errors: list[BaseException] = []
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=None, retry_policy=NO_WAIT
    ) as k:
        server.reply_json({"status": "0", "message": f"companyToken {SECRET_TOKEN} is invalid",
                           "companyToken": SECRET_TOKEN})  # fmt: skip
        with pytest.raises(komet.KometAPIError) as refused:
            await k.vendors.receive_invoice_mail(**_mail("P053455"))  # type: ignore[arg-type]
        errors.append(refused.value)
        server.reply_text(f"<html>bad token {SECRET_TOKEN}</html>", status=500)
        with pytest.raises(komet.KometHTTPError) as failed:
            await k.vendors.receive_invoice_mail(**_mail("P053455"))  # type: ignore[arg-type]
        errors.append(failed.value)
    # The token did travel, under the page's name.
    assert all(json.loads(s.body)["companyToken"] == SECRET_TOKEN for s in server.seen)
    assert "***" in str(refused.value)
    for error in errors:
        assert SECRET_TOKEN not in every_text_of(error), type(error)
        assert SECRET_TOKEN not in with_locals(error), type(error)
    assert SECRET_TOKEN not in debug_logs.text


async def test_spans_of_a_global_instrumentation_never_carry_the_company_token() -> None:
    pytest.importorskip("opentelemetry.sdk")
    pytest.importorskip("opentelemetry.instrumentation.aiohttp_client")
    from opentelemetry.instrumentation.aiohttp_client import AioHttpClientInstrumentor
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from tests.reliability.test_global_instrumentation import span_texts

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrumentor = AioHttpClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)
    try:
        async with FakeKomet(seed=7) as fake:
            token = fake.token
            number = po_number(fake)
            async with session_on(fake) as k:
                await k.vendors.receive_invoice_mail(**_mail(number))  # type: ignore[arg-type]
                fake.set_faults(Faults(rate=1.0, kinds=("reset",), max_consecutive=9))
                with pytest.raises(komet.KometConnectionError):
                    await k.vendors.receive_invoice_mail(**_mail(number))  # type: ignore[arg-type]
    finally:
        instrumentor.uninstrument()
        provider.shutdown()
    texts = span_texts(exporter)
    assert len(texts) == 2, texts  # the instrumentation saw both requests
    assert any("vendor.invoice.mail.receive" in text for text in texts)
    assert all(token not in text for text in texts)

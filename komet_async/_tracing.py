"""aiohttp ``trace_configs`` that never show the token to the user's callbacks.

aiohttp hands trace callbacks (OpenTelemetry's aiohttp instrumentation, a logging hook) the
real request: its URL carries ``authenticationToken=...`` in the query, its headers or body
may carry the token too. :func:`masked_trace_configs` puts one forwarding config in front
of each user config: every signal the user listens to is re-sent to the user's callbacks
with the token replaced by ``***`` in the URL, the headers, the body chunk, the response's
URLs and the exception. The user's own ``trace_config_ctx`` factory is kept, so per-request
context (an OpenTelemetry span) works as before. Sessions without ``trace_configs`` get no
wrapper at all: zero cost.

A ``http_session`` the user passes in is theirs, traces included: it is not wrapped. The
session the SDK creates is: :func:`mask_session_trace_configs` also wraps the configs a
global instrumentation appends to it.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable, Sequence
from types import SimpleNamespace
from typing import Any

import aiohttp
import attr
import orjson
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from ._secret import MASK, Secret, redact

_SIGNALS = (
    "on_request_start",
    "on_request_chunk_sent",
    "on_response_chunk_received",
    "on_request_end",
    "on_request_exception",
    "on_request_redirect",
    "on_request_headers_sent",
    "on_connection_queued_start",
    "on_connection_queued_end",
    "on_connection_create_start",
    "on_connection_create_end",
    "on_connection_reuseconn",
    "on_dns_resolvehost_start",
    "on_dns_resolvehost_end",
    "on_dns_cache_hit",
    "on_dns_cache_miss",
)

Receiver = Callable[[aiohttp.ClientSession, SimpleNamespace, Any], Awaitable[None]]


def masked_trace_configs(
    configs: Sequence[aiohttp.TraceConfig] | None, secrets: Sequence[Secret]
) -> list[aiohttp.TraceConfig] | None:
    """Forwarding configs for ``configs`` whose callbacks see ``***`` for every secret."""
    if not configs:
        return None
    return [_MaskingTraceConfig(config, _Masker(secrets)) for config in configs]


def mask_session_trace_configs(session: aiohttp.ClientSession, secrets: Sequence[Secret]) -> None:
    """Put the mask in front of every trace config of ``session`` (one the SDK created)
    that is not already behind it.

    A global instrumentation -- OpenTelemetry's ``AioHttpClientInstrumentor().instrument()``
    -- patches ``ClientSession.__init__`` and appends its own config to every session,
    ours included: without this its spans would record ``http.url`` with the token. A
    session with no foreign config is left as it is (the common case costs one scan).
    """
    configs: list[aiohttp.TraceConfig] = list(getattr(session, "_trace_configs", ()))
    if all(isinstance(config, _MaskingTraceConfig) for config in configs):
        return
    masker = _Masker(secrets)
    masked: list[aiohttp.TraceConfig] = []
    for config in configs:
        if not isinstance(config, _MaskingTraceConfig):
            config = _MaskingTraceConfig(config, masker)
            config.freeze()
        masked.append(config)
    session._trace_configs = masked


class _MaskingTraceConfig(aiohttp.TraceConfig):
    def __init__(self, user: aiohttp.TraceConfig, masker: _Masker) -> None:
        super().__init__()
        # aiohttp freezes a config it is given; the user's one is never given to it.
        user.freeze()
        self._user = user
        # Markers a tool sets on its config (OpenTelemetry's ``_is_instrumented_by_
        # opentelemetry``, which its uninstrument_session looks for) stay visible.
        for name, value in vars(user).items():
            if not hasattr(self, name):
                setattr(self, name, value)
        for name in _SIGNALS:
            receivers: list[Receiver] = list(getattr(user, name))
            if receivers:
                getattr(self, name).append(_forwarder(receivers, masker))

    def trace_config_ctx(self, trace_request_ctx: Any = None) -> SimpleNamespace:
        return self._user.trace_config_ctx(trace_request_ctx)


def _forwarder(receivers: list[Receiver], masker: _Masker) -> Receiver:
    async def forward(session: aiohttp.ClientSession, ctx: SimpleNamespace, params: Any) -> None:
        masked = masker.params(params)
        for receiver in receivers:
            await receiver(session, ctx, masked)
        if masked is not params:
            _keep_added_headers(params, masked)

    return forward


def _keep_added_headers(params: Any, masked: Any) -> None:
    """Headers a callback added to the masked copy of a request's headers (OpenTelemetry
    injects ``traceparent`` in ``on_request_start``) go on the request too: a copy is made
    only when the token is in a header, and trace propagation must not stop there."""
    original = getattr(params, "headers", None)
    copy = getattr(masked, "headers", None)
    if copy is None or copy is original or not isinstance(original, CIMultiDict):
        return
    for key in copy.keys() - original.keys():
        for value in copy.getall(key):
            original.add(key, value)


class _Masker:
    def __init__(self, secrets: Sequence[Secret]) -> None:
        self._secrets = tuple(secrets)
        forms: set[bytes] = set()
        for secret in self._secrets:
            value = secret.reveal()
            if value:
                forms.add(value.encode())
                forms.add(orjson.dumps(value)[1:-1])  # as a JSON body writes it
        self._byte_forms = sorted(forms, key=len, reverse=True)

    def text(self, text: str) -> str:
        return redact(text, self._secrets)

    def url(self, url: URL) -> URL:
        text = str(url)
        masked = self.text(text)
        return url if masked == text else URL(masked, encoded=True)

    def headers(self, headers: Any) -> Any:
        if not any(self.text(v) != v for v in headers.values()):
            return headers
        masked: CIMultiDict[str] = CIMultiDict()
        for key, value in headers.items():
            masked.add(key, self.text(value))
        return masked if isinstance(headers, CIMultiDict) else CIMultiDictProxy(masked)

    def chunk(self, chunk: bytes) -> bytes:
        for form in self._byte_forms:
            chunk = chunk.replace(form, MASK.encode())
        return chunk

    def request_info(self, info: aiohttp.RequestInfo) -> aiohttp.RequestInfo:
        return aiohttp.RequestInfo(
            self.url(info.url), info.method, self.headers(info.headers), self.url(info.real_url)
        )

    def exception(self, exc: BaseException) -> BaseException:
        if not self._leaks(exc):
            return exc
        masked = copy.copy(exc)
        if isinstance(masked, aiohttp.ClientResponseError):
            masked.request_info = self.request_info(masked.request_info)
            masked.history = ()
        masked.args = tuple(self.text(a) if isinstance(a, str) else a for a in masked.args)
        masked.__cause__ = masked.__context__ = None
        if self._leaks(masked):
            # Some other shape that quotes the URL: keep the message, not the object.
            return aiohttp.ClientError(f"{type(exc).__name__}: {self.text(str(exc))}")
        return masked

    def _leaks(self, exc: BaseException) -> bool:
        link: BaseException | None = exc
        seen: set[int] = set()
        while link is not None and id(link) not in seen:
            seen.add(id(link))
            for text in (str(link), repr(link), repr(link.args)):
                if self.text(text) != text:
                    return True
            link = link.__cause__ or link.__context__
        return False

    def params(self, params: Any) -> Any:
        if not attr.has(type(params)):
            return params
        names = {a.name for a in attr.fields(type(params))}
        changes: dict[str, Any] = {}
        if "url" in names:
            changes["url"] = self.url(params.url)
        if "headers" in names:
            changes["headers"] = self.headers(params.headers)
        if "chunk" in names:
            changes["chunk"] = self.chunk(params.chunk)
        if "response" in names:
            changes["response"] = _MaskedResponse(params.response, self)
        if "exception" in names:
            changes["exception"] = self.exception(params.exception)
        return attr.evolve(params, **changes) if changes else params


class _MaskedResponse:
    """A ``ClientResponse`` seen through the mask: its URLs and request info show ``***``;
    everything else (status, headers, reading the body) is the response's own."""

    def __init__(self, response: aiohttp.ClientResponse, masker: _Masker) -> None:
        self.__response = response
        self.__masker = masker

    @property
    def url(self) -> URL:
        return self.__masker.url(self.__response.url)

    @property
    def real_url(self) -> URL:
        return self.__masker.url(self.__response.real_url)

    @property
    def request_info(self) -> aiohttp.RequestInfo:
        return self.__masker.request_info(self.__response.request_info)

    @property
    def history(self) -> tuple[_MaskedResponse, ...]:
        return tuple(_MaskedResponse(r, self.__masker) for r in self.__response.history)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__response, name)

    def __repr__(self) -> str:
        return self.__masker.text(repr(self.__response))

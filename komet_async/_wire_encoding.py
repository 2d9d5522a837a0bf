"""Komet's wire encoding: how a request's wire values become the bytes sent.

Where the token goes (query, JSON body or header), comma-separated id lists and ``true``/
``false`` in query strings, a ``Decimal`` as its exact text, the account headers, the size
limits. One :class:`WireEncoder` per session; it knows nothing of HTTP beyond the URL.
The transport then sends the bytes as they are (:meth:`Transport.send`).

    request = encoder.encode(CATALOG["product.list"], {"id": 1})   # ?authenticationToken=…&id=1
    encoder.check_size(CATALOG["product.list"], request)           # or RequestTooLargeError
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Protocol

import attrs
import orjson
from yarl import URL

from . import _constants as C
from ._secret import Secret
from .errors import RequestTooLargeError, RequestValidationError


class EncodingSpec(Protocol):
    """Where one Komet method puts its parameters and token (the catalog's
    :class:`ApiMethod` is one)."""

    @property
    def name(self) -> str: ...
    @property
    def url_path(self) -> str: ...
    @property
    def params_in(self) -> str: ...
    @property
    def token_in(self) -> str: ...
    @property
    def account_headers(self) -> bool: ...
    @property
    def required_headers(self) -> tuple[str, ...]: ...
    @property
    def sales_channels(self) -> tuple[str, ...]: ...
    @property
    def body_array(self) -> bool: ...
    @property
    def token_param(self) -> str: ...
    @property
    def query_fields(self) -> tuple[str, ...]: ...


@attrs.define(repr=False)
class EncodedRequest:
    """A request encoded once: exactly these bytes are measured and sent. Never changed
    after it is made (it may be reused for the same question; not frozen only because a
    frozen attrs class costs a slower ``__init__`` on the hot path)."""

    url: URL
    body: bytes | None
    headers: Mapping[str, str]
    size: int

    def __repr__(self) -> str:
        # URL, body and headers may carry the token; error trackers print frames' locals.
        return f"EncodedRequest(path={self.url.path!r}, size={self.size})"


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        # Validated Decimals have at most 15 significant digits, so the float's shortest
        # repr (what orjson writes) is exactly the Decimal's text.
        return float(value)
    if isinstance(value, Secret):  # login's password, written at the last moment
        return value.reveal()
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def encode_json(body: Mapping[str, Any] | list[Any]) -> bytes:
    return orjson.dumps(body, default=_json_default)


def _query_value(value: object) -> str:
    if value.__class__ is str:
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        # Komet's id lists in query strings are comma-separated, no spaces.
        return ",".join(_query_value(v) for v in value)
    if isinstance(value, Secret):  # login's password, written at the last moment
        return value.reveal()
    return str(value)


def encode_query(params: Mapping[str, Any]) -> dict[str, str]:
    return {key: _query_value(value) for key, value in params.items() if value is not None}


def _encode_query_of(spec: EncodingSpec, values: Mapping[str, Any], field: str) -> dict[str, str]:
    try:
        return encode_query(values)
    except (TypeError, ValueError) as exc:  # an int over 4,300 digits, a __str__ that fails
        reason = str(exc)[:200]
    raise RequestValidationError(
        field, f"cannot be sent in a query string ({reason})", komet_method=spec.name
    )


def _bare_array(spec: EncodingSpec, payload: dict[str, Any]) -> list[Any]:
    """The body of a method whose JSON body is an array: the request's one list field.
    Nothing can sit beside an array's items (such a method's token goes in a header)."""
    if len(payload) > 1:
        raise RequestValidationError(
            "extra_body",
            "cannot be added to a body that is a JSON array (put a field the docs cut off "
            "in each item's extra)",
            komet_method=spec.name,
        )
    items: list[Any] = list(next(iter(payload.values()), []))
    return items


_HEADER_ARGUMENTS = {"X-ACCOUNT": "account_id", "X-SALES-CHANNEL": "sales_channel"}
"""The session argument that fills each account header."""


class WireEncoder:
    """Turns a method's wire values into an :class:`EncodedRequest`.

    ``token`` is ``None`` for a caller that sends none (``login``).
    """

    def __init__(
        self,
        *,
        base_url: str,
        token: Secret | None,
        account_headers: Mapping[str, str],
        max_request_bytes: int,
    ) -> None:
        self._base_url = URL(base_url if base_url.endswith("/") else base_url + "/")
        self._token = token
        self._account_headers = dict(account_headers)
        self.max_request_bytes = max_request_bytes
        self._urls: dict[str, URL] = {}

    def _url_for(self, path: str) -> URL:
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = self._base_url.join(URL(path))
        return url

    def _check_account_headers(self, spec: EncodingSpec) -> None:
        """The headers ``spec``'s page requires are there, and ``X-SALES-CHANNEL`` is one of
        the values it lists: else the call is refused here, before anything is sent."""
        account = self._account_headers
        for header in spec.required_headers:
            if header not in account:
                argument = _HEADER_ARGUMENTS[header]
                raise RequestValidationError(
                    argument,
                    f"is required: {spec.name} needs the {header} header "
                    f"(KometSession({argument}=...))",
                    komet_method=spec.name,
                )
        channel = account.get("X-SALES-CHANNEL")
        if channel is not None and channel not in spec.sales_channels:
            raise RequestValidationError(
                "sales_channel",
                f"must be one of {', '.join(spec.sales_channels)} for {spec.name} "
                "(the X-SALES-CHANNEL values its page lists)",
                komet_method=spec.name,
            )

    def encode(
        self,
        spec: EncodingSpec,
        params: Mapping[str, Any],
        *,
        extra_params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EncodedRequest:
        """Encode a request exactly as it would be sent, without checking its size.

        ``extra_params`` go to the query string and ``extra_body`` to the JSON body,
        whatever the method's own placement (to send a field the docs cut off).
        """
        if spec.account_headers:
            self._check_account_headers(spec)
        try:
            token = self._token.reveal() if self._token is not None else ""
            headers: dict[str, str] = {}
            if spec.account_headers:
                headers.update(self._account_headers)
            query: dict[str, str] = {}
            body: bytes | None = None
            payload: dict[str, Any] | None = None
            if spec.params_in == "query":
                query = _encode_query_of(spec, params, "params")
                if spec.token_in == "body" or extra_body:
                    payload = {}
            else:
                payload = dict(params)
                if spec.query_fields:
                    moved = {k: payload.pop(k) for k in spec.query_fields if k in payload}
                    query = _encode_query_of(spec, moved, "params")
            if payload is not None:
                if spec.token_in == "body":
                    payload = {spec.token_param: token, **payload}
                if extra_body:
                    payload.update(extra_body)
                document: Mapping[str, Any] | list[Any] = payload
                if spec.body_array:
                    document = _bare_array(spec, payload)
                try:
                    body = encode_json(document)
                except TypeError as exc:  # an int beyond 64 bits, a lone surrogate, a set...
                    body, reason = None, str(exc)
                if body is None:
                    # Raised outside the handler and this frame's token-bearing locals dropped:
                    # error trackers print both a traceback's locals and its __context__.
                    del token, payload, query, headers
                    raise RequestValidationError(
                        "body", f"cannot be sent as JSON ({reason})", komet_method=spec.name
                    )
                headers["Content-Type"] = "application/json"
            if extra_params:
                query.update(_encode_query_of(spec, extra_params, "extra_params"))
            if spec.token_in == "query":
                query = {spec.token_param: token, **query}
            elif spec.token_in == "header":
                headers[spec.token_param] = token
            url = self._url_for(spec.url_path)
            if query:
                url = url.with_query(query)
            size = len(url.raw_query_string) + (len(body) if body is not None else 0)
            return EncodedRequest(url=url, body=body, headers=headers, size=size)
        except BaseException:
            # Error trackers print this frame's locals: none may keep the revealed token.
            token, query, headers, payload, body = "", {}, {}, None, None
            url = self._base_url
            raise

    def check_size(self, spec: EncodingSpec, request: EncodedRequest) -> None:
        """Raise :class:`RequestTooLargeError` if ``request`` may not be sent: more than
        ``max_request_bytes``, or a URL longer than servers accept."""
        if request.size > self.max_request_bytes:
            raise RequestTooLargeError(
                "request", size=request.size, limit=self.max_request_bytes, komet_method=spec.name
            )
        if len(request.url.raw_path_qs) > C.MAX_URL_BYTES:
            raise RequestTooLargeError(
                "url",
                size=len(request.url.raw_path_qs),
                limit=C.MAX_URL_BYTES,
                komet_method=spec.name,
            )

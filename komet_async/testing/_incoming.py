"""Reading an incoming request: parameters from query and body, the token, the size."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

TOKEN_PARAM = "authenticationToken"


@dataclass
class Incoming:
    params: dict[str, Any]  # query then body (body wins); token removed
    token: str | None
    size: int  # query-string bytes + body bytes
    headers: dict[str, str]  # without the token header
    body_is_invalid_json: bool
    body_array: list[Any] | None = None  # a JSON-array body (its items; not in params)


async def read_incoming(request: web.Request, token_param: str = TOKEN_PARAM) -> Incoming:
    """The request's parameters, with the token (sent as ``token_param``) taken out."""
    body = await request.read()
    raw_query = request.rel_url.raw_query_string
    size = len(raw_query.encode()) + len(body)
    query: dict[str, Any] = {}
    for key, value in request.query.items():
        query.setdefault(key, value)  # first value wins for a repeated key
    parsed, array, invalid = _parse_body(body, request.content_type)
    params = {**query, **parsed}
    headers = {k: v for k, v in request.headers.items() if k.lower() != token_param.lower()}
    token = _pop_token(params, query, request.headers.get(token_param), token_param)
    return Incoming(params, token, size, headers, invalid, array)


def _parse_body(body: bytes, content_type: str) -> tuple[dict[str, Any], list[Any] | None, bool]:
    """The body's object, or its array (for the methods whose body is one), and whether it
    was not JSON of either shape."""
    if not body.strip():
        return {}, None, False
    if content_type == "application/x-www-form-urlencoded":
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        return form, None, False
    try:
        decoded = json.loads(body)
    except ValueError:
        return {}, None, True
    if isinstance(decoded, list):
        return {}, decoded, False
    if not isinstance(decoded, dict):
        return {}, None, True
    return decoded, None, False


def _pop_token(
    params: dict[str, Any], query: dict[str, Any], header: str | None, name: str
) -> str | None:
    """The token from the query, the body or the header (general.md: accept all three)."""
    in_params = params.pop(name, None)
    for candidate in (query.get(name), in_params, header):
        if isinstance(candidate, str) and candidate:
            return candidate
    return None

"""The two shapes most Komet methods have, so each catalog entry states only what differs.

Anything else (a POST with query parameters, a read sent as POST, a PATCH with the token in
a header) is declared with :class:`ApiMethod` directly, field by field.
"""

from __future__ import annotations

from typing import Any

from ._method import ApiMethod


def query_read(
    name: str, namespace: str, attr: str, request_type: Any, response_type: Any, **more: Any
) -> ApiMethod[Any, Any]:
    """A read: GET, parameters and token in the query string, safe to replay."""
    return ApiMethod(
        name=name,
        http_method="GET",
        params_in="query",
        token_in="query",
        retry_safe=True,
        namespace=namespace,
        attr=attr,
        request_type=request_type,
        response_type=response_type,
        **more,
    )


def json_write(
    name: str, namespace: str, attr: str, request_type: Any, response_type: Any, **more: Any
) -> ApiMethod[Any, Any]:
    """A write: POST, parameters and token in a JSON body, never replayed once sent."""
    return ApiMethod(
        name=name,
        http_method="POST",
        params_in="body",
        token_in="body",
        retry_safe=False,
        namespace=namespace,
        attr=attr,
        request_type=request_type,
        response_type=response_type,
        **more,
    )

"""The HTTP answers of injected faults (see ``Faults`` for when each is used)."""

from __future__ import annotations

from aiohttp import web

from ._faults import Faults
from .rules import FAULT_STATUS0

_PAGES = {
    500: "500 Internal Server Error",
    502: "502 Bad Gateway",
    503: "503 Service Temporarily Unavailable",
    200: "Service Temporarily Unavailable",
}


def html_page(status: int) -> web.Response:
    title = _PAGES[status]
    body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>\n"
    return web.Response(status=status, text=body, content_type="text/html")


def http_fault(kind: str, faults: Faults) -> web.Response:
    """Faults answered without processing: 5xx pages, an HTML 200, a status-0 body."""
    if kind == "status0":
        return web.json_response({"status": "0", "message": FAULT_STATUS0.message})
    if kind == "html":
        return html_page(200)
    if kind == "503-retry-after":
        response = html_page(503)
        response.headers["Retry-After"] = str(faults.retry_after_seconds)
        return response
    return html_page(int(kind))


def truncated(body: bytes) -> web.Response:
    """A JSON answer cut in half; Content-Length matches the cut body, so only decoding fails."""
    return web.Response(body=body[: len(body) // 2], content_type="application/json")

"""A loopback aiohttp server in its own process, so its CPU is not the client's."""

from __future__ import annotations

import multiprocessing as mp
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import orjson
from aiohttp import web

PRODUCTS = {
    "status": "1",
    "message": "OK",
    "products": [
        {
            "id": str(i),
            "description": f"Rose Red Freedom {40 + 10 * i} cm",
            "active": "1",
            "category": "Rose",
            "divisionId": "1",
            "divisionDescription": "Flowers",
            "variety": "Freedom",
            "color": "Red",
            "grade": f"{40 + 10 * i} cm",
            "legacyCode": f"RS{40 + 10 * i}",
            "tags": "standard",
        }
        for i in range(1, 6)
    ],
}


def _serve(port: int, ready: mp.synchronize.Event) -> None:  # pragma: no cover - subprocess
    body = orjson.dumps(PRODUCTS)

    async def product_list(request: web.Request) -> web.Response:
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_get("/api/product.list", product_list)
    ready.set()
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def loopback_server() -> Iterator[str]:
    """Start the server process; yield its base URL (``http://127.0.0.1:PORT/api/``)."""
    port = free_port()
    ctx = mp.get_context("spawn")
    ready = ctx.Event()
    proc = ctx.Process(target=_serve, args=(port, ready), daemon=True)
    proc.start()
    ready.wait(10)
    _wait_listening(port)
    try:
        yield f"http://127.0.0.1:{port}/api/"
    finally:
        proc.terminate()
        proc.join(5)


def _wait_listening(port: int) -> None:
    import time

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("benchmark server did not start")

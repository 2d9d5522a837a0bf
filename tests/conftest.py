"""Shared fixtures: a scripted loopback server (real sockets) for foundation tests.

The fake Komet server (komet_async.testing) is the main test double; this tiny server is for
answers the fake never gives on purpose (odd envelopes, broken bodies, exact wire checks).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import attrs
import pytest
from aiohttp import web

import komet_async as komet
from tests import _today  # noqa: F401  pins the day every FakeKomet of the suite sees

# A token that would stand out anywhere it leaked.
SECRET_TOKEN = "zz9plural9z9alpha9secret9tok"


@attrs.define
class Seen:
    method: str
    path: str
    query: dict[str, str]
    body: bytes
    headers: dict[str, str]


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ScriptedServer:
    """A real aiohttp server on 127.0.0.1 whose answers each test scripts."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.handler: Handler = self._default
        self.url = ""
        self._runner: web.AppRunner | None = None

    def reply_json(self, payload: Any, status: int = 200, **headers: str) -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            return web.json_response(payload, status=status, headers=headers)

        self.handler = handler

    def reply_text(self, text: str, status: int = 200, content_type: str = "text/plain") -> None:
        async def handler(request: web.Request) -> web.StreamResponse:
            return web.Response(text=text, status=status, content_type=content_type)

        self.handler = handler

    async def _default(self, request: web.Request) -> web.StreamResponse:
        return web.json_response({"status": "1", "message": "OK"})

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.seen.append(
            Seen(
                request.method,
                request.match_info["path"],
                dict(request.query),
                body,
                dict(request.headers),
            )
        )
        return await self.handler(request)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{path:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}/api/"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def server() -> AsyncIterator[ScriptedServer]:
    s = ScriptedServer()
    await s.start()
    yield s
    await s.stop()


@pytest.fixture
async def session(server: ScriptedServer) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(
        SECRET_TOKEN,
        base_url=server.url,
        daily_quota=None,
        retry_policy=komet.RetryPolicy(wait=False),
    ) as k:
        yield k


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Capture every logger at DEBUG (komet_async's, aiohttp's, asyncio's)."""
    caplog.set_level(logging.DEBUG)
    for name in ("komet_async", "aiohttp", "aiohttp.client", "aiohttp.server", "asyncio"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    return caplog

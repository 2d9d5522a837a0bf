"""An aiohttp service whose endpoints call Komet through one long-lived session.

The session is opened once when the application starts and closed when it stops (aiohttp's
``cleanup_ctx``): one connection pool, one daily budget and one pace for every request the
service handles -- never a session per request.

    KOMET_TOKEN=... python examples/aiohttp_service.py      # http://127.0.0.1:8081/products
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

from aiohttp import web

import komet_async as komet

SESSION = web.AppKey("komet_session", komet.KometSession)


def make_app(token: str, base_url: str = "https://api.kometsales.com/api/") -> web.Application:
    async def komet_session(app: web.Application) -> AsyncIterator[None]:
        async with komet.KometSession(token, base_url=base_url, daily_quota=1000) as session:
            app[SESSION] = session
            yield

    async def products(request: web.Request) -> web.Response:
        k = request.app[SESSION]
        try:
            found = await k.products.list(description=request.query.get("description"))
        except komet.QuotaExhaustedError as exc:
            raise web.HTTPServiceUnavailable(text=f"budget spent until {exc.resets_at}") from None
        except komet.RequestValidationError as exc:
            raise web.HTTPBadRequest(text=f"{exc.field}: {exc.rule}") from None
        return web.json_response(
            [{"id": p.id, "description": p.description} for p in found]
        )

    async def quota(request: web.Request) -> web.Response:
        status = request.app[SESSION].quota
        return web.json_response({"limit": status.limit, "used": status.used})

    app = web.Application()
    app.cleanup_ctx.append(komet_session)
    app.router.add_get("/products", products)
    app.router.add_get("/quota", quota)
    return app


if __name__ == "__main__":
    web.run_app(make_app(os.environ["KOMET_TOKEN"]), host="127.0.0.1", port=8081)

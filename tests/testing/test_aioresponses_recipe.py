"""The README's aioresponses recipe, kept honest: it runs where aioresponses works with the
installed aiohttp, and skips with the reason where it does not (0.7.9 on aiohttp 3.14)."""

from __future__ import annotations

import re

import aiohttp
import pytest

import komet_async as komet

aioresponses_module = pytest.importorskip("aioresponses")


async def _aioresponses_works() -> str | None:
    """None if aioresponses can mock a plain aiohttp call here, else why not."""
    with aioresponses_module.aioresponses() as mocked:
        mocked.get("http://probe.invalid/x", payload={"ok": 1})
        try:
            async with aiohttp.ClientSession() as http, http.get("http://probe.invalid/x") as r:
                await r.json()
        except TypeError as exc:  # e.g. ClientResponse.__init__() missing 'stream_writer'
            return f"aioresponses cannot mock aiohttp {aiohttp.__version__} here: {exc}"
    return None


async def test_mocking_komet_async_with_aioresponses() -> None:
    broken = await _aioresponses_works()
    if broken is not None:
        pytest.skip(broken)
    # --- the recipe, as in the README ---
    with aioresponses_module.aioresponses() as mocked:
        mocked.get(
            re.compile(r"https://api\.kometsales\.com/api/product\.list\?.*"),
            payload={
                "status": "1",
                "message": "OK",
                "products": [{"id": "7", "description": "Rose"}],
            },
        )
        async with komet.KometSession("test-token", daily_quota=None) as k:
            products = await k.products.list()
    assert [(p.id, p.description) for p in products] == [(7, "Rose")]

"""pytest fixtures for FakeKomet. Opt in from a ``conftest.py``::

    pytest_plugins = ["komet_async.testing.pytest_plugin"]

``komet_fake`` is an async, function-scoped fixture: each test gets a fresh server on a free
loopback port, started and closed on the test's own event loop (pytest-asyncio's default
function-scoped loop; with ``asyncio_mode = "auto"`` nothing else is needed, in strict mode
mark tests with ``@pytest.mark.asyncio``). Use ``komet_fake_options`` to pass arguments::

    @pytest.fixture
    def komet_fake_options():
        return {"seed": 3, "daily_quota": 100}
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from ._server import FakeKomet


@pytest.fixture
def komet_fake_options() -> dict[str, Any]:
    """Keyword arguments for ``FakeKomet`` in ``komet_fake``; override to change them."""
    return {}


@pytest_asyncio.fixture
async def komet_fake(komet_fake_options: dict[str, Any]) -> AsyncIterator[FakeKomet]:
    """A started ``FakeKomet``; closed after the test."""
    async with FakeKomet(**komet_fake_options) as fake:
        yield fake


@pytest_asyncio.fixture
async def komet_session(komet_fake: FakeKomet) -> AsyncIterator[Any]:
    """A ``komet_async.KometSession`` talking to ``komet_fake`` with no client-side limits."""
    # Imported lazily and by name: the fake itself never needs (or type-checks against) the SDK.
    komet_async = importlib.import_module("komet_async")
    async with komet_async.KometSession(
        komet_fake.token,
        base_url=komet_fake.url,
        daily_quota=None,
        requests_per_second=None,
    ) as session:
        yield session

"""The opt-in pytest plugin's komet_fake fixture (komet_session needs the SDK: not tested here)."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from komet_async.testing import FakeKomet
from komet_async.testing.pytest_plugin import komet_fake, komet_fake_options

__all__ = ["komet_fake", "komet_fake_options"]  # imported to register them as fixtures here


@pytest.fixture
def komet_fake_options() -> dict[str, Any]:  # noqa: F811 - the plugin's override point
    return {"seed": 9, "daily_quota": 5}


async def test_komet_fake_fixture_serves_with_options(komet_fake: FakeKomet) -> None:
    assert komet_fake.seed == 9 and komet_fake.daily_quota == 5
    async with aiohttp.ClientSession() as http:
        url = komet_fake.url + "boxtype.list"
        async with http.get(url, params={"authenticationToken": komet_fake.token}) as response:
            assert (await response.json())["status"] == "1"
    assert komet_fake.quota_used == 1

"""The plugin's fixtures: ``komet_fake`` (a running FakeKomet) and ``komet_session``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

pytest_plugins = ["komet_async.testing.pytest_plugin"]

DAY = dt.date(2027, 3, 14)


@pytest.fixture
def komet_fake_options() -> dict[str, Any]:
    """Arguments for the FakeKomet of ``komet_fake``: a seed and a pinned day."""
    return {"seed": 3, "today": DAY}

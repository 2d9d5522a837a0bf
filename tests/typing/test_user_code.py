"""User code type-checks against the installed package: ``mypy --strict`` on a file outside
the repository, as a user's project would run it (an editable install included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._mypy import mypy_strict

# mypy targets 3.10 whichever interpreter runs it: the same outcome on every CPython.
pytestmark = pytest.mark.interpreter_independent

USER_CODE = """
import datetime as dt
from decimal import Decimal

import komet_async as komet
from komet_async.testing import FakeKomet


async def main() -> None:
    async with FakeKomet(seed=1, today=dt.date(2027, 3, 14)) as fake:
        async with komet.KometSession(fake.token, base_url=fake.url) as k:
            products = await k.products.list(description="rose")
            first: str | None = products[0].description
            for box_type in await k.boxes.list_types():
                fbe: Decimal | None = box_type.fbe
                print(first, fbe)
"""


def test_user_code_passes_mypy_strict_from_another_folder(tmp_path: Path) -> None:
    result = mypy_strict(tmp_path, {"app.py": USER_CODE})
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_typing_mistake_in_user_code_is_caught(tmp_path: Path) -> None:
    """The check above can fail: the same run flags a wrong type."""
    result = mypy_strict(tmp_path, {"app.py": USER_CODE.replace("first: str | None", "first: int")})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Incompatible types in assignment" in result.stdout

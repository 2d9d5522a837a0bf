"""The plugin as a user opts in: a conftest with ``pytest_plugins``, a test using
``komet_session`` and ``komet_fake`` -- run by a separate pytest, as in the user's project."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_CONFTEST = 'pytest_plugins = ["komet_async.testing.pytest_plugin"]\n'

USER_TEST = '''
import pytest

import komet_async as komet


@pytest.fixture
def komet_fake_options():
    return {"seed": 4}


async def test_products_through_the_session(komet_session, komet_fake):
    products = await komet_session.products.list()
    assert products and all(isinstance(p, komet.Product) for p in products)
    assert [r.method for r in komet_fake.requests] == ["product.list"]


async def test_each_test_gets_a_fresh_fake(komet_fake):
    assert komet_fake.requests == []
'''


def test_a_users_project_can_use_the_plugin(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(USER_CONFTEST)
    (tmp_path / "test_users_code.py").write_text(USER_TEST)
    (tmp_path / "pytest.ini").write_text("[pytest]\nasyncio_mode = auto\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout

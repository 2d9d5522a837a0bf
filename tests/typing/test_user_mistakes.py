"""The type check can fail: ``mypy --strict`` on user code flags a misspelled keyword of a
method and a misspelled name imported from the package, while the same code spelled right
passes (``.response.message`` unguarded, ``type[komet.RedisQuotaStore]`` a valid type)."""

from __future__ import annotations

import subprocess

import pytest

from ._mypy import mypy_strict

# mypy targets 3.10 whichever interpreter runs it: the same outcome on every CPython.
pytestmark = pytest.mark.interpreter_independent

USER_CODE = """
import datetime as dt

import komet_async as komet


async def job(k: komet.KometSession) -> str | None:
    products = await k.products.list(description="rose")
    store: type[komet.RedisQuotaStore] = komet.RedisQuotaStore
    print(store, komet.BoxCodeChange(current_box_code="A0000001", new_box_code="B0000001"))
    day = dt.date(2026, 3, 1)
    async for invoice in k.invoices.iter_details(day, day, customer_id=77, timeout=5):
        print(invoice.id)
    return products.response.message
"""

FILES = {
    "app_right.py": USER_CODE,
    "app_keyword.py": USER_CODE.replace('list(description="rose")', 'list(descripton="rose")'),
    "app_filter.py": USER_CODE.replace("customer_id=77", "customerId=77"),
    "app_filter_type.py": USER_CODE.replace("customer_id=77", 'customer_id="77"'),
    "app_name.py": USER_CODE.replace("komet.BoxCodeChange(", "komet.BoxCodeChang("),
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """One mypy run over the files (named so none shadows a stdlib module)."""
    return mypy_strict(tmp_path_factory.mktemp("user"), FILES)


def errors_in(result: subprocess.CompletedProcess[str], name: str) -> list[str]:
    return [line for line in result.stdout.splitlines() if line.startswith(f"{name}:")]


def test_the_user_code_spelled_right_passes(checked: subprocess.CompletedProcess[str]) -> None:
    assert checked.stderr == ""
    assert errors_in(checked, "app_right.py") == [], checked.stdout


def test_a_misspelled_method_keyword_is_flagged(checked: subprocess.CompletedProcess[str]) -> None:
    assert checked.returncode == 1, checked.stdout + checked.stderr
    errors = errors_in(checked, "app_keyword.py")
    assert any('Unexpected keyword argument "descripton"' in e for e in errors), checked.stdout


def test_a_misspelled_name_from_the_package_is_flagged(
    checked: subprocess.CompletedProcess[str],
) -> None:
    assert checked.returncode == 1, checked.stdout + checked.stderr
    errors = errors_in(checked, "app_name.py")
    assert any('Module has no attribute "BoxCodeChang"' in e for e in errors), checked.stdout


def test_a_misspelled_or_mistyped_filter_of_a_ranged_helper_is_flagged(
    checked: subprocess.CompletedProcess[str],
) -> None:
    # The ranged helpers' **filters are typed dicts generated from the request models.
    assert any('"customerId"' in e for e in errors_in(checked, "app_filter.py")), checked.stdout
    mistyped = errors_in(checked, "app_filter_type.py")
    assert any('"customer_id"' in e and "str" in e for e in mistyped), checked.stdout

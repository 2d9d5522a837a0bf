"""Every fenced Python block of README.md and docs/ runs (a small Markdown-fence runner).

* A block that imports the SDK itself (``import komet_async`` / ``from komet_async``) is a
  complete program: it runs alone, as ``__main__``; the ``test_*`` functions it defines
  are then called (awaited if async); if they take fixtures, the block runs as a test file
  under pytest (strict asyncio mode, the komet_fake plugin on), as a user's would.
* Any other block is a fragment continuing the prose: it runs, top-level ``await`` allowed,
  against a running ``FakeKomet`` with the names the prose around it uses: ``komet``,
  ``asyncio``, ``dt``, ``fake``, ``token`` (the fake's), ``k`` (a session on it) and
  ``lines`` (five valid ``InventoryLine``s, the fourth of 250 boxes). ``komet.KometSession``
  there defaults ``base_url`` to the fake, so a fragment never reaches the real API
  (except in a block that mocks aiohttp itself with aioresponses).
* A block that is only a ``--8<--`` include of ``examples/`` is run by test_examples.py.
"""

from __future__ import annotations

import ast
import asyncio
import datetime as dt
import inspect
import os
import re
import subprocess
import sys
import tempfile
import types
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import komet_async
from komet_async.testing import FakeKomet
from tests._today import TODAY

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
IMPORTS_THE_SDK = re.compile(r"^(import komet_async|from komet_async)\b", re.M)


def fences() -> list[tuple[str, str]]:
    """(``file:line``, code) of every Python fence of README.md and docs/**/*.md."""
    found = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        for block in FENCE.finditer(text):
            code = block.group(1)
            if all(line.startswith("--8<--") or not line.strip() for line in code.splitlines()):
                continue
            line = text.count("\n", 0, block.start()) + 2
            found.append((f"{path.relative_to(ROOT)}:{line}", code))
    return found


def _lines() -> list[komet_async.InventoryLine]:
    day = TODAY + dt.timedelta(days=1)
    return [
        komet_async.InventoryLine(
            vendor_code="V01", awb="729-12345675", ship_date=day, product_code="CH1001",
            quantity=quantity, box_type_code="HB", unit_type="bunch", stems_bunch=25,
            bunches=10, unit_cost=Decimal("2.150"),
        )
        for quantity in (10, 20, 30, 250, 5)
    ]


async def _run_fragment(code: str, where: str) -> None:
    async with FakeKomet(seed=1, today=TODAY) as fake:

        class DocSession(komet_async.KometSession):
            def __init__(self, token: str, *, base_url: str = fake.url, **kw: Any) -> None:
                super().__init__(token, base_url=base_url, **kw)

        class DocGnc(komet_async.GlobalNetworkCodes):
            def __init__(self, token: str, *, base_url: str = fake.gnc_url, **kw: Any) -> None:
                super().__init__(token, base_url=base_url, **kw)

        komet = types.ModuleType("komet_async")
        komet.__dict__.update(komet_async.__dict__)
        if "aioresponses" not in code:  # a block mocking aiohttp itself keeps the real URL
            komet.KometSession = DocSession  # type: ignore[attr-defined]
            komet.GlobalNetworkCodes = DocGnc  # type: ignore[attr-defined]
        async with DocSession(fake.token, daily_quota=None) as k:
            names: dict[str, Any] = {
                "komet": komet, "asyncio": asyncio, "dt": dt, "fake": fake,
                "token": fake.token, "k": k, "lines": _lines(), "gnc_token": fake.gnc_token,
            }
            compiled = compile(code, where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            result = eval(compiled, names)
            if inspect.iscoroutine(result):
                await result


def _run_program(code: str, where: str) -> None:
    names: dict[str, Any] = {"__name__": "__main__"}
    exec(compile(code, where, "exec"), names)
    tests = [v for n, v in names.items() if n.startswith("test_") and callable(v)]
    if any(inspect.signature(test).parameters for test in tests):
        _run_with_pytest(code, where)  # its tests take fixtures: the plugin's
        return
    for test in tests:
        outcome = test()
        if inspect.iscoroutine(outcome):
            asyncio.run(outcome)


def _run_with_pytest(code: str, where: str) -> None:
    """Run the block as a user's test file: pytest-asyncio in strict mode, the plugin on."""
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "pytest.ini").write_text("[pytest]\nasyncio_mode = strict\n")
        Path(folder, "test_block.py").write_text(code)
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             "-p", "komet_async.testing.pytest_plugin", "test_block.py"],
            cwd=folder, capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert done.returncode == 0, f"{where}:\n{done.stdout}{done.stderr}"


def run_fence(code: str, where: str) -> None:
    try:
        if IMPORTS_THE_SDK.search(code):
            _run_program(code, where)
        else:
            asyncio.run(_run_fragment(code, where))
    except TypeError as exc:
        if "stream_writer" in str(exc):  # aioresponses 0.7.9 with aiohttp >= 3.14
            pytest.skip("aioresponses does not work with this aiohttp (README says so)")
        raise


def test_the_runner_finds_the_readme_and_docs_blocks() -> None:
    where = [w for w, _ in fences()]
    assert any(w.startswith("README.md:") for w in where)
    assert any(w.startswith("docs/") for w in where)


@pytest.mark.parametrize(("where", "code"), fences(), ids=[w for w, _ in fences()])
def test_a_fenced_block_runs(where: str, code: str) -> None:
    run_fence(code, where)

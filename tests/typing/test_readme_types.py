"""The README's complete programs and tests pass ``mypy --strict`` as user code.

Which blocks: every ```python block of README.md with a line starting ``import komet_async``
or ``from komet_async`` -- a program or test that imports the SDK itself, and so can be
checked alone (the quick start, the Redis worker, the blocks under "Testing your code").
The other blocks are fragments that continue the prose (they use a ``k``, ``token`` or
``lines`` from around them, or ``await`` at top level) and are left out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ._mypy import mypy_strict

# mypy targets 3.10 whichever interpreter runs it: the same outcome on every CPython.
pytestmark = pytest.mark.interpreter_independent

README = Path(__file__).resolve().parents[2] / "README.md"
IMPORTS_THE_SDK = re.compile(r"^(import komet_async|from komet_async)\b", re.M)


def readme_programs() -> dict[str, str]:
    """``readme_<line>.py`` -> source, for each complete block (named by its README line)."""
    text = README.read_text(encoding="utf-8")
    programs = {}
    for block in re.finditer(r"^```python\n(.*?)^```", text, re.S | re.M):
        if IMPORTS_THE_SDK.search(block.group(1)):
            line = text.count("\n", 0, block.start()) + 2  # the block's first line of code
            programs[f"readme_{line}.py"] = block.group(1)
    return programs


def test_the_rule_picks_the_quick_start_and_the_testing_blocks() -> None:
    text = README.read_text(encoding="utf-8")
    programs = readme_programs().values()
    quick_start = text.split("## Quick start", 1)[1].split("```python\n", 1)[1].split("```")[0]
    testing = text.split("## Testing your code", 1)[1].split("\n## ", 1)[0]
    assert quick_start in programs
    assert sum(code in testing for code in programs) >= 2


def test_the_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """The recipes of examples/ (the guides include them) type-check as user code."""
    examples = README.parent / "examples"
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.py"))}
    assert len(files) >= 3
    result = mypy_strict(tmp_path, files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_readme_programs_pass_mypy_strict(tmp_path: Path) -> None:
    result = mypy_strict(tmp_path, readme_programs())
    assert result.returncode == 0, result.stdout + result.stderr

"""The README tells the truth: its method table is current, its quick start runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from komet_async._catalog._table import BEGIN, END, method_table

README = Path(__file__).resolve().parent.parent / "README.md"


def test_method_table_is_generated_from_the_catalog() -> None:
    text = README.read_text()
    start, end = text.index(BEGIN), text.index(END) + len(END)
    assert text[start:end] == method_table(), (
        "README method table is stale: run python -m komet_async._catalog._table"
    )


def test_quick_start_runs() -> None:
    text = README.read_text()
    section = text.split("## Quick start", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    done = subprocess.run(
        [sys.executable, "-c", code.group(1)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "QuotaStatus(limit=1000, used=1" in done.stdout

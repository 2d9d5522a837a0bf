"""Run ``mypy --strict`` as a user's project would: on files in a folder outside the
repository, with that folder as the working directory (so only the installed package,
editable or not, is seen)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def mypy_strict(folder: Path, files: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Write ``files`` (name -> source) into ``folder`` and run ``mypy --strict`` on them."""
    for name, code in files.items():
        (folder / name).write_text(code, encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(folder / ".mypy")]
    return subprocess.run(
        [*command, *files], cwd=folder, capture_output=True, text=True, timeout=300
    )

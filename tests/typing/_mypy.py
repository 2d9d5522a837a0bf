"""Run ``mypy --strict`` as a user's project would: on files in a folder outside the
repository, with that folder as the working directory (so only the installed package,
editable or not, is seen)."""

from __future__ import annotations

import atexit
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# One mypy cache per test process: the first run checks komet_async (~15 s), later runs of
# other user folders reuse it (a few seconds each). The cache is keyed by path and content,
# so a changed package is checked again.
_CACHE = Path(tempfile.mkdtemp(prefix="komet-mypy-cache-"))
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


def mypy_strict(folder: Path, files: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Write ``files`` (name -> source) into ``folder`` and run ``mypy --strict`` on them."""
    for name, code in files.items():
        (folder / name).write_text(code, encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(_CACHE)]
    return subprocess.run(
        [*command, *files], cwd=folder, capture_output=True, text=True, timeout=300
    )

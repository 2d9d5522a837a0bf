"""``redis`` is an optional extra: ``import komet_async`` works (and stays cheap) without it,
``komet_async.RedisQuotaStore`` is a plain name, and using it without the extra says which
extra to install."""

from __future__ import annotations

import subprocess
import sys

EXTRA = "pip install 'komet-async[redis]'"

WITHOUT_REDIS = """
import sys
sys.modules["redis"] = None  # as if it were not installed: every `import redis...` fails

import komet_async as komet

print("exported:", komet.RedisQuotaStore.__name__, "RedisQuotaStore" in komet.__all__)
for make in (
    lambda: komet.RedisQuotaStore("redis://localhost:6379/0"),
    lambda: komet.KometSession("t", quota_store="redis://localhost:6379/0"),
):
    try:
        make()
    except ImportError as exc:
        print("ImportError:", exc)
"""


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_without_redis_works_and_naming_the_extra_when_used() -> None:
    lines = run(WITHOUT_REDIS).splitlines()
    assert lines[0] == "exported: RedisQuotaStore True"
    assert len(lines) == 3, lines
    assert all(line.startswith("ImportError:") and EXTRA in line for line in lines[1:]), lines


def test_import_komet_async_does_not_import_redis() -> None:
    out = run("import sys, komet_async; print('redis' in sys.modules)")
    assert out.strip() == "False"

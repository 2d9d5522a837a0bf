"""A redis-server of one test's own, which the test can SIGKILL and restart on the same port:
the way a store loses its data (``--save "" --appendonly no``: it restarts empty), or goes
down under a running job."""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import _answers, _free_port


class RestartableRedis:
    """``start()``, ``kill()`` (SIGKILL: no shutdown save), ``start()`` again on the same port.

    It persists only when a test sends ``SAVE`` (an RDB file in ``folder``): a restart then
    loads that older snapshot, and the store comes back with a stale count; without one it
    comes back empty."""

    def __init__(self, folder: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed (apt-get install -y redis-server)")
        self.binary = binary
        self.folder = folder
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self._proc = subprocess.Popen(
            [
                self.binary,
                *("--port", str(self.port), "--bind", "127.0.0.1"),
                *("--save", "", "--appendonly", "no"),
                *("--dir", str(self.folder), "--dbfilename", "dump.rdb"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not _answers(self.port):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"redis-server did not start on port {self.port}")
            time.sleep(0.02)

    def kill(self) -> None:
        """SIGKILL: whatever was not persisted is lost, as in a crash or an OOM kill."""
        if self._proc is not None:
            self._proc.send_signal(signal.SIGKILL)
            self._proc.wait()
            self._proc = None

    def restart(self) -> None:
        self.kill()
        self.start()


def restartable_redis(folder: Path) -> Iterator[RestartableRedis]:
    redis = RestartableRedis(folder)
    redis.start()
    try:
        yield redis
    finally:
        redis.kill()

"""``python -m komet_async.testing`` serves until Ctrl-C, printing URL and token once."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_standalone_server_prints_url_and_token_then_stops_on_ctrl_c() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "komet_async.testing", "--port", "0", "--seed", "4"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a child of a non-interactive shell may inherit "ignore SIGINT"; restore Ctrl-C
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split(" on ")[1].strip()
        token = process.stdout.readline().split(": ")[1].strip()
        query = f"{url}boxtype.list?authenticationToken={token}"
        with urllib.request.urlopen(query, timeout=5) as response:
            assert json.loads(response.read())["status"] == "1"
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert token not in out + err  # printed once, before this point, and never logged again

"""``komet demo``: the main jobs against an embedded fake, a summary, exit code 0."""

from __future__ import annotations

import re

from click.testing import CliRunner

from komet_async.cli import cli


def test_demo_runs_the_main_jobs_and_prints_a_summary() -> None:
    result = CliRunner().invoke(
        cli, ["demo", "--lines", "300", "--days", "12", "--no-progress"], env={}
    )
    assert result.exit_code == 0, result.output
    summary = result.stdout
    for job in ("reference data", "inventory push (300 lines)", "invoice pull (12 days)"):
        assert job in summary
    assert "prebook -> purchase order" in summary
    assert "300 lines" in summary
    used = re.search(r"requests used: ([\d,]+) of a 10,000 daily quota", summary)
    assert used is not None, summary
    # 5 lists + 300 adds + 3 windows + 4 prebook/PO calls, each counted once
    assert int(used.group(1).replace(",", "")) == 5 + 300 + 3 + 4
    assert "failures: 0" in summary

"""The recipes of examples/ run, against the fake (and a real redis-server for the shared
quota); the guides include these very files (mkdocs snippets), so what they show runs."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from aiohttp.test_utils import TestClient, TestServer

import komet_async as komet
from komet_async.testing import FakeKomet
from tests._today import TODAY
from tests.limits.conftest import redis_url  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def example(name: str) -> ModuleType:
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))  # spawned workers inherit it
    return importlib.import_module(name)


def test_every_example_is_included_by_a_guide() -> None:
    guides = "\n".join(p.read_text() for p in (ROOT / "docs").rglob("*.md"))
    for path in EXAMPLES.rglob("*.py"):
        assert f'"{path.relative_to(ROOT)}"' in guides, f"{path} is in no guide"


async def test_the_sqlite_pull_writes_each_pending_invoice_once(tmp_path: Path) -> None:
    sync = example("invoice_sync_sqlite")
    db = sync.open_db(str(tmp_path / "invoices.db"))
    async with FakeKomet(seed=1, today=TODAY) as fake, komet.KometSession(
        fake.token, base_url=fake.url, daily_quota=None
    ) as k:
        first = await sync.sync_once(k, db, TODAY - dt.timedelta(days=10), TODAY)
        second = await sync.sync_once(k, db, TODAY - dt.timedelta(days=10), TODAY)
    rows = db.execute("SELECT id, subtotal FROM invoices").fetchall()
    assert first.synced and not first.failed and not first.mark_failed
    assert sorted(first.synced) == sorted(r[0] for r in rows)
    assert second.synced == []  # marked synced on the fake: not handed over again
    assert all(Decimal(r[1]) >= 0 for r in rows if r[1] is not None)
    db.close()




async def test_the_service_shares_one_session_across_requests() -> None:
    service = example("aiohttp_service")
    async with FakeKomet(seed=1, today=TODAY) as fake:
        client = TestClient(TestServer(service.make_app(fake.token, fake.url)))
        async with client:
            first = await (await client.get("/products", params={"description": "rose"})).json()
            await client.get("/products")
            quota = await (await client.get("/quota")).json()
            bad = await client.get("/products", params={"description": "x" * 201})
            bad_text = await bad.text()
        assert first and all("rose" in p["description"].lower() for p in first)
        assert quota == {"limit": 1000, "used": 2}  # one budget for the whole service
        assert bad.status == 400 and "description" in bad_text


async def test_spans_show_the_token_masked() -> None:
    tracing = example("otel_tracing")
    async with FakeKomet(seed=1, today=TODAY) as fake:
        spans = await tracing.traced_calls(fake.token, fake.url)
    assert len(spans) == 2
    for span in spans:
        text = repr(dict(span.attributes or {})) + repr(span.events)
        assert fake.token not in text
        assert "authenticationToken=***" in text


async def test_worker_processes_share_one_budget(
    redis_url: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workers = example("redis_workers")
    async with FakeKomet(seed=1, today=TODAY) as fake:
        monkeypatch.setenv("KOMET_TOKEN", fake.token)
        monkeypatch.setenv("KOMET_BASE_URL", fake.url)
        args = ["--workers", "3", "--redis", redis_url, "--quota-key", f"docs-{os.getpid()}",
                "--daily-quota", "5", "--days", "12", "--start", TODAY.isoformat()]
        total = await asyncio.to_thread(workers.main, args)
    received = [r for r in fake.requests if r.method == "invoice.details.list"]
    assert total == 5 and len(received) == 5  # three processes, one budget of 5


def test_the_pytest_suite_passes_in_strict_mode() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         str(EXAMPLES / "pytest_suite")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
    assert "asyncio_mode = strict" in (EXAMPLES / "pytest_suite" / "pytest.ini").read_text()

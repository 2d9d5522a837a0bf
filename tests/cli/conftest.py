"""Fixtures for the ``komet`` command tests: a FakeKomet served from a background thread
(the commands run their own event loop through click's CliRunner), and a runner that
passes its URL and token the way a user would."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from komet_async.cli import cli
from komet_async.testing import FakeKomet, ReceivedRequest


class ThreadedFake:
    """A FakeKomet on its own loop in a daemon thread; read ``requests`` between commands."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.fake = FakeKomet(seed=3)

    def start(self) -> None:
        self._thread.start()
        self._call(self.fake.start())

    def stop(self) -> None:
        self._call(self.fake.close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    def _call(self, coro: object) -> None:
        future: Future[None] = asyncio.run_coroutine_threadsafe(coro, self._loop)  # type: ignore[arg-type]
        future.result(10)

    def reset(self) -> None:
        async def reset() -> None:
            self.fake.reset()

        self._call(reset())

    @property
    def url(self) -> str:
        return self.fake.url

    @property
    def token(self) -> str:
        return self.fake.token

    def sent(self, method: str) -> list[ReceivedRequest]:
        return [r for r in list(self.fake.requests) if r.method == method]


@pytest.fixture(scope="session")
def threaded_fake() -> Iterator[ThreadedFake]:
    server = ThreadedFake()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fake(threaded_fake: ThreadedFake) -> ThreadedFake:
    threaded_fake.reset()
    return threaded_fake


class Komet:
    """Runs ``komet ARGS`` in-process, pointed at the fake through the environment."""

    def __init__(self, fake: ThreadedFake) -> None:
        self.fake = fake
        self.runner = CliRunner()

    def __call__(
        self, *args: str, token: str | None = None, env: dict[str, str] | None = None
    ) -> Result:
        environment = {
            "KOMET_BASE_URL": self.fake.url,
            "KOMET_TOKEN": self.fake.token if token is None else token,
            **(env or {}),
        }
        return self.runner.invoke(cli, list(args), env=environment, catch_exceptions=False)


@pytest.fixture
def komet(fake: ThreadedFake) -> Komet:
    return Komet(fake)


def write(path: Path, lines: Sequence[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def assert_no_token(result: Result, *tokens: str) -> None:
    for token in tokens:
        assert token not in result.output
        assert token not in (result.stderr or "")

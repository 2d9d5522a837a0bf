"""What every benchmark shares: optional dependencies, alternating rounds, the machine."""

from __future__ import annotations

import asyncio
import contextlib
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TOKEN = "benchmarktoken00000000000"
BENCH_PACKAGES = ("httpx", "msgspec", "pydantic")
"""What the ``bench`` extra installs besides the SDK itself."""


def require_bench_packages() -> None:
    """Exit with a clear message if a package the comparison needs is missing."""
    missing = []
    for name in BENCH_PACKAGES:
        try:
            __import__(name)
        except ImportError:
            missing.append(name)
    if missing:
        sys.exit(
            "benchmarks compare komet_async with " + ", ".join(BENCH_PACKAGES) + "; missing: "
            f"{', '.join(missing)}.\nInstall them with:  {sys.executable} -m pip install "
            + " ".join(missing)
        )


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


class Figures:
    """Per-round (CPU seconds per op, wall seconds per op), summarised by medians."""

    def __init__(self) -> None:
        self.cpu: list[float] = []
        self.wall: list[float] = []

    def add(self, cpu: float, wall: float, ops: int) -> None:
        self.cpu.append(cpu / ops)
        self.wall.append(wall / ops)

    @property
    def cpu_per_op(self) -> float:
        return statistics.median(self.cpu)

    @property
    def wall_per_op(self) -> float:
        return statistics.median(self.wall)


async def timed(run: Callable[[], Awaitable[Any]]) -> tuple[float, float]:
    """(client CPU seconds, wall seconds) of one awaited run."""
    cpu0, wall0 = time.process_time(), time.perf_counter()
    await run()
    return time.process_time() - cpu0, time.perf_counter() - wall0


async def alternate(
    contenders: dict[str, Callable[[], Awaitable[Any]]], rounds: int, ops: int, warmup: int = 1
) -> dict[str, Figures]:
    """Run every contender once per round, in turn (A, B, C, A, B, C, ...): a neighbour's
    load or a CPU frequency change then hits all of them alike."""
    for run in contenders.values():
        for _ in range(warmup):
            await run()
    figures = {name: Figures() for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            cpu, wall = await timed(run)
            figures[name].add(cpu, wall, ops)
    return figures


class StallMeter:
    """The longest time the event loop could not run a 1 ms ticker (a stall), and every
    tick's lag (how late it woke past its 1 ms), for percentiles."""

    def __init__(self, period: float = 0.001) -> None:
        self.period = period
        self.longest = 0.0
        self.lags: list[float] = []
        self._last = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        loop = asyncio.get_running_loop()
        self._last = loop.time()
        while True:
            await asyncio.sleep(self.period)
            now = loop.time()
            lag = max(0.0, now - self._last - self.period)
            self.lags.append(lag)
            self.longest = max(self.longest, lag)
            self._last = now

    async def __aenter__(self) -> StallMeter:
        self.longest = 0.0
        self.lags = []
        self._task = asyncio.create_task(self._tick())
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        # A stall that ends with the measured work has not been seen by the ticker yet.
        now = asyncio.get_running_loop().time()
        lag = max(0.0, now - self._last - self.period)
        self.lags.append(lag)
        self.longest = max(self.longest, lag)
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile of ``values`` (``fraction`` 0.99 = p99)."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]

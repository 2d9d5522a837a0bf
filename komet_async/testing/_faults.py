"""Injected transport faults, decided reproducibly under any concurrency.

Whether a request is faulted depends only on ``hash(seed, method, canonical parameters,
attempt)``, where *attempt* counts how many times the same method with the same parameters
(token excluded) has been received before. Arrival order between *different* requests does
not matter, so a batch sent in any order, with any concurrency, meets the same faults.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

FaultKind = Literal[
    "500", "502", "503", "503-retry-after", "reset", "timeout", "html", "truncated", "status0"
]
ALL_FAULT_KINDS: tuple[FaultKind, ...] = (
    "500",
    "502",
    "503",
    "503-retry-after",
    "reset",
    "timeout",
    "html",
    "truncated",
    "status0",
)
# Faults that may strike after the request was processed (state already changed).
MAYBE_PROCESSED: frozenset[str] = frozenset({"reset", "timeout"})


@dataclass(frozen=True)
class Faults:
    """Which faults FakeKomet injects, and how often.

    * ``rate``: probability that an attempt is faulted (0 = never, 1 = always, up to the
      ``max_consecutive`` cap).
    * ``kinds``: the faults to choose from, uniformly by hash:

      - ``"500"``, ``"502"``, ``"503"``: that HTTP status with a text/html error page;
        ``"503-retry-after"`` adds ``Retry-After: <retry_after_seconds>``.
      - ``"html"``: HTTP 200 with a text/html error page (a proxy's answer, not JSON).
      - ``"status0"``: HTTP 200, ``status`` 0 with ``rules.FAULT_STATUS0``'s message.
      - ``"truncated"``: the real JSON answer cut in half. The request *was processed*.
      - ``"reset"``: the connection is closed without an answer.
      - ``"timeout"``: nothing is sent for ``slow_seconds`` (set it above the client's
        timeout), then the connection is closed, or the real answer sent if processed.

      For ``reset`` and ``timeout`` a second hash decides (with ``processed_rate``) whether
      the fake processed the request first: enforcement and the handler ran, state changed,
      and only the answer was lost. ``FakeKomet.requests`` records ``processed=True`` for
      those, so a test can prove a client never replays a write that may have landed. All
      other faults strike before processing (``processed=False``), except ``truncated``.
    * ``methods``: only these Komet methods are faulted (None = all).
    * ``max_consecutive``: at most this many faulted attempts in a row for the same request;
      the next attempt is then answered normally.
    """

    rate: float = 0.0
    kinds: tuple[FaultKind, ...] = ALL_FAULT_KINDS
    methods: frozenset[str] | None = None
    max_consecutive: int = 2
    slow_seconds: float = 30.0
    retry_after_seconds: int = 1
    processed_rate: float = 0.5

    def __init__(
        self,
        rate: float = 0.0,
        kinds: Iterable[FaultKind] = ALL_FAULT_KINDS,
        methods: Iterable[str] | None = None,
        max_consecutive: int = 2,
        slow_seconds: float = 30.0,
        retry_after_seconds: int = 1,
        processed_rate: float = 0.5,
    ) -> None:
        kinds = tuple(kinds)
        unknown = set(kinds) - set(ALL_FAULT_KINDS)
        if unknown or not kinds:
            raise ValueError(f"fault kinds must be a non-empty subset of {ALL_FAULT_KINDS}")
        if not 0.0 <= rate <= 1.0 or not 0.0 <= processed_rate <= 1.0:
            raise ValueError("rate and processed_rate must be within [0, 1]")
        if max_consecutive < 0:
            raise ValueError("max_consecutive must be >= 0")
        # frozen dataclass: assign through object.__setattr__
        object.__setattr__(self, "rate", rate)
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "methods", None if methods is None else frozenset(methods))
        object.__setattr__(self, "max_consecutive", max_consecutive)
        object.__setattr__(self, "slow_seconds", slow_seconds)
        object.__setattr__(self, "retry_after_seconds", retry_after_seconds)
        object.__setattr__(self, "processed_rate", processed_rate)


@dataclass(frozen=True)
class FaultDecision:
    kind: FaultKind | None
    processed: bool
    attempt: int


def canonical_params(params: dict[str, Any]) -> str:
    """A stable text for a request's parameters (the token must already be removed)."""
    return json.dumps(params, sort_keys=True, separators=(",", ":"), default=str)


def request_digest(seed: int, method: str, canonical: str, attempt: int, purpose: str) -> bytes:
    text = f"{seed}\n{purpose}\n{method}\n{canonical}\n{attempt}"
    return hashlib.sha256(text.encode()).digest()


def _unit(digest: bytes, start: int) -> float:
    return int.from_bytes(digest[start : start + 8], "big") / 2**64


@dataclass
class FaultPlanner:
    """Counts attempts per (method, parameters) and decides each attempt's fault."""

    seed: int
    faults: Faults | None
    _history: dict[str, list[bool]] = field(default_factory=dict)

    def decide(self, method: str, canonical: str) -> FaultDecision:
        history = self._history.setdefault(f"{method}\n{canonical}", [])
        attempt = len(history)
        kind = self._kind(method, canonical, history)
        history.append(kind is not None)
        processed = False
        if kind == "truncated":
            processed = True
        elif kind in MAYBE_PROCESSED and self.faults is not None:
            digest = request_digest(self.seed, method, canonical, attempt, "processed")
            processed = _unit(digest, 0) < self.faults.processed_rate
        return FaultDecision(kind, processed, attempt)

    def _kind(self, method: str, canonical: str, history: list[bool]) -> FaultKind | None:
        faults = self.faults
        if faults is None or faults.rate <= 0.0:
            return None
        if faults.methods is not None and method not in faults.methods:
            return None
        cap = faults.max_consecutive
        if cap == 0 or (len(history) >= cap and all(history[-cap:])):
            return None
        digest = request_digest(self.seed, method, canonical, len(history), "fault")
        if _unit(digest, 0) >= faults.rate:
            return None
        return faults.kinds[int.from_bytes(digest[8:16], "big") % len(faults.kinds)]

    def clear(self) -> None:
        self._history.clear()

"""The record of one request FakeKomet received (``FakeKomet.requests``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Parameters never kept in the record, whatever the method.
SECRET_PARAMS = frozenset({"authenticationToken", "companyToken", "password"})


@dataclass(frozen=True)
class ReceivedRequest:
    """What arrived and what the fake did with it.

    * ``method``: the Komet method name (the raw path when it names no documented method).
    * ``verb``: the HTTP verb used; ``bytes``: query-string bytes + body bytes.
    * ``time``: ``time.monotonic()`` at arrival.
    * ``outcome``: ``"ok"``, ``"status0:<rule name>"`` (see ``rules``), ``"fault:<kind>"``,
      or ``"error:handler"`` (a handler raised: a bug in the fake).
    * ``processed``: whether enforcement and the handler ran, so any write took effect.
      True for ``"ok"`` and ``"status0:*"`` answers, and for faults that struck after
      processing (``truncated``, and some ``reset``/``timeout``; see ``Faults``).
    * ``attempt``: how many identical requests (same method and parameters) came before.
    * ``params``: the merged parameters without the token or any password.
    * ``token_kind``: ``"company"``/``"customer"``/``"vendor"`` or None (missing/invalid).
    """

    method: str
    verb: str
    bytes: int
    time: float
    outcome: str
    processed: bool
    attempt: int = 0
    params: dict[str, Any] = field(default_factory=dict, repr=False)
    token_kind: str | None = None

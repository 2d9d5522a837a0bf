"""List filters as the docs describe them: ids/codes exact, names LIKE, case-insensitive."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

Record = dict[str, Any]


def like(pattern: str, value: Any) -> bool:
    """SQL-style LIKE, case-insensitive; a pattern without ``%`` matches anywhere."""
    text = "" if value is None else str(value)
    if "%" not in pattern and "_" not in pattern:
        return pattern.casefold() in text.casefold()
    regex = "".join(".*" if ch == "%" else "." if ch == "_" else re.escape(ch) for ch in pattern)
    return re.fullmatch(regex, text, flags=re.IGNORECASE | re.DOTALL) is not None


def exact(wanted: str, value: Any) -> bool:
    """Exact match, case-insensitive, comparing ids given as text with numbers."""
    return wanted.strip().casefold() == ("" if value is None else str(value)).casefold()


def select(
    records: Iterable[Record],
    *,
    exact_filters: dict[str, str | None] | None = None,
    like_filters: dict[str, str | None] | None = None,
) -> list[Record]:
    """Records matching every given filter (``None`` filters are ignored). Keys are
    record field names; values are the request's parameter values."""
    chosen = []
    for record in records:
        if any(
            want is not None and not exact(want, record.get(key))
            for key, want in (exact_filters or {}).items()
        ):
            continue
        if any(
            want is not None and not like(want, record.get(key))
            for key, want in (like_filters or {}).items()
        ):
            continue
        chosen.append(dict(record))
    return chosen

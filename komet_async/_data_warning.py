"""The warning of an answer decoded with values that did not parse (tolerant per value).

Not in ``errors``: a warning is no error (every class there is a :class:`KometError`).
"""

from __future__ import annotations

import sys
import warnings
from typing import Any

__all__ = ["KometDataWarning", "warn_data"]


class KometDataWarning(UserWarning):
    """Values of an answer did not parse into their declared types; the answer was decoded
    anyway (tolerant per value, loud per shape).

    Each such field is ``None`` and its raw value is kept in its model's ``extra`` under its
    wire name. One warning per answer; ``paths`` lists where (``invoices[17].details[3].amount``,
    wire keys), never the values (an answer may carry data a log should not). Turn it into an
    error with ``KometSession(strict_decode=True)`` (or ``strict_decode=True`` per call): a
    :class:`KometDecodeError` naming the path.
    """

    def __init__(self, komet_method: str, paths: list[str]) -> None:
        shown = ", ".join(paths[:_SHOWN_PATHS])
        if len(paths) > _SHOWN_PATHS:
            shown += f" and {len(paths) - _SHOWN_PATHS} more"
        count = len(paths)
        super().__init__(
            f"{komet_method}: {count} value{'s' if count != 1 else ''} did not match "
            f"{'their' if count != 1 else 'its'} declared type (kept raw in .extra, "
            f"the field is None): {shown}"
        )
        self.komet_method = komet_method
        self.paths = list(paths)

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.komet_method, self.paths)


_SHOWN_PATHS = 10  # paths spelled out in a KometDataWarning's message; all are in .paths


def warn_data(komet_method: str, paths: list[str]) -> None:
    """Warn once with a :class:`KometDataWarning` for ``paths``, attributed to the first
    frame outside komet_async (the user's line that called or awaited the method)."""
    level, frame = 2, sys._getframe(1)
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith(
        "komet_async"
    ):
        level, frame = level + 1, frame.f_back  # type: ignore[assignment]
    warnings.warn(KometDataWarning(komet_method, paths), stacklevel=level)

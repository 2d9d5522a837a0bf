"""The occasional odd value, when asked (``FakeKomet(odd_values=...)``): one value of a
read's answer in a form no model parses, as real answers sometimes carry one (issue 17:
``"active": "maybe"``, a fraction where a count belongs, money in another grouping, an
impossible date) -- so a user's tests meet what a real page may hold.

Which answers, which row and which value are decided by a hash of (seed, method,
parameters), like the faults: a run is reproducible under any concurrency. Ids are never
spoiled (a row without its id is a wrong *shape*, not an odd value), nor texts (any text is
a valid text).
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from ._faults import _unit, request_digest

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?")
_NUMBER_TEXT = re.compile(r"-?[\d,]+(\.\d+)?")


@attrs.frozen
class OddValue:
    """One value the fake spoiled: where (a wire path, ``invoices[3].details[0].amount``),
    in which method's answer, what it was and what it sent instead."""

    komet_method: str
    path: str
    original: Any
    sent: Any


def _odd_form(value: object) -> object | None:
    """An odd form of ``value``, or None when it has none (a text, a null, a container)."""
    if isinstance(value, bool):
        return "maybe"
    if isinstance(value, int):
        return f"{value}.5 units"
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",") + " EUR"
    if isinstance(value, str):
        if _DATE.fullmatch(value):
            return "31/13/" + value[:4]
        if value and _NUMBER_TEXT.fullmatch(value) and any(c.isdigit() for c in value):
            return value.replace(",", " ").replace(".", ";")  # "1 300;00"
    return None


def _is_id(key: str) -> bool:
    return key == "id" or key.endswith(("Id", "Ids", "ID"))


def _candidates(node: object, path: str, found: list[tuple[str, dict[str, Any], str]]) -> None:
    if isinstance(node, list):
        for index, item in enumerate(node):
            _candidates(item, f"{path}[{index}]", found)
    elif isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}" if path else key
            if isinstance(value, (list, dict)):
                _candidates(value, where, found)
            elif path and not _is_id(key) and _odd_form(value) is not None:
                found.append((where, node, key))


def spoil_one(
    seed: int, method: str, canonical: str, share: float, fields: dict[str, Any]
) -> OddValue | None:
    """With probability ``share`` (by hash), replace one value inside the answer's arrays
    of rows (``fields``, changed in place) by an odd form; the :class:`OddValue` or None."""
    if share <= 0:
        return None
    digest = request_digest(seed, method, canonical, 0, "odd-value")
    if _unit(digest, 0) >= share:
        return None
    found: list[tuple[str, dict[str, Any], str]] = []
    for key, value in fields.items():
        if isinstance(value, list):
            _candidates(value, key, found)
    if not found:
        return None
    where, row, key = found[int(_unit(digest, 8) * len(found))]
    original = row[key]
    row[key] = _odd_form(original)
    return OddValue(method, where, original, row[key])


__all__ = ["OddValue", "spoil_one"]

"""Per-call options (``timeout=``, ``max_retries=``, ...) checked before anything is sent.

A wrong one is a :class:`RequestValidationError` naming it: ``max_retries='2'`` would
otherwise fail only after a first request went out, ``extra_params={1: 'x'}`` deep in URL
building. Called only when options are given, so a plain call pays nothing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import aiohttp

from .errors import RequestValidationError

_COUNTS = {"max_retries": 0, "max_response_bytes": 1}
"""Integer options and their smallest allowed value."""


def check_options(options: Mapping[str, object], *, komet_method: str | None = None) -> None:
    """Raise :class:`RequestValidationError` for the first option of a wrong type or value.

    >>> check_options({"timeout": 5, "max_retries": 2})
    """
    for name, value in options.items():
        rule: str | None = None
        if name == "timeout":
            if isinstance(value, aiohttp.ClientTimeout):
                rule = (
                    "per call, give seconds (a number); an aiohttp.ClientTimeout is for the "
                    "session: KometSession(timeout=ClientTimeout(...))"
                )
            elif (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not 0 < value < math.inf
            ):
                rule = f"must be a positive number of seconds, not {_shown(value)}"
        elif name in _COUNTS:
            least = _COUNTS[name]
            if isinstance(value, bool) or not isinstance(value, int) or value < least:
                rule = f"must be an int >= {least}, not {_shown(value)}"
        elif name == "strict_decode":
            if not isinstance(value, bool):
                rule = f"must be True or False, not {_shown(value)}"
        elif name in ("extra_params", "extra_body"):
            check_fields(name, value, komet_method=komet_method)
        if rule is not None:
            raise RequestValidationError(name, rule, komet_method=komet_method)


def check_fields(name: str, value: object, *, komet_method: str | None = None) -> None:
    """``value`` (named ``name``) is ``None`` or a mapping with str keys: fields to send."""
    rule: str | None = None
    if value is None:
        return
    if not isinstance(value, Mapping):
        rule = f"must be a mapping of field names to values, not {_shown(value)}"
    elif not all(isinstance(key, str) for key in value):
        key = next(key for key in value if not isinstance(key, str))
        rule = f"field names must be str, not {type(key).__name__}"
    if rule is not None:
        raise RequestValidationError(name, rule, komet_method=komet_method)


def _shown(value: object) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value) if abs(value) < 1e15 or isinstance(value, float) else "a huge int"
    return type(value).__name__

"""Exact keyword arguments at run time.

A keyword the method does not take is a :class:`TypeError` naming it -- and, where one is
close, the name that was meant (``customerId`` → ``customer_id``) -- raised before anything
is sent: a filter silently dropped is a wrong answer that looks right. Methods that gather
per-call options (``**options: Unpack[CallOptions]``) or filters (``**filters``) in a
catch-all would otherwise accept any name; a type checker catches those misspellings, this
catches them for everyone else.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

OPTION_NAMES = frozenset(
    {
        "timeout",
        "max_retries",
        "max_response_bytes",
        "extra_params",
        "extra_body",
        "strict_decode",
    }
)
"""The per-call options every method takes (``CallOptions``' keys)."""

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def snake_case(name: str) -> str:
    """Komet's camelCase spelling of a parameter as Python's (``customerId`` → ``customer_id``).

    >>> snake_case("customerId"), snake_case("updatedAsOf"), snake_case("box_code")
    ('customer_id', 'updated_as_of', 'box_code')
    """
    return _CAMEL_BOUNDARY.sub("_", name).lower()


def closest(name: str, known: Iterable[str]) -> str | None:
    """The known name ``name`` most likely meant, or None when none is close.

    >>> closest("customerId", ["customer_id", "carrier_id"]), closest("zzz", ["id"])
    ('customer_id', None)
    """
    candidates = sorted(known)
    snake = snake_case(name)
    if snake in candidates:
        return snake
    found = difflib.get_close_matches(snake, candidates, n=1, cutoff=0.75)
    return found[0] if found else None


def unknown_keyword(where: str, name: str, known: Iterable[str]) -> TypeError:
    """The error for keyword ``name`` passed to ``where`` (``"invoices.list"``)."""
    hint = closest(name, known)
    text = f"{where}() got an unexpected keyword argument {name!r}"
    if hint is not None:
        text += f"; did you mean {hint!r}?"
    return TypeError(text)


def exact_keywords(func: F, *, where: str, filters: Iterable[str] = ()) -> F:
    """``func``, refusing keywords it does not take before it runs.

    The names it takes are its keyword parameters, plus :data:`OPTION_NAMES` when it has a
    ``**options`` catch-all, plus ``filters`` (the names its ``**filters`` accepts). The
    check is one set operation on the call path; a refused call builds its message only
    then. The original stays as ``__wrapped__`` (``help()`` and ``inspect`` show it).
    """
    parameters = inspect.signature(func).parameters.values()
    accepted = {
        p.name
        for p in parameters
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name != "self"
    }
    catch_all = [p.name for p in parameters if p.kind is p.VAR_KEYWORD]
    if catch_all:
        accepted |= OPTION_NAMES | set(filters)
    known = frozenset(accepted)

    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        if not known.issuperset(kwargs):
            name = next(name for name in kwargs if name not in known)
            raise unknown_keyword(where, name, known) from None
        return func(*args, **kwargs)

    return checked  # type: ignore[return-value]

"""A tiny wrapper that keeps secrets (the API token, login's password) out of sight.

Tools that print locals (rich tracebacks, debuggers, ``repr`` of containers) see ``***``;
only :meth:`Secret.reveal` gives the value, and only the transport calls it, at the moment
a request is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, quote_plus

from yarl import URL

MASK = "***"


class Secret:
    """A string that never shows itself in ``str``, ``repr`` or ``format``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("a secret must be a str")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return MASK

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        # Pickling would put the secret into a byte stream users do not expect to guard.
        raise TypeError("Secret cannot be pickled")


def _written_forms(value: str) -> list[str]:
    """``value`` as text and as URLs write it (a password with ``@`` or a space is
    percent-encoded in a query string), longest first."""
    forms = {
        value,
        quote(value, safe=""),
        quote_plus(value, safe=""),
        URL.build(query={"": value}).raw_query_string[1:],  # exactly as the transport sends it
    }
    return sorted(forms, key=len, reverse=True)


def redact(text: str, secrets: Iterable[Secret]) -> str:
    """Replace every occurrence of each secret's value in ``text`` with ``***``, also in
    its URL-encoded forms."""
    for secret in secrets:
        value = secret.reveal()
        if value:
            for form in _written_forms(value):
                text = text.replace(form, MASK)
    return text

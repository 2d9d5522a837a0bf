"""The one exception hierarchy of komet_async.

Every error the SDK raises is a :class:`KometError`. No error's ``str``, ``repr``, cause,
context or traceback ever contains the API token or a password: messages are built from
metadata (Komet method, HTTP status, field names), never from URLs or request bodies.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "AuthenticationError",
    "InvalidItemsError",
    "ItemValidationError",
    "KometAPIError",
    "KometConnectionError",
    "KometDecodeError",
    "KometError",
    "KometHTTPError",
    "KometTimeoutError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "QuotaExhaustedError",
    "QuotaStoreError",
    "RequestTooLargeError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResultTruncatedError",
    "SessionClosedError",
    "UnknownMethodError",
    "WrongEventLoopError",
]


class KometError(Exception):
    """Base class of every error raised by komet_async.

    Every one pickles with its fields (a worker process can raise it): it is rebuilt from
    its ``args`` and attributes, not by calling its constructor again.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return _restore, (type(self), self.args, dict(vars(self)))


def _restore(cls: type[KometError], args: tuple[Any, ...], state: dict[str, Any]) -> KometError:
    error = cls.__new__(cls, *args)
    error.args = args
    vars(error).update(state)
    return error


class KometAPIError(KometError):
    """Komet answered, but with ``status`` 0 (HTTP 200 and a failure in the body).

    ``komet_method`` is the Komet method name (``"product.list"``), ``message`` the server's
    text, ``payload`` the decoded answer (for fields a failure may carry).
    """

    def __init__(
        self, message: str, *, komet_method: str, payload: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{komet_method}: {message}")
        self.message = message
        self.komet_method = komet_method
        self.payload: dict[str, Any] = payload or {}


class AuthenticationError(KometAPIError):
    """The server rejected the token (missing, unknown or revoked)."""


class PermissionDeniedError(KometAPIError):
    """The token is valid but may not call this method (token type or ticked methods)."""


class QuotaExceededError(KometAPIError):
    """The server said the daily request quota is spent."""


class QuotaExhaustedError(KometError):
    """Our own daily budget is spent; raised *before* anything is sent.

    ``resets_at`` is the aware datetime at which the budget starts over.
    """

    def __init__(
        self,
        message: str,
        *,
        resets_at: dt.datetime | None,
        limit: int | None = None,
        remaining: int = 0,
        requested: int = 1,
    ) -> None:
        super().__init__(message)
        self.resets_at = resets_at
        self.limit = limit
        self.remaining = remaining
        self.requested = requested


class QuotaStoreError(KometError):
    """The quota store (e.g. Redis) could not be reached or failed; nothing was sent.

    ``store`` names it as ``redis://host:port/db`` (never with a password).
    """

    def __init__(self, message: str, *, store: str) -> None:
        super().__init__(message)
        self.store = store


class RequestValidationError(KometError, ValueError):
    """Bad input, caught before sending: ``field`` names the Python field, ``rule`` the rule."""

    def __init__(self, field: str, rule: str, *, komet_method: str | None = None) -> None:
        where = f"{komet_method}: " if komet_method else ""
        super().__init__(f"{where}{field}: {rule}")
        self.field = field
        self.rule = rule
        self.komet_method = komet_method


class ItemValidationError(RequestValidationError):
    """One bad field of one item of a bulk input, caught before sending: ``index`` is the
    item's position in the caller's input, ``field`` names it as the caller passed it
    (``lines[3].unit_cost``), ``rule`` the rule it breaks."""

    def __init__(
        self, field: str, rule: str, *, index: int, komet_method: str | None = None
    ) -> None:
        super().__init__(field, rule, komet_method=komet_method)
        self.index = index


class InvalidItemsError(RequestValidationError):
    """Items of a bulk input break documented rules; nothing was sent.

    ``errors`` lists *every* bad field of every bad item (:class:`ItemValidationError`, in
    input order); ``indexes`` the bad items' positions. ``field`` and ``rule`` are the first
    error's, so code written for one :class:`RequestValidationError` keeps working.
    """

    def __init__(
        self, errors: list[ItemValidationError], *, komet_method: str | None = None
    ) -> None:
        if not errors:
            raise ValueError("InvalidItemsError needs at least one error")
        self.errors = list(errors)
        self.indexes = sorted({error.index for error in errors})
        first = errors[0]
        shown = "; ".join(f"{e.field}: {e.rule}" for e in errors[:_SHOWN])
        more = len(errors) - _SHOWN
        if more > 0:
            shown += f"; and {more} more"
        items = len(self.indexes)
        KometError.__init__(
            self,
            (f"{komet_method}: " if komet_method else "")
            + f"{items} invalid item{'s' if items != 1 else ''} "
            + f"({len(errors)} error{'s' if len(errors) != 1 else ''}): {shown}",
        )
        self.field = first.field
        self.rule = first.rule
        self.komet_method = komet_method


_SHOWN = 5  # errors spelled out in an InvalidItemsError's message; all are in .errors


class RequestTooLargeError(RequestValidationError):
    """A request (or one item of a packed request) exceeds ``max_request_bytes``."""

    def __init__(
        self, field: str, *, size: int, limit: int, komet_method: str | None = None
    ) -> None:
        super().__init__(
            field,
            f"request is {size} bytes, over the {limit}-byte limit",
            komet_method=komet_method,
        )
        self.size = size
        self.limit = limit


class KometHTTPError(KometError):
    """The server answered with a non-2xx HTTP status.

    ``outcome_unknown`` is true for a 5xx answer to a method that is not safe to replay: a
    gateway may answer 502/504 after the backend applied the request.
    """

    def __init__(
        self, status: int, *, komet_method: str, reason: str = "", outcome_unknown: bool = False
    ) -> None:
        text = f"{komet_method}: HTTP {status}"
        if reason:
            text += f" {reason}"
        if outcome_unknown:
            text += " (the request may have been applied: outcome unknown)"
        super().__init__(text)
        self.status = status
        self.komet_method = komet_method
        self.outcome_unknown = outcome_unknown


class KometConnectionError(KometError):
    """The request could not be completed on the network.

    ``outcome_unknown`` is true when the method is not safe to replay and the request may
    have reached the server: check before sending it again.
    """

    def __init__(self, message: str, *, komet_method: str, outcome_unknown: bool = False) -> None:
        if outcome_unknown:
            message += " (the request may have reached the server: outcome unknown)"
        super().__init__(f"{komet_method}: {message}")
        self.komet_method = komet_method
        self.outcome_unknown = outcome_unknown


class KometTimeoutError(KometConnectionError):
    """The request timed out (a kind of connection error)."""


class KometDecodeError(KometError):
    """The body is not JSON, is HTML or truncated, or is not the documented shape.

    ``outcome_unknown`` is true when the method is not safe to replay: the request reached
    the server, which may have applied it before its answer went wrong.

    ``path`` is where in the answer it went wrong (``invoices[3].details``, wire keys), when
    known: a wrong shape, or with ``strict_decode=True`` a value that does not parse.
    """

    def __init__(
        self,
        message: str,
        *,
        komet_method: str,
        outcome_unknown: bool = False,
        path: str | None = None,
    ) -> None:
        if outcome_unknown:
            message += " (the request may have been applied: outcome unknown)"
        super().__init__(f"{komet_method}: {message}")
        self.komet_method = komet_method
        self.outcome_unknown = outcome_unknown
        self.path = path


class ResponseTooLargeError(KometDecodeError):
    """An answer is larger than ``max_response_bytes`` (counted decompressed): it was not
    read further. ``limit`` is the bound; ``size`` the announced ``Content-Length`` when
    that was over it, else the bytes read when reading stopped (a lower bound)."""

    def __init__(
        self, *, size: int, limit: int, announced: bool, komet_method: str, outcome_unknown: bool
    ) -> None:
        what = f"Content-Length {size}" if announced else f"over {size} bytes decoded"
        super().__init__(
            f"answer over the {limit}-byte limit ({what}); raise max_response_bytes= "
            "or narrow the request",
            komet_method=komet_method,
            outcome_unknown=outcome_unknown,
        )
        self.size = size
        self.limit = limit
        self.announced = announced


class ResultTruncatedError(KometError):
    """An answer reached a documented cap that no narrower request can get under -- one day
    of ``invoice.details.list`` holding 10,000 boxes -- so rows may be missing. Narrow the
    filters (``customer_id=``, ``location_id=``, ``status=``) and ask again."""

    def __init__(self, message: str, *, komet_method: str, day: dt.date) -> None:
        super().__init__(f"{komet_method}: {message}")
        self.komet_method = komet_method
        self.day = day


class SessionClosedError(KometError, RuntimeError):
    """The session was closed (or the ``http_session`` you gave it is): nothing was sent.
    Open a new :class:`KometSession` (``async with KometSession(...)``) for more calls."""


class WrongEventLoopError(KometError, RuntimeError):
    """The session is used on another event loop than the one it first ran on (a second
    ``asyncio.run()``, a thread with its own loop): its connection pool and limits belong
    to that first loop. One session per loop: create it inside the loop that uses it, e.g.
    ``async with KometSession(...)`` inside the coroutine given to ``asyncio.run()``."""


class UnknownMethodError(KometError, KeyError):
    """No catalogued Komet method has this name (``session.call``, ``komet call``);
    ``close`` lists the names most likely meant.

    A bare path that has a method per verb (``"automatic-additional-charge"``: POST and
    PUT) is ``ambiguous``: the path is known, but not which verb is meant, and the message
    says so, naming every choice (``close``)."""

    def __init__(self, name: str, close: tuple[str, ...] = ()) -> None:
        self.name = name
        self.close = close
        if self.ambiguous:
            message = (
                f"{name.strip()!r} is one path with {len(close)} verbs, each a method of its "
                f"own: name one of {spelled(close)}"
            )
        else:
            hint = f"; did you mean {spelled(close)}?" if close else ""
            message = f"unknown Komet method {name!r}{hint}"
        super().__init__(message)

    @property
    def ambiguous(self) -> bool:
        """True when ``name`` is a path whose methods differ by verb (``close`` lists them)."""
        path = self.name.strip()
        return len(self.close) > 1 and all(
            re.fullmatch(rf"{re.escape(path)} \[[A-Z]+\]", n) for n in self.close
        )

    def __str__(self) -> str:  # KeyError's own str() would quote the whole text
        return str(self.args[0])

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.name, self.close))


def spelled(names: Iterable[str]) -> str:
    """Method names for a message: comma-separated, each quoted when one has a space
    (``'automatic-additional-charge [PUT]'``) so the list still reads as a list."""
    names = tuple(names)
    if any(" " in n for n in names):
        return ", ".join(repr(n) for n in names)
    return ", ".join(names)

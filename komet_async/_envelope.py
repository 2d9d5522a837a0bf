"""Komet's envelope: ``{"status": 1|0, "message": ...}`` around every answer.

HTTP 200 with ``status`` 0 is a failure. Komet does not document its failure messages, so
which error class a message maps to is an *assumption*, kept in this one table; anything
unmatched is a plain :class:`KometAPIError`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import orjson

from ._secret import Secret, redact
from .errors import (
    AuthenticationError,
    KometAPIError,
    KometDecodeError,
    PermissionDeniedError,
    QuotaExceededError,
)

# ASSUMPTIONS (undocumented by Komet): patterns over the lower-cased message, first match wins.
# The only documented bad-token text is "Invalid Security Token" (v2/inventory/box/count).
FAILURE_PATTERNS: tuple[tuple[re.Pattern[str], type[KometAPIError]], ...] = (
    (
        re.compile(r"quota|limit\b.*\b(?:exceeded|reached)|too many requests"),
        QuotaExceededError,
    ),
    (
        re.compile(r"not (?:allowed|authori[sz]ed|permitted)|permission|forbidden|access denied"),
        PermissionDeniedError,
    ),
    (
        re.compile(
            r"security token|authentication ?token|invalid token"
            r"|token (?:is )?(?:required|invalid|expired)"
            r"|unauthori[sz]ed|invalid (?:user ?name|username|password|credentials)"
        ),
        AuthenticationError,
    ),
)

_SUCCESS = (1, "1")
_FAILURE = (0, "0")


_QUOTED_TOKEN = re.compile(r"authenticationtoken=\*\*\*")
"""The token parameter of a URL the server quoted, once masked: no claim about the token."""


def classify_failure(message: str) -> type[KometAPIError]:
    text = message.lower()
    for pattern, error_class in FAILURE_PATTERNS:
        if pattern.search(text):
            return error_class
    return KometAPIError


def check_envelope(
    payload: dict[str, Any],
    *,
    komet_method: str,
    status_key: str = "status",
    not_found: tuple[str, ...] = (),
    ok_statuses: tuple[object, ...] = _SUCCESS,
    envelope_optional: bool = False,
    secrets: Sequence[Secret] = (),
    failure_statuses: tuple[object, ...] = _FAILURE,
) -> None:
    """Return for a success or a documented "nothing found" answer (whose missing list
    decodes to ``[]``); raise the classified :class:`KometAPIError` for any other
    ``status`` 0, and :class:`KometDecodeError` for a missing or unknown status.

    A failure's text is the server's: it may quote the request's URL, token included. The
    ``secrets`` are masked in it (and in the payload the error keeps) before anything else
    reads it, the classification included ("...?authenticationToken=***" is no bad token).
    """
    status = payload.get(status_key)
    if status is None and "." in status_key:
        status = _nested(payload, status_key)
    if status is None:
        if envelope_optional:
            # Documented without the envelope (carrier.list's sample).
            return
        # An answer without its status is not a success: a write's fate is unknown.
        raise KometDecodeError(f"answer has no {status_key!r}", komet_method=komet_method)
    if status in ok_statuses:
        return
    message = payload.get("message")
    text = message if isinstance(message, str) else ""
    if status in failure_statuses:
        quoted = False
        if secrets:
            masked, payload = _redacted(text, payload, secrets)
            quoted, text = masked != text, masked
        if text.strip() in not_found:
            return
        # A text that quoted the URL is classified without the URL's token parameter.
        shown = _QUOTED_TOKEN.sub("", text.lower()) if quoted else text
        raise classify_failure(shown)(
            text or "(no message)", komet_method=komet_method, payload=payload
        )
    raise KometDecodeError(
        f"unexpected {status_key} {str(status)[:20]!r}", komet_method=komet_method
    )


def _nested(payload: dict[str, Any], dotted: str) -> object:
    """``payload["headers"]["statusCode"]`` for ``"headers.statusCode"`` (None if absent)."""
    value: object = payload
    for key in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _redacted(
    text: str, payload: dict[str, Any], secrets: Sequence[Secret]
) -> tuple[str, dict[str, Any]]:
    """``text`` and ``payload`` with every secret masked (a failure is rare: the payload
    is checked whole, through its JSON text)."""
    text = redact(text, secrets)
    try:
        raw = orjson.dumps(payload).decode()
    except TypeError:
        return text, {"status": payload.get("status"), "message": text}
    masked = redact(raw, secrets)
    return text, (payload if masked == raw else orjson.loads(masked))

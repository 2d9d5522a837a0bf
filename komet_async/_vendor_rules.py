"""What a Vendor token changes (purchase-orders.md, "Vendor tokens and the Vendor Portal").

Some methods accept a Vendor token but make the server *ignore* certain fields
(``prebook.create``: ``price``, ``vendorId``, ``vendorCode``, ``vendorName``;
``purchase.order.create`` / ``.mixed.create``: ``vendorId``, ``vendorCode`` -- the vendor is
the token's owner). The SDK never drops a field the caller set: it sends it and warns with a
:class:`VendorIgnoredFieldWarning`, so the surprise shows up in the caller's test run rather
than in the data.

The token's type comes from ``KometSession(token_type=...)`` (default ``"company"``); the
methods concerned also take a per-call ``token_type=`` that overrides it.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Literal

from .errors import RequestValidationError

TokenKind = Literal["company", "vendor"]


class VendorIgnoredFieldWarning(UserWarning):
    """A field was sent that Komet ignores when the call is made with a Vendor token."""


def warn_vendor_ignored(komet_method: str, fields: Iterable[str], *, stacklevel: int = 3) -> None:
    """Warn once per call about ``fields`` (Python names) the server will ignore.

    ``stacklevel=3`` points at the caller of the resource method that calls this.
    """
    names = sorted(set(fields))
    if not names:
        return
    warnings.warn(
        f"{komet_method}: with a Vendor token Komet ignores {', '.join(names)} "
        "(sent anyway, not dropped)",
        VendorIgnoredFieldWarning,
        stacklevel=stacklevel,
    )


def check_token_kind(value: str) -> None:
    if value not in ("company", "vendor"):
        raise RequestValidationError("token_type", "must be 'company' or 'vendor'")


def resolve_token_kind(explicit: str | None, session_kind: str) -> TokenKind:
    """The per-call ``token_type`` if given, else the session's (checked either way)."""
    # A Customer-token session behaves as Company here: these methods refuse its token anyway.
    value = (
        explicit if explicit is not None else ("vendor" if session_kind == "vendor" else "company")
    )
    check_token_kind(value)
    return "vendor" if value == "vendor" else "company"

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
from typing import Literal, Protocol

from ._catalog._method import TOKEN_TYPES, TokenType
from .errors import RequestValidationError

VendorRule = Literal["company", "vendor"]
"""How a token type acts on these rules: a Vendor token, or like a Company token (a
Customer or User token is refused by these methods anyway)."""


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


def apply_token_rules(
    method: _TokenRuled, request: object, session_kind: str, explicit: str | None
) -> None:
    """The rules a declaration's ``vendor_token_rules`` asks for, before anything is sent:
    with a Company token one of ``company_requires_one_of`` must be set; with a Vendor token
    the fields Komet ignores are named in a warning (pointing at the caller's line)."""
    kind = resolve_token_kind(explicit, session_kind)
    group = method.company_requires_one_of
    if kind == "company" and group and all(getattr(request, name) is None for name in group):
        raise RequestValidationError(
            group[0],
            f"one of {', '.join(group)} is required with a Company token",
            komet_method=method.name,
        )
    if kind == "vendor":
        ignored: Iterable[str] = getattr(request, "vendor_ignored_fields")()  # noqa: B009
        renamed = method.argument_names
        warn_vendor_ignored(method.name, [_as_argument(n, renamed) for n in ignored], stacklevel=4)


def _as_argument(path: str, renamed: dict[str, str]) -> str:
    """``prebook_items[0].price`` as the caller passed it: ``items[0].price``."""
    head, sep, rest = path.partition("[")
    return f"{renamed.get(head, head)}{sep}{rest}"


class _TokenRuled(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def company_requires_one_of(self) -> tuple[str, ...]: ...
    @property
    def argument_names(self) -> dict[str, str]: ...


def check_token_type(value: object, argument: str = "token_type") -> TokenType:
    """``value`` if it is a kind of Komet token, else a :class:`RequestValidationError`."""
    for kind in TOKEN_TYPES:
        if value == kind:
            return kind
    raise RequestValidationError(argument, f"must be one of {', '.join(map(repr, TOKEN_TYPES))}")


def resolve_token_kind(explicit: str | None, session_kind: str) -> VendorRule:
    """The per-call ``token_type`` if given, else the session's (checked either way)."""
    value = check_token_type(explicit if explicit is not None else session_kind)
    return "vendor" if value == "vendor" else "company"

"""The SDK's declaration of one Komet method: how it is sent, whether it may be replayed,
which Python namespace and models it has."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar, cast

import attrs

from .._convert import structure
from ..errors import KometDecodeError

Req = TypeVar("Req")
Resp = TypeVar("Resp")

HttpMethod = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
ParamsIn = Literal["query", "body"]
TokenIn = Literal["query", "body", "header", "none"]
"""Where the token travels; ``"none"`` for ``login``, which sends credentials instead."""
TokenType = Literal["company", "customer", "vendor", "user"]
"""The kinds of token a page lists under "Valid Tokens" (``user``: a user's own token,
methods-part3.json)."""


@attrs.frozen(kw_only=True)
class ApiMethod(Generic[Req, Resp]):
    """One Komet method, declared once.

    ``retry_safe`` answers "may it be replayed after it may have reached the server?": a
    read, yes; a write, no -- whatever its HTTP verb (``box.move.awb`` is a GET that moves
    boxes; ``inventory.units.list`` is a read sent as POST).
    """

    name: str
    """The Komet method (``"product.list"``); also its path after ``/api/`` unless ``path``
    says otherwise."""
    http_method: HttpMethod
    params_in: ParamsIn
    token_in: TokenIn
    retry_safe: bool
    namespace: str
    """The session attribute (``"products"``); ``""`` for a top-level function (``login``)."""
    attr: str
    request_type: type[Req] | None
    response_type: type[Resp]
    token_types: tuple[TokenType, ...] = ("company",)
    not_found: tuple[str, ...] = ()
    """Exact messages with ``status`` 0 that mean "nothing found" (the list is empty)."""
    status_key: str = "status"
    ok_statuses: tuple[object, ...] = (1, "1")
    envelope_optional: bool = False
    """The answer may come without ``status`` (documented so for ``carrier.list``); for every
    other method a missing status is a :class:`KometDecodeError`, never a success."""
    account_headers: bool = False
    """Sends ``X-ACCOUNT`` / ``X-SALES-CHANNEL`` from the session (e-commerce methods)."""
    summary: str = ""
    positional: tuple[str, ...] = ()
    """Request fields the Python method takes positionally, in order (the rest are
    keyword-only)."""
    returns: str | None = None
    """The response model's list field the Python method returns as a :class:`KometList`
    (``"products"``); None returns the whole response model."""
    doc: str = ""
    """The Python method's docstring (what Komet does, the token kinds, an example)."""
    path: str = ""
    """The URL path after ``/api/`` when it is not ``name``: one path may take two verbs
    (``automatic-additional-charge`` POST and PUT), each a method of its own name."""
    token_param: str = "authenticationToken"
    """The key the token travels under: ``vendor.invoice.mail.receive`` takes the company
    token as ``companyToken`` (more-methods.md); every other method as ``authenticationToken``."""
    query_fields: tuple[str, ...] = ()
    """Wire names of a body method's parameters that travel in the query string instead
    (``automatic-additional-charge [PUT]``: ``?automaticAdditionalChargeId=...``)."""
    hand_written: bool = False
    """The namespace method is written by hand in ``resources/`` (packing, renamed or
    converted arguments, warnings) instead of generated from this declaration."""

    @property
    def url_path(self) -> str:
        """Where the method is sent, under ``/api/``."""
        return self.path or self.name

    def decode(self, payload: dict[str, Any]) -> Resp:
        """The typed answer for a decoded JSON envelope; :class:`KometDecodeError` if the
        payload is not the documented shape. An ad-hoc method of ``session.request``
        (``response_type=dict``) answers the envelope itself."""
        if self.response_type is dict:
            return cast(Resp, payload)
        try:
            return structure(payload, self.response_type)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            # cattrs' errors quote values; answers carry no token, but keep the text short.
            reason = f"{type(exc).__name__}: {str(exc)[:200]}"
        except Exception as exc:  # cattrs wraps errors in ExceptionGroups on some paths
            reason = f"{type(exc).__name__}: {str(exc)[:200]}"
        raise KometDecodeError(
            f"answer does not match {self.response_type.__name__} ({reason})",
            komet_method=self.name,
        )

"""The SDK's declaration of one Komet method: how it is sent, whether it may be replayed,
which Python namespace and models it has."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar, cast

import attrs

from .._data_warning import warn_data
from .._tolerant import ShapeError, structure_reporting
from .._wire import rule_of, wire_name
from ..errors import KometDecodeError

Req = TypeVar("Req")
Resp = TypeVar("Resp")

HttpMethod = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
ParamsIn = Literal["query", "body"]
TokenIn = Literal["query", "body", "header", "none"]
"""Where the token travels; ``"none"`` for ``login``, which sends credentials instead."""
TokenType = Literal["company", "customer", "vendor", "user"]
"""The kinds of Komet token: what a page lists under "Valid Tokens" (``user``: a user's own
token, methods-part3.json), what ``KometSession(token_type=...)`` and a per-call
``token_type=`` say. The one name for them in the SDK."""
TOKEN_TYPES: tuple[TokenType, ...] = ("company", "customer", "vendor", "user")
AccountHeader = Literal["X-ACCOUNT", "X-SALES-CHANNEL"]
"""The account headers the session fills (``account_id`` / ``sales_channel``)."""
SALES_CHANNELS: tuple[str, ...] = ("WEB_APP", "MOBILE_APP", "K2K", "ECOMMERCE_LITE")
"""The values the pages document for ``X-SALES-CHANNEL`` (general.md, ecommerce.md,
more-methods.md: "valid values"); ``string:20``."""


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
    """The answer's status field; a dotted key reads a nested one (``"headers.statusCode"``,
    Global Network Codes)."""
    ok_statuses: tuple[object, ...] = (1, "1")
    failure_statuses: tuple[object, ...] = (0, "0")
    """Statuses that are the server's refusal (a :class:`KometAPIError`); any other status
    that is not ``ok`` is a :class:`KometDecodeError`."""
    envelope_optional: bool = False
    """The answer may come without ``status`` (documented so for ``carrier.list``); for every
    other method a missing status is a :class:`KometDecodeError`, never a success."""
    account_headers: bool = False
    """Sends ``X-ACCOUNT`` / ``X-SALES-CHANNEL`` from the session (e-commerce methods)."""
    required_headers: tuple[AccountHeader, ...] = ()
    """The account headers the method's page marks required: without the session's
    ``account_id`` (``X-ACCOUNT``) or ``sales_channel`` (``X-SALES-CHANNEL``) the call is a
    :class:`RequestValidationError` naming that argument, raised before anything is sent
    or a quota slot spent (the server would refuse it: "Header X-ACCOUNT is required")."""
    sales_channels: tuple[str, ...] = SALES_CHANNELS
    """The ``X-SALES-CHANNEL`` values the method's page lists (``ecommerce/customer-carriers
    .list`` omits ``K2K``): a session's other value is refused before sending."""
    summary: str = ""
    positional: tuple[str, ...] = ()
    """Request fields the Python method takes positionally, in order (the rest are
    keyword-only)."""
    returns: str | None = None
    """The response model's list field the Python method returns as a :class:`KometList`
    (``"products"``); None returns the whole response model."""
    doc: str = ""
    """The Python method's docstring (what Komet does, the token kinds, an example)."""
    arguments: tuple[tuple[str, str], ...] = ()
    """Request fields the Python method takes under another name, as (field, argument)
    pairs (``("prebook_items", "items")``); validation errors name the argument."""
    one_or_many: tuple[str, ...] = ()
    """List fields whose argument also takes one value alone (``number="P002296"`` or
    ``number=["P002296", "P002297"]``): a text is one value, never a list of letters."""
    vendor_token_rules: bool = False
    """The method takes a per-call ``token_type=`` (else the session's): with a Vendor token
    it warns about the fields the request's ``vendor_ignored_fields()`` names (sent anyway),
    and with a Company token it requires one of ``company_requires_one_of``."""
    company_requires_one_of: tuple[str, ...] = ()
    path: str = ""
    """The URL path after ``/api/`` when it is not ``name``: one path may take two verbs
    (``automatic-additional-charge`` POST and PUT), each a method of its own name."""
    body_array: bool = False
    """The JSON body is the request model's one list field, sent bare (``[{...}, ...]``)
    rather than an object (``v2/price-list/season/product.add``); the token then travels
    in a header."""
    token_param: str = "authenticationToken"
    """The key the token travels under: ``vendor.invoice.mail.receive`` takes the company
    token as ``companyToken`` (more-methods.md); every other method as ``authenticationToken``."""
    query_fields: tuple[str, ...] = ()
    """Wire names of a body method's parameters that travel in the query string instead
    (``automatic-additional-charge [PUT]``: ``?automaticAdditionalChargeId=...``)."""
    hand_written: bool = False
    """The namespace method is written by hand in ``resources/`` (packing, renamed or
    converted arguments, warnings) instead of generated from this declaration."""
    deprecated: str = ""
    """Why and for what the method is deprecated by Komet ("" when it is not): calling it
    (its namespace method, ``session.call``) emits a :class:`DeprecationWarning` with
    this text."""

    def __attrs_post_init__(self) -> None:
        if self.required_headers and not self.account_headers:
            raise ValueError(f"{self.name}: required_headers needs account_headers=True")

    @property
    def argument_names(self) -> dict[str, str]:
        """Request field -> the Python argument it is passed as, where they differ."""
        return dict(self.arguments)

    @property
    def url_path(self) -> str:
        """Where the method is sent, under ``/api/``."""
        return self.path or self.name

    def decode(self, payload: dict[str, Any], *, strict: bool = False) -> Resp:
        """The typed answer for a decoded JSON envelope; :class:`KometDecodeError` if the
        payload is not the documented shape. A value that does not parse into its field's
        type leaves the field ``None``, keeps the raw value in ``extra`` and warns once with
        :class:`KometDataWarning` (``strict=True``: a :class:`KometDecodeError` naming its
        path). An ad-hoc method of ``session.request`` (``response_type=dict``) answers the
        envelope itself."""
        result, issues = self.decode_reporting(payload, strict=strict)
        if issues:
            warn_data(self.name, issues)
        return result

    def decode_reporting(
        self, payload: dict[str, Any], *, strict: bool = False, path: str = ""
    ) -> tuple[Resp, list[str]]:
        """:meth:`decode` without the warning: the result and the paths of the values that
        did not parse (the session's call gathers them into one warning per answer)."""
        if self.response_type is dict:
            return cast(Resp, payload), []
        if self.envelope_optional and self.status_key not in payload:
            self._check_bare_answer(payload)
        try:
            return structure_reporting(payload, self.response_type, strict=strict)
        except ShapeError as exc:
            raise self.shape_error(exc) from None
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            # cattrs' errors quote values; answers carry no token, but keep the text short.
            reason = f"{type(exc).__name__}: {str(exc)[:200]}"
        except Exception as exc:  # cattrs wraps errors in ExceptionGroups on some paths
            reason = f"{type(exc).__name__}: {str(exc)[:200]}"
        raise KometDecodeError(
            f"answer does not match {self.response_type.__name__} ({reason})",
            komet_method=self.name,
        )

    def _check_bare_answer(self, payload: dict[str, Any]) -> None:
        """An answer without its envelope is a success only if it carries the documented
        list (``{"carriers": [...]}``): a bare object without it (``{"error": ...}``) is
        not the shape, never an empty success."""
        if self.returns is None or not attrs.has(self.response_type):
            return
        field = attrs.fields_dict(self.response_type).get(self.returns)
        if field is None:
            return
        key = wire_name(field)
        if key not in payload and not any(k in payload for k in rule_of(field).also_reads):
            raise KometDecodeError(
                f"answer has neither {self.status_key!r} nor {key!r}",
                komet_method=self.name,
                path=key,
            )

    def shape_error(self, exc: ShapeError) -> KometDecodeError:
        """The :class:`KometDecodeError` of an answer that is not the shape (or, strict, has
        a value that does not parse) at ``exc.path``."""
        return KometDecodeError(
            f"answer does not match {self.response_type.__name__} at "
            f"{exc.path or 'the top level'} ({exc.reason})",
            komet_method=self.name,
            path=exc.path,
        )

"""Every failure FakeKomet can answer, with its message text, in one table.

Komet reports failures in the body: HTTP 200 and ``{"status": "0", "message": "..."}``
(``statusInventory`` 0 for ``PATCH v2/inventory/box/count``). The docs name almost none of
the texts, so most messages below are the fake's own choice; ``documented`` says which ones
come from the docs and ``source`` says where, so nobody mistakes a guess for Komet's wording.
Messages are ``str.format`` templates; the fields are listed per rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rule:
    """A named failure: ``render(**fields)`` gives the message the fake answers with."""

    name: str
    message: str
    documented: bool
    source: str

    def render(self, **fields: Any) -> str:
        return self.message.format(**fields)


def _rule(name: str, message: str, source: str = "", *, documented: bool = False) -> Rule:
    return Rule(name, message, documented, source or "undocumented; the fake's choice")


REQUEST_TOO_LARGE = _rule(
    "request_too_large",
    "The request exceeds the maximum size of {limit} bytes.",
    "the 64kb limit is documented (APIDocs 3342480); the answer is not",
)
INVALID_JSON = _rule("invalid_json", "The request body is not valid JSON.")
TOKEN_MISSING = _rule(
    "token_missing",
    "Parameter authenticationToken is required",
    "pattern of the documented 'Parameter boxCode is required' (v2/inventory/box/count)",
)
TOKEN_INVALID = _rule(
    "token_invalid",
    "Invalid Security Token",
    "v2/inventory/box/count statusInventory 0 (the only documented bad-token text)",
    documented=True,
)
TOKEN_KIND_NOT_ALLOWED = _rule(
    "token_kind_not_allowed",
    "A {kind} token is not allowed to call {method}.",
    "token types per method are documented; the refusal text is not",
)
METHOD_NOT_ALLOWED = _rule(
    "method_not_allowed",
    "This token is not allowed to call {method}.",
    "tokens are limited to the ticked methods (APIDocs 11174341); the refusal text is not",
)
QUOTA_EXCEEDED = _rule(
    "quota_exceeded",
    "The daily limit of {limit} requests has been exceeded.",
    "1,000 requests per user per day is documented; the answer is not",
)
LOGIN_FAILED = _rule("login_failed", "Invalid username or password.")
HEADER_REQUIRED = _rule("header_required", "Header {header} is required")
PARAM_REQUIRED = _rule(
    "param_required",
    "Parameter {param} is required",
    "pattern of the documented 'Parameter boxCode is required' (v2/inventory/box/count)",
)
ONE_OF_REQUIRED = _rule("one_of_required", "One of the parameters {params} is required")
PARAM_TOO_LONG = _rule(
    "param_too_long",
    "Parameter {param} exceeds the maximum length of {limit} characters",
    "lengths are documented per parameter; the refusal text is not",
)
BAD_DATE = _rule("bad_date", "Parameter {param} must be a date in the format YYYY-MM-DD")
WINDOW_TOO_WIDE = _rule(
    "window_too_wide",
    "The range {date_from} to {date_to} exceeds the maximum of {limit}.",
    "the limits (4 days, 31 days, six months) are documented; the refusal text is not",
)
BAD_PARAM = _rule("bad_param", "Parameter {param} is not valid")
RECORD_NOT_FOUND = _rule("record_not_found", "{what} {key} does not exist.")
BOX_CODE_UNKNOWN = _rule(
    "box_code_unknown",
    "Box code does not exist",
    "box.code.change per-box result (sample response)",
    documented=True,
)
BOX_CODE_TAKEN = _rule("box_code_taken", "Box code already exists")
UNKNOWN_METHOD = _rule("unknown_method", "Method {path} does not exist.")
NOT_IMPLEMENTED = _rule(
    "not_implemented",
    "FakeKomet does not implement {method}.",
    "fake only: a documented method without a handler must never look like success",
)
NOT_FOUND = _rule(
    "not_found",
    "{message}",
    "'Products not found.', 'Boxtype not found.', 'Orders not found.' seen in 3rd-party code; "
    "other lists follow that pattern (spec.json not_found_documented). Which status comes "
    "with it is undocumented: the fake answers status 0 and no list key",
)
FAULT_STATUS0 = _rule(
    "fault_status0",
    "An unexpected error has occurred, please try again.",
    "fake only: an injected transient failure (Faults kind 'status0')",
)

ALL_RULES: tuple[Rule, ...] = (
    REQUEST_TOO_LARGE,
    INVALID_JSON,
    TOKEN_MISSING,
    TOKEN_INVALID,
    TOKEN_KIND_NOT_ALLOWED,
    METHOD_NOT_ALLOWED,
    QUOTA_EXCEEDED,
    LOGIN_FAILED,
    HEADER_REQUIRED,
    PARAM_REQUIRED,
    ONE_OF_REQUIRED,
    PARAM_TOO_LONG,
    BAD_DATE,
    WINDOW_TOO_WIDE,
    BAD_PARAM,
    RECORD_NOT_FOUND,
    BOX_CODE_UNKNOWN,
    BOX_CODE_TAKEN,
    UNKNOWN_METHOD,
    NOT_IMPLEMENTED,
    NOT_FOUND,
    FAULT_STATUS0,
)
RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in ALL_RULES}

"""Tokens and login credentials known to one FakeKomet."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from ._spec import load_spec, methods_for_kind

TokenKind = Literal["company", "customer", "vendor", "user"]
TOKEN_KINDS: tuple[TokenKind, ...] = ("company", "customer", "vendor", "user")


@dataclass(frozen=True)
class TokenInfo:
    """What a token may do. The token string itself is the registry key, never stored here,
    so a ``TokenInfo`` can be logged or shown in a test failure safely."""

    kind: TokenKind
    methods: frozenset[str]
    vendor_id: str | None = None
    customer_id: str | None = None
    user_id: str | None = None
    """A User token's user: a salesperson id (``salesPersonId`` of customers) or an
    e-commerce user's ``userId``."""


def new_token() -> str:
    """26 lowercase letters/digits, like every documented sample token."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(secrets.choice(alphabet) for _ in range(26))


class TokenRegistry:
    """Tokens by value, plus username/password pairs for ``login``."""

    def __init__(self) -> None:
        self._tokens: dict[str, TokenInfo] = {}
        self._credentials: dict[str, tuple[str, str]] = {}  # username -> (password, token)

    def add(
        self,
        kind: TokenKind,
        methods: Iterable[str] | None = None,
        *,
        vendor_id: str | None = None,
        customer_id: str | None = None,
        user_id: str | None = None,
    ) -> str:
        if kind not in TOKEN_KINDS:
            raise ValueError(f"unknown token kind {kind!r}; expected one of {TOKEN_KINDS}")
        scope = methods_for_kind(kind)
        if methods is not None:
            wanted = frozenset(methods)
            unknown = wanted - set(load_spec())
            if unknown:
                raise ValueError(f"unknown Komet methods: {sorted(unknown)}")
            # Methods outside the kind's scope are kept: the server refuses them with the
            # token-kind rule, which is what a test of that rule needs.
            scope = wanted
        token = new_token()
        self._tokens[token] = TokenInfo(kind, scope, vendor_id, customer_id, user_id)
        return token

    def lookup(self, token: str) -> TokenInfo | None:
        return self._tokens.get(token)

    def add_user(self, username: str, password: str) -> str:
        """Register a login; returns the company token ``login`` will answer with."""
        token = self.add("company")
        self._credentials[username] = (password, token)
        return token

    def login(self, username: str, password: str) -> str | None:
        known = self._credentials.get(username)
        if known is None or not secrets.compare_digest(known[0].encode(), password.encode()):
            return None
        return known[1]

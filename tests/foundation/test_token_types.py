"""One name for the kinds of Komet token: ``komet_async.TokenType``, taken by the session,
by a per-call ``token_type=`` and by the catalog's ``token_types``."""

from __future__ import annotations

import datetime as dt
import typing

import pytest

import komet_async as komet
from komet_async._catalog import CATALOG
from komet_async.testing import FakeKomet


def test_the_catalog_and_the_session_share_one_type() -> None:
    kinds = set(typing.get_args(komet.TokenType))
    assert kinds == {"company", "customer", "vendor", "user"}
    used = {kind for method in CATALOG.values() for kind in method.token_types}
    assert used <= kinds
    hints = typing.get_type_hints(komet.KometSession.__init__)
    assert hints["token_type"] == komet.TokenType


def test_every_kind_is_a_session_token_type_and_nothing_else_is() -> None:
    for kind in typing.get_args(komet.TokenType):
        assert komet.KometSession("t" * 20, token_type=kind).token_type == kind
    with pytest.raises(komet.RequestValidationError) as info:
        komet.KometSession("t" * 20, token_type="admin")  # type: ignore[arg-type]
    assert info.value.field == "token_type"


async def test_a_bad_per_call_token_type_is_refused_before_sending() -> None:
    async with FakeKomet() as fake, komet.KometSession(
        fake.token, base_url=fake.url, daily_quota=None
    ) as k:
        with pytest.raises(komet.RequestValidationError) as info:
            await k.prebooks.create(
                ship_date=dt.date(2026, 2, 10), customer_id=1, token_type="admin"  # type: ignore[arg-type]
            )
        assert info.value.field == "token_type"
        assert fake.requests == []

"""Tests of one's own integration code on the fake (pytest-asyncio strict mode: each async
test is marked ``@pytest.mark.asyncio``)."""

from __future__ import annotations

import datetime as dt

import pytest

import komet_async as komet
from komet_async.testing import FakeKomet


async def rename_product(k: komet.KometSession, product_id: int, grade: str) -> None:
    """The code under test."""
    [product] = await k.products.list(id=product_id)
    await k.products.update(
        product_id=product.id, category=product.category or "Rose", grade=grade
    )


@pytest.mark.asyncio
async def test_the_update_reaches_the_fake(
    komet_fake: FakeKomet, komet_session: komet.KometSession
) -> None:
    await rename_product(komet_session, 1001, "Premium")
    # fake.requests: one record per request, with its parameters (never the token).
    update = next(r for r in komet_fake.requests if r.method == "product.update")
    assert update.outcome == "ok" and update.params["grade"] == "Premium"
    # fake.state: the fake company's data, plain dicts keyed by id as text, wire names.
    assert komet_fake.state.products["1001"]["grade"] == "Premium"


@pytest.mark.asyncio
async def test_the_day_is_pinned(komet_fake: FakeKomet) -> None:
    assert komet_fake.today == dt.date(2027, 3, 14)  # from komet_fake_options

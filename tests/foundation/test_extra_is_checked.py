"""A request's ``extra`` (fields the docs cut off, sent as given) is checked like a field: a
wrong type is a RequestValidationError naming where it sits, with nothing sent (found by
tests/reliability/test_hostile_input.py: it was an AttributeError from the encoder)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async.models.prebooks import PrebookItem
from komet_async.models.price_lists import SeasonProductLine
from komet_async.testing import FakeKomet


@pytest.mark.parametrize(
    ("extra", "rule"), [(1, "must be a dict"), ({3: "x"}, "keys must be wire names")]
)
async def test_a_bad_extra_is_refused_before_sending(extra: Any, rule: str) -> None:
    async with FakeKomet() as fake, komet.KometSession(
        fake.token, base_url=fake.url, daily_quota=None
    ) as k:
        with pytest.raises(komet.RequestValidationError, match=rule) as info:
            await k.prebooks.create(
                ship_date=dt.date(2026, 2, 10), customer_id=1, carrier_id=2,
                items=[PrebookItem(product_id=1), PrebookItem(product_id=2, extra=extra)],
            )  # fmt: skip
        assert info.value.field == "items[1].extra"
        with pytest.raises(komet.RequestValidationError) as packed:
            line = SeasonProductLine(
                price_list_id=1, company_product_id=2, season_id=3, price=Decimal(1), extra=extra
            )
            await k.price_lists.add_products([line])
        assert packed.value.field == "products[0].extra"
        assert fake.requests == []

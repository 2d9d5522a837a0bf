"""``price_lists.add_products``: a JSON-array body packed into the fewest requests under
the 64 KB limit, one result per line."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async._convert import unstructure_request
from komet_async.testing import FakeKomet

from .conftest import sent

PRICE_LIST, SEASON = 1358, 17  # a seeded price list of the fake and one of its seasons
LIMIT = 64_000
ADD = "v2/price-list/season/product.add"


def _lines(count: int, note: int = 400) -> list[komet.SeasonProductLine]:
    """``count`` lines for distinct (product, vendor) slots, each padded by a ``note`` the
    page does not show (sent from the line's ``extra``) to make the body large."""
    return [
        komet.SeasonProductLine(
            price_list_id=PRICE_LIST,
            company_product_id=1001 + i % 40,
            season_id=SEASON,
            price=Decimal(f"{1 + i % 7}.{i % 100:02d}"),
            vendor_id=301 + i // 40,
            extra={"note": f"{i:05d}" + "x" * note},
        )
        for i in range(count)
    ]


def _size(line: komet.SeasonProductLine) -> int:
    """The line's bytes in the body, computed here independently of the SDK's packer."""
    (wire,) = unstructure_request(komet.SeasonProductAddRequest(products=[line]))["products"]
    return len(json.dumps(wire, separators=(",", ":"), default=float).encode())


async def test_a_big_list_splits_into_the_fewest_requests_under_the_limit(
    k: komet.KometSession, fake: FakeKomet
) -> None:
    lines = _lines(300)
    assert sum(map(_size, lines)) > 2 * LIMIT  # three requests at least
    result = await k.price_lists.add_products(lines)

    requests = sent(fake, ADD)
    assert len(requests) == result.requests_used >= 3
    assert all(r.bytes <= LIMIT and r.outcome == "ok" for r in requests)
    # One result per line, in input order; lines sent together share their request's part.
    assert [item.index for item in result.items] == list(range(300))
    assert [item.item for item in result.items] == lines
    assert result.ok and len(result.succeeded) == 300
    parts: list[Any] = []
    for item in result.items:
        if not parts or item.parts[0] is not parts[-1]:
            parts.append(item.parts[0])
    assert len(parts) == len(requests)
    batches = [part.request.products for part in parts]
    assert [line for batch in batches for line in batch] == lines
    for batch, request in zip(batches, requests, strict=True):
        # "[" + lines joined by "," + "]": the bytes the fake measured.
        assert request.bytes == 2 + sum(map(_size, batch)) + len(batch) - 1
    for request, following in zip(requests[:-1], batches[1:], strict=True):
        # Fewest requests: the next line would not have fitted in this one.
        assert request.bytes + 1 + _size(following[0]) > LIMIT

    listed = await k.price_lists.list_products(PRICE_LIST, SEASON)
    prices = {(p.vendor_id, p.product_description): p.price for p in listed}
    for line in lines:
        product = fake.state.products[str(line.company_product_id)]
        assert prices[(line.vendor_id, product["description"])] == line.price


async def test_a_refused_request_fails_its_lines_only(
    k: komet.KometSession, fake: FakeKomet
) -> None:
    lines = _lines(300)
    lines[150] = komet.SeasonProductLine(
        price_list_id=PRICE_LIST,
        company_product_id=999999,
        season_id=SEASON,
        price=Decimal("1.00"),
        extra={"note": "y" * 405},
    )
    result = await k.price_lists.add_products(lines)
    statuses = [item.status for item in result.items]
    bad = result.items[150].parts[0]
    assert statuses[150] == "failed" and isinstance(bad.error, komet.KometAPIError)
    # Every line packed with the bad one failed with it; every other line succeeded.
    assert [s == "failed" for s in statuses] == [i.parts[0] is bad for i in result.items]
    assert 0 < statuses.count("failed") < 300
    assert result.requests_used == len(sent(fake, ADD))
    # The refusal names a product that does not exist: sending it again cannot help.
    assert result.to_retry() == []
    assert result.to_retry(include_permanent=True) == [bad.request]


async def test_a_line_too_large_alone_is_refused_before_sending(
    k: komet.KometSession, fake: FakeKomet
) -> None:
    lines = _lines(3)
    lines[1] = _lines(1, note=LIMIT)[0]
    with pytest.raises(komet.RequestTooLargeError) as caught:
        await k.price_lists.add_products(lines)
    assert caught.value.field == "products[1]"
    assert fake.requests == []


async def test_the_daily_budget_is_checked_before_sending(fake: FakeKomet) -> None:
    lines = _lines(300)
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=2) as k:
        with pytest.raises(komet.QuotaExhaustedError):
            await k.price_lists.add_products(lines)
        assert fake.requests == []
        result = await k.price_lists.add_products(lines, allow_partial=True)
    assert result.requests_used == 2 == len(sent(fake, ADD))
    assert result.not_attempted and not result.failed
    assert len(result.succeeded) + len(result.not_attempted) == 300
    assert result.items[-1].status == "not_attempted"

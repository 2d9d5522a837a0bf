"""Array-bodied methods are packed into the fewest requests under the byte limit."""

from __future__ import annotations

from collections.abc import AsyncIterator

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import komet_async as komet
from komet_async._bulk import BulkError
from komet_async.testing import FakeKomet
from tests.conftest import ScriptedServer


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=3) as fake:
        yield fake


def _fewest(sizes: list[int], overhead: int, limit: int) -> int:
    """Order-preserving minimum by dynamic programming (separator: one comma)."""
    best = [0] + [10**9] * len(sizes)
    for end in range(1, len(sizes) + 1):
        total = overhead - 1
        for start in range(end - 1, -1, -1):
            total += sizes[start] + 1
            if total > limit:
                break
            best[end] = min(best[end], best[start] + 1)
    return best[-1]


codes = st.text(alphabet="ABCDEFGHKPSTXZ0123456789", min_size=1, max_size=20)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.lists(st.tuples(codes, codes), min_size=1, max_size=120),
    limit=st.integers(400, 2_000),
)
async def test_packing_is_minimal_and_every_body_fits(
    changes: list[tuple[str, str]], limit: int
) -> None:
    server = ScriptedServer()
    await server.start()

    async def echo(request):  # type: ignore[no-untyped-def]
        from aiohttp import web

        body = orjson.loads(await request.read())
        boxes = [{"newBoxCode": b["newBoxCode"], "status": "1"} for b in body["boxes"]]
        return web.json_response({"status": "1", "message": "ok", "boxes": boxes})

    server.handler = echo
    try:
        async with komet.KometSession(
            "t0kent0kent0ken", base_url=server.url, daily_quota=None, max_request_bytes=limit
        ) as k:
            items = [komet.BoxCodeChange(current_box_code=a, new_box_code=b) for a, b in changes]
            results = await k.boxes.change_codes(items)
    finally:
        await server.stop()
    # Per-item results come back in input order.
    assert [r.new_box_code for r in results] == [b for _, b in changes]
    # Every body fits, and the bodies together carry every item once, in order.
    sent = [orjson.loads(seen.body)["boxes"] for seen in server.seen]
    assert all(len(seen.body) <= limit for seen in server.seen)
    assert [b["newBoxCode"] for body in sent for b in body] == [b for _, b in changes]
    # As few requests as any order-preserving split could make.
    item_sizes = [len(orjson.dumps({"currentBoxCode": a, "newBoxCode": b})) for a, b in changes]
    overhead = len(orjson.dumps({"authenticationToken": "t0kent0kent0ken", "boxes": []}))
    assert len(server.seen) == _fewest(item_sizes, overhead, limit)


async def test_one_item_too_large_alone_is_refused_before_sending(fake: FakeKomet) -> None:
    async with komet.KometSession(
        fake.token, base_url=fake.url, daily_quota=None, max_request_bytes=120
    ) as k:
        with pytest.raises(komet.RequestTooLargeError) as info:
            await k.boxes.change_codes(
                [
                    komet.BoxCodeChange(current_box_code="A1", new_box_code="B1"),
                    komet.BoxCodeChange(current_box_code="A" * 20, new_box_code="B" * 20),
                ]
            )
    assert info.value.field == "changes[1]"
    assert fake.requests == []


async def test_failure_after_a_first_request_reports_every_item(server: ScriptedServer) -> None:
    calls = 0

    async def first_ok_then_fail(request):  # type: ignore[no-untyped-def]
        from aiohttp import web

        nonlocal calls
        calls += 1
        body = orjson.loads(await request.read())
        if calls == 1:
            boxes = [{"newBoxCode": b["newBoxCode"], "status": "1"} for b in body["boxes"]]
            return web.json_response({"status": "1", "boxes": boxes})
        return web.json_response({"status": "0", "message": "Something failed"})

    server.handler = first_ok_then_fail
    items = [
        komet.BoxCodeChange(current_box_code=f"KS{i:04}", new_box_code=f"PT{i:04}")
        for i in range(30)
    ]
    async with komet.KometSession(
        "t0ken", base_url=server.url, daily_quota=None, max_request_bytes=500
    ) as k:
        with pytest.raises(BulkError) as info:
            await k.boxes.change_codes(items)
    result = info.value.result
    assert len(result.items) == 30
    first_batch = len(orjson.loads(server.seen[0].body)["boxes"])
    assert [i.index for i in result.succeeded] == list(range(first_batch))
    assert len(result.failed) > 0
    assert len(result.succeeded) + len(result.failed) + len(result.not_attempted) == 30
    assert len(server.seen) == 2  # stopped at the first failure
    # What to send again: exactly the items after the first request, in order.
    retry = result.to_retry()
    assert [b.new_box_code for request in retry for b in request.boxes] == [
        f"PT{i:04}" for i in range(first_batch, 30)
    ]


async def test_move_to_awb_splits_long_code_lists_across_urls(fake: FakeKomet) -> None:
    codes = [f"KS{i:09}" for i in range(1200)]  # ~14 KB of codes: over a safe URL
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k:
        moved = await k.boxes.move_to_awb(
            awb="0981-0621-999",
            ship_date=__import__("datetime").date(2026, 6, 21),
            box_codes=codes,
        )
    sent = [r for r in fake.requests if r.method == "box.move.awb"]
    assert len(sent) >= 2
    assert all(r.bytes <= 7_000 for r in sent)
    # Every code sent exactly once, in order, across the requests.
    assert [c for r in sent for c in r.params["boxCodes"].split(",")] == codes
    assert set(moved.failed_boxes) <= set(codes)

"""Nothing dropped (issue 17, point 4), on the public path: ``box.move.awb`` answers what
the server said, ``.extra`` included; the methods whose documented answer has no envelope
work through their namespace methods, not only through ``decode()``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest
from aiohttp import web

import komet_async as komet
from tests._docs import METHODS_PART1, METHODS_PART2, METHODS_PART3
from tests.conftest import SECRET_TOKEN, ScriptedServer

DAY = dt.date(2026, 6, 21)


async def test_move_to_awb_keeps_what_the_server_said(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json(
        {"status": "1", "message": "Boxes moved", "failedBoxes": ["KS2"], "movedCount": 1.0}
    )
    moved = await session.boxes.move_to_awb(
        awb="0981-0621-999", ship_date=DAY, box_codes=["KS1", "KS2"]
    )
    assert (moved.status, moved.message, moved.failed_boxes) == (1, "Boxes moved", ["KS2"])
    assert moved.extra == {"movedCount": Decimal("1.0")}
    assert moved.response.message == "Boxes moved" and moved.response.komet_method == "box.move.awb"


async def test_move_to_awb_split_across_requests_merges_failed_boxes_and_extra(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    async def reply(request: web.Request) -> web.StreamResponse:
        batch = len(server.seen)
        first = request.query["boxCodes"].split(",")[0]  # each request fails its first code
        more = {"note": "first only"} if batch == 1 else {}
        return web.json_response(
            {"status": "1", "message": f"batch {batch}", "failedBoxes": [first], "batch": batch}
            | more
        )

    server.handler = reply
    codes = [f"KS{i:09}" for i in range(1200)]  # over a safe URL: several requests
    moved = await session.boxes.move_to_awb(awb="0981-0621-999", ship_date=DAY, box_codes=codes)
    count = len(server.seen)
    assert count >= 2
    assert moved.failed_boxes == [s.query["boxCodes"].split(",")[0] for s in server.seen]
    # Every answer's undocumented fields, a later one's value winning; the last message.
    assert moved.extra == {"batch": count, "note": "first only"}
    assert moved.message == f"batch {count}" and moved.response.message == f"batch {count}"


async def test_packed_writes_keep_the_answers_top_level_fields(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json(
        {"status": "1", "message": "OK", "boxes": [{"boxCode": "KS1", "status": 1}], "run": "r7"}
    )
    results = await session.boxes.update_external_code(
        [komet.models.boxes.BoxExternalCode(box_code="KS1", external_code="PT1")]
    )
    assert [r.box_code for r in results] == ["KS1"] and results.extra == {"run": "r7"}


# --- envelope-optional answers, through the public methods ---------------------------------

Call = Callable[[komet.KometSession], Awaitable[Any]]

CALLS: dict[str, Call] = {
    "carrier.list": lambda k: k.carriers.list(),
    "company.list": lambda k: k.companies.list(),
    "company.location.list": lambda k: k.companies.list_locations(6326),
    "customer.by.company.list": lambda k: k.customers.list_by_company(),
    "hardgood/inventory.list": lambda k: k.inventory.list_hardgoods(sku="BOX-40"),
    "v2/product/colors": lambda k: k.products.list_colors(category_name="DK"),
    "v2/product/grades": lambda k: k.products.list_grades(category_name="DK"),
}

# The pages whose sample is not JSON (company.location.list: an unquoted name) or absent
# (hardgood/inventory.list: the response table only): the bare answer their pages describe.
DESCRIBED = {
    "company.location.list": {
        "locations": [{"id": 1, "name": "Rich", "shortName": "R", "code": "RI", "active": True}]
    },
    "hardgood/inventory.list": {
        "inventoryItems": [
            {"inventoryIds": "11,12", "productId": 4411, "sku": "BOX-40", "unitPrice": "1,300.00"}
        ]
    },
}


def _samples() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for part in (METHODS_PART1, METHODS_PART2, METHODS_PART3):
        for entry in json.loads(part.read_text(encoding="utf-8")):
            found[entry["method"]] = entry.get("sample_response")
    return found


SAMPLES = _samples()
OPTIONAL = sorted(n for n, m in komet.CATALOG.items() if m.envelope_optional)


def test_every_envelope_optional_method_is_called_below() -> None:
    assert set(CALLS) == set(OPTIONAL)


def _bare_answer(name: str) -> dict[str, Any]:
    sample = SAMPLES.get(name)
    answer = sample if isinstance(sample, dict) else DESCRIBED[name]
    assert "status" not in answer and "message" not in answer  # the documented bare shape
    return answer


@pytest.mark.parametrize("name", OPTIONAL)
async def test_the_documented_bare_answer_is_a_success_on_the_public_path(
    server: ScriptedServer, name: str
) -> None:
    answer = _bare_answer(name)
    server.reply_json(answer)
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=None, account_id=77, sales_channel="WEB_APP"
    ) as k:
        result = await CALLS[name](k)
    method = komet.CATALOG[name]
    (_key, items), *_ = ((k, v) for k, v in answer.items() if isinstance(v, list))
    assert isinstance(result, komet.KometList) and len(result) == len(items)
    assert result.response.komet_method == name and result.response.message is None
    assert server.seen[0].path == method.url_path


@pytest.mark.parametrize("name", OPTIONAL)
async def test_a_status_zero_is_still_a_refusal_on_the_public_path(
    server: ScriptedServer, name: str
) -> None:
    server.reply_json({"status": "0", "message": "Invalid Security Token"})
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=None, account_id=77, sales_channel="WEB_APP"
    ) as k:
        with pytest.raises(komet.KometAPIError, match="Invalid Security Token"):
            await CALLS[name](k)


@pytest.mark.parametrize("name", OPTIONAL)
async def test_a_bare_answer_without_its_list_is_not_a_success(
    server: ScriptedServer, name: str
) -> None:
    server.reply_json({"error": "Service unavailable"})  # neither the envelope nor the list
    async with komet.KometSession(
        SECRET_TOKEN, base_url=server.url, daily_quota=None, account_id=77, sales_channel="WEB_APP"
    ) as k:
        with pytest.raises(komet.KometDecodeError, match="neither 'status' nor") as info:
            await CALLS[name](k)
    assert info.value.path == next(iter(_bare_answer(name)))

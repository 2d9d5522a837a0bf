"""The fast paths give the same answers as the plain ones: the converter's inline cases vs
its hooks, a large answer decoded in slices vs in one go, the cache of encoded requests.
(Speed is measured in benchmarks/, never asserted here.)"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import komet_async as komet
from komet_async import _constants
from komet_async._catalog import CATALOG
from komet_async._convert import converter, structure
from komet_async.errors import KometDecodeError
from komet_async.models._base import KometModel
from komet_async.models.invoices import InvoiceDetailsListResponse
from komet_async.models.products import Product, ProductListRequest

from ..conftest import SECRET_TOKEN, ScriptedServer


@attrs.define(kw_only=True)
class Sample(KometModel):
    n: int
    maybe_n: int | None = None
    flag: bool | None = None
    money: Decimal | None = None
    text: str | None = None
    day: dt.date | None = None
    items: list[Product] = attrs.field(factory=list)


_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", "1", "0", " 7", "+3", "-4", "1_000", "١٢", "²", "true", "No", "x"]),
    st.text(max_size=5),
)


def _plain(field: str, value: object) -> object:
    """The field's value through the type's plain hook (the rules of the converter)."""
    a = attrs.fields_dict(attrs.resolve_types(Sample))[field]
    args = getattr(a.type, "__args__", (a.type,))
    inner = next(t for t in args if t is not type(None))
    optional = len(args) == 2
    if optional and (value is None or (value == "" and inner is not str)):
        return None
    return converter.get_structure_hook(inner)(value, inner)


@pytest.mark.parametrize("field", ["n", "maybe_n", "flag", "money", "text"])
@given(value=_VALUES)
def test_inline_cases_agree_with_the_hooks(field: str, value: object) -> None:
    payload: dict[str, Any] = {"n": 1, {"maybe_n": "maybeN"}.get(field, field): value}
    try:
        expected = _plain(field, value)
    except (ValueError, TypeError, ArithmeticError) as exc:
        with pytest.raises(type(exc)):
            structure(payload, Sample)
        return
    got = getattr(structure(payload, Sample), field)
    assert got == expected and type(got) is type(expected)


def test_missing_fields_keep_defaults_and_unknown_keys_land_in_extra() -> None:
    sample = structure({"n": "12", "zz": [1], "items": [{"id": "3", "new": 1}]}, Sample)
    assert sample.n == 12 and sample.maybe_n is None and sample.items[0].id == 3
    assert sample.extra == {"zz": [1]} and sample.items[0].extra == {"new": 1}
    with pytest.raises(ValueError, match="missing required field 'n'"):
        structure({}, Sample)


def _page(invoices: int) -> dict[str, Any]:
    return {
        "status": 1,
        "message": "OK",
        "more": "kept",
        "invoices": [
            {
                "id": i,
                "number": str(i),
                "shipDate": "2026-03-02",
                "odd": i,
                "details": [{"detailId": i * 10 + k, "boxes": [{"detailId": 1}]} for k in range(3)],
            }
            for i in range(invoices)
        ],
    }


async def test_a_large_answer_decoded_in_slices_equals_the_plain_decode(
    server: ScriptedServer, session: komet.KometSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_constants, "DECODE_SLICE_SECONDS", 0.0)  # one slice per 8 items
    page = _page(_constants.LARGE_ANSWER_ITEMS * 2 + 5)
    expected = structure(page, InvoiceDetailsListResponse)
    server.reply_json(page)
    sliced = await session.invoices.list_details(dt.date(2026, 3, 2), dt.date(2026, 3, 5))
    assert list(sliced) == expected.invoices
    await asyncio.sleep(0)  # the collector resumes at the loop's next turn
    assert gc.isenabled()


async def test_a_bad_item_in_a_large_answer_is_a_decode_error(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    page = _page(_constants.LARGE_ANSWER_ITEMS + 1)
    del page["invoices"][-1]["id"]
    server.reply_json(page)
    last = _constants.LARGE_ANSWER_ITEMS
    with pytest.raises(KometDecodeError, match="missing required field of Invoice") as info:
        await session.invoices.list_details(dt.date(2026, 3, 2), dt.date(2026, 3, 5))
    assert info.value.path == f"invoices[{last}].id"
    await asyncio.sleep(0)
    assert gc.isenabled()


async def test_a_large_parse_resumes_the_collector_at_the_next_turn() -> None:
    from komet_async._transport import _loads_large

    assert _loads_large(b'{"a": [1]}') == {"a": [1]}
    await asyncio.sleep(0)
    assert gc.isenabled()


def test_the_collector_stays_off_if_the_user_turned_it_off() -> None:
    from komet_async._transport import _loads_large

    gc.disable()
    try:
        assert _loads_large(b'{"a": [1]}') == {"a": [1]}
        assert not gc.isenabled()
    finally:
        gc.enable()


async def test_encoded_requests_are_reused_only_for_identical_params(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "products": []})
    await session.products.list(id=1)
    await session.products.list(id=2)
    await session.products.list(description="a b&c")
    await session.products.list(id=1)
    await session.products.list(id=1, extra_params={"x": "1"})
    await session.products.list()
    queries = [s.query for s in server.seen]
    token = {"authenticationToken": SECRET_TOKEN}
    assert queries == [
        {**token, "id": "1"},
        {**token, "id": "2"},
        {**token, "description": "a b&c"},
        {**token, "id": "1"},
        {**token, "id": "1", "x": "1"},
        token,
    ]
    pipeline = session._dispatch
    method = CATALOG["product.list"]

    def encode(**fields: Any) -> object:
        return pipeline.encode(method, ProductListRequest(**fields), {})

    assert encode(id=1) is encode(id=1)
    assert encode(description="a") is not encode(description="a ")
    assert encode(id=1) is pipeline.encode(method, ProductListRequest(id=1), {"timeout": 1})
    assert pipeline.encode(method, {"id": 1}, {}) is not pipeline.encode(method, {"id": 1}, {})

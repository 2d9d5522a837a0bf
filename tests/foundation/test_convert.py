"""The one converter: exact money, tolerant ids/flags/dates, unknown fields kept."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import komet_async as komet
from komet_async import CATALOG
from tests.conftest import ScriptedServer

# decimal:10,2 and decimal:10,3 values, as the docs type money.
money_10_2 = st.decimals(
    min_value=Decimal("-99999999.99"), max_value=Decimal("99999999.99"), places=2
)
money_10_3 = st.decimals(
    min_value=Decimal("-9999999.999"), max_value=Decimal("9999999.999"), places=3
)


def _decode_fbe(wire_text: bytes) -> Decimal | None:
    payload = orjson.loads(wire_text)
    answer = CATALOG["boxtype.list"].decode(payload)
    return answer.box_types[0].fbe  # type: ignore[no-any-return]


@given(money=st.one_of(money_10_2, money_10_3))
def test_money_sent_as_a_json_number_is_exact(money: Decimal) -> None:
    # The server writes the number's text; orjson reads a float; we must get the text back.
    text = b'{"status":"1","boxtypes":[{"id":1,"fbe":' + str(money).encode() + b"}]}"
    assert _decode_fbe(text) == money


@given(money=st.one_of(money_10_2, money_10_3))
def test_money_sent_as_a_string_is_exact(money: Decimal) -> None:
    text = b'{"status":"1","boxtypes":[{"id":1,"fbe":"' + str(money).encode() + b'"}]}'
    decoded = _decode_fbe(text)
    assert decoded == money
    assert decoded is not None and decoded.as_tuple() == money.as_tuple()


@settings(max_examples=25, deadline=None)
@given(money=money_10_2)
async def test_money_is_exact_over_a_real_socket(money: Decimal) -> None:
    server = ScriptedServer()
    await server.start()
    try:
        server.reply_json({"status": "1", "boxtypes": [{"id": "3", "fbe": float(str(money))}]})
        async with komet.KometSession("t0ken", base_url=server.url, daily_quota=None) as k:
            (box_type,) = await k.boxes.list_types()
        assert box_type.fbe == money
    finally:
        await server.stop()


def test_non_finite_money_is_never_a_number() -> None:
    payload = {"status": "1", "boxtypes": [{"id": 1, "fbe": "NaN"}]}
    with pytest.warns(komet.KometDataWarning, match=r"boxtypes\[0\]\.fbe"):
        answer = CATALOG["boxtype.list"].decode(payload)
    assert answer.box_types[0].fbe is None
    assert answer.box_types[0].extra == {"fbe": "NaN"}
    with pytest.raises(komet.KometDecodeError, match=r"boxtypes\[0\]\.fbe"):
        CATALOG["boxtype.list"].decode(payload, strict=True)


@pytest.mark.parametrize("flag", [1, "1", True, "true", "True"])
def test_true_flags_in_every_documented_spelling(flag: object) -> None:
    answer = CATALOG["product.list"].decode({"products": [{"id": 1, "active": flag}]})
    assert answer.products[0].active is True


@pytest.mark.parametrize("flag", [0, "0", False, "false"])
def test_false_flags_in_every_documented_spelling(flag: object) -> None:
    answer = CATALOG["product.list"].decode({"products": [{"id": 1, "active": flag}]})
    assert answer.products[0].active is False


@pytest.mark.parametrize("product_id", ["1", 1])
def test_ids_as_text_or_numbers(product_id: object) -> None:
    answer = CATALOG["product.list"].decode({"products": [{"id": product_id}]})
    assert answer.products[0].id == 1


def test_unknown_fields_are_kept_on_every_level() -> None:
    answer = CATALOG["product.list"].decode(
        {
            "status": "1",
            "message": "OK",
            "pageInfo": {"n": 1},
            "products": [{"id": "1", "description": "x", "newField": [1, 2]}],
        }
    )
    assert answer.extra == {"pageInfo": {"n": 1}}
    assert answer.products[0].extra == {"newField": [1, 2]}
    assert answer.products[0].description == "x"


def test_optional_fields_may_be_absent_or_empty() -> None:
    answer = CATALOG["product.list"].decode({"products": [{"id": "1", "divisionId": ""}]})
    product = answer.products[0]
    assert product.division_id is None
    assert product.category is None


def test_missing_required_field_is_a_decode_error() -> None:
    with pytest.raises(komet.KometDecodeError):
        CATALOG["product.list"].decode({"products": [{"description": "no id"}]})


def test_datetime_filters_are_sent_in_gmt() -> None:
    from komet_async._convert import converter

    eastern = dt.timezone(dt.timedelta(hours=-5))
    value = dt.datetime(2026, 3, 1, 22, 30, 5, tzinfo=eastern)
    assert converter.unstructure(value) == "2026-03-02 03:30:05"
    assert converter.unstructure(dt.date(2026, 3, 1)) == "2026-03-01"

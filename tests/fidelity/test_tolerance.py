"""Tolerant per value, loud per shape (issue 17): one odd value never sinks a page."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

import komet_async as komet

METHOD = komet.CATALOG["invoice.details.list"]


def page(count: int = 2000) -> dict[str, Any]:
    invoices = [
        {"id": i, "details": [{"amount": "12.50", "boxes": []} for _ in range(2)]}
        for i in range(count)
    ]
    return {"status": "1", "invoices": invoices}


def test_one_odd_value_in_2000_invoices_keeps_every_invoice() -> None:
    payload = page()
    payload["invoices"][1999]["details"][0]["amount"] = "twelve"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        answer = METHOD.decode(payload)
    assert len(answer.invoices) == 2000
    line = answer.invoices[1999].details[0]
    assert line.amount is None
    assert line.extra == {"amount": "twelve"}
    assert str(answer.invoices[1998].details[0].amount) == "12.50"
    data = [w.message for w in caught if isinstance(w.message, komet.KometDataWarning)]
    assert len(data) == 1
    assert data[0].paths == ["invoices[1999].details[0].amount"]
    assert "twelve" not in str(data[0])


def test_strict_decode_names_the_path() -> None:
    payload = page(3)
    payload["invoices"][2]["details"][1]["amount"] = "twelve"
    with pytest.raises(komet.KometDecodeError) as info:
        METHOD.decode(payload, strict=True)
    assert info.value.path == "invoices[2].details[1].amount"


def test_a_wrong_shape_stays_an_error_naming_its_path() -> None:
    payload = page(3)
    payload["invoices"][1]["details"] = {"amount": 1}
    with pytest.raises(komet.KometDecodeError) as info:
        METHOD.decode(payload)
    assert info.value.path == "invoices[1].details"


def test_a_missing_required_id_stays_an_error() -> None:
    payload = page(3)
    del payload["invoices"][0]["id"]
    with pytest.raises(komet.KometDecodeError) as info:
        METHOD.decode(payload)
    assert info.value.path == "invoices[0].id"


def test_grouped_money_text_is_read_in_answers() -> None:
    payload = page(1)
    payload["invoices"][0]["details"][0]["amount"] = "1,234.50"
    answer = METHOD.decode(payload)
    assert str(answer.invoices[0].details[0].amount) == "1234.50"


async def test_the_public_path_decodes_a_large_page_in_slices_tolerantly() -> None:
    import datetime as dt

    from tests.conftest import ScriptedServer

    payload = page()
    payload["invoices"][1999]["details"][1]["amount"] = "twelve"
    server = ScriptedServer()
    await server.start()
    try:
        day = dt.date(2026, 3, 2)
        async with komet.KometSession("t0ken", base_url=server.url, daily_quota=None) as k:
            server.reply_json(payload)
            with pytest.warns(komet.KometDataWarning) as caught:
                invoices = await k.invoices.list_details(date_from=day, date_to=day)
            server.reply_json(payload)
            with pytest.raises(komet.KometDecodeError) as info:
                await k.invoices.list_details(date_from=day, date_to=day, strict_decode=True)
    finally:
        await server.stop()
    assert len(invoices) == 2000
    assert invoices[1999].details[1].extra == {"amount": "twelve"}
    data = [w.message for w in caught if isinstance(w.message, komet.KometDataWarning)]
    assert [w.paths for w in data] == [["invoices[1999].details[1].amount"]]
    assert info.value.path == "invoices[1999].details[1].amount"


async def test_top_level_fields_beside_the_list_are_kept() -> None:
    from tests.conftest import ScriptedServer

    server = ScriptedServer()
    await server.start()
    try:
        server.reply_json({"status": "1", "total": 2, "products": [{"id": 1}, {"id": 2}]})
        async with komet.KometSession("t0ken", base_url=server.url, daily_quota=None) as k:
            products = await k.products.list()
    finally:
        await server.stop()
    assert [p.id for p in products] == [1, 2]
    assert products.extra == {"total": 2}

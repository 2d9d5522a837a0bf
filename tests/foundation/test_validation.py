"""Bad input is refused before anything is sent, naming the Python field and the rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import komet_async as komet
from tests.conftest import ScriptedServer


async def test_too_long_filter_names_field_and_rule(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        await session.products.list(description="x" * 201)
    assert info.value.field == "description"
    assert "200 characters" in info.value.rule
    assert info.value.komet_method == "product.list"
    assert server.seen == []


async def test_wrong_type_is_refused(server: ScriptedServer, session: komet.KometSession) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        await session.products.list(id="12")  # type: ignore[arg-type]
    assert info.value.field == "id"
    assert "int" in info.value.rule
    assert server.seen == []


async def test_nested_items_are_named_with_their_index(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    changes = [
        komet.BoxCodeChange(current_box_code="KS1", new_box_code="PT1"),
        komet.BoxCodeChange(current_box_code="KS2", new_box_code="P" * 21),
    ]
    with pytest.raises(komet.RequestValidationError) as info:
        await session.boxes.change_codes(changes)
    assert info.value.field == "changes[1].new_box_code"  # the caller's argument
    assert server.seen == []


async def test_empty_array_is_refused(server: ScriptedServer, session: komet.KometSession) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        await session.boxes.change_codes([])
    assert info.value.field == "changes"  # the caller's argument, not the model's boxes
    assert server.seen == []


@settings(max_examples=60, deadline=None)
@given(code=st.text(max_size=8))
async def test_box_type_code_rule_is_exactly_the_documented_length(code: str) -> None:
    server = ScriptedServer()
    await server.start()
    try:
        server.reply_json({"status": "1", "boxtypes": []})
        async with komet.KometSession("t0ken", base_url=server.url, daily_quota=None) as k:
            if len(code) <= 3 and "\x00" not in code:
                assert await k.boxes.list_types(code=code) == []
                assert len(server.seen) == 1
            else:
                with pytest.raises(komet.RequestValidationError) as info:
                    await k.boxes.list_types(code=code)
                assert info.value.field == "code"
                assert server.seen == []
    finally:
        await server.stop()

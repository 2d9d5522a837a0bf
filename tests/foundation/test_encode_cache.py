"""Repeated GET questions reuse their encoding -- and never mix one question with another."""

from __future__ import annotations

import pytest

import komet_async as komet
from tests.conftest import ScriptedServer


async def test_same_question_same_wire_different_question_different_wire(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "products": []})
    await session.products.list(id=5)
    await session.products.list(id=5)
    await session.products.list(id=6)
    await session.products.list(description="rose")
    await session.products.list(description="Rose")
    assert [seen.query.get("id") for seen in server.seen[:3]] == ["5", "5", "6"]
    assert [seen.query.get("description") for seen in server.seen[3:]] == ["rose", "Rose"]


async def test_a_value_of_another_type_is_validated_again(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "products": []})
    await session.products.list(id=1)
    # True == 1 and hash(True) == hash(1): the remembered encoding must not answer for it.
    with pytest.raises(komet.RequestValidationError) as info:
        await session.products.list(id=True)
    assert info.value.field == "id"
    assert len(server.seen) == 1


async def test_extra_params_bypass_the_remembered_encoding(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "products": []})
    await session.products.list()
    await session.products.list(extra_params={"page": 2})
    assert "page" not in server.seen[0].query
    assert server.seen[1].query["page"] == "2"

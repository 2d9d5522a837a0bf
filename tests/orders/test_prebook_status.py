"""prebook.details.list: the ``status`` filter integrations send, and "Orders not found."
as its empty answer (third-party.md, "prebook.details.list")."""

from __future__ import annotations

import komet_async as komet
from tests._today import TODAY
from tests.conftest import ScriptedServer


async def test_status_filter_goes_on_the_wire(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "prebooks": [{"id": 5, "number": "7"}]})
    found = await session.prebooks.list_details(date=TODAY, status="Approved")
    assert [p.id for p in found] == [5]
    (seen,) = server.seen
    assert seen.path == "prebook.details.list"
    assert seen.query["status"] == "Approved"
    assert seen.query["date"] == TODAY.isoformat()


async def test_without_status_the_wire_is_unchanged(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "prebooks": []})
    await session.prebooks.list_details(date=TODAY)
    assert set(server.seen[0].query) == {"authenticationToken", "date"}


async def test_orders_not_found_is_an_empty_list(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "0", "message": "Orders not found."})
    found = await session.prebooks.list_details(date=TODAY, status="Approved")
    assert found == []
    assert found.response.message == "Orders not found."


def test_the_declaration_knows_both_empty_answers() -> None:
    method = komet.CATALOG["prebook.details.list"]
    assert {"Orders not found.", "Prebooks not found."} <= set(method.not_found)

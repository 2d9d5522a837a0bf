"""hardgood/inventory.list answers without the envelope, as its page documents it."""

from __future__ import annotations

from decimal import Decimal

import komet_async as komet
from tests.conftest import ScriptedServer


async def test_the_documented_bare_answer_is_a_success(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    # The page's response: {"inventoryItems": [...]}, no status, no message.
    server.reply_json(
        {
            "inventoryItems": [
                {
                    "inventoryIds": "11,12",
                    "vendorId": 301,
                    "productId": 4411,
                    "productDescription": "Box 40cm",
                    "sku": "BOX-40",
                    "quantity": 30,
                    "packSize": 12,
                    "totalUnits": 360,
                    "unitPrice": "1,300.00",
                    "unitCost": 1.25,
                }
            ]
        }
    )
    items = await session.inventory.list_hardgoods(sku="BOX-40")
    assert [i.product_id for i in items] == [4411]
    assert items[0].inventory_ids == "11,12"
    assert (items[0].quantity, items[0].pack_size, items[0].total_units) == (30, 12, 360)
    assert items[0].unit_price == Decimal("1300.00")  # money as text, thousands grouped
    assert items[0].extra == {"unitCost": Decimal("1.25")}
    assert server.seen[0].path == "hardgood/inventory.list"


async def test_an_enveloped_answer_still_works(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "inventoryItems": [{"productId": 1}]})
    assert [i.product_id for i in await session.inventory.list_hardgoods()] == [1]


async def test_a_failure_is_still_a_failure(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "0", "message": "Invalid Security Token"})
    try:
        await session.inventory.list_hardgoods()
    except komet.KometAPIError:
        return
    raise AssertionError("a status 0 answer was taken for a success")

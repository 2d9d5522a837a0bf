"""The new namespaces type-check in user code as a user's project would (mypy --strict)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.typing._mypy import mypy_strict

# mypy targets 3.10 whichever interpreter runs it: the same outcome on every CPython.
pytestmark = pytest.mark.interpreter_independent

USER_CODE = """
import datetime as dt
from decimal import Decimal
from typing import Any

import komet_async as komet


async def cart(k: komet.KometSession) -> Decimal | None:
    created: komet.WebOrderWriteResponse = await k.web_orders.create(7122, company_id=1)
    order_id: int | None = created.web_order_id
    assert order_id is not None
    added: komet.WebOrderItemAddResponse = await k.web_orders.add_item(
        7122, web_order_id=order_id, inventory_ids=[1, 2],
        inventory_origin=komet.InventoryOrigin.OPEN_MARKET, price=Decimal("0.45"),
        quantity=2, carrier_id=1360, date=dt.date(2026, 2, 10),
    )
    print(added.extra)
    orders: komet.KometList[komet.WebOrder] = await k.web_orders.list_details(7122, order_id)
    await k.web_orders.checkout(7122, order_id, customer_po="PO-1")
    await k.web_orders.delete(7122, order_id)
    return orders[0].total


async def tickets(k: komet.KometSession) -> int:
    answer: komet.PickTicketDetailsList = await k.pick_tickets.list_details(
        order_date=dt.date(2026, 2, 10)
    )
    rows: list[dict[str, Any]] = answer.pick_tickets
    async for row in k.pick_tickets.iter_details(dt.date(2026, 1, 1), dt.date(2026, 3, 31)):
        rows.append(row)
    return len(rows)
"""


def test_web_orders_and_pick_tickets_type_check(tmp_path: Path) -> None:
    result = mypy_strict(tmp_path, {"app.py": USER_CODE})
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_type_is_caught(tmp_path: Path) -> None:
    wrong = USER_CODE.replace("-> Decimal | None:", "-> str:")
    result = mypy_strict(tmp_path, {"app.py": wrong})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Incompatible return value type" in result.stdout

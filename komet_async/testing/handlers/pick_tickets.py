"""pickticket.details.list: pick tickets (orders) of a date, a range (<= 7 days, checked by
the server from spec.json) or one order id.

The page is cut inside its parameters and shows nothing of the answer (GAP), so the answer
below is the fake's choice, kept minimal: the rows sit under ``pickTickets`` and carry the
fields the documented filters name (``orderId``, ``orderDate``, ``status``, ``customer``,
``customerId``, ``carrierName``, ``carrierId``) plus ``details``, each with the ``product``
the ``product`` filter matches and a box count. ``status`` defaults to active orders (the
page), read as every status but 4 (Voided).

Pick tickets are seeded per day (``state.daily("pick_tickets", ...)``), from
``state.reference`` only, with ids that encode the day (``orderId // 100`` is its ordinal),
so a day is a pure function of ``(seed, date)`` and an ``orderId`` finds its day.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from .. import rules
from . import HandlerContext, ParamError, Reply, handler
from ._filters import Record, exact, like

if TYPE_CHECKING:
    from .._state import FakeState

KIND = "pick_tickets"
VOIDED = 4
STATUSES = (0, 1, 4)  # Pending Approval, Confirmed, Voided (the page)
ID_OFFSET = 20  # ordinal * 100 + 20 + n: apart from the invoice/prebook/PO id ranges


def make_pick_tickets(state: FakeState, rng: random.Random, day: dt.date) -> list[Record]:
    """Pick tickets of order date ``day`` (0 to 4 of them)."""
    customers = list(state.reference.customers.values())
    carriers = list(state.reference.carriers.values())
    products = list(state.reference.products.values())
    tickets: list[Record] = []
    for index in range(rng.randint(0, 4)):
        customer, carrier = rng.choice(customers), rng.choice(carriers)
        tickets.append(
            {
                "orderId": day.toordinal() * 100 + ID_OFFSET + index,
                "orderDate": day.isoformat(),
                "status": rng.choice(STATUSES),
                "customer": customer["name"],
                "customerId": customer["id"],
                "carrierName": carrier["name"],
                "carrierId": carrier["id"],
                "details": [
                    {"product": rng.choice(products)["description"], "boxes": rng.randint(1, 10)}
                    for _ in range(rng.randint(1, 3))
                ],
            }
        )
    return tickets


def pick_tickets_of(state: FakeState, day: dt.date) -> list[Record]:
    return list(state.daily(KIND, make_pick_tickets).get(day))


def _days(ctx: HandlerContext) -> list[dt.date]:
    order_id = ctx.text("orderId")
    if order_id is not None:
        try:
            return [dt.date.fromordinal(int(order_id.strip()) // 100)]
        except (ValueError, OverflowError):
            raise ParamError(rules.BAD_PARAM, param="orderId") from None
    first, last = ctx.date("orderDateFrom"), ctx.date("orderDateTo")
    if first is not None or last is not None:
        first = first or last
        last = last or first
        assert first is not None and last is not None
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    day = ctx.date("orderDate")
    assert day is not None  # one of the three is required: checked by the server
    return [day]


def _matches(ctx: HandlerContext, ticket: Record) -> bool:
    status = ctx.text("status")
    if status is None:
        if ticket["status"] == VOIDED:
            return False
    elif not exact(status, ticket["status"]):
        return False
    for name in ("orderId", "customerId", "carrierId"):
        wanted = ctx.text(name)
        if wanted is not None and not exact(wanted, ticket[name]):
            return False
    for name in ("customer", "carrierName"):
        wanted = ctx.text(name)
        if wanted is not None and not like(wanted, ticket[name]):
            return False
    product = ctx.text("product")
    return product is None or any(like(product, d["product"]) for d in ticket["details"])


@handler("pickticket.details.list")
def list_details(ctx: HandlerContext) -> Reply:
    found = [t for day in _days(ctx) for t in pick_tickets_of(ctx.state, day) if _matches(ctx, t)]
    if not found:
        return ctx.not_found()
    return ctx.ok(pickTickets=found)

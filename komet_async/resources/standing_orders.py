"""``session.standing_orders``: standing orders (recurring prebook templates)."""

from __future__ import annotations

from .._generated.standing_orders import StandingOrdersMethods


class StandingOrdersResource(StandingOrdersMethods):
    __slots__ = ()
    namespace = "standing_orders"

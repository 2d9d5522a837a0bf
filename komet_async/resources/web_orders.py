"""``session.web_orders``: the e-commerce shopping cart -- create a web order, add lines,
read it back with its totals, check it out or cancel it."""

from __future__ import annotations

from .._generated.web_orders import WebOrdersMethods


class WebOrdersResource(WebOrdersMethods):
    __slots__ = ()
    namespace = "web_orders"

"""``session.purchase_orders``: purchase orders."""

from __future__ import annotations

from ._base import Resource


class PurchaseOrdersResource(Resource):
    __slots__ = ()

"""``session.inventory``: inventory."""

from __future__ import annotations

from ._base import Resource


class InventoryResource(Resource):
    __slots__ = ()

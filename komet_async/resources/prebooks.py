"""``session.prebooks``: prebooks."""

from __future__ import annotations

from ._base import Resource


class PrebooksResource(Resource):
    __slots__ = ()

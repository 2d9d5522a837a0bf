"""``session.invoices``: invoices."""

from __future__ import annotations

from ._base import Resource


class InvoicesResource(Resource):
    __slots__ = ()

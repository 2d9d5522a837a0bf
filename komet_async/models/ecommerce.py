"""E-commerce inventory (ecommerce.md): what a customer sees in the Komet web store.

Every ``ecommerce/*`` method needs the ``X-ACCOUNT`` header (``KometSession(account_id=...)``)
and takes a Company or Customer token. The docs are cut off before the answers' item arrays
(GAP), so items are kept as the server sends them.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from attrs import define, field

from .._wire import wire
from ._base import Envelope, KometRequest

_ID = wire(digits=(20, 0), min_value=0)

ECOMMERCE_DEFAULT_ROWS = 30
"""Rows per page of ``ecommerce/inventory.list`` when ``rows`` is not sent."""


class InventoryOrigin(enum.IntEnum):
    """Where an e-commerce line comes from (``inventoryOrigin``)."""

    OPEN_MARKET = 1
    FUTURE_SALES = 2
    VENDOR_AVAILABILITY = 3
    K2K = 4


_ORIGIN = wire(min_value=1, max_value=4)  # InventoryOrigin


def _origin_number(value: int) -> int:
    # Sent in a query string, where Python 3.10 would write an IntEnum by its name.
    return int(value) if isinstance(value, InventoryOrigin) else value


@define(kw_only=True)
class EcommerceInventoryListRequest(KometRequest):
    """``ecommerce/inventory.list``: one page of the inventory ``customer_id`` sees.

    ``page`` starts at 1; without it the server sends the first page of 30 rows.
    ``reserved_inventory`` (Transactional API Access only) is written true/false.
    ``search_text``, ``category_id`` and ``color`` come from an older copy of the page (the
    newest is cut off after ``rows``, GAP).
    """

    customer_id: int = field(metadata=_ID)
    page: int | None = field(default=None, metadata=wire(digits=(20, 0), min_value=1))
    rows: int | None = field(default=None, metadata=wire(digits=(20, 0), min_value=1))
    reserved_inventory: bool | None = field(default=None, metadata=wire(bool_style="truefalse"))
    company_location_id: int | None = field(default=None, metadata=_ID)
    available_date: dt.date | None = None
    search_text: str | None = None
    category_id: int | None = field(default=None, metadata=_ID)
    color: str | None = None


def _item_arrays(extra: dict[str, Any]) -> list[dict[str, Any]]:
    """The first array of objects among an answer's undeclared fields (see the GAP notes)."""
    for value in extra.values():
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            return value
    return []


@define(kw_only=True)
class EcommerceInventoryPage(Envelope):
    """One page of ``ecommerce/inventory.list``: ``total`` rows in all, and this page's
    ``items``.

    GAP: the docs are cut off before the item array, so neither its key nor its fields are
    known. ``items`` is the answer's array of objects, whatever its key, each item a ``dict``
    exactly as sent; the whole answer stays in ``.extra`` too.
    """

    total: int | None = None

    @property
    def items(self) -> list[dict[str, Any]]:
        return _item_arrays(self.extra)


@define(kw_only=True)
class EcommerceInventoryGetRequest(KometRequest):
    """``ecommerce/inventory.get``: the lines ``inventory_line_ids`` of one origin, for
    ``customer_id``, bought on ``date``. The newest page requires ``available_from`` and
    ``available_to`` (an older one only without ``carrier_id``); both are always sent."""

    customer_id: int = field(metadata=_ID)
    inventory_line_ids: list[int] = field(metadata=wire(min_len=1, digits=(20, 0), min_value=0))
    inventory_origin: int = field(converter=_origin_number, metadata=_ORIGIN)
    date: dt.date
    available_from: dt.date
    available_to: dt.date
    company_location_id: int | None = field(default=None, metadata=_ID)
    carrier_id: int | None = field(default=None, metadata=_ID)


@define(kw_only=True)
class EcommerceInventoryDetails(Envelope):
    """The answer of ``ecommerce/inventory.get``. GAP: its fields are not readable in any
    stored copy; everything but ``status``/``message`` is in ``.extra``, and ``items`` is its
    array of objects (whatever its key), as sent."""

    @property
    def items(self) -> list[dict[str, Any]]:
        return _item_arrays(self.extra)


@define(kw_only=True)
class EcommerceAvailableDatesRequest(KometRequest):
    """``ecommerce/inventory-available-dates.list``: when ``customer_id`` may buy the lines."""

    customer_id: int = field(metadata=_ID)
    inventory_line_ids: list[int] = field(metadata=wire(min_len=1, digits=(20, 0), min_value=0))
    inventory_origin: int = field(converter=_origin_number, metadata=_ORIGIN)
    company_location_id: int | None = field(default=None, metadata=_ID)


@define(kw_only=True)
class EcommerceAvailableDates(Envelope):
    """Dates on which a line can be bought: ``available_dates``, the first
    (``available_date_from``) and the day it stops (``available_date_to``)."""

    available_dates: list[dt.date] = field(factory=list)
    available_date_from: dt.date | None = None
    available_date_to: dt.date | None = None

"""E-commerce inventory (ecommerce.md): what a customer sees in the Komet web store; the
e-commerce support methods of more-methods.md (carriers for a customer, e-commerce settings).

Every ``ecommerce/*`` method needs the ``X-ACCOUNT`` header (``KometSession(account_id=...)``)
and takes a Company or Customer token. The docs are cut off before the answers' item arrays
(GAP), so items are kept as the server sends them.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any, NewType

from attrs import define, field

from .._convert import converter
from .._wire import wire
from ._base import Envelope, KometModel, KometRequest

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


# --- e-commerce support (more-methods.md): carriers for a customer, e-commerce settings ------


def _structure_slash_date(value: object, _: object) -> dt.date:
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 10 and text[2] == "/" and text[5] == "/":
            month, day, year = text.split("/")
            return dt.date(int(year), int(month), int(day))
    return converter.structure(value, dt.date)  # the YYYY-MM-DD used everywhere else


SlashDate = NewType("SlashDate", dt.date)
"""A ``datetime.date`` sent as ``MM/DD/YYYY`` (``carriers.by.customer.ship.date.list``'s
sample), or as the usual ``YYYY-MM-DD``."""

converter.register_structure_hook(SlashDate, _structure_slash_date)


@define(kw_only=True)
class CustomerCarriersRequest(KometRequest):
    """``ecommerce/customer-carriers.list``: the carriers ``customer_id`` may use for a
    purchase on ``date`` of lines available ``available_from``..``available_to`` (the dates
    ``ecommerce/inventory.list`` gives)."""

    customer_id: int = field(metadata=_ID)
    date: dt.date
    available_from: dt.date
    available_to: dt.date
    company_location_id: int | None = field(default=None, metadata=_ID)


@define(kw_only=True)
class CustomerCarriers(Envelope):
    """The answer of ``ecommerce/customer-carriers.list``: the suggested carrier for the date
    (``carrier_id``, ``carrier_name``) and its ``carrier_cube_rate`` (per customer and
    carrier, from the Days of Service setup), all documented.

    GAP: the page is cut off inside ``carriers`` ("array of o..."), so its items' fields are
    unknown: :attr:`carriers` gives them as sent (from ``.extra``, numbers exact)."""

    carrier_id: int | None = None
    carrier_name: str | None = None
    carrier_cube_rate: Decimal | None = None

    @property
    def carriers(self) -> list[dict[str, Any]]:
        value = self.extra.get("carriers")
        return value if isinstance(value, list) else []


@define(kw_only=True)
class EcommerceSettingsRequest(KometRequest):
    """``ecommerce-lite/settings``: the e-commerce settings of ``customer_id``."""

    customer_id: int = field(metadata=_ID)


@define(kw_only=True)
class EcommerceUserInfo(KometModel):
    """The e-commerce flags of a customer and of the calling user (``ecommerce-lite/settings``,
    every field documented). ``show_vendor_code_or_name``: 0 hidden, 1 vendor code, 2 vendor
    name; ``is_admin_sales``: the user has the Admin or Admin Sales role;
    ``show_arrival_date``: show the arrival date instead of the ship date. ``companyLogo`` is
    documented as "temporarily not available" with no type: if sent, it is in ``.extra``."""

    is_multilocation: bool | None = None
    show_arrival_date: bool | None = None
    charge_tax: bool | None = None
    is_multi_company: bool | None = None
    is_ecommerce_lite: bool | None = None
    is_admin_sales: bool | None = None
    show_vendor_code_or_name: int | None = None
    company_name: str | None = None
    customer_name: str | None = None
    username: str | None = None
    enable_access_app_mobile: bool | None = None


@define(kw_only=True)
class EcommerceSettings(Envelope):
    """The answer of ``ecommerce-lite/settings`` (no ``message`` is documented)."""

    user_info: list[EcommerceUserInfo] = field(factory=list)


def _optional_origin_number(value: int | None) -> int | None:
    return None if value is None else _origin_number(value)


@define(kw_only=True)
class CarriersByShipDateRequest(KometRequest):
    """``carriers.by.customer.ship.date.list`` (deprecated): ship dates and carriers for
    ``customer_id``. ``company_location_id`` "only applies to multi-location companies";
    ``inventory_origin`` is 1 On Hand, 2 Future Inventory or 3 Vendor Availability
    (:class:`InventoryOrigin`'s first three)."""

    customer_id: int = field(metadata=_ID)
    company_location_id: int | None = field(default=None, metadata=_ID)
    inventory_origin: int | None = field(
        default=None,
        converter=_optional_origin_number,
        metadata=wire(min_value=1, max_value=3),
    )


@define(kw_only=True)
class CarrierOption(KometModel):
    """A carrier available for a date (``carrierDate[]``)."""

    carrier_id: int | None = None
    carrier_name: str | None = None


@define(kw_only=True)
class CarriersByShipDate(Envelope):
    """The answer of ``carriers.by.customer.ship.date.list``: ``deliver_dates`` (sent as
    ``MM/DD/YYYY``; ship or arrival dates per the "Show arrival date instead of ship date"
    setting) and ``carrier_date``.

    GAP: ``defaultCarriersByDate`` is documented as an array but sampled as an object keyed
    by date, cut off; it stays in ``.extra`` as sent. How ``carrierDate`` ties to a date is
    cut off too."""

    deliver_dates: list[SlashDate] = field(factory=list)
    carrier_date: list[CarrierOption] = field(factory=list)

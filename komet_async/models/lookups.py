"""Lookups: login, customers, locations, carriers, vendors and AWBs (general.md, lookups.md,
purchase-orders.md).

The samples write ids as text (``"23423"``) and flags as ``"1"``, ``1`` or ``true``; the
converter takes them all. ``carrier.list``'s sample has no envelope; that is accepted too.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._secret import Secret
from .._wire import wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

_ID = wire(digits=(20, 0), min_value=0)


def _optional_id() -> Any:
    """An optional integer:20 id (attrs ``field``)."""
    return field(default=None, metadata=_ID)


# --- login ---------------------------------------------------------------------------------


@define(kw_only=True)
class LoginRequest(KometRequest):
    """``login``: a Komet user's credentials (each at most 100 characters).

    The password stays a :class:`~komet_async._secret.Secret` until the request is written.
    """

    MAX_LEN: ClassVar[int] = 100

    username: str = field(metadata=wire(max_len=100, min_len=1))
    password: Secret = field()
    """Sent as ``password``; the wire encoder reveals it as the bytes are written."""

    def check(self) -> None:
        if not isinstance(self.password, Secret):
            raise RequestValidationError("password", "must be a Secret")
        length = len(self.password.reveal())
        if not 1 <= length <= self.MAX_LEN:
            raise RequestValidationError(
                "password", f"must be 1 to {self.MAX_LEN} characters (got {length})"
            )


@define(kw_only=True)
class LoginResponse(Envelope):
    """The answer of ``login``: ``api_key`` is the new token (never shown in ``repr``)."""

    api_key: str | None = field(default=None, repr=False)


# --- customers, locations, carriers -----------------------------------------------------------


@define(kw_only=True)
class Customer(KometModel):
    """A customer (``customer.list``). ``accounting_code`` and ``updated_on`` (local time, as
    sent) appear in newer copies of the docs only."""

    id: int
    name: str | None = None
    code: str | None = None
    active: bool | None = None
    accounting_code: str | None = None
    sales_person: str | None = None
    sales_person_id: int | None = None
    customer_type: str | None = None
    updated_on: dt.datetime | None = None


@define(kw_only=True)
class CustomerListRequest(KometRequest):
    """Filters of ``customer.list``: ``id``/``code`` exact, ``name`` LIKE; ``update_as_of``
    keeps customers updated on or after that day (Komet spells it ``updateAsOf``)."""

    id: int | None = _optional_id()
    name: str | None = field(default=None, metadata=wire(max_len=200))
    code: str | None = field(default=None, metadata=wire(max_len=10))
    sales_person_id: int | None = _optional_id()
    include_inactive: bool | None = None
    location_id: int | None = _optional_id()
    update_as_of: dt.date | None = None


@define(kw_only=True)
class CustomerListResponse(Envelope):
    customers: list[Customer] = field(factory=list)


@define(kw_only=True)
class Location(KometModel):
    """A location (warehouse) of a multi-location company (``location.list``)."""

    id: int
    name: str | None = None
    code: str | None = None


@define(kw_only=True)
class LocationListRequest(KometRequest):
    id: int | None = _optional_id()
    name: str | None = field(default=None, metadata=wire(max_len=200))
    code: str | None = field(default=None, metadata=wire(max_len=10))


@define(kw_only=True)
class LocationListResponse(Envelope):
    locations: list[Location] = field(factory=list)


@define(kw_only=True)
class Carrier(KometModel):
    """A carrier (``carrier.list``). ``phone`` is typed integer but sent formatted, so it is
    text; ``komet_network_*`` map it to Komet Network Codes."""

    id: int
    code: str | None = None
    name: str | None = None
    active: bool | None = None
    street: str | None = None
    city: str | None = None
    state: str | None = None
    zip_code: str | None = None
    country: str | None = None
    phone: str | None = None
    komet_network_name: str | None = None
    komet_network_id: int | None = None


@define(kw_only=True)
class CarrierListRequest(KometRequest):
    id: int | None = _optional_id()
    name: str | None = field(default=None, metadata=wire(max_len=200))
    code: str | None = field(default=None, metadata=wire(max_len=10))
    active: bool | None = None


@define(kw_only=True)
class CarrierListResponse(Envelope):
    carriers: list[Carrier] = field(factory=list)


# --- vendors -----------------------------------------------------------------------------------


class VendorType(enum.IntEnum):
    """``vendorType`` of ``vendor.add``."""

    FRESH_CUT = 1
    FREIGHT_AND_HANDLING = 2
    HARD_GOODS = 3


@define(kw_only=True)
class Vendor(KometModel):
    """A vendor (grower) (``vendor.list``). ``cargo_master_code`` only with the Cargo Master
    integration."""

    id: int
    name: str | None = None
    code: str | None = None
    port_origin: str | None = None
    cargo_master_code: str | None = None
    active: bool | None = None


@define(kw_only=True)
class VendorListRequest(KometRequest):
    """Filters of ``vendor.list``; ``include_inactive`` is written true/false as documented."""

    id: int | None = _optional_id()
    name: str | None = field(default=None, metadata=wire(max_len=200))
    code: str | None = field(default=None, metadata=wire(max_len=10))
    port_origin: str | None = field(default=None, metadata=wire(max_len=4))
    include_inactive: bool | None = field(default=None, metadata=wire(bool_style="truefalse"))


@define(kw_only=True)
class VendorListResponse(Envelope):
    vendors: list[Vendor] = field(factory=list)


@define(kw_only=True)
class VendorAddRequest(KometRequest):
    """``vendor.add``. Keys follow the parameter table (``webPage``, ``emailForPOs``), not
    the page's sample (``webpage``, ``emailForPos``). ``email_for_pos`` is a
    ``;``-separated list."""

    name: str = field(metadata=wire(max_len=200, min_len=1))
    port_origin: str = field(metadata=wire(max_len=5, min_len=1))
    vendor_type: int = field(metadata=wire(min_value=1, max_value=3))
    code: str | None = field(default=None, metadata=wire(max_len=10))
    phone1: str | None = field(default=None, metadata=wire(max_len=20))
    phone2: str | None = field(default=None, metadata=wire(max_len=20))
    phone3: str | None = field(default=None, metadata=wire(max_len=20))
    fax: str | None = field(default=None, metadata=wire(max_len=20))
    web_page: str | None = field(default=None, metadata=wire(max_len=50))
    email_for_pos: str | None = field(default=None, metadata=wire(name="emailForPOs", max_len=200))
    contact_name: str | None = field(default=None, metadata=wire(max_len=50))
    notes: str | None = field(default=None, metadata=wire(max_len=200))
    street: str | None = field(default=None, metadata=wire(max_len=200))
    city: str | None = field(default=None, metadata=wire(max_len=50))
    state: str | None = field(default=None, metadata=wire(max_len=50))
    zipcode: str | None = field(default=None, metadata=wire(max_len=10))
    country: str | None = field(default=None, metadata=wire(max_len=50))


@define(kw_only=True)
class VendorAddResponse(Envelope):
    """The answer of ``vendor.add``: the new vendor's id."""

    vendor_id: int | None = None


# --- AWBs ---------------------------------------------------------------------------------------


def _check_awb_digits(awb: str | None) -> None:
    if awb is not None and not (awb.isascii() and awb.isdigit()):
        raise RequestValidationError("awb", "must be the AWB's last 4 digits")


@define(kw_only=True)
class AwbListRequest(KometRequest):
    """Filters of ``awb.list`` / ``awb.details.list``: ``awb`` (the last 4 digits, as text so
    a leading zero survives) or ``ship_date`` is required."""

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (("awb", "ship_date"),)

    awb: str | None = field(default=None, metadata=wire(max_len=4, min_len=1))
    ship_date: dt.date | None = None
    origin_code: str | None = field(default=None, metadata=wire(max_len=5))
    location_code: str | None = field(default=None, metadata=wire(max_len=10))

    def check(self) -> None:
        _check_awb_digits(self.awb)


@define(kw_only=True)
class _AwbFields(KometModel):
    awb_id: int
    awb: str | None = None
    origin: str | None = None
    ship_date: dt.date | None = None
    arrival_date: dt.date | None = None
    pieces: int | None = None
    pieces_received: int | None = None
    location_code: str | None = None
    status: int | None = None
    """1 = Open, 0 = Closed (the AWB's own status, not the envelope's)."""


@define(kw_only=True)
class Awb(_AwbFields):
    """An AWB (``awb.list``): ``pieces`` boxes, ``pieces_received`` scanned in,
    ``boxes_codes`` the box codes joined with commas, as sent."""

    boxes_codes: str | None = None


@define(kw_only=True)
class AwbListResponse(Envelope):
    awbs: list[Awb] = field(factory=list)


@define(kw_only=True)
class AwbBox(KometModel):
    """A box of ``awb.details.list``; ``carrier_*`` and ``truck_date`` come from its prebook.
    GAP: the field list is cut off after ``ship_to_id``; the rest is in ``.extra``."""

    code: str | None = None
    unit_cost: Decimal | None = None
    carrier_name: str | None = None
    carrier_code: str | None = None
    truck_date: dt.date | None = None
    ship_to_id: int | None = None


@define(kw_only=True)
class AwbDetails(_AwbFields):
    """An AWB with its boxes (``awb.details.list``)."""

    boxes: list[AwbBox] = field(factory=list)


@define(kw_only=True)
class AwbDetailsListResponse(Envelope):
    awbs: list[AwbDetails] = field(factory=list)


@define(kw_only=True)
class FutureAwbListRequest(KometRequest):
    """Filters of ``awb.future.list``: ``awb`` (last 4 digits) or ``ship_date`` is required."""

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (("awb", "ship_date"),)

    awb: str | None = field(default=None, metadata=wire(max_len=4, min_len=1))
    ship_date: dt.date | None = None
    origin_code: str | None = field(default=None, metadata=wire(max_len=5))

    def check(self) -> None:
        _check_awb_digits(self.awb)


@define(kw_only=True)
class FutureAwbHouse(KometModel):
    """A house number under a future AWB."""

    house: str | None = None
    vendor_code: str | None = None
    location_code: str | None = None
    instructions: str | None = None


@define(kw_only=True)
class FutureAwb(KometModel):
    """An AWB loaded ahead of shipping (``awb.future.list``); Komet calls its origin
    ``originCode`` here (``origin`` in ``awb.list``)."""

    awb_id: int
    awb: str | None = None
    origin_code: str | None = None
    ship_date: dt.date | None = None
    instructions: str | None = None
    houses: list[FutureAwbHouse] = field(factory=list)


@define(kw_only=True)
class FutureAwbListResponse(Envelope):
    awbs: list[FutureAwb] = field(factory=list)


@define(kw_only=True)
class AwbHouse(KometRequest):
    """One house of ``awb.future.save``: an existing house gets its vendor, location and
    instructions updated."""

    house: str = field(metadata=wire(max_len=20, min_len=1))
    vendor_code: str = field(metadata=wire(max_len=20, min_len=1))
    location_code: str | None = field(default=None, metadata=wire(max_len=20))
    instructions: str | None = field(default=None, metadata=wire(max_len=50))


@define(kw_only=True)
class FutureAwbSaveRequest(KometRequest):
    """``awb.future.save``. ``awb`` is typed ``integer:15`` but the sample sends
    ``"234-2367-0983"``, so it is text of at most 15 characters. For an existing AWB only
    ``instructions`` are added (``ship_date`` and ``origin_code`` are ignored)."""

    awb: str = field(metadata=wire(max_len=15, min_len=1))
    origin_code: str = field(metadata=wire(max_len=5, min_len=1))
    ship_date: dt.date
    houses: list[AwbHouse] = field(metadata=wire(min_len=1))
    instructions: str | None = None


@define(kw_only=True)
class FutureAwbSaveResponse(Envelope):
    """The answer of ``awb.future.save`` (envelope only)."""

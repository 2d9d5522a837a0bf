"""Vendors, vendor invoices and vendor availability (more-methods.md, "Vendors, vendor
invoices and vendor availability"); ``vendor.list`` and ``vendor.add`` are in
:mod:`.lookups`.

Fields come from the parameter and answer tables; ``available_from``/``available_to`` of a
vendor-availability item come from third-party.md's evidence (the page is cut there) and
say so. Whatever else an answer carries is kept in ``.extra``.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from attrs import define, field

from .._constants import MAX_FILE_BYTES
from .._wire import wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

_ID = wire(digits=(20, 0), min_value=0)


def _optional_id() -> Any:
    """An optional integer:20 id (attrs ``field``)."""
    return field(default=None, metadata=_ID)


def _text(limit: int) -> Any:
    """An optional ``string:<limit>`` (attrs ``field``)."""
    return field(default=None, metadata=wire(max_len=limit))


# --- vendor.update -------------------------------------------------------------------------------


@define(kw_only=True)
class VendorUpdateRequest(KometRequest):
    """``vendor.update``. Partly documented: ``status``, ``contacts`` and
    ``company_location_id`` exist only on the newest page; ``contact_name`` only on older
    copies. ``contacts`` replaces the vendor's whole contact list ("send all contacts");
    its item fields are a GAP, so each contact is a dict of wire names sent as given.
    ``company_location_id`` is required for multi-location companies (text cut)."""

    vendor_id: int = field(metadata=_ID)
    vendor_type: int | None = field(default=None, metadata=wire(min_value=1, max_value=3))
    name: str | None = field(default=None, metadata=wire(max_len=200, min_len=1))
    status: int | None = field(default=None, metadata=wire(min_value=0, max_value=1))
    """1 active, 0 inactive (newest page)."""
    port_origin: str | None = _text(5)
    code: str | None = _text(10)
    phone1: str | None = _text(20)
    phone2: str | None = _text(20)
    phone3: str | None = _text(20)
    fax: str | None = _text(20)
    web_page: str | None = _text(50)
    email_for_pos: str | None = field(default=None, metadata=wire(name="emailForPOs", max_len=200))
    contact_name: str | None = _text(50)
    notes: str | None = _text(200)
    street: str | None = _text(200)
    city: str | None = _text(50)
    state: str | None = _text(50)
    zipcode: str | None = _text(10)
    country: str | None = _text(50)
    contacts: list[dict[str, Any]] | None = None
    company_location_id: int | None = _optional_id()


@define(kw_only=True)
class VendorUpdateResponse(Envelope):
    """The answer of ``vendor.update`` (KB copy: message ``"success"``, the vendor's id)."""

    vendor_id: int | None = None


# --- vendor invoices ---------------------------------------------------------------------------


@define(kw_only=True)
class VendorInvoiceMarkSyncRequest(KometRequest):
    """``vendor.invoice.mark.sync``: the purchase order's number and the vendor's invoice
    number (each ``string:10``)."""

    po_number: str = field(metadata=wire(max_len=10, min_len=1))
    invoice_number: str = field(metadata=wire(max_len=10, min_len=1))


@define(kw_only=True)
class VendorInvoiceAck(Envelope):
    """``status`` and ``message`` only (``vendor.invoice.mark.sync``,
    ``vendor.invoice.mail.receive``)."""


@define(kw_only=True)
class VendorInvoiceMailReceiveRequest(KometRequest):
    """``vendor.invoice.mail.receive``: a vendor invoice file (at most 20 MB) attached to a
    purchase order as if received by e-mail.

    The page takes the company token as ``companyToken`` (not ``authenticationToken``): the
    session's token is sent under that name, so it is no field here. ``po_number`` is typed
    ``integer:10`` but the sample sends ``"P053455"``: it is text of at most 10 characters.
    The file travels the way Komet writes bytes (comma-separated signed byte values).
    """

    mail_from: str = field(metadata=wire(max_len=100, min_len=1))
    po_number: str = field(metadata=wire(max_len=10, min_len=1))
    file: bytes
    invoice_number: str | None = _text(200)
    invoice_total: Decimal | None = field(default=None, metadata=wire(digits=(10, 2)))

    def check(self) -> None:
        content = self.file
        if not isinstance(content, bytes):
            if content is None:
                raise RequestValidationError("file", "is required")
            raise RequestValidationError("file", f"must be bytes, not {type(content).__name__}")
        if not content:
            raise RequestValidationError("file", "must not be empty")
        if len(content) > MAX_FILE_BYTES:
            raise RequestValidationError(
                "file", f"must be at most {MAX_FILE_BYTES} bytes (20 MB), got {len(content)}"
            )


# --- vendor availability -----------------------------------------------------------------------


class ShipVia(enum.IntEnum):
    """``shipViaId`` of ``vendor.availability.items.list``."""

    WAREHOUSE = 0
    GROWER = 1


@define(kw_only=True)
class VendorAvailabilityItemsListRequest(KometRequest):
    """``vendor.availability.items.list`` (a read sent as POST + JSON): items available
    from ``date_from`` to ``date_to``. ``customer_id`` gets that customer's FOB price;
    ``exact_date`` (newest page only) makes the range behave as on the Inventory - Add
    Inventory - Available items screen; ``available_only`` keeps items with an available
    quantity. The flags are written true/false (the page says "True")."""

    date_from: dt.date
    date_to: dt.date
    exact_date: bool | None = field(default=None, metadata=wire(bool_style="truefalse"))
    location_id: int | None = _optional_id()
    customer_id: int | None = _optional_id()
    ship_via_id: int | None = field(default=None, metadata=wire(min_value=0, max_value=1))
    available_only: bool | None = field(default=None, metadata=wire(bool_style="truefalse"))

    def check(self) -> None:
        if self.date_to < self.date_from:
            raise RequestValidationError("date_to", "must not be before date_from")


@define(kw_only=True)
class VendorAvailabilityItem(KometModel):
    """A vendor-availability item (``vendor.availability.items.list``): its
    ``inventory_id`` is what ``prebooks.add_vendor_availability_item`` takes.

    ``vendor`` only comes when the customer sent in ``customer_id`` may see the vendor.
    ``available_from``/``available_to`` are not in the docs' table (cut, GAP): they are
    what a public integration reads (third-party.md). The rest is in ``.extra``.
    """

    inventory_id: int
    company_product_id: int | None = None
    product_description: str | None = None
    product_code: str | None = None
    grade: str | None = None
    category: str | None = None
    vendor: str | None = None
    available_from: dt.date | None = None
    available_to: dt.date | None = None


@define(kw_only=True)
class VendorAvailabilityItemsListResponse(Envelope):
    """GAP: the page shows no sample answer."""

    inventory_items: list[VendorAvailabilityItem] = field(factory=list)

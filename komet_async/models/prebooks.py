"""Prebooks: customer pre-orders (prebooks.md).

Much of this family is a documentation GAP (only ~2,000 characters of each page could be
read): the lines of ``prebook.create``, most of ``multiple.prebooks.create``, the answers of
both, and most of ``prebook.list``'s answer. What is known is modelled; request items carry
an ``extra`` dict for the fields the docs cut off (written into the item as given), and
answer fields the docs do not show land in ``.extra``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._dates import add_months
from .._wire import OFF_WIRE, wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

UNIT_TYPES = ("Stem", "Bunch")

_ID = wire(digits=(20, 0), min_value=0)
_SHIP_VIA = wire(min_value=0, max_value=1)
_PRICE = wire(digits=(10, 2), min_value=0)


def check_range(first_name: str, first: dt.date | None, last: dt.date | None) -> None:
    """``first`` .. ``last`` must not run backwards (both given)."""
    if first is not None and last is not None and last < first:
        raise RequestValidationError(first_name, "must not be after the end of the range")


# --- prebook.create -----------------------------------------------------------------------


@define(kw_only=True)
class PrebookItemBreakdown(KometRequest):
    """One breakdown (a product of an assorted box) of a ``prebook.create`` line: the keys a
    public integration sends (third-party.md, "prebook.create": ``breakdowns: [{productId,
    bunches, stemsBunch, cost, price}]``; evidence, the page's line fields are a GAP)."""

    product_id: int = field(metadata=_ID)
    bunches: int | None = field(default=None, metadata=wire(min_value=0))
    stems_bunch: int | None = field(default=None, metadata=wire(min_value=0))
    cost: Decimal | None = field(default=None, metadata=wire(digits=(10, 3), min_value=0))
    price: Decimal | None = field(default=None, metadata=_PRICE)


@define(kw_only=True)
class PrebookItem(KometRequest):
    """One line of ``prebook.create``.

    GAP: the documented line fields could not be read. These are the keys a third-party
    integration sends to the real API (prebooks.md), plus ``vendor_code``/``vendor_name``
    which the Vendor-token rule names (level assumed to be the line's, like ``vendorId``).
    ``breakdowns`` (the products of an assorted box) are :class:`PrebookItemBreakdown` rows,
    as the same integration sends them; any other field goes in ``extra`` with its wire
    name: ``PrebookItem(product_id=2, extra={"someField": 1})``.

    With a Vendor token Komet ignores ``price``, ``vendor_id``, ``vendor_code`` and
    ``vendor_name`` (``price`` is kept only if the company allows changing sales prices).
    """

    vendor_id: int | None = field(default=None, metadata=_ID)
    vendor_code: str | None = None
    vendor_name: str | None = None
    product_id: int | None = field(default=None, metadata=_ID)
    box_type_id: int | None = field(default=None, metadata=_ID)
    unit_type: str | None = field(
        default=None, metadata=wire(choices=UNIT_TYPES, case_insensitive=True)
    )
    boxes: int | None = field(default=None, metadata=wire(min_value=0))
    bunches: int | None = field(default=None, metadata=wire(min_value=0))
    stems_bunch: int | None = field(default=None, metadata=wire(min_value=0))
    cost: Decimal | None = field(default=None, metadata=wire(digits=(10, 3), min_value=0))
    price: Decimal | None = field(default=None, metadata=_PRICE)
    mark_code: str | None = None
    notes: str | None = None
    breakdowns: list[PrebookItemBreakdown] | None = None
    extra: dict[str, Any] = field(factory=dict, metadata=OFF_WIRE)

    VENDOR_IGNORED: ClassVar[tuple[str, ...]] = ("price", "vendor_id", "vendor_code", "vendor_name")


@define(kw_only=True)
class PrebookCreateRequest(KometRequest):
    """``prebook.create``: a header, with or without lines.

    Customer by ``customer_id``, or by ``customer_code`` + ``customer_description``; carrier
    likewise. ``ship_via_id`` 0 = Warehouse, 1 = Grower. ``use_existing`` appends to an
    existing prebook with the same location, carrier, truck date, customer and customer PO.
    ``auto_generate_pos_from_prebooks`` also creates purchase orders, so every line then needs
    a vendor and a cost. ``ship_to_id`` is seen only in third-party code (not in the docs read).
    """

    customer_id: int | None = field(default=None, metadata=_ID)
    customer_code: str | None = field(default=None, metadata=wire(max_len=20))
    customer_description: str | None = field(default=None, metadata=wire(max_len=200))
    carrier_id: int | None = field(default=None, metadata=_ID)
    carrier_code: str | None = field(default=None, metadata=wire(max_len=20))
    carrier_description: str | None = field(default=None, metadata=wire(max_len=200))
    ship_date: dt.date
    created_by: int | None = field(default=None, metadata=_ID)
    ship_via_id: int | None = field(default=None, metadata=_SHIP_VIA)
    customer_po: str | None = field(default=None, metadata=wire(name="customerPO", max_len=20))
    is_ecommerce: bool | None = None
    use_existing: bool | None = None
    comments: str | None = field(default=None, metadata=wire(max_len=200))
    auto_generate_pos_from_prebooks: bool | None = field(
        default=None, metadata=wire(name="autoGeneratePOsfromPrebooks")
    )
    # The limit is not readable for this method: 20 as in multiple.prebooks.create.
    company_location_code: str | None = field(default=None, metadata=wire(max_len=20))
    ship_to_id: int | None = field(default=None, metadata=_ID)
    prebook_items: list[PrebookItem] | None = None

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("customer_id", "customer_code"),
        ("carrier_id", "carrier_code"),
    )

    def check(self) -> None:
        if self.customer_id is None and self.customer_description is None:
            raise RequestValidationError(
                "customer_description", "is required when customer_id is not given"
            )
        if self.carrier_id is None and self.carrier_description is None:
            raise RequestValidationError(
                "carrier_description", "is required when carrier_id is not given"
            )
        if self.auto_generate_pos_from_prebooks:
            for index, item in enumerate(self.prebook_items or ()):
                if item.vendor_id is None and item.vendor_code is None:
                    raise RequestValidationError(
                        f"prebook_items[{index}].vendor_id",
                        "a vendor is required when auto_generate_pos_from_prebooks is set",
                    )
                if item.cost is None:
                    raise RequestValidationError(
                        f"prebook_items[{index}].cost",
                        "is required when auto_generate_pos_from_prebooks is set",
                    )

    def vendor_ignored_fields(self) -> list[str]:
        """The fields set here that Komet ignores with a Vendor token."""
        found = []
        for index, item in enumerate(self.prebook_items or ()):
            for name in PrebookItem.VENDOR_IGNORED:
                if getattr(item, name) is not None:
                    found.append(f"prebook_items[{index}].{name}")
        return found


@define(kw_only=True)
class PrebookCreateResponse(Envelope):
    """The answer of ``prebook.create``.

    GAP: the documented answer could not be read. Other prebook pages say the new prebook's
    id comes from this method and call it ``prebookId``, so that key is modelled; any other
    field (line ids, ...) is in ``.extra``.
    """

    prebook_id: int | None = None


# --- multiple.prebooks.create -------------------------------------------------------------


@define(kw_only=True)
class MultiplePrebookItem(KometRequest):
    """One line of ``multiple.prebooks.create``; each line carries its own carrier and date.

    GAP: only these three fields were readable. Product, box type, quantities and the
    ``vendorCode``/``vendorName``/cost that automatic purchase orders need go in ``extra``
    with their wire names.
    """

    carrier_code: str = field(metadata=wire(max_len=20))
    carrier_name: str = field(metadata=wire(max_len=200))
    ship_date: dt.date
    extra: dict[str, Any] = field(factory=dict, metadata=OFF_WIRE)


_ADDRESS = wire(max_len=200)


@define(kw_only=True)
class MultiplePrebooksCreateRequest(KometRequest):
    """``multiple.prebooks.create``: several prebooks for one customer described inline.

    ``prebook_items`` is a plain list so a large request can be split between calls.
    POs generated by ``auto_generate_pos_from_prebooks`` are left Approved.
    """

    customer_code: str = field(metadata=wire(max_len=20))
    customer_name: str = field(metadata=wire(max_len=200))
    customer_billing_street: str = field(metadata=_ADDRESS)
    customer_billing_city: str = field(metadata=_ADDRESS)
    customer_billing_state: str = field(metadata=_ADDRESS)
    customer_billing_zipcode: str = field(metadata=_ADDRESS)
    customer_billing_country: str = field(metadata=_ADDRESS)
    customer_shipping_street: str = field(metadata=_ADDRESS)
    customer_shipping_city: str = field(metadata=_ADDRESS)
    customer_shipping_state: str = field(metadata=_ADDRESS)
    customer_shipping_zipcode: str = field(metadata=_ADDRESS)
    customer_shipping_country: str = field(metadata=_ADDRESS)
    customer_phone: str = field(metadata=wire(max_len=100))
    ship_via_id: int | None = field(default=None, metadata=_SHIP_VIA)
    customer_po: str | None = field(default=None, metadata=wire(name="customerPO", max_len=20))
    auto_generate_pos_from_prebooks: bool | None = field(
        default=None, metadata=wire(name="autoGeneratePOsfromPrebooks")
    )
    company_location_code: str | None = field(default=None, metadata=wire(max_len=20))
    prebook_items: list[MultiplePrebookItem] = field(metadata=wire(min_len=1))


@define(kw_only=True)
class MultiplePrebooksCreateResponse(Envelope):
    """GAP: the answer of ``multiple.prebooks.create`` could not be read; all but the
    envelope is in ``.extra``."""


# --- prebook.update / delete / item.delete / item adds ------------------------------------


@define(kw_only=True)
class PrebookUpdateRequest(KometRequest):
    """``prebook.update``: header attributes only (not lines); unset fields are unchanged."""

    prebook_id: int = field(metadata=_ID)
    carrier_id: int | None = field(default=None, metadata=_ID)
    ship_date: dt.date | None = None
    ship_via_id: int | None = field(default=None, metadata=_SHIP_VIA)
    customer_po: str | None = field(default=None, metadata=wire(name="customerPO", max_len=20))
    comments: str | None = field(default=None, metadata=wire(max_len=200))


@define(kw_only=True)
class PrebookDeleteRequest(KometRequest):
    prebook_id: int = field(metadata=_ID)


@define(kw_only=True)
class PrebookItemDeleteRequest(KometRequest):
    prebook_id: int = field(metadata=_ID)
    prebook_item_id: int = field(metadata=_ID)


@define(kw_only=True)
class PrebookFutureItemAddRequest(KometRequest):
    """``prebook.future.item.add``: ``inventory_id`` is a future-inventory item id
    (``future.inventory.openmarket.list``); ``price`` is the unit price."""

    prebook_id: int = field(metadata=_ID)
    inventory_id: int = field(metadata=_ID)
    boxes: int = field(metadata=wire(digits=(10, 0), min_value=1))
    price: Decimal = field(metadata=_PRICE)
    mark_code: str | None = field(default=None, metadata=wire(max_len=20))


@define(kw_only=True)
class PrebookVendorAvailabilityItemAddRequest(KometRequest):
    """``prebook.vendor.availability.item.add``.

    ``inventory_ids``: Vendor-Availability item ids, sent as the documented comma-separated
    text (the docs type it integer, the sample sends ``"428545, 428544"``). Box-type, stems,
    unit-type and bunch fields are not needed for K2K.
    """

    prebook_id: int = field(metadata=_ID)
    inventory_ids: list[int] = field(
        metadata=wire(joined=",", min_len=1, digits=(20, 0), min_value=0)
    )
    quantity: int = field(metadata=wire(digits=(10, 0), min_value=1))
    price: Decimal = field(metadata=_PRICE)
    mark_code: str | None = field(default=None, metadata=wire(max_len=20))
    box_type_id: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))
    box_type_code: str | None = field(default=None, metadata=wire(max_len=3))
    stems_bunch: int | None = field(default=None, metadata=wire(digits=(5, 0), min_value=0))
    unit_type: str | None = field(
        default=None, metadata=wire(max_len=10, choices=UNIT_TYPES, case_insensitive=True)
    )
    bunches: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))


@define(kw_only=True)
class PrebookVendorAvailabilityItemAddResponse(Envelope):
    prebook_item_id: int | None = None


# --- prebook.list / prebook.details.list --------------------------------------------------


@define(kw_only=True)
class PrebookListRequest(KometRequest):
    """Filters of ``prebook.list``: truck dates ``date_from``..``date_to`` (at most six
    months), exact ids, LIKE on ``customer`` and ``carrier_name``, case-insensitive.

    ``customer_po_number`` is typed integer by the docs but PO numbers are text elsewhere
    (``P099999``), so it is text here. ``prebook_status`` must be a status that already
    exists in Komet; ``check_out_status`` False = Pending, True = Checked out.
    """

    date_from: dt.date
    date_to: dt.date
    prebook: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))
    customer: str | None = field(default=None, metadata=wire(max_len=200))
    customer_id: int | None = field(default=None, metadata=_ID)
    carrier_name: str | None = field(default=None, metadata=wire(max_len=200))
    carrier_id: int | None = field(default=None, metadata=_ID)
    sales_person_id: int | None = field(default=None, metadata=_ID)
    so_number: int | None = field(default=None, metadata=_ID)
    customer_po_number: str | None = field(
        default=None, metadata=wire(name="customerPONumber", max_len=20)
    )
    # Printed with a capital C on the page.
    company_location_id: int | None = field(
        default=None, metadata=wire(name="CompanyLocationId", digits=(20, 0), min_value=0)
    )
    brand_id: int | None = field(default=None, metadata=_ID)
    prebook_status: str | None = None
    is_ecommerce: bool | None = None
    check_out_status: bool | None = None

    def check(self) -> None:
        check_range("date_from", self.date_from, self.date_to)
        if self.date_to > add_months(self.date_from, 6):
            raise RequestValidationError("date_to", "must be at most six months after date_from")


@define(kw_only=True)
class PrebookDetailsListRequest(KometRequest):
    """Filters of ``prebook.details.list``.

    Give the truck ``date``, or a vendor ship-date range ``vendor_ship_date_from`` ..
    ``vendor_ship_date_to`` of at most 7 days inclusive (the learn copy's limit; the newest
    page says six months overall -- the stricter rule is enforced so a call never fails for
    it). ``updated_as_of`` is an aware datetime, sent in GMT. ``unable_to_source`` True =
    only prebooks flagged unable-to-source still pending purchase.

    ``status`` filters by prebook status, as the main import of a public integration does
    (``status="Approved"``; third-party.md evidence, not on the method's page, so no list of
    values is enforced: statuses seen elsewhere are ``Confirmed by Farm``, ``Approved``,
    ``Pending Approval``).
    """

    date: dt.date | None = None
    prebook: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))
    updated_as_of: dt.datetime | None = None
    customer: str | None = field(default=None, metadata=wire(max_len=200))
    customer_id: int | None = field(default=None, metadata=_ID)
    carrier_name: str | None = field(default=None, metadata=wire(max_len=200))
    carrier_id: int | None = field(default=None, metadata=_ID)
    vendor_ship_date_from: dt.date | None = None
    vendor_ship_date_to: dt.date | None = None
    sales_person_id: int | None = field(default=None, metadata=_ID)
    so_number: int | None = field(default=None, metadata=_ID)
    customer_po_number: str | None = field(
        default=None, metadata=wire(name="customerPONumber", max_len=20)
    )
    location_id: int | None = field(default=None, metadata=_ID)
    brand_id: int | None = field(default=None, metadata=_ID)
    unable_to_source: bool | None = field(default=None, metadata=wire(bool_style="truefalse"))
    status: str | None = field(default=None, metadata=wire(min_len=1))

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (("date", "vendor_ship_date_from"),)

    def check(self) -> None:
        first, last = self.vendor_ship_date_from, self.vendor_ship_date_to
        if (first is None) != (last is None):
            raise RequestValidationError(
                "vendor_ship_date_to" if last is None else "vendor_ship_date_from",
                "vendor_ship_date_from and vendor_ship_date_to go together",
            )
        check_range("vendor_ship_date_from", first, last)
        if first is not None and last is not None and (last - first).days > 6:
            raise RequestValidationError(
                "vendor_ship_date_to", "the vendor ship-date range may span at most 7 days"
            )


@define(kw_only=True)
class Prebook(KometModel):
    """A prebook header (``prebook.list``). GAP: only ``id``, ``number`` and
    ``location_id`` are documented; the rest of the answer is in ``.extra``.

    ``number`` is text: typed integer, but order numbers elsewhere carry letters.
    """

    id: int
    number: str | None = None
    location_id: int | None = None


@define(kw_only=True)
class PrebookBreakdown(KometModel):
    """One product of an assorted box."""

    product_id: int | None = None
    product_description: str | None = None
    stems_bunch: int | None = None
    bunches: int | None = None
    price: Decimal | None = None


@define(kw_only=True)
class PrebookLine(KometModel):
    """One line of a prebook (``prebook.details.list``). Sales prices are absent for a
    Vendor token. ``prebook_item_id`` (the id ``delete_item`` takes) is seen only in
    third-party code reading real answers; the docs' field list does not show it."""

    prebook_item_id: int | None = None
    vendor_id: int | None = None
    vendor_name: str | None = None
    product_id: int | None = None
    product_description: str | None = None
    total_boxes: int | None = None
    box_type: str | None = None
    bunches: int | None = None
    stems_bunch: int | None = None
    unit_price: Decimal | None = None
    units: int | None = None
    unit_type: str | None = None
    total_units: int | None = None
    total_price: Decimal | None = None
    mark_code: str | None = None
    brand_id: int | None = None
    brand_name: str | None = None
    breakdowns: list[PrebookBreakdown] = field(factory=list)


@define(kw_only=True)
class PrebookDetail(Prebook):
    """A prebook with its lines (``prebook.details.list``).

    ``type`` is ``S`` (standing order) or ``P`` (standalone prebook). ``ship_via`` reads
    the documented lower-case ``shipvia`` key and, when it is absent, ``shipVia`` (capital
    V), which third-party code reads from real answers, as it does the ship-to fields below
    and ``total_price`` (third-party.md evidence).
    """

    location_code: str | None = None
    location_name: str | None = None
    customer_name: str | None = None
    customer_id: int | None = None
    customer_code: str | None = None
    type: str | None = None
    truck_date: dt.date | None = None
    customer_po_number: str | None = field(default=None, metadata=wire(name="customerPONumber"))
    carrier_name: str | None = None
    carrier_id: int | None = None
    ship_via: str | None = field(
        default=None, metadata=wire(name="shipvia", also_reads=("shipVia",))
    )
    comments: str | None = None
    ship_name: str | None = None
    ship_address: str | None = None
    ship_city: str | None = None
    ship_state: str | None = None
    ship_zip_code: str | None = None
    ship_country: str | None = None
    total_price: Decimal | None = None
    details: list[PrebookLine] = field(factory=list)


@define(kw_only=True)
class PrebookListResponse(Envelope):
    prebooks: list[Prebook] = field(factory=list)


@define(kw_only=True)
class PrebookDetailsListResponse(Envelope):
    prebooks: list[PrebookDetail] = field(factory=list)

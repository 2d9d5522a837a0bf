"""Purchase orders (purchase-orders.md).

PO numbers (``P002296``), prebook numbers and lot numbers are text here, whatever type the
docs print: they are identifiers, shown as text in samples, and a number would lose letters
or leading zeros. The lines of ``purchase.order.create`` / ``.mixed.create`` and both answers
are documentation GAPs: items carry an ``extra`` dict for the fields the docs cut off, and
answers keep unknown fields in ``.extra``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._wire import OFF_WIRE, wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest
from .prebooks import check_range

_ID = wire(digits=(20, 0), min_value=0)

PO_STATUSES = ("Confirmed by Farm", "Approved", "Pending Approval", "Cancelled")


VA_LIST_CHARS = 200
"""``purchase.order.va.details.list``: the most characters of each comma-joined list."""


def joined_length(values: list[str] | list[int] | None) -> int:
    return len(",".join(str(v) for v in values or ()))


def check_comma_list(
    name: str, values: list[str] | list[int] | None, limit: int | None = None
) -> None:
    """A list sent comma-separated must fit the documented length of the joined text, and
    text items must not contain the separator."""
    if values is None:
        return
    for index, value in enumerate(values):
        if isinstance(value, str) and ("," in value or not value.strip()):
            raise RequestValidationError(f"{name}[{index}]", "must be non-empty, without commas")
    if limit is not None and joined_length(values) > limit:
        raise RequestValidationError(
            name, f"must be at most {limit} characters once joined with commas"
        )


# --- purchase.order.create / purchase.order.mixed.create ----------------------------------


@define(kw_only=True)
class PurchaseOrderItem(KometRequest):
    """One line of ``purchase.order.create``.

    A line made from a prebook gives ``prebook_item_id``; a standalone line gives
    ``product_description`` or ``product_code`` (a code with a non-matching description
    makes Komet create a vendor product alias). GAP: the remaining line fields (boxes, box
    type, units, cost, mark code, ...) could not be read: put them in ``extra`` with their
    wire names, ``PurchaseOrderItem(product_code="RS50", extra={"boxes": 5})``.
    """

    prebook_item_id: int | None = field(default=None, metadata=_ID)
    product_description: str | None = None
    product_code: str | None = None
    extra: dict[str, Any] = field(factory=dict, metadata=OFF_WIRE)

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("prebook_item_id", "product_description", "product_code"),
    )


@define(kw_only=True)
class MixedPurchaseOrderItem(KometRequest):
    """One line of ``purchase.order.mixed.create`` (assorted boxes).

    ``product_id`` ("Product Line Id" from ``product.list``), else ``product_description``,
    else ``product_code``. GAP: the breakdown array, quantities, costs and the prebook link
    could not be read: put them in ``extra`` with their wire names.
    """

    product_id: int | None = field(default=None, metadata=_ID)
    product_description: str | None = None
    product_code: str | None = None
    extra: dict[str, Any] = field(factory=dict, metadata=OFF_WIRE)

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("product_id", "product_description", "product_code"),
    )


@define(kw_only=True)
class _PurchaseOrderHeader(KometRequest):
    """What both PO-creating methods share.

    ``vendor_id`` or ``vendor_code``, never both; with a Company token one of them is
    required (the resource checks that, since only the caller knows the token's type); a
    Vendor token makes Komet ignore both (the vendor is the token's owner). ``carrier_id`` /
    ``carrier_code`` (an Inbound carrier) matter only when the company makes carriers
    mandatory on POs. ``purchase_order_number`` appends the lines to that existing PO.
    """

    ship_date: dt.date
    vendor_id: int | None = field(default=None, metadata=_ID)
    vendor_code: str | None = field(default=None, metadata=wire(max_len=20))
    company_location_code: str | None = field(default=None, metadata=wire(max_len=10))
    carrier_id: int | None = field(default=None, metadata=_ID)
    carrier_code: str | None = field(default=None, metadata=wire(max_len=20))
    purchase_order_number: str | None = field(default=None, metadata=wire(max_len=10))

    VENDOR_IGNORED: ClassVar[tuple[str, ...]] = ("vendor_id", "vendor_code")

    def check(self) -> None:
        if self.vendor_id is not None and self.vendor_code is not None:
            raise RequestValidationError("vendor_code", "send vendor_id or vendor_code, not both")

    def vendor_ignored_fields(self) -> list[str]:
        return [name for name in self.VENDOR_IGNORED if getattr(self, name) is not None]


@define(kw_only=True)
class PurchaseOrderCreateRequest(_PurchaseOrderHeader):
    """``purchase.order.create``.

    ``awb_number`` is the last 4 digits of the AWB; given, the AWB becomes Shipped. The docs
    print its name with a space ("AWB Number") and the real JSON key is unconfirmed, so it is
    sent exactly as printed; it is text so leading zeros survive.
    """

    awb_number: str | None = field(default=None, metadata=wire(name="AWB Number", max_len=4))
    purchase_order_items: list[PurchaseOrderItem] = field(metadata=wire(min_len=1))

    def check(self) -> None:
        super().check()
        if self.awb_number is not None and not (
            self.awb_number.isascii() and self.awb_number.isdigit()
        ):
            raise RequestValidationError("awb_number", "must be the AWB's last (up to 4) digits")


@define(kw_only=True)
class MixedPurchaseOrderCreateRequest(_PurchaseOrderHeader):
    """``purchase.order.mixed.create``: POs with assorted boxes. Every product must already
    be mapped in the company; lines whose product is UNKNOWN are not added."""

    purchase_order_items: list[MixedPurchaseOrderItem] = field(metadata=wire(min_len=1))


@define(kw_only=True)
class PurchaseOrderCreateResponse(Envelope):
    """GAP: the answer of ``purchase.order.create`` / ``.mixed.create`` could not be read;
    all but the envelope is in ``.extra``."""


# --- purchase.order.list ------------------------------------------------------------------


@define(kw_only=True)
class PurchaseOrderListRequest(KometRequest):
    """Filters of ``purchase.order.list``.

    One of ``date`` (vendor ship date), ``number``, ``awb_id`` or ``inbound_truck_id`` is
    required; with ``awb_id`` or ``inbound_truck_id`` no other filter is needed. ``number``
    takes one or more PO numbers (sent comma-separated). The future-inventory availability
    range may span at most 4 days. ``vendor`` and ``product`` match with LIKE; the rest
    exactly; all case-insensitive. ``status``: one of :data:`PO_STATUSES` (absent = all,
    Pending Approval included).
    """

    date: dt.date | None = None
    future_inventory_available_from: dt.date | None = None
    future_inventory_available_to: dt.date | None = None
    vendor: str | None = field(default=None, metadata=wire(max_len=50))
    vendor_id: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))
    customer_id: int | None = field(default=None, metadata=_ID)
    customer_po_number: str | None = field(
        default=None, metadata=wire(name="customerPONumber", max_len=20)
    )
    product: str | None = field(default=None, metadata=wire(max_len=100))
    number: list[str] | None = field(default=None, metadata=wire(min_len=1, item_max_len=10))
    origin: str | None = field(default=None, metadata=wire(max_len=4))
    prebook: str | None = field(default=None, metadata=wire(max_len=10))
    awb_id: int | None = field(default=None, metadata=wire(min_value=0))
    inbound_truck_id: int | None = field(default=None, metadata=wire(min_value=0))
    location_id: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))
    status: str | None = field(
        default=None, metadata=wire(max_len=20, choices=PO_STATUSES, case_insensitive=True)
    )
    status_line: str | None = field(default=None, metadata=wire(max_len=20))
    purchase_order_item_ids: list[int] | None = field(
        default=None, metadata=wire(min_len=1, digits=(20, 0), min_value=0)
    )

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("date", "number", "awb_id", "inbound_truck_id"),
    )

    def check(self) -> None:
        first, last = self.future_inventory_available_from, self.future_inventory_available_to
        check_range("future_inventory_available_from", first, last)
        if first is not None and last is not None and (last - first).days > 3:
            raise RequestValidationError(
                "future_inventory_available_to",
                "the future-inventory availability range may span at most 4 days",
            )
        check_comma_list("number", self.number)
        check_comma_list("purchase_order_item_ids", self.purchase_order_item_ids, 200)


@define(kw_only=True)
class PurchaseOrderBox(KometModel):
    """A box of a shipped PO line (present only once the grower shipped it)."""

    box_code: str | None = None
    lot_number: str | None = None
    position: str | None = None
    status_id: int | None = None
    status_name: str | None = None


@define(kw_only=True)
class PurchaseOrderBreakdown(KometModel):
    product_id: int | None = None
    product_description: str | None = None
    stems_bunch: int | None = None
    bunches: int | None = None
    cost: Decimal | None = None


@define(kw_only=True)
class PurchaseOrderCustomField(KometModel):
    custom_field_id: int | None = None
    custom_field_value_id: int | None = None
    field_name: str | None = None
    value: str | None = None


@define(kw_only=True)
class PurchaseOrderLine(KometModel):
    """One PO line. ``order_type``: ``P`` prebook, ``S`` standing order, ``D`` double.

    GAP: the documented answer could not be read; these are the fields third-party code
    stores from real answers (purchase-orders.md; third-party.md evidence,
    "purchase.order.list"), all optional. Quantities are ``Decimal``: that code stores them
    as ``numeric(18,4)``, so they may be fractional (``10.00``, ``2.5``).
    """

    po_item_id: int | None = None
    prebook_item_id: int | None = None
    prebook: str | None = None
    prebook_truck_date: dt.date | None = None
    order_type: str | None = None
    customer_id: int | None = None
    customer_name: str | None = None
    carrier_id: int | None = None
    carrier_name: str | None = None
    product_id: int | None = None
    product_description: str | None = None
    box_type: str | None = None
    unit_type: str | None = None
    total_boxes: Decimal | None = None
    bunches: Decimal | None = None
    stems_bunch: Decimal | None = None
    units: Decimal | None = None
    total_units: Decimal | None = None
    unit_cost: Decimal | None = None
    total_cost: Decimal | None = None
    mark_code: str | None = None
    notes: str | None = None
    reference_number: str | None = None
    line_item_status: str | None = None
    quantity_confirmed: Decimal | None = None
    standing_order: str | None = None
    custom_field1: str | None = None
    boxes: list[PurchaseOrderBox] = field(factory=list)
    breakdowns: list[PurchaseOrderBreakdown] = field(factory=list)
    custom_fields: list[PurchaseOrderCustomField] = field(factory=list)


@define(kw_only=True)
class PurchaseOrder(KometModel):
    """A purchase order with its lines (``purchase.order.list``). GAP: fields as stored by
    third-party code from real answers (third-party.md evidence); all optional but ``id``.
    ``total_boxes`` is ``Decimal`` (stored as a decimal, e.g. ``10.00``)."""

    id: int
    number: str | None = None
    origin: str | None = None
    vendor_id: int | None = None
    vendor_name: str | None = None
    location_id: int | None = None
    location_name: str | None = None
    ship_date: dt.date | None = None
    status: str | None = None
    total_boxes: Decimal | None = None
    total_cost: Decimal | None = None
    comments: str | None = None
    created_on: str | None = None
    updated_on: str | None = None
    details: list[PurchaseOrderLine] = field(factory=list)


@define(kw_only=True)
class PurchaseOrderListResponse(Envelope):
    purchase_orders: list[PurchaseOrder] = field(factory=list)


# --- purchase.order.va.details.list -------------------------------------------------------


@define(kw_only=True)
class PurchaseOrderVaDetailsListRequest(KometRequest):
    """``purchase.order.va.details.list``: PO numbers or PO line ids (one is required),
    each list sent comma-separated in at most 200 characters."""

    purchase_order_numbers: list[str] | None = field(default=None, metadata=wire(min_len=1))
    purchase_order_item_ids: list[int] | None = field(
        default=None, metadata=wire(min_len=1, digits=(20, 0), min_value=0)
    )
    ship_date: dt.date | None = None

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("purchase_order_numbers", "purchase_order_item_ids"),
    )

    def check(self) -> None:
        check_comma_list("purchase_order_numbers", self.purchase_order_numbers, VA_LIST_CHARS)
        check_comma_list("purchase_order_item_ids", self.purchase_order_item_ids, VA_LIST_CHARS)


@define(kw_only=True)
class VendorAvailabilityDetail(KometModel):
    """A Vendor-Availability item behind a PO line. ``original_product_description`` is
    the product the line was downgraded from (empty when not downgraded)."""

    product_description: str | None = None
    available_from: dt.date | None = None
    post_harvest: str | None = None
    unit_type: str | None = None
    units_allocated: int | None = None
    downgraded: bool | None = None
    original_product_description: str | None = None


@define(kw_only=True)
class VaPurchaseOrderLine(KometModel):
    po_item_id: int | None = None
    vendor_availability_details: list[VendorAvailabilityDetail] = field(factory=list)


@define(kw_only=True)
class VaPurchaseOrder(KometModel):
    """A PO bought from Vendor Availability (``number`` is text: see the module doc)."""

    id: int
    number: str | None = None
    ship_date: dt.date | None = None
    details: list[VaPurchaseOrderLine] = field(factory=list)


@define(kw_only=True)
class PurchaseOrderVaDetailsListResponse(Envelope):
    purchase_orders: list[VaPurchaseOrder] = field(factory=list)


# --- purchase.order.item.awb.add / items.awb.add ------------------------------------------


@define(kw_only=True)
class PurchaseOrderItemAwbAddRequest(KometRequest):
    """``purchase.order.item.awb.add``: ship one PO line on an AWB.

    ``box_codes`` are auto-assigned when absent ("array:5" in the docs is ambiguous, so no
    count limit is enforced). ``lot_number`` must not fall in Komet's own range (normally
    1000-99999) unless Komet support agreed.
    """

    po_item_id: int = field(metadata=_ID)
    awb: str = field(metadata=wire(min_len=1))
    ship_date: dt.date
    box_codes: list[str] | None = None
    lot_number: str | None = None


@define(kw_only=True)
class PurchaseOrderItemAwbAddResponse(Envelope):
    """``box_codes``: the codes created. ``new_po_item_id``: when fewer boxes were sent than
    purchased, the line was split and this is the new line's id."""

    box_codes: list[str] = field(factory=list)
    new_po_item_id: int | None = field(default=None, metadata=wire(name="newPOItemId"))


@define(kw_only=True)
class PoItemAwb(KometRequest):
    """One line of ``purchase.order.items.awb.add``; ``house_awb`` is in the newest docs
    only."""

    po_item_id: int = field(metadata=_ID)
    awb: str = field(metadata=wire(max_len=25, min_len=1))
    house_awb: str | None = field(default=None, metadata=wire(name="houseAWB", max_len=25))
    ship_date: dt.date
    box_codes: list[str] | None = None
    lot_number: str | None = None


@define(kw_only=True)
class PurchaseOrderItemsAwbAddRequest(KometRequest):
    """``purchase.order.items.awb.add``. ``vendor_id`` is required with a Company token
    (newest docs; sent at the top level, as the docs list it after the items)."""

    po_items: list[PoItemAwb] = field(metadata=wire(min_len=1))
    vendor_id: int | None = field(default=None, metadata=_ID)


@define(kw_only=True)
class PoItemAwbResult(KometModel):
    """The outcome for one line of ``purchase.order.items.awb.add``; ``status`` 1 is
    success. ``lot_number`` is the lot assigned (text: see the module doc)."""

    po_item_id: int | None = None
    status: int | None = None
    message: str | None = None
    box_codes: list[str] = field(factory=list)
    lot_number: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 1


@define(kw_only=True)
class PurchaseOrderItemsAwbAddResponse(Envelope):
    results: list[PoItemAwbResult] = field(
        factory=list, metadata=wire(name="purchaseOrderItemDetailsAWBAddAPIResultList")
    )


# --- one-line writes ----------------------------------------------------------------------


@define(kw_only=True)
class PurchaseOrderItemDeleteRequest(KometRequest):
    po_item_id: int = field(metadata=_ID)


@define(kw_only=True)
class PurchaseOrderItemConfirmRequest(KometRequest):
    po_item_id: int = field(metadata=_ID)
    quantity_confirmed: int = field(metadata=wire(digits=(5, 0), min_value=0))


@define(kw_only=True)
class PurchaseOrderItemPriceUpdateRequest(KometRequest):
    """``price`` is ``decimal:10,3`` here (three decimals, unlike most prices)."""

    purchase_order_item_id: int = field(metadata=_ID)
    price: Decimal = field(metadata=wire(digits=(10, 3), min_value=0))


@define(kw_only=True)
class PurchaseOrderItemReferenceUpdateRequest(KometRequest):
    purchase_order_item_id: int = field(metadata=_ID)
    reference: str = field(metadata=wire(max_len=20, min_len=1))


@define(kw_only=True)
class PurchaseOrderWriteResponse(Envelope):
    """``status`` and ``message`` only (the one-line PO writes)."""

"""Invoices (invoices.md): create and edit, status changes, reads, the PDF and the POD.

Money is :class:`~decimal.Decimal` everywhere (``decimal:10,2`` prices, discounts and
totals), exact as the server wrote it; nothing here computes money in floats.

Komet calls an invoice an "order" on many pages. ``invoice_id`` (integer:20) is the
internal id; ``invoice_number`` (integer:10) the human number, which the status methods take
*without* its prefix letter ('W' web orders, 'T' transfers).
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import re
import warnings
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

from attrs import define, field

from .._constants import MAX_FILE_BYTES
from .._dates import add_months, window_end
from .._wire import wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

# --- date windows (general.md, "Pagination and date windows") --------------------------
# Counted in calendar days, both ends included: a 4-day window is D..D+3 (the docs do not
# say how the end is counted; this is the reading that cannot be refused).

DETAILS_WINDOW_DAYS = 4
"""``invoice.details.list``: ``date_from``..``date_to`` spans at most 4 days."""
K2K_WINDOW_DAYS = 4
"""``v2/invoice/k2k``: the same 4-day rule."""
ACCOUNTING_WINDOW_DAYS = 31
"""``invoice.accounting.details.list``: 31 days (newest docs; older copies say 60)."""
LIST_WINDOW_MONTHS = 6
"""``invoice.list``: at most six months."""
DETAILS_MAX_BOXES = 10_000
"""``invoice.details.list`` answers at most this many boxes (newest docs)."""

NOT_FOUND_MESSAGE = "Orders not found."
"""The answer of the invoice lists when nothing matches (seen in third-party code)."""


class InvoiceStatus(enum.IntEnum):
    """Order status codes (invoices.md)."""

    PENDING = 0
    """Pending Approval."""
    CONFIRMED = 1
    DRAFT = 2
    VOIDED = 4


class PrintType(enum.IntEnum):
    """What ``invoice/print-status/update`` records as printed."""

    BOX_LABEL = 0
    BOL = 1


def _status_code(value: int | None) -> int | None:
    # An IntEnum goes on the wire as its number (str() of an IntEnum differs by version).
    return int(value) if isinstance(value, enum.IntEnum) else value


def _check_range(
    first: dt.date | None,
    last: dt.date | None,
    *,
    days: int | None = None,
    months: int | None = None,
    required: bool = False,
) -> None:
    """``date_from``/``date_to``: both or neither, in order, inside the method's window."""
    if first is None and last is None:
        if required:
            raise RequestValidationError("date_from", "is required")
        return
    if first is None:
        raise RequestValidationError("date_from", "is required with date_to")
    if last is None:
        raise RequestValidationError("date_to", "is required with date_from")
    if last < first:
        raise RequestValidationError("date_to", "must not be before date_from")
    if days is not None and last > window_end(first, days):
        raise RequestValidationError(
            "date_to",
            f"must be at most {days - 1} days after date_from (a window of {days} days, "
            "both ends included); split the range into several calls",
        )
    if months is not None and last > add_months(first, months):
        raise RequestValidationError("date_to", f"must be at most {months} months after date_from")


def _check_status(value: int | None, allowed: tuple[int, ...]) -> None:
    if value is not None and value not in allowed:
        raise RequestValidationError(
            "status", "must be one of " + ", ".join(str(code) for code in allowed)
        )


_ID = wire(digits=(20, 0), min_value=0)
_NUMBER = wire(digits=(10, 0), min_value=0)
_PRICE = wire(digits=(10, 2), min_value=0)
_BOXES = wire(digits=(10, 0), min_value=1)


# --- answers of the write methods -------------------------------------------------------


@define(kw_only=True)
class InvoiceResult(Envelope):
    """The answer of ``invoice.create``, ``invoice.update`` and the item methods.

    ``invoice.update``, ``invoice.item.update`` and ``invoice.item.delete`` document these
    fields; ``invoice.create`` and ``invoice.item.add`` answers are a GAP in the docs (they
    must carry the new ids; these names are the siblings'). Anything else is in ``extra``.
    ``available_boxes`` comes only with ``return_available_boxes=True``.
    """

    invoice_id: int | None = None
    invoice_number: int | None = None
    invoice_item_id: int | None = None
    available_boxes: int | None = None


@define(kw_only=True)
class InvoiceAck(Envelope):
    """A status-and-message answer (checkout, confirm, void, sync flags, print status, POD);
    ``message`` is Komet's sentence, e.g. "The invoice was successfully confirmed."."""


# --- invoice.create / invoice.update --------------------------------------------------


@define(kw_only=True)
class InvoiceCreateRequest(KometRequest):
    """``invoice.create``: the customer by id or by code and name, the carrier likewise.

    GAP: the docs cut off before the item array (its name and fields are unreadable), so
    this request carries the documented header only; add lines with ``invoice.item.add``.
    ``status_draft=True`` leaves the order in Draft (needed for a later checkout).
    """

    ship_date: dt.date
    customer_id: int | None = field(default=None, metadata=_ID)
    customer_code: str | None = field(default=None, metadata=wire(max_len=20))
    customer_description: str | None = field(default=None, metadata=wire(max_len=200))
    carrier_id: int | None = field(default=None, metadata=_ID)
    carrier_code: str | None = field(default=None, metadata=wire(max_len=20))
    carrier_description: str | None = field(default=None, metadata=wire(max_len=200))
    ship_to_id: int | None = field(default=None, metadata=_ID)
    po_number: str | None = field(default=None, metadata=wire(max_len=20))
    reference: str | None = field(default=None, metadata=wire(max_len=20))
    warehouse_instructions: str | None = field(default=None, metadata=wire(max_len=200))
    invoice_notes: str | None = field(default=None, metadata=wire(max_len=200))
    return_available_boxes: bool | None = None
    status_draft: bool | None = None
    location_id: int | None = field(default=None, metadata=_ID)
    location_code: str | None = field(default=None, metadata=wire(max_len=10))

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


@define(kw_only=True)
class InvoiceUpdateRequest(KometRequest):
    """``invoice.update``: header attributes; the carrier by id *or* by code and name."""

    invoice_id: int = field(metadata=_ID)
    carrier_id: int | None = field(default=None, metadata=_ID)
    carrier_code: str | None = field(default=None, metadata=wire(max_len=20))
    carrier_description: str | None = field(default=None, metadata=wire(max_len=200))
    ship_date: dt.date | None = None
    po_number: str | None = field(default=None, metadata=wire(max_len=20))
    reference: str | None = field(default=None, metadata=wire(max_len=20))
    warehouse_instructions: str | None = field(default=None, metadata=wire(max_len=200))
    invoice_notes: str | None = field(default=None, metadata=wire(max_len=200))

    def check(self) -> None:
        if self.carrier_id is not None and self.carrier_code is not None:
            raise RequestValidationError("carrier_code", "must not be sent with carrier_id")
        if self.carrier_code is not None and self.carrier_description is None:
            raise RequestValidationError("carrier_description", "is required with carrier_code")


# --- invoice lines ----------------------------------------------------------------------

_GROUP = ("product_code", "box_type_code", "units_per_box", "unit_type")


@define(kw_only=True)
class InvoiceItemAddRequest(KometRequest):
    """``invoice.item.add``: one line, by inventory item (``order_item_id``) *or* by the
    product group (``product_code``, ``box_type_code``, ``units_per_box``, ``unit_type``),
    never both. ``price`` is the unit price (decimal:10,2)."""

    invoice_id: int = field(metadata=_ID)
    boxes: int = field(metadata=_BOXES)
    price: Decimal = field(metadata=_PRICE)
    order_item_id: int | None = field(default=None, metadata=_ID)
    product_code: str | None = field(default=None, metadata=wire(max_len=20, min_len=1))
    box_type_code: str | None = field(default=None, metadata=wire(max_len=3, min_len=1))
    units_per_box: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=1))
    unit_type: str | None = field(
        default=None, metadata=wire(max_len=5, choices=("Stem", "Bunch"), case_insensitive=True)
    )
    mark_code: str | None = field(default=None, metadata=wire(max_len=20))
    product_alias: str | None = field(default=None, metadata=wire(max_len=50))
    notes: str | None = field(default=None, metadata=wire(max_len=200))
    return_available_boxes: bool | None = None
    location_id: int | None = field(default=None, metadata=_ID)

    def check(self) -> None:
        given = [name for name in _GROUP if getattr(self, name) is not None]
        if self.order_item_id is not None:
            if given:
                raise RequestValidationError(given[0], "must not be sent with order_item_id")
            return
        for name in _GROUP:
            if getattr(self, name) is None:
                raise RequestValidationError(
                    name, "is required when order_item_id is not given (" + ", ".join(_GROUP) + ")"
                )


@define(kw_only=True)
class InvoiceItemUpdateRequest(KometRequest):
    """``invoice.item.update``: ``price`` is required; ``discount`` is a percentage;
    ``boxes`` cannot change on K2K orders."""

    invoice_id: int = field(metadata=_ID)
    invoice_item_id: int = field(metadata=_ID)
    price: Decimal = field(metadata=_PRICE)
    boxes: int | None = field(default=None, metadata=_BOXES)
    discount: Decimal | None = field(
        default=None, metadata=wire(digits=(10, 2), min_value=0, max_value=100)
    )
    mark_code: str | None = field(default=None, metadata=wire(max_len=20))
    product_alias: str | None = field(default=None, metadata=wire(max_len=50))
    notes: str | None = field(default=None, metadata=wire(max_len=200))
    return_available_boxes: bool | None = None


@define(kw_only=True)
class InvoiceItemDeleteRequest(KometRequest):
    invoice_id: int = field(metadata=_ID)
    invoice_item_id: int = field(metadata=_ID)
    return_available_boxes: bool | None = None


# --- status changes ---------------------------------------------------------------------


@define(kw_only=True)
class InvoiceNumberRequest(KometRequest):
    """``invoice.checkout`` / ``invoice.confirm``: the number without its 'W'/'T' prefix."""

    invoice_number: int = field(metadata=_NUMBER)


@define(kw_only=True)
class InvoiceVoidRequest(KometRequest):
    invoice_number: int = field(metadata=_NUMBER)
    reason: str = field(metadata=wire(max_len=300, min_len=1))


@define(kw_only=True)
class MarkSyncedRequest(KometRequest):
    """``invoice.mark.sync.status.ok``: note ``invoice_id`` is integer:10 on this page."""

    invoice_id: int = field(metadata=_NUMBER)
    invoice_number: int | None = field(default=None, metadata=_NUMBER)


@define(kw_only=True)
class MarkSyncErrorRequest(KometRequest):
    """``invoice.mark.sync.status.error``: ``unconfirm`` defaults to true on the server
    (the invoice goes back to its previous status)."""

    invoice_id: int = field(metadata=_NUMBER)
    message: str = field(metadata=wire(max_len=50, min_len=1))
    unconfirm: bool | None = None


def _print_status_error(field: str, rule: str) -> RequestValidationError:
    return RequestValidationError(field, rule, komet_method="invoice/print-status/update")


_ORDER_IDS = re.compile(r"[0-9]{1,20}(,[0-9]{1,20})*\Z")


@define(kw_only=True)
class PrintStatusRequest(KometRequest):
    """``invoice/print-status/update``: ``order_ids`` travels as ``"454899,998567"`` and
    ``print_type`` as ``"0"`` (box label) or ``"1"`` (BOL), as in the sample. Build it with
    :meth:`of` from ints."""

    order_ids: str = field(metadata=wire(min_len=1))
    print_type: str = field(metadata=wire(choices=("0", "1")))

    @classmethod
    def of(cls, order_ids: Iterable[int], print_type: int) -> PrintStatusRequest:
        """From an iterable of int order ids and a :class:`PrintType` (or 0/1)."""
        if isinstance(order_ids, (str, bytes)) or not hasattr(order_ids, "__iter__"):
            raise _print_status_error("order_ids", "must be an iterable of int order ids")
        ids = list(order_ids)
        if not ids:
            raise _print_status_error("order_ids", "must hold at least 1 item(s)")
        for index, value in enumerate(ids):
            if isinstance(value, bool) or not isinstance(value, int):
                raise _print_status_error(f"order_ids[{index}]", "must be an int")
            if value < 0 or len(str(value)) > 20:
                raise _print_status_error(
                    f"order_ids[{index}]", "must be a non-negative integer:20"
                )
        if isinstance(print_type, bool) or print_type not in (0, 1):
            raise _print_status_error("print_type", "must be PrintType.BOX_LABEL or .BOL")
        return cls(order_ids=",".join(str(int(v)) for v in ids), print_type=str(int(print_type)))

    def check(self) -> None:
        if not _ORDER_IDS.match(self.order_ids):
            raise RequestValidationError("order_ids", "must be comma-separated integer ids")


# --- the PDF and the proof of delivery --------------------------------------------------


@define(kw_only=True)
class InvoicePdfRequest(KometRequest):
    """``invoice.pdf.get``. ``add_additional_charges_in_unit_price`` only has an effect
    with ``enable_distribute_additional_charges`` true (both default to false)."""

    invoice_id: int = field(metadata=_ID)
    enable_distribute_additional_charges: bool | None = field(
        default=None, metadata=wire(bool_style="truefalse")
    )
    add_additional_charges_in_unit_price: bool | None = field(
        default=None, metadata=wire(bool_style="truefalse")
    )


_UNSAFE_NAME = re.compile(r"[\\/\x00-\x1f:*?\"<>|]+")


@define(kw_only=True)
class InvoicePdf(Envelope):
    """The printable invoice: ``file`` holds the PDF bytes (Komet sends them as a string
    of comma-separated signed byte values; the converter turns that into ``bytes``)."""

    suggested_file_name: str | None = None
    file: bytes | None = None

    @property
    def content(self) -> bytes:
        """The PDF bytes (empty if the answer carried none)."""
        return self.file or b""

    def file_name(self, default: str = "invoice.pdf") -> str:
        """``suggested_file_name`` made safe as a single file name (no directories)."""
        name = _UNSAFE_NAME.sub("_", self.suggested_file_name or "").strip(" .")
        return name or default

    async def save(self, path: str | os.PathLike[str]) -> Path:
        """Deprecated (models do no I/O): use ``session.invoices.save_pdf(...)``, or write
        :attr:`content` yourself. Kept for one release."""
        warnings.warn(
            "InvoicePdf.save() is deprecated: use session.invoices.save_pdf(invoice_id, path)",
            DeprecationWarning,
            stacklevel=2,
        )
        from .._files import write_pdf

        return await write_pdf(self, path)


@define(kw_only=True)
class ProofOfDeliveryRequest(KometRequest):
    """``invoice.pod.receive``: a file of at most 20 MB (``MAX_FILE_BYTES``), sent the way
    Komet sends file bytes (comma-separated signed byte values)."""

    invoice_number: int = field(metadata=_NUMBER)
    proof_of_delivery_file: bytes = field(metadata=wire(name="proofOfDeliveryfile"))

    def check(self) -> None:
        content = self.proof_of_delivery_file
        if not isinstance(content, bytes):
            if content is None:
                raise RequestValidationError("proof_of_delivery_file", "is required")
            raise RequestValidationError(
                "proof_of_delivery_file", f"must be bytes, not {type(content).__name__}"
            )
        if not content:
            raise RequestValidationError("proof_of_delivery_file", "must not be empty")
        if len(content) > MAX_FILE_BYTES:
            raise RequestValidationError(
                "proof_of_delivery_file",
                f"must be at most {MAX_FILE_BYTES} bytes (20 MB), got {len(content)}",
            )


# --- reads: invoice.list ----------------------------------------------------------------


@define(kw_only=True)
class InvoiceSummary(KometModel):
    """One row of ``invoice.list`` (header only, no lines).

    GAP: the docs do not show this answer; the fields are those third-party code reads
    (``id``, ``number``, ``createdOn``, ``total``, ...), everything else is in ``extra``.
    Their types are not documented either, so the dates and ``status`` are kept as text.
    """

    id: int
    number: int | None = None
    created_on: str | None = None
    updated_on: str | None = None
    total: Decimal | None = None
    status: str | None = None
    sales_person_name: str | None = None
    carrier_name: str | None = None
    invoice_notes: str | None = None


_LIST_STATUSES = (0, 1, 2, 4)
_DETAIL_STATUSES = (0, 1)
_TEXT_200 = wire(max_len=200)
_IDS = wire(digits=(20, 0), min_value=0, min_len=1)


@define(kw_only=True)
class InvoiceListRequest(KometRequest):
    """``invoice.list``: ship dates ``date_from``..``date_to`` (at most six months), unless
    ``order`` (number) or ``order_id`` is given, which override the dates."""

    date_from: dt.date | None = field(default=None, metadata=wire(name="orderDateFrom"))
    date_to: dt.date | None = field(default=None, metadata=wire(name="orderDateTo"))
    status: int | None = field(default=None, converter=_status_code)
    customer: str | None = field(default=None, metadata=_TEXT_200)
    customer_id: int | None = field(default=None, metadata=_ID)
    location_id: int | None = field(default=None, metadata=_ID)
    carrier_name: str | None = field(default=None, metadata=_TEXT_200)
    carrier_id: int | None = field(default=None, metadata=_ID)
    product: str | None = field(default=None, metadata=_TEXT_200)
    order: int | None = field(default=None, metadata=_NUMBER)
    order_id: int | None = field(default=None, metadata=_NUMBER)
    is_ecommerce: bool | None = field(default=None, metadata=wire(bool_style="truefalse"))
    updated_as_of: dt.datetime | None = None
    exclude_transfer: bool | None = None
    location_ids: list[int] | None = field(default=None, metadata=_IDS)

    def check(self) -> None:
        _check_status(self.status, _LIST_STATUSES)
        by_order = self.order is not None or self.order_id is not None
        _check_range(self.date_from, self.date_to, months=LIST_WINDOW_MONTHS, required=not by_order)


@define(kw_only=True)
class InvoiceListResponse(Envelope):
    invoices: list[InvoiceSummary] = field(factory=list)


# --- reads: invoice.details.list / v2/invoice/k2k ---------------------------------------


@define(kw_only=True)
class InvoiceBox(KometModel):
    """A box of an invoice line. GAP: only ``detail_id`` (its line) is known (third-party
    code reads the boxes whole, with no column list); the rest of the box is in ``extra``."""

    detail_id: int | None = None


@define(kw_only=True)
class InvoiceBreakdown(KometModel):
    """A breakdown row of an invoice line (the composition of its boxes). GAP: only
    ``detail_id`` is known (read whole by third-party code); the rest is in ``extra``."""

    detail_id: int | None = None


@define(kw_only=True)
class InvoiceCharge(KometModel):
    """An additional charge of an invoice (``additionalChargesDetails``). GAP: no field is
    documented and third-party code reads the rows whole, so everything is in ``extra``
    (its numbers as ``int`` or exact ``Decimal``)."""


@define(kw_only=True)
class InvoiceLine(KometModel):
    """One line (``details`` row) of an invoice, with its ``boxes`` and ``breakdowns``.

    GAP in the docs: the fields are the 22 columns a public integration loads from this
    answer (third-party.md evidence, "invoice.details.list"); their types are inferred.
    Money (``unit_price``, ``amount``) is ``Decimal``; ``amount`` may arrive as text with
    thousands commas (``"1,234.50"``), which is read as ``Decimal("1234.50")``. Anything
    else the server sends is in ``extra``.
    """

    detail_id: int | None = None
    # third-party.md evidence (RB's `details` table), in its order:
    awb: str | None = None
    product_id: int | None = None
    product_description: str | None = None
    box_type_id: int | None = None
    box_type: str | None = None
    unit_type: str | None = None
    stems_bunch: int | None = None
    bunches_box: int | None = None
    units: int | None = None
    total_units: int | None = None
    total_boxes: int | None = None
    grower_id: int | None = None
    grower_name: str | None = None
    sales_type: str | None = None
    ref: str | None = None
    notes: str | None = None
    mark_code: str | None = None
    brand_id: int | None = None
    brand_name: str | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None
    boxes: list[InvoiceBox] = field(factory=list)
    breakdowns: list[InvoiceBreakdown] = field(factory=list)


@define(kw_only=True)
class Invoice(KometModel):
    """A full invoice of ``invoice.details.list``: header, lines with boxes and breakdowns,
    additional charges.

    GAP in the docs: the header fields are the 33 columns a public integration loads from
    this answer (third-party.md evidence, "invoice.details.list"); their types are inferred:
    money (``subtotal``, ``additional_charges``, ``taxes``, ``total``) is ``Decimal``,
    ``ship_date`` a ``date`` (the server prints it as a date-time; the day is kept).
    ``created_on`` and ``status`` stay text (their form is not documented, as on
    :class:`InvoiceSummary`). Every other field is kept in ``extra``.
    """

    id: int
    number: int | None = None
    ship_date: dt.date | None = None
    # third-party.md evidence (RB's `invoices` table):
    created_on: str | None = None
    status: str | None = None
    customer_id: int | None = None
    customer_name: str | None = None
    customer_po_number: str | None = field(default=None, metadata=wire(name="customerPONumber"))
    location_id: int | None = None
    location_name: str | None = None
    sales_person_id: int | None = None
    sales_person_name: str | None = None
    carrier_id: int | None = None
    carrier_name: str | None = None
    is_ecommerce: bool | None = None
    order_ref: str | None = None
    count_confirmed: int | None = None
    total_boxes: int | None = None
    subtotal: Decimal | None = None
    additional_charges: Decimal | None = None
    taxes: Decimal | None = None
    total: Decimal | None = None
    bill_address: str | None = None
    bill_city: str | None = None
    bill_state: str | None = None
    bill_zip_code: str | None = None
    bill_country: str | None = None
    ship_name: str | None = None
    ship_address: str | None = None
    ship_city: str | None = None
    ship_state: str | None = None
    ship_zip_code: str | None = None
    ship_country: str | None = None
    details: list[InvoiceLine] = field(factory=list)
    additional_charges_details: list[InvoiceCharge] = field(factory=list)


@define(kw_only=True)
class InvoiceDetailsListRequest(KometRequest):
    """``invoice.details.list``: one ship date (``order_date``) or a range ``date_from``..
    ``date_to`` of at most 4 days (both ends included), or ``order``/``order_id`` (which
    override the dates). ``updated_as_of`` is an aware datetime, sent in GMT."""

    WINDOW_DAYS: ClassVar[int] = DETAILS_WINDOW_DAYS

    order_date: dt.date | None = None
    date_from: dt.date | None = field(default=None, metadata=wire(name="orderDateFrom"))
    date_to: dt.date | None = field(default=None, metadata=wire(name="orderDateTo"))
    include_mapping_k2k: bool | None = field(default=None, metadata=wire(name="includeMappingK2k"))
    status: int | None = field(default=None, converter=_status_code)
    customer: str | None = field(default=None, metadata=_TEXT_200)
    customer_id: int | None = field(default=None, metadata=_ID)
    carrier_name: str | None = field(default=None, metadata=_TEXT_200)
    carrier_id: int | None = field(default=None, metadata=_ID)
    product: str | None = field(default=None, metadata=_TEXT_200)
    order: int | None = field(default=None, metadata=_NUMBER)
    order_id: int | None = field(default=None, metadata=_NUMBER)
    location_id: int | None = field(default=None, metadata=_ID)
    location_ids: list[int] | None = field(default=None, metadata=_IDS)
    updated_as_of: dt.datetime | None = None

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("order_date", "date_from", "date_to", "order", "order_id"),
    )

    def check(self) -> None:
        _check_status(self.status, _DETAIL_STATUSES)
        _check_range(self.date_from, self.date_to, days=self.WINDOW_DAYS)


@define(kw_only=True)
class InvoiceDetailsListResponse(Envelope):
    invoices: list[Invoice] = field(factory=list)


@define(kw_only=True)
class K2KInvoiceListRequest(KometRequest):
    """``v2/invoice/k2k``: the filters of ``invoice.details.list`` that its page shows
    (GAP after ``order_id``), with the same 4-day window."""

    WINDOW_DAYS: ClassVar[int] = K2K_WINDOW_DAYS

    order_date: dt.date | None = None
    date_from: dt.date | None = field(default=None, metadata=wire(name="orderDateFrom"))
    date_to: dt.date | None = field(default=None, metadata=wire(name="orderDateTo"))
    status: int | None = field(default=None, converter=_status_code)
    customer: str | None = field(default=None, metadata=_TEXT_200)
    customer_id: int | None = field(default=None, metadata=_ID)
    carrier_name: str | None = field(default=None, metadata=_TEXT_200)
    carrier_id: int | None = field(default=None, metadata=_ID)
    product: str | None = field(default=None, metadata=_TEXT_200)
    order: int | None = field(default=None, metadata=_NUMBER)
    order_id: int | None = field(default=None, metadata=_NUMBER)

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("order_date", "date_from", "date_to", "order", "order_id"),
    )

    def check(self) -> None:
        _check_status(self.status, _DETAIL_STATUSES)
        _check_range(self.date_from, self.date_to, days=self.WINDOW_DAYS)


@define(kw_only=True)
class K2KInvoiceListResponse(Envelope):
    """GAP: the K2K answer is not documented. It is read as the shape of its sibling
    ``invoice.details.list`` (``invoices``); anything else lands in ``extra``."""

    invoices: list[Invoice] = field(factory=list)


# --- reads: invoice.accounting.details.list ---------------------------------------------


@define(kw_only=True)
class AccountingInvoice(KometModel):
    """One invoice of ``invoice.accounting.details.list``. The docs list the fields up to
    ``subtotal`` (decimal:10,2, before extras) and are cut off after it (GAP): the totals
    that follow are kept in ``extra``."""

    id: int
    number: int | None = None
    ship_date: dt.date | None = None
    location_id: int | None = None
    customer_id: int | None = None
    customer_name: str | None = None
    customer_code: str | None = None
    subtotal: Decimal | None = None


@define(kw_only=True)
class AccountingInvoiceListRequest(KometRequest):
    """``invoice.accounting.details.list``: ship dates ``date_from``..``date_to``, at most
    31 days (both ends included). ``external_system_synced`` True returns only invoices
    marked synchronised, False only the pending ones. ``location_ids`` travel
    comma-separated (the page says "separated by colons", read as a slip)."""

    WINDOW_DAYS: ClassVar[int] = ACCOUNTING_WINDOW_DAYS

    date_from: dt.date = field(metadata=wire(name="orderDateFrom"))
    date_to: dt.date = field(metadata=wire(name="orderDateTo"))
    status: int | None = field(default=None, converter=_status_code)
    location_ids: list[int] | None = field(default=None, metadata=_IDS)
    exclude_transfer: bool | None = None
    external_system_synced: bool | None = None

    def check(self) -> None:
        _check_status(self.status, _DETAIL_STATUSES)
        _check_range(self.date_from, self.date_to, days=self.WINDOW_DAYS, required=True)


@define(kw_only=True)
class AccountingInvoiceListResponse(Envelope):
    invoices: list[AccountingInvoice] = field(factory=list)

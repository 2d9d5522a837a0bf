"""The invoice methods: create and edit, status changes, reads, the PDF and the POD.

Data lives in ``_state_invoices`` (seeded per day, completed on first use). Money is kept as
``Decimal`` and written as JSON numbers (a Decimal of at most 15 digits has a float whose
shortest repr is its exact text). Customer tokens see only their customer's invoices.

Which answers are documented: the samples of update, item.delete, checkout, confirm, void,
the sync flags, print status, pdf.get and pod.receive. The rest (create, item.add, the
shapes of the list answers past what third-party code reads, every failure text) is the
fake's reading, marked as such in the rules below.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import rules
from .._seed_data import Record
from .._state import FakeState
from .._state_customers import SHIP_ADDRESS_KEYS, accounts_of, ship_address
from .._state_invoices import (
    CONFIRMED,
    DRAFT,
    LOCATION_NAME,
    PENDING,
    VOIDED,
    InvoiceBook,
    charges_total,
    gmt_text,
    invoices_of,
    line_total,
    money,
    subtotal,
)
from . import HandlerContext, Reply, handler
from ._filters import exact, like

_FAKE = "undocumented; the fake's choice"

INVOICE_LOCKED = rules.Rule(
    "invoice_locked",
    "The invoice {number} is synchronized with an external system and cannot be edited.",
    False,
    "documented rule (mark.sync.status.ok: users can no longer edit); text " + _FAKE,
)
INVOICE_VOIDED = rules.Rule(
    "invoice_voided", "The invoice {number} is voided and cannot be changed.", False, _FAKE
)
NOT_DRAFT = rules.Rule(
    "invoice_not_draft",
    "The invoice {number} is not in Draft status and cannot be checked out.",
    False,
    "documented: checkout 'returns an error message' when not in Draft; text " + _FAKE,
)
NOT_CONFIRMABLE = rules.Rule(
    "invoice_not_confirmable",
    "The invoice {number} cannot be confirmed from its current status.",
    False,
    "documented: confirm works on Draft or Pending Approval; text " + _FAKE,
)
K2K_BOXES = rules.Rule(
    "k2k_boxes",
    "The boxes of a K2K order cannot be changed.",
    False,
    "documented rule (invoice.item.update); text " + _FAKE,
)
ITEM_KEYS = rules.Rule(
    "item_keys",
    "Send orderItemId or productCode, boxTypeCode, unitsPerBox and unitType, not both",
    False,
    "documented rule (invoice.item.add); text " + _FAKE,
)
CARRIER_KEYS = rules.Rule(
    "carrier_keys",
    "Send carrierId or carrierCode and carrierDescription, not both",
    False,
    "documented rule (invoice.update); text " + _FAKE,
)

SUCCESS = "success"  # invoice.update / invoice.item.* samples
CHECKED_OUT = "The invoice was successfully checked out."
CONFIRMED_MESSAGE = "The invoice was successfully confirmed."
VOIDED_MESSAGE = "The invoice was successfully voided."
PDF_MESSAGE = "The invoice was successfully generated"
POD_MESSAGE = "The proof of delivery was successfully received"
AVAILABLE_BOXES = 12  # what returnAvailableBoxes reports (the fake keeps no stock here)


class _Refused(Exception):
    """A handler helper's early answer (a status-0 rule)."""

    def __init__(self, rule: rules.Rule, **fields: Any) -> None:
        super().__init__(rule.name)
        self.rule = rule
        self.fields = fields


def _answer(func: Callable[[HandlerContext], Reply]) -> Callable[[HandlerContext], Reply]:
    def run(ctx: HandlerContext) -> Reply:
        try:
            return func(ctx)
        except _Refused as refused:
            return ctx.fail(refused.rule, **refused.fields)

    run.__name__ = func.__name__
    run.__doc__ = func.__doc__
    return run


# --- reading parameters ---------------------------------------------------------------


def _int(ctx: HandlerContext, name: str, *, required: bool = False) -> int | None:
    value = ctx.params.get(name)
    if value is None or value == "":
        if required:
            raise _Refused(rules.PARAM_REQUIRED, param=name)
        return None
    if isinstance(value, bool):
        raise _Refused(rules.BAD_PARAM, param=name)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if text.isdigit():
        return int(text)  # "003429" (invoice.void sample) is 3429
    raise _Refused(rules.BAD_PARAM, param=name)


def _decimal(ctx: HandlerContext, name: str) -> Decimal | None:
    value = ctx.params.get(name)
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        amount = money(value)
    except (InvalidOperation, ValueError):
        raise _Refused(rules.BAD_PARAM, param=name) from None
    if not amount.is_finite() or amount < 0:
        raise _Refused(rules.BAD_PARAM, param=name)
    return amount


def _ids(ctx: HandlerContext, name: str) -> list[int] | None:
    """A comma-separated id list ("1,2"), or a JSON array of ids."""
    value = ctx.params.get(name)
    if value is None or value == "":
        return None
    parts: Iterable[Any] = value if isinstance(value, list) else str(value).split(",")
    ids = []
    for part in parts:
        text = str(part).strip()
        if not text.isdigit():
            raise _Refused(rules.BAD_PARAM, param=name)
        ids.append(int(text))
    return ids


def _file_bytes(value: Any) -> bytes | None:
    """Komet's style for file bytes: comma-separated signed byte values (or an array)."""
    parts: Iterable[Any] = value if isinstance(value, list) else str(value).split(",")
    try:
        numbers = [int(str(part).strip()) for part in parts]
    except ValueError:
        return None
    if not numbers or not all(-128 <= n <= 255 for n in numbers):
        return None
    return bytes(n & 0xFF for n in numbers)


def _signed_bytes(content: bytes) -> str:
    return ", ".join(map(str, array("b", content)))


# --- finding invoices -----------------------------------------------------------------


def _visible(ctx: HandlerContext, invoice: Record) -> bool:
    token = ctx.token
    if token is not None and token.kind == "customer" and token.customer_id is not None:
        return str(invoice["customerId"]) == str(token.customer_id)
    return True


def _by_id(ctx: HandlerContext, book: InvoiceBook, name: str = "invoiceId") -> Record:
    invoice_id = _int(ctx, name, required=True)
    assert invoice_id is not None
    invoice = book.by_id(invoice_id)
    if invoice is None or not _visible(ctx, invoice):
        raise _Refused(rules.RECORD_NOT_FOUND, what="Invoice", key=invoice_id)
    return invoice


def _by_number(ctx: HandlerContext, book: InvoiceBook) -> Record:
    number = _int(ctx, "invoiceNumber", required=True)
    assert number is not None
    invoice = book.by_number(number)
    if invoice is None:
        raise _Refused(rules.RECORD_NOT_FOUND, what="Invoice", key=number)
    return invoice


def _editable(invoice: Record) -> None:
    if invoice["status"] == VOIDED:
        raise _Refused(INVOICE_VOIDED, number=invoice["number"])
    if invoice["externalSystemSynced"]:
        raise _Refused(INVOICE_LOCKED, number=invoice["number"])


def _line(invoice: Record, detail_id: int) -> Record:
    for line in invoice["details"]:
        if line["detailId"] == detail_id:
            found: Record = line
            return found
    raise _Refused(rules.RECORD_NOT_FOUND, what="Invoice item", key=detail_id)


def _touch(ctx: HandlerContext, invoice: Record) -> None:
    invoice["updatedOn"] = gmt_text(ctx.now())


def _result(ctx: HandlerContext, invoice: Record, **more: Any) -> Reply:
    fields: dict[str, Any] = {"invoiceId": invoice["id"], "invoiceNumber": invoice["number"]}
    fields.update(more)
    if ctx.flag("returnAvailableBoxes"):
        fields["availableBoxes"] = AVAILABLE_BOXES
    return ctx.ok(SUCCESS, **fields)


# --- create / edit --------------------------------------------------------------------


@handler("invoice.create")
@_answer
def create_invoice(ctx: HandlerContext) -> Reply:
    """A header-only invoice (the item array of the docs is a GAP); Draft with
    ``statusDraft=1``, else Pending Approval. Answers ``invoiceId`` and ``invoiceNumber``."""
    state = ctx.state
    customer_id = _int(ctx, "customerId")
    if customer_id is not None:
        customer = state.customers.get(str(customer_id))
        if customer is None:
            raise _Refused(rules.RECORD_NOT_FOUND, what="Customer", key=customer_id)
    else:
        code = ctx.text("customerCode") or ""
        customer = next((c for c in state.customers.values() if exact(code, c["code"])), None)
        if customer is None:
            raise _Refused(rules.RECORD_NOT_FOUND, what="Customer", key=code)
    carrier = _carrier(ctx)
    ship_to: Record = {}
    if ctx.text("shipToId") is not None:  # a ship-to of this customer (customer.shipto.*)
        found = accounts_of(state).ship_to_of(customer["id"], ctx.text("shipToId"))
        if found is None:
            raise _Refused(rules.RECORD_NOT_FOUND, what="Ship to", key=ctx.text("shipToId"))
        ship_to = ship_address(found)
    ship_date = ctx.date("shipDate")
    assert ship_date is not None  # required by spec.json
    book = invoices_of(state)
    invoice = book.create(
        {
            "shipDate": ship_date.isoformat(),
            "customerId": customer["id"],
            "customerName": customer["name"],
            "customerCode": customer["code"],
            "carrierId": carrier["id"],
            "carrierName": carrier["name"],
            "salesPersonName": customer.get("salesPerson", ""),
            "status": DRAFT if ctx.flag("statusDraft") else PENDING,
            "shipToId": _int(ctx, "shipToId"),
            **ship_to,
            **_header_texts(ctx),
        }
    )
    return _result(ctx, invoice)


def _carrier(ctx: HandlerContext) -> Record:
    carriers = ctx.state.carriers
    carrier_id = _int(ctx, "carrierId")
    if carrier_id is not None:
        carrier = carriers.get(str(carrier_id))
        if carrier is None:
            raise _Refused(rules.RECORD_NOT_FOUND, what="Carrier", key=carrier_id)
        return carrier
    code = ctx.text("carrierCode") or ""
    found = next((c for c in carriers.values() if exact(code, c["code"])), None)
    if found is None:
        raise _Refused(rules.RECORD_NOT_FOUND, what="Carrier", key=code)
    return found


def _header_texts(ctx: HandlerContext) -> Record:
    names = ("poNumber", "reference", "warehouseInstructions", "invoiceNotes")
    return {name: ctx.text(name) or "" for name in names if name in ctx.params}


@handler("invoice.update")
@_answer
def update_invoice(ctx: HandlerContext) -> Reply:
    book = invoices_of(ctx.state)
    invoice = _by_id(ctx, book)
    _editable(invoice)
    if _int(ctx, "carrierId") is not None and ctx.text("carrierCode") is not None:
        raise _Refused(CARRIER_KEYS)
    changes: Record = _header_texts(ctx)
    if ctx.text("carrierId") is not None or ctx.text("carrierCode") is not None:
        carrier = _carrier(ctx)
        changes.update(carrierId=carrier["id"], carrierName=carrier["name"])
    ship_date = ctx.date("shipDate")
    invoice.update(changes)
    if ship_date is not None:
        book.move(invoice, ship_date)
    _touch(ctx, invoice)
    return _result(ctx, invoice)


@handler("invoice.item.add")
@_answer
def add_item(ctx: HandlerContext) -> Reply:
    """One line, from an inventory item id or from product code / box type / pack."""
    book = invoices_of(ctx.state)
    invoice = _by_id(ctx, book)
    _editable(invoice)
    group = ("productCode", "boxTypeCode", "unitsPerBox", "unitType")
    order_item_id = _int(ctx, "orderItemId")
    if order_item_id is not None and any(ctx.text(name) is not None for name in group):
        raise _Refused(ITEM_KEYS)
    boxes = _int(ctx, "boxes", required=True)
    price = _decimal(ctx, "price")
    if price is None:
        raise _Refused(rules.PARAM_REQUIRED, param="price")
    if not boxes:
        raise _Refused(rules.BAD_PARAM, param="boxes")
    products = ctx.state.products
    if order_item_id is not None:
        # The inventory item decides the product; the fake derives one from the id.
        keys = sorted(products)
        product = products[keys[order_item_id % len(keys)]]
        box_type = next(iter(ctx.state.box_types.values()))
        unit_type, units = "Bunch", 10
    else:
        for name in group:
            if ctx.text(name) is None:
                raise _Refused(rules.PARAM_REQUIRED, param=name)
        code = ctx.text("productCode") or ""
        found = [
            p for p in products.values() if exact(code, p["legacyCode"]) or exact(code, p["id"])
        ]
        if not found:
            raise _Refused(rules.RECORD_NOT_FOUND, what="Product", key=code)
        product = found[0]
        box_code = ctx.text("boxTypeCode") or ""
        matching = [b for b in ctx.state.box_types.values() if exact(box_code, b["code"])]
        if not matching:
            raise _Refused(rules.RECORD_NOT_FOUND, what="Box type", key=box_code)
        box_type = matching[0]
        unit_type = (ctx.text("unitType") or "").capitalize()
        if unit_type not in ("Stem", "Bunch"):
            raise _Refused(rules.BAD_PARAM, param="unitType")
        units = _int(ctx, "unitsPerBox") or 0
    detail_id = ctx.state.next_id()
    line: Record = {
        "detailId": detail_id,
        "orderItemId": order_item_id,
        "productId": product["id"],
        "productDescription": product["description"],
        "boxTypeId": box_type["id"],
        "boxTypeCode": box_type["code"],
        "boxes": boxes,
        "unitType": unit_type,
        "unitsPerBox": units,
        "price": price,
        "unitCost": Decimal("0"),
        "discount": Decimal("0"),
        "markCode": ctx.text("markCode") or "",
        "productAlias": ctx.text("productAlias") or "",
        "notes": ctx.text("notes") or "",
        "boxCodes": [f"IV{detail_id}{n:02d}" for n in range(boxes)],
        "poItemId": None,
    }
    invoice["details"].append(line)
    _touch(ctx, invoice)
    return _result(ctx, invoice, invoiceItemId=detail_id)


@handler("invoice.item.update")
@_answer
def update_item(ctx: HandlerContext) -> Reply:
    book = invoices_of(ctx.state)
    invoice = _by_id(ctx, book)
    _editable(invoice)
    detail_id = _int(ctx, "invoiceItemId", required=True)
    assert detail_id is not None
    line = _line(invoice, detail_id)
    price = _decimal(ctx, "price")
    if price is None:
        raise _Refused(rules.PARAM_REQUIRED, param="price")
    boxes = _int(ctx, "boxes")
    discount = _decimal(ctx, "discount")
    if boxes is not None and boxes != line["boxes"]:
        if invoice["k2k"]:
            raise _Refused(K2K_BOXES)
        line["boxes"] = boxes
        line["boxCodes"] = [f"IV{detail_id}{n:02d}" for n in range(boxes)]
    if discount is not None:
        if discount > 100:
            raise _Refused(rules.BAD_PARAM, param="discount")
        line["discount"] = discount
    line["price"] = price
    for name in ("markCode", "productAlias", "notes"):
        if name in ctx.params:
            line[name] = ctx.text(name) or ""
    _touch(ctx, invoice)
    return _result(ctx, invoice, invoiceItemId=detail_id)


@handler("invoice.item.delete")
@_answer
def delete_item(ctx: HandlerContext) -> Reply:
    book = invoices_of(ctx.state)
    invoice = _by_id(ctx, book)
    _editable(invoice)
    detail_id = _int(ctx, "invoiceItemId", required=True)
    assert detail_id is not None
    invoice["details"].remove(_line(invoice, detail_id))
    _touch(ctx, invoice)
    return _result(ctx, invoice)


# --- status changes -------------------------------------------------------------------


@handler("invoice.checkout")
@_answer
def checkout(ctx: HandlerContext) -> Reply:
    invoice = _by_number(ctx, invoices_of(ctx.state))
    if invoice["status"] != DRAFT:
        raise _Refused(NOT_DRAFT, number=invoice["number"])
    invoice["status"] = PENDING
    _touch(ctx, invoice)
    return ctx.ok(CHECKED_OUT)


@handler("invoice.confirm")
@_answer
def confirm(ctx: HandlerContext) -> Reply:
    invoice = _by_number(ctx, invoices_of(ctx.state))
    if invoice["status"] not in (DRAFT, PENDING):
        raise _Refused(NOT_CONFIRMABLE, number=invoice["number"])
    invoice["previousStatus"] = invoice["status"]
    invoice["status"] = CONFIRMED
    _touch(ctx, invoice)
    return ctx.ok(CONFIRMED_MESSAGE)


@handler("invoice.void")
@_answer
def void(ctx: HandlerContext) -> Reply:
    """Accepts the documented URL parameters and the JSON of the page's sample alike."""
    invoice = _by_number(ctx, invoices_of(ctx.state))
    _editable(invoice)
    invoice["previousStatus"] = invoice["status"]
    invoice["status"] = VOIDED
    invoice["voidReason"] = ctx.text("reason")
    _touch(ctx, invoice)
    return ctx.ok(VOIDED_MESSAGE)


@handler("invoice.mark.sync.status.ok")
@_answer
def mark_synced(ctx: HandlerContext) -> Reply:
    invoice = _by_id(ctx, invoices_of(ctx.state))
    invoice["externalSystemSynced"] = True
    return ctx.ok("OK")


@handler("invoice.mark.sync.status.error")
@_answer
def mark_sync_error(ctx: HandlerContext) -> Reply:
    """Editable again; with ``unconfirm`` (default 1) a confirmed invoice returns to the
    status it had before it was confirmed."""
    invoice = _by_id(ctx, invoices_of(ctx.state))
    invoice["externalSystemSynced"] = False
    invoice["syncError"] = ctx.text("message")
    unconfirm = ctx.flag("unconfirm")
    if (unconfirm is None or unconfirm) and invoice["status"] == CONFIRMED:
        previous = invoice.get("previousStatus")
        invoice["status"] = PENDING if previous is None else previous
    _touch(ctx, invoice)
    return ctx.ok("OK")


@handler("invoice/print-status/update")
@_answer
def update_print_status(ctx: HandlerContext) -> Reply:
    ids = _ids(ctx, "orderIds") or []
    print_type = ctx.text("printType")
    if print_type not in ("0", "1"):
        raise _Refused(rules.BAD_PARAM, param="printType")
    book = invoices_of(ctx.state)
    invoices = []
    for invoice_id in ids:
        invoice = book.by_id(invoice_id)
        if invoice is None:
            raise _Refused(rules.RECORD_NOT_FOUND, what="Invoice", key=invoice_id)
        invoices.append(invoice)
    for invoice in invoices:
        invoice["printed"]["bol" if print_type == "1" else "boxLabel"] = True
    listed = ",".join(str(i) for i in ids)
    return ctx.ok(f"The invoices with id {listed} were updated successfully.")


# --- documents ------------------------------------------------------------------------


def _pdf(invoice: Record) -> bytes:
    """A small but well-formed one-page PDF naming the invoice and its total."""
    total = subtotal(invoice) + charges_total(invoice)
    text = f"Invoice #{invoice['number']:06d}  {invoice['customerName']}  Total {total}"
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@handler("invoice.pdf.get")
@_answer
def get_pdf(ctx: HandlerContext) -> Reply:
    """The PDF as Komet sends it: comma-separated signed byte values in ``file``."""
    invoice = _by_id(ctx, invoices_of(ctx.state))
    return ctx.ok(
        PDF_MESSAGE,
        suggestedFileName=f"Invoice #{invoice['number']:06d}.pdf",
        file=_signed_bytes(_pdf(invoice)),
    )


@handler("invoice.pod.receive")
@_answer
def receive_pod(ctx: HandlerContext) -> Reply:
    invoice = _by_number(ctx, invoices_of(ctx.state))
    content = _file_bytes(ctx.params.get("proofOfDeliveryfile"))
    if content is None:
        raise _Refused(rules.BAD_PARAM, param="proofOfDeliveryfile")
    invoice["proofOfDelivery"] = content
    return ctx.ok(POD_MESSAGE)


# --- reads ----------------------------------------------------------------------------


def _num(value: Decimal) -> float:
    # Exact on the wire: the shortest repr of this float is the Decimal's text.
    return float(value)


def _range(ctx: HandlerContext) -> tuple[dt.date, dt.date] | None:
    """The ship dates asked for; None when ``order``/``orderId`` replace them."""
    if ctx.text("order") is not None or ctx.text("orderId") is not None:
        return None
    single = ctx.date("orderDate") if "orderDate" in ctx.spec.params.names else None
    first, last = ctx.date("orderDateFrom"), ctx.date("orderDateTo")
    if first is not None or last is not None:
        first = first or last
        last = last or first
        assert first is not None and last is not None
        return first, last
    if single is not None:
        return single, single
    raise _Refused(rules.ONE_OF_REQUIRED, params="orderDate, orderDateFrom, order, orderId")


def _candidates(ctx: HandlerContext, book: InvoiceBook) -> list[Record]:
    dates = _range(ctx)
    if dates is not None:
        found = list(book.days(*dates))
    else:
        order, order_id = _int(ctx, "order"), _int(ctx, "orderId")
        picks = [
            book.by_number(order) if order is not None else None,
            book.by_id(order_id) if order_id is not None else None,
        ]
        asked = [
            pick for pick, key in zip(picks, (order, order_id), strict=True) if key is not None
        ]
        first = asked[0]
        found = [first] if first is not None and all(p is first for p in asked) else []
    return [invoice for invoice in found if _visible(ctx, invoice)]


def _matches(ctx: HandlerContext, invoice: Record) -> bool:
    status = _int(ctx, "status")
    if status is not None and invoice["status"] != status:
        return False
    for param, key in (("customerId", "customerId"), ("carrierId", "carrierId")):
        wanted = ctx.text(param)
        if wanted is not None and not exact(wanted, invoice[key]):
            return False
    location = ctx.text("locationId")
    if location is not None and not exact(location, invoice["locationId"]):
        return False
    locations = _ids(ctx, "locationIds")
    if locations is not None and invoice["locationId"] not in locations:
        return False
    customer = ctx.text("customer")
    if customer is not None and not (
        like(customer, invoice["customerName"]) or like(customer, invoice["customerCode"])
    ):
        return False
    carrier = ctx.text("carrierName")
    if carrier is not None and not like(carrier, invoice["carrierName"]):
        return False
    product = ctx.text("product")
    if product is not None and not any(
        like(product, line["productDescription"]) for line in invoice["details"]
    ):
        return False
    since = ctx.text("updatedAsOf")
    if since is not None and invoice["updatedOn"] < since:
        return False
    ecommerce = ctx.flag("isEcommerce")
    if ecommerce is not None and invoice["isEcommerce"] != ecommerce:
        return False
    synced = ctx.flag("externalSystemSynced")
    return synced is None or invoice["externalSystemSynced"] == synced


def _select(ctx: HandlerContext, only: Callable[[Record], bool] | None = None) -> list[Record]:
    book = invoices_of(ctx.state)
    return [
        invoice
        for invoice in _candidates(ctx, book)
        if _matches(ctx, invoice) and (only is None or only(invoice))
    ]


BILL_ADDRESS_KEYS = ("billAddress", "billCity", "billState", "billZipCode", "billCountry")
"""The bill-to columns integrations read (third-party.md invoices[])."""


def _detail_answer(
    invoice: Record, *, mapping_k2k: bool, header_only: bool, state: FakeState
) -> Record:
    lines = []
    for line in [] if header_only else invoice["details"]:
        detail_id = line["detailId"]
        row: Record = {
            "detailId": detail_id,
            "productId": line["productId"],
            "productDescription": line["productDescription"],
            "boxTypeCode": line["boxTypeCode"],
            "unitType": line["unitType"],
            "unitsPerBox": line["unitsPerBox"],
            "price": _num(line["price"]),
            "discount": _num(line["discount"]),
            "total": _num(line_total(line)),
            # The columns integrations read (third-party.md); ``amount`` as text with
            # thousands commas, the form a public integration strips before storing it.
            "boxTypeId": line["boxTypeId"],
            "boxType": line["boxTypeCode"],
            "stemsBunch": line.get("stemsBunch"),
            "bunchesBox": line.get("bunches"),
            "units": line["unitsPerBox"],
            "totalUnits": line["unitsPerBox"] * line["boxes"],
            "totalBoxes": line["boxes"],
            "unitPrice": _num(line["price"]),
            "amount": f"{line_total(line):,.2f}",
            "markCode": line["markCode"],
            "productAlias": line["productAlias"],
            "notes": line["notes"],
            # More columns integrations read (third-party.md details[]).
            "awb": line.get("awb", ""),
            "growerId": line.get("growerId"),
            "growerName": line.get("growerName"),
            "salesType": "Prebook" if line.get("prebookItemId") else "Open Market",
            "ref": line.get("ref", ""),
            "brandId": line.get("brandId"),
            "brandName": line.get("brandName"),
            "boxes": [{"detailId": detail_id, "boxCode": code} for code in line["boxCodes"]],
            "breakdowns": [
                {
                    "detailId": detail_id,
                    "productId": line["productId"],
                    "productDescription": line["productDescription"],
                    "units": line["unitsPerBox"] * line["boxes"],
                }
            ],
        }
        if mapping_k2k and invoice["k2k"]:
            row["poItemId"] = line["poItemId"]
        lines.append(row)
    sub = subtotal(invoice)
    customer = state.reference.customers.get(str(invoice["customerId"]), {})
    ship_tos = accounts_of(state).ship_tos_of(invoice["customerId"])
    # The customer's first ship-to is its bill-to, and the ship-to of an invoice made
    # without one of its own.
    home = ship_address(ship_tos[0]) if ship_tos else {}
    answer: Record = {
        **_summary_answer(invoice),
        "customerId": invoice["customerId"],
        "customerName": invoice["customerName"],
        "customerCode": invoice["customerCode"],
        "carrierId": invoice["carrierId"],
        "locationId": invoice["locationId"],
        "poNumber": invoice["poNumber"],
        "reference": invoice["reference"],
        "externalSystemSynced": int(invoice["externalSystemSynced"]),
        "subtotal": _num(sub),
        # Header columns integrations read (third-party.md); money as Komet writes it.
        "customerPONumber": invoice["poNumber"],
        "locationName": LOCATION_NAME,
        "isEcommerce": invoice["isEcommerce"],
        "totalBoxes": sum(line["boxes"] for line in invoice["details"]),
        "additionalCharges": _num(charges_total(invoice)),
        "taxes": _num(Decimal("0.00")),
        "salesPersonId": customer.get("salesPersonId"),
        "orderRef": f"W{invoice['number']}" if invoice["isEcommerce"] else "",
        "countConfirmed": int(invoice["status"] == 1),
        **{
            bill: home.get(ship)
            for bill, ship in zip(BILL_ADDRESS_KEYS, SHIP_ADDRESS_KEYS[1:], strict=True)
        },
        **home,
        # An invoice made for a ship-to: its address (third-party.md's columns).
        **{k: invoice[k] for k in SHIP_ADDRESS_KEYS if k in invoice},
        "details": lines,
        "additionalChargesDetails": [
            {"description": c["description"], "amount": _num(c["amount"])}
            for c in invoice["charges"]
        ],
    }
    if mapping_k2k and invoice["k2k"]:
        answer["buyerCompanyId"] = invoice["buyerCompanyId"]
    return answer


def _summary_answer(invoice: Record) -> Record:
    return {
        "id": invoice["id"],
        "number": invoice["number"],
        "shipDate": invoice["shipDate"],
        "status": invoice["status"],
        "customerName": invoice["customerName"],
        "carrierName": invoice["carrierName"],
        "salesPersonName": invoice["salesPersonName"],
        "invoiceNotes": invoice["invoiceNotes"],
        "createdOn": invoice["createdOn"],
        "updatedOn": invoice["updatedOn"],
        "total": _num(subtotal(invoice) + charges_total(invoice)),
    }


@handler("invoice.list")
@_answer
def list_invoices(ctx: HandlerContext) -> Reply:
    """Headers; ``excludeTransfer=1`` leaves transfer orders out."""
    exclude = bool(ctx.flag("excludeTransfer"))
    found = _select(ctx, lambda inv: not (exclude and inv["isTransfer"]))
    if not found:
        return ctx.not_found()
    return ctx.ok(invoices=[_summary_answer(inv) for inv in found])


@handler("invoice.details.list")
@_answer
def list_details(ctx: HandlerContext) -> Reply:
    found = _select(ctx)
    if not found:
        return ctx.not_found()
    mapping = bool(ctx.flag("includeMappingK2k"))
    return ctx.ok(
        invoices=[
            _detail_answer(inv, mapping_k2k=mapping, header_only=False, state=ctx.state)
            for inv in found
        ]
    )


@handler("v2/invoice/k2k")
@_answer
def list_k2k(ctx: HandlerContext) -> Reply:
    """K2K orders only, shaped like ``invoice.details.list`` with the K2K mapping."""
    found = _select(ctx, lambda inv: bool(inv["k2k"]))
    if not found:
        return ctx.not_found()
    return ctx.ok(
        invoices=[
            _detail_answer(inv, mapping_k2k=True, header_only=False, state=ctx.state)
            for inv in found
        ]
    )


@handler("invoice.accounting.details.list")
@_answer
def list_accounting(ctx: HandlerContext) -> Reply:
    """Per-invoice totals; ``excludeTransfer=1`` keeps only the header of transfer orders."""
    header_only = bool(ctx.flag("excludeTransfer"))
    found = _select(ctx)
    if not found:
        return ctx.not_found()
    rows = []
    for invoice in found:
        row: Record = {
            "id": invoice["id"],
            "number": invoice["number"],
            "shipDate": invoice["shipDate"],
            "locationId": invoice["locationId"],
            "customerId": invoice["customerId"],
            "customerName": invoice["customerName"],
            "customerCode": invoice["customerCode"],
        }
        if not (header_only and invoice["isTransfer"]):
            sub, extra = subtotal(invoice), charges_total(invoice)
            row.update(
                subtotal=_num(sub),
                additionalCharges=_num(extra),
                total=_num(sub + extra),
                status=invoice["status"],
                externalSystemSynced=int(invoice["externalSystemSynced"]),
            )
        rows.append(row)
    return ctx.ok(invoices=rows)

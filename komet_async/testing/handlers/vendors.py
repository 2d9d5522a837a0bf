"""vendor.update, vendor invoices (mail.receive, mark.sync) and vendor availability
(more-methods.md, "Vendors, vendor invoices and vendor availability"); vendor.list and
vendor.add are in :mod:`.lookups`.

A vendor invoice received by ``vendor.invoice.mail.receive`` is kept on its purchase order
(``order["vendorInvoices"]``, internal: no documented answer shows it);
``vendor.invoice.mark.sync`` marks it synchronized. ``vendor.invoice.mail.receive`` takes
the token as ``companyToken`` (``spec.json``'s ``token_param``), read by the server.
Refusal texts are the fake's own.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .. import rules
from .._seed_data import Record
from .._vendor_availability import items_between
from . import HandlerContext, Reply, handler
from ._order_records import as_int, find_po_by_number
from .invoices import _file_bytes

SUCCESS = "success"  # vendor.update (KB copy) and vendor.invoice.mail.receive samples
_ANSWERED = (
    "inventoryId",
    "companyProductId",
    "productDescription",
    "productCode",
    "grade",
    "category",
    "vendor",
    "availableFrom",
    "availableTo",
)


@handler("vendor.update")
def update_vendor(ctx: HandlerContext) -> Reply:
    vendor = ctx.state.vendors.get(str(as_int(ctx.params.get("vendorId"))))
    if vendor is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Vendor", key=ctx.text("vendorId"))
    for name in ctx.spec.params.names:
        if name in ("vendorId", "status") or name not in ctx.params:
            continue
        vendor[name] = ctx.params[name]  # contacts: the whole list is replaced (the page)
    status = as_int(ctx.params.get("status"))
    if status is not None:
        vendor["active"] = 1 if status else 0  # vendor.list shows it as ``active``
    return ctx.ok(SUCCESS, vendorId=as_int(vendor["id"]))


def _order(ctx: HandlerContext) -> Record | Reply:
    number = ctx.text("poNumber") or ""
    order = find_po_by_number(ctx.state, number)
    if order is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Purchase order", key=number)
    return order


@handler("vendor.invoice.mail.receive")
def receive_vendor_invoice(ctx: HandlerContext) -> Reply:
    order = _order(ctx)
    if isinstance(order, Reply):
        return order
    content = _file_bytes(ctx.params.get("file"))
    if content is None:
        return ctx.fail(rules.BAD_PARAM, param="file")
    total = ctx.params.get("invoiceTotal")
    try:
        amount = None if total is None else Decimal(str(total))
    except InvalidOperation:
        return ctx.fail(rules.BAD_PARAM, param="invoiceTotal")
    order.setdefault("vendorInvoices", []).append(
        {
            "invoiceNumber": ctx.text("invoiceNumber"),
            "invoiceTotal": amount,
            "mailFrom": ctx.text("mailFrom"),
            "file": content,
            "synced": False,
        }
    )
    return ctx.ok(SUCCESS)


@handler("vendor.invoice.mark.sync")
def mark_vendor_invoice_synced(ctx: HandlerContext) -> Reply:
    order = _order(ctx)
    if isinstance(order, Reply):
        return order
    number = ctx.text("invoiceNumber")
    invoice = next(
        (i for i in order.get("vendorInvoices", []) if i["invoiceNumber"] == number), None
    )
    if invoice is None:
        return ctx.fail(rules.RECORD_NOT_FOUND, what="Vendor invoice", key=number)
    invoice["synced"] = True
    return ctx.ok("OK")  # the sample's message


@handler("vendor.availability.items.list")
def list_availability_items(ctx: HandlerContext) -> Reply:
    first, last = ctx.date("dateFrom"), ctx.date("dateTo")
    assert first is not None and last is not None  # required: checked by the server
    # exactDate's effect is not readable (it mirrors a screen of the app): it is accepted and
    # changes nothing here. shipViaId, locationId and customerId (FOB prices) neither: the
    # fake company is single-location and keeps one price.
    available_only = ctx.flag("availableOnly")
    found = [
        {key: item[key] for key in _ANSWERED}
        for item in items_between(ctx.state, first, last)
        if not available_only or item["boxes"] > 0
    ]
    return ctx.ok("OK", inventoryItems=found) if found else ctx.not_found()

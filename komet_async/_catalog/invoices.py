"""Catalog entries of the invoice methods (invoices.md).

The window sizes of the ranged reads are re-exported here for the ranged iterators.
"""

from __future__ import annotations

from typing import Any

from ..models import invoices as m
from ..models.invoices import (
    ACCOUNTING_WINDOW_DAYS,
    DETAILS_MAX_BOXES,
    DETAILS_WINDOW_DAYS,
    K2K_WINDOW_DAYS,
    LIST_WINDOW_MONTHS,
    NOT_FOUND_MESSAGE,
)
from ._method import ApiMethod, TokenType
from ._shapes import json_write, query_read

__all__ = [
    "ACCOUNTING_WINDOW_DAYS",
    "DETAILS_MAX_BOXES",
    "DETAILS_WINDOW_DAYS",
    "K2K_WINDOW_DAYS",
    "LIST_WINDOW_MONTHS",
    "METHODS",
]

_NOT_FOUND = (NOT_FOUND_MESSAGE,)
_READ_TOKENS: tuple[TokenType, ...] = ("company", "customer")

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    # --- create / edit ---------------------------------------------------------------
    json_write(
        "invoice.create",
        "invoices",
        "create",
        m.InvoiceCreateRequest,
        m.InvoiceResult,
        summary="Create an invoice (sales order); Draft with status_draft. Transaction fee.",
    ),
    json_write(
        "invoice.item.add",
        "invoices",
        "add_item",
        m.InvoiceItemAddRequest,
        m.InvoiceResult,
        summary="Add one line to an invoice, by inventory item or product/box type/pack.",
    ),
    json_write(
        "invoice.item.update",
        "invoices",
        "update_item",
        m.InvoiceItemUpdateRequest,
        m.InvoiceResult,
        summary="Change one invoice line (price required; boxes, discount, mark, notes).",
    ),
    json_write(
        "invoice.item.delete",
        "invoices",
        "delete_item",
        m.InvoiceItemDeleteRequest,
        m.InvoiceResult,
        summary="Remove one line from an invoice.",
    ),
    json_write(
        "invoice.update",
        "invoices",
        "update",
        m.InvoiceUpdateRequest,
        m.InvoiceResult,
        summary="Change an invoice's header (carrier, ship date, PO, reference, notes).",
    ),
    # --- status changes --------------------------------------------------------------
    json_write(
        "invoice.checkout",
        "invoices",
        "checkout",
        m.InvoiceNumberRequest,
        m.InvoiceAck,
        summary="Move a Draft order to Pending Approval.",
    ),
    json_write(
        "invoice.confirm",
        "invoices",
        "confirm",
        m.InvoiceNumberRequest,
        m.InvoiceAck,
        summary="Confirm a Draft or Pending Approval order.",
    ),
    # POST, but documented with URL parameters (its sample is JSON; the page wins).
    ApiMethod(
        name="invoice.void",
        http_method="POST",
        params_in="query",
        token_in="query",
        retry_safe=False,
        namespace="invoices",
        attr="void",
        request_type=m.InvoiceVoidRequest,
        response_type=m.InvoiceAck,
        summary="Void (cancel) an order, with a reason.",
    ),
    json_write(
        "invoice.mark.sync.status.ok",
        "invoices",
        "mark_synced",
        m.MarkSyncedRequest,
        m.InvoiceAck,
        summary="Flag an invoice as synchronised with an external system (locks it).",
    ),
    json_write(
        "invoice.mark.sync.status.error",
        "invoices",
        "mark_sync_error",
        m.MarkSyncErrorRequest,
        m.InvoiceAck,
        summary="Flag an invoice as not synchronised (editable again; may unconfirm).",
    ),
    json_write(
        "invoice/print-status/update",
        "invoices",
        "update_print_status",
        m.PrintStatusRequest,
        m.InvoiceAck,
        summary="Record that box labels or BOLs were printed for orders.",
    ),
    # --- reads -----------------------------------------------------------------------
    query_read(
        "invoice.list",
        "invoices",
        "list",
        m.InvoiceListRequest,
        m.InvoiceListResponse,
        token_types=_READ_TOKENS,
        not_found=_NOT_FOUND,
        summary="List invoice headers by ship date (at most six months) or order.",
    ),
    query_read(
        "invoice.details.list",
        "invoices",
        "list_details",
        m.InvoiceDetailsListRequest,
        m.InvoiceDetailsListResponse,
        token_types=_READ_TOKENS,
        not_found=_NOT_FOUND,
        summary="Full invoices (lines, boxes, breakdowns, charges); 4-day window.",
    ),
    # The page prints "Content-Type: application/JSON" for this GET; its parameters are
    # read as query parameters, like its sibling invoice.details.list.
    query_read(
        "v2/invoice/k2k",
        "invoices",
        "list_k2k",
        m.K2KInvoiceListRequest,
        m.K2KInvoiceListResponse,
        token_types=_READ_TOKENS,
        not_found=_NOT_FOUND,
        summary="Detailed K2K (Komet-to-Komet) invoices; 4-day window.",
    ),
    query_read(
        "invoice.accounting.details.list",
        "invoices",
        "list_accounting",
        m.AccountingInvoiceListRequest,
        m.AccountingInvoiceListResponse,
        not_found=_NOT_FOUND,
        summary="Per-invoice accounting totals, 31-day window, external-sync filter.",
    ),
    # A read sent as POST + JSON: safe to replay.
    ApiMethod(
        name="invoice.pdf.get",
        http_method="POST",
        params_in="body",
        token_in="body",
        retry_safe=True,
        namespace="invoices",
        attr="get_pdf",
        request_type=m.InvoicePdfRequest,
        response_type=m.InvoicePdf,
        token_types=_READ_TOKENS,
        summary="The printable invoice as PDF bytes.",
    ),
    json_write(
        "invoice.pod.receive",
        "invoices",
        "receive_pod",
        m.ProofOfDeliveryRequest,
        m.InvoiceAck,
        summary="Attach a proof-of-delivery file (at most 20 MB) to an order.",
    ),
)

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
        doc="""Create an invoice (Komet ``invoice.create``; Company token). Give the customer
        by ``customer_id`` or by ``customer_code`` + ``customer_description``, the carrier
        likewise. ``status_draft=True`` leaves it in Draft (required for :meth:`checkout`).
        Invoices created through the API may carry a transaction fee. Never retried.

        GAP: the docs cut off before the item array, so lines are added with
        :meth:`add_item` (or, if you know the array, ``extra_body={...}``).

        >>> created = await session.invoices.create(
        ...     ship_date=date(2026, 2, 10), customer_id=23401, carrier_id=1360)
        >>> created.invoice_id
        """,
    ),
    json_write(
        "invoice.item.add",
        "invoices",
        "add_item",
        m.InvoiceItemAddRequest,
        m.InvoiceResult,
        summary="Add one line to an invoice, by inventory item or product/box type/pack.",
        positional=('invoice_id',),
        doc="""Add one line to an invoice (Komet ``invoice.item.add``; Company token): from an
        inventory item (``order_item_id``) *or* by ``product_code``, ``box_type_code``
        (3 characters), ``units_per_box`` and ``unit_type`` ("Stem"/"Bunch"). ``price`` is
        the unit price, a ``Decimal`` with at most 2 decimals. May carry a transaction fee.

        >>> line = await session.invoices.add_item(
        ...     created.invoice_id, order_item_id=9999999, boxes=5, price=Decimal("2.50"))
        >>> line.invoice_item_id
        """,
    ),
    json_write(
        "invoice.item.update",
        "invoices",
        "update_item",
        m.InvoiceItemUpdateRequest,
        m.InvoiceResult,
        summary="Change one invoice line (price required; boxes, discount, mark, notes).",
        positional=('invoice_id', 'invoice_item_id',),
        doc="""Change one invoice line (Komet ``invoice.item.update``; Company token). ``price``
        is always required (send the current one to keep it); ``discount`` is a percentage
        (decimal:10,2); ``boxes`` cannot change on K2K orders.

        >>> await session.invoices.update_item(85063, 9999999, price=Decimal("2.50"), boxes=4)
        """,
    ),
    json_write(
        "invoice.item.delete",
        "invoices",
        "delete_item",
        m.InvoiceItemDeleteRequest,
        m.InvoiceResult,
        summary="Remove one line from an invoice.",
        positional=('invoice_id', 'invoice_item_id',),
        doc="""Remove one line from an invoice (Komet ``invoice.item.delete``; Company token).
        With ``return_available_boxes=True`` the answer says how many boxes are available.

        >>> (await session.invoices.delete_item(85063, 9999999)).invoice_number
        """,
    ),
    json_write(
        "invoice.update",
        "invoices",
        "update",
        m.InvoiceUpdateRequest,
        m.InvoiceResult,
        summary="Change an invoice's header (carrier, ship date, PO, reference, notes).",
        positional=('invoice_id',),
        doc="""Change an invoice's header (Komet ``invoice.update``; Company token): only the
        fields given are sent. The carrier goes by ``carrier_id`` *or* by ``carrier_code``
        with ``carrier_description``, not both.

        >>> await session.invoices.update(345345, ship_date=date(2026, 4, 11), po_number="P099")
        """,
    ),
    # --- status changes --------------------------------------------------------------
    json_write(
        "invoice.checkout",
        "invoices",
        "checkout",
        m.InvoiceNumberRequest,
        m.InvoiceAck,
        summary="Move a Draft order to Pending Approval.",
        positional=('invoice_number',),
        doc="""Move a Draft order to Pending Approval (Komet ``invoice.checkout``; Company
        token). ``invoice_number`` is the number without its 'W'/'T' prefix. An order
        already checked out or confirmed answers an error (:class:`KometAPIError`).

        >>> await session.invoices.checkout(212061)
        """,
    ),
    json_write(
        "invoice.confirm",
        "invoices",
        "confirm",
        m.InvoiceNumberRequest,
        m.InvoiceAck,
        summary="Confirm a Draft or Pending Approval order.",
        positional=('invoice_number',),
        doc="""Confirm a Draft or Pending Approval order (Komet ``invoice.confirm``; Company
        token); ``invoice_number`` without its 'W'/'T' prefix.

        >>> (await session.invoices.confirm(212061)).message
        'The invoice was successfully confirmed.'
        """,
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
        positional=('invoice_number',),
        doc="""Void (cancel) an order (Komet ``invoice.void``; Company token; POST with URL
        parameters as documented). ``reason`` is required, at most 300 characters.

        >>> await session.invoices.void(3429, reason="cancelled order")
        """,
    ),
    json_write(
        "invoice.mark.sync.status.ok",
        "invoices",
        "mark_synced",
        m.MarkSyncedRequest,
        m.InvoiceAck,
        summary="Flag an invoice as synchronised with an external system (locks it).",
        positional=('invoice_id',),
        doc="""Flag an invoice as synchronised with your accounting system (Komet
        ``invoice.mark.sync.status.ok``; Company token). Komet users can no longer edit it
        until :meth:`mark_sync_error`. Pairs with ``list_accounting(external_system_synced=
        False)`` to pull only what is pending. ``invoice_id`` is integer:10 on this page.

        >>> await session.invoices.mark_synced(240989)
        """,
    ),
    json_write(
        "invoice.mark.sync.status.error",
        "invoices",
        "mark_sync_error",
        m.MarkSyncErrorRequest,
        m.InvoiceAck,
        summary="Flag an invoice as not synchronised (editable again; may unconfirm).",
        positional=('invoice_id',),
        doc="""Flag an invoice as *not* synchronised, making it editable again (Komet
        ``invoice.mark.sync.status.error``; Company token). ``message`` (at most 50
        characters) says why; ``unconfirm`` (server default true) puts the invoice back to
        its previous status.

        >>> await session.invoices.mark_sync_error(240989, message="GL account missing")
        """,
    ),
    json_write(
        "invoice/print-status/update",
        "invoices",
        "update_print_status",
        m.PrintStatusRequest,
        m.InvoiceAck,
        summary="Record that box labels or BOLs were printed for orders.",
        positional=('order_ids',),
        hand_written=True,
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
        positional=('date_from', 'date_to',),
        returns="invoices",
        doc="""Invoice headers shipping ``date_from``..``date_to`` (Komet ``invoice.list``;
        Company or Customer token). The range may span at most six months; ``order``
        (number) or ``order_id`` replace the dates. ``status`` is an :class:`InvoiceStatus`
        (absent = all); ``customer``, ``carrier_name`` and ``product`` match with LIKE;
        ``updated_as_of`` is an aware datetime (sent in GMT). "Orders not found." is [].

        >>> rows = await session.invoices.list(date(2026, 1, 1), date(2026, 1, 31))
        >>> sum(r.total for r in rows if r.total is not None)
        """,
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
        positional=('date_from', 'date_to',),
        returns="invoices",
        doc="""Full invoices — lines, boxes, breakdowns, additional charges — shipping on
        ``order_date`` or ``date_from``..``date_to`` (Komet ``invoice.details.list``;
        Company or Customer token). One call spans at most 4 days, both ends included
        (``date_to - date_from <= 3 days``); ``order``/``order_id`` replace the dates. At
        most 10,000 boxes per answer. ``status`` is 0 (pending) or 1 (confirmed); absent
        = all. ``updated_as_of``: an aware datetime, sent in GMT. "Orders not found." is [].

        >>> invoices = await session.invoices.list_details(date(2026, 2, 9), date(2026, 2, 12))
        >>> [line.detail_id for inv in invoices for line in inv.details]
        """,
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
        positional=('date_from', 'date_to',),
        returns="invoices",
        doc="""Detailed K2K (Komet-to-Komet) invoices (Komet ``v2/invoice/k2k``; Company or
        Customer token), with the filters and the 4-day window of :meth:`list_details`.
        GAP: the answer is undocumented and read as ``invoice.details.list``'s shape;
        check ``.response`` / the raw answer if it comes back empty unexpectedly.

        >>> k2k = await session.invoices.list_k2k(order_date=date(2026, 2, 10))
        """,
    ),
    query_read(
        "invoice.accounting.details.list",
        "invoices",
        "list_accounting",
        m.AccountingInvoiceListRequest,
        m.AccountingInvoiceListResponse,
        not_found=_NOT_FOUND,
        summary="Per-invoice accounting totals, 31-day window, external-sync filter.",
        positional=('date_from', 'date_to',),
        returns="invoices",
        doc="""Per-invoice accounting totals shipping ``date_from``..``date_to`` (Komet
        ``invoice.accounting.details.list``; Company token); at most 31 days, both ends
        included. ``external_system_synced=False`` returns only invoices not yet marked
        with :meth:`mark_synced`. "Orders not found." is [].

        >>> pending = await session.invoices.list_accounting(
        ...     date(2026, 1, 1), date(2026, 1, 31), external_system_synced=False)
        >>> sum(i.subtotal for i in pending if i.subtotal is not None)
        """,
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
        positional=('invoice_id',),
        doc="""The printable invoice (Komet ``invoice.pdf.get``; Company or Customer token; a
        read sent as POST, so retried like one). ``.content`` is the PDF's bytes,
        ``.suggested_file_name`` Komet's name for it, ``await .save(path)`` writes it.
        ``add_additional_charges_in_unit_price`` needs ``enable_distribute_additional_charges``.

        >>> pdf = await session.invoices.get_pdf(11678925)
        >>> pdf.content[:4]
        b'%PDF'
        """,
    ),
    json_write(
        "invoice.pod.receive",
        "invoices",
        "receive_pod",
        m.ProofOfDeliveryRequest,
        m.InvoiceAck,
        summary="Attach a proof-of-delivery file (at most 20 MB) to an order.",
        positional=('invoice_number', 'file',),
        hand_written=True,
    ),
)

"""Catalog entries of vendors, vendor invoices and vendor availability (more-methods.md,
"Vendors, vendor invoices and vendor availability"); ``vendor.list``/``vendor.add`` are in
:mod:`.lookups`.

"Nothing found" for ``vendor.availability.items.list`` is not documented: the text below is
the inventory lists' (the same ``inventoryItems`` answer), an ASSUMPTION.
"""

from __future__ import annotations

from typing import Any

from ..models import vendors as m
from ._method import ApiMethod
from ._shapes import json_write

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    json_write(
        "vendor.update",
        "vendors",
        "update",
        m.VendorUpdateRequest,
        m.VendorUpdateResponse,
        summary="Update a vendor (partly documented).",
        positional=("vendor_id",),
        doc="""Update a vendor (grower) (Komet ``vendor.update``; Company token; never
        replayed). Only the fields given change. ``contacts`` replaces the vendor's whole
        contact list (send every contact); its item fields are a GAP, so each is a dict of
        Komet's names. Partly documented: parameters after ``company_location_id`` and the
        samples are not readable.

        >>> await session.vendors.update(3421, name="Flores ABC", port_origin="BOG")
        """,
    ),
    ApiMethod(
        name="vendor.invoice.mark.sync",
        http_method="POST",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="vendors",
        attr="mark_invoice_synced",
        request_type=m.VendorInvoiceMarkSyncRequest,
        response_type=m.VendorInvoiceAck,
        summary="Mark a vendor invoice of a purchase order as synchronized.",
        doc="""Mark a vendor invoice (attached to a purchase order) as synchronized with an
        external system (Komet ``vendor.invoice.mark.sync``; Company token, sent in a
        header as the page lists it; never replayed).

        >>> await session.vendors.mark_invoice_synced(po_number="P040989",
        ...     invoice_number="FB00223")
        """,
    ),
    json_write(
        "vendor.invoice.mail.receive",
        "vendors",
        "receive_invoice_mail",
        m.VendorInvoiceMailReceiveRequest,
        m.VendorInvoiceAck,
        token_param="companyToken",
        summary="Attach a vendor invoice file (at most 20 MB) to a purchase order.",
        doc="""Attach a vendor invoice file to a purchase order, as if received by e-mail
        (Komet ``vendor.invoice.mail.receive``; Company token; never replayed). This page
        takes the token as ``companyToken``: the session's token is sent under that name
        (a secret like any token: never logged, shown or traced). At most 20 MB, checked
        before sending; the file travels in the JSON body the way Komet writes bytes, so a
        file over roughly 16 KB also needs a session ``max_request_bytes`` above the
        documented 64 KB request limit.

        >>> await session.vendors.receive_invoice_mail(mail_from="ap@grower.example",
        ...     po_number="P053455", file=Path("invoice.pdf").read_bytes(),
        ...     invoice_number="FB00223", invoice_total=Decimal("1250.00"))
        """,
    ),
    ApiMethod(
        name="vendor.availability.items.list",
        http_method="POST",
        params_in="body",
        token_in="body",
        retry_safe=True,
        namespace="vendors",
        attr="list_availability_items",
        request_type=m.VendorAvailabilityItemsListRequest,
        response_type=m.VendorAvailabilityItemsListResponse,
        not_found=("Inventory not found.",),
        summary="List vendor-availability items in a date range (a read sent as POST).",
        returns="inventory_items",
        doc="""List vendor-availability items available from ``date_from`` to ``date_to``
        (Komet ``vendor.availability.items.list``; Company token). A read sent as POST +
        JSON, safe to retry. Each item's ``inventory_id`` is what
        ``prebooks.add_vendor_availability_item`` takes. ``customer_id`` gets that
        customer's FOB price; ``ship_via_id`` is a :class:`ShipVia`. Partly documented: the
        items' fields after ``vendor`` are cut (``available_from``/``available_to`` come
        from third-party code); the rest is in ``.extra``.

        >>> items = await session.vendors.list_availability_items(
        ...     date_from=dt.date(2016, 11, 22), date_to=dt.date(2016, 11, 22),
        ...     customer_id=29559, ship_via_id=ShipVia.GROWER)
        >>> [item.inventory_id for item in items]
        """,
    ),
)

"""``session.vendors``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.lookups import (
    Vendor,
    VendorAddRequest,
    VendorAddResponse,
    VendorListRequest,
    VendorListResponse,
)
from ..models.vendors import (
    VendorAvailabilityItem,
    VendorAvailabilityItemsListRequest,
    VendorAvailabilityItemsListResponse,
    VendorInvoiceAck,
    VendorInvoiceMailReceiveRequest,
    VendorInvoiceMarkSyncRequest,
    VendorUpdateRequest,
    VendorUpdateResponse,
)
from ..resources._base import Resource, as_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_ADD = CATALOG["vendor.add"]
_LIST_AVAILABILITY_ITEMS = CATALOG["vendor.availability.items.list"]
_RECEIVE_INVOICE_MAIL = CATALOG["vendor.invoice.mail.receive"]
_MARK_INVOICE_SYNCED = CATALOG["vendor.invoice.mark.sync"]
_LIST = CATALOG["vendor.list"]
_UPDATE = CATALOG["vendor.update"]


class VendorsMethods(Resource):
    """The one-call methods of ``session.vendors``, one per catalog entry."""

    __slots__ = ()

    async def add(
        self,
        name: str,
        *,
        port_origin: str,
        vendor_type: int,
        code: str | None = None,
        phone1: str | None = None,
        phone2: str | None = None,
        phone3: str | None = None,
        fax: str | None = None,
        web_page: str | None = None,
        email_for_pos: str | None = None,
        contact_name: str | None = None,
        notes: str | None = None,
        street: str | None = None,
        city: str | None = None,
        state: str | None = None,
        zipcode: str | None = None,
        country: str | None = None,
        **options: Unpack[CallOptions],
    ) -> VendorAddResponse:
        """Create a vendor (Komet ``vendor.add``; Company token; never replayed); the
        answer's ``vendor_id`` is the new vendor. ``vendor_type`` is a :class:`VendorType`;
        ``email_for_pos`` a ``;``-separated list of addresses.

        >>> added = await session.vendors.add("Flores ABC", port_origin="BOG",
        ...     vendor_type=VendorType.FRESH_CUT, code="ABC")
        >>> added.vendor_id
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD, options)
        request = VendorAddRequest(
            name=name,
            port_origin=port_origin,
            vendor_type=vendor_type,
            code=code,
            phone1=phone1,
            phone2=phone2,
            phone3=phone3,
            fax=fax,
            web_page=web_page,
            email_for_pos=email_for_pos,
            contact_name=contact_name,
            notes=notes,
            street=street,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
        )
        return await self._send(_ADD, request, options, VendorAddResponse)

    async def list_availability_items(
        self,
        *,
        date_from: dt.date,
        date_to: dt.date,
        exact_date: bool | None = None,
        location_id: int | None = None,
        customer_id: int | None = None,
        ship_via_id: int | None = None,
        available_only: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[VendorAvailabilityItem]:
        """List vendor-availability items available from ``date_from`` to ``date_to``
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
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_AVAILABILITY_ITEMS, options)
        request = VendorAvailabilityItemsListRequest(
            date_from=date_from,
            date_to=date_to,
            exact_date=exact_date,
            location_id=location_id,
            customer_id=customer_id,
            ship_via_id=ship_via_id,
            available_only=available_only,
        )
        answer = await self._send(
            _LIST_AVAILABILITY_ITEMS, request, options, VendorAvailabilityItemsListResponse
        )
        return KometList(answer.inventory_items, answer.response, answer.extra)

    async def receive_invoice_mail(
        self,
        *,
        mail_from: str,
        po_number: str,
        file: bytes,
        invoice_number: str | None = None,
        invoice_total: Decimal | None = None,
        **options: Unpack[CallOptions],
    ) -> VendorInvoiceAck:
        """Attach a vendor invoice file to a purchase order, as if received by e-mail
        (Komet ``vendor.invoice.mail.receive``; Company token; never replayed). This page
        takes the token as ``companyToken``: the session's token is sent under that name
        (a secret like any token: never logged, shown or traced). At most 20 MB, checked
        before sending; the file travels in the JSON body the way Komet writes bytes, so a
        file over roughly 16 KB also needs a session ``max_request_bytes`` above the
        documented 64 KB request limit.

        >>> await session.vendors.receive_invoice_mail(mail_from="ap@grower.example",
        ...     po_number="P053455", file=Path("invoice.pdf").read_bytes(),
        ...     invoice_number="FB00223", invoice_total=Decimal("1250.00"))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_RECEIVE_INVOICE_MAIL, options)
        request = VendorInvoiceMailReceiveRequest(
            mail_from=mail_from,
            po_number=po_number,
            file=file,
            invoice_number=invoice_number,
            invoice_total=invoice_total,
        )
        return await self._send(_RECEIVE_INVOICE_MAIL, request, options, VendorInvoiceAck)

    async def mark_invoice_synced(
        self,
        *,
        po_number: str,
        invoice_number: str,
        **options: Unpack[CallOptions],
    ) -> VendorInvoiceAck:
        """Mark a vendor invoice (attached to a purchase order) as synchronized with an
        external system (Komet ``vendor.invoice.mark.sync``; Company token, sent in a
        header as the page lists it; never replayed).

        >>> await session.vendors.mark_invoice_synced(po_number="P040989",
        ...     invoice_number="FB00223")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_MARK_INVOICE_SYNCED, options)
        request = VendorInvoiceMarkSyncRequest(
            po_number=po_number,
            invoice_number=invoice_number,
        )
        return await self._send(_MARK_INVOICE_SYNCED, request, options, VendorInvoiceAck)

    async def list(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        code: str | None = None,
        port_origin: str | None = None,
        include_inactive: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Vendor]:
        """List vendors (growers) (Komet ``vendor.list``; Company token). ``id``/``code``
        exact, ``name`` LIKE; ``port_origin`` like ``"BOG"``.

        >>> vendors = await session.vendors.list(port_origin="BOG")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = VendorListRequest(
            id=id,
            name=name,
            code=code,
            port_origin=port_origin,
            include_inactive=include_inactive,
        )
        answer = await self._send(_LIST, request, options, VendorListResponse)
        return KometList(answer.vendors, answer.response, answer.extra)

    async def update(
        self,
        vendor_id: int,
        *,
        vendor_type: int | None = None,
        name: str | None = None,
        status: int | None = None,
        port_origin: str | None = None,
        code: str | None = None,
        phone1: str | None = None,
        phone2: str | None = None,
        phone3: str | None = None,
        fax: str | None = None,
        web_page: str | None = None,
        email_for_pos: str | None = None,
        contact_name: str | None = None,
        notes: str | None = None,
        street: str | None = None,
        city: str | None = None,
        state: str | None = None,
        zipcode: str | None = None,
        country: str | None = None,
        contacts: Iterable[dict[str, Any]] | None = None,
        company_location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> VendorUpdateResponse:
        """Update a vendor (grower) (Komet ``vendor.update``; Company token; never
        replayed). Only the fields given change. ``contacts`` replaces the vendor's whole
        contact list (send every contact); its item fields are a GAP, so each is a dict of
        Komet's names. Partly documented: parameters after ``company_location_id`` and the
        samples are not readable.

        >>> await session.vendors.update(3421, name="Flores ABC", port_origin="BOG")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE, options)
        request = VendorUpdateRequest(
            vendor_id=vendor_id,
            vendor_type=vendor_type,
            name=name,
            status=status,
            port_origin=port_origin,
            code=code,
            phone1=phone1,
            phone2=phone2,
            phone3=phone3,
            fax=fax,
            web_page=web_page,
            email_for_pos=email_for_pos,
            contact_name=contact_name,
            notes=notes,
            street=street,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
            contacts=as_list(contacts),
            company_location_id=company_location_id,
        )
        return await self._send(_UPDATE, request, options, VendorUpdateResponse)

"""``session.prebooks``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG, TokenType
from .._vendor_rules import apply_token_rules
from ..models._base import Envelope, KometList
from ..models.prebooks import (
    Prebook,
    PrebookCreateRequest,
    PrebookCreateResponse,
    PrebookDeleteRequest,
    PrebookDetail,
    PrebookDetailsListRequest,
    PrebookDetailsListResponse,
    PrebookFutureItemAddRequest,
    PrebookItem,
    PrebookItemDeleteRequest,
    PrebookListRequest,
    PrebookListResponse,
    PrebookUpdateRequest,
    PrebookVendorAvailabilityItemAddRequest,
    PrebookVendorAvailabilityItemAddResponse,
)
from ..resources._base import Resource, as_list, one_or_many

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_CREATE = CATALOG["prebook.create"]
_DELETE = CATALOG["prebook.delete"]
_LIST_DETAILS = CATALOG["prebook.details.list"]
_ADD_FUTURE_ITEM = CATALOG["prebook.future.item.add"]
_DELETE_ITEM = CATALOG["prebook.item.delete"]
_LIST = CATALOG["prebook.list"]
_UPDATE = CATALOG["prebook.update"]
_ADD_VENDOR_AVAILABILITY_ITEM = CATALOG["prebook.vendor.availability.item.add"]


class PrebooksMethods(Resource):
    """The one-call methods of ``session.prebooks``, one per catalog entry."""

    __slots__ = ()

    async def create(
        self,
        *,
        customer_id: int | None = None,
        customer_code: str | None = None,
        customer_description: str | None = None,
        carrier_id: int | None = None,
        carrier_code: str | None = None,
        carrier_description: str | None = None,
        ship_date: dt.date,
        created_by: int | None = None,
        ship_via_id: int | None = None,
        customer_po: str | None = None,
        is_ecommerce: bool | None = None,
        use_existing: bool | None = None,
        comments: str | None = None,
        auto_generate_pos_from_prebooks: bool | None = None,
        company_location_code: str | None = None,
        ship_to_id: int | None = None,
        items: Iterable[PrebookItem] | None = None,
        token_type: TokenType | None = None,
        **options: Unpack[CallOptions],
    ) -> PrebookCreateResponse:
        """Create a prebook: a header alone, or with lines (Komet ``prebook.create``;
        Company or Vendor token; orders may carry a transaction fee).

        The customer is ``customer_id``, or ``customer_code`` + ``customer_description``;
        the carrier likewise. ``use_existing=True`` appends to an existing prebook with the
        same location, carrier, truck date, customer and customer PO instead of creating one.
        With ``token_type="vendor"`` (a Vendor-token session) Komet ignores each line's
        ``price``, ``vendor_id``, ``vendor_code`` and ``vendor_name``: they are still sent,
        with a :class:`~komet_async.VendorIgnoredFieldWarning`.

        >>> answer = await session.prebooks.create(
        ...     ship_date=dt.date(2026, 2, 10), customer_id=23401, carrier_id=1360,
        ...     items=[PrebookItem(product_id=1001, box_type_id=1056, boxes=2)])
        >>> answer.prebook_id
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CREATE, options)
        request = PrebookCreateRequest(
            customer_id=customer_id,
            customer_code=customer_code,
            customer_description=customer_description,
            carrier_id=carrier_id,
            carrier_code=carrier_code,
            carrier_description=carrier_description,
            ship_date=ship_date,
            created_by=created_by,
            ship_via_id=ship_via_id,
            customer_po=customer_po,
            is_ecommerce=is_ecommerce,
            use_existing=use_existing,
            comments=comments,
            auto_generate_pos_from_prebooks=auto_generate_pos_from_prebooks,
            company_location_code=company_location_code,
            ship_to_id=ship_to_id,
            prebook_items=as_list(items),
        )
        apply_token_rules(_CREATE, request, self._dispatch.token_type, token_type)
        return await self._send(_CREATE, request, options, PrebookCreateResponse)

    async def delete(
        self,
        *,
        prebook_id: int,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Delete a whole prebook (Komet ``prebook.delete``; Company token only).

        >>> await session.prebooks.delete(prebook_id=90356777)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_DELETE, options)
        request = PrebookDeleteRequest(
            prebook_id=prebook_id,
        )
        return await self._send(_DELETE, request, options, Envelope)

    async def list_details(
        self,
        *,
        date: dt.date | None = None,
        prebook: int | None = None,
        updated_as_of: dt.datetime | None = None,
        customer: str | None = None,
        customer_id: int | None = None,
        carrier_name: str | None = None,
        carrier_id: int | None = None,
        vendor_ship_date_from: dt.date | None = None,
        vendor_ship_date_to: dt.date | None = None,
        sales_person_id: int | None = None,
        so_number: int | None = None,
        customer_po_number: str | None = None,
        location_id: int | None = None,
        brand_id: int | None = None,
        unable_to_source: bool | None = None,
        status: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[PrebookDetail]:
        """List prebooks with their lines and breakdowns for a truck ``date``, or a vendor
        ship-date range of at most 7 days (Komet ``prebook.details.list``; Company or Vendor
        token). ``updated_as_of`` (aware datetime, sent in GMT) keeps prebooks updated since;
        ``status`` keeps one prebook status (``"Approved"``, as integrations import).

        A Vendor token sees only its own lines, without sales prices, only lines that have a
        ship date, a vendor and a cost, and only from yesterday on.

        >>> for prebook in await session.prebooks.list_details(date=dt.date(2026, 2, 10)):
        ...     print(prebook.number, [line.product_description for line in prebook.details])
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_DETAILS, options)
        request = PrebookDetailsListRequest(
            date=date,
            prebook=prebook,
            updated_as_of=updated_as_of,
            customer=customer,
            customer_id=customer_id,
            carrier_name=carrier_name,
            carrier_id=carrier_id,
            vendor_ship_date_from=vendor_ship_date_from,
            vendor_ship_date_to=vendor_ship_date_to,
            sales_person_id=sales_person_id,
            so_number=so_number,
            customer_po_number=customer_po_number,
            location_id=location_id,
            brand_id=brand_id,
            unable_to_source=unable_to_source,
            status=status,
        )
        answer = await self._send(_LIST_DETAILS, request, options, PrebookDetailsListResponse)
        return KometList(answer.prebooks, answer.response, answer.extra)

    async def add_future_item(
        self,
        *,
        prebook_id: int,
        inventory_id: int,
        boxes: int,
        price: Decimal,
        mark_code: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Add a future-inventory item (an id from ``future.inventory.openmarket.list``) to a
        prebook at unit ``price`` (Komet ``prebook.future.item.add``; valid tokens are not
        stated, Company assumed; a transaction fee applies).

        >>> await session.prebooks.add_future_item(
        ...     prebook_id=85063, inventory_id=9999999, boxes=5, price=Decimal("2.50"))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_FUTURE_ITEM, options)
        request = PrebookFutureItemAddRequest(
            prebook_id=prebook_id,
            inventory_id=inventory_id,
            boxes=boxes,
            price=price,
            mark_code=mark_code,
        )
        return await self._send(_ADD_FUTURE_ITEM, request, options, Envelope)

    async def delete_item(
        self,
        *,
        prebook_id: int,
        prebook_item_id: int,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Remove one line from a prebook (Komet ``prebook.item.delete``; Company or Vendor
        token).

        With a **Vendor** token the line must be the vendor's and it is *not* deleted: Komet
        sets its quantity to 0 and the line stays on the prebook.

        >>> await session.prebooks.delete_item(prebook_id=85063, prebook_item_id=9999999)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_DELETE_ITEM, options)
        request = PrebookItemDeleteRequest(
            prebook_id=prebook_id,
            prebook_item_id=prebook_item_id,
        )
        return await self._send(_DELETE_ITEM, request, options, Envelope)

    async def list(
        self,
        *,
        date_from: dt.date,
        date_to: dt.date,
        prebook: int | None = None,
        customer: str | None = None,
        customer_id: int | None = None,
        carrier_name: str | None = None,
        carrier_id: int | None = None,
        sales_person_id: int | None = None,
        so_number: int | None = None,
        customer_po_number: str | None = None,
        company_location_id: int | None = None,
        brand_id: int | None = None,
        prebook_status: str | None = None,
        is_ecommerce: bool | None = None,
        check_out_status: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Prebook]:
        """List prebook headers whose truck date is in ``date_from``..``date_to`` (at most
        six months; Komet ``prebook.list``; Company token). Ids match exactly, ``customer``
        and ``carrier_name`` with LIKE, all case-insensitive. Lines: :meth:`list_details`.

        >>> [p.number for p in await session.prebooks.list(
        ...     date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 2, 28))]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = PrebookListRequest(
            date_from=date_from,
            date_to=date_to,
            prebook=prebook,
            customer=customer,
            customer_id=customer_id,
            carrier_name=carrier_name,
            carrier_id=carrier_id,
            sales_person_id=sales_person_id,
            so_number=so_number,
            customer_po_number=customer_po_number,
            company_location_id=company_location_id,
            brand_id=brand_id,
            prebook_status=prebook_status,
            is_ecommerce=is_ecommerce,
            check_out_status=check_out_status,
        )
        answer = await self._send(_LIST, request, options, PrebookListResponse)
        return KometList(answer.prebooks, answer.response, answer.extra)

    async def update(
        self,
        *,
        prebook_id: int,
        carrier_id: int | None = None,
        ship_date: dt.date | None = None,
        ship_via_id: int | None = None,
        customer_po: str | None = None,
        comments: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Change a prebook's header; lines are untouched, unset fields unchanged (Komet
        ``prebook.update``; Company token). ``ship_via_id``: 0 Warehouse, 1 Grower.

        >>> await session.prebooks.update(prebook_id=345345, comments="New instructions")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE, options)
        request = PrebookUpdateRequest(
            prebook_id=prebook_id,
            carrier_id=carrier_id,
            ship_date=ship_date,
            ship_via_id=ship_via_id,
            customer_po=customer_po,
            comments=comments,
        )
        return await self._send(_UPDATE, request, options, Envelope)

    async def add_vendor_availability_item(
        self,
        *,
        prebook_id: int,
        inventory_ids: int | Iterable[int],
        quantity: int,
        price: Decimal,
        mark_code: str | None = None,
        box_type_id: int | None = None,
        box_type_code: str | None = None,
        stems_bunch: int | None = None,
        unit_type: str | None = None,
        bunches: int | None = None,
        **options: Unpack[CallOptions],
    ) -> PrebookVendorAvailabilityItemAddResponse:
        """Add Vendor-Availability items (ids from ``vendors.list_availability_items``) to
        a prebook: ``quantity`` boxes at unit ``price`` (Komet
        ``prebook.vendor.availability.item.add``; Company token). ``inventory_ids`` is one
        id or several (sent comma-separated). The box-type, stems, unit-type and bunch
        fields are not needed for K2K. Answers the new ``prebook_item_id``.

        >>> added = await session.prebooks.add_vendor_availability_item(
        ...     prebook_id=454371, inventory_ids=[428545, 428544], quantity=1, price=Decimal(1))
        >>> added.prebook_item_id
        930125
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_VENDOR_AVAILABILITY_ITEM, options)
        request = PrebookVendorAvailabilityItemAddRequest(
            prebook_id=prebook_id,
            inventory_ids=one_or_many(inventory_ids),
            quantity=quantity,
            price=price,
            mark_code=mark_code,
            box_type_id=box_type_id,
            box_type_code=box_type_code,
            stems_bunch=stems_bunch,
            unit_type=unit_type,
            bunches=bunches,
        )
        return await self._send(
            _ADD_VENDOR_AVAILABILITY_ITEM,
            request,
            options,
            PrebookVendorAvailabilityItemAddResponse,
        )

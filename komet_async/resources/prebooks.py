"""``session.prebooks``: prebooks (customer pre-orders) and their lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from .._vendor_rules import TokenKind, resolve_token_kind, warn_vendor_ignored
from ..models._base import Envelope, KometList
from ..models.prebooks import (
    MultiplePrebooksCreateRequest,
    MultiplePrebooksCreateResponse,
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
from ._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._dispatch import CallOptions


class PrebooksResource(Resource):
    __slots__ = ()
    namespace = "prebooks"

    async def create(
        self,
        *,
        ship_date: dt.date,
        customer_id: int | None = None,
        customer_code: str | None = None,
        customer_description: str | None = None,
        carrier_id: int | None = None,
        carrier_code: str | None = None,
        carrier_description: str | None = None,
        items: Iterable[PrebookItem] | None = None,
        created_by: int | None = None,
        ship_via_id: int | None = None,
        customer_po: str | None = None,
        is_ecommerce: bool | None = None,
        use_existing: bool | None = None,
        comments: str | None = None,
        auto_generate_pos_from_prebooks: bool | None = None,
        company_location_code: str | None = None,
        ship_to_id: int | None = None,
        token_type: TokenKind | None = None,
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
        token_type = resolve_token_kind(token_type, self._dispatch.token_type)
        request = PrebookCreateRequest(
            ship_date=ship_date,
            customer_id=customer_id,
            customer_code=customer_code,
            customer_description=customer_description,
            carrier_id=carrier_id,
            carrier_code=carrier_code,
            carrier_description=carrier_description,
            prebook_items=None if items is None else list(items),
            created_by=created_by,
            ship_via_id=ship_via_id,
            customer_po=customer_po,
            is_ecommerce=is_ecommerce,
            use_existing=use_existing,
            comments=comments,
            auto_generate_pos_from_prebooks=auto_generate_pos_from_prebooks,
            company_location_code=company_location_code,
            ship_to_id=ship_to_id,
        )
        if token_type == "vendor":
            warn_vendor_ignored("prebook.create", request.vendor_ignored_fields())
        return await self._call("prebook.create", request, options, PrebookCreateResponse)

    async def create_many(
        self, request: MultiplePrebooksCreateRequest, **options: Unpack[CallOptions]
    ) -> KometList[MultiplePrebooksCreateResponse]:
        """Create several prebooks for one customer described inline, each line with its own
        carrier and ship date (Komet ``multiple.prebooks.create``; Company token).

        Many lines are packed, in order, into the fewest requests the 64 KB limit allows,
        each with the same customer header; the answer is one envelope per request sent.

        GAP: most line fields could not be read; put them in each line's ``extra``.

        >>> await session.prebooks.create_many(MultiplePrebooksCreateRequest(
        ...     customer_code="C001", customer_name="Blooms", ..., prebook_items=[
        ...         MultiplePrebookItem(carrier_code="AA", carrier_name="American",
        ...                             ship_date=dt.date(2026, 2, 10),
        ...                             extra={"productId": 1001, "boxes": 2})]))
        """
        return await self._call_packed(
            "multiple.prebooks.create",
            list(request.prebook_items),
            lambda batch: attrs.evolve(request, prebook_items=batch),
            "prebook_items",
            options,
            MultiplePrebooksCreateResponse,
            lambda answer: [answer],
        )

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
        request = PrebookUpdateRequest(
            prebook_id=prebook_id,
            carrier_id=carrier_id,
            ship_date=ship_date,
            ship_via_id=ship_via_id,
            customer_po=customer_po,
            comments=comments,
        )
        return await self._call("prebook.update", request, options, Envelope)

    async def delete(self, *, prebook_id: int, **options: Unpack[CallOptions]) -> Envelope:
        """Delete a whole prebook (Komet ``prebook.delete``; Company token only).

        >>> await session.prebooks.delete(prebook_id=90356777)
        """
        request = PrebookDeleteRequest(prebook_id=prebook_id)
        return await self._call("prebook.delete", request, options, Envelope)

    async def delete_item(
        self, *, prebook_id: int, prebook_item_id: int, **options: Unpack[CallOptions]
    ) -> Envelope:
        """Remove one line from a prebook (Komet ``prebook.item.delete``; Company or Vendor
        token).

        With a **Vendor** token the line must be the vendor's and it is *not* deleted: Komet
        sets its quantity to 0 and the line stays on the prebook.

        >>> await session.prebooks.delete_item(prebook_id=85063, prebook_item_id=9999999)
        """
        request = PrebookItemDeleteRequest(prebook_id=prebook_id, prebook_item_id=prebook_item_id)
        return await self._call("prebook.item.delete", request, options, Envelope)

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
        request = PrebookFutureItemAddRequest(
            prebook_id=prebook_id,
            inventory_id=inventory_id,
            boxes=boxes,
            price=price,
            mark_code=mark_code,
        )
        return await self._call("prebook.future.item.add", request, options, Envelope)

    async def add_vendor_availability_item(
        self,
        *,
        prebook_id: int,
        inventory_ids: int | Sequence[int],
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
        """Add Vendor-Availability items (ids from ``vendor.availability.items.list``) to a
        prebook: ``quantity`` boxes at unit ``price`` (Komet
        ``prebook.vendor.availability.item.add``; Company token). The box-type, stems,
        unit-type and bunch fields are not needed for K2K. Answers the new
        ``prebook_item_id``.

        >>> added = await session.prebooks.add_vendor_availability_item(
        ...     prebook_id=454371, inventory_ids=[428545, 428544], quantity=1, price=Decimal(1))
        >>> added.prebook_item_id
        930125
        """
        ids = [inventory_ids] if isinstance(inventory_ids, int) else list(inventory_ids)
        request = PrebookVendorAvailabilityItemAddRequest(
            prebook_id=prebook_id,
            inventory_ids=",".join(str(i) for i in ids),
            quantity=quantity,
            price=price,
            mark_code=mark_code,
            box_type_id=box_type_id,
            box_type_code=box_type_code,
            stems_bunch=stems_bunch,
            unit_type=unit_type,
            bunches=bunches,
        )
        return await self._call(
            "prebook.vendor.availability.item.add",
            request,
            options,
            PrebookVendorAvailabilityItemAddResponse,
        )

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
        answer = await self._call("prebook.list", request, options, PrebookListResponse)
        return KometList(answer.prebooks, answer.response)

    async def list_details(
        self,
        *,
        date: dt.date | None = None,
        vendor_ship_date_from: dt.date | None = None,
        vendor_ship_date_to: dt.date | None = None,
        prebook: int | None = None,
        updated_as_of: dt.datetime | None = None,
        customer: str | None = None,
        customer_id: int | None = None,
        carrier_name: str | None = None,
        carrier_id: int | None = None,
        sales_person_id: int | None = None,
        so_number: int | None = None,
        customer_po_number: str | None = None,
        location_id: int | None = None,
        brand_id: int | None = None,
        unable_to_source: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[PrebookDetail]:
        """List prebooks with their lines and breakdowns for a truck ``date``, or a vendor
        ship-date range of at most 7 days (Komet ``prebook.details.list``; Company or Vendor
        token). ``updated_as_of`` (aware datetime, sent in GMT) keeps prebooks updated since.

        A Vendor token sees only its own lines, without sales prices, only lines that have a
        ship date, a vendor and a cost, and only from yesterday on.

        >>> for prebook in await session.prebooks.list_details(date=dt.date(2026, 2, 10)):
        ...     print(prebook.number, [line.product_description for line in prebook.details])
        """
        request = PrebookDetailsListRequest(
            date=date,
            vendor_ship_date_from=vendor_ship_date_from,
            vendor_ship_date_to=vendor_ship_date_to,
            prebook=prebook,
            updated_as_of=updated_as_of,
            customer=customer,
            customer_id=customer_id,
            carrier_name=carrier_name,
            carrier_id=carrier_id,
            sales_person_id=sales_person_id,
            so_number=so_number,
            customer_po_number=customer_po_number,
            location_id=location_id,
            brand_id=brand_id,
            unable_to_source=unable_to_source,
        )
        answer = await self._call(
            "prebook.details.list", request, options, PrebookDetailsListResponse
        )
        return KometList(answer.prebooks, answer.response)

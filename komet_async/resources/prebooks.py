"""``session.prebooks``: prebooks (customer pre-orders) and their lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from .._generated.prebooks import PrebooksMethods
from .._vendor_rules import TokenKind, resolve_token_kind, warn_vendor_ignored
from ..models._base import KometList
from ..models.prebooks import (
    MultiplePrebooksCreateRequest,
    MultiplePrebooksCreateResponse,
    PrebookCreateRequest,
    PrebookCreateResponse,
    PrebookItem,
    PrebookVendorAvailabilityItemAddRequest,
    PrebookVendorAvailabilityItemAddResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


class PrebooksResource(PrebooksMethods):
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

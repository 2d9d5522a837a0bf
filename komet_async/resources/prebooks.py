"""``session.prebooks``: prebooks (customer pre-orders) and their lines."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from .._generated.declared import PREBOOKS_ADD_VENDOR_AVAILABILITY_ITEM, PREBOOKS_CREATE_MANY
from .._generated.prebooks import PrebooksMethods
from ..models._base import KometList
from ..models.prebooks import (
    MultiplePrebooksCreateRequest,
    MultiplePrebooksCreateResponse,
    PrebookVendorAvailabilityItemAddRequest,
    PrebookVendorAvailabilityItemAddResponse,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


class PrebooksResource(PrebooksMethods):
    __slots__ = ()
    namespace = "prebooks"

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
            PREBOOKS_CREATE_MANY,
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
        return await self._send(
            PREBOOKS_ADD_VENDOR_AVAILABILITY_ITEM,
            request,
            options,
            PrebookVendorAvailabilityItemAddResponse,
        )

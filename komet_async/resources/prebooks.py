"""``session.prebooks``: prebooks (customer pre-orders) and their lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._generated.declared import PREBOOKS_CREATE_MANY
from .._generated.prebooks import PrebooksMethods
from ..models._base import KometList
from ..models.prebooks import (
    MultiplePrebooksCreateRequest,
    MultiplePrebooksCreateResponse,
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

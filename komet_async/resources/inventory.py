"""``session.inventory``: boxes, units, hard-goods and e-commerce inventory."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import attrs

from .._generated.declared import INVENTORY_ADD, INVENTORY_LIST_ECOMMERCE
from .._generated.inventory import InventoryMethods
from ..errors import RequestValidationError
from ..models.ecommerce import (
    ECOMMERCE_DEFAULT_ROWS,
    EcommerceInventoryListRequest,
    EcommerceInventoryPage,
)
from ..models.inventory import (
    MAX_BOXES_PER_ADD,
    InventoryAddResponse,
    InventoryLine,
)
from ._inventory_bulk import InventoryBulk

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


class InventoryResource(InventoryBulk, InventoryMethods):
    __slots__ = ()
    namespace = "inventory"

    # --- boxes inventory: one line at a time ---------------------------------------------

    async def add(
        self, line: InventoryLine, **options: Unpack[CallOptions]
    ) -> InventoryAddResponse:
        """Add one product line to the inventory (Komet ``inventory.add``; Company token).

        Sent as POST with URL parameters; never replayed once it may have reached the
        server. One call takes at most 100 boxes: a bigger ``line`` raises
        :class:`RequestValidationError` here (``inventory.push`` splits it). The answer's
        fields are a GAP in the docs: anything beyond status/message is in ``.extra``.

        >>> await session.inventory.add(InventoryLine(vendor_code="V01", awb="123-45678901",
        ...     ship_date=dt.date(2024, 5, 2), product_code="ROSFREE50", quantity=10,
        ...     box_type_code="QB", unit_type="bunch", stems_bunch=25, bunches=10,
        ...     unit_cost=Decimal("2.150")))
        """
        _check_boxes_per_call(line)
        return await self._send(INVENTORY_ADD, line, options, InventoryAddResponse)

    # --- units inventory ------------------------------------------------------------------

    # --- boxes inventory lists --------------------------------------------------------------

    # --- hard goods ---------------------------------------------------------------------------

    # --- e-commerce -------------------------------------------------------------------------

    async def iter_ecommerce(
        self,
        customer_id: int,
        *,
        rows: int | None = None,
        reserved_inventory: bool | None = None,
        company_location_id: int | None = None,
        available_date: dt.date | None = None,
        search_text: str | None = None,
        category_id: int | None = None,
        color: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[dict[str, Any]]:
        """Every row of the e-commerce inventory ``customer_id`` sees, page after page
        (``ecommerce/inventory.list`` with ``page`` 1, 2, ...; every filter is kept on every
        page). Stops once ``total`` rows have come or at an empty page (so a ``total`` that
        shrinks meanwhile cannot make it loop); an answer without ``total`` ends at its first
        short page. ``rows`` is the page size (the server's default is 30). Rows are dicts,
        as sent (GAP: their fields are unknown).

        >>> async for row in session.inventory.iter_ecommerce(7349, rows=100):
        ...     print(row)
        """
        request = EcommerceInventoryListRequest(
            customer_id=customer_id,
            page=1,
            rows=rows,
            reserved_inventory=reserved_inventory,
            company_location_id=company_location_id,
            available_date=available_date,
            search_text=search_text,
            category_id=category_id,
            color=color,
        )
        seen = 0
        page = 1
        while True:
            answer = await self._send(
                INVENTORY_LIST_ECOMMERCE, request, options, EcommerceInventoryPage
            )
            items = answer.items
            for item in items:
                yield item
            seen += len(items)
            if not items:
                return
            if answer.total is not None:
                if seen >= answer.total:
                    return
            elif len(items) < (rows or ECOMMERCE_DEFAULT_ROWS):
                return  # no total in the answer: a short page is the last one
            page += 1
            request = attrs.evolve(request, page=page)


def _check_boxes_per_call(line: InventoryLine) -> None:
    """A line may hold any number of boxes; one ``inventory.add`` call takes at most 100."""
    quantity = line.quantity
    if isinstance(quantity, int) and quantity > MAX_BOXES_PER_ADD:
        raise RequestValidationError(
            "quantity",
            f"must be at most {MAX_BOXES_PER_ADD} boxes per inventory.add call "
            "(inventory.push splits bigger lines)",
            komet_method="inventory.add",
        )

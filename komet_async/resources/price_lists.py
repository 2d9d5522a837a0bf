"""``session.price_lists``: price lists, their seasons and seasonal product prices."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .. import _constants as C
from .._bulk import BulkResult, ItemOutcome, Part, ProgressCallback
from .._generated.declared import PRICE_LISTS_ADD_PRODUCTS
from .._generated.price_lists import PriceListsMethods
from .._validate import item_errors
from ..errors import InvalidItemsError
from ..models._base import Envelope
from ..models.price_lists import SeasonProductAddRequest, SeasonProductLine
from ._base import _fresh, items_of

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


class PriceListsResource(PriceListsMethods):
    __slots__ = ()
    namespace = "price_lists"

    async def add_products(
        self,
        products: Iterable[SeasonProductLine],
        *,
        concurrency: int = C.ORDERED_CONCURRENCY,
        allow_partial: bool = False,
        on_progress: ProgressCallback | None = None,
        into: BulkResult[SeasonProductLine, SeasonProductAddRequest] | None = None,
        **options: Unpack[CallOptions],
    ) -> BulkResult[SeasonProductLine, SeasonProductAddRequest]:
        """Add product lines to seasonal price lists (Komet
        ``v2/price-list/season/product.add``; Company token, sent in a header; never
        replayed once sent). Komet takes a JSON array of lines; any number of lines are
        packed, in order, into the fewest requests the 64 KB limit allows.

        Every line is checked first: any bad one raises :class:`InvalidItemsError` naming
        each (``products[3].price``) and nothing is sent; a line too large to fit a request
        alone is a :class:`RequestTooLargeError`. The requests needed are then reserved
        from the daily budget (too few left: :class:`QuotaExhaustedError`, unless
        ``allow_partial=True``) and sent ``concurrency`` at a time (default one after
        another, in input order). The :class:`BulkResult` has one entry per line; the lines
        packed into one request share its part (its ``request``, its envelope as
        ``result``, or its error); no lines, no request. GAP: Komet's answer is one
        envelope per request ("Success."); whether it reports a bad line on its own is not
        documented.

        >>> result = await session.price_lists.add_products([
        ...     SeasonProductLine(price_list_id=1358, company_product_id=174, season_id=14,
        ...                       price=Decimal("2.59"), cost=Decimal("1.76"))])
        >>> result.raise_for_failures()
        """
        lines = items_of(products, "products")
        errors = item_errors(
            lines,
            field="products",
            komet_method=PRICE_LISTS_ADD_PRODUCTS.name,
            item_type=SeasonProductLine,
        )
        if errors:
            raise InvalidItemsError(errors, komet_method=PRICE_LISTS_ADD_PRODUCTS.name)
        batches = self._dispatch.pack(
            PRICE_LISTS_ADD_PRODUCTS, lines, lambda batch: SeasonProductAddRequest(products=batch),
            "products", options,
        )  # fmt: skip
        result: BulkResult[SeasonProductLine, SeasonProductAddRequest] = _fresh(into)
        index = 0
        for batch in batches:
            part = Part(request=SeasonProductAddRequest(products=batch))
            for line in batch:
                result.items.append(ItemOutcome(index=index, item=line, parts=[part]))
                index += 1
        await self._fan_out(
            PRICE_LISTS_ADD_PRODUCTS,
            result,
            options,
            Envelope,
            concurrency=concurrency,
            allow_partial=allow_partial,
            on_progress=on_progress,
        )
        return result

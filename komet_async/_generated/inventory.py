"""``session.inventory``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.ecommerce import (
    EcommerceAvailableDates,
    EcommerceAvailableDatesRequest,
    EcommerceInventoryDetails,
    EcommerceInventoryGetRequest,
    EcommerceInventoryListRequest,
    EcommerceInventoryPage,
)
from ..models.inventory import (
    ConsolidatedOpenMarketItem,
    ConsolidatedOpenMarketListResponse,
    FutureOpenMarketItem,
    FutureOpenMarketListRequest,
    FutureOpenMarketListResponse,
    HardgoodAddRequest,
    HardgoodAddResponse,
    HardgoodItem,
    HardgoodListRequest,
    HardgoodListResponse,
    HardgoodUpdateRequest,
    HardgoodUpdateResponse,
    InventoryDeleteRequest,
    InventoryDeleteResponse,
    InventoryItem,
    InventoryListRequest,
    InventoryListResponse,
    InventoryUpdateRequest,
    InventoryUpdateResponse,
    OpenMarketItem,
    OpenMarketListRequest,
    OpenMarketListResponse,
    UnitsAddRequest,
    UnitsChangeResponse,
    UnitsDeleteRequest,
    UnitsInventoryItem,
    UnitsListRequest,
    UnitsListResponse,
)
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST_ECOMMERCE_AVAILABLE_DATES = CATALOG["ecommerce/inventory-available-dates.list"]
_GET_ECOMMERCE = CATALOG["ecommerce/inventory.get"]
_LIST_ECOMMERCE = CATALOG["ecommerce/inventory.list"]
_LIST_FUTURE_OPEN_MARKET = CATALOG["future.inventory.openmarket.list"]
_ADD_HARDGOOD = CATALOG["hardgood.inventory.add"]
_UPDATE_HARDGOOD = CATALOG["hardgood.inventory.update"]
_LIST_HARDGOODS = CATALOG["hardgood/inventory.list"]
_LIST_CONSOLIDATED_OPEN_MARKET = CATALOG["inventory.consolidated.openmarket.list"]
_DELETE = CATALOG["inventory.delete"]
_LIST = CATALOG["inventory.list"]
_LIST_OPEN_MARKET = CATALOG["inventory.openmarket.list"]
_ADD_UNITS = CATALOG["inventory.units.add"]
_DELETE_UNITS = CATALOG["inventory.units.delete"]
_LIST_UNITS = CATALOG["inventory.units.list"]
_UPDATE = CATALOG["inventory.update"]


class InventoryMethods(Resource):
    """The one-call methods of ``session.inventory``, one per catalog entry."""

    __slots__ = ()

    async def list_ecommerce_available_dates(
        self,
        customer_id: int,
        inventory_line_ids: Iterable[int],
        inventory_origin: int,
        *,
        company_location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> EcommerceAvailableDates:
        """The dates on which ``customer_id`` may buy the lines (Komet
        ``ecommerce/inventory-available-dates.list``; Company or Customer token; needs
        ``account_id`` on the session): ``available_dates``, ``available_date_from``,
        ``available_date_to``.

        >>> dates = await session.inventory.list_ecommerce_available_dates(
        ...     7349, [428720], InventoryOrigin.K2K)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_ECOMMERCE_AVAILABLE_DATES, options)
        request = EcommerceAvailableDatesRequest(
            customer_id=customer_id,
            inventory_line_ids=list(inventory_line_ids),
            inventory_origin=inventory_origin,
            company_location_id=company_location_id,
        )
        return await self._send(
            _LIST_ECOMMERCE_AVAILABLE_DATES, request, options, EcommerceAvailableDates
        )

    async def get_ecommerce(
        self,
        customer_id: int,
        inventory_line_ids: Iterable[int],
        inventory_origin: int,
        *,
        date: dt.date,
        available_from: dt.date,
        available_to: dt.date,
        company_location_id: int | None = None,
        carrier_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> EcommerceInventoryDetails:
        """Details of chosen e-commerce lines for ``customer_id`` bought on ``date`` (Komet
        ``ecommerce/inventory.get``; Company or Customer token; needs ``account_id`` on the
        session). ``inventory_origin`` is an :class:`InventoryOrigin`; the line ids mean
        inventory lines (Open Market), PO items (Future Sales) or vendor-availability items
        (VA, K2K). GAP: the answer is undocumented; it is kept whole in ``.extra``.

        >>> details = await session.inventory.get_ecommerce(7349, [428720],
        ...     InventoryOrigin.OPEN_MARKET, date=day, available_from=day, available_to=day)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_GET_ECOMMERCE, options)
        request = EcommerceInventoryGetRequest(
            customer_id=customer_id,
            inventory_line_ids=list(inventory_line_ids),
            inventory_origin=inventory_origin,
            date=date,
            available_from=available_from,
            available_to=available_to,
            company_location_id=company_location_id,
            carrier_id=carrier_id,
        )
        return await self._send(_GET_ECOMMERCE, request, options, EcommerceInventoryDetails)

    async def list_ecommerce(
        self,
        customer_id: int,
        *,
        page: int | None = None,
        rows: int | None = None,
        reserved_inventory: bool | None = None,
        company_location_id: int | None = None,
        available_date: dt.date | None = None,
        search_text: str | None = None,
        category_id: int | None = None,
        color: str | None = None,
        **options: Unpack[CallOptions],
    ) -> EcommerceInventoryPage:
        """One page of the inventory ``customer_id`` sees in the e-commerce store (Komet
        ``ecommerce/inventory.list``; Company or Customer token; needs
        ``KometSession(account_id=...)`` for the ``X-ACCOUNT`` header). Without ``page`` the
        server sends the first 30 rows; without ``available_date`` it searches today to two
        months ahead. The page's ``items`` are plain dicts (their fields are a GAP in the
        docs); ``total`` counts every row. :meth:`iter_ecommerce` walks all pages.

        >>> page = await session.inventory.list_ecommerce(7349, page=1, rows=28)
        >>> page.total, len(page.items)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_ECOMMERCE, options)
        request = EcommerceInventoryListRequest(
            customer_id=customer_id,
            page=page,
            rows=rows,
            reserved_inventory=reserved_inventory,
            company_location_id=company_location_id,
            available_date=available_date,
            search_text=search_text,
            category_id=category_id,
            color=color,
        )
        return await self._send(_LIST_ECOMMERCE, request, options, EcommerceInventoryPage)

    async def list_future_open_market(
        self,
        date_from: dt.date,
        date_to: dt.date,
        *,
        location_id: int | None = None,
        customer_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[FutureOpenMarketItem]:
        """List future (purchase-order) inventory available from ``date_from`` to
        ``date_to`` (Komet ``future.inventory.openmarket.list``; Company token; no maximum
        range is documented).

        >>> items = await session.inventory.list_future_open_market(
        ...     dt.date(2020, 11, 15), dt.date(2020, 11, 20))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_FUTURE_OPEN_MARKET, options)
        request = FutureOpenMarketListRequest(
            date_from=date_from,
            date_to=date_to,
            location_id=location_id,
            customer_id=customer_id,
        )
        answer = await self._send(
            _LIST_FUTURE_OPEN_MARKET, request, options, FutureOpenMarketListResponse
        )
        return KometList(answer.inventory_items, answer.response, answer.extra)

    async def add_hardgood(
        self,
        product_id: int,
        *,
        quantity: int,
        unit_cost: Decimal,
        unit_price: Decimal | None = None,
        location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> HardgoodAddResponse:
        """Add ``quantity`` units (at most 999) of a hard-good vendor product (Komet
        ``hardgood.inventory.add``; Company token). The answer's ``hard_good_inventory_id``
        is the new line.

        >>> added = await session.inventory.add_hardgood(17432, quantity=50,
        ...     unit_cost=Decimal("3"))
        >>> added.hard_good_inventory_id
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_HARDGOOD, options)
        request = HardgoodAddRequest(
            product_id=product_id,
            quantity=quantity,
            unit_cost=unit_cost,
            unit_price=unit_price,
            location_id=location_id,
        )
        return await self._send(_ADD_HARDGOOD, request, options, HardgoodAddResponse)

    async def update_hardgood(
        self,
        product_id: int,
        *,
        unit_cost: Decimal,
        unit_price: Decimal | None = None,
        location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> HardgoodUpdateResponse:
        """Change a hard-goods product's cost and price (Komet ``hardgood.inventory.update``;
        Company token).

        >>> await session.inventory.update_hardgood(17432, unit_cost=Decimal("3"))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_HARDGOOD, options)
        request = HardgoodUpdateRequest(
            product_id=product_id,
            unit_cost=unit_cost,
            unit_price=unit_price,
            location_id=location_id,
        )
        return await self._send(_UPDATE_HARDGOOD, request, options, HardgoodUpdateResponse)

    async def list_hardgoods(
        self,
        *,
        location_id: int | None = None,
        vendor_code: str | None = None,
        sku: str | None = None,
        category: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[HardgoodItem]:
        """List hard-goods inventory lines (Komet ``hardgood/inventory.list``; Company token;
        ``location_id`` required for multi-location companies).

        >>> items = await session.inventory.list_hardgoods(sku="BOX-40")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_HARDGOODS, options)
        request = HardgoodListRequest(
            location_id=location_id,
            vendor_code=vendor_code,
            sku=sku,
            category=category,
        )
        answer = await self._send(_LIST_HARDGOODS, request, options, HardgoodListResponse)
        return KometList(answer.inventory_items, answer.response, answer.extra)

    async def list_consolidated_open_market(
        self,
        **options: Unpack[CallOptions],
    ) -> KometList[ConsolidatedOpenMarketItem]:
        """List the Open Market inventory grouped by product and pack (Komet
        ``inventory.consolidated.openmarket.list``; only an old copy of the page exists: GET
        and a Company token are assumed).

        >>> groups = await session.inventory.list_consolidated_open_market()
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_CONSOLIDATED_OPEN_MARKET, options)
        answer = await self._send(
            _LIST_CONSOLIDATED_OPEN_MARKET, None, options, ConsolidatedOpenMarketListResponse
        )
        return KometList(answer.inventory_items, answer.response, answer.extra)

    async def delete(
        self,
        inventory_id: int,
        **options: Unpack[CallOptions],
    ) -> InventoryDeleteResponse:
        """Delete one inventory line completely (Komet ``inventory.delete``; Company token
        only). GAP: the page's parameters are unreadable; the line id is sent as
        ``inventoryId`` (the research's guess); use ``extra_body=`` if Komet wants another key.

        >>> await session.inventory.delete(903359)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_DELETE, options)
        request = InventoryDeleteRequest(
            inventory_id=inventory_id,
        )
        return await self._send(_DELETE, request, options, InventoryDeleteResponse)

    async def list(
        self,
        *,
        include_boxes: bool | None = None,
        inventory_type: str | None = None,
        exclude_held_items: bool | None = None,
        lot_number: str | None = None,
        location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[InventoryItem]:
        """List the boxes inventory with grower data (Komet ``inventory.list``; Company or
        Vendor token). ``inventory_type``: a comma list of ``M`` (Open Market, default),
        ``L``, ``S``, ``P``, or ``all``. The whole inventory comes back in one answer.

        >>> items = await session.inventory.list(inventory_type="all")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = InventoryListRequest(
            include_boxes=include_boxes,
            inventory_type=inventory_type,
            exclude_held_items=exclude_held_items,
            lot_number=lot_number,
            location_id=location_id,
        )
        answer = await self._send(_LIST, request, options, InventoryListResponse)
        return KometList(answer.inventory_items, answer.response, answer.extra)

    async def list_open_market(
        self,
        *,
        location_id: int | None = None,
        customer_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[OpenMarketItem]:
        """List the Open Market inventory, without costs (Komet ``inventory.openmarket.list``;
        Company token). With ``customer_id``, ``fob_price`` follows that customer.

        >>> items = await session.inventory.list_open_market(customer_id=23423)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_OPEN_MARKET, options)
        request = OpenMarketListRequest(
            location_id=location_id,
            customer_id=customer_id,
        )
        answer = await self._send(_LIST_OPEN_MARKET, request, options, OpenMarketListResponse)
        return KometList(answer.inventory_items, answer.response, answer.extra)

    async def add_units(
        self,
        product_code: str,
        *,
        stems_bunch: int,
        unit_type: str,
        quantity: int,
        cutter: int | None = None,
        customer_code: str | None = None,
        cut_date: dt.date | None = None,
        block: str | None = None,
        bed: str | None = None,
        **options: Unpack[CallOptions],
    ) -> UnitsChangeResponse:
        """Add ``quantity`` stems or bunches (``unit_type`` ``"Stem"``/``"Bunch"``) of a
        product to the units inventory (Komet ``inventory.units.add``; Company token).

        >>> await session.inventory.add_units("235284", stems_bunch=10, unit_type="Stem",
        ...     quantity=1, block="1-A", bed="123")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_UNITS, options)
        request = UnitsAddRequest(
            product_code=product_code,
            stems_bunch=stems_bunch,
            unit_type=unit_type,
            quantity=quantity,
            cutter=cutter,
            customer_code=customer_code,
            cut_date=cut_date,
            block=block,
            bed=bed,
        )
        return await self._send(_ADD_UNITS, request, options, UnitsChangeResponse)

    async def delete_units(
        self,
        product_code: str,
        *,
        stems_bunch: int,
        unit_type: str,
        quantity: int,
        cutter: int | None = None,
        customer_code: str | None = None,
        cut_date: dt.date | None = None,
        block: str,
        bed: str,
        **options: Unpack[CallOptions],
    ) -> UnitsChangeResponse:
        """Take ``quantity`` stems or bunches of a product out of the units inventory
        (Komet ``inventory.units.delete``; Company token). ``block`` and ``bed`` are required.

        >>> await session.inventory.delete_units("235284", stems_bunch=10, unit_type="Bunch",
        ...     quantity=10, block="1-A", bed="123")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_DELETE_UNITS, options)
        request = UnitsDeleteRequest(
            product_code=product_code,
            stems_bunch=stems_bunch,
            unit_type=unit_type,
            quantity=quantity,
            cutter=cutter,
            customer_code=customer_code,
            cut_date=cut_date,
            block=block,
            bed=bed,
        )
        return await self._send(_DELETE_UNITS, request, options, UnitsChangeResponse)

    async def list_units(
        self,
        *,
        category_id: int | None = None,
        product_id: int | None = None,
        location_id: int | None = None,
        unit_type: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[UnitsInventoryItem]:
        """List the units inventory (Komet ``inventory.units.list``; Company token). A read
        sent as POST + JSON with the token in a header; safe to retry. ``location_id`` is
        required for multi-location companies.

        >>> items = await session.inventory.list_units(unit_type="Stem")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_UNITS, options)
        request = UnitsListRequest(
            category_id=category_id,
            product_id=product_id,
            location_id=location_id,
            unit_type=unit_type,
        )
        answer = await self._send(_LIST_UNITS, request, options, UnitsListResponse)
        return KometList(answer.inventory_items, answer.response, answer.extra)

    async def update(
        self,
        inventory_id: int,
        *,
        unit_cost: Decimal,
        quantity: int | None = None,
        price_a: Decimal | None = None,
        price_b: Decimal | None = None,
        **options: Unpack[CallOptions],
    ) -> InventoryUpdateResponse:
        """Change a line's unit cost and prices A/B, or add ``quantity`` boxes (at most 100)
        to it (Komet ``inventory.update``; Company token). ``inventory_id`` is the line's
        id (``OpenMarketItem.inventory_id``).

        >>> await session.inventory.update(903359, unit_cost=Decimal("2.988"))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE, options)
        request = InventoryUpdateRequest(
            inventory_id=inventory_id,
            unit_cost=unit_cost,
            quantity=quantity,
            price_a=price_a,
            price_b=price_b,
        )
        return await self._send(_UPDATE, request, options, InventoryUpdateResponse)

"""``session.price_lists``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import Envelope, KometList
from ..models.price_lists import (
    PriceList,
    PriceListListRequest,
    PriceListListResponse,
    Season,
    SeasonListRequest,
    SeasonListResponse,
    SeasonProduct,
    SeasonProductListRequest,
    SeasonProductListResponse,
    SeasonProductUpdateRequest,
)
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST = CATALOG["v2/price-list"]
_LIST_SEASONS = CATALOG["v2/price-list/season"]
_LIST_PRODUCTS = CATALOG["v2/price-list/season/product"]
_UPDATE_PRODUCT = CATALOG["v2/price-list/season/product.update"]


class PriceListsMethods(Resource):
    """The one-call methods of ``session.price_lists``, one per catalog entry."""

    __slots__ = ()

    async def list(
        self,
        *,
        price_list_type: str | None = None,
        name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[PriceList]:
        """List the company's price lists, optionally by ``price_list_type`` (``"A"`` All,
        ``"M"`` Open Market, ``"P"`` Prebook, ``"S"`` Standing Order) and ``name`` (Komet
        ``v2/price-list``; Company token, sent in a header). Sent as the page documents it:
        a GET whose parameters are a JSON body.

        >>> [p.name for p in await session.price_lists.list(price_list_type="S")]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = PriceListListRequest(
            price_list_type=price_list_type,
            name=name,
        )
        answer = await self._send(_LIST, request, options, PriceListListResponse)
        return KometList(answer.price_list, answer.response, answer.extra)

    async def list_seasons(
        self,
        price_list_id: int,
        *,
        name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Season]:
        """List the seasons of price list ``price_list_id`` (an id from :meth:`list`),
        optionally by season ``name`` (Komet ``v2/price-list/season``; Company token, sent in
        a header; a GET whose parameters are a JSON body).

        >>> seasons = await session.price_lists.list_seasons(1313)
        >>> [(s.name, s.start_date, s.end_date) for s in seasons]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_SEASONS, options)
        request = SeasonListRequest(
            price_list_id=price_list_id,
            name=name,
        )
        answer = await self._send(_LIST_SEASONS, request, options, SeasonListResponse)
        return KometList(answer.seasons, answer.response, answer.extra)

    async def list_products(
        self,
        price_list_id: int,
        price_list_season_id: int,
        *,
        product_description: str | None = None,
        company_product_id: int | None = None,
        vendor_id: int | None = None,
        category_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[SeasonProduct]:
        """List the products priced in season ``price_list_season_id`` of price list
        ``price_list_id`` (Komet ``v2/price-list/season/product``; Company token, sent in a
        header; a GET whose parameters are a JSON body). Filters: ``product_description``
        (description or name) *or* ``company_product_id`` (Komet ignores the description
        when the id is sent, so both together are refused), ``vendor_id``, ``category_id``.
        ``cost`` is only answered when the company's cost setting is enabled.

        >>> for p in await session.price_lists.list_products(1313, 13, vendor_id=99):
        ...     print(p.product_description, p.price, p.cost)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_PRODUCTS, options)
        request = SeasonProductListRequest(
            price_list_id=price_list_id,
            price_list_season_id=price_list_season_id,
            product_description=product_description,
            company_product_id=company_product_id,
            vendor_id=vendor_id,
            category_id=category_id,
        )
        answer = await self._send(_LIST_PRODUCTS, request, options, SeasonProductListResponse)
        return KometList(answer.products, answer.response, answer.extra)

    async def update_product(
        self,
        *,
        price_list_season_product_id: int,
        price_list_id: int,
        company_product_id: int,
        season_id: int,
        price: Decimal,
        cost: Decimal | None = None,
        box_type_id: int | None = None,
        box_type_code: str | None = None,
        vendor_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Change one product line of a seasonal price list: its ``price``, ``cost``, box
        type and vendor (Komet ``PUT v2/price-list/season/product.update``; Company token,
        sent in a header; never replayed once sent). ``price_list_season_product_id`` is an
        ``id`` from :meth:`list_products`; the other ids are required as on
        :meth:`add_products`. Empty box type or vendor: the line applies to all of them.

        >>> await session.price_lists.update_product(
        ...     price_list_season_product_id=163, price_list_id=1345, company_product_id=231,
        ...     season_id=14, price=Decimal("2.90"), cost=Decimal("1.95"))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_PRODUCT, options)
        request = SeasonProductUpdateRequest(
            price_list_season_product_id=price_list_season_product_id,
            price_list_id=price_list_id,
            company_product_id=company_product_id,
            season_id=season_id,
            price=price,
            cost=cost,
            box_type_id=box_type_id,
            box_type_code=box_type_code,
            vendor_id=vendor_id,
        )
        return await self._send(_UPDATE_PRODUCT, request, options, Envelope)

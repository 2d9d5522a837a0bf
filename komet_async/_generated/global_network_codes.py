"""``komet_async.GlobalNetworkCodes``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import GNC_CATALOG
from ..models._base import KometList
from ..models.global_network_codes import (
    GncGenus,
    GncGenusSearch,
    GncGenusSearchRequest,
    GncProduct,
    GncProductSearch,
    GncProductSearchRequest,
)
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_SEARCH_PRODUCTS = GNC_CATALOG["globalnetworkcodes:product"]
_SEARCH_GENUS = GNC_CATALOG["globalnetworkcodes:genus"]


class GlobalNetworkCodesMethods(Resource):
    """The one-call methods of ``komet_async.GlobalNetworkCodes``, one per catalog entry."""

    __slots__ = ()

    async def search_products(
        self,
        genus_id: int,
        product_name: str,
        *,
        limit: int,
        **options: Unpack[CallOptions],
    ) -> KometList[GncProduct]:
        """Global Network product codes of genus ``genus_id`` whose name contains
        ``product_name``, at most ``limit`` (1..50; the server caps more) (Komet Global
        Network Codes ``product``, on ``globalnetworkcodes.kometsales.com``; the token issued
        by the support team, sent in a header). Sent as GET with a JSON body, as documented.
        ``genus_id`` comes from :meth:`search_genus`.

        >>> codes = await gnc.search_products(1638927, "Blue Agaphantus", limit=49)
        >>> [(c.product_id, c.product_name) for c in codes]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_SEARCH_PRODUCTS, options)
        request = GncProductSearchRequest(
            genus_id=genus_id,
            product_name=product_name,
            limit=limit,
        )
        answer = await self._send(_SEARCH_PRODUCTS, request, options, GncProductSearch)
        return KometList(answer.body, answer.response, answer.extra)

    async def search_genus(
        self,
        genus_name: str,
        *,
        limit: int,
        **options: Unpack[CallOptions],
    ) -> KometList[GncGenus]:
        """Global Network genus (category) codes named like ``genus_name``, at most
        ``limit`` (1..50) (Komet Global Network Codes ``genus``, on
        ``globalnetworkcodes.kometsales.com``; the support team's token, sent in a header).
        Sent as GET with a JSON body, as documented; each ``genus_id`` feeds
        :meth:`search_products`.

        >>> [(g.genus_id, g.genus_name) for g in await gnc.search_genus("Alstro", limit=10)]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_SEARCH_GENUS, options)
        request = GncGenusSearchRequest(
            genus_name=genus_name,
            limit=limit,
        )
        answer = await self._send(_SEARCH_GENUS, request, options, GncGenusSearch)
        return KometList(answer.body, answer.response, answer.extra)

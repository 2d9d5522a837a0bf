"""``session.categories``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.setup import Category, CategoryListRequest, CategoryListResponse
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST = CATALOG["category.list"]


class CategoriesMethods(Resource):
    """The one-call methods of ``session.categories``, one per catalog entry."""

    __slots__ = ()

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> KometList[Category]:
        """List product categories with their Komet Network mapping (Komet
        ``category.list``; Company token). The page lists the token under "Header" but its
        sample sends it in the query string, where it is sent. ``komet_network_id`` is
        ``None`` for an unmapped category.

        >>> [c.category_name for c in await session.categories.list() if c.active]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = CategoryListRequest()
        answer = await self._send(_LIST, request, options, CategoryListResponse)
        return KometList(answer.category_items, answer.response, answer.extra)

"""``session.products``: the product catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models._base import KometList
from ..models.products import Product, ProductListRequest, ProductListResponse
from ._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._dispatch import CallOptions


class ProductsResource(Resource):
    __slots__ = ()

    async def list(
        self,
        *,
        id: int | None = None,
        description: str | None = None,
        legacy_code: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Product]:
        """List products, sorted by description (Komet ``product.list``; Company or Vendor
        token). ``id`` and ``legacy_code`` match exactly, ``description`` with LIKE, all
        case-insensitive. The whole catalogue comes back in one answer (no paging).

        >>> products = await session.products.list(description="rose")
        """
        request = ProductListRequest(id=id, description=description, legacy_code=legacy_code)
        answer = await self._call("product.list", request, options, ProductListResponse)
        return KometList(answer.products, answer.response)

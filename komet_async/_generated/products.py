"""``session.products``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.products import (
    Product,
    ProductAddRequest,
    ProductListRequest,
    ProductListResponse,
    ProductSaveResponse,
    ProductUpdateRequest,
)
from ..resources._base import Resource, as_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_ADD = CATALOG["product.add"]
_LIST = CATALOG["product.list"]
_UPDATE = CATALOG["product.update"]


class ProductsMethods(Resource):
    """The one-call methods of ``session.products``, one per catalog entry."""

    __slots__ = ()

    async def add(
        self,
        *,
        category: str,
        color: str | None = None,
        variety: str | None = None,
        grade: str | None = None,
        code: str | None = None,
        regions_of_origin: Iterable[str] | None = None,
        product_roll_up_code: str | None = None,
        default_unit_type: str | None = None,
        description: str | None = None,
        tags: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ProductSaveResponse:
        """Add a product (Komet ``product.add``; Company token): a ``category`` and at least
        one of ``color``, ``variety``, ``grade``. ``code`` is the product (legacy) code,
        ``tags`` comma-separated, ``default_unit_type`` Stem or Bunch. Answers the new
        ``product_id``.

        >>> saved = await session.products.add(
        ...     category="Rose", color="Red", variety="Freedom", grade="50 cm", code="RS50")
        >>> saved.product_id
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD, options)
        request = ProductAddRequest(
            category=category,
            color=color,
            variety=variety,
            grade=grade,
            code=code,
            regions_of_origin=as_list(regions_of_origin),
            product_roll_up_code=product_roll_up_code,
            default_unit_type=default_unit_type,
            description=description,
            tags=tags,
        )
        return await self._send(_ADD, request, options, ProductSaveResponse)

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
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = ProductListRequest(
            id=id,
            description=description,
            legacy_code=legacy_code,
        )
        answer = await self._send(_LIST, request, options, ProductListResponse)
        return KometList(answer.products, answer.response)

    async def update(
        self,
        *,
        category: str,
        color: str | None = None,
        variety: str | None = None,
        grade: str | None = None,
        code: str | None = None,
        regions_of_origin: Iterable[str] | None = None,
        product_roll_up_code: str | None = None,
        default_unit_type: str | None = None,
        description: str | None = None,
        tags: str | None = None,
        product_id: int,
        active: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> ProductSaveResponse:
        """Update a product (Komet ``product.update``; Company token): the fields of
        :meth:`add` (``category`` and one of ``color``/``variety``/``grade`` still
        required) plus ``active``.

        >>> await session.products.update(product_id=234234, category="Rose", color="Red",
        ...                               active=False)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE, options)
        request = ProductUpdateRequest(
            category=category,
            color=color,
            variety=variety,
            grade=grade,
            code=code,
            regions_of_origin=as_list(regions_of_origin),
            product_roll_up_code=product_roll_up_code,
            default_unit_type=default_unit_type,
            description=description,
            tags=tags,
            product_id=product_id,
            active=active,
        )
        return await self._send(_UPDATE, request, options, ProductSaveResponse)

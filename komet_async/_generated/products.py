"""``session.products``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.products import (
    HardgoodProductAddRequest,
    HardgoodProductSaveResponse,
    HardgoodProductUpdateRequest,
    Product,
    ProductAddRequest,
    ProductAttributeRequest,
    ProductColor,
    ProductColorsResponse,
    ProductGrade,
    ProductGradesResponse,
    ProductListRequest,
    ProductListResponse,
    ProductSaveResponse,
    ProductUpdateRequest,
)
from ..resources._base import Resource, as_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_ADD_HARDGOOD = CATALOG["hardgood.product.add"]
_UPDATE_HARDGOOD = CATALOG["hardgood.product.update"]
_ADD = CATALOG["product.add"]
_LIST = CATALOG["product.list"]
_UPDATE = CATALOG["product.update"]
_LIST_COLORS = CATALOG["v2/product/colors"]
_LIST_GRADES = CATALOG["v2/product/grades"]


class ProductsMethods(Resource):
    """The one-call methods of ``session.products``, one per catalog entry."""

    __slots__ = ()

    async def add_hardgood(
        self,
        *,
        category: str,
        subcategory: str,
        description: str,
        sku: str,
        pack_size: int,
        unit_cost: Decimal,
        color: str | None = None,
        active_per_item: bool | None = None,
        vendor_id: int | None = None,
        vendor_code: str | None = None,
        case_upc: str | None = None,
        unit_upc: str | None = None,
        unit_price: Decimal | None = None,
        unit_price_markup: Decimal | None = None,
        discount: Decimal | None = None,
        qty_for_discount: int | None = None,
        active_per_vendor: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> HardgoodProductSaveResponse:
        """Create a hard-goods product (Komet ``hardgood.product.add``; Company token, sent in
        a header; never replayed). ``vendor_id`` or ``vendor_code`` is required;
        ``pack_size`` is units per pack; ``discount`` is a percentage from
        ``qty_for_discount`` units on. Answers the new ``product_id``, which
        :meth:`InventoryResource.add_hardgood` then stocks. Partly documented: the page's
        samples were not captured, so every field here is from its parameter table.

        >>> saved = await session.products.add_hardgood(
        ...     category="Packaging", subcategory="Boxes", description="Flower Box 80cm",
        ...     sku="BOX-80", pack_size=10, unit_cost=Decimal("1.25"), vendor_code="ABC")
        >>> saved.product_id
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_HARDGOOD, options)
        request = HardgoodProductAddRequest(
            category=category,
            subcategory=subcategory,
            description=description,
            sku=sku,
            pack_size=pack_size,
            unit_cost=unit_cost,
            color=color,
            active_per_item=active_per_item,
            vendor_id=vendor_id,
            vendor_code=vendor_code,
            case_upc=case_upc,
            unit_upc=unit_upc,
            unit_price=unit_price,
            unit_price_markup=unit_price_markup,
            discount=discount,
            qty_for_discount=qty_for_discount,
            active_per_vendor=active_per_vendor,
        )
        return await self._send(_ADD_HARDGOOD, request, options, HardgoodProductSaveResponse)

    async def update_hardgood(
        self,
        product_id: int,
        *,
        category: str,
        subcategory: str,
        description: str,
        sku: str,
        pack_size: int,
        active_per_item: bool,
        color: str | None = None,
        vendor_id: int | None = None,
        vendor_code: str | None = None,
        case_upc: str | None = None,
        unit_upc: str | None = None,
        unit_cost: Decimal | None = None,
        unit_price: Decimal | None = None,
        unit_price_markup: Decimal | None = None,
        discount: Decimal | None = None,
        qty_for_discount: int | None = None,
        **options: Unpack[CallOptions],
    ) -> HardgoodProductSaveResponse:
        """Update hard-goods product ``product_id`` (Komet ``hardgood.product.update``, which
        names it ``Id``; Company token, sent in a header; never replayed). Its page requires
        ``category``, ``subcategory``, ``description``, ``sku``, ``pack_size`` and
        ``active_per_item`` again; ``unit_cost`` is optional here. Partly documented: the
        samples are cut off, the fields are the page's parameter table.

        >>> await session.products.update_hardgood(34824, category="Packaging",
        ...     subcategory="Boxes", description="Flower Box 80cm", sku="BOX-80",
        ...     pack_size=12, active_per_item=True, unit_price=Decimal("2.10"))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_HARDGOOD, options)
        request = HardgoodProductUpdateRequest(
            product_id=product_id,
            category=category,
            subcategory=subcategory,
            description=description,
            sku=sku,
            pack_size=pack_size,
            active_per_item=active_per_item,
            color=color,
            vendor_id=vendor_id,
            vendor_code=vendor_code,
            case_upc=case_upc,
            unit_upc=unit_upc,
            unit_cost=unit_cost,
            unit_price=unit_price,
            unit_price_markup=unit_price_markup,
            discount=discount,
            qty_for_discount=qty_for_discount,
        )
        return await self._send(_UPDATE_HARDGOOD, request, options, HardgoodProductSaveResponse)

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
        return KometList(answer.products, answer.response, answer.extra)

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

    async def list_colors(
        self,
        *,
        category_id: int | None = None,
        category_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[ProductColor]:
        """List the colors used in the company's product categories (Komet
        ``v2/product/colors``; Company token, sent in a header), optionally of one category
        (``category_id`` or ``category_name``). The documented answer has no envelope;
        ``.response.message`` is then ``None``.

        >>> [c.color for c in await session.products.list_colors(category_name="Rose")]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_COLORS, options)
        request = ProductAttributeRequest(
            category_id=category_id,
            category_name=category_name,
        )
        answer = await self._send(_LIST_COLORS, request, options, ProductColorsResponse)
        return KometList(answer.colors, answer.response, answer.extra)

    async def list_grades(
        self,
        *,
        category_id: int | None = None,
        category_name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[ProductGrade]:
        """List the grades of each product category (Komet ``v2/product/grades``; Company
        token, sent in a header), optionally of one category (``category_id`` or
        ``category_name``). Each grade names its ``category_id`` and ``category_name``. The
        documented answer has no envelope.

        >>> grades = await session.products.list_grades(category_id=7409)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_GRADES, options)
        request = ProductAttributeRequest(
            category_id=category_id,
            category_name=category_name,
        )
        answer = await self._send(_LIST_GRADES, request, options, ProductGradesResponse)
        return KometList(answer.grades, answer.response, answer.extra)

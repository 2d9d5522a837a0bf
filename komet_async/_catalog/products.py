"""Catalog entries of the product methods (boxes-products.md)."""

from __future__ import annotations

from typing import Any

from ..models import products as m
from ._method import ApiMethod
from ._shapes import json_write, query_read

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    query_read(
        "product.list",
        "products",
        "list",
        m.ProductListRequest,
        m.ProductListResponse,
        token_types=("company", "vendor"),
        not_found=("Products not found.",),
        summary="List products (sorted by description); filters id, description, legacy code.",
        returns="products",
        doc="""List products, sorted by description (Komet ``product.list``; Company or Vendor
        token). ``id`` and ``legacy_code`` match exactly, ``description`` with LIKE, all
        case-insensitive. The whole catalogue comes back in one answer (no paging).

        >>> products = await session.products.list(description="rose")
        """,
    ),
)

METHODS += (
    json_write(
        "product.add",
        "products",
        "add",
        m.ProductAddRequest,
        m.ProductSaveResponse,
        summary="Add a product; answers its id.",
        doc="""Add a product (Komet ``product.add``; Company token): a ``category`` and at least
        one of ``color``, ``variety``, ``grade``. ``code`` is the product (legacy) code,
        ``tags`` comma-separated, ``default_unit_type`` Stem or Bunch. Answers the new
        ``product_id``.

        >>> saved = await session.products.add(
        ...     category="Rose", color="Red", variety="Freedom", grade="50 cm", code="RS50")
        >>> saved.product_id
        """,
    ),
    json_write(
        "product.update",
        "products",
        "update",
        m.ProductUpdateRequest,
        m.ProductSaveResponse,
        summary="Update a product (all product.add fields, plus active).",
        doc="""Update a product (Komet ``product.update``; Company token): the fields of
        :meth:`add` (``category`` and one of ``color``/``variety``/``grade`` still
        required) plus ``active``.

        >>> await session.products.update(product_id=234234, category="Rose", color="Red",
        ...                               active=False)
        """,
    ),
)

# Hard-goods products, colors and grades (more-methods.md): every page sends the token as
# an HTTP header ("sent as an HTTP request header, not in the body/query").
METHODS += (
    ApiMethod(
        name="hardgood.product.add",
        http_method="POST",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="products",
        attr="add_hardgood",
        request_type=m.HardgoodProductAddRequest,
        response_type=m.HardgoodProductSaveResponse,
        summary="Create a hard-goods product (SKU/UPC, pack size, cost, price rules).",
        doc="""Create a hard-goods product (Komet ``hardgood.product.add``; Company token, sent in
        a header; never replayed). ``vendor_id`` or ``vendor_code`` is required;
        ``pack_size`` is units per pack; ``discount`` is a percentage from
        ``qty_for_discount`` units on. Answers the new ``product_id``, which
        :meth:`InventoryResource.add_hardgood` then stocks. Partly documented: the page's
        samples were not captured, so every field here is from its parameter table.

        >>> saved = await session.products.add_hardgood(
        ...     category="Packaging", subcategory="Boxes", description="Flower Box 80cm",
        ...     sku="BOX-80", pack_size=10, unit_cost=Decimal("1.25"), vendor_code="ABC")
        >>> saved.product_id
        """,
    ),
    ApiMethod(
        name="hardgood.product.update",
        http_method="POST",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="products",
        attr="update_hardgood",
        request_type=m.HardgoodProductUpdateRequest,
        response_type=m.HardgoodProductSaveResponse,
        summary="Update a hard-goods product by id (sent as Id).",
        positional=("product_id",),
        doc="""Update hard-goods product ``product_id`` (Komet ``hardgood.product.update``, which
        names it ``Id``; Company token, sent in a header; never replayed). Its page requires
        ``category``, ``subcategory``, ``description``, ``sku``, ``pack_size`` and
        ``active_per_item`` again; ``unit_cost`` is optional here. Partly documented: the
        samples are cut off, the fields are the page's parameter table.

        >>> await session.products.update_hardgood(34824, category="Packaging",
        ...     subcategory="Boxes", description="Flower Box 80cm", sku="BOX-80",
        ...     pack_size=12, active_per_item=True, unit_price=Decimal("2.10"))
        """,
    ),
    ApiMethod(
        name="v2/product/colors",
        http_method="GET",
        params_in="query",
        token_in="header",
        retry_safe=True,
        namespace="products",
        attr="list_colors",
        request_type=m.ProductAttributeRequest,
        response_type=m.ProductColorsResponse,
        envelope_optional=True,  # documented answer: {"colors": [...]}, no status/message
        summary="List the colors used in the product categories (v2; token in a header).",
        returns="colors",
        doc="""List the colors used in the company's product categories (Komet
        ``v2/product/colors``; Company token, sent in a header), optionally of one category
        (``category_id`` or ``category_name``). The documented answer has no envelope;
        ``.response.message`` is then ``None``.

        >>> [c.color for c in await session.products.list_colors(category_name="Rose")]
        """,
    ),
    ApiMethod(
        name="v2/product/grades",
        http_method="GET",
        params_in="query",
        token_in="header",
        retry_safe=True,
        namespace="products",
        attr="list_grades",
        request_type=m.ProductAttributeRequest,
        response_type=m.ProductGradesResponse,
        envelope_optional=True,  # documented answer: {"grades": [...]}, no status/message
        summary="List the grades of each product category (v2; token in a header).",
        returns="grades",
        doc="""List the grades of each product category (Komet ``v2/product/grades``; Company
        token, sent in a header), optionally of one category (``category_id`` or
        ``category_name``). Each grade names its ``category_id`` and ``category_name``. The
        documented answer has no envelope.

        >>> grades = await session.products.list_grades(category_id=7409)
        """,
    ),
)

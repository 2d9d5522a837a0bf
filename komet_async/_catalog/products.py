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

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
    ),
    json_write(
        "product.update",
        "products",
        "update",
        m.ProductUpdateRequest,
        m.ProductSaveResponse,
        summary="Update a product (all product.add fields, plus active).",
    ),
)

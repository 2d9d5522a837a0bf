"""Catalog entries of the product methods (boxes-products.md)."""

from __future__ import annotations

from ..models import products as m
from ._shapes import query_read

METHODS = (
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

"""``session.products``: the product catalogue."""

from __future__ import annotations

from .._generated.products import ProductsMethods


class ProductsResource(ProductsMethods):
    __slots__ = ()
    namespace = "products"

"""Products (boxes-products.md: product.list, product.add, product.update)."""

from __future__ import annotations

from attrs import define, field

from .._wire import wire
from ._base import Envelope, KometModel, KometRequest


@define(kw_only=True)
class Product(KometModel):
    """One product of the company's catalogue (``product.list``).

    Early doc versions lack ``active``, ``division_id``, ``division_description`` and
    ``tags``, so every field but ``id`` may be absent.
    """

    id: int
    description: str | None = None
    active: bool | None = None
    category: str | None = None
    division_id: int | None = None
    division_description: str | None = None
    variety: str | None = None
    color: str | None = None
    grade: str | None = None
    legacy_code: str | None = None
    tags: str | None = None


@define(kw_only=True)
class ProductListRequest(KometRequest):
    """Filters of ``product.list``: ``id`` and ``legacy_code`` exact, ``description`` LIKE."""

    id: int | None = field(default=None, metadata=wire(digits=(20, 0), min_value=0))
    description: str | None = field(default=None, metadata=wire(max_len=200))
    legacy_code: str | None = field(default=None, metadata=wire(max_len=50))


@define(kw_only=True)
class ProductListResponse(Envelope):
    products: list[Product] = field(factory=list)

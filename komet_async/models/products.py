"""Products (boxes-products.md: product.list, product.add, product.update)."""

from __future__ import annotations

from typing import ClassVar

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


# --- product.add / product.update ---------------------------------------------------------


@define(kw_only=True)
class ProductAddRequest(KometRequest):
    """``product.add``: ``category`` and at least one of ``color``, ``variety``, ``grade``.

    ``code`` is the product (legacy) code; ``product_roll_up_code`` the roll-up product used
    when moved to units inventory; ``tags`` comma-separated; ``description`` exists in the
    newest docs only.
    """

    category: str = field(metadata=wire(max_len=200, min_len=1))
    color: str | None = field(default=None, metadata=wire(max_len=100))
    variety: str | None = field(default=None, metadata=wire(max_len=100))
    grade: str | None = field(default=None, metadata=wire(max_len=100))
    code: str | None = field(default=None, metadata=wire(max_len=20))
    regions_of_origin: list[str] | None = None
    product_roll_up_code: str | None = field(default=None, metadata=wire(max_len=20))
    default_unit_type: str | None = field(
        default=None, metadata=wire(max_len=10, choices=("Stem", "Bunch"), case_insensitive=True)
    )
    description: str | None = field(default=None, metadata=wire(max_len=300))
    tags: str | None = field(default=None, metadata=wire(max_len=200))

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (("color", "variety", "grade"),)


@define(kw_only=True)
class ProductUpdateRequest(ProductAddRequest):
    """``product.update``: the fields of ``product.add`` plus ``product_id`` and ``active``."""

    product_id: int = field(metadata=wire(digits=(20, 0), min_value=0))
    active: bool | None = None


@define(kw_only=True)
class ProductSaveResponse(Envelope):
    """``product_id`` comes as text in the newest ``product.add`` sample, as a number in
    ``product.update``'s; both decode to an int."""

    product_id: int | None = None

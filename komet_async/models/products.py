"""Products (boxes-products.md: product.list, product.add, product.update; more-methods.md:
hardgood.product.add, hardgood.product.update, v2/product/colors, v2/product/grades)."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from attrs import define, field

from .._wire import wire
from ..errors import RequestValidationError
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


# --- hardgood.product.add / hardgood.product.update (more-methods.md) -----------------------

_JSON_EXACT_DIGITS = 15
"""A Decimal travels as a JSON number; up to 15 significant digits it is written exactly."""


def _check_unbounded_decimals(request: object, *names: str) -> None:
    """The decimals whose page gives no precision (a GAP) are checked only for what the
    wire can carry exactly -- an SDK limit, not a Komet rule."""
    for name in names:
        value = getattr(request, name)
        if (
            isinstance(value, Decimal)
            and value.is_finite()
            and len(value.normalize().as_tuple().digits) > _JSON_EXACT_DIGITS
        ):
            raise RequestValidationError(
                name, f"must have at most {_JSON_EXACT_DIGITS} significant digits"
            )


@define(kw_only=True)
class HardgoodProductAddRequest(KometRequest):
    """``hardgood.product.add``: a hard-goods product (SKU/UPC, pack size, cost and price
    rules), from the parameter table of APIDocs 11175719.

    ``vendor_id`` or ``vendor_code`` is required (the page's notes). ``discount`` is a
    percentage applied from ``qty_for_discount`` units on. GAP: the page gives no maximum
    for ``subcategory``, ``unit_price_markup``, ``discount`` and ``qty_for_discount``, so
    none is checked.
    """

    category: str = field(metadata=wire(max_len=200, min_len=1))
    subcategory: str = field(metadata=wire(min_len=1))
    description: str = field(metadata=wire(max_len=200, min_len=1))
    sku: str = field(metadata=wire(max_len=15, min_len=1))
    pack_size: int = field(metadata=wire(digits=(5, 0), min_value=1))
    """Units per pack (box)."""
    unit_cost: Decimal = field(metadata=wire(digits=(10, 2), min_value=0))
    color: str | None = field(default=None, metadata=wire(max_len=200))
    active_per_item: bool | None = None
    vendor_id: int | None = field(default=None, metadata=wire(digits=(20, 0), min_value=0))
    vendor_code: str | None = field(default=None, metadata=wire(max_len=15))
    case_upc: str | None = field(default=None, metadata=wire(name="caseUPC", max_len=15))
    unit_upc: str | None = field(default=None, metadata=wire(name="unitUPC", max_len=15))
    unit_price: Decimal | None = field(default=None, metadata=wire(digits=(10, 2), min_value=0))
    unit_price_markup: Decimal | None = None
    discount: Decimal | None = None
    qty_for_discount: int | None = field(default=None, metadata=wire(min_value=0))
    active_per_vendor: bool | None = None

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (("vendor_id", "vendor_code"),)

    def check(self) -> None:
        _check_unbounded_decimals(self, "unit_price_markup", "discount")


@define(kw_only=True)
class HardgoodProductUpdateRequest(KometRequest):
    """``hardgood.product.update``: the product ``product_id`` (sent as ``Id``, capital I,
    as on APIDocs 11175747) with its fields again.

    This page marks ``active_per_item`` required and ``unit_cost`` optional -- the reverse
    of ``hardgood.product.add``'s page; each method follows its own page. It lists no
    ``active_per_vendor`` and no vendor either-or rule.
    """

    product_id: int = field(metadata=wire(name="Id", digits=(10, 0), min_value=0))
    category: str = field(metadata=wire(max_len=200, min_len=1))
    subcategory: str = field(metadata=wire(min_len=1))
    description: str = field(metadata=wire(max_len=200, min_len=1))
    sku: str = field(metadata=wire(max_len=15, min_len=1))
    pack_size: int = field(metadata=wire(digits=(5, 0), min_value=1))
    active_per_item: bool
    color: str | None = field(default=None, metadata=wire(max_len=200))
    vendor_id: int | None = field(default=None, metadata=wire(digits=(20, 0), min_value=0))
    vendor_code: str | None = field(default=None, metadata=wire(max_len=15))
    case_upc: str | None = field(default=None, metadata=wire(name="caseUPC", max_len=15))
    unit_upc: str | None = field(default=None, metadata=wire(name="unitUPC", max_len=15))
    unit_cost: Decimal | None = field(default=None, metadata=wire(digits=(10, 2), min_value=0))
    unit_price: Decimal | None = field(default=None, metadata=wire(digits=(10, 2), min_value=0))
    unit_price_markup: Decimal | None = None
    discount: Decimal | None = None
    qty_for_discount: int | None = field(default=None, metadata=wire(min_value=0))

    def check(self) -> None:
        _check_unbounded_decimals(self, "unit_price_markup", "discount")


@define(kw_only=True)
class HardgoodProductSaveResponse(Envelope):
    """The answer of ``hardgood.product.add`` / ``.update``: ``product_id``, the Komet
    product id (documented on both pages; no verbatim sample survives)."""

    product_id: int | None = None


# --- v2/product/colors / v2/product/grades (more-methods.md) --------------------------------


@define(kw_only=True)
class ProductAttributeRequest(KometRequest):
    """Filters of ``v2/product/colors`` and ``v2/product/grades``: a category by id or by
    name (both optional)."""

    category_id: int | None = field(default=None, metadata=wire(digits=(20, 0), min_value=0))
    category_name: str | None = field(default=None, metadata=wire(max_len=100))


@define(kw_only=True)
class ProductColor(KometModel):
    """One color used in the company's product categories (``v2/product/colors``)."""

    color: str | None = None


@define(kw_only=True)
class ProductColorsResponse(Envelope):
    """Documented without the ``status``/``message`` envelope: ``{"colors": [...]}``."""

    colors: list[ProductColor] = field(factory=list)


@define(kw_only=True)
class ProductGrade(KometModel):
    """One grade of a product category (``v2/product/grades``)."""

    category_id: int | None = None
    category_name: str | None = None
    grade: str | None = None


@define(kw_only=True)
class ProductGradesResponse(Envelope):
    """Documented without the ``status``/``message`` envelope: ``{"grades": [...]}``."""

    grades: list[ProductGrade] = field(factory=list)

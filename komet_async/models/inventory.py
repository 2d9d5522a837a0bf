"""Boxes, units and hard-goods inventory (inventory.md).

Most answers here are cut off in every stored copy of the docs (GAP): each model declares
the fields that can be read, and whatever else the server sends is kept in ``.extra``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._wire import wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

MAX_BOXES_PER_ADD = 100
"""``inventory.add`` takes at most 100 boxes per call (APIDocs 3340816)."""

MAX_HARDGOOD_UNITS = 999
"""``hardgood.inventory.add`` takes at most 999 units per call."""

_ID = wire(digits=(20, 0), min_value=0)
_UNIT_TYPES = ("Stem", "Bunch")
_INVENTORY_TYPES = ("M", "L", "S", "P", "all")


def _optional_id() -> Any:
    """An optional integer:20 id (attrs ``field``)."""
    return field(default=None, metadata=_ID)


# --- inventory.add ------------------------------------------------------------------------


@define(kw_only=True)
class InventoryLine(KometRequest):
    """One product line for ``inventory.add``: ``quantity`` boxes of one product, one box
    type and one pack, tied to an AWB.

    Name the vendor by ``grower_id`` or ``vendor_code``, the product by ``product_id``,
    ``product_code`` or ``product_description``, the box type by ``box_type_id`` or
    ``box_type_code``. ``unit_type`` is ``"stem"`` or ``"bunch"`` (any case); ``unit_cost`` is
    the cost per stem or bunch (``decimal:10,3``). ``confirm_inventory`` (named by Komet's
    integration overview, not by the method page) asks Komet to report back when the line
    is sold or deleted; it is sent as 1/0 and only when set.

    A line may hold any number of boxes; a single ``inventory.add`` call takes at most
    :data:`MAX_BOXES_PER_ADD` (``inventory.push`` splits bigger lines). The method page is
    cut off after ``unit_cost`` (GAP): pass any later parameter with ``extra_params=``.

    >>> InventoryLine(vendor_code="V01", awb="123-45678901", ship_date=dt.date(2024, 5, 2),
    ...     product_code="ROSFREE50", quantity=10, box_type_code="QB", unit_type="bunch",
    ...     stems_bunch=25, bunches=10, unit_cost=Decimal("2.150"))
    """

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("grower_id", "vendor_code"),
        ("product_id", "product_code", "product_description"),
        ("box_type_id", "box_type_code"),
    )

    awb: str = field(metadata=wire(max_len=20, min_len=1))
    ship_date: dt.date
    quantity: int = field(metadata=wire(digits=(10, 0), min_value=1))
    unit_type: str = field(
        metadata=wire(max_len=10, choices=("stem", "bunch"), case_insensitive=True)
    )
    stems_bunch: int = field(metadata=wire(digits=(10, 0), min_value=0))
    bunches: int = field(metadata=wire(digits=(10, 0), min_value=0))
    unit_cost: Decimal = field(metadata=wire(digits=(10, 3), min_value=0))
    grower_id: int | None = _optional_id()
    vendor_code: str | None = field(default=None, metadata=wire(max_len=20))
    is_tmp_awb: bool | None = None
    reference: str | None = field(default=None, metadata=wire(max_len=20))
    arrival_date: dt.date | None = None
    customer_id: int | None = _optional_id()
    product_id: int | None = _optional_id()
    product_code: str | None = field(default=None, metadata=wire(max_len=20))
    product_description: str | None = field(default=None, metadata=wire(max_len=20))
    box_type_id: int | None = _optional_id()
    box_type_code: str | None = field(default=None, metadata=wire(max_len=10))
    confirm_inventory: bool | None = None


@define(kw_only=True)
class InventoryAddResponse(Envelope):
    """The answer of ``inventory.add``: the envelope only (its fields are a GAP in the docs;
    anything else the server sends is in ``.extra``)."""


# --- inventory.update / inventory.delete ----------------------------------------------------


@define(kw_only=True)
class InventoryUpdateRequest(KometRequest):
    """``inventory.update``: new ``unit_cost`` (required), optional prices A/B, and
    ``quantity`` boxes to add to the line (at most 100 per line).

    The docs type costs and prices ``decimal:10,3``; their own sample sends a cost with four
    decimals, which this validator refuses (the documented type wins)."""

    inventory_id: int = field(metadata=_ID)
    unit_cost: Decimal = field(metadata=wire(digits=(10, 3), min_value=0))
    quantity: int | None = field(
        default=None, metadata=wire(digits=(4, 0), min_value=0, max_value=MAX_BOXES_PER_ADD)
    )
    price_a: Decimal | None = field(default=None, metadata=wire(digits=(10, 3), min_value=0))
    price_b: Decimal | None = field(default=None, metadata=wire(digits=(10, 3), min_value=0))


@define(kw_only=True)
class InventoryUpdateResponse(Envelope):
    """The answer of ``inventory.update`` (envelope only)."""


@define(kw_only=True)
class InventoryDeleteRequest(KometRequest):
    """``inventory.delete``. GAP: the method page's parameters are not readable; the line id
    as ``inventoryId`` (as in ``inventory.update``) is the research's unconfirmed guess."""

    inventory_id: int = field(metadata=_ID)


@define(kw_only=True)
class InventoryDeleteResponse(Envelope):
    """The answer of ``inventory.delete`` (GAP: envelope assumed)."""


# --- units inventory ----------------------------------------------------------------------


@define(kw_only=True)
class _UnitsChange(KometRequest):
    """The keys ``inventory.units.add`` and ``inventory.units.delete`` share."""

    product_code: str = field(metadata=wire(max_len=20, min_len=1))
    stems_bunch: int = field(metadata=wire(digits=(10, 0), min_value=0))
    unit_type: str = field(metadata=wire(max_len=5, choices=_UNIT_TYPES, case_insensitive=True))
    quantity: int = field(metadata=wire(digits=(10, 0), min_value=1))
    cutter: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))
    customer_code: str | None = field(default=None, metadata=wire(max_len=20))
    cut_date: dt.date | None = None


@define(kw_only=True)
class UnitsAddRequest(_UnitsChange):
    """``inventory.units.add``: ``quantity`` stems or bunches of one product, with the
    farm-side block, bed, cutter and cut date (all optional in the newest docs)."""

    block: str | None = field(default=None, metadata=wire(max_len=20))
    bed: str | None = field(default=None, metadata=wire(max_len=20))


@define(kw_only=True)
class UnitsDeleteRequest(_UnitsChange):
    """``inventory.units.delete``: the same keys as ``inventory.units.add``; here ``block``
    and ``bed`` are required by the page's table (its own sample omits ``block``)."""

    block: str = field(metadata=wire(max_len=20, min_len=1))
    bed: str = field(metadata=wire(max_len=20, min_len=1))


@define(kw_only=True)
class UnitsChangeResponse(Envelope):
    """The answer of ``inventory.units.add`` / ``inventory.units.delete`` (envelope only)."""


@define(kw_only=True)
class UnitsListRequest(KometRequest):
    """Filters of ``inventory.units.list``. ``location_id`` is required for multi-location
    companies. The page's table spells the category key ``categoryID`` (its sample writes
    ``categoryId``); the table's spelling is sent."""

    category_id: int | None = field(
        default=None, metadata=wire(name="categoryID", digits=(20, 0), min_value=0)
    )
    product_id: int | None = _optional_id()
    location_id: int | None = _optional_id()
    unit_type: str | None = field(
        default=None, metadata=wire(max_len=10, choices=_UNIT_TYPES, case_insensitive=True)
    )


@define(kw_only=True)
class UnitsInventoryItem(KometModel):
    """A units-inventory line (``inventory.units.list``). GAP: the field list is cut off
    after ``location_code``; later fields are kept in ``.extra``. ``inventory_units_ids``
    holds the id(s) of the units lines as the server writes them."""

    product_id: int | None = None
    product_description: str | None = None
    category_id: int | None = field(default=None, metadata=wire(name="categoryID"))
    category: str | None = None
    unit_type: str | None = None
    stems_bunch: int | None = None
    bunches: int | None = None
    total_units: int | None = None
    unit_landed_cost: Decimal | None = None
    unit_price: Decimal | None = None
    inventory_units_ids: str | None = None
    in_transit: bool | None = None
    vendor_id: int | None = None
    vendor: str | None = None
    company_id: int | None = None
    location_code: str | None = None


@define(kw_only=True)
class UnitsListResponse(Envelope):
    inventory_items: list[UnitsInventoryItem] = field(factory=list)


# --- boxes inventory lists ------------------------------------------------------------------


@define(kw_only=True)
class _BoxLine(KometModel):
    """Fields every boxes-inventory list shows for a line (quantity in boxes)."""

    company_product_id: int | None = None
    product_description: str | None = None
    product_code: str | None = None
    grade: str | None = None
    category: str | None = None
    quantity: int | None = None
    total_units: int | None = None
    box_type_id: int | None = None
    box_type_code: str | None = None
    unit_type: str | None = None
    bunches: int | None = None


@define(kw_only=True)
class InventoryListRequest(KometRequest):
    """Filters of ``inventory.list``. ``inventory_type`` is a comma list of ``M`` (Open
    Market, the default), ``L`` (Local), ``S`` (Standing Order), ``P`` (Prebook), or ``all``;
    at most 5 characters as documented."""

    include_boxes: bool | None = None
    inventory_type: str | None = field(default=None, metadata=wire(max_len=5, min_len=1))
    exclude_held_items: bool | None = None
    lot_number: str | None = None
    location_id: int | None = _optional_id()

    def check(self) -> None:
        if self.inventory_type is None:
            return
        allowed = {choice.lower() for choice in _INVENTORY_TYPES}
        if not all(part.strip().lower() in allowed for part in self.inventory_type.split(",")):
            raise RequestValidationError(
                "inventory_type", "must be a comma list of: " + ", ".join(_INVENTORY_TYPES)
            )


@define(kw_only=True)
class InventoryItem(_BoxLine):
    """A boxes-inventory line (``inventory.list``). ``order_item_id`` is the id
    ``invoice.item.add`` takes. GAP: the APIDocs field list is cut off after ``bunches``;
    ``units_per_box`` .. ``category`` come from an older copy; the rest is in ``.extra``."""

    order_item_id: int | None = None
    grower_id: int | None = None
    grower_name: str | None = None
    units_per_box: int | None = None
    stems_bunch: int | None = None
    inventory_date: dt.date | None = None
    price: Decimal | None = None
    sell_fast: bool | None = None
    is_assorted: bool | None = None


@define(kw_only=True)
class InventoryListResponse(Envelope):
    inventory_items: list[InventoryItem] = field(factory=list)


@define(kw_only=True)
class OpenMarketListRequest(KometRequest):
    """Filters of ``inventory.openmarket.list``; ``customer_id`` makes ``fob_price`` follow
    that customer's settings."""

    location_id: int | None = _optional_id()
    customer_id: int | None = _optional_id()


@define(kw_only=True)
class OpenMarketItem(_BoxLine):
    """An Open Market line (``inventory.openmarket.list``), without costs. ``vendor`` only
    when the given customer may see it. GAP: the field list is cut off after ``fob_price``."""

    inventory_id: int | None = None
    vendor: str | None = None
    units_per_box: int | None = None
    stems_bunch: int | None = None
    price: Decimal | None = None
    price_b: Decimal | None = None
    fob_price: Decimal | None = None


@define(kw_only=True)
class OpenMarketListResponse(Envelope):
    inventory_items: list[OpenMarketItem] = field(factory=list)


@define(kw_only=True)
class ConsolidatedOpenMarketItem(_BoxLine):
    """Open Market inventory grouped by product and pack
    (``inventory.consolidated.openmarket.list``); ``inventory_item_ids`` joins the grouped
    line ids with commas, as sent."""

    inventory_item_ids: str | None = None
    units_per_box: int | None = None
    stems_bunch: int | None = None
    price: Decimal | None = None


@define(kw_only=True)
class ConsolidatedOpenMarketListResponse(Envelope):
    inventory_items: list[ConsolidatedOpenMarketItem] = field(factory=list)


@define(kw_only=True)
class FutureOpenMarketListRequest(KometRequest):
    """``future.inventory.openmarket.list``: availability from ``date_from`` to ``date_to``
    (both required; no maximum range is documented)."""

    date_from: dt.date
    date_to: dt.date
    location_id: int | None = _optional_id()
    customer_id: int | None = _optional_id()


@define(kw_only=True)
class FutureOpenMarketItem(_BoxLine):
    """A future (purchase-order) line; ``inventory_id`` is the purchase-order item id that
    ``prebook.future.item.add`` takes. GAP: the field list is cut off after ``bunches``."""

    inventory_id: int | None = None
    vendor: str | None = None
    port_of_origin: str | None = None


@define(kw_only=True)
class FutureOpenMarketListResponse(Envelope):
    inventory_items: list[FutureOpenMarketItem] = field(factory=list)


# --- hard goods -----------------------------------------------------------------------------


@define(kw_only=True)
class HardgoodAddRequest(KometRequest):
    """``hardgood.inventory.add``: ``quantity`` units (1..999) of a hard-good vendor product."""

    product_id: int = field(metadata=_ID)
    quantity: int = field(metadata=wire(digits=(10, 0), min_value=1, max_value=MAX_HARDGOOD_UNITS))
    unit_cost: Decimal = field(metadata=wire(digits=(10, 2), min_value=0))
    unit_price: Decimal | None = field(default=None, metadata=wire(digits=(10, 2), min_value=0))
    location_id: int | None = _optional_id()


@define(kw_only=True)
class HardgoodAddResponse(Envelope):
    """The answer of ``hardgood.inventory.add``: the new line's id."""

    hard_good_inventory_id: int | None = None


@define(kw_only=True)
class HardgoodUpdateRequest(KometRequest):
    """``hardgood.inventory.update``: new cost (required) and price of a hard-goods product."""

    product_id: int = field(metadata=_ID)
    unit_cost: Decimal = field(metadata=wire(digits=(10, 2), min_value=0))
    unit_price: Decimal | None = field(default=None, metadata=wire(digits=(10, 2), min_value=0))
    location_id: int | None = _optional_id()


@define(kw_only=True)
class HardgoodUpdateResponse(Envelope):
    """The answer of ``hardgood.inventory.update`` (envelope only)."""


@define(kw_only=True)
class HardgoodListRequest(KometRequest):
    """Filters of ``hardgood/inventory.list`` (``location_id`` required for multi-location
    companies)."""

    location_id: int | None = _optional_id()
    vendor_code: str | None = field(default=None, metadata=wire(max_len=50))
    sku: str | None = field(default=None, metadata=wire(max_len=50))
    category: str | None = field(default=None, metadata=wire(max_len=100))


@define(kw_only=True)
class HardgoodItem(KometModel):
    """A hard-goods inventory line. ``inventory_ids`` joins the line ids with commas, as
    sent. The page's field list was cut off after ``sku``; later copies of it (APIDocs
    11175683 and its history, inventory.md / more-methods.md) continue with ``quantity``
    (the available quantity), ``pack_size`` (units per box), ``total_units`` (the available
    units whatever the pack) and ``unit_price`` (``decimal:10,2``, one unit's price, a
    ``Decimal``); the field after them (``image``) and the rest are in ``.extra``."""

    inventory_ids: str | None = None
    vendor_id: int | None = None
    product_id: int | None = None
    product_vendor_id: int | None = None
    product_description: str | None = None
    location_code: str | None = None
    location_name: str | None = None
    location_id: int | None = None
    category_id: int | None = None
    category: str | None = None
    subcategory: str | None = None
    color: str | None = None
    sku: str | None = None
    quantity: int | None = None
    pack_size: int | None = None
    total_units: int | None = None
    unit_price: Decimal | None = None


@define(kw_only=True)
class HardgoodListResponse(Envelope):
    """The readable part of the docs shows no envelope before the array; it is accepted
    either way."""

    inventory_items: list[HardgoodItem] = field(factory=list)

"""Price lists (v2): price lists, their seasons, and the products priced in a season
(more-methods.md, "Price lists (v2)"; APIDocs 149061662, 150208531, 187400236, 148766730,
150470664).

These pages are well documented; every field below is from them. What they leave open is
said where it matters: the page samples write every value as text although the fields are
typed integer/decimal, and ``product.add`` does not say how it reports a bad line.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from attrs import define, field

from .._wire import OFF_WIRE, wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

PRICE_LIST_TYPES = ("A", "M", "P", "S")
"""``priceListType``: A = All, M = Open Market, P = Prebook, S = Standing Order."""

_ID = wire(digits=(20, 0), min_value=0)
_MONEY = wire(digits=(10, 2), min_value=0)
# Typed integer:20 on both pages, but box type codes are text everywhere else (``"QB"``)
# and the pages' own samples send text (``"boxTypeCode": "13"``): kept as text.
_BOX_TYPE_CODE = wire(max_len=20)


# --- v2/price-list ------------------------------------------------------------------------


@define(kw_only=True)
class PriceListListRequest(KometRequest):
    """Filters of ``v2/price-list``: ``price_list_type`` one of :data:`PRICE_LIST_TYPES`,
    ``name`` the price list's name."""

    price_list_type: str | None = field(
        default=None, metadata=wire(max_len=1, choices=PRICE_LIST_TYPES)
    )
    name: str | None = field(default=None, metadata=wire(max_len=60))


@define(kw_only=True)
class PriceList(KometModel):
    """One price list (``v2/price-list``). ``type`` is A, M, P or S (see
    :data:`PRICE_LIST_TYPES`); ``is_master`` is documented as 1 = the master price list."""

    id: int
    name: str | None = None
    description: str | None = None
    type: str | None = None
    is_master: bool | None = None


@define(kw_only=True)
class PriceListListResponse(Envelope):
    price_list: list[PriceList] = field(factory=list)


# --- v2/price-list/season -----------------------------------------------------------------


@define(kw_only=True)
class SeasonListRequest(KometRequest):
    """``v2/price-list/season``: the seasons of price list ``price_list_id`` (an id from
    ``v2/price-list``), optionally by season ``name``."""

    price_list_id: int = field(metadata=_ID)
    name: str | None = field(default=None, metadata=wire(max_len=100))


@define(kw_only=True)
class Season(KometModel):
    """One season of a price list (``v2/price-list/season``)."""

    id: int
    name: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    price_list_id: int | None = None


@define(kw_only=True)
class SeasonListResponse(Envelope):
    seasons: list[Season] = field(factory=list)


# --- v2/price-list/season/product ---------------------------------------------------------


@define(kw_only=True)
class SeasonProductListRequest(KometRequest):
    """``v2/price-list/season/product``: the products of season ``price_list_season_id``
    (an id from ``v2/price-list/season``) of price list ``price_list_id``.

    Komet ignores ``product_description`` when ``company_product_id`` is sent, so giving
    both is refused here: one of the two filters would silently not apply.
    """

    price_list_id: int = field(metadata=_ID)
    price_list_season_id: int = field(metadata=_ID)
    product_description: str | None = field(default=None, metadata=wire(max_len=100))
    company_product_id: int | None = field(default=None, metadata=_ID)
    vendor_id: int | None = field(default=None, metadata=_ID)
    category_id: int | None = field(default=None, metadata=_ID)

    def check(self) -> None:
        if self.company_product_id is not None and self.product_description is not None:
            raise RequestValidationError(
                "product_description",
                "is ignored by Komet when company_product_id is given: give one of the two",
            )


@define(kw_only=True)
class SeasonProduct(KometModel):
    """One product priced in a season (``v2/price-list/season/product``). ``cost`` comes
    only when the company's cost setting is enabled. ``id`` is what
    :meth:`~komet_async.resources.price_lists.PriceListsResource.update_product` takes as
    ``price_list_season_product_id``."""

    id: int
    name: str | None = None
    cost: Decimal | None = None
    price: Decimal | None = None
    product_description: str | None = None
    vendor_id: int | None = None
    vendor_name: str | None = None
    box_type_id: int | None = None
    box_type_code: str | None = None
    season_name: str | None = None
    price_list_name: str | None = None
    price_list_id: int | None = None
    season_id: int | None = None
    price_list_type: str | None = None


@define(kw_only=True)
class SeasonProductListResponse(Envelope):
    """The page's field list names the array ``priceListSeasonsProducts``, its sample
    ``priceListSeasonProducts``: either is read."""

    products: list[SeasonProduct] = field(
        factory=list,
        metadata=wire(name="priceListSeasonsProducts", also_reads=("priceListSeasonProducts",)),
    )


# --- v2/price-list/season/product.add / .update -------------------------------------------


@define(kw_only=True)
class SeasonProductLine(KometRequest):
    """One line of ``v2/price-list/season/product.add``: ``price`` (and optionally ``cost``)
    for product ``company_product_id`` in season ``season_id`` of price list
    ``price_list_id``.

    ``box_type_id`` / ``box_type_code`` empty: the line applies to all box types;
    ``vendor_id`` empty: to all vendors. ``box_type_code`` is typed integer:20 on the page,
    but box type codes are text everywhere else and the page's sample sends text, so it is
    text here. A field the page does not show goes in ``extra`` with its wire name.
    """

    price_list_id: int = field(metadata=_ID)
    company_product_id: int = field(metadata=_ID)
    season_id: int = field(metadata=_ID)
    price: Decimal = field(metadata=_MONEY)
    cost: Decimal | None = field(default=None, metadata=_MONEY)
    box_type_id: int | None = field(default=None, metadata=_ID)
    box_type_code: str | None = field(default=None, metadata=_BOX_TYPE_CODE)
    vendor_id: int | None = field(default=None, metadata=_ID)
    extra: dict[str, Any] = field(factory=dict, metadata=OFF_WIRE)


@define(kw_only=True)
class SeasonProductAddRequest(KometRequest):
    """``v2/price-list/season/product.add``: the body is a JSON array of lines (sent bare,
    not wrapped in an object), packed under the request-size limit by the resource."""

    products: list[SeasonProductLine] = field(metadata=wire(min_len=1))


@define(kw_only=True)
class SeasonProductUpdateRequest(KometRequest):
    """``v2/price-list/season/product.update``: one line, named by
    ``price_list_season_product_id`` (an ``id`` from ``v2/price-list/season/product``),
    with the fields of :class:`SeasonProductLine`."""

    price_list_season_product_id: int = field(metadata=_ID)
    price_list_id: int = field(metadata=_ID)
    company_product_id: int = field(metadata=_ID)
    season_id: int = field(metadata=_ID)
    price: Decimal = field(metadata=_MONEY)
    cost: Decimal | None = field(default=None, metadata=_MONEY)
    box_type_id: int | None = field(default=None, metadata=_ID)
    box_type_code: str | None = field(default=None, metadata=_BOX_TYPE_CODE)
    vendor_id: int | None = field(default=None, metadata=_ID)

"""Catalog entries of the price-list methods (v2; more-methods.md, "Price lists (v2)").

Every page lists ``authenticationToken`` as "sent as an HTTP request header, not in the
body/query": the token goes in a header. The three reads are documented as GET with
"Content-Type: application/JSON" and a JSON sample body, so their parameters are sent as
a JSON body on the GET, as the pages show (whether Komet also reads query parameters is not
stated). No "not found" answer is documented for them.
"""

from __future__ import annotations

from typing import Any

from ..models import price_lists as m
from ..models._base import Envelope
from ._method import ApiMethod


def _json_read(
    name: str, attr: str, request_type: Any, response_type: Any, **more: Any
) -> ApiMethod[Any, Any]:
    """A read documented as GET with a JSON body and the token in a header."""
    return ApiMethod(
        name=name,
        http_method="GET",
        params_in="body",
        token_in="header",
        retry_safe=True,
        namespace="price_lists",
        attr=attr,
        request_type=request_type,
        response_type=response_type,
        **more,
    )


METHODS: tuple[ApiMethod[Any, Any], ...] = (
    _json_read(
        "v2/price-list",
        "list",
        m.PriceListListRequest,
        m.PriceListListResponse,
        summary="List price lists, by type (A/M/P/S) and name (GET with a JSON body).",
        returns="price_list",
        doc="""List the company's price lists, optionally by ``price_list_type`` (``"A"`` All,
        ``"M"`` Open Market, ``"P"`` Prebook, ``"S"`` Standing Order) and ``name`` (Komet
        ``v2/price-list``; Company token, sent in a header). Sent as the page documents it:
        a GET whose parameters are a JSON body.

        >>> [p.name for p in await session.price_lists.list(price_list_type="S")]
        """,
    ),
    _json_read(
        "v2/price-list/season",
        "list_seasons",
        m.SeasonListRequest,
        m.SeasonListResponse,
        summary="List the seasons of a price list (GET with a JSON body).",
        positional=("price_list_id",),
        returns="seasons",
        doc="""List the seasons of price list ``price_list_id`` (an id from :meth:`list`),
        optionally by season ``name`` (Komet ``v2/price-list/season``; Company token, sent in
        a header; a GET whose parameters are a JSON body).

        >>> seasons = await session.price_lists.list_seasons(1313)
        >>> [(s.name, s.start_date, s.end_date) for s in seasons]
        """,
    ),
    _json_read(
        "v2/price-list/season/product",
        "list_products",
        m.SeasonProductListRequest,
        m.SeasonProductListResponse,
        summary="List the products priced in one season of a price list.",
        positional=("price_list_id", "price_list_season_id"),
        returns="products",
        doc="""List the products priced in season ``price_list_season_id`` of price list
        ``price_list_id`` (Komet ``v2/price-list/season/product``; Company token, sent in a
        header; a GET whose parameters are a JSON body). Filters: ``product_description``
        (description or name) *or* ``company_product_id`` (Komet ignores the description
        when the id is sent, so both together are refused), ``vendor_id``, ``category_id``.
        ``cost`` is only answered when the company's cost setting is enabled.

        >>> for p in await session.price_lists.list_products(1313, 13, vendor_id=99):
        ...     print(p.product_description, p.price, p.cost)
        """,
    ),
    ApiMethod(
        name="v2/price-list/season/product.add",
        http_method="POST",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="price_lists",
        attr="add_products",
        request_type=m.SeasonProductAddRequest,
        response_type=Envelope,
        body_array=True,
        summary="Add product lines to a seasonal price list (a JSON-array body, packed).",
        hand_written=True,
    ),
    ApiMethod(
        name="v2/price-list/season/product.update",
        http_method="PUT",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="price_lists",
        attr="update_product",
        request_type=m.SeasonProductUpdateRequest,
        response_type=Envelope,
        summary="Update one product line of a seasonal price list (PUT).",
        doc="""Change one product line of a seasonal price list: its ``price``, ``cost``, box
        type and vendor (Komet ``PUT v2/price-list/season/product.update``; Company token,
        sent in a header; never replayed once sent). ``price_list_season_product_id`` is an
        ``id`` from :meth:`list_products`; the other ids are required as on
        :meth:`add_products`. Empty box type or vendor: the line applies to all of them.

        >>> await session.price_lists.update_product(
        ...     price_list_season_product_id=163, price_list_id=1345, company_product_id=231,
        ...     season_id=14, price=Decimal("2.90"), cost=Decimal("1.95"))
        """,
    ),
)

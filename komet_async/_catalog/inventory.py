"""Catalog entries of the inventory methods (inventory.md, ecommerce.md).

"Nothing found" answers: Komet documents none of these texts. The ones below follow the
pattern of the texts seen for other lists ("Products not found.", "Boxtype not found.",
"Orders not found."); they are an ASSUMPTION, kept here in one place.
"""

from __future__ import annotations

from typing import Any

from ..models import ecommerce as e
from ..models import inventory as m
from ._method import ApiMethod
from ._shapes import json_write, query_read

_INVENTORY_NOT_FOUND = ("Inventory not found.",)

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    ApiMethod(
        name="inventory.add",
        http_method="POST",
        params_in="query",
        token_in="query",
        retry_safe=False,
        namespace="inventory",
        attr="add",
        request_type=m.InventoryLine,
        response_type=m.InventoryAddResponse,
        summary="Add one product line (at most 100 boxes) tied to an AWB; POST with URL "
        "parameters.",
        positional=('line',),
        hand_written=True,
    ),
    json_write(
        "inventory.update",
        "inventory",
        "update",
        m.InventoryUpdateRequest,
        m.InventoryUpdateResponse,
        summary="Change an inventory line's cost and prices, or add boxes to it.",
        positional=('inventory_id',),
        doc="""Change a line's unit cost and prices A/B, or add ``quantity`` boxes (at most 100)
        to it (Komet ``inventory.update``; Company token). ``inventory_id`` is the line's
        id (``OpenMarketItem.inventory_id``).

        >>> await session.inventory.update(903359, unit_cost=Decimal("2.988"))
        """,
    ),
    json_write(
        "inventory.delete",
        "inventory",
        "delete",
        m.InventoryDeleteRequest,
        m.InventoryDeleteResponse,
        summary="Delete one inventory line (parameters are a GAP: inventoryId assumed).",
        positional=('inventory_id',),
        doc="""Delete one inventory line completely (Komet ``inventory.delete``; Company token
        only). GAP: the page's parameters are unreadable; the line id is sent as
        ``inventoryId`` (the research's guess); use ``extra_body=`` if Komet wants another key.

        >>> await session.inventory.delete(903359)
        """,
    ),
    json_write(
        "inventory.units.add",
        "inventory",
        "add_units",
        m.UnitsAddRequest,
        m.UnitsChangeResponse,
        summary="Add stems or bunches of a product to the units inventory.",
        positional=('product_code',),
        doc="""Add ``quantity`` stems or bunches (``unit_type`` ``"Stem"``/``"Bunch"``) of a
        product to the units inventory (Komet ``inventory.units.add``; Company token).

        >>> await session.inventory.add_units("235284", stems_bunch=10, unit_type="Stem",
        ...     quantity=1, block="1-A", bed="123")
        """,
    ),
    json_write(
        "inventory.units.delete",
        "inventory",
        "delete_units",
        m.UnitsDeleteRequest,
        m.UnitsChangeResponse,
        summary="Take stems or bunches of a product out of the units inventory.",
        positional=('product_code',),
        doc="""Take ``quantity`` stems or bunches of a product out of the units inventory
        (Komet ``inventory.units.delete``; Company token). ``block`` and ``bed`` are required.

        >>> await session.inventory.delete_units("235284", stems_bunch=10, unit_type="Bunch",
        ...     quantity=10, block="1-A", bed="123")
        """,
    ),
    ApiMethod(
        name="inventory.units.list",
        http_method="POST",
        params_in="body",
        token_in="header",
        retry_safe=True,
        namespace="inventory",
        attr="list_units",
        request_type=m.UnitsListRequest,
        response_type=m.UnitsListResponse,
        not_found=_INVENTORY_NOT_FOUND,
        summary="List the units inventory (a read sent as POST + JSON; token in a header).",
        returns="inventory_items",
        doc="""List the units inventory (Komet ``inventory.units.list``; Company token). A read
        sent as POST + JSON with the token in a header; safe to retry. ``location_id`` is
        required for multi-location companies.

        >>> items = await session.inventory.list_units(unit_type="Stem")
        """,
    ),
    query_read(
        "inventory.list",
        "inventory",
        "list",
        m.InventoryListRequest,
        m.InventoryListResponse,
        token_types=("company", "vendor"),
        not_found=_INVENTORY_NOT_FOUND,
        summary="List the boxes inventory by inventory type, with grower data.",
        returns="inventory_items",
        doc="""List the boxes inventory with grower data (Komet ``inventory.list``; Company or
        Vendor token). ``inventory_type``: a comma list of ``M`` (Open Market, default),
        ``L``, ``S``, ``P``, or ``all``. The whole inventory comes back in one answer.

        >>> items = await session.inventory.list(inventory_type="all")
        """,
    ),
    query_read(
        "inventory.openmarket.list",
        "inventory",
        "list_open_market",
        m.OpenMarketListRequest,
        m.OpenMarketListResponse,
        not_found=_INVENTORY_NOT_FOUND,
        summary="List the Open Market inventory (no costs); customer-specific FOB prices.",
        returns="inventory_items",
        doc="""List the Open Market inventory, without costs (Komet ``inventory.openmarket.list``;
        Company token). With ``customer_id``, ``fob_price`` follows that customer.

        >>> items = await session.inventory.list_open_market(customer_id=23423)
        """,
    ),
    query_read(
        "inventory.consolidated.openmarket.list",
        "inventory",
        "list_consolidated_open_market",
        None,
        m.ConsolidatedOpenMarketListResponse,
        not_found=_INVENTORY_NOT_FOUND,
        summary="List the Open Market inventory grouped by product and pack (verb and tokens "
        "undocumented: GET and Company assumed).",
        returns="inventory_items",
        doc="""List the Open Market inventory grouped by product and pack (Komet
        ``inventory.consolidated.openmarket.list``; only an old copy of the page exists: GET
        and a Company token are assumed).

        >>> groups = await session.inventory.list_consolidated_open_market()
        """,
    ),
    query_read(
        "future.inventory.openmarket.list",
        "inventory",
        "list_future_open_market",
        m.FutureOpenMarketListRequest,
        m.FutureOpenMarketListResponse,
        not_found=_INVENTORY_NOT_FOUND,
        summary="List future (purchase-order) inventory available between two dates.",
        positional=('date_from', 'date_to',),
        returns="inventory_items",
        doc="""List future (purchase-order) inventory available from ``date_from`` to
        ``date_to`` (Komet ``future.inventory.openmarket.list``; Company token; no maximum
        range is documented).

        >>> items = await session.inventory.list_future_open_market(
        ...     dt.date(2020, 11, 15), dt.date(2020, 11, 20))
        """,
    ),
    json_write(
        "hardgood.inventory.add",
        "inventory",
        "add_hardgood",
        m.HardgoodAddRequest,
        m.HardgoodAddResponse,
        summary="Add a hard-goods line (at most 999 units); returns its id.",
        positional=('product_id',),
        doc="""Add ``quantity`` units (at most 999) of a hard-good vendor product (Komet
        ``hardgood.inventory.add``; Company token). The answer's ``hard_good_inventory_id``
        is the new line.

        >>> added = await session.inventory.add_hardgood(17432, quantity=50,
        ...     unit_cost=Decimal("3"))
        >>> added.hard_good_inventory_id
        """,
    ),
    json_write(
        "hardgood.inventory.update",
        "inventory",
        "update_hardgood",
        m.HardgoodUpdateRequest,
        m.HardgoodUpdateResponse,
        summary="Change a hard-goods product's cost and price.",
        positional=('product_id',),
        doc="""Change a hard-goods product's cost and price (Komet ``hardgood.inventory.update``;
        Company token).

        >>> await session.inventory.update_hardgood(17432, unit_cost=Decimal("3"))
        """,
    ),
    query_read(
        "hardgood/inventory.list",
        "inventory",
        "list_hardgoods",
        m.HardgoodListRequest,
        m.HardgoodListResponse,
        not_found=_INVENTORY_NOT_FOUND,
        envelope_optional=True,  # its documented answer is {"inventoryItems": [...]}, no status
        summary="List hard-goods inventory lines.",
        returns="inventory_items",
        doc="""List hard-goods inventory lines (Komet ``hardgood/inventory.list``; Company token;
        ``location_id`` required for multi-location companies).

        >>> items = await session.inventory.list_hardgoods(sku="BOX-40")
        """,
    ),
    ApiMethod(
        name="ecommerce/inventory.list",
        http_method="GET",
        params_in="query",
        token_in="header",
        retry_safe=True,
        namespace="inventory",
        attr="list_ecommerce",
        request_type=e.EcommerceInventoryListRequest,
        response_type=e.EcommerceInventoryPage,
        token_types=("company", "customer"),
        not_found=_INVENTORY_NOT_FOUND,
        account_headers=True,
        required_headers=("X-ACCOUNT",),
        summary="One page of the inventory a customer sees in the e-commerce store.",
        positional=('customer_id',),
        doc="""One page of the inventory ``customer_id`` sees in the e-commerce store (Komet
        ``ecommerce/inventory.list``; Company or Customer token; needs
        ``KometSession(account_id=...)`` for the ``X-ACCOUNT`` header). Without ``page`` the
        server sends the first 30 rows; without ``available_date`` it searches today to two
        months ahead. The page's ``items`` are plain dicts (their fields are a GAP in the
        docs); ``total`` counts every row. :meth:`iter_ecommerce` walks all pages.

        >>> page = await session.inventory.list_ecommerce(7349, page=1, rows=28)
        >>> page.total, len(page.items)
        """,
    ),
    ApiMethod(
        name="ecommerce/inventory.get",
        http_method="GET",
        params_in="query",
        token_in="header",
        retry_safe=True,
        namespace="inventory",
        attr="get_ecommerce",
        request_type=e.EcommerceInventoryGetRequest,
        response_type=e.EcommerceInventoryDetails,
        token_types=("company", "customer"),
        account_headers=True,
        required_headers=("X-ACCOUNT",),
        summary="Chosen e-commerce lines for a customer on a purchase date (answer is a GAP).",
        positional=('customer_id', 'inventory_line_ids', 'inventory_origin',),
        doc="""Details of chosen e-commerce lines for ``customer_id`` bought on ``date`` (Komet
        ``ecommerce/inventory.get``; Company or Customer token; needs ``account_id`` on the
        session). ``inventory_origin`` is an :class:`InventoryOrigin`; the line ids mean
        inventory lines (Open Market), PO items (Future Sales) or vendor-availability items
        (VA, K2K). GAP: the answer is undocumented; it is kept whole in ``.extra``.

        >>> details = await session.inventory.get_ecommerce(7349, [428720],
        ...     InventoryOrigin.OPEN_MARKET, date=day, available_from=day, available_to=day)
        """,
    ),
    ApiMethod(
        name="ecommerce/inventory-available-dates.list",
        http_method="GET",
        params_in="query",
        token_in="header",
        retry_safe=True,
        namespace="inventory",
        attr="list_ecommerce_available_dates",
        request_type=e.EcommerceAvailableDatesRequest,
        response_type=e.EcommerceAvailableDates,
        token_types=("company", "customer"),
        not_found=("Dates not found.",),
        account_headers=True,
        required_headers=("X-ACCOUNT",),
        summary="Dates on which a customer may buy e-commerce lines.",
        positional=('customer_id', 'inventory_line_ids', 'inventory_origin',),
        doc="""The dates on which ``customer_id`` may buy the lines (Komet
        ``ecommerce/inventory-available-dates.list``; Company or Customer token; needs
        ``account_id`` on the session): ``available_dates``, ``available_date_from``,
        ``available_date_to``.

        >>> dates = await session.inventory.list_ecommerce_available_dates(
        ...     7349, [428720], InventoryOrigin.K2K)
        """,
    ),
)

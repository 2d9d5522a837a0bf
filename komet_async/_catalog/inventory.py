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
    ),
    json_write(
        "inventory.update",
        "inventory",
        "update",
        m.InventoryUpdateRequest,
        m.InventoryUpdateResponse,
        summary="Change an inventory line's cost and prices, or add boxes to it.",
    ),
    json_write(
        "inventory.delete",
        "inventory",
        "delete",
        m.InventoryDeleteRequest,
        m.InventoryDeleteResponse,
        summary="Delete one inventory line (parameters are a GAP: inventoryId assumed).",
    ),
    json_write(
        "inventory.units.add",
        "inventory",
        "add_units",
        m.UnitsAddRequest,
        m.UnitsChangeResponse,
        summary="Add stems or bunches of a product to the units inventory.",
    ),
    json_write(
        "inventory.units.delete",
        "inventory",
        "delete_units",
        m.UnitsDeleteRequest,
        m.UnitsChangeResponse,
        summary="Take stems or bunches of a product out of the units inventory.",
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
    ),
    query_read(
        "inventory.openmarket.list",
        "inventory",
        "list_open_market",
        m.OpenMarketListRequest,
        m.OpenMarketListResponse,
        not_found=_INVENTORY_NOT_FOUND,
        summary="List the Open Market inventory (no costs); customer-specific FOB prices.",
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
    ),
    query_read(
        "future.inventory.openmarket.list",
        "inventory",
        "list_future_open_market",
        m.FutureOpenMarketListRequest,
        m.FutureOpenMarketListResponse,
        not_found=_INVENTORY_NOT_FOUND,
        summary="List future (purchase-order) inventory available between two dates.",
    ),
    json_write(
        "hardgood.inventory.add",
        "inventory",
        "add_hardgood",
        m.HardgoodAddRequest,
        m.HardgoodAddResponse,
        summary="Add a hard-goods line (at most 999 units); returns its id.",
    ),
    json_write(
        "hardgood.inventory.update",
        "inventory",
        "update_hardgood",
        m.HardgoodUpdateRequest,
        m.HardgoodUpdateResponse,
        summary="Change a hard-goods product's cost and price.",
    ),
    query_read(
        "hardgood/inventory.list",
        "inventory",
        "list_hardgoods",
        m.HardgoodListRequest,
        m.HardgoodListResponse,
        not_found=_INVENTORY_NOT_FOUND,
        summary="List hard-goods inventory lines.",
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
        summary="One page of the inventory a customer sees in the e-commerce store.",
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
        summary="Chosen e-commerce lines for a customer on a purchase date (answer is a GAP).",
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
        summary="Dates on which a customer may buy e-commerce lines.",
    ),
)

"""Catalog entries of the box and box-type methods (boxes-products.md)."""

from __future__ import annotations

from typing import Any

from ..models import boxes as m
from ._method import ApiMethod
from ._shapes import json_write, query_read

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    query_read(
        "boxtype.list",
        "boxes",
        "list_types",
        m.BoxTypeListRequest,
        m.BoxTypeListResponse,
        token_types=("company", "vendor"),
        not_found=("Boxtype not found.",),
        summary="List box types (sorted by code).",
    ),
    json_write(
        "box.code.change",
        "boxes",
        "change_codes",
        m.BoxCodeChangeRequest,
        m.BoxCodeChangeResponse,
        token_types=("company", "vendor"),
        summary="Rename box codes in bulk; one result per box.",
    ),
)

# ``statusInventory`` of v2/inventory/box/count: 1 is OK; 0 (invalid token, missing box
# code) is a failure; 2/3/4/11 (box not found, same status, already sold, not in inventory)
# are documented outcomes for the one box sent, returned in the result like the per-box
# statuses of box.code.change -- the caller reads ``.outcome``.
_COUNT_OK = tuple(v for code in (1, 2, 3, 4, 11) for v in (code, str(code)))

METHODS += (
    json_write(
        "box.externalcode.update",
        "boxes",
        "update_external_code",
        m.BoxExternalCodeUpdateRequest,
        m.BoxExternalCodeUpdateResponse,
        summary="Attach external codes to boxes in bulk; one result per box.",
    ),
    json_write(
        "box.position.change",
        "boxes",
        "change_position",
        m.BoxPositionChangeRequest,
        m.BoxPositionChangeResponse,
        summary="Change the rack position of a box; answers its old position.",
    ),
    ApiMethod(
        name="box.move.awb",
        # A GET that moves boxes: never replayed once it may have reached the server.
        http_method="GET",
        params_in="query",
        token_in="query",
        retry_safe=False,
        namespace="boxes",
        attr="move_to_awb",
        request_type=m.BoxMoveAwbRequest,
        response_type=m.BoxMoveAwbResponse,
        summary="Move staging-area boxes to another master AWB; answers the boxes not moved.",
    ),
    json_write(
        "box.warehouse.receive",
        "boxes",
        "receive_at_warehouse",
        m.BoxWarehouseReceiveRequest,
        m.BoxWriteResponse,
        summary="Mark a box as received by the warehouse (optionally at a position).",
    ),
    json_write(
        "box.warehouse.ship",
        "boxes",
        "ship_from_warehouse",
        m.BoxWarehouseShipRequest,
        m.BoxWriteResponse,
        summary="Mark a box as shipped by the warehouse.",
    ),
    json_write(
        "box.invoice.shipment.confirm",
        "boxes",
        "confirm_invoice_shipment",
        m.BoxInvoiceShipmentConfirmRequest,
        m.BoxInvoiceShipmentConfirmResponse,
        summary="Mark boxes of a sales order as shipped; answers how many were updated.",
    ),
    ApiMethod(
        name="v2/inventory/box/count",
        http_method="PATCH",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="boxes",
        attr="update_inventory_count",
        request_type=m.BoxInventoryCountRequest,
        response_type=m.BoxInventoryCountResponse,
        status_key="statusInventory",
        ok_statuses=_COUNT_OK,
        summary="Count a box in the inventory (PATCH v2); answers a statusInventory code.",
    ),
)

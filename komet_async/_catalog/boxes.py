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
        returns="box_types",
        doc="""List box types, sorted by code (Komet ``boxtype.list``; Company or Vendor token).

        >>> [t.code for t in await session.boxes.list_types()]
        ['FB', 'HB']
        """,
    ),
    json_write(
        "box.code.change",
        "boxes",
        "change_codes",
        m.BoxCodeChangeRequest,
        m.BoxCodeChangeResponse,
        token_types=("company", "vendor"),
        summary="Rename box codes in bulk; one result per box.",
        positional=('changes',),
        hand_written=True,
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
        positional=('codes',),
        hand_written=True,
    ),
    json_write(
        "box.position.change",
        "boxes",
        "change_position",
        m.BoxPositionChangeRequest,
        m.BoxPositionChangeResponse,
        summary="Change the rack position of a box; answers its old position.",
        doc="""Change the rack position of a box (Komet ``box.position.change``; Company
        token); answers the box's old position.

        >>> (await session.boxes.change_position(box_code="KS5704495", position="A1"))
        ...     .box_old_position
        'AC2'
        """,
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
        hand_written=True,
    ),
    json_write(
        "box.warehouse.receive",
        "boxes",
        "receive_at_warehouse",
        m.BoxWarehouseReceiveRequest,
        m.BoxWriteResponse,
        summary="Mark a box as received by the warehouse (optionally at a position).",
        doc="""Mark a box as received by the warehouse, optionally at a rack ``position``
        (Komet ``box.warehouse.receive``; Company token; ``company_location_id`` for
        multi-location companies).

        >>> await session.boxes.receive_at_warehouse(box_code="KS5704495", position="A1")
        """,
    ),
    json_write(
        "box.warehouse.ship",
        "boxes",
        "ship_from_warehouse",
        m.BoxWarehouseShipRequest,
        m.BoxWriteResponse,
        summary="Mark a box as shipped by the warehouse.",
        doc="""Mark a box as shipped by the warehouse (Komet ``box.warehouse.ship``; Company
        token; ``company_location_id`` for multi-location companies).

        >>> await session.boxes.ship_from_warehouse(box_code="KS5704495")
        """,
    ),
    json_write(
        "box.invoice.shipment.confirm",
        "boxes",
        "confirm_invoice_shipment",
        m.BoxInvoiceShipmentConfirmRequest,
        m.BoxInvoiceShipmentConfirmResponse,
        summary="Mark boxes of a sales order as shipped; answers how many were updated.",
        doc="""Mark some boxes of a sales order (``order_number`` from
        ``invoice.details.list``) as shipped (Komet ``box.invoice.shipment.confirm``;
        Company token). The codes, joined with commas, must fit in 200 characters. Answers
        ``updated_boxes``.

        >>> confirmed = await session.boxes.confirm_invoice_shipment(
        ...     order_number=212199, box_codes=["KS5704495", "KS5704496"])
        >>> confirmed.updated_boxes
        """,
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
        doc="""Count one box in the inventory (Komet ``PATCH v2/inventory/box/count``; Company
        token, sent in a header).

        Komet answers a ``statusInventory`` code. 0 (invalid token or missing box code) is
        raised as an error; every other documented code is the box's outcome, returned for
        the caller to read: ``result.ok`` (1), else ``result.outcome`` is one of
        ``InventoryCountStatus.BOX_NOT_FOUND`` (2), ``SAME_STATUS`` (3, with
        ``box_already_scanned_position``), ``ALREADY_SOLD`` (4), ``NOT_IN_INVENTORY`` (11).

        >>> counted = await session.boxes.update_inventory_count(
        ...     box_code="1324568", box_position="A000")
        >>> counted.ok, counted.outcome
        """,
    ),
)

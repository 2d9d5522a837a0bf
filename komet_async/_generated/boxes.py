"""``session.boxes``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.boxes import (
    BoxInventoryCountRequest,
    BoxInventoryCountResponse,
    BoxInvoiceShipmentConfirmRequest,
    BoxInvoiceShipmentConfirmResponse,
    BoxPositionChangeRequest,
    BoxPositionChangeResponse,
    BoxType,
    BoxTypeListRequest,
    BoxTypeListResponse,
    BoxWarehouseReceiveRequest,
    BoxWarehouseShipRequest,
    BoxWriteResponse,
)
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_CONFIRM_INVOICE_SHIPMENT = CATALOG["box.invoice.shipment.confirm"]
_CHANGE_POSITION = CATALOG["box.position.change"]
_RECEIVE_AT_WAREHOUSE = CATALOG["box.warehouse.receive"]
_SHIP_FROM_WAREHOUSE = CATALOG["box.warehouse.ship"]
_LIST_TYPES = CATALOG["boxtype.list"]
_UPDATE_INVENTORY_COUNT = CATALOG["v2/inventory/box/count"]


class BoxesMethods(Resource):
    """The one-call methods of ``session.boxes``, one per catalog entry."""

    __slots__ = ()

    async def confirm_invoice_shipment(
        self,
        *,
        order_number: int,
        box_codes: Iterable[str],
        **options: Unpack[CallOptions],
    ) -> BoxInvoiceShipmentConfirmResponse:
        """Mark some boxes of a sales order (``order_number`` from
        ``invoice.details.list``) as shipped (Komet ``box.invoice.shipment.confirm``;
        Company token). The codes, joined with commas, must fit in 200 characters. Answers
        ``updated_boxes``.

        >>> confirmed = await session.boxes.confirm_invoice_shipment(
        ...     order_number=212199, box_codes=["KS5704495", "KS5704496"])
        >>> confirmed.updated_boxes
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CONFIRM_INVOICE_SHIPMENT, options)
        request = BoxInvoiceShipmentConfirmRequest(
            order_number=order_number,
            box_codes=list(box_codes),
        )
        return await self._send(
            _CONFIRM_INVOICE_SHIPMENT, request, options, BoxInvoiceShipmentConfirmResponse
        )

    async def change_position(
        self,
        *,
        box_code: str,
        position: str | None = None,
        **options: Unpack[CallOptions],
    ) -> BoxPositionChangeResponse:
        """Change the rack position of a box (Komet ``box.position.change``; Company
        token); answers the box's old position.

        >>> (await session.boxes.change_position(box_code="KS5704495", position="A1"))
        ...     .box_old_position
        'AC2'
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CHANGE_POSITION, options)
        request = BoxPositionChangeRequest(
            box_code=box_code,
            position=position,
        )
        return await self._send(_CHANGE_POSITION, request, options, BoxPositionChangeResponse)

    async def receive_at_warehouse(
        self,
        *,
        box_code: str,
        position: str | None = None,
        company_location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BoxWriteResponse:
        """Mark a box as received by the warehouse, optionally at a rack ``position``
        (Komet ``box.warehouse.receive``; Company token; ``company_location_id`` for
        multi-location companies).

        >>> await session.boxes.receive_at_warehouse(box_code="KS5704495", position="A1")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_RECEIVE_AT_WAREHOUSE, options)
        request = BoxWarehouseReceiveRequest(
            box_code=box_code,
            position=position,
            company_location_id=company_location_id,
        )
        return await self._send(_RECEIVE_AT_WAREHOUSE, request, options, BoxWriteResponse)

    async def ship_from_warehouse(
        self,
        *,
        box_code: str,
        company_location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BoxWriteResponse:
        """Mark a box as shipped by the warehouse (Komet ``box.warehouse.ship``; Company
        token; ``company_location_id`` for multi-location companies).

        >>> await session.boxes.ship_from_warehouse(box_code="KS5704495")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_SHIP_FROM_WAREHOUSE, options)
        request = BoxWarehouseShipRequest(
            box_code=box_code,
            company_location_id=company_location_id,
        )
        return await self._send(_SHIP_FROM_WAREHOUSE, request, options, BoxWriteResponse)

    async def list_types(
        self,
        *,
        id: int | None = None,
        code: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[BoxType]:
        """List box types, sorted by code (Komet ``boxtype.list``; Company or Vendor token).

        >>> [t.code for t in await session.boxes.list_types()]
        ['FB', 'HB']
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_TYPES, options)
        request = BoxTypeListRequest(
            id=id,
            code=code,
        )
        answer = await self._send(_LIST_TYPES, request, options, BoxTypeListResponse)
        return KometList(answer.box_types, answer.response, answer.extra)

    async def update_inventory_count(
        self,
        *,
        box_code: str,
        box_position: str | None = None,
        company_location_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> BoxInventoryCountResponse:
        """Count one box in the inventory (Komet ``PATCH v2/inventory/box/count``; Company
        token, sent in a header).

        Komet answers a ``statusInventory`` code. 0 (invalid token or missing box code) is
        raised as an error; every other documented code is the box's outcome, returned for
        the caller to read: ``result.ok`` (1), else ``result.outcome`` is one of
        ``InventoryCountStatus.BOX_NOT_FOUND`` (2), ``SAME_STATUS`` (3, with
        ``box_already_scanned_position``), ``ALREADY_SOLD`` (4), ``NOT_IN_INVENTORY`` (11).

        >>> counted = await session.boxes.update_inventory_count(
        ...     box_code="1324568", box_position="A000")
        >>> counted.ok, counted.outcome
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_INVENTORY_COUNT, options)
        request = BoxInventoryCountRequest(
            box_code=box_code,
            box_position=box_position,
            company_location_id=company_location_id,
        )
        return await self._send(
            _UPDATE_INVENTORY_COUNT, request, options, BoxInventoryCountResponse
        )

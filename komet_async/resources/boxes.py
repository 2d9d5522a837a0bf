"""``session.boxes``: box types and box operations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models._base import KometList
from ..models.boxes import (
    BoxCodeChange,
    BoxCodeChangeRequest,
    BoxCodeChangeResponse,
    BoxCodeResult,
    BoxExternalCode,
    BoxExternalCodeUpdateRequest,
    BoxExternalCodeUpdateResponse,
    BoxInventoryCountRequest,
    BoxInventoryCountResponse,
    BoxInvoiceShipmentConfirmRequest,
    BoxInvoiceShipmentConfirmResponse,
    BoxMoveAwbRequest,
    BoxMoveAwbResponse,
    BoxPositionChangeRequest,
    BoxPositionChangeResponse,
    BoxResult,
    BoxType,
    BoxTypeListRequest,
    BoxTypeListResponse,
    BoxWarehouseReceiveRequest,
    BoxWarehouseShipRequest,
    BoxWriteResponse,
)
from ._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._dispatch import CallOptions


class BoxesResource(Resource):
    __slots__ = ()
    namespace = "boxes"

    async def list_types(
        self, *, id: int | None = None, code: str | None = None, **options: Unpack[CallOptions]
    ) -> KometList[BoxType]:
        """List box types, sorted by code (Komet ``boxtype.list``; Company or Vendor token).

        >>> [t.code for t in await session.boxes.list_types()]
        ['FB', 'HB']
        """
        request = BoxTypeListRequest(id=id, code=code)
        answer = await self._call("boxtype.list", request, options, BoxTypeListResponse)
        return KometList(answer.box_types, answer.response)

    async def change_codes(
        self, changes: Iterable[BoxCodeChange], **options: Unpack[CallOptions]
    ) -> KometList[BoxCodeResult]:
        """Rename boxes (Komet ``box.code.change``; Company or Vendor token -- a Vendor
        token may rename only its own boxes). A partial success is normal: check each
        result's ``ok``; the envelope's status stays 1 when some boxes failed.

        Any number of boxes: they are packed, in order, into the fewest requests that fit
        the 64 KB limit, and the per-box results come back in input order (``.response`` is
        the last request's). If a request fails, :class:`BulkError` says per box what was
        done, failed, is unknown or was not attempted.

        >>> results = await session.boxes.change_codes(
        ...     [BoxCodeChange(current_box_code="KS001001", new_box_code="PT991001")])
        >>> [r.new_box_code for r in results if not r.ok]
        """
        return await self._call_packed(
            "box.code.change",
            list(changes),
            lambda batch: BoxCodeChangeRequest(boxes=batch),
            "changes",
            options,
            BoxCodeChangeResponse,
            lambda answer: answer.boxes,
        )

    async def update_external_code(
        self, codes: Iterable[BoxExternalCode], **options: Unpack[CallOptions]
    ) -> KometList[BoxResult]:
        """Attach external codes to boxes (Komet ``box.externalcode.update``; Company
        token). One result per box, keyed by ``box_code``: check each result's ``ok``; the
        envelope's status stays 1 when some boxes failed. Packed into as few requests as
        the 64 KB limit allows, like :meth:`change_codes`.

        >>> results = await session.boxes.update_external_code(
        ...     [BoxExternalCode(box_code="KS001001", external_code="PT991001")])
        >>> [r.box_code for r in results if not r.ok]
        """
        return await self._call_packed(
            "box.externalcode.update",
            list(codes),
            lambda batch: BoxExternalCodeUpdateRequest(boxes=batch),
            "codes",
            options,
            BoxExternalCodeUpdateResponse,
            lambda answer: answer.boxes,
        )

    async def change_position(
        self, *, box_code: str, position: str | None = None, **options: Unpack[CallOptions]
    ) -> BoxPositionChangeResponse:
        """Change the rack position of a box (Komet ``box.position.change``; Company
        token); answers the box's old position.

        >>> (await session.boxes.change_position(box_code="KS5704495", position="A1"))
        ...     .box_old_position
        'AC2'
        """
        request = BoxPositionChangeRequest(box_code=box_code, position=position)
        return await self._call("box.position.change", request, options, BoxPositionChangeResponse)

    async def move_to_awb(
        self,
        *,
        awb: str,
        ship_date: dt.date,
        box_codes: Iterable[str],
        company_location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BoxMoveAwbResponse:
        """Move staging-area boxes to another master AWB (Komet ``box.move.awb``; Company
        token). Komet then recalculates freight, handling and duties and updates the landed
        cost; ``ship_date`` replaces the AWB's ship date. Answers ``failed_boxes``, the codes
        not moved. Though sent as a GET it changes data, so it is never retried once it may
        have reached the server. Many codes are split, in order, into as many requests as
        the URL length and 64 KB limits need; ``failed_boxes`` merges their answers.

        >>> moved = await session.boxes.move_to_awb(
        ...     awb="0981-0621-999", ship_date=dt.date(2020, 6, 21),
        ...     box_codes=["KS244894880", "KS244894881"])
        >>> moved.failed_boxes
        """
        codes = list(box_codes)
        failed = await self._call_packed(
            "box.move.awb",
            codes,
            lambda batch: BoxMoveAwbRequest(
                awb=awb,
                ship_date=ship_date,
                box_codes=batch,
                company_location_id=company_location_id,
            ),
            "box_codes",
            options,
            BoxMoveAwbResponse,
            lambda answer: answer.failed_boxes,
        )
        info = failed.response
        return BoxMoveAwbResponse(
            status=1,
            message=info.message if info is not None else None,
            failed_boxes=list(failed),
            response=info,
        )

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
        request = BoxWarehouseReceiveRequest(
            box_code=box_code, position=position, company_location_id=company_location_id
        )
        return await self._call("box.warehouse.receive", request, options, BoxWriteResponse)

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
        request = BoxWarehouseShipRequest(
            box_code=box_code, company_location_id=company_location_id
        )
        return await self._call("box.warehouse.ship", request, options, BoxWriteResponse)

    async def confirm_invoice_shipment(
        self, *, order_number: int, box_codes: Iterable[str], **options: Unpack[CallOptions]
    ) -> BoxInvoiceShipmentConfirmResponse:
        """Mark some boxes of a sales order (``order_number`` from
        ``invoice.details.list``) as shipped (Komet ``box.invoice.shipment.confirm``;
        Company token). The codes, joined with commas, must fit in 200 characters. Answers
        ``updated_boxes``.

        >>> confirmed = await session.boxes.confirm_invoice_shipment(
        ...     order_number=212199, box_codes=["KS5704495", "KS5704496"])
        >>> confirmed.updated_boxes
        """
        request = BoxInvoiceShipmentConfirmRequest(
            order_number=order_number, box_codes=list(box_codes)
        )
        return await self._call(
            "box.invoice.shipment.confirm", request, options, BoxInvoiceShipmentConfirmResponse
        )

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
        request = BoxInventoryCountRequest(
            box_code=box_code, box_position=box_position, company_location_id=company_location_id
        )
        return await self._call(
            "v2/inventory/box/count", request, options, BoxInventoryCountResponse
        )

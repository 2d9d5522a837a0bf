"""``session.boxes``: box types and box operations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from .._generated.boxes import BoxesMethods
from .._generated.declared import BOXES_CHANGE_CODES, BOXES_MOVE_TO_AWB, BOXES_UPDATE_EXTERNAL_CODE
from ..models._base import KometList
from ..models.boxes import (
    BoxCodeChange,
    BoxCodeChangeRequest,
    BoxCodeChangeResponse,
    BoxCodeResult,
    BoxExternalCode,
    BoxExternalCodeUpdateRequest,
    BoxExternalCodeUpdateResponse,
    BoxMoveAwbRequest,
    BoxMoveAwbResponse,
    BoxResult,
)
from ._base import items_of

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


class BoxesResource(BoxesMethods):
    __slots__ = ()
    namespace = "boxes"

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
            BOXES_CHANGE_CODES,
            items_of(changes, "changes"),
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
            BOXES_UPDATE_EXTERNAL_CODE,
            items_of(codes, "codes"),
            lambda batch: BoxExternalCodeUpdateRequest(boxes=batch),
            "codes",
            options,
            BoxExternalCodeUpdateResponse,
            lambda answer: answer.boxes,
        )

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
        codes = items_of(box_codes, "box_codes")
        answers = await self._call_packed(
            BOXES_MOVE_TO_AWB,
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
            lambda answer: [answer],
        )
        if len(answers) == 1:
            return answers[0]  # what the server said, as it said it
        # Split across requests: the last answer, with every request's failed boxes (in
        # order) and every answer's undocumented fields (a later one's value wins).
        return attrs.evolve(
            answers[-1],
            failed_boxes=[code for answer in answers for code in answer.failed_boxes],
            extra=answers.extra,
        )

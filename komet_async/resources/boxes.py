"""``session.boxes``: box types and box operations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models._base import KometList
from ..models.boxes import (
    BoxCodeChange,
    BoxCodeChangeRequest,
    BoxCodeChangeResponse,
    BoxCodeResult,
    BoxType,
    BoxTypeListRequest,
    BoxTypeListResponse,
)
from ._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._dispatch import CallOptions


class BoxesResource(Resource):
    __slots__ = ()

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

        >>> results = await session.boxes.change_codes(
        ...     [BoxCodeChange(current_box_code="KS001001", new_box_code="PT991001")])
        >>> [r.new_box_code for r in results if not r.ok]
        """
        request = BoxCodeChangeRequest(boxes=list(changes))
        answer = await self._call("box.code.change", request, options, BoxCodeChangeResponse)
        return KometList(answer.boxes, answer.response)

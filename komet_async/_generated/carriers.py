"""``session.carriers``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.lookups import Carrier, CarrierListRequest, CarrierListResponse
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST = CATALOG["carrier.list"]


class CarriersMethods(Resource):
    """The one-call methods of ``session.carriers``, one per catalog entry."""

    __slots__ = ()

    async def list(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        code: str | None = None,
        active: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Carrier]:
        """List carriers (airlines, trucks) with address and Komet Network Codes (Komet
        ``carrier.list``; Company or Vendor token). The documented answer has no envelope;
        ``.response.message`` is then ``None``.

        >>> carriers = await session.carriers.list(active=True)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = CarrierListRequest(
            id=id,
            name=name,
            code=code,
            active=active,
        )
        answer = await self._send(_LIST, request, options, CarrierListResponse)
        return KometList(answer.carriers, answer.response)

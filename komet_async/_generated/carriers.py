"""``session.carriers``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.lookups import Carrier, CarrierListRequest, CarrierListResponse
from ..models.setup import CarrierAddRequest, CarrierSaveResponse, CarrierUpdateRequest
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_ADD = CATALOG["carrier.add"]
_LIST = CATALOG["carrier.list"]
_UPDATE = CATALOG["carrier.update"]


class CarriersMethods(Resource):
    """The one-call methods of ``session.carriers``, one per catalog entry."""

    __slots__ = ()

    async def add(
        self,
        name: str,
        *,
        code: str,
        capacity: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CarrierSaveResponse:
        """Create a carrier (Komet ``carrier.add``; Company token; never replayed); the
        answer's ``carrier_id`` is the new carrier, which ``carriers.list`` then lists.
        ``capacity`` is in cubes.

        >>> added = await session.carriers.add("Armellini", code="AR", capacity=200)
        >>> added.carrier_id
        234234
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD, options)
        request = CarrierAddRequest(
            name=name,
            code=code,
            capacity=capacity,
        )
        return await self._send(_ADD, request, options, CarrierSaveResponse)

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

    async def update(
        self,
        carrier_id: int,
        *,
        name: str,
        code: str,
        active: bool | None = None,
        capacity: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CarrierSaveResponse:
        """Update a carrier (Komet ``carrier.update``; Company token; never replayed).
        Komet requires ``name`` and ``code`` even on an update; ``active=False`` deactivates
        it.

        >>> await session.carriers.update(234234, name="Armellini", code="AR", capacity=200)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE, options)
        request = CarrierUpdateRequest(
            carrier_id=carrier_id,
            name=name,
            code=code,
            active=active,
            capacity=capacity,
        )
        return await self._send(_UPDATE, request, options, CarrierSaveResponse)

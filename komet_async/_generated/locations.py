"""``session.locations``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.lookups import Location, LocationListRequest, LocationListResponse
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST = CATALOG["location.list"]


class LocationsMethods(Resource):
    """The one-call methods of ``session.locations``, one per catalog entry."""

    __slots__ = ()

    async def list(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        code: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Location]:
        """List the company's locations, ordered by name (Komet ``location.list``; Company
        token). Multi-location companies pass these ids to ``location_id`` filters.

        >>> [loc.code for loc in await session.locations.list()]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = LocationListRequest(
            id=id,
            name=name,
            code=code,
        )
        answer = await self._send(_LIST, request, options, LocationListResponse)
        return KometList(answer.locations, answer.response, answer.extra)

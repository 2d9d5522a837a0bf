"""``session.awbs``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.lookups import (
    Awb,
    AwbDetails,
    AwbDetailsListResponse,
    AwbHouse,
    AwbListRequest,
    AwbListResponse,
    FutureAwb,
    FutureAwbListRequest,
    FutureAwbListResponse,
    FutureAwbSaveRequest,
    FutureAwbSaveResponse,
)
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST_DETAILS = CATALOG["awb.details.list"]
_LIST_FUTURE = CATALOG["awb.future.list"]
_SAVE_FUTURE = CATALOG["awb.future.save"]
_LIST = CATALOG["awb.list"]


class AwbsMethods(Resource):
    """The one-call methods of ``session.awbs``, one per catalog entry."""

    __slots__ = ()

    async def list_details(
        self,
        *,
        awb: str | None = None,
        ship_date: dt.date | None = None,
        origin_code: str | None = None,
        location_code: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[AwbDetails]:
        """List AWBs with each of their boxes (Komet ``awb.details.list``; Company token).
        Give ``awb`` (last 4 digits) or ``ship_date``.

        >>> awbs = await session.awbs.list_details(awb="0983")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_DETAILS, options)
        request = AwbListRequest(
            awb=awb,
            ship_date=ship_date,
            origin_code=origin_code,
            location_code=location_code,
        )
        answer = await self._send(_LIST_DETAILS, request, options, AwbDetailsListResponse)
        return KometList(answer.awbs, answer.response, answer.extra)

    async def list_future(
        self,
        *,
        awb: str | None = None,
        ship_date: dt.date | None = None,
        origin_code: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[FutureAwb]:
        """List AWBs loaded ahead of shipping, with their house numbers (Komet
        ``awb.future.list``; Company token). Give ``awb`` (last 4 digits) or ``ship_date``.

        >>> awbs = await session.awbs.list_future(ship_date=dt.date(2017, 11, 15))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_FUTURE, options)
        request = FutureAwbListRequest(
            awb=awb,
            ship_date=ship_date,
            origin_code=origin_code,
        )
        answer = await self._send(_LIST_FUTURE, request, options, FutureAwbListResponse)
        return KometList(answer.awbs, answer.response, answer.extra)

    async def save_future(
        self,
        awb: str,
        *,
        origin_code: str,
        ship_date: dt.date,
        houses: Iterable[AwbHouse],
        instructions: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FutureAwbSaveResponse:
        """Create or update a future AWB and its house numbers (Komet ``awb.future.save``;
        Company token; never replayed). For an AWB that exists only ``instructions`` are
        added; an existing house gets its vendor, location and instructions updated.

        >>> await session.awbs.save_future("234-2367-0983", origin_code="UIO",
        ...     ship_date=dt.date(2017, 11, 15),
        ...     houses=[AwbHouse(house="CM-93242111", vendor_code="ABC")])
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_SAVE_FUTURE, options)
        request = FutureAwbSaveRequest(
            awb=awb,
            origin_code=origin_code,
            ship_date=ship_date,
            houses=list(houses),
            instructions=instructions,
        )
        return await self._send(_SAVE_FUTURE, request, options, FutureAwbSaveResponse)

    async def list(
        self,
        *,
        awb: str | None = None,
        ship_date: dt.date | None = None,
        origin_code: str | None = None,
        location_code: str | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Awb]:
        """List AWBs with box counts and box codes (Komet ``awb.list``; Company token).
        Give ``awb`` (its last 4 digits, as text) or ``ship_date``.

        >>> awbs = await session.awbs.list(ship_date=dt.date(2016, 2, 15))
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = AwbListRequest(
            awb=awb,
            ship_date=ship_date,
            origin_code=origin_code,
            location_code=location_code,
        )
        answer = await self._send(_LIST, request, options, AwbListResponse)
        return KometList(answer.awbs, answer.response, answer.extra)

"""Lookup namespaces: ``customers``, ``locations``, ``carriers``, ``vendors``, ``awbs``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models._base import KometList
from ..models.lookups import (
    Awb,
    AwbDetails,
    AwbDetailsListResponse,
    AwbHouse,
    AwbListRequest,
    AwbListResponse,
    Carrier,
    CarrierListRequest,
    CarrierListResponse,
    Customer,
    CustomerListRequest,
    CustomerListResponse,
    FutureAwb,
    FutureAwbListRequest,
    FutureAwbListResponse,
    FutureAwbSaveRequest,
    FutureAwbSaveResponse,
    Location,
    LocationListRequest,
    LocationListResponse,
    Vendor,
    VendorAddRequest,
    VendorAddResponse,
    VendorListRequest,
    VendorListResponse,
)
from ._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._dispatch import CallOptions


class CustomersResource(Resource):
    __slots__ = ()
    namespace = "customers"

    async def list(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        code: str | None = None,
        sales_person_id: int | None = None,
        include_inactive: bool | None = None,
        location_id: int | None = None,
        update_as_of: dt.date | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Customer]:
        """List customers (Komet ``customer.list``; Company or Vendor token). ``id`` and
        ``code`` match exactly, ``name`` with LIKE; ``update_as_of`` keeps those updated on
        or after that day; deactivated customers only with ``include_inactive=True``.

        >>> customers = await session.customers.list(name="wholesale")
        """
        request = CustomerListRequest(
            id=id,
            name=name,
            code=code,
            sales_person_id=sales_person_id,
            include_inactive=include_inactive,
            location_id=location_id,
            update_as_of=update_as_of,
        )
        answer = await self._call("customer.list", request, options, CustomerListResponse)
        return KometList(answer.customers, answer.response)


class LocationsResource(Resource):
    __slots__ = ()
    namespace = "locations"

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
        request = LocationListRequest(id=id, name=name, code=code)
        answer = await self._call("location.list", request, options, LocationListResponse)
        return KometList(answer.locations, answer.response)


class CarriersResource(Resource):
    __slots__ = ()
    namespace = "carriers"

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
        request = CarrierListRequest(id=id, name=name, code=code, active=active)
        answer = await self._call("carrier.list", request, options, CarrierListResponse)
        return KometList(answer.carriers, answer.response)


class VendorsResource(Resource):
    __slots__ = ()
    namespace = "vendors"

    async def list(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        code: str | None = None,
        port_origin: str | None = None,
        include_inactive: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Vendor]:
        """List vendors (growers) (Komet ``vendor.list``; Company token). ``id``/``code``
        exact, ``name`` LIKE; ``port_origin`` like ``"BOG"``.

        >>> vendors = await session.vendors.list(port_origin="BOG")
        """
        request = VendorListRequest(
            id=id, name=name, code=code, port_origin=port_origin, include_inactive=include_inactive
        )
        answer = await self._call("vendor.list", request, options, VendorListResponse)
        return KometList(answer.vendors, answer.response)

    async def add(
        self,
        name: str,
        *,
        port_origin: str,
        vendor_type: int,
        code: str | None = None,
        phone1: str | None = None,
        phone2: str | None = None,
        phone3: str | None = None,
        fax: str | None = None,
        web_page: str | None = None,
        email_for_pos: str | None = None,
        contact_name: str | None = None,
        notes: str | None = None,
        street: str | None = None,
        city: str | None = None,
        state: str | None = None,
        zipcode: str | None = None,
        country: str | None = None,
        **options: Unpack[CallOptions],
    ) -> VendorAddResponse:
        """Create a vendor (Komet ``vendor.add``; Company token; never replayed); the
        answer's ``vendor_id`` is the new vendor. ``vendor_type`` is a :class:`VendorType`;
        ``email_for_pos`` a ``;``-separated list of addresses.

        >>> added = await session.vendors.add("Flores ABC", port_origin="BOG",
        ...     vendor_type=VendorType.FRESH_CUT, code="ABC")
        >>> added.vendor_id
        """
        request = VendorAddRequest(
            name=name,
            port_origin=port_origin,
            vendor_type=vendor_type,
            code=code,
            phone1=phone1,
            phone2=phone2,
            phone3=phone3,
            fax=fax,
            web_page=web_page,
            email_for_pos=email_for_pos,
            contact_name=contact_name,
            notes=notes,
            street=street,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
        )
        return await self._call("vendor.add", request, options, VendorAddResponse)


class AwbsResource(Resource):
    __slots__ = ()
    namespace = "awbs"

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
        request = AwbListRequest(
            awb=awb, ship_date=ship_date, origin_code=origin_code, location_code=location_code
        )
        answer = await self._call("awb.list", request, options, AwbListResponse)
        return KometList(answer.awbs, answer.response)

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
        request = AwbListRequest(
            awb=awb, ship_date=ship_date, origin_code=origin_code, location_code=location_code
        )
        answer = await self._call("awb.details.list", request, options, AwbDetailsListResponse)
        return KometList(answer.awbs, answer.response)

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
        request = FutureAwbListRequest(awb=awb, ship_date=ship_date, origin_code=origin_code)
        answer = await self._call("awb.future.list", request, options, FutureAwbListResponse)
        return KometList(answer.awbs, answer.response)

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
        request = FutureAwbSaveRequest(
            awb=awb,
            origin_code=origin_code,
            ship_date=ship_date,
            houses=[*houses],
            instructions=instructions,
        )
        return await self._call("awb.future.save", request, options, FutureAwbSaveResponse)

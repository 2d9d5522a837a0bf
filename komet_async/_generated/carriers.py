"""``session.carriers``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.ecommerce import (
    CarriersByShipDate,
    CarriersByShipDateRequest,
    CustomerCarriers,
    CustomerCarriersRequest,
)
from ..models.lookups import Carrier, CarrierListRequest, CarrierListResponse
from ..models.setup import CarrierAddRequest, CarrierSaveResponse, CarrierUpdateRequest
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_ADD = CATALOG["carrier.add"]
_LIST = CATALOG["carrier.list"]
_UPDATE = CATALOG["carrier.update"]
_LIST_BY_CUSTOMER_SHIP_DATE = CATALOG["carriers.by.customer.ship.date.list"]
_LIST_FOR_CUSTOMER = CATALOG["ecommerce/customer-carriers.list"]


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
        return KometList(answer.carriers, answer.response, answer.extra)

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

    async def list_by_customer_ship_date(
        self,
        customer_id: int,
        *,
        company_location_id: int | None = None,
        inventory_origin: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CarriersByShipDate:
        """DEPRECATED by Komet ("This method is deprecated and it will not be longer
        supported", its learn.kometsales.com copy); calling it emits a
        :class:`DeprecationWarning`. Use :meth:`list_for_customer` instead.

        The ship (or arrival) dates ``customer_id`` may order for, with default and available
        carriers (Komet ``carriers.by.customer.ship.date.list``; Customer token).
        ``company_location_id`` only applies to multi-location companies;
        ``inventory_origin`` is 1, 2 or 3 (:class:`InventoryOrigin`). ``deliver_dates`` are
        read from the sample's ``MM/DD/YYYY``. Partly documented: ``defaultCarriersByDate``
        is cut off (GAP) and kept in ``.extra`` as sent.

        >>> dates = await session.carriers.list_by_customer_ship_date(
        ...     6236, inventory_origin=InventoryOrigin.FUTURE_SALES)
        >>> dates.deliver_dates, dates.carrier_date
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_BY_CUSTOMER_SHIP_DATE, options)
        warnings.warn(_LIST_BY_CUSTOMER_SHIP_DATE.deprecated, DeprecationWarning, stacklevel=2)
        request = CarriersByShipDateRequest(
            customer_id=customer_id,
            company_location_id=company_location_id,
            inventory_origin=inventory_origin,
        )
        return await self._send(_LIST_BY_CUSTOMER_SHIP_DATE, request, options, CarriersByShipDate)

    async def list_for_customer(
        self,
        customer_id: int,
        *,
        date: dt.date,
        available_from: dt.date,
        available_to: dt.date,
        company_location_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> CustomerCarriers:
        """The e-commerce carriers ``customer_id`` may use for a purchase on ``date`` of
        lines available ``available_from``..``available_to`` (the dates of
        ``inventory.list_ecommerce``) (Komet ``ecommerce/customer-carriers.list``; Company or
        Customer token, sent in a header; needs ``KometSession(account_id=...)`` for the
        ``X-ACCOUNT`` header, ``sales_channel=`` for the optional ``X-SALES-CHANNEL``).
        Answers the suggested ``carrier_id`` / ``carrier_name`` and its
        ``carrier_cube_rate`` (a ``Decimal``). Partly documented: the page is cut off inside
        ``carriers`` (GAP), whose items come as sent; no sample answer survives.

        >>> offer = await session.carriers.list_for_customer(7349, date=day,
        ...     available_from=day, available_to=day + dt.timedelta(days=7))
        >>> offer.carrier_name, offer.carrier_cube_rate, offer.carriers
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_FOR_CUSTOMER, options)
        request = CustomerCarriersRequest(
            customer_id=customer_id,
            date=date,
            available_from=available_from,
            available_to=available_to,
            company_location_id=company_location_id,
        )
        return await self._send(_LIST_FOR_CUSTOMER, request, options, CustomerCarriers)

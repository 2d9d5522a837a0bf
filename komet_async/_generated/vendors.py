"""``session.vendors``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.lookups import (
    Vendor,
    VendorAddRequest,
    VendorAddResponse,
    VendorListRequest,
    VendorListResponse,
)
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_ADD = CATALOG["vendor.add"]
_LIST = CATALOG["vendor.list"]


class VendorsMethods(Resource):
    """The one-call methods of ``session.vendors``, one per catalog entry."""

    __slots__ = ()

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
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD, options)
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
        return await self._send(_ADD, request, options, VendorAddResponse)

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
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = VendorListRequest(
            id=id,
            name=name,
            code=code,
            port_origin=port_origin,
            include_inactive=include_inactive,
        )
        answer = await self._send(_LIST, request, options, VendorListResponse)
        return KometList(answer.vendors, answer.response)

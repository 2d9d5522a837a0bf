"""``session.customers``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.ecommerce import EcommerceSettings, EcommerceSettingsRequest
from ..models.lookups import Customer, CustomerListRequest, CustomerListResponse
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST = CATALOG["customer.list"]
_GET_ECOMMERCE_SETTINGS = CATALOG["ecommerce-lite/settings"]


class CustomersMethods(Resource):
    """The one-call methods of ``session.customers``, one per catalog entry."""

    __slots__ = ()

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
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = CustomerListRequest(
            id=id,
            name=name,
            code=code,
            sales_person_id=sales_person_id,
            include_inactive=include_inactive,
            location_id=location_id,
            update_as_of=update_as_of,
        )
        answer = await self._send(_LIST, request, options, CustomerListResponse)
        return KometList(answer.customers, answer.response)

    async def get_ecommerce_settings(
        self,
        customer_id: int,
        **options: Unpack[CallOptions],
    ) -> EcommerceSettings:
        """The e-commerce settings of ``customer_id`` and of the calling user (Komet
        ``ecommerce-lite/settings``; Customer token, sent in a header; needs
        ``KometSession(account_id=...)`` for the ``X-ACCOUNT`` header). ``user_info`` holds
        the documented flags (multi-location, arrival date shown, tax charged, multi-company,
        e-commerce lite, admin sales, how vendors are shown, mobile app access) and names.

        >>> settings = await session.customers.get_ecommerce_settings(197959)
        >>> settings.user_info[0].charge_tax
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_GET_ECOMMERCE_SETTINGS, options)
        request = EcommerceSettingsRequest(
            customer_id=customer_id,
        )
        return await self._send(_GET_ECOMMERCE_SETTINGS, request, options, EcommerceSettings)

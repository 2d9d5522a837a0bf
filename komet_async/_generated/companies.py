"""``session.companies``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.companies import (
    Company,
    CompanyListResponse,
    CompanyLocation,
    CompanyLocationListRequest,
    CompanyLocationListResponse,
    EcommerceUserAddRequest,
    EcommerceUserAddResponse,
)
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST = CATALOG["company.list"]
_LIST_LOCATIONS = CATALOG["company.location.list"]
_ADD_ECOMMERCE_USER = CATALOG["v2/user/e-commerce"]


class CompaniesMethods(Resource):
    """The one-call methods of ``session.companies``, one per catalog entry."""

    __slots__ = ()

    async def list(
        self,
        **options: Unpack[CallOptions],
    ) -> KometList[Company]:
        """List the companies the token's user belongs to, with the user's role and,
        for an e-commerce user, the linked customer (Komet ``company.list``; Company token).

        >>> [(c.company_id, c.company_name) for c in await session.companies.list()]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        answer = await self._send(_LIST, None, options, CompanyListResponse)
        return KometList(answer.company_result, answer.response, answer.extra)

    async def list_locations(
        self,
        customer_id: int,
        **options: Unpack[CallOptions],
    ) -> KometList[CompanyLocation]:
        """List the company locations available to a customer (Komet
        ``company.location.list``; Company or Vendor token; the token travels in a header).
        Needs ``KometSession(account_id=..., sales_channel=...)``: both headers are required.

        >>> [loc.code for loc in await session.companies.list_locations(6326) if loc.active]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_LOCATIONS, options)
        request = CompanyLocationListRequest(
            customer_id=customer_id,
        )
        answer = await self._send(_LIST_LOCATIONS, request, options, CompanyLocationListResponse)
        return KometList(answer.locations, answer.response, answer.extra)

    async def add_ecommerce_user(
        self,
        *,
        customer_codes: Iterable[str],
        first_name: str,
        last_name: str,
        email: str,
        login: str,
        **options: Unpack[CallOptions],
    ) -> EcommerceUserAddResponse:
        """Create an e-commerce (customer) user in the company and link it to each of
        ``customer_codes`` that exists (Komet ``v2/user/e-commerce``; Company token; needs
        ``KometSession(account_id=...)``; never replayed). The page allows ten users per call
        but shows only the one-user shape (GAP): one user per call here.

        >>> await session.companies.add_ecommerce_user(customer_codes=["B310", "C910"],
        ...     first_name="John", last_name="Gomez", email="jgomez1@example.com",
        ...     login="jgomez1@example.com")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_ECOMMERCE_USER, options)
        request = EcommerceUserAddRequest(
            customer_codes=list(customer_codes),
            first_name=first_name,
            last_name=last_name,
            email=email,
            login=login,
        )
        return await self._send(_ADD_ECOMMERCE_USER, request, options, EcommerceUserAddResponse)

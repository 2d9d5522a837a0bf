"""``session.credits``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.credits import (
    Credit,
    CreditDetailsListRequest,
    CreditDetailsListResponse,
    OpenCredit,
    OpenCreditBalanceCreateRequest,
    OpenCreditBalanceResponse,
)
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_LIST_DETAILS = CATALOG["credit.details.list"]
_CREATE_OPEN_BALANCE = CATALOG["open.credit.balance.create"]


class CreditsMethods(Resource):
    """The one-call methods of ``session.credits``, one per catalog entry."""

    __slots__ = ()

    async def list_details(
        self,
        date_from: dt.date,
        date_to: dt.date,
        *,
        item_type: str,
        status: int | None = None,
        customer: str | None = None,
        customer_id: int | None = None,
        carrier_name: str | None = None,
        carrier_id: int | None = None,
        product: str | None = None,
        number: int | None = None,
        location_id: int | None = None,
        external_system_synced: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[Credit]:
        """Customer credits (credit memos) dated ``date_from``..``date_to`` (Komet
        ``credit.details.list``; Company token; a read sent as POST + JSON, so retried like
        one). ``item_type`` ("box", "UN" or "all") is required; ``status`` is a
        :class:`CreditStatus`; ``external_system_synced=False`` returns only credits not yet
        marked with :meth:`mark_synced`.

        GAP: the answer is not documented. Each credit's ``credit_id`` is read (the name
        ``credit.mark.sync`` uses); every other field is in ``.extra``. No date-range limit
        is documented: :meth:`iter_details` asks 31 days at a time.

        >>> credits = await session.credits.list_details(
        ...     date(2026, 1, 1), date(2026, 1, 31), item_type="all")
        >>> [c.credit_id for c in credits]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_DETAILS, options)
        request = CreditDetailsListRequest(
            date_from=date_from,
            date_to=date_to,
            item_type=item_type,
            status=status,
            customer=customer,
            customer_id=customer_id,
            carrier_name=carrier_name,
            carrier_id=carrier_id,
            product=product,
            number=number,
            location_id=location_id,
            external_system_synced=external_system_synced,
        )
        answer = await self._send(_LIST_DETAILS, request, options, CreditDetailsListResponse)
        return KometList(answer.credits, answer.response, answer.extra)

    async def create_open_balance(
        self,
        customer_code: str,
        *,
        open_credits: Iterable[OpenCredit],
        **options: Unpack[CallOptions],
    ) -> OpenCreditBalanceResponse:
        """Load open credit balances -- balance adjustments -- for the customer
        ``customer_code`` (Komet ``open.credit.balance.create``; Company token). 1 to 50
        :class:`OpenCredit` per call (checked before sending). ``balance`` is a ``Decimal``
        sent exactly (the page types it integer but its sample sends 450.999). Never
        retried.

        >>> await session.credits.create_open_balance(
        ...     "FL219",
        ...     open_credits=[OpenCredit(date=date(2026, 9, 16), balance=Decimal("450.99"))])
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_CREATE_OPEN_BALANCE, options)
        request = OpenCreditBalanceCreateRequest(
            customer_code=customer_code,
            open_credits=list(open_credits),
        )
        return await self._send(_CREATE_OPEN_BALANCE, request, options, OpenCreditBalanceResponse)

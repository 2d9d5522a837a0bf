"""``session.additional_charges``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import KometList
from ..models.setup import (
    AdditionalCharge,
    AdditionalChargeAddRequest,
    AdditionalChargeListRequest,
    AdditionalChargeListResponse,
    AdditionalChargeSaveResponse,
    AdditionalChargeUpdateRequest,
    AutomaticAdditionalChargeAddRequest,
    AutomaticAdditionalChargeResponse,
    AutomaticAdditionalChargeUpdateRequest,
    ExceptionCustomer,
)
from ..resources._base import Resource, as_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_ADD = CATALOG["additional.charge.add"]
_LIST = CATALOG["additional.charge.list"]
_UPDATE = CATALOG["additional.charge.update"]
_ADD_AUTOMATIC = CATALOG["automatic-additional-charge [POST]"]
_UPDATE_AUTOMATIC = CATALOG["automatic-additional-charge [PUT]"]


class AdditionalChargesMethods(Resource):
    """The one-call methods of ``session.additional_charges``, one per catalog entry."""

    __slots__ = ()

    async def add(
        self,
        name: str,
        *,
        code: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AdditionalChargeSaveResponse:
        """Create an additional invoice charge, visible in Order Entry Settings (Komet
        ``additional.charge.add``; Company token; never replayed); the answer's
        ``additional_charge_id`` is the new charge.

        >>> added = await session.additional_charges.add("Fuel Surcharge", code="FS")
        >>> added.additional_charge_id
        234234
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD, options)
        request = AdditionalChargeAddRequest(
            name=name,
            code=code,
        )
        return await self._send(_ADD, request, options, AdditionalChargeSaveResponse)

    async def list(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        code: str | None = None,
        active: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[AdditionalCharge]:
        """List the company's additional (invoice) charges (Komet
        ``additional.charge.list``; Company token). ``id`` and ``code`` match exactly,
        ``name`` with LIKE, case-insensitive.

        >>> charges = await session.additional_charges.list(name="fuel", active=True)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST, options)
        request = AdditionalChargeListRequest(
            id=id,
            name=name,
            code=code,
            active=active,
        )
        answer = await self._send(_LIST, request, options, AdditionalChargeListResponse)
        return KometList(answer.additional_charges, answer.response, answer.extra)

    async def update(
        self,
        additional_charge_id: int,
        *,
        name: str | None = None,
        code: str | None = None,
        active: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> AdditionalChargeSaveResponse:
        """Update an additional charge's name, code or active flag (Komet
        ``additional.charge.update``; Company token; never replayed).

        >>> await session.additional_charges.update(234234, name="Fuel Surcharge", code="FS")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE, options)
        request = AdditionalChargeUpdateRequest(
            additional_charge_id=additional_charge_id,
            name=name,
            code=code,
            active=active,
        )
        return await self._send(_UPDATE, request, options, AdditionalChargeSaveResponse)

    async def add_automatic(
        self,
        *,
        additional_charge_id: int,
        company_location_id: int,
        amount_value: Decimal,
        active: bool,
        cap_per_day: Decimal,
        min_cap_per_day: Decimal,
        amount_type: int,
        order_type: int,
        carrier_ids: Iterable[int] | None = None,
        exclude_customer_ids: Iterable[int] | None = None,
        exception_customers: Iterable[ExceptionCustomer] | None = None,
        **options: Unpack[CallOptions],
    ) -> AutomaticAdditionalChargeResponse:
        """Create a rule that adds an additional charge to orders by itself (Komet
        ``POST automatic-additional-charge``; Company token, assumed from the PUT page;
        token in a header; never replayed). Partly documented: the answer is not readable
        (GAP), so the result is the envelope with anything else in ``.extra``;
        ``exception_customers``' item fields are cut after four (GAP). ``amount_type`` is an
        :class:`AmountType`, ``order_type`` an :class:`OrderType`; ``carrier_ids`` and
        ``exclude_customer_ids`` are sent comma-separated.

        >>> await session.additional_charges.add_automatic(
        ...     additional_charge_id=234234, company_location_id=1,
        ...     amount_value=Decimal("5"), active=True, cap_per_day=Decimal("20"),
        ...     min_cap_per_day=Decimal("0"), amount_type=AmountType.MONETARY_AMOUNT,
        ...     order_type=OrderType.BOTH, carrier_ids=[12, 13])
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_AUTOMATIC, options)
        request = AutomaticAdditionalChargeAddRequest(
            additional_charge_id=additional_charge_id,
            company_location_id=company_location_id,
            amount_value=amount_value,
            active=active,
            cap_per_day=cap_per_day,
            min_cap_per_day=min_cap_per_day,
            amount_type=amount_type,
            order_type=order_type,
            carrier_ids=as_list(carrier_ids),
            exclude_customer_ids=as_list(exclude_customer_ids),
            exception_customers=as_list(exception_customers),
        )
        return await self._send(_ADD_AUTOMATIC, request, options, AutomaticAdditionalChargeResponse)

    async def update_automatic(
        self,
        automatic_additional_charge_id: int,
        *,
        additional_charge_id: int,
        company_location_id: int,
        amount_value: Decimal,
        active: bool,
        cap_per_day: Decimal,
        min_cap_per_day: Decimal,
        amount_type: int,
        order_type: int,
        carrier_ids: Iterable[int] | None = None,
        exclude_customer_ids: Iterable[int] | None = None,
        exclude_customer_action_type: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AutomaticAdditionalChargeResponse:
        """Update an automatic additional charge rule (Komet
        ``PUT automatic-additional-charge``; Company token in a header; never replayed).
        The rule's id travels in the query string, the rest in the JSON body.
        ``exclude_customer_action_type`` is required with ``exclude_customer_ids`` (``0``
        removes them from the excluded list; the other values are a GAP). Partly
        documented: the answer is not readable (GAP), nor how a rule's id is obtained.

        >>> await session.additional_charges.update_automatic(
        ...     77, additional_charge_id=234234, company_location_id=1,
        ...     amount_value=Decimal("7.5"), active=True, cap_per_day=Decimal("30"),
        ...     min_cap_per_day=Decimal("0"), amount_type=AmountType.PERCENTAGE,
        ...     order_type=OrderType.WEB)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_AUTOMATIC, options)
        request = AutomaticAdditionalChargeUpdateRequest(
            automatic_additional_charge_id=automatic_additional_charge_id,
            additional_charge_id=additional_charge_id,
            company_location_id=company_location_id,
            amount_value=amount_value,
            active=active,
            cap_per_day=cap_per_day,
            min_cap_per_day=min_cap_per_day,
            amount_type=amount_type,
            order_type=order_type,
            carrier_ids=as_list(carrier_ids),
            exclude_customer_ids=as_list(exclude_customer_ids),
            exclude_customer_action_type=exclude_customer_action_type,
        )
        return await self._send(
            _UPDATE_AUTOMATIC, request, options, AutomaticAdditionalChargeResponse
        )

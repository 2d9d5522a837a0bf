"""``session.customers``: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from .._call import CALL_OPTIONS, unknown_option
from .._catalog import CATALOG
from ..models._base import Envelope, KometList
from ..models.customers import (
    CompanyCustomer,
    Contact,
    ContactAddRequest,
    ContactDeleteRequest,
    ContactListRequest,
    ContactListResponse,
    ContactSaveResponse,
    ContactUpdateRequest,
    CustomerAddRequest,
    CustomerAddResponse,
    CustomerChargeUpdateRequest,
    CustomersByCompanyRequest,
    CustomersByCompanyResponse,
    CustomersByUserResponse,
    CustomerUpdateRequest,
    CustomerUpdateResponse,
    ShipTo,
    ShipToAddRequest,
    ShipToDeleteRequest,
    ShipToListRequest,
    ShipToListResponse,
    ShipToSaveResponse,
    ShipToUpdateRequest,
    UserCustomer,
)
from ..models.ecommerce import EcommerceSettings, EcommerceSettingsRequest
from ..models.lookups import Customer, CustomerListRequest, CustomerListResponse
from ..resources._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions

_ADD = CATALOG["customer.add"]
_UPDATE_ADDITIONAL_CHARGE = CATALOG["customer.additional.charge.update"]
_LIST_BY_COMPANY = CATALOG["customer.by.company.list"]
_LIST_BY_USER = CATALOG["customer.by.user.list"]
_ADD_CONTACT = CATALOG["customer.contact.add"]
_DELETE_CONTACT = CATALOG["customer.contact.delete"]
_LIST_CONTACTS = CATALOG["customer.contact.list"]
_UPDATE_CONTACT = CATALOG["customer.contact.update"]
_LIST = CATALOG["customer.list"]
_ADD_SHIP_TO = CATALOG["customer.shipto.add"]
_DELETE_SHIP_TO = CATALOG["customer.shipto.delete"]
_LIST_SHIP_TOS = CATALOG["customer.shipto.list"]
_UPDATE_SHIP_TO = CATALOG["customer.shipto.update"]
_UPDATE = CATALOG["customer.update"]
_GET_ECOMMERCE_SETTINGS = CATALOG["ecommerce-lite/settings"]


class CustomersMethods(Resource):
    """The one-call methods of ``session.customers``, one per catalog entry."""

    __slots__ = ()

    async def add(
        self,
        name: str,
        *,
        code: str | None = None,
        location_codes: str | None = None,
        type: int | None = None,
        phone: str | None = None,
        fax: str | None = None,
        website: str | None = None,
        terms: str | None = None,
        email_for_invoices: str | None = None,
        email_for_statements: str | None = None,
        credit_hold: bool | None = None,
        credit_limit: Decimal | None = None,
        payment_method: str | None = None,
        charge_fuel_surcharge: bool | None = None,
        charge_tax: bool | None = None,
        send_invoice_via: str | None = None,
        **options: Unpack[CallOptions],
    ) -> CustomerAddResponse:
        """Create a customer account (Komet ``customer.add``; Company token; never
        replayed). GAP: the page's answer is not readable, so only ``status``/``message`` are
        typed (anything else is in ``.extra``); find the new customer by its code with
        :meth:`list`. Parameters cut off the page go in ``extra_body=``.

        >>> await session.customers.add("Blooms & Co", code="BLM01", phone="305 555 0100")
        >>> (customer,) = await session.customers.list(code="BLM01")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD, options)
        request = CustomerAddRequest(
            name=name,
            code=code,
            location_codes=location_codes,
            type=type,
            phone=phone,
            fax=fax,
            website=website,
            terms=terms,
            email_for_invoices=email_for_invoices,
            email_for_statements=email_for_statements,
            credit_hold=credit_hold,
            credit_limit=credit_limit,
            payment_method=payment_method,
            charge_fuel_surcharge=charge_fuel_surcharge,
            charge_tax=charge_tax,
            send_invoice_via=send_invoice_via,
        )
        return await self._send(_ADD, request, options, CustomerAddResponse)

    async def update_additional_charge(
        self,
        customer_id: int,
        *,
        additional_charge_code: str,
        amount_value: Decimal | None = None,
        amount_type: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Tie an additional charge (its code from ``additional.charge.list``) to a
        customer, optionally with the customer's own amount (Komet
        ``customer.additional.charge.update``; Company token). ``amount_type``: ``"%"`` or
        ``"$"``.

        >>> await session.customers.update_additional_charge(42423,
        ...     additional_charge_code="DEL", amount_value=Decimal("10"), amount_type="$")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_ADDITIONAL_CHARGE, options)
        request = CustomerChargeUpdateRequest(
            customer_id=customer_id,
            additional_charge_code=additional_charge_code,
            amount_value=amount_value,
            amount_type=amount_type,
        )
        return await self._send(_UPDATE_ADDITIONAL_CHARGE, request, options, Envelope)

    async def list_by_company(
        self,
        *,
        show_salesperson_customers: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[CompanyCustomer]:
        """List the customers of the company a **user** token sees (Komet
        ``customer.by.company.list``; User token only). Needs
        ``KometSession(account_id=..., sales_channel=...)``: both headers are required.
        ``show_salesperson_customers=True`` keeps the user's own customers.

        >>> customers = await session.customers.list_by_company(show_salesperson_customers=True)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_BY_COMPANY, options)
        request = CustomersByCompanyRequest(
            show_salesperson_customers=show_salesperson_customers,
        )
        answer = await self._send(_LIST_BY_COMPANY, request, options, CustomersByCompanyResponse)
        return KometList(answer.customer_result, answer.response, answer.extra)

    async def list_by_user(
        self,
        **options: Unpack[CallOptions],
    ) -> KometList[UserCustomer]:
        """List the customers, with their companies, linked to the calling **user** token
        (Komet ``customer.by.user.list``; User token only; needs
        ``KometSession(account_id=...)`` for the ``X-ACCOUNT`` header).

        >>> [(c.company_name, c.customer_name) for c in await session.customers.list_by_user()]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_BY_USER, options)
        answer = await self._send(_LIST_BY_USER, None, options, CustomersByUserResponse)
        return KometList(answer.customer_result, answer.response, answer.extra)

    async def add_contact(
        self,
        customer_id: int,
        *,
        name: str,
        type: str,
        phone: str | None = None,
        ext: str | None = None,
        mobile: str | None = None,
        fax: str | None = None,
        email: str | None = None,
        description: str | None = None,
        instant_messaging: str | None = None,
        email_pod: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> ContactSaveResponse:
        """Add a contact to a customer (Komet ``customer.contact.add``; Company token);
        ``type`` must already exist in Komet. The answer's ``contact_id`` is the new contact.

        >>> added = await session.customers.add_contact(6326, name="Joe Smith", type="Buyer",
        ...     email="joe@example.com", email_pod=False)
        >>> added.contact_id
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_CONTACT, options)
        request = ContactAddRequest(
            customer_id=customer_id,
            name=name,
            type=type,
            phone=phone,
            ext=ext,
            mobile=mobile,
            fax=fax,
            email=email,
            description=description,
            instant_messaging=instant_messaging,
            email_pod=email_pod,
        )
        return await self._send(_ADD_CONTACT, request, options, ContactSaveResponse)

    async def delete_contact(
        self,
        contact_id: int,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Delete a contact (Komet ``customer.contact.delete``; Company token).

        >>> await session.customers.delete_contact(4535434)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_DELETE_CONTACT, options)
        request = ContactDeleteRequest(
            contact_id=contact_id,
        )
        return await self._send(_DELETE_CONTACT, request, options, Envelope)

    async def list_contacts(
        self,
        customer_id: int,
        **options: Unpack[CallOptions],
    ) -> KometList[Contact]:
        """List the contacts of a customer (Komet ``customer.contact.list``; Company
        token).

        >>> [c.name for c in await session.customers.list_contacts(6326)]
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_CONTACTS, options)
        request = ContactListRequest(
            customer_id=customer_id,
        )
        answer = await self._send(_LIST_CONTACTS, request, options, ContactListResponse)
        return KometList(answer.contacts, answer.response, answer.extra)

    async def update_contact(
        self,
        contact_id: int,
        *,
        customer_id: int,
        name: str,
        type: str,
        phone: str | None = None,
        ext: str | None = None,
        mobile: str | None = None,
        fax: str | None = None,
        email: str | None = None,
        description: str | None = None,
        instant_messaging: str | None = None,
        email_pod: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> ContactSaveResponse:
        """Change a contact of a customer (Komet ``customer.contact.update``; Company
        token): ``customer_id``, ``name`` and ``type`` are required as on ``add_contact``.

        >>> await session.customers.update_contact(4535434, customer_id=6326,
        ...     name="Joe Smith", type="A/P")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_CONTACT, options)
        request = ContactUpdateRequest(
            contact_id=contact_id,
            customer_id=customer_id,
            name=name,
            type=type,
            phone=phone,
            ext=ext,
            mobile=mobile,
            fax=fax,
            email=email,
            description=description,
            instant_messaging=instant_messaging,
            email_pod=email_pod,
        )
        return await self._send(_UPDATE_CONTACT, request, options, ContactSaveResponse)

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
        return KometList(answer.customers, answer.response, answer.extra)

    async def add_ship_to(
        self,
        customer_id: int,
        *,
        address: str | None = None,
        city: str | None = None,
        state: str | None = None,
        zipcode: str | None = None,
        country: str | None = None,
        phone: str | None = None,
        fax: str | None = None,
        carrier_id: int | None = None,
        carrier_account: str | None = None,
        sales_person_code_for_flowers: str | None = None,
        sales_person_code_for_plants: str | None = None,
        name: str,
        **options: Unpack[CallOptions],
    ) -> ShipToSaveResponse:
        """Add a ship-to address to a customer (Komet ``customer.shipto.add``; Company
        token). The answer's ``ship_to_id`` is the new ship-to.

        >>> added = await session.customers.add_ship_to(6326, name="Store miami",
        ...     city="miami", state="FL", country="United States", zipcode="568722")
        >>> added.ship_to_id
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_ADD_SHIP_TO, options)
        request = ShipToAddRequest(
            customer_id=customer_id,
            address=address,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
            phone=phone,
            fax=fax,
            carrier_id=carrier_id,
            carrier_account=carrier_account,
            sales_person_code_for_flowers=sales_person_code_for_flowers,
            sales_person_code_for_plants=sales_person_code_for_plants,
            name=name,
        )
        return await self._send(_ADD_SHIP_TO, request, options, ShipToSaveResponse)

    async def delete_ship_to(
        self,
        ship_to_id: int,
        **options: Unpack[CallOptions],
    ) -> Envelope:
        """Delete a ship-to (Komet ``customer.shipto.delete``; Company token).

        >>> await session.customers.delete_ship_to(20131)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_DELETE_SHIP_TO, options)
        request = ShipToDeleteRequest(
            ship_to_id=ship_to_id,
        )
        return await self._send(_DELETE_SHIP_TO, request, options, Envelope)

    async def list_ship_tos(
        self,
        *,
        customer_id: int | None = None,
        id: int | None = None,
        name: str | None = None,
        update_as_of: dt.date | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[ShipTo]:
        """List ship-to addresses ("stores") (Komet ``customer.shipto.list``; Company or
        Vendor token). Give at least one of ``customer_id``, ``name`` (LIKE) or
        ``update_as_of``; a ship-to's ``id`` is the ``ship_to_id`` prebooks and invoices take.

        >>> ship_tos = await session.customers.list_ship_tos(customer_id=6326)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_LIST_SHIP_TOS, options)
        request = ShipToListRequest(
            customer_id=customer_id,
            id=id,
            name=name,
            update_as_of=update_as_of,
        )
        answer = await self._send(_LIST_SHIP_TOS, request, options, ShipToListResponse)
        return KometList(answer.shiptos, answer.response, answer.extra)

    async def update_ship_to(
        self,
        ship_to_id: int,
        *,
        address: str | None = None,
        city: str | None = None,
        state: str | None = None,
        zipcode: str | None = None,
        country: str | None = None,
        phone: str | None = None,
        fax: str | None = None,
        carrier_id: int | None = None,
        carrier_account: str | None = None,
        sales_person_code_for_flowers: str | None = None,
        sales_person_code_for_plants: str | None = None,
        customer_id: int,
        name: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ShipToSaveResponse:
        """Change a ship-to; ``customer_id`` is required, unset fields are not sent
        (Komet ``customer.shipto.update``; Company token).

        >>> await session.customers.update_ship_to(20131, customer_id=6326, phone="661 522 3154")
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE_SHIP_TO, options)
        request = ShipToUpdateRequest(
            ship_to_id=ship_to_id,
            address=address,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
            phone=phone,
            fax=fax,
            carrier_id=carrier_id,
            carrier_account=carrier_account,
            sales_person_code_for_flowers=sales_person_code_for_flowers,
            sales_person_code_for_plants=sales_person_code_for_plants,
            customer_id=customer_id,
            name=name,
        )
        return await self._send(_UPDATE_SHIP_TO, request, options, ShipToSaveResponse)

    async def update(
        self,
        customer_id: int,
        *,
        name: str,
        active: bool | None = None,
        code: str | None = None,
        type: int | None = None,
        location_codes: str | None = None,
        phone: str | None = None,
        ask_payment_upon_confirmation: bool | None = None,
        finance_charge_percentage: Decimal | None = None,
        customer_group: str | None = None,
        fax: str | None = None,
        website: str | None = None,
        terms: str | None = None,
        email_for_invoices: str | None = None,
        email_for_statements: str | None = None,
        credit_hold: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> CustomerUpdateResponse:
        """Change a customer account; ``name`` is required by the page (Komet
        ``customer.update``; Company token). GAP: parameters after ``credit_hold`` and the
        answer are not readable (``extra_body=`` sends more; ``.extra`` keeps the rest).

        >>> await session.customers.update(6326, name="Blooms & Co", active=False)
        """
        if options and not CALL_OPTIONS.issuperset(options):
            raise unknown_option(_UPDATE, options)
        request = CustomerUpdateRequest(
            customer_id=customer_id,
            name=name,
            active=active,
            code=code,
            type=type,
            location_codes=location_codes,
            phone=phone,
            ask_payment_upon_confirmation=ask_payment_upon_confirmation,
            finance_charge_percentage=finance_charge_percentage,
            customer_group=customer_group,
            fax=fax,
            website=website,
            terms=terms,
            email_for_invoices=email_for_invoices,
            email_for_statements=email_for_statements,
            credit_hold=credit_hold,
        )
        return await self._send(_UPDATE, request, options, CustomerUpdateResponse)

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

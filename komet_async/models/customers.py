"""Customers: accounts, contacts, ship-tos, additional charges (more-methods.md, "Customers").

Field names, lengths and required flags follow the method pages (APIDocs 11175012 ...
11175086). Two pages are cut off (GAP): ``customer.add`` after ``sendInvoiceVia`` and its
whole answer, ``customer.update`` after ``creditHold`` and its whole answer; what is known
is modelled, a cut-off parameter goes in ``extra_body=``, an answer field lands in ``.extra``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from attrs import define, field

from .._wire import wire
from ._base import Envelope, KometModel, KometRequest

_ID = wire(digits=(20, 0), min_value=0)
_MONEY = wire(digits=(10, 2))


# --- customer.add / customer.update -------------------------------------------------------


@define(kw_only=True)
class CustomerAddRequest(KometRequest):
    """``customer.add`` (APIDocs 11175012). ``location_codes``: a multi-location company's
    location codes separated by colons (``"MIA:NYC"``); ``type``: a customer-type id (ask
    Komet for them); ``email_for_invoices``/``email_for_statements``: ``;``-separated
    addresses; ``credit_limit`` unset = unlimited, ``Decimal(0)`` = a limit of zero;
    ``charge_tax`` is listed only in the learn copy. GAP: parameters after
    ``send_invoice_via`` (if any) are not readable: send them with ``extra_body=``."""

    name: str = field(metadata=wire(max_len=200, min_len=1))
    code: str | None = field(default=None, metadata=wire(max_len=10))
    location_codes: str | None = field(default=None, metadata=wire(max_len=50))
    type: int | None = field(default=None, metadata=_ID)
    phone: str | None = field(default=None, metadata=wire(max_len=20))
    fax: str | None = field(default=None, metadata=wire(max_len=20))
    website: str | None = field(default=None, metadata=wire(max_len=50))
    terms: str | None = field(default=None, metadata=wire(max_len=50))
    email_for_invoices: str | None = field(default=None, metadata=wire(max_len=200))
    email_for_statements: str | None = field(default=None, metadata=wire(max_len=200))
    credit_hold: bool | None = None
    credit_limit: Decimal | None = field(default=None, metadata=_MONEY)
    payment_method: str | None = field(default=None, metadata=wire(max_len=50))
    charge_fuel_surcharge: bool | None = None
    charge_tax: bool | None = None
    send_invoice_via: str | None = field(default=None, metadata=wire(max_len=50))


@define(kw_only=True)
class CustomerAddResponse(Envelope):
    """The answer of ``customer.add``. GAP: the page's answer is not readable (not even
    whether it carries the new customer's id), so nothing beyond ``status``/``message`` is
    typed; whatever else comes back is in ``.extra``. Find the new customer with
    ``customers.list(code=...)``."""


@define(kw_only=True)
class CustomerUpdateRequest(KometRequest):
    """``customer.update`` (APIDocs 11175377): ``customer_id`` and ``name`` are required.
    ``financeChargePercentage`` is a percentage without the ``%`` sign. GAP: the list is cut
    after ``credit_hold``; send later parameters with ``extra_body=``."""

    customer_id: int = field(metadata=_ID)
    name: str = field(metadata=wire(max_len=200, min_len=1))
    active: bool | None = None
    code: str | None = field(default=None, metadata=wire(max_len=10))
    type: int | None = field(default=None, metadata=_ID)
    location_codes: str | None = field(default=None, metadata=wire(max_len=50))
    phone: str | None = field(default=None, metadata=wire(max_len=20))
    ask_payment_upon_confirmation: bool | None = None
    finance_charge_percentage: Decimal | None = field(default=None, metadata=_MONEY)
    customer_group: str | None = field(default=None, metadata=wire(max_len=50))
    fax: str | None = field(default=None, metadata=wire(max_len=20))
    website: str | None = field(default=None, metadata=wire(max_len=50))
    terms: str | None = field(default=None, metadata=wire(max_len=50))
    email_for_invoices: str | None = field(default=None, metadata=wire(max_len=200))
    email_for_statements: str | None = field(default=None, metadata=wire(max_len=200))
    credit_hold: bool | None = None


@define(kw_only=True)
class CustomerUpdateResponse(Envelope):
    """The answer of ``customer.update``. GAP: not readable; anything beyond
    ``status``/``message`` is in ``.extra``."""


# --- contacts --------------------------------------------------------------------------------


@define(kw_only=True)
class ContactAddRequest(KometRequest):
    """``customer.contact.add`` (APIDocs 11175107). ``type`` must already exist in Komet
    (``"A/P"``, ``"Buyer"``); ``email_pod``: the contact receives proofs of delivery (sent
    as ``true``/``false``, as the sample does)."""

    customer_id: int = field(metadata=_ID)
    name: str = field(metadata=wire(max_len=200, min_len=1))
    type: str = field(metadata=wire(max_len=200, min_len=1))
    phone: str | None = field(default=None, metadata=wire(max_len=200))
    ext: str | None = field(default=None, metadata=wire(max_len=50))
    mobile: str | None = field(default=None, metadata=wire(max_len=50))
    fax: str | None = field(default=None, metadata=wire(max_len=50))
    email: str | None = field(default=None, metadata=wire(max_len=50))
    description: str | None = field(default=None, metadata=wire(max_len=200))
    instant_messaging: str | None = field(default=None, metadata=wire(max_len=200))
    email_pod: bool | None = field(
        default=None, metadata=wire(name="emailPOD", bool_style="truefalse")
    )


@define(kw_only=True)
class ContactUpdateRequest(ContactAddRequest):
    """``customer.contact.update`` (APIDocs 11175181): the fields of ``customer.contact.add``
    plus ``contact_id``."""

    contact_id: int = field(metadata=_ID)


@define(kw_only=True)
class ContactSaveResponse(Envelope):
    """The answer of ``customer.contact.add`` / ``.update``: the contact's id."""

    contact_id: int | None = None


@define(kw_only=True)
class ContactDeleteRequest(KometRequest):
    """``customer.contact.delete`` (APIDocs 11175132)."""

    contact_id: int = field(metadata=_ID)


@define(kw_only=True)
class ContactListRequest(KometRequest):
    """``customer.contact.list`` (APIDocs 11175157)."""

    customer_id: int = field(metadata=_ID)


@define(kw_only=True)
class Contact(KometModel):
    """A contact of a customer (``customer.contact.list``; every field documented)."""

    id: int
    name: str | None = None
    type: str | None = None
    phone: str | None = None
    ext: str | None = None
    mobile: str | None = None
    fax: str | None = None
    email: str | None = None
    description: str | None = None
    instant_messaging: str | None = None
    email_pod: bool | None = field(default=None, metadata=wire(name="emailPOD"))


@define(kw_only=True)
class ContactListResponse(Envelope):
    contacts: list[Contact] = field(factory=list)


# --- ship-tos --------------------------------------------------------------------------------


@define(kw_only=True)
class ShipToListRequest(KometRequest):
    """``customer.shipto.list`` (APIDocs 11175295): at least one of ``customer_id``,
    ``name`` (LIKE, case-insensitive) or ``update_as_of`` (ship-tos updated since that day;
    the parameter table spells it ``updateAsOf``); ``id`` narrows to one ship-to."""

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("customer_id", "name", "update_as_of"),
    )

    customer_id: int | None = field(default=None, metadata=_ID)
    id: int | None = field(default=None, metadata=_ID)
    name: str | None = field(default=None, metadata=wire(max_len=200))
    update_as_of: dt.date | None = None


@define(kw_only=True)
class ShipTo(KometModel):
    """A ship-to address ("store") of a customer (``customer.shipto.list``). GAP: the
    answer's field list is cut after ``updated_as_of``; later fields are in ``.extra``.
    ``id`` is what ``prebooks.create(ship_to_id=...)`` and ``invoices.create`` take."""

    id: int
    ship_to_code: str | None = None
    name: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    zipcode: str | None = None
    country: str | None = None
    phone: str | None = None
    fax: str | None = None
    carrier_id: int | None = None
    carrier_name: str | None = None
    carrier_account: str | None = None
    carrier_code: str | None = None
    updated_as_of: dt.date | None = None


@define(kw_only=True)
class ShipToListResponse(Envelope):
    shiptos: list[ShipTo] = field(factory=list)


@define(kw_only=True)
class _ShipToFields(KometRequest):
    address: str | None = field(default=None, metadata=wire(max_len=200))
    city: str | None = field(default=None, metadata=wire(max_len=50))
    state: str | None = field(default=None, metadata=wire(max_len=50))
    zipcode: str | None = field(default=None, metadata=wire(max_len=10))
    country: str | None = field(default=None, metadata=wire(max_len=50))
    phone: str | None = field(default=None, metadata=wire(max_len=20))
    fax: str | None = field(default=None, metadata=wire(max_len=20))
    carrier_id: int | None = field(default=None, metadata=_ID)
    carrier_account: str | None = field(default=None, metadata=wire(max_len=20))
    sales_person_code_for_flowers: str | None = field(default=None, metadata=wire(max_len=20))
    sales_person_code_for_plants: str | None = field(default=None, metadata=wire(max_len=20))


@define(kw_only=True)
class ShipToAddRequest(_ShipToFields):
    """``customer.shipto.add`` (APIDocs 11175269): ``customer_id`` and ``name`` required;
    ``carrier_id`` is the default carrier; the salesperson codes are the "Sales Codes" of
    Setup > Settings for flower- and plant-type products."""

    customer_id: int = field(metadata=_ID)
    name: str = field(metadata=wire(max_len=200, min_len=1))


@define(kw_only=True)
class ShipToUpdateRequest(_ShipToFields):
    """``customer.shipto.update`` (APIDocs 11175319): ``ship_to_id`` and ``customer_id``
    required, everything else optional."""

    ship_to_id: int = field(metadata=_ID)
    customer_id: int = field(metadata=_ID)
    name: str | None = field(default=None, metadata=wire(max_len=200))


@define(kw_only=True)
class ShipToSaveResponse(Envelope):
    """The answer of ``customer.shipto.add`` / ``.update``: the ship-to's id."""

    ship_to_id: int | None = None


@define(kw_only=True)
class ShipToDeleteRequest(KometRequest):
    """``customer.shipto.delete`` (APIDocs 11174964)."""

    ship_to_id: int = field(metadata=_ID)


# --- additional charges --------------------------------------------------------------------


@define(kw_only=True)
class CustomerChargeUpdateRequest(KometRequest):
    """``customer.additional.charge.update`` (APIDocs 11175038): ties an additional charge
    (its code from ``additional.charge.list``) to a customer, optionally with the customer's
    own ``amount_value``; ``amount_type`` is ``"%"`` or ``"$"``."""

    customer_id: int = field(metadata=_ID)
    additional_charge_code: str = field(metadata=wire(max_len=20, min_len=1))
    amount_value: Decimal | None = field(default=None, metadata=_MONEY)
    amount_type: str | None = field(default=None, metadata=wire(choices=("%", "$")))


# --- user-token lists ----------------------------------------------------------------------


@define(kw_only=True)
class CustomersByCompanyRequest(KometRequest):
    """``customer.by.company.list`` (APIDocs 11175065): ``show_salesperson_customers=True``
    keeps the customers of the requesting user (sent ``true``/``false``)."""

    show_salesperson_customers: bool | None = field(
        default=None, metadata=wire(bool_style="truefalse")
    )


@define(kw_only=True)
class CompanyCustomer(KometModel):
    """A customer of ``customer.by.company.list`` (both fields documented)."""

    customer_id: int
    customer_name: str | None = None


@define(kw_only=True)
class CustomersByCompanyResponse(Envelope):
    """The documented answer has no envelope: ``{"customerResult": [...]}``."""

    customer_result: list[CompanyCustomer] = field(factory=list)


@define(kw_only=True)
class UserCustomer(KometModel):
    """A customer linked to the calling user, with its company (``customer.by.user.list``;
    every field documented)."""

    customer_id: int
    user_id: int | None = None
    customer_name: str | None = None
    company_name: str | None = None
    company_id: int | None = None


@define(kw_only=True)
class CustomersByUserResponse(Envelope):
    customer_result: list[UserCustomer] = field(factory=list)

"""Catalog entries of the customer family (more-methods.md, "Customers": accounts, contacts,
ship-tos, additional charges; methods-part3.json). ``customer.list`` is in ``lookups``.

"Nothing found" answers of the two lists are not documented: the texts below follow the
pattern of the documented ones ("Products not found.": the list key, capitalised) -- an
ASSUMPTION, like the fake's.
"""

from __future__ import annotations

from typing import Any

from ..models import customers as m
from ..models._base import Envelope
from ._method import ApiMethod
from ._shapes import json_write, query_read

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    json_write(
        "customer.add",
        "customers",
        "add",
        m.CustomerAddRequest,
        m.CustomerAddResponse,
        summary="Create a customer account (parameters after sendInvoiceVia and the answer "
        "are a GAP).",
        positional=("name",),
        doc="""Create a customer account (Komet ``customer.add``; Company token; never
        replayed). GAP: the page's answer is not readable, so only ``status``/``message`` are
        typed (anything else is in ``.extra``); find the new customer by its code with
        :meth:`list`. Parameters cut off the page go in ``extra_body=``.

        >>> await session.customers.add("Blooms & Co", code="BLM01", phone="305 555 0100")
        >>> (customer,) = await session.customers.list(code="BLM01")
        """,
    ),
    json_write(
        "customer.update",
        "customers",
        "update",
        m.CustomerUpdateRequest,
        m.CustomerUpdateResponse,
        summary="Change a customer account (the answer is a GAP).",
        positional=("customer_id",),
        doc="""Change a customer account; ``name`` is required by the page (Komet
        ``customer.update``; Company token). GAP: parameters after ``credit_hold`` and the
        answer are not readable (``extra_body=`` sends more; ``.extra`` keeps the rest).

        >>> await session.customers.update(6326, name="Blooms & Co", active=False)
        """,
    ),
    json_write(
        "customer.contact.add",
        "customers",
        "add_contact",
        m.ContactAddRequest,
        m.ContactSaveResponse,
        summary="Add a contact to a customer; returns its id.",
        positional=("customer_id",),
        doc="""Add a contact to a customer (Komet ``customer.contact.add``; Company token);
        ``type`` must already exist in Komet. The answer's ``contact_id`` is the new contact.

        >>> added = await session.customers.add_contact(6326, name="Joe Smith", type="Buyer",
        ...     email="joe@example.com", email_pod=False)
        >>> added.contact_id
        """,
    ),
    json_write(
        "customer.contact.update",
        "customers",
        "update_contact",
        m.ContactUpdateRequest,
        m.ContactSaveResponse,
        summary="Change a customer's contact.",
        positional=("contact_id",),
        doc="""Change a contact of a customer (Komet ``customer.contact.update``; Company
        token): ``customer_id``, ``name`` and ``type`` are required as on ``add_contact``.

        >>> await session.customers.update_contact(4535434, customer_id=6326,
        ...     name="Joe Smith", type="A/P")
        """,
    ),
    json_write(
        "customer.contact.delete",
        "customers",
        "delete_contact",
        m.ContactDeleteRequest,
        Envelope,
        summary="Delete a customer's contact.",
        positional=("contact_id",),
        doc="""Delete a contact (Komet ``customer.contact.delete``; Company token).

        >>> await session.customers.delete_contact(4535434)
        """,
    ),
    query_read(
        "customer.contact.list",
        "customers",
        "list_contacts",
        m.ContactListRequest,
        m.ContactListResponse,
        not_found=("Contacts not found.",),
        summary="List a customer's contacts.",
        positional=("customer_id",),
        returns="contacts",
        doc="""List the contacts of a customer (Komet ``customer.contact.list``; Company
        token).

        >>> [c.name for c in await session.customers.list_contacts(6326)]
        """,
    ),
    query_read(
        "customer.shipto.list",
        "customers",
        "list_ship_tos",
        m.ShipToListRequest,
        m.ShipToListResponse,
        token_types=("company", "vendor"),
        not_found=("Shiptos not found.",),
        summary="List customers' ship-to addresses (customerId, name or updateAsOf needed).",
        returns="shiptos",
        doc="""List ship-to addresses ("stores") (Komet ``customer.shipto.list``; Company or
        Vendor token). Give at least one of ``customer_id``, ``name`` (LIKE) or
        ``update_as_of``; a ship-to's ``id`` is the ``ship_to_id`` prebooks and invoices take.

        >>> ship_tos = await session.customers.list_ship_tos(customer_id=6326)
        """,
    ),
    json_write(
        "customer.shipto.add",
        "customers",
        "add_ship_to",
        m.ShipToAddRequest,
        m.ShipToSaveResponse,
        summary="Add a ship-to address to a customer; returns its id.",
        positional=("customer_id",),
        doc="""Add a ship-to address to a customer (Komet ``customer.shipto.add``; Company
        token). The answer's ``ship_to_id`` is the new ship-to.

        >>> added = await session.customers.add_ship_to(6326, name="Store miami",
        ...     city="miami", state="FL", country="United States", zipcode="568722")
        >>> added.ship_to_id
        """,
    ),
    json_write(
        "customer.shipto.update",
        "customers",
        "update_ship_to",
        m.ShipToUpdateRequest,
        m.ShipToSaveResponse,
        summary="Change a customer's ship-to address.",
        positional=("ship_to_id",),
        doc="""Change a ship-to; ``customer_id`` is required, unset fields are not sent
        (Komet ``customer.shipto.update``; Company token).

        >>> await session.customers.update_ship_to(20131, customer_id=6326, phone="661 522 3154")
        """,
    ),
    json_write(
        "customer.shipto.delete",
        "customers",
        "delete_ship_to",
        m.ShipToDeleteRequest,
        Envelope,
        summary="Delete a customer's ship-to address.",
        positional=("ship_to_id",),
        doc="""Delete a ship-to (Komet ``customer.shipto.delete``; Company token).

        >>> await session.customers.delete_ship_to(20131)
        """,
    ),
    json_write(
        "customer.additional.charge.update",
        "customers",
        "update_additional_charge",
        m.CustomerChargeUpdateRequest,
        Envelope,
        summary="Add or change an automatic additional charge of a customer.",
        positional=("customer_id",),
        doc="""Tie an additional charge (its code from ``additional.charge.list``) to a
        customer, optionally with the customer's own amount (Komet
        ``customer.additional.charge.update``; Company token). ``amount_type``: ``"%"`` or
        ``"$"``.

        >>> await session.customers.update_additional_charge(42423,
        ...     additional_charge_code="DEL", amount_value=Decimal("10"), amount_type="$")
        """,
    ),
    query_read(
        "customer.by.company.list",
        "customers",
        "list_by_company",
        m.CustomersByCompanyRequest,
        m.CustomersByCompanyResponse,
        token_types=("user",),
        envelope_optional=True,  # the documented answer is {"customerResult": [...]}
        account_headers=True,
        required_headers=("X-ACCOUNT", "X-SALES-CHANNEL"),
        summary="List the company's customers a user token sees (X-ACCOUNT, X-SALES-CHANNEL).",
        returns="customer_result",
        doc="""List the customers of the company a **user** token sees (Komet
        ``customer.by.company.list``; User token only). Needs
        ``KometSession(account_id=..., sales_channel=...)``: both headers are required.
        ``show_salesperson_customers=True`` keeps the user's own customers.

        >>> customers = await session.customers.list_by_company(show_salesperson_customers=True)
        """,
    ),
    query_read(
        "customer.by.user.list",
        "customers",
        "list_by_user",
        None,
        m.CustomersByUserResponse,
        token_types=("user",),
        account_headers=True,
        required_headers=("X-ACCOUNT",),
        summary="List the customers (and companies) linked to the calling user.",
        returns="customer_result",
        doc="""List the customers, with their companies, linked to the calling **user** token
        (Komet ``customer.by.user.list``; User token only; needs
        ``KometSession(account_id=...)`` for the ``X-ACCOUNT`` header).

        >>> [(c.company_name, c.customer_name) for c in await session.customers.list_by_user()]
        """,
    ),
)

"""Catalog entries of the e-commerce support methods (more-methods.md, "E-commerce support"):
the carriers a customer may use, and a customer's e-commerce settings.

Each goes into the namespace of the resource it acts on (design.md): the two carrier lists
into ``carriers``, the settings of a customer into ``customers``.

"Nothing found" answers: Komet documents none; "Carriers not found." follows the pattern of
the other lists (the same ASSUMPTION as ``carrier.list``'s).
"""

from __future__ import annotations

from typing import Any

from ..models import ecommerce as e
from ._method import ApiMethod

_CARRIERS_NOT_FOUND = ("Carriers not found.",)

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    ApiMethod(
        name="ecommerce/customer-carriers.list",
        http_method="GET",
        params_in="query",
        token_in="header",
        retry_safe=True,
        namespace="carriers",
        attr="list_for_customer",
        request_type=e.CustomerCarriersRequest,
        response_type=e.CustomerCarriers,
        token_types=("company", "customer"),
        not_found=_CARRIERS_NOT_FOUND,
        account_headers=True,
        required_headers=("X-ACCOUNT",),
        sales_channels=("WEB_APP", "MOBILE_APP", "ECOMMERCE_LITE"),  # its page omits K2K
        summary="E-commerce carriers for a customer's purchase date, with the suggested one.",
        positional=("customer_id",),
        doc="""The e-commerce carriers ``customer_id`` may use for a purchase on ``date`` of
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
        """,
    ),
    ApiMethod(
        name="carriers.by.customer.ship.date.list",
        http_method="GET",
        params_in="query",
        token_in="query",
        retry_safe=True,
        namespace="carriers",
        attr="list_by_customer_ship_date",
        request_type=e.CarriersByShipDateRequest,
        response_type=e.CarriersByShipDate,
        token_types=("customer",),
        not_found=_CARRIERS_NOT_FOUND,
        summary="DEPRECATED: ship dates with default and available carriers for a customer.",
        positional=("customer_id",),
        deprecated=(
            "carriers.by.customer.ship.date.list is deprecated by Komet ('it will not be "
            "longer supported'); use carriers.list_for_customer "
            "(ecommerce/customer-carriers.list)"
        ),
        doc="""DEPRECATED by Komet ("This method is deprecated and it will not be longer
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
        """,
    ),
    ApiMethod(
        name="ecommerce-lite/settings",
        http_method="GET",
        params_in="query",
        token_in="header",
        retry_safe=True,
        namespace="customers",
        attr="get_ecommerce_settings",
        request_type=e.EcommerceSettingsRequest,
        response_type=e.EcommerceSettings,
        token_types=("customer",),
        account_headers=True,
        required_headers=("X-ACCOUNT",),
        summary="A customer's e-commerce (lite) settings and the calling user's flags.",
        positional=("customer_id",),
        doc="""The e-commerce settings of ``customer_id`` and of the calling user (Komet
        ``ecommerce-lite/settings``; Customer token, sent in a header; needs
        ``KometSession(account_id=...)`` for the ``X-ACCOUNT`` header). ``user_info`` holds
        the documented flags (multi-location, arrival date shown, tax charged, multi-company,
        e-commerce lite, admin sales, how vendors are shown, mobile app access) and names.

        >>> settings = await session.customers.get_ecommerce_settings(197959)
        >>> settings.user_info[0].charge_tax
        """,
    ),
)

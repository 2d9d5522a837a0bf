"""Catalog entries of the lookups: login, customers, locations, carriers, vendors, AWBs
(general.md, lookups.md, purchase-orders.md).

"Nothing found" answers: Komet documents none of these texts. The ones below follow the
pattern of the texts seen for other lists ("Products not found.", "Orders not found.");
they are an ASSUMPTION, kept here in one place.
"""

from __future__ import annotations

from typing import Any

from ..models import lookups as m
from ._method import ApiMethod
from ._shapes import json_write, query_read

_AWBS_NOT_FOUND = ("AWBs not found.",)

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    ApiMethod(
        # Credentials, no token: namespace "" is the top-level komet_async.login().
        name="login",
        http_method="POST",
        params_in="query",
        token_in="none",
        retry_safe=True,
        namespace="",
        attr="login",
        request_type=m.LoginRequest,
        response_type=m.LoginResponse,
        token_types=(),
        summary="Trade a username and password for an API token (POST with URL parameters).",
    ),
    query_read(
        "customer.list",
        "customers",
        "list",
        m.CustomerListRequest,
        m.CustomerListResponse,
        token_types=("company", "vendor"),
        not_found=("Customers not found.",),
        summary="List customers (id/code exact, name LIKE).",
        returns="customers",
        doc="""List customers (Komet ``customer.list``; Company or Vendor token). ``id`` and
        ``code`` match exactly, ``name`` with LIKE; ``update_as_of`` keeps those updated on
        or after that day; deactivated customers only with ``include_inactive=True``.

        >>> customers = await session.customers.list(name="wholesale")
        """,
    ),
    query_read(
        "location.list",
        "locations",
        "list",
        m.LocationListRequest,
        m.LocationListResponse,
        not_found=("Locations not found.",),
        summary="List the company's locations, ordered by name.",
        returns="locations",
        doc="""List the company's locations, ordered by name (Komet ``location.list``; Company
        token). Multi-location companies pass these ids to ``location_id`` filters.

        >>> [loc.code for loc in await session.locations.list()]
        """,
    ),
    query_read(
        "carrier.list",
        "carriers",
        "list",
        m.CarrierListRequest,
        m.CarrierListResponse,
        token_types=("company", "vendor"),
        not_found=("Carriers not found.",),
        envelope_optional=True,  # its documented sample starts directly with "carriers"
        summary="List carriers with address and Komet Network Codes.",
        returns="carriers",
        doc="""List carriers (airlines, trucks) with address and Komet Network Codes (Komet
        ``carrier.list``; Company or Vendor token). The documented answer has no envelope;
        ``.response.message`` is then ``None``.

        >>> carriers = await session.carriers.list(active=True)
        """,
    ),
    query_read(
        "vendor.list",
        "vendors",
        "list",
        m.VendorListRequest,
        m.VendorListResponse,
        not_found=("Vendors not found.",),
        summary="List vendors (growers).",
        returns="vendors",
        doc="""List vendors (growers) (Komet ``vendor.list``; Company token). ``id``/``code``
        exact, ``name`` LIKE; ``port_origin`` like ``"BOG"``.

        >>> vendors = await session.vendors.list(port_origin="BOG")
        """,
    ),
    json_write(
        "vendor.add",
        "vendors",
        "add",
        m.VendorAddRequest,
        m.VendorAddResponse,
        summary="Create a vendor; returns its id.",
        positional=('name',),
        doc="""Create a vendor (Komet ``vendor.add``; Company token; never replayed); the
        answer's ``vendor_id`` is the new vendor. ``vendor_type`` is a :class:`VendorType`;
        ``email_for_pos`` a ``;``-separated list of addresses.

        >>> added = await session.vendors.add("Flores ABC", port_origin="BOG",
        ...     vendor_type=VendorType.FRESH_CUT, code="ABC")
        >>> added.vendor_id
        """,
    ),
    query_read(
        "awb.list",
        "awbs",
        "list",
        m.AwbListRequest,
        m.AwbListResponse,
        not_found=_AWBS_NOT_FOUND,
        summary="List AWBs by last 4 digits or ship date, with box counts and codes.",
        returns="awbs",
        doc="""List AWBs with box counts and box codes (Komet ``awb.list``; Company token).
        Give ``awb`` (its last 4 digits, as text) or ``ship_date``.

        >>> awbs = await session.awbs.list(ship_date=dt.date(2016, 2, 15))
        """,
    ),
    query_read(
        "awb.details.list",
        "awbs",
        "list_details",
        m.AwbListRequest,
        m.AwbDetailsListResponse,
        not_found=_AWBS_NOT_FOUND,
        summary="List AWBs with their boxes.",
        returns="awbs",
        doc="""List AWBs with each of their boxes (Komet ``awb.details.list``; Company token).
        Give ``awb`` (last 4 digits) or ``ship_date``.

        >>> awbs = await session.awbs.list_details(awb="0983")
        """,
    ),
    query_read(
        "awb.future.list",
        "awbs",
        "list_future",
        m.FutureAwbListRequest,
        m.FutureAwbListResponse,
        not_found=_AWBS_NOT_FOUND,
        summary="List AWBs loaded ahead of shipping, with their house numbers.",
        returns="awbs",
        doc="""List AWBs loaded ahead of shipping, with their house numbers (Komet
        ``awb.future.list``; Company token). Give ``awb`` (last 4 digits) or ``ship_date``.

        >>> awbs = await session.awbs.list_future(ship_date=dt.date(2017, 11, 15))
        """,
    ),
    json_write(
        "awb.future.save",
        "awbs",
        "save_future",
        m.FutureAwbSaveRequest,
        m.FutureAwbSaveResponse,
        summary="Create or update a future AWB and its house numbers.",
        positional=('awb',),
        doc="""Create or update a future AWB and its house numbers (Komet ``awb.future.save``;
        Company token; never replayed). For an AWB that exists only ``instructions`` are
        added; an existing house gets its vendor, location and instructions updated.

        >>> await session.awbs.save_future("234-2367-0983", origin_code="UIO",
        ...     ship_date=dt.date(2017, 11, 15),
        ...     houses=[AwbHouse(house="CM-93242111", vendor_code="ABC")])
        """,
    ),
)

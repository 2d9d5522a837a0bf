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
    ),
    query_read(
        "location.list",
        "locations",
        "list",
        m.LocationListRequest,
        m.LocationListResponse,
        not_found=("Locations not found.",),
        summary="List the company's locations, ordered by name.",
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
    ),
    query_read(
        "vendor.list",
        "vendors",
        "list",
        m.VendorListRequest,
        m.VendorListResponse,
        not_found=("Vendors not found.",),
        summary="List vendors (growers).",
    ),
    json_write(
        "vendor.add",
        "vendors",
        "add",
        m.VendorAddRequest,
        m.VendorAddResponse,
        summary="Create a vendor; returns its id.",
    ),
    query_read(
        "awb.list",
        "awbs",
        "list",
        m.AwbListRequest,
        m.AwbListResponse,
        not_found=_AWBS_NOT_FOUND,
        summary="List AWBs by last 4 digits or ship date, with box counts and codes.",
    ),
    query_read(
        "awb.details.list",
        "awbs",
        "list_details",
        m.AwbListRequest,
        m.AwbDetailsListResponse,
        not_found=_AWBS_NOT_FOUND,
        summary="List AWBs with their boxes.",
    ),
    query_read(
        "awb.future.list",
        "awbs",
        "list_future",
        m.FutureAwbListRequest,
        m.FutureAwbListResponse,
        not_found=_AWBS_NOT_FOUND,
        summary="List AWBs loaded ahead of shipping, with their house numbers.",
    ),
    json_write(
        "awb.future.save",
        "awbs",
        "save_future",
        m.FutureAwbSaveRequest,
        m.FutureAwbSaveResponse,
        summary="Create or update a future AWB and its house numbers.",
    ),
)

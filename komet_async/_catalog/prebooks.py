"""Catalog entries of the prebook methods (prebooks.md)."""

from __future__ import annotations

from typing import Any

from ..models import prebooks as m
from ..models._base import Envelope
from ._method import ApiMethod
from ._shapes import json_write, query_read

# "Prebooks not found." is not documented: it follows the pattern of the documented
# "Orders not found." / "Products not found." answers (an assumption, like the fake's).
_NOT_FOUND = ("Prebooks not found.",)

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    json_write(
        "prebook.create",
        "prebooks",
        "create",
        m.PrebookCreateRequest,
        m.PrebookCreateResponse,
        token_types=("company", "vendor"),
        summary="Create a prebook (header only, or with lines); may append to an existing one.",
    ),
    json_write(
        "multiple.prebooks.create",
        "prebooks",
        "create_many",
        m.MultiplePrebooksCreateRequest,
        m.MultiplePrebooksCreateResponse,
        summary="Create several prebooks for one customer described inline.",
    ),
    json_write(
        "prebook.update",
        "prebooks",
        "update",
        m.PrebookUpdateRequest,
        Envelope,
        summary="Change a prebook's header (carrier, ship date, ship via, PO, comments).",
    ),
    json_write(
        "prebook.delete",
        "prebooks",
        "delete",
        m.PrebookDeleteRequest,
        Envelope,
        summary="Delete a whole prebook.",
    ),
    json_write(
        "prebook.item.delete",
        "prebooks",
        "delete_item",
        m.PrebookItemDeleteRequest,
        Envelope,
        token_types=("company", "vendor"),
        summary="Delete a prebook line (a Vendor token sets its quantity to 0 instead).",
    ),
    json_write(
        "prebook.future.item.add",
        "prebooks",
        "add_future_item",
        m.PrebookFutureItemAddRequest,
        Envelope,
        # Valid tokens are not stated on the page (GAP); Company is the documented default.
        summary="Add a future-inventory item to a prebook.",
    ),
    json_write(
        "prebook.vendor.availability.item.add",
        "prebooks",
        "add_vendor_availability_item",
        m.PrebookVendorAvailabilityItemAddRequest,
        m.PrebookVendorAvailabilityItemAddResponse,
        summary="Add Vendor-Availability items to a prebook.",
    ),
    query_read(
        "prebook.list",
        "prebooks",
        "list",
        m.PrebookListRequest,
        m.PrebookListResponse,
        not_found=_NOT_FOUND,
        summary="List prebook headers over a truck-date range (at most six months).",
    ),
    query_read(
        "prebook.details.list",
        "prebooks",
        "list_details",
        m.PrebookDetailsListRequest,
        m.PrebookDetailsListResponse,
        token_types=("company", "vendor"),
        not_found=_NOT_FOUND,
        summary="List prebooks with their lines and breakdowns for a truck date.",
    ),
)

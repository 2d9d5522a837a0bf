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
# Integrations reading prebook.details.list compare the message with "Orders not found."
# (third-party.md): the prebook reads may answer it instead of "Prebooks not found.".
_DETAILS_NOT_FOUND = (*_NOT_FOUND, "Orders not found.")

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    json_write(
        "prebook.create",
        "prebooks",
        "create",
        m.PrebookCreateRequest,
        m.PrebookCreateResponse,
        token_types=("company", "vendor"),
        summary="Create a prebook (header only, or with lines); may append to an existing one.",
        arguments=(("prebook_items", "items"),),
        vendor_token_rules=True,
        doc="""Create a prebook: a header alone, or with lines (Komet ``prebook.create``;
        Company or Vendor token; orders may carry a transaction fee).

        The customer is ``customer_id``, or ``customer_code`` + ``customer_description``;
        the carrier likewise. ``use_existing=True`` appends to an existing prebook with the
        same location, carrier, truck date, customer and customer PO instead of creating one.
        With ``token_type="vendor"`` (a Vendor-token session) Komet ignores each line's
        ``price``, ``vendor_id``, ``vendor_code`` and ``vendor_name``: they are still sent,
        with a :class:`~komet_async.VendorIgnoredFieldWarning`.

        >>> answer = await session.prebooks.create(
        ...     ship_date=dt.date(2026, 2, 10), customer_id=23401, carrier_id=1360,
        ...     items=[PrebookItem(product_id=1001, box_type_id=1056, boxes=2)])
        >>> answer.prebook_id
        """,
    ),
    json_write(
        "multiple.prebooks.create",
        "prebooks",
        "create_many",
        m.MultiplePrebooksCreateRequest,
        m.MultiplePrebooksCreateResponse,
        summary="Create several prebooks for one customer described inline.",
        positional=('request',),
        hand_written=True,
    ),
    json_write(
        "prebook.update",
        "prebooks",
        "update",
        m.PrebookUpdateRequest,
        Envelope,
        summary="Change a prebook's header (carrier, ship date, ship via, PO, comments).",
        doc="""Change a prebook's header; lines are untouched, unset fields unchanged (Komet
        ``prebook.update``; Company token). ``ship_via_id``: 0 Warehouse, 1 Grower.

        >>> await session.prebooks.update(prebook_id=345345, comments="New instructions")
        """,
    ),
    json_write(
        "prebook.delete",
        "prebooks",
        "delete",
        m.PrebookDeleteRequest,
        Envelope,
        summary="Delete a whole prebook.",
        doc="""Delete a whole prebook (Komet ``prebook.delete``; Company token only).

        >>> await session.prebooks.delete(prebook_id=90356777)
        """,
    ),
    json_write(
        "prebook.item.delete",
        "prebooks",
        "delete_item",
        m.PrebookItemDeleteRequest,
        Envelope,
        token_types=("company", "vendor"),
        summary="Delete a prebook line (a Vendor token sets its quantity to 0 instead).",
        doc="""Remove one line from a prebook (Komet ``prebook.item.delete``; Company or Vendor
        token).

        With a **Vendor** token the line must be the vendor's and it is *not* deleted: Komet
        sets its quantity to 0 and the line stays on the prebook.

        >>> await session.prebooks.delete_item(prebook_id=85063, prebook_item_id=9999999)
        """,
    ),
    json_write(
        "prebook.future.item.add",
        "prebooks",
        "add_future_item",
        m.PrebookFutureItemAddRequest,
        Envelope,
        # Valid tokens are not stated on the page (GAP); Company is the documented default.
        summary="Add a future-inventory item to a prebook.",
        doc="""Add a future-inventory item (an id from ``future.inventory.openmarket.list``) to a
        prebook at unit ``price`` (Komet ``prebook.future.item.add``; valid tokens are not
        stated, Company assumed; a transaction fee applies).

        >>> await session.prebooks.add_future_item(
        ...     prebook_id=85063, inventory_id=9999999, boxes=5, price=Decimal("2.50"))
        """,
    ),
    json_write(
        "prebook.vendor.availability.item.add",
        "prebooks",
        "add_vendor_availability_item",
        m.PrebookVendorAvailabilityItemAddRequest,
        m.PrebookVendorAvailabilityItemAddResponse,
        summary="Add Vendor-Availability items to a prebook.",
        one_or_many=("inventory_ids",),
        doc="""Add Vendor-Availability items (ids from ``vendors.list_availability_items``) to
        a prebook: ``quantity`` boxes at unit ``price`` (Komet
        ``prebook.vendor.availability.item.add``; Company token). ``inventory_ids`` is one
        id or several (sent comma-separated). The box-type, stems, unit-type and bunch
        fields are not needed for K2K. Answers the new ``prebook_item_id``.

        >>> added = await session.prebooks.add_vendor_availability_item(
        ...     prebook_id=454371, inventory_ids=[428545, 428544], quantity=1, price=Decimal(1))
        >>> added.prebook_item_id
        930125
        """,
    ),
    query_read(
        "prebook.list",
        "prebooks",
        "list",
        m.PrebookListRequest,
        m.PrebookListResponse,
        not_found=_NOT_FOUND,
        summary="List prebook headers over a truck-date range (at most six months).",
        returns="prebooks",
        doc="""List prebook headers whose truck date is in ``date_from``..``date_to`` (at most
        six months; Komet ``prebook.list``; Company token). Ids match exactly, ``customer``
        and ``carrier_name`` with LIKE, all case-insensitive. Lines: :meth:`list_details`.

        >>> [p.number for p in await session.prebooks.list(
        ...     date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 2, 28))]
        """,
    ),
    query_read(
        "prebook.details.list",
        "prebooks",
        "list_details",
        m.PrebookDetailsListRequest,
        m.PrebookDetailsListResponse,
        token_types=("company", "vendor"),
        not_found=_DETAILS_NOT_FOUND,
        summary="List prebooks with their lines and breakdowns for a truck date.",
        returns="prebooks",
        doc="""List prebooks with their lines and breakdowns for a truck ``date``, or a vendor
        ship-date range of at most 7 days (Komet ``prebook.details.list``; Company or Vendor
        token). ``updated_as_of`` (aware datetime, sent in GMT) keeps prebooks updated since;
        ``status`` keeps one prebook status (``"Approved"``, as integrations import).

        A Vendor token sees only its own lines, without sales prices, only lines that have a
        ship date, a vendor and a cost, and only from yesterday on.

        >>> for prebook in await session.prebooks.list_details(date=dt.date(2026, 2, 10)):
        ...     print(prebook.number, [line.product_description for line in prebook.details])
        """,
    ),
)

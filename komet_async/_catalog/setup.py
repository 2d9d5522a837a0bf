"""Catalog entries of the setup lookups: carriers (add, update), categories, additional
charges and automatic additional charges (more-methods.md, "Setup lookups").

"Nothing found" answers: Komet documents none for these lists; the texts below follow the
pattern seen for other lists ("Products not found.") and are an ASSUMPTION.

``automatic-additional-charge`` is one path with two verbs: two methods, named as
methods-part3.json names them (``"automatic-additional-charge [POST]"`` / ``"[PUT]"``),
each with ``path="automatic-additional-charge"``.
"""

from __future__ import annotations

from typing import Any

from ..models import setup as m
from ._method import ApiMethod
from ._shapes import json_write, query_read

_AUTOMATIC_PATH = "automatic-additional-charge"

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    json_write(
        "carrier.add",
        "carriers",
        "add",
        m.CarrierAddRequest,
        m.CarrierSaveResponse,
        summary="Create a carrier; returns its id.",
        positional=("name",),
        doc="""Create a carrier (Komet ``carrier.add``; Company token; never replayed); the
        answer's ``carrier_id`` is the new carrier, which ``carriers.list`` then lists.
        ``capacity`` is in cubes.

        >>> added = await session.carriers.add("Armellini", code="AR", capacity=200)
        >>> added.carrier_id
        234234
        """,
    ),
    json_write(
        "carrier.update",
        "carriers",
        "update",
        m.CarrierUpdateRequest,
        m.CarrierSaveResponse,
        summary="Update a carrier (name and code are required even on update).",
        positional=("carrier_id",),
        doc="""Update a carrier (Komet ``carrier.update``; Company token; never replayed).
        Komet requires ``name`` and ``code`` even on an update; ``active=False`` deactivates
        it.

        >>> await session.carriers.update(234234, name="Armellini", code="AR", capacity=200)
        """,
    ),
    query_read(
        "category.list",
        "categories",
        "list",
        m.CategoryListRequest,
        m.CategoryListResponse,
        not_found=("Categories not found.",),
        summary="List product categories with their Komet Network mapping.",
        returns="category_items",
        doc="""List product categories with their Komet Network mapping (Komet
        ``category.list``; Company token). The page lists the token under "Header" but its
        sample sends it in the query string, where it is sent. ``komet_network_id`` is
        ``None`` for an unmapped category.

        >>> [c.category_name for c in await session.categories.list() if c.active]
        """,
    ),
    query_read(
        "additional.charge.list",
        "additional_charges",
        "list",
        m.AdditionalChargeListRequest,
        m.AdditionalChargeListResponse,
        not_found=("Additional charges not found.",),
        summary="List additional (invoice) charges (id/code exact, name LIKE).",
        returns="additional_charges",
        doc="""List the company's additional (invoice) charges (Komet
        ``additional.charge.list``; Company token). ``id`` and ``code`` match exactly,
        ``name`` with LIKE, case-insensitive.

        >>> charges = await session.additional_charges.list(name="fuel", active=True)
        """,
    ),
    json_write(
        "additional.charge.add",
        "additional_charges",
        "add",
        m.AdditionalChargeAddRequest,
        m.AdditionalChargeSaveResponse,
        summary="Create an additional (invoice) charge; returns its id.",
        positional=("name",),
        doc="""Create an additional invoice charge, visible in Order Entry Settings (Komet
        ``additional.charge.add``; Company token; never replayed); the answer's
        ``additional_charge_id`` is the new charge.

        >>> added = await session.additional_charges.add("Fuel Surcharge", code="FS")
        >>> added.additional_charge_id
        234234
        """,
    ),
    json_write(
        "additional.charge.update",
        "additional_charges",
        "update",
        m.AdditionalChargeUpdateRequest,
        m.AdditionalChargeSaveResponse,
        summary="Update an additional charge (name, code, active).",
        positional=("additional_charge_id",),
        doc="""Update an additional charge's name, code or active flag (Komet
        ``additional.charge.update``; Company token; never replayed).

        >>> await session.additional_charges.update(234234, name="Fuel Surcharge", code="FS")
        """,
    ),
    ApiMethod(
        name="automatic-additional-charge [POST]",
        path=_AUTOMATIC_PATH,
        http_method="POST",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="additional_charges",
        attr="add_automatic",
        request_type=m.AutomaticAdditionalChargeAddRequest,
        response_type=m.AutomaticAdditionalChargeResponse,
        summary="Create an automatic additional charge rule (partly documented).",
        doc="""Create a rule that adds an additional charge to orders by itself (Komet
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
        """,
    ),
    ApiMethod(
        name="automatic-additional-charge [PUT]",
        path=_AUTOMATIC_PATH,
        http_method="PUT",
        params_in="body",
        token_in="header",
        retry_safe=False,
        namespace="additional_charges",
        attr="update_automatic",
        request_type=m.AutomaticAdditionalChargeUpdateRequest,
        response_type=m.AutomaticAdditionalChargeResponse,
        query_fields=("automaticAdditionalChargeId",),
        summary="Update an automatic additional charge rule (partly documented).",
        positional=("automatic_additional_charge_id",),
        doc="""Update an automatic additional charge rule (Komet
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
        """,
    ),
)

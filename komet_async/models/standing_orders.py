"""Standing orders: recurring prebook templates (more-methods.md, "Standing orders";
APIDocs 25657433, 25591809, 11177663, 26509436, 26575088).

Partly a documentation GAP (only ~2,000 characters of each page could be read): the fields
of a standing order's items after ``identifier``, the answers of ``v2/standing-order`` POST
and PUT, and ``standing.order.list``'s answer after ``endDate``. What is known is modelled;
items carry an ``extra`` dict for the cut-off fields (written into the item as given), and
answer fields the docs do not show land in ``.extra``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from attrs import define, field

from .._wire import OFF_WIRE, wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

STANDING_ORDER_STATUSES = ("All", "Active", "Cancelled")
"""``standing.order.list``'s ``status`` filter (Komet's default: Active)."""

_ID = wire(digits=(20, 0), min_value=0)


# --- standing.order.list ------------------------------------------------------------------


@define(kw_only=True)
class StandingOrderListRequest(KometRequest):
    """Filters of ``standing.order.list``: ``date_from``..``date_to`` (required; the page
    does not say which dates they compare), ``customer`` (name or code, LIKE), exact
    ``customer_id``, ``number`` and ``location_id``, and ``status`` (one of
    :data:`STANDING_ORDER_STATUSES`; Komet's default is Active). Case-insensitive."""

    date_from: dt.date
    date_to: dt.date
    customer: str | None = field(default=None, metadata=wire(max_len=50))
    customer_id: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))
    number: str | None = field(default=None, metadata=wire(max_len=10))
    location_id: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))
    status: str | None = field(
        default=None,
        metadata=wire(max_len=20, choices=STANDING_ORDER_STATUSES, case_insensitive=True),
    )


@define(kw_only=True)
class StandingOrder(KometModel):
    """One standing order (``standing.order.list``).

    GAP: the answer is readable only up to ``end_date``; items and anything else are in
    ``.extra``. ``number`` is text: typed integer:10 in the answer, but string:10 as the
    list's own filter. ``days`` is the comma-separated day names (``"Sunday, Monday"``);
    ``recurrence`` the frequency in weeks.
    """

    id: int
    number: str | None = None
    customer_name: str | None = None
    price_list: str | None = None
    carrier_name: str | None = None
    recurrence: int | None = None
    days: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None


@define(kw_only=True)
class StandingOrderListResponse(Envelope):
    standing_orders: list[StandingOrder] = field(factory=list)


# --- v2/standing-order POST / PUT ---------------------------------------------------------


@define(kw_only=True)
class StandingOrderItem(KometRequest):
    """One product line of a standing order (``items`` of ``v2/standing-order``).

    GAP: only the first field, ``identifier`` (optional, string:30), could be read. The
    product, box type, quantities and prices go in ``extra`` with their wire names:
    ``StandingOrderItem(identifier="L1", extra={"productId": 1001, "boxes": 2})``.
    """

    identifier: str | None = field(default=None, metadata=wire(max_len=30))
    extra: dict[str, Any] = field(factory=dict, metadata=OFF_WIRE)


@define(kw_only=True)
class StandingOrderFields(KometRequest):
    """What a standing order holds, as ``v2/standing-order`` POST and PUT take it.

    Customer by ``customer_id``, or by ``customer_code`` + ``customer_description``;
    carrier likewise. ``recurrence`` is how often purchase orders are generated, in weeks
    (1-4); ``truck_days`` the purchase orders' truck days (string:20; the page's list of
    valid values is cut after "Monday, Tuesday, ..."). ``ship_via_id`` 0 = Warehouse,
    1 = Grower. ``company_location_code`` is required for multi-location companies;
    ``company_location_id`` is typed string:20 on the page and kept so. ``invoice_notes``
    is typed string:1000 but the page's text says at most 200 characters: 200 is enforced,
    so a call never fails for it. ``ship_to_id`` is on 25591809 only (typed "integer:200",
    read as an id).
    """

    customer_id: int | None = field(default=None, metadata=_ID)
    customer_code: str | None = field(default=None, metadata=wire(max_len=20))
    customer_description: str | None = field(default=None, metadata=wire(max_len=200))
    carrier_id: int | None = field(default=None, metadata=_ID)
    carrier_code: str | None = field(default=None, metadata=wire(max_len=20))
    carrier_description: str | None = field(default=None, metadata=wire(max_len=200))
    start_date: dt.date
    end_date: dt.date | None = None
    ship_via_id: int | None = field(default=None, metadata=wire(min_value=0, max_value=1))
    ship_to_id: int | None = field(default=None, metadata=_ID)
    customer_po: str | None = field(default=None, metadata=wire(name="customerPO", max_len=20))
    company_location_id: str | None = field(default=None, metadata=wire(max_len=20))
    company_location_code: str | None = field(default=None, metadata=wire(max_len=20))
    recurrence: int = field(metadata=wire(min_value=1, max_value=4))
    truck_days: str = field(metadata=wire(min_len=1, max_len=20))
    comments: str | None = field(default=None, metadata=wire(max_len=200))
    invoice_notes: str | None = field(default=None, metadata=wire(max_len=200))
    items: list[StandingOrderItem] | None = None

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (
        ("customer_id", "customer_code"),
        ("carrier_id", "carrier_code"),
    )

    def check(self) -> None:
        if self.customer_id is None and self.customer_description is None:
            raise RequestValidationError(
                "customer_description", "is required when customer_id is not given"
            )
        if self.carrier_id is None and self.carrier_description is None:
            raise RequestValidationError(
                "carrier_description", "is required when carrier_id is not given"
            )


@define(kw_only=True)
class StandingOrderCreateRequest(StandingOrderFields):
    """``v2/standing-order`` POST: a new standing order (see :class:`StandingOrderFields`)."""


@define(kw_only=True)
class StandingOrderUpdateRequest(StandingOrderFields):
    """``v2/standing-order`` PUT: ``standing_order_id`` and ``standing_order_item_id`` (both
    from the create answer) plus the create fields. The page spells the first
    ``standingOrderID`` (capital ID), which is what is sent. GAP: the page is cut after
    ``truckDays``; the fields after it are the create page's."""

    standing_order_id: int = field(
        metadata=wire(name="standingOrderID", digits=(20, 0), min_value=0)
    )
    standing_order_item_id: int = field(metadata=_ID)


@define(kw_only=True)
class StandingOrderCreateResponse(Envelope):
    """The answer of ``v2/standing-order`` POST.

    GAP: the documented answer could not be read. The PUT and DELETE pages say
    ``standingOrderId`` and ``standingOrderItemId`` come from this method, so the order's
    id is modelled (``standingOrderId``, or ``standingOrderID`` as the PUT page spells
    it); where the item ids sit in the answer is not known: they are in ``.extra``.
    """

    standing_order_id: int | None = field(
        default=None, metadata=wire(also_reads=("standingOrderID",))
    )


@define(kw_only=True)
class StandingOrderItemDeleteRequest(KometRequest):
    """``v2/standing-order/item`` DELETE: both ids in the query string."""

    standing_order_id: int = field(metadata=_ID)
    standing_order_item_id: int = field(metadata=wire(digits=(20, 0), min_value=0))

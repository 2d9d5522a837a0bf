"""Web orders: the e-commerce shopping cart (more-methods.md, "Web orders").

A web order is created as a header (``web-order.create``), filled with inventory lines
(``web-order-item.add``), read back with its totals (``web-order-details.list``), then
checked out (``web-order.checkout``) or cancelled (``web-order.delete``).

Every web-order method needs the ``X-ACCOUNT`` header (``KometSession(account_id=...)``)
and sends the token as a header, as the pages list it under "Headers". Valid tokens:
Customer and User (checkout: User only).

Fields marked 🔒 on the pages are "only available when the token has the Transactional API
Access enabled" (legend on APIDocs 11177531); their docstrings say so.

GAPs (nothing below invents them): the answer of ``web-order-item.add``, the parameters
after ``boxTypeCode`` on its newest page, and the fields of a web order's items after
``webOrderItemId``. Unknown answer fields are kept in ``.extra``.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import ClassVar

from attrs import define, field

from .._wire import wire
from ._base import Envelope, KometModel, KometRequest

_ID = wire(digits=(20, 0), min_value=0)
_LOCATION_10 = wire(digits=(10, 0), min_value=0)
_PRICE = wire(digits=(10, 2), min_value=0)


class WebOrderStatus(enum.IntEnum):
    """A web order's ``statusId`` (web-order-details.list)."""

    PENDING = 1
    CHECKED_OUT = 2
    """Checked out (the page also says "Confirmed")."""


def _code(value: int | None) -> int | None:
    # Sent in a query string, where Python 3.10 would write an IntEnum by its name.
    return int(value) if isinstance(value, enum.IntEnum) else value


# --- web-order.create -------------------------------------------------------------------


@define(kw_only=True)
class WebOrderCreateRequest(KometRequest):
    """``web-order.create``: the header of a new web order for ``customer_id`` (from
    ``customer.list``) in company ``company_id``. ``company_location_id`` "only applies to
    Multi-Location Companies" (required there)."""

    customer_id: int = field(metadata=_ID)
    company_id: int = field(metadata=wire(digits=(10, 0), min_value=0))
    company_location_id: int | None = field(default=None, metadata=_ID)


@define(kw_only=True)
class WebOrderWriteResponse(Envelope):
    """The answer of ``web-order.create``, ``web-order.checkout`` and ``web-order.delete``:
    ``web_order_id`` is the web order created, checked out or cancelled (documented on all
    three pages; the APIDocs samples send it as text, ``"30200"``)."""

    web_order_id: int | None = None


# --- web-order-item.add -----------------------------------------------------------------


@define(kw_only=True)
class WebOrderItemAddRequest(KometRequest):
    """``web-order-item.add``: add inventory lines to a web order.

    Komet consolidates into ``web_order_id`` when given; otherwise it looks for a pending
    web order with identical information and creates a new one when none exists.

    Sources: ``customer_id``, ``reserved_inventory``, ``inventory_ids``,
    ``inventory_origin`` and the 🔒 fields come from the newest APIDocs page (11177715),
    which is cut after ``box_type_code`` (GAP); ``price``, ``quantity``, ``carrier_id``,
    ``date``, ``company_location_id``, ``ship_to_id``, ``mark_code`` and ``web_order_id``
    from the older learn copy, which marks the first four required (whether they still are
    is unknown; they are required here as that copy says).

    * ``inventory_ids``: the inventory item id(s), sent as the documented text (several
      joined with commas, the form of the sibling ``prebook.vendor.availability.item.add``
      sample) -- not needed when ``product_code`` is sent (one of the two is required).
    * ``inventory_origin``: an :class:`~komet_async.InventoryOrigin` (newest page: 1 On
      Hand, 2 Future Sales; learn copy: 1 Open Market, 2 Future Sales, 3 VA, 4 K2K).
    * 🔒 ``fed_ex_info_same_as_customer``, ``product_code``, ``company_product_id``,
      ``box_type_code`` need Transactional API Access. The page does not show the type of
      ``fed_ex_info_same_as_customer`` (not captured): it is taken as a flag, written
      ``true``/``false`` like the page's other flag ``reserved_inventory`` (an assumption).
    """

    customer_id: int = field(metadata=_ID)
    reserved_inventory: bool | None = field(default=None, metadata=wire(bool_style="truefalse"))
    inventory_ids: list[int] | None = field(
        default=None, metadata=wire(joined=",", min_len=1, min_value=0)
    )
    inventory_origin: int = field(converter=_code, metadata=wire(min_value=1, max_value=4))
    fed_ex_info_same_as_customer: bool | None = field(
        default=None, metadata=wire(name="fedExInfoSameAsCustomer", bool_style="truefalse")
    )
    product_code: str | None = field(default=None, metadata=wire(max_len=20))
    company_product_id: int | None = field(default=None, metadata=_ID)
    box_type_code: str | None = field(default=None, metadata=wire(max_len=3))
    price: Decimal = field(metadata=_PRICE)
    quantity: int = field(metadata=wire(digits=(10, 0), min_value=1))
    carrier_id: int = field(metadata=_ID)
    date: dt.date
    company_location_id: int | None = field(default=None, metadata=_ID)
    ship_to_id: int | None = field(default=None, metadata=_ID)
    mark_code: str | None = field(default=None, metadata=wire(max_len=20))
    web_order_id: int | None = field(default=None, metadata=_ID)

    REQUIRE_ONE_OF: ClassVar[tuple[tuple[str, ...], ...]] = (("inventory_ids", "product_code"),)


@define(kw_only=True)
class WebOrderItemAddResponse(Envelope):
    """The answer of ``web-order-item.add``. GAP: no copy of the page shows it; everything
    but ``status``/``message`` is kept in ``.extra``, as sent."""


# --- web-order-details.list -------------------------------------------------------------


@define(kw_only=True)
class WebOrderDetailsListRequest(KometRequest):
    """``web-order-details.list``: web order ``web_order_id`` of ``customer_id``.
    Without ``status_id`` only orders not yet checked out are returned
    (:class:`WebOrderStatus`). ``company_location_id`` "only applies to Multi-Location
    Companies"."""

    customer_id: int = field(metadata=_ID)
    web_order_id: int = field(metadata=_ID)
    company_location_id: int | None = field(default=None, metadata=_LOCATION_10)
    status_id: int | None = field(
        default=None, converter=_code, metadata=wire(min_value=1, max_value=2)
    )


@define(kw_only=True)
class WebOrderItem(KometModel):
    """One item of a web order. Documented: ``id`` (a row identifier within the result,
    text) and ``web_order_item_id``; the page is cut after it (GAP), so every other field
    is in ``.extra``, as sent."""

    id: str | None = None
    web_order_item_id: int | None = None


@define(kw_only=True)
class WebOrder(KometModel):
    """A web order with its totals (web-order-details.list; all fields documented):
    ``subtotal`` is without additional charges and taxes, ``total`` is subtotal +
    additional charges + taxes. ``status_id`` is a :class:`WebOrderStatus` code. The page
    marks some fields 🔒 (Transactional API Access only) but which ones is not captured."""

    id: int
    number: int | None = None
    status_id: int | None = None
    company_location_id: int | None = None
    customer_id: int | None = None
    subtotal: Decimal | None = None
    additional_charges: Decimal | None = None
    total: Decimal | None = None
    items: list[WebOrderItem] = field(factory=list)


@define(kw_only=True)
class WebOrderDetailsListResponse(Envelope):
    web_orders: list[WebOrder] = field(factory=list)


# --- web-order.checkout / web-order.delete ----------------------------------------------


@define(kw_only=True)
class WebOrderCheckoutRequest(KometRequest):
    """``web-order.checkout``: check out (confirm) pending web order ``web_order_id`` of
    ``customer_id``; ``customer_po`` is text (one copy types it ``integer:50``, the sample
    sends ``"292644"``)."""

    customer_id: int = field(metadata=_ID)
    web_order_id: int = field(metadata=_ID)
    customer_po: str | None = field(default=None, metadata=wire(max_len=50))
    company_location_id: int | None = field(default=None, metadata=_ID)


@define(kw_only=True)
class WebOrderDeleteRequest(KometRequest):
    """``web-order.delete``: cancel web order ``web_order_id`` of ``customer_id``."""

    customer_id: int = field(metadata=_ID)
    web_order_id: int = field(metadata=_ID)

"""Setup lookups: carriers (add, update), categories, additional charges and automatic
additional charges (more-methods.md, "Setup lookups").

Every field below is in the method's parameter or answer table; what a page leaves as a GAP
is said in the class's docstring, and whatever an answer carries beyond the table is kept
in ``.extra``. The samples write ids and flags as text (``"23243"``, ``"1"``); the converter
takes them.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

from attrs import define, field

from .._wire import OFF_WIRE, wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest

_ID = wire(digits=(20, 0), min_value=0)
_NAME = wire(max_len=200, min_len=1)
_CODE = wire(max_len=10)
_AMOUNT = wire(digits=(15, 4))
"""The automatic-charge pages type amounts ``numeric`` with no precision: at most 4
decimal places and 15 digits, so the JSON number written is exactly the Decimal given
(a guard of the SDK's, not a documented limit)."""


# --- carriers ----------------------------------------------------------------------------------


@define(kw_only=True)
class CarrierAddRequest(KometRequest):
    """``carrier.add``: ``name`` and ``code`` are required; ``capacity`` is in cubes (typed
    ``integer:10``; the page's sample writes it as the text ``"200"``, the typed int is
    sent)."""

    name: str = field(metadata=_NAME)
    code: str = field(metadata=wire(max_len=10, min_len=1))
    capacity: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))


@define(kw_only=True)
class CarrierUpdateRequest(KometRequest):
    """``carrier.update``: the page requires ``name`` and ``code`` even on an update."""

    carrier_id: int = field(metadata=_ID)
    name: str = field(metadata=_NAME)
    code: str = field(metadata=wire(max_len=10, min_len=1))
    active: bool | None = None
    capacity: int | None = field(default=None, metadata=wire(digits=(10, 0), min_value=0))


@define(kw_only=True)
class CarrierSaveResponse(Envelope):
    """The answer of ``carrier.add`` / ``carrier.update``: the carrier's id."""

    carrier_id: int | None = None


# --- categories --------------------------------------------------------------------------------


@define(kw_only=True)
class CategoryListRequest(KometRequest):
    """``category.list`` takes no parameter but the token."""


@define(kw_only=True)
class Category(KometModel):
    """A product category (``category.list``) with its Komet Network mapping;
    ``komet_network_id`` and ``komet_network_name`` are ``None`` when it is unmapped."""

    category_id: int
    category_name: str | None = None
    komet_network_id: int | None = None
    komet_network_name: str | None = None
    active: bool | None = None


@define(kw_only=True)
class CategoryListResponse(Envelope):
    """GAP: the page's sample is cut before its end, so whether ``status``/``message``
    follow ``categoryItems`` is not known; both are optional here."""

    category_items: list[Category] = field(factory=list)


# --- additional charges ------------------------------------------------------------------------


@define(kw_only=True)
class AdditionalCharge(KometModel):
    """An additional (invoice) charge (``additional.charge.list``); the sample sends ``id``
    and ``active`` as text."""

    id: int
    name: str | None = None
    code: str | None = None
    active: bool | None = None


@define(kw_only=True)
class AdditionalChargeListRequest(KometRequest):
    """Filters of ``additional.charge.list``: ``id`` and ``code`` exact, ``name`` LIKE,
    case-insensitive."""

    id: int | None = field(default=None, metadata=_ID)
    name: str | None = field(default=None, metadata=wire(max_len=200))
    code: str | None = field(default=None, metadata=_CODE)
    active: bool | None = None


@define(kw_only=True)
class AdditionalChargeListResponse(Envelope):
    additional_charges: list[AdditionalCharge] = field(factory=list)


@define(kw_only=True)
class AdditionalChargeAddRequest(KometRequest):
    """``additional.charge.add``: a charge shown in Order Entry Settings."""

    name: str = field(metadata=_NAME)
    code: str | None = field(default=None, metadata=_CODE)


@define(kw_only=True)
class AdditionalChargeUpdateRequest(KometRequest):
    """``additional.charge.update``: name, code and active, each optional."""

    additional_charge_id: int = field(metadata=_ID)
    name: str | None = field(default=None, metadata=wire(max_len=200, min_len=1))
    code: str | None = field(default=None, metadata=_CODE)
    active: bool | None = None


@define(kw_only=True)
class AdditionalChargeSaveResponse(Envelope):
    """The answer of ``additional.charge.add`` / ``.update``: the charge's id."""

    additional_charge_id: int | None = None


# --- automatic additional charges --------------------------------------------------------------


class AmountType(enum.IntEnum):
    """``amountType`` of an automatic additional charge. ``BOX``: ``amount_value`` per box
    until ``cap_per_day`` is reached."""

    PERCENTAGE = 0
    MONETARY_AMOUNT = 1
    BOX = 2


class OrderType(enum.IntEnum):
    """``orderType`` of an automatic additional charge: the orders' source."""

    BOTH = 0
    WEB = 1
    PHONE = 2


@define(kw_only=True)
class ExceptionCustomer(KometRequest):
    """A customer an automatic additional charge applies to differently
    (``exceptionCustomers[]``).

    GAP: only these four fields were readable; any other goes in ``extra`` under its wire
    name and is sent as given.
    """

    customer_id: int = field(metadata=_ID)
    active: bool
    amount_value: Decimal = field(metadata=_AMOUNT)
    amount_type: int = field(metadata=wire(min_value=0, max_value=2))
    extra: dict[str, Any] = field(factory=dict, metadata=OFF_WIRE)


def _check_exclusion_action(request: Any) -> None:
    """``excludeCustomerActionType`` is "required if excludeCustomerIds is sent"."""
    if request.exclude_customer_ids is not None and request.exclude_customer_action_type is None:
        raise RequestValidationError(
            "exclude_customer_action_type", "is required when exclude_customer_ids is given"
        )


@define(kw_only=True)
class AutomaticAdditionalChargeAddRequest(KometRequest):
    """``POST automatic-additional-charge``: a rule that adds a charge to orders by itself.

    ``company_location_id`` is marked required, though the page calls it optional for
    single-location companies; it is required here as the table says. ``carrier_ids`` and
    ``exclude_customer_ids`` are sent comma-separated, as documented. Partly documented:
    ``exception_customers``' item fields are cut (GAP, see :class:`ExceptionCustomer`).
    """

    additional_charge_id: int = field(metadata=_ID)
    company_location_id: int = field(metadata=_ID)
    amount_value: Decimal = field(metadata=_AMOUNT)
    active: bool
    cap_per_day: Decimal = field(metadata=_AMOUNT)
    min_cap_per_day: Decimal = field(metadata=_AMOUNT)
    amount_type: int = field(metadata=wire(min_value=0, max_value=2))
    order_type: int = field(metadata=wire(min_value=0, max_value=2))
    carrier_ids: list[int] | None = field(default=None, metadata=wire(joined=",", min_len=1))
    exclude_customer_ids: list[int] | None = field(
        default=None, metadata=wire(joined=",", min_len=1)
    )
    exception_customers: list[ExceptionCustomer] | None = None

    def check(self) -> None:
        _check_ids(self.carrier_ids, "carrier_ids")
        _check_ids(self.exclude_customer_ids, "exclude_customer_ids")


@define(kw_only=True)
class AutomaticAdditionalChargeUpdateRequest(KometRequest):
    """``PUT automatic-additional-charge?automaticAdditionalChargeId=...``: the rule's id
    travels in the query string, the rest in the JSON body.

    ``exclude_customer_action_type`` says what to do with ``exclude_customer_ids`` and is
    then required: ``0`` deletes them from the excluded list; the other values are cut
    (GAP), so any non-negative number is sent as given. GAP: how a rule's id is obtained
    (the POST's answer is not readable) and any parameter after
    ``excludeCustomerActionType``.
    """

    automatic_additional_charge_id: int = field(metadata=_ID)
    additional_charge_id: int = field(metadata=_ID)
    company_location_id: int = field(metadata=_ID)
    amount_value: Decimal = field(metadata=_AMOUNT)
    active: bool
    cap_per_day: Decimal = field(metadata=_AMOUNT)
    min_cap_per_day: Decimal = field(metadata=_AMOUNT)
    amount_type: int = field(metadata=wire(min_value=0, max_value=2))
    order_type: int = field(metadata=wire(min_value=0, max_value=2))
    carrier_ids: list[int] | None = field(default=None, metadata=wire(joined=",", min_len=1))
    exclude_customer_ids: list[int] | None = field(
        default=None, metadata=wire(joined=",", min_len=1)
    )
    exclude_customer_action_type: int | None = field(
        default=None, metadata=wire(min_value=0, digits=(10, 0))
    )

    def check(self) -> None:
        _check_ids(self.carrier_ids, "carrier_ids")
        _check_ids(self.exclude_customer_ids, "exclude_customer_ids")
        _check_exclusion_action(self)


def _check_ids(ids: list[int] | None, name: str) -> None:
    for index, value in enumerate(ids or ()):
        if value < 0 or value >= 10**20:
            raise RequestValidationError(f"{name}[{index}]", "must be a non-negative integer:20")


@define(kw_only=True)
class AutomaticAdditionalChargeResponse(Envelope):
    """The answer of ``automatic-additional-charge`` (POST and PUT). GAP: the pages show
    no answer; ``status`` and ``message`` are presumed, everything else is in ``.extra``."""

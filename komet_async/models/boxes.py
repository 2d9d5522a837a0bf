"""Boxes and box types (boxes-products.md)."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from attrs import define, field

from .._wire import wire
from ..errors import RequestValidationError
from ._base import Envelope, KometModel, KometRequest


@define(kw_only=True)
class BoxType(KometModel):
    """A box type (``boxtype.list``): ``fbe`` is the full-box equivalent (FB 1, HB 0.5)."""

    id: int
    code: str | None = None
    komet_network_name: str | None = None
    fbe: Decimal | None = None
    komet_network_id: int | None = None


@define(kw_only=True)
class BoxTypeListRequest(KometRequest):
    id: int | None = field(default=None, metadata=wire(digits=(20, 0), min_value=0))
    code: str | None = field(default=None, metadata=wire(max_len=3))


@define(kw_only=True)
class BoxTypeListResponse(Envelope):
    # Komet spells the array key all lower-case.
    box_types: list[BoxType] = field(factory=list, metadata=wire(name="boxtypes"))


@define(kw_only=True)
class BoxCodeChange(KometRequest):
    """Rename one box: ``current_box_code`` becomes ``new_box_code``."""

    current_box_code: str = field(metadata=wire(max_len=20, min_len=1))
    new_box_code: str = field(metadata=wire(max_len=20, min_len=1))


@define(kw_only=True)
class BoxCodeChangeRequest(KometRequest):
    boxes: list[BoxCodeChange] = field(metadata=wire(min_len=1))


@define(kw_only=True)
class BoxCodeResult(KometModel):
    """The outcome for one box of ``box.code.change``, keyed by ``new_box_code`` (Komet does
    not echo the current code). ``status`` 1 is success."""

    new_box_code: str
    status: int
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 1


@define(kw_only=True)
class BoxCodeChangeResponse(Envelope):
    boxes: list[BoxCodeResult] = field(factory=list)


# --- box operations (boxes-products.md, "Other box methods") ------------------------------

_BOX_CODE = wire(max_len=20, min_len=1)
_LOCATION_ID = wire(digits=(20, 0), min_value=0)


@define(kw_only=True)
class BoxExternalCode(KometRequest):
    """Attach ``external_code`` to the box ``box_code`` (``box.externalcode.update``)."""

    box_code: str = field(metadata=_BOX_CODE)
    external_code: str = field(metadata=_BOX_CODE)


@define(kw_only=True)
class BoxExternalCodeUpdateRequest(KometRequest):
    boxes: list[BoxExternalCode] = field(metadata=wire(min_len=1))


@define(kw_only=True)
class BoxResult(KometModel):
    """The outcome for one box of ``box.externalcode.update``, keyed by ``box_code``;
    ``status`` 1 is success."""

    box_code: str
    status: int
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 1


@define(kw_only=True)
class BoxExternalCodeUpdateResponse(Envelope):
    boxes: list[BoxResult] = field(factory=list)


@define(kw_only=True)
class BoxPositionChangeRequest(KometRequest):
    """``box.position.change``: the rack location of one box."""

    box_code: str = field(metadata=_BOX_CODE)
    position: str | None = field(default=None, metadata=wire(max_len=4))


@define(kw_only=True)
class BoxPositionChangeResponse(Envelope):
    box_old_position: str | None = None


@define(kw_only=True)
class BoxMoveAwbRequest(KometRequest):
    """``box.move.awb``: move staging-area boxes to another master AWB. ``ship_date``
    overwrites the AWB's ship date; ``box_codes`` are sent comma-separated, no spaces."""

    awb: str = field(metadata=wire(max_len=50, min_len=1))
    ship_date: dt.date
    box_codes: list[str] = field(metadata=wire(min_len=1))
    company_location_id: int | None = field(default=None, metadata=_LOCATION_ID)

    def check(self) -> None:
        for index, code in enumerate(self.box_codes):
            if not code or "," in code or any(ch.isspace() for ch in code):
                raise RequestValidationError(
                    f"box_codes[{index}]", "must be non-empty, without commas or spaces"
                )


@define(kw_only=True)
class BoxMoveAwbResponse(Envelope):
    """``failed_boxes``: the codes that were not moved."""

    failed_boxes: list[str] = field(factory=list)


@define(kw_only=True)
class BoxWarehouseReceiveRequest(KometRequest):
    box_code: str = field(metadata=_BOX_CODE)
    position: str | None = field(default=None, metadata=wire(max_len=4))
    company_location_id: int | None = field(default=None, metadata=_LOCATION_ID)


@define(kw_only=True)
class BoxWarehouseShipRequest(KometRequest):
    box_code: str = field(metadata=_BOX_CODE)
    company_location_id: int | None = field(default=None, metadata=_LOCATION_ID)


@define(kw_only=True)
class BoxWriteResponse(Envelope):
    """``status`` and ``message`` only."""


@define(kw_only=True)
class BoxInvoiceShipmentConfirmRequest(KometRequest):
    """``box.invoice.shipment.confirm``: mark boxes of a sales order as shipped.

    The parameter table says ``boxCodes`` is a comma-separated ``string:200``; the sample
    sends a JSON array. The array is sent (the sample is a real request), and the joined
    codes must still fit in 200 characters so both readings hold.
    """

    order_number: int = field(metadata=wire(digits=(10, 0), min_value=0))
    box_codes: list[str] = field(metadata=wire(min_len=1))

    def check(self) -> None:
        for index, code in enumerate(self.box_codes):
            if not code or "," in code:
                raise RequestValidationError(f"box_codes[{index}]", "must be non-empty, no commas")
        if len(",".join(self.box_codes)) > 200:
            raise RequestValidationError(
                "box_codes", "must be at most 200 characters once joined with commas"
            )


@define(kw_only=True)
class BoxInvoiceShipmentConfirmResponse(Envelope):
    updated_boxes: int | None = None


@define(kw_only=True)
class BoxInventoryCountRequest(KometRequest):
    """``PATCH v2/inventory/box/count``. ``company_location_id`` is text (``string:10``) on
    this page and required for multi-location companies."""

    box_code: str = field(metadata=wire(max_len=200, min_len=1))
    box_position: str | None = field(default=None, metadata=wire(max_len=10))
    company_location_id: str | None = field(default=None, metadata=wire(max_len=10))


class InventoryCountStatus(enum.IntEnum):
    """The documented ``statusInventory`` codes of ``v2/inventory/box/count``.

    ``INVALID`` (0: invalid token or missing box code) is raised as an error; the others
    are per-box outcomes and come back in the result.
    """

    INVALID = 0
    OK = 1
    BOX_NOT_FOUND = 2
    SAME_STATUS = 3
    ALREADY_SOLD = 4
    NOT_IN_INVENTORY = 11


@define(kw_only=True)
class BoxInventoryCountResponse(Envelope):
    """The answer of ``v2/inventory/box/count``: ``status_inventory`` instead of ``status``.

    ``ok`` is true only for 1; ``outcome`` names the code. The sample also carries
    ``box_already_scanned_position`` (with code 3).
    """

    status_inventory: int
    box_already_scanned_position: str | None = None

    @property
    def ok(self) -> bool:
        return self.status_inventory == InventoryCountStatus.OK

    @property
    def outcome(self) -> InventoryCountStatus:
        return InventoryCountStatus(self.status_inventory)

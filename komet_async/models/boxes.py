"""Boxes and box types (boxes-products.md)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define, field

from .._wire import wire
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

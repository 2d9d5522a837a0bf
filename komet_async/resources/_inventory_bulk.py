"""Bulk inventory work: ``push`` (one ``inventory.add`` per line, big lines split, optional
coalescing), ``bulk_update`` and ``bulk_delete``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

import attrs

from .. import _constants as C
from .._bulk import BulkResult, ItemOutcome, Part, ProgressCallback
from .._convert import unstructure_request
from .._generated.declared import INVENTORY_ADD, INVENTORY_DELETE, INVENTORY_UPDATE
from .._validate import item_errors, item_errors_in_slices
from ..errors import InvalidItemsError, ItemValidationError, RequestValidationError
from ..models.inventory import (
    MAX_BOXES_PER_ADD,
    InventoryAddResponse,
    InventoryDeleteRequest,
    InventoryDeleteResponse,
    InventoryLine,
    InventoryUpdateRequest,
    InventoryUpdateResponse,
)
from ._base import Resource, _fresh, items_of

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


OnInvalid = Literal["raise", "skip"]


def split_line(line: InventoryLine, max_boxes: int = MAX_BOXES_PER_ADD) -> list[InventoryLine]:
    """The line as ``inventory.add`` calls of at most ``max_boxes`` boxes each."""
    full, rest = divmod(line.quantity, max_boxes)
    sizes = [max_boxes] * full + ([rest] if rest else [])
    if len(sizes) == 1:
        return [line]
    return [attrs.evolve(line, quantity=size) for size in sizes]


def _same_but_quantity(line: InventoryLine) -> str:
    return repr(unstructure_request(attrs.evolve(line, quantity=0)))


class InventoryBulk(Resource):
    """The bulk half of ``session.inventory`` (the one-item methods are beside it)."""

    __slots__ = ()

    def validate(self, lines: Iterable[InventoryLine]) -> list[ItemValidationError]:
        """Every documented rule ``lines`` break, as :meth:`push` would check them: one
        :class:`ItemValidationError` per bad field of each bad line, in input order, each
        naming the line (``.index``) and the field as ``lines[3].unit_cost``; an empty list
        if every line is valid. Nothing is sent and no quota is spent.

        >>> for error in session.inventory.validate(lines):
        ...     print(error.index, error.field, error.rule)
        """
        return item_errors(
            list(lines), field="lines", komet_method="inventory.add", item_type=InventoryLine
        )

    async def push(
        self,
        lines: Iterable[InventoryLine],
        *,
        concurrency: int = C.PUSH_CONCURRENCY,
        allow_partial: bool = False,
        coalesce: bool = False,
        on_invalid: OnInvalid = "raise",
        on_progress: ProgressCallback | None = None,
        into: BulkResult[InventoryLine, InventoryLine] | None = None,
        **options: Unpack[CallOptions],
    ) -> BulkResult[InventoryLine, InventoryLine]:
        """Add many inventory lines: one ``inventory.add`` per line (Komet takes one line of
        at most 100 boxes per call), bigger lines split, sent ``concurrency`` at a time under
        the session's pace.

        Every line is validated first (as :meth:`validate` does): with
        ``on_invalid="raise"`` (the default) any bad line raises :class:`InvalidItemsError`
        listing every error (``lines[i].field``) and nothing is sent; with
        ``on_invalid="skip"`` the bad lines go to the result's ``invalid`` bucket and the
        rest are sent. The requests needed are then reserved from the daily budget before
        anything is sent: too few left raises :class:`QuotaExhaustedError`, unless
        ``allow_partial=True`` (what fits is sent, the rest is ``not_attempted``).
        ``coalesce=True`` merges valid lines identical but for quantity, to spend fewer
        requests. ``on_progress(done, total)`` counts requests.

        The :class:`BulkResult` has one entry per line in exactly one bucket: succeeded,
        failed, unknown (sent, outcome not known -- check before re-sending),
        not_attempted or invalid; a split line lists its ``parts``; ``to_retry()`` gives
        the requests worth sending again (not the invalid lines, nor those the server
        refused for good). Pass ``into=BulkResult()`` to keep the record even if the push
        is cancelled.

        >>> result = await session.inventory.push(lines)
        >>> result.requests_used, len(result.failed)
        """
        if on_invalid not in ("raise", "skip"):
            raise RequestValidationError("on_invalid", "must be 'raise' or 'skip'")
        items = items_of(lines, "lines")
        # As validate() does, in slices: the loop stays free while thousands are checked.
        errors = await item_errors_in_slices(
            items, field="lines", komet_method="inventory.add", item_type=InventoryLine
        )
        if errors and on_invalid == "raise":
            raise InvalidItemsError(errors, komet_method="inventory.add")
        invalid: dict[int, list[ItemValidationError]] = {}
        for error in errors:
            invalid.setdefault(error.index, []).append(error)
        result = _fresh(into)
        shared: dict[int, list[Part[InventoryLine]]] = {}
        if coalesce:
            groups: dict[str, list[int]] = {}
            for index, line in enumerate(items):
                if index not in invalid:
                    groups.setdefault(_same_but_quantity(line), []).append(index)
            for indexes in groups.values():
                total = sum(items[i].quantity for i in indexes)
                merged = attrs.evolve(items[indexes[0]], quantity=total)
                parts = [Part(request=part) for part in split_line(merged)]
                for i in indexes:
                    shared[i] = parts
        for index, line in enumerate(items):
            if index in invalid:
                refusal = InvalidItemsError(invalid[index], komet_method="inventory.add")
                parts = [Part(request=line, status="invalid", error=refusal)]
            elif coalesce:
                parts = shared[index]
            else:
                parts = [Part(request=part) for part in split_line(line)]
            result.items.append(ItemOutcome(index=index, item=line, parts=parts))
        await self._fan_out(
            INVENTORY_ADD,
            result,
            options,
            InventoryAddResponse,
            concurrency=concurrency,
            allow_partial=allow_partial,
            on_progress=on_progress,
        )
        return result

    async def bulk_update(
        self,
        updates: Iterable[InventoryUpdateRequest],
        *,
        concurrency: int = C.PUSH_CONCURRENCY,
        allow_partial: bool = False,
        on_progress: ProgressCallback | None = None,
        into: BulkResult[InventoryUpdateRequest, InventoryUpdateRequest] | None = None,
        **options: Unpack[CallOptions],
    ) -> BulkResult[InventoryUpdateRequest, InventoryUpdateRequest]:
        """Many ``inventory.update`` calls, one per request, with the guarantees of
        :meth:`push` (validated and reserved first, every item in one bucket).

        >>> await session.inventory.bulk_update(
        ...     [InventoryUpdateRequest(inventory_id=i, unit_cost=Decimal("1.250")) for i in ids])
        """
        return await self._fan_out_each(
            INVENTORY_UPDATE,
            items_of(updates, "updates"),
            options,
            InventoryUpdateResponse,
            field="updates",
            concurrency=concurrency,
            allow_partial=allow_partial,
            on_progress=on_progress,
            into=into,
        )

    async def bulk_delete(
        self,
        inventory_ids: Iterable[int],
        *,
        concurrency: int = C.PUSH_CONCURRENCY,
        allow_partial: bool = False,
        on_progress: ProgressCallback | None = None,
        into: BulkResult[InventoryDeleteRequest, InventoryDeleteRequest] | None = None,
        **options: Unpack[CallOptions],
    ) -> BulkResult[InventoryDeleteRequest, InventoryDeleteRequest]:
        """Many ``inventory.delete`` calls, one per line id, with the guarantees of
        :meth:`push`.

        >>> result = await session.inventory.bulk_delete([10123, 10124])
        """
        return await self._fan_out_each(
            INVENTORY_DELETE,
            [InventoryDeleteRequest(inventory_id=i) for i in inventory_ids],
            options,
            InventoryDeleteResponse,
            field="inventory_ids",
            concurrency=concurrency,
            allow_partial=allow_partial,
            on_progress=on_progress,
            into=into,
        )

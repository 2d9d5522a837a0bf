"""What every resource namespace shares: a dispatcher, and calls by catalog name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .._bulk import BulkError, BulkResult, ItemOutcome, Part, ProgressCallback, fan_out, outcome_of
from .._catalog import CATALOG
from .._dispatch import CallOptions, Dispatcher
from .._validate import validate
from ..errors import KometError
from ..models._base import Envelope, KometList

R = TypeVar("R")
E = TypeVar("E", bound=Envelope)
I = TypeVar("I")  # noqa: E741 - an item of a packed array
X = TypeVar("X")


class Resource:
    """A namespace of Komet methods (``session.products``, ``session.boxes``, ...)."""

    __slots__ = ("_dispatch",)

    def __init__(self, dispatch: Dispatcher) -> None:
        self._dispatch = dispatch

    async def _call(
        self, komet_method: str, request: object | None, options: CallOptions, expect: type[R]
    ) -> R:
        return await self._dispatch.call(CATALOG[komet_method], request, options, expect)

    async def _call_packed(
        self,
        komet_method: str,
        items: Sequence[I],
        make_request: Callable[[list[I]], object],
        field: str,
        options: CallOptions,
        expect: type[E],
        results_of: Callable[[E], list[X]],
    ) -> KometList[X]:
        """Call an array-bodied method with as few requests as the byte limit allows.

        Items keep their order; each request's per-item results are merged back in order.
        Requests go one after another (a later rename may build on an earlier one). If a
        request fails, :class:`BulkError` carries a :class:`BulkResult` saying, per item,
        what succeeded, failed, is unknown or was not attempted.
        """
        method = CATALOG[komet_method]
        # Every item is checked before anything is sent; errors name the item's index.
        validate(make_request(list(items)), komet_method=komet_method)
        batches = self._dispatch.pack(method, items, make_request, field, options)
        parts: list[Part[Any]] = []
        merged: list[X] = []
        response = None
        failure: KometError | None = None
        for batch in batches:
            part: Part[Any] = Part(request=make_request(batch))
            parts.append(part)
            if failure is not None:
                continue
            try:
                answer = await self._dispatch.call(method, part.request, options, expect)
            except KometError as exc:
                failure = exc
                part.status, part.error = outcome_of(exc), exc
                continue
            part.status, part.result = "succeeded", answer
            merged.extend(results_of(answer))
            response = answer.response
        if failure is not None:
            if parts[0].status != "succeeded":
                # Nothing was applied: the plain error says all there is to say.
                raise failure
            raise BulkError(_per_item(items, batches, parts))
        return KometList(merged, response)

    async def _fan_out(
        self,
        komet_method: str,
        result: BulkResult[Any, Any],
        options: CallOptions,
        expect: type[Any],
        *,
        concurrency: int,
        allow_partial: bool,
        on_progress: ProgressCallback | None,
    ) -> BulkResult[Any, Any]:
        """Send every part of ``result`` as one call each, bounded and paced.

        Before anything is sent, the requests needed are reserved from the daily budget in
        one atomic step: too few left raises :class:`QuotaExhaustedError` (nothing sent),
        unless ``allow_partial``, which sends what fits and leaves the rest
        ``not_attempted``. Unused slots go back when the job ends, however it ends.
        """
        method = CATALOG[komet_method]
        needed = len({id(p) for item in result.items for p in item.parts})
        dispatch = self._dispatch

        async def send(request: object) -> Any:
            return await dispatch.call(method, request, options, expect)

        async with dispatch.limits.reserve(needed, partial=allow_partial) as reservation:
            budget = reservation.size if dispatch.limits.daily_quota is not None else None
            await fan_out(
                result, send, concurrency=concurrency, on_progress=on_progress, budget=budget
            )
        return result

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def _per_item(
    items: Sequence[Any], batches: list[list[Any]], parts: list[Part[Any]]
) -> BulkResult[Any, Any]:
    result: BulkResult[Any, Any] = BulkResult()
    index = 0
    for batch, part in zip(batches, parts, strict=True):
        for _ in batch:
            result.items.append(ItemOutcome(index=index, item=items[index], parts=[part]))
            index += 1
    result.requests_used = sum(p.status not in ("not_attempted",) for p in parts)
    return result

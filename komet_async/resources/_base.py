"""What every resource namespace shares: a dispatcher, and calls by catalog name."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from typing import Any, ClassVar, TypeVar, cast, overload

import attrs

from .._bulk import BulkError, BulkResult, ItemOutcome, Part, ProgressCallback, fan_out, outcome_of
from .._call import CallOptions, CallPipeline
from .._catalog import ApiMethod
from .._keywords import OPTION_NAMES, exact_keywords
from .._validate import item_errors, validate_as
from ..errors import InvalidItemsError, KometError, RequestValidationError
from ..models._base import Envelope, KometList

R = TypeVar("R")
E = TypeVar("E", bound=Envelope)
I = TypeVar("I")  # noqa: E741 - an item of a packed array
X = TypeVar("X")


class Resource:
    """A namespace of Komet methods (``session.products``, ``session.boxes``, ...).

    A concrete namespace names itself (``namespace = "invoices"``); its public methods, its
    own and those it inherits, then refuse unknown keyword arguments with a ``TypeError``
    before anything is sent (:func:`~komet_async._keywords.exact_keywords`). A method that
    gathers filters in ``**filters`` lists the names they may take in ``keyword_filters``.
    """

    __slots__ = ("_dispatch",)

    namespace: ClassVar[str] = ""
    """The session attribute this namespace lives at (``session.<namespace>``)."""
    keyword_filters: ClassVar[Mapping[str, Iterable[str]]] = {}
    """For each method with a ``**filters`` catch-all, the names it takes."""

    def __init__(self, dispatch: CallPipeline) -> None:
        self._dispatch = dispatch

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.namespace:
            return  # a building block (InvoicesBulk, ...): its namespace checks its methods
        filters: dict[str, Iterable[str]] = {}
        for klass in reversed(cls.__mro__):
            filters.update(vars(klass).get("keyword_filters", {}))
        seen: set[str] = set()
        for klass in cls.__mro__:
            if klass is Resource:
                break
            for name, func in list(vars(klass).items()):
                if name.startswith("_") or name in seen or not inspect.isfunction(func):
                    continue
                seen.add(name)
                # A generated method checks its **options in the pipeline (no wrapper on the
                # hot path): its explicit parameters are all the rest it takes.
                generated = func.__module__.startswith("komet_async._generated.")
                if not generated and not hasattr(func, "__wrapped__"):
                    where = f"{cls.namespace}.{name}"
                    setattr(
                        cls, name, exact_keywords(func, where=where, filters=filters.get(name, ()))
                    )

    def _send(
        self,
        method: ApiMethod[Any, Any],
        request: object | None,
        options: CallOptions,
        expect: type[R],
    ) -> Coroutine[Any, Any, R]:
        """One call of ``method`` (a catalog entry); not a coroutine itself: the caller
        awaits the pipeline's directly, one frame fewer on every resume."""
        return self._dispatch.call(method, request, options, expect)

    async def _call_packed(
        self,
        method: ApiMethod[Any, Any],
        items: Sequence[I],
        make_request: Callable[[list[I]], object],
        field: str,
        options: CallOptions,
        expect: type[E],
        results_of: Callable[[E], list[X]],
    ) -> KometList[X]:
        """Call an array-bodied method with as few requests as the byte limit allows.

        Items keep their order; each request's per-item results are merged back in order,
        and the answers' top-level fields the docs do not show (their ``extra``) into the
        list's ``extra`` (a later answer's value of a key wins). Requests go one after
        another (a later rename may build on an earlier one). If a
        request fails, :class:`BulkError` carries a :class:`BulkResult` saying, per item,
        what succeeded, failed, is unknown or was not attempted.
        """
        komet_method = method.name
        # Every item is checked before anything is sent; errors name the item's index as
        # the caller passed it (``changes[3]``, not the model's ``boxes[3]``).
        everything = list(items)
        probe = make_request(everything)
        validate_as(
            probe, komet_method=komet_method, names={_array_field(probe, everything): field}
        )
        batches = self._dispatch.pack(method, items, make_request, field, options)
        parts: list[Part[Any]] = []
        merged: list[X] = []
        extra: dict[str, Any] = {}
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
            extra.update(answer.extra)
            response = answer.response
        if failure is not None:
            if parts[0].status != "succeeded":
                # Nothing was applied: the plain error says all there is to say.
                raise failure
            raise BulkError(_per_item(items, batches, parts))
        return KometList(merged, response, extra)

    async def _fan_out(
        self,
        method: ApiMethod[Any, Any],
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
        needed = len(
            {id(p) for item in result.items for p in item.parts if p.status == "not_attempted"}
        )
        dispatch = self._dispatch

        async def send(request: object) -> Any:
            return await dispatch.call(method, request, options, expect)

        # More workers than pooled connections would only queue for a connection, and a
        # timeout spent queueing cannot be told from one spent on the wire.
        pool = dispatch.transport.pool_size
        if pool is not None:
            concurrency = min(concurrency, pool)
        async with dispatch.limits.reserve(needed, partial=allow_partial) as reservation:
            budget = reservation.size if dispatch.limits.daily_quota is not None else None
            await fan_out(
                result, send, concurrency=concurrency, on_progress=on_progress, budget=budget
            )
        return result

    async def _fan_out_each(
        self,
        method: ApiMethod[Any, Any],
        requests: Sequence[object],
        options: CallOptions,
        expect: type[Any],
        *,
        field: str,
        concurrency: int,
        allow_partial: bool,
        on_progress: ProgressCallback | None,
        into: BulkResult[Any, Any] | None = None,
    ) -> BulkResult[Any, Any]:
        """One call per request, after validating them all: any bad one raises
        :class:`InvalidItemsError` listing every error (each naming ``field[i].name``)."""
        errors = item_errors(requests, field=field, komet_method=method.name)
        if errors:
            raise InvalidItemsError(errors, komet_method=method.name)
        result = _fresh(into)
        for index, request in enumerate(requests):
            result.items.append(
                ItemOutcome(index=index, item=request, parts=[Part(request=request)])
            )
        return await self._fan_out(
            method,
            result,
            options,
            expect,
            concurrency=concurrency,
            allow_partial=allow_partial,
            on_progress=on_progress,
        )

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def items_of(values: Iterable[X], field: str) -> list[X]:
    """The caller's items as a list; anything but an iterable of items (``None``, a lone
    str, a mapping) is a :class:`RequestValidationError` naming the argument, nothing sent.

    >>> items_of((1, 2), "codes")
    [1, 2]
    """
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise RequestValidationError(
            field, f"must be a list (or any iterable) of items, not {type(values).__name__}"
        )
    return list(values)


def as_list(values: Iterable[X] | None) -> list[X] | None:
    """An optional iterable argument as the list its request model keeps."""
    return None if values is None else list(values)


@overload
def one_or_many(values: None) -> None: ...
@overload
def one_or_many(values: X | Iterable[X]) -> list[X]: ...
def one_or_many(values: X | Iterable[X] | None) -> list[X] | None:
    """An argument taking one value or an iterable of them, as the list its model keeps; a
    text is one value (iterating it would send its letters)."""
    if values is None:
        return None
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        return [values]
    return list(values)


def filter_names(filters: type) -> frozenset[str]:
    """The filters a ranged helper's ``**filters_and_options`` accepts: the keys of its
    generated ``TypedDict`` (``_generated/filters.py``) that are no per-call option."""
    keys: frozenset[str] = getattr(filters, "__optional_keys__")  # noqa: B009 (a TypedDict's)
    return keys - OPTION_NAMES


def split_options(arguments: Mapping[str, Any]) -> tuple[dict[str, Any], CallOptions]:
    """A ranged helper's ``**filters_and_options`` as its filters and the per-call options
    (``timeout=``, ...) it passes to every request."""
    filters = dict(arguments)
    options: dict[str, Any] = {name: filters.pop(name) for name in OPTION_NAMES & filters.keys()}
    return filters, options  # type: ignore[return-value]


def _fresh(into: BulkResult[Any, Any] | None) -> BulkResult[Any, Any]:
    """The result to fill: the caller's (so it survives a cancellation), or a new one."""
    if into is None:
        return BulkResult()
    if into.items:
        raise RequestValidationError("into", "must be an empty BulkResult")
    return into


def _array_field(request: object, items: list[Any]) -> str:
    """The name of the request model's field holding ``items`` (the very list)."""
    for a in attrs.fields(cast(Any, type(request))):
        if getattr(request, a.name) is items:
            return str(a.name)
    return ""


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

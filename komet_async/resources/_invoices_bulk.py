"""Bulk invoice work: ranged pulls split into Komet's windows (``iter_details``,
``iter_accounting``), incremental sync (``sync_pending``) and ``bulk_mark_synced``."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from .. import _constants as C
from .._bulk import BulkResult, ProgressCallback, split_date_range
from .._generated.declared import (
    INVOICES_LIST_ACCOUNTING,
    INVOICES_LIST_DETAILS,
    INVOICES_MARK_SYNC_ERROR,
    INVOICES_MARK_SYNCED,
)
from .._generated.filters import (
    AccountingInvoiceFilters,
    AccountingSyncFilters,
    InvoiceDetailsFilters,
)
from ..errors import KometError, ResultTruncatedError
from ..models.invoices import (
    ACCOUNTING_WINDOW_DAYS,
    DETAILS_MAX_BOXES,
    DETAILS_WINDOW_DAYS,
    AccountingInvoice,
    AccountingInvoiceListRequest,
    AccountingInvoiceListResponse,
    Invoice,
    InvoiceAck,
    InvoiceDetailsListRequest,
    InvoiceDetailsListResponse,
    MarkSyncedRequest,
    MarkSyncErrorRequest,
)
from ._base import Resource, filter_names, split_options
from ._sync import SyncReport, each_once
from ._sync import sync_pending as run_sync

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


def _box_count(invoices: list[Invoice]) -> int:
    return sum(len(line.boxes) for invoice in invoices for line in invoice.details)


def _in_date_order(invoices: list[Any]) -> list[Any]:
    return sorted(invoices, key=lambda i: (i.ship_date or dt.date.min, i.id))


class InvoicesBulk(Resource):
    """The bulk half of ``session.invoices`` (the one-call methods are beside it)."""

    __slots__ = ()

    keyword_filters: ClassVar[Mapping[str, Iterable[str]]] = {
        # The window's own fields are the helper's to set; every other field is a filter.
        "iter_details": filter_names(InvoiceDetailsFilters),
        "iter_accounting": filter_names(AccountingInvoiceFilters),
        "sync_pending": filter_names(AccountingSyncFilters),
    }

    async def iter_details(
        self,
        date_from: dt.date,
        date_to: dt.date,
        *,
        concurrency: int = C.WINDOW_CONCURRENCY,
        on_window: ProgressCallback | None = None,
        **filters_and_options: Unpack[InvoiceDetailsFilters],
    ) -> AsyncIterator[Invoice]:
        """Every invoice of ``date_from..date_to`` (any length), with lines, boxes,
        breakdowns and charges: the range is split into Komet's 4-day windows
        (``invoice.details.list``), fetched ``concurrency`` at a time, and yielded in date
        order, each invoice once. At most ``concurrency`` windows are held in memory. A
        window whose answer reaches the 10,000-box cap is fetched again day by day; one day
        at the cap raises :class:`ResultTruncatedError` (a cut answer is never yielded). Every
        filter of :meth:`list_details` (``customer_id=``, ``status=``, ...) applies to every
        window, and the per-call options (``timeout=``, ``max_retries=``, ...) to every
        request. ``on_window(done, total)`` reports windows as they are yielded.

        >>> async for invoice in session.invoices.iter_details(date(2026, 1, 1), date(2026, 3, 31)):
        ...     total += sum(len(line.boxes) for line in invoice.details)
        """
        filters, options = split_options(filters_and_options)
        windows = split_date_range(date_from, date_to, DETAILS_WINDOW_DAYS)

        async def whole_day(day: dt.date) -> list[Invoice]:
            invoices = await self._details_window(day, day, filters, options)
            if _box_count(invoices) >= DETAILS_MAX_BOXES:
                # No narrower window exists: say so rather than yield a cut answer.
                raise ResultTruncatedError(
                    f"{day} reached the {DETAILS_MAX_BOXES:,}-box cap of one answer; "
                    "narrow the filters",
                    komet_method="invoice.details.list",
                    day=day,
                )
            return invoices

        async def fetch(first: dt.date, last: dt.date) -> list[Invoice]:
            if first == last:
                return _in_date_order(await whole_day(first))
            invoices = await self._details_window(first, last, filters, options)
            if _box_count(invoices) >= DETAILS_MAX_BOXES:
                # The answer may be cut at the cap: ask again one day at a time.
                invoices = []
                for day, _ in split_date_range(first, last, 1):
                    invoices += await whole_day(day)
            return _in_date_order(invoices)

        async for invoice in each_once(windows, fetch, concurrency, on_window):
            yield invoice

    async def iter_accounting(
        self,
        date_from: dt.date,
        date_to: dt.date,
        *,
        concurrency: int = C.WINDOW_CONCURRENCY,
        on_window: ProgressCallback | None = None,
        **filters_and_options: Unpack[AccountingInvoiceFilters],
    ) -> AsyncIterator[AccountingInvoice]:
        """Every accounting invoice of ``date_from..date_to`` (any length), split into
        Komet's 31-day windows (``invoice.accounting.details.list``), fetched concurrently,
        yielded in date order, each once; filters (``external_system_synced=False``, ...)
        apply to every window, per-call options (``timeout=``, ...) to every request.

        >>> async for invoice in session.invoices.iter_accounting(start, end):
        ...     ledger.post(invoice.id, invoice.subtotal)
        """
        filters, options = split_options(filters_and_options)
        windows = split_date_range(date_from, date_to, ACCOUNTING_WINDOW_DAYS)
        method = INVOICES_LIST_ACCOUNTING

        async def fetch(first: dt.date, last: dt.date) -> list[AccountingInvoice]:
            request = AccountingInvoiceListRequest(date_from=first, date_to=last, **filters)
            answer = await self._dispatch.call(
                method, request, options, AccountingInvoiceListResponse
            )
            return _in_date_order(answer.invoices)

        async for invoice in each_once(windows, fetch, concurrency, on_window):
            yield invoice

    async def sync_pending(
        self,
        handler: Callable[[AccountingInvoice], Awaitable[object]],
        date_from: dt.date,
        date_to: dt.date,
        *,
        mark_errors: bool = False,
        concurrency: int = C.SYNC_CONCURRENCY,
        **filters_and_options: Unpack[AccountingSyncFilters],
    ) -> SyncReport:
        """Hand every invoice of ``date_from..date_to`` not yet marked synchronized to
        ``handler``, and mark each synced (``invoice.mark.sync.status.ok``) only after its
        handler returned.

        A handler that raises leaves its invoice pending (or, with ``mark_errors=True``,
        marks it with ``invoice.mark.sync.status.error`` and the exception's type).
        Delivery is **at least once**: if the process dies between a handler's return and
        the mark, that invoice is handed over again on the next run -- use ``invoice.id``
        to deduplicate on your side. Filters of :meth:`iter_accounting` and per-call options
        (``timeout=``, ...) apply to every read and every mark.

        >>> async def post(invoice): await ledger.upsert(invoice.id, invoice.subtotal)
        >>> report = await session.invoices.sync_pending(post, start, end)
        """
        filters, options = split_options(filters_and_options)
        synced_ok = INVOICES_MARK_SYNCED
        synced_error = INVOICES_MARK_SYNC_ERROR

        async def mark(method: Any, request: object) -> KometError | None:
            try:
                await self._dispatch.call(method, request, options, InvoiceAck)
            except KometError as exc:
                return exc
            return None

        async def mark_synced(invoice_ids: list[int]) -> dict[int, BaseException | None]:
            # One invoice per call: the method takes one id.
            return {i: await mark(synced_ok, MarkSyncedRequest(invoice_id=i)) for i in invoice_ids}

        async def mark_error(invoice: AccountingInvoice, exc: BaseException) -> KometError | None:
            reason = type(exc).__name__[:50]
            return await mark(
                synced_error, MarkSyncErrorRequest(invoice_id=invoice.id, message=reason)
            )

        filters = {**filters, "external_system_synced": False}
        return await run_sync(
            self.iter_accounting(date_from, date_to, **filters, **options),
            handler,
            key=lambda invoice: invoice.id,
            mark_synced=mark_synced,
            mark_error=mark_error if mark_errors else None,
            concurrency=concurrency,
        )

    async def bulk_mark_synced(
        self,
        invoice_ids: Iterable[int],
        *,
        concurrency: int = C.ITEM_WRITE_CONCURRENCY,
        allow_partial: bool = False,
        on_progress: ProgressCallback | None = None,
        into: BulkResult[MarkSyncedRequest, MarkSyncedRequest] | None = None,
        **options: Unpack[CallOptions],
    ) -> BulkResult[MarkSyncedRequest, MarkSyncedRequest]:
        """Mark many invoices synchronized, one ``invoice.mark.sync.status.ok`` each,
        validated and quota-reserved first; every id lands in exactly one bucket.

        >>> result = await session.invoices.bulk_mark_synced([1001, 1002, 1003])
        """
        return await self._fan_out_each(
            INVOICES_MARK_SYNCED,
            [MarkSyncedRequest(invoice_id=i) for i in invoice_ids],
            options,
            InvoiceAck,
            field="invoice_ids",
            concurrency=concurrency,
            allow_partial=allow_partial,
            on_progress=on_progress,
            into=into,
        )

    async def _details_window(
        self, first: dt.date, last: dt.date, filters: dict[str, Any], options: CallOptions
    ) -> list[Invoice]:
        request = InvoiceDetailsListRequest(date_from=first, date_to=last, **filters)
        answer = await self._dispatch.call(
            INVOICES_LIST_DETAILS, request, options, InvoiceDetailsListResponse
        )
        return answer.invoices

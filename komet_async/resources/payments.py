"""``session.payments``: customer payments -- the list, ranged pulls split into the 31-day
windows, receiving a payment, the external-sync flag and incremental sync, the
payment-method master list."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, ClassVar

from .. import _constants as C
from .._bulk import ProgressCallback, split_date_range
from .._generated.declared import PAYMENTS_LIST, PAYMENTS_MARK_SYNCED
from .._generated.filters import PaymentFilters, PaymentSyncFilters
from .._generated.payments import PaymentsMethods
from ..models._base import KometList
from ..models.payments import (
    PAYMENTS_WINDOW_DAYS,
    Payment,
    PaymentListRequest,
    PaymentListResponse,
    PaymentMarkSyncRequest,
    PaymentMarkSyncResponse,
    PaymentRef,
    PaymentSyncResult,
)
from ._base import filter_names, items_of, split_options
from ._sync import SyncReport, each_once, mark_in_one_request, sync_pending

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


def _in_date_order(payments: list[Payment]) -> list[Payment]:
    return sorted(payments, key=lambda p: (p.date or dt.date.min, p.id))


class PaymentsResource(PaymentsMethods):
    __slots__ = ()
    namespace = "payments"

    keyword_filters: ClassVar[Mapping[str, Iterable[str]]] = {
        # The window's own fields are the helper's to set; every other field is a filter.
        "iter": filter_names(PaymentFilters),
        "sync_pending": filter_names(PaymentSyncFilters),
    }

    async def mark_synced(
        self, payment_ids: Iterable[int], **options: Unpack[CallOptions]
    ) -> KometList[PaymentSyncResult]:
        """Flag payments as synchronized with your accounting system (Komet
        ``payment.mark.sync``; Company token); the ids are the ``id`` of :meth:`list`. One
        result per payment, keyed by ``payment_id``: check each ``ok`` (a cancelled or
        unknown payment answers status 0 while the envelope's stays 1). Packed, in order,
        into as few requests as the 64 KB limit allows; never retried.

        >>> results = await session.payments.mark_synced([88001, 88002])
        >>> [r.payment_id for r in results if not r.ok]
        """
        return await self._call_packed(
            PAYMENTS_MARK_SYNCED,
            [PaymentRef(payment_id=i) for i in items_of(payment_ids, "payment_ids")],
            lambda batch: PaymentMarkSyncRequest(payments=batch),
            "payment_ids",
            options,
            PaymentMarkSyncResponse,
            lambda answer: answer.payments,
        )

    async def iter(
        self,
        date_from: dt.date,
        date_to: dt.date,
        *,
        concurrency: int = C.WINDOW_CONCURRENCY,
        on_window: ProgressCallback | None = None,
        **filters_and_options: Unpack[PaymentFilters],
    ) -> AsyncIterator[Payment]:
        """Every payment posted ``date_from..date_to`` (any length): the range is split
        into Komet's 31-day windows (``payment.list``), fetched ``concurrency`` at a time,
        and yielded in date order, each payment once; at most ``concurrency`` windows are
        held in memory. Every filter of :meth:`list` (``customer=``,
        ``external_system_synced=False``, ...) applies to every window, the per-call
        options (``timeout=``, ...) to every request.

        >>> async for payment in session.payments.iter(date(2026, 1, 1), date(2026, 12, 31)):
        ...     ledger.receive(payment.id, payment.control_number)
        """
        filters, options = split_options(filters_and_options)
        windows = split_date_range(date_from, date_to, PAYMENTS_WINDOW_DAYS)
        method = PAYMENTS_LIST

        async def fetch(first: dt.date, last: dt.date) -> list[Payment]:
            request = PaymentListRequest(date_from=first, date_to=last, **filters)
            answer = await self._dispatch.call(method, request, options, PaymentListResponse)
            return _in_date_order(answer.payments)

        async for payment in each_once(windows, fetch, concurrency, on_window):
            yield payment

    async def sync_pending(
        self,
        handler: Callable[[Payment], Awaitable[object]],
        date_from: dt.date,
        date_to: dt.date,
        *,
        concurrency: int = C.SYNC_CONCURRENCY,
        marks_per_request: int = C.MARKS_PER_REQUEST,
        **filters_and_options: Unpack[PaymentSyncFilters],
    ) -> SyncReport:
        """Hand every payment of ``date_from..date_to`` not yet marked synchronized to
        ``handler``, and mark it synced (``payment.mark.sync``) only after its handler
        returned -- the contract and the :class:`SyncReport` of
        ``invoices.sync_pending``.

        A handler that raises leaves its payment pending (Komet has no error mark for
        payments). Delivery is **at least once**: a payment whose handler returned but
        whose mark was not made (process killed, mark refused -- its reason in
        ``report.mark_failed``) is handed over again on the next run; use ``payment.id`` to
        deduplicate. Marks go ``marks_per_request`` payments per request (fewer requests
        from the daily quota; after a kill, up to that many returned payments come back).
        Filters of :meth:`iter` and per-call options apply to every read and mark.

        >>> async def post(payment): await ledger.upsert(payment.id, payment.extra)
        >>> report = await session.payments.sync_pending(post, start, end)
        """
        filters, options = split_options(filters_and_options)
        filters = {**filters, "external_system_synced": False}
        method = PAYMENTS_MARK_SYNCED

        async def mark(ids: list[int]) -> dict[int, BaseException | None]:
            request = PaymentMarkSyncRequest(payments=[PaymentRef(payment_id=i) for i in ids])
            return await mark_in_one_request(
                self._dispatch.call(method, request, options, PaymentMarkSyncResponse),
                ids,
                lambda answer: [(r.payment_id, r.status, r.message) for r in answer.payments],
                "payment.mark.sync",
            )

        return await sync_pending(
            self.iter(date_from, date_to, **filters, **options),
            handler,
            key=lambda payment: payment.id,
            mark_synced=mark,
            concurrency=concurrency,
            marks_per_request=marks_per_request,
        )

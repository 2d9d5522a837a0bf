"""``session.credits``: customer credits (credit memos) -- the list, ranged pulls split
into windows, the external-sync flag and incremental sync, open credit balances."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, ClassVar

from .. import _constants as C
from .._bulk import ProgressCallback, split_date_range
from .._generated.credits import CreditsMethods
from .._generated.declared import CREDITS_LIST_DETAILS, CREDITS_MARK_SYNCED
from .._generated.filters import CreditDetailsFilters, CreditSyncFilters
from ..models._base import KometList
from ..models.credits import (
    CREDITS_WINDOW_DAYS,
    Credit,
    CreditDetailsListRequest,
    CreditDetailsListResponse,
    CreditMarkSyncRequest,
    CreditMarkSyncResponse,
    CreditRef,
    CreditSyncResult,
)
from ._base import filter_names, items_of, split_options
from ._sync import SyncReport, each_once, mark_in_one_request, sync_pending, unread_lists

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


class CreditsResource(CreditsMethods):
    __slots__ = ()
    namespace = "credits"

    keyword_filters: ClassVar[Mapping[str, Iterable[str]]] = {
        # The window's own fields (and item_type, a parameter of its own) are the helper's.
        "iter_details": filter_names(CreditDetailsFilters),
        "sync_pending": filter_names(CreditSyncFilters),
    }

    async def mark_synced(
        self, credit_ids: Iterable[int], **options: Unpack[CallOptions]
    ) -> KometList[CreditSyncResult]:
        """Flag credits as synchronized with your accounting system (Komet
        ``credit.mark.sync``; Company token); the ids come from :meth:`list_details`. One
        result per credit, keyed by ``credit_id``: check each ``ok`` (a cancelled or
        unknown credit answers status 0 while the envelope's stays 1). Packed, in order,
        into as few requests as the 64 KB limit allows; never retried.

        >>> results = await session.credits.mark_synced([450545, 451181])
        >>> [(r.credit_id, r.message) for r in results if not r.ok]
        [(451181, 'The credit was cancelled')]
        """
        return await self._call_packed(
            CREDITS_MARK_SYNCED,
            [CreditRef(credit_id=i) for i in items_of(credit_ids, "credit_ids")],
            lambda batch: CreditMarkSyncRequest(credits=batch),
            "credit_ids",
            options,
            CreditMarkSyncResponse,
            lambda answer: answer.credits,
        )

    async def iter_details(
        self,
        date_from: dt.date,
        date_to: dt.date,
        *,
        item_type: str = "all",
        concurrency: int = C.WINDOW_CONCURRENCY,
        on_window: ProgressCallback | None = None,
        **filters_and_options: Unpack[CreditDetailsFilters],
    ) -> AsyncIterator[Credit]:
        """Every credit dated ``date_from..date_to`` (any length): the range is split into
        windows of 31 days (``credit.details.list``; GAP: the page states no limit, 31 days
        is its own sample's span), fetched ``concurrency`` at a time, yielded window by
        window in date order (by ``credit_id`` inside a window: the answer's date field is
        undocumented), each credit once. At most ``concurrency`` windows are held in
        memory. ``item_type`` defaults to "all"; every filter of :meth:`list_details`
        (``customer_id=``, ``external_system_synced=``, ...) applies to every window, and
        the per-call options (``timeout=``, ...) to every request. An answer carrying a
        list under a name other than ``credits`` is a :class:`KometDecodeError` (the
        array's name is a GAP; a pull never reports such an answer as empty).

        >>> async for credit in session.credits.iter_details(date(2026, 1, 1), date(2026, 12, 31)):
        ...     ledger.credit(credit.credit_id, credit.extra)
        """
        filters, options = split_options(filters_and_options)
        windows = split_date_range(date_from, date_to, CREDITS_WINDOW_DAYS)
        method = CREDITS_LIST_DETAILS

        async def fetch(first: dt.date, last: dt.date) -> list[Credit]:
            request = CreditDetailsListRequest(
                date_from=first, date_to=last, item_type=item_type, **filters
            )
            answer = await self._dispatch.call(method, request, options, CreditDetailsListResponse)
            if not answer.credits:
                unread_lists(answer, "credits", "credit.details.list")
            return sorted(answer.credits, key=lambda credit: credit.credit_id)

        async for credit in each_once(
            windows, fetch, concurrency, on_window, key=lambda credit: credit.credit_id
        ):
            yield credit

    async def sync_pending(
        self,
        handler: Callable[[Credit], Awaitable[object]],
        date_from: dt.date,
        date_to: dt.date,
        *,
        item_type: str = "all",
        concurrency: int = C.SYNC_CONCURRENCY,
        marks_per_request: int = C.MARKS_PER_REQUEST,
        **filters_and_options: Unpack[CreditSyncFilters],
    ) -> SyncReport:
        """Hand every credit of ``date_from..date_to`` not yet marked synchronized to
        ``handler``, and mark it synced (``credit.mark.sync``) only after its handler
        returned -- the contract and the :class:`SyncReport` of
        ``invoices.sync_pending``.

        A handler that raises leaves its credit pending (Komet has no error mark for
        credits). Delivery is **at least once**: a credit whose handler returned but whose
        mark was not made (process killed, mark refused -- its reason in
        ``report.mark_failed``) is handed over again on the next run; use ``credit_id`` to
        deduplicate. Marks go ``marks_per_request`` credits per request (fewer requests
        from the daily quota; after a kill, up to that many returned credits come back).
        Filters of :meth:`iter_details` and per-call options apply to every read and mark.

        >>> async def post(credit): await ledger.upsert(credit.credit_id, credit.extra)
        >>> report = await session.credits.sync_pending(post, start, end)
        """
        filters, options = split_options(filters_and_options)
        filters = {**filters, "external_system_synced": False}
        method = CREDITS_MARK_SYNCED

        async def mark(ids: list[int]) -> dict[int, BaseException | None]:
            request = CreditMarkSyncRequest(credits=[CreditRef(credit_id=i) for i in ids])
            return await mark_in_one_request(
                self._dispatch.call(method, request, options, CreditMarkSyncResponse),
                ids,
                lambda answer: [(r.credit_id, r.status, r.message) for r in answer.credits],
                "credit.mark.sync",
            )

        return await sync_pending(
            self.iter_details(date_from, date_to, item_type=item_type, **filters, **options),
            handler,
            key=lambda credit: credit.credit_id,
            mark_synced=mark,
            concurrency=concurrency,
            marks_per_request=marks_per_request,
        )

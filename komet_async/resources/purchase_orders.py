"""``session.purchase_orders``: purchase orders (POs) and their lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from .. import _constants as C
from .._bulk import BulkResult, ProgressCallback, pack_by_size
from .._catalog import TokenType
from .._generated.declared import (
    PURCHASE_ORDERS_ADD_ITEMS_TO_AWB,
    PURCHASE_ORDERS_DELETE_ITEM,
    PURCHASE_ORDERS_LIST_VA_DETAILS,
)
from .._generated.purchase_orders import PurchaseOrdersMethods
from .._validate import validate
from .._vendor_rules import resolve_token_kind, warn_vendor_ignored
from ..errors import RequestValidationError
from ..models._base import KometList
from ..models.purchase_orders import (
    VA_LIST_CHARS,
    PoItemAwb,
    PoItemAwbResult,
    PurchaseOrderItemDeleteRequest,
    PurchaseOrderItemsAwbAddRequest,
    PurchaseOrderItemsAwbAddResponse,
    PurchaseOrderVaDetailsListRequest,
    PurchaseOrderVaDetailsListResponse,
    PurchaseOrderWriteResponse,
    VaPurchaseOrder,
    joined_length,
)
from ._base import as_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


class PurchaseOrdersResource(PurchaseOrdersMethods):
    __slots__ = ()
    namespace = "purchase_orders"

    async def list_va_details(
        self,
        *,
        purchase_order_numbers: Iterable[str] | None = None,
        purchase_order_item_ids: Iterable[int] | None = None,
        ship_date: dt.date | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[VaPurchaseOrder]:
        """List POs bought from Vendor Availability with the VA items behind each line
        (Komet ``purchase.order.va.details.list``; Company token). One of
        ``purchase_order_numbers`` / ``purchase_order_item_ids`` is required; Komet takes
        each comma-separated in at most 200 characters, so a longer list is split, in
        order, over as many requests as it needs (the other list goes whole with each) and
        the answers merged: each PO once, its lines in the order they came. Both lists too
        long, or one id alone too long, is a :class:`RequestValidationError`.

        >>> orders = await session.purchase_orders.list_va_details(
        ...     purchase_order_item_ids=[123445, 2342343])
        """
        numbers, item_ids = as_list(purchase_order_numbers), as_list(purchase_order_item_ids)
        long_numbers = numbers is not None and joined_length(numbers) > VA_LIST_CHARS
        long_ids = item_ids is not None and joined_length(item_ids) > VA_LIST_CHARS
        if long_numbers and long_ids:
            raise RequestValidationError(
                "purchase_order_numbers",
                f"and purchase_order_item_ids are both over {VA_LIST_CHARS} characters once "
                "joined: give one list, or split both yourself",
                komet_method=PURCHASE_ORDERS_LIST_VA_DETAILS.name,
            )
        runs: list[tuple[list[str] | None, list[int] | None]] = [(numbers, item_ids)]
        if long_numbers and numbers is not None:
            runs = [(chunk, item_ids) for chunk in _va_chunks("purchase_order_numbers", numbers)]
        elif long_ids and item_ids is not None:
            runs = [(numbers, chunk) for chunk in _va_chunks("purchase_order_item_ids", item_ids)]
        requests = [
            PurchaseOrderVaDetailsListRequest(
                purchase_order_numbers=run_numbers,
                purchase_order_item_ids=run_ids,
                ship_date=ship_date,
            )
            for run_numbers, run_ids in runs
        ]
        for request in requests:  # every request is checked before the first is sent
            validate(request, komet_method=PURCHASE_ORDERS_LIST_VA_DETAILS.name)
        merged: dict[int, VaPurchaseOrder] = {}
        answer = None
        for request in requests:
            answer = await self._send(
                PURCHASE_ORDERS_LIST_VA_DETAILS,
                request,
                options,
                PurchaseOrderVaDetailsListResponse,
            )
            for order in answer.purchase_orders:
                seen = merged.get(order.id)
                if seen is None:
                    merged[order.id] = order
                else:
                    known = {line.po_item_id for line in seen.details}
                    seen.details.extend(d for d in order.details if d.po_item_id not in known)
        assert answer is not None
        return KometList(merged.values(), answer.response)

    async def add_items_to_awb(
        self,
        items: Iterable[PoItemAwb],
        *,
        vendor_id: int | None = None,
        token_type: TokenType | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[PoItemAwbResult]:
        """Ship many PO lines on AWBs in one call (Komet ``purchase.order.items.awb.add``;
        Company or Vendor token). ``vendor_id`` is required with a Company token. Each line
        gets its own result: check ``ok`` on each, the call succeeding does not mean every
        line did. Any number of lines: packed, in order, into the fewest requests the
        64 KB limit allows, results merged back in input order; a bad line is named as
        ``items[3].awb``. With ``token_type="vendor"`` (or a Vendor-token session) Komet
        ignores ``vendor_id`` (the vendor is the token's owner): it is sent anyway, with a
        :class:`~komet_async.VendorIgnoredFieldWarning`.

        >>> results = await session.purchase_orders.add_items_to_awb(
        ...     [PoItemAwb(po_item_id=7828, awb="08472-4772-0048", ship_date=day)],
        ...     vendor_id=301)
        >>> [r.po_item_id for r in results if not r.ok]
        """
        token_type = resolve_token_kind(token_type, self._dispatch.token_type)
        if token_type == "company" and vendor_id is None:
            raise RequestValidationError(
                "vendor_id",
                "is required with a Company token",
                komet_method="purchase.order.items.awb.add",
            )
        if token_type == "vendor" and vendor_id is not None:
            warn_vendor_ignored("purchase.order.items.awb.add", ["vendor_id"])
        return await self._call_packed(
            PURCHASE_ORDERS_ADD_ITEMS_TO_AWB,
            list(items),
            lambda batch: PurchaseOrderItemsAwbAddRequest(po_items=batch, vendor_id=vendor_id),
            "items",
            options,
            PurchaseOrderItemsAwbAddResponse,
            lambda answer: answer.results,
        )

    async def bulk_delete_items(
        self,
        po_item_ids: Iterable[int],
        *,
        concurrency: int = C.ITEM_WRITE_CONCURRENCY,
        allow_partial: bool = False,
        on_progress: ProgressCallback | None = None,
        into: BulkResult[PurchaseOrderItemDeleteRequest, PurchaseOrderItemDeleteRequest]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> BulkResult[PurchaseOrderItemDeleteRequest, PurchaseOrderItemDeleteRequest]:
        """Delete many PO lines, one ``purchase.order.item.delete`` each, validated and
        quota-reserved before anything is sent; every id lands in exactly one bucket of the
        :class:`BulkResult` (succeeded, failed, unknown, not_attempted).

        >>> result = await session.purchase_orders.bulk_delete_items([265119, 265120])
        >>> result.to_retry()
        """
        return await self._fan_out_each(
            PURCHASE_ORDERS_DELETE_ITEM,
            [PurchaseOrderItemDeleteRequest(po_item_id=i) for i in po_item_ids],
            options,
            PurchaseOrderWriteResponse,
            field="po_item_ids",
            concurrency=concurrency,
            allow_partial=allow_partial,
            on_progress=on_progress,
            into=into,
        )


T = TypeVar("T", str, int)


def _va_chunks(name: str, values: list[T]) -> list[list[T]]:
    """``values`` in order, in the fewest runs whose comma-joined text fits Komet's 200
    characters (one value alone too long: :class:`RequestTooLargeError` naming it)."""
    sizes = [len(str(value)) for value in values]
    runs = pack_by_size(
        sizes,
        overhead=0,
        separator=1,
        limit=VA_LIST_CHARS,
        field=name,
        komet_method=PURCHASE_ORDERS_LIST_VA_DETAILS.name,
    )
    return [values[run.start : run.stop] for run in runs]

"""``session.purchase_orders``: purchase orders (POs) and their lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

from .._bulk import BulkResult, ProgressCallback, pack_by_size
from .._catalog import CATALOG
from .._generated.purchase_orders import PurchaseOrdersMethods
from .._validate import validate, validate_as
from .._vendor_rules import TokenKind, resolve_token_kind, warn_vendor_ignored
from ..errors import RequestValidationError
from ..models._base import KometList
from ..models.purchase_orders import (
    VA_LIST_CHARS,
    MixedPurchaseOrderCreateRequest,
    MixedPurchaseOrderItem,
    PoItemAwb,
    PoItemAwbResult,
    PurchaseOrder,
    PurchaseOrderCreateRequest,
    PurchaseOrderCreateResponse,
    PurchaseOrderItem,
    PurchaseOrderItemDeleteRequest,
    PurchaseOrderItemsAwbAddRequest,
    PurchaseOrderItemsAwbAddResponse,
    PurchaseOrderListRequest,
    PurchaseOrderListResponse,
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


def _require_vendor_for_company(
    komet_method: str, token_type: TokenKind, vendor_id: int | None, vendor_code: str | None
) -> None:
    """Komet requires a vendor with a Company token; a Vendor token *is* the vendor."""
    if token_type == "company" and vendor_id is None and vendor_code is None:
        raise RequestValidationError(
            "vendor_id",
            "one of vendor_id, vendor_code is required with a Company token",
            komet_method=komet_method,
        )


# The PO-creating requests keep the caller's ``items=`` as ``purchase_order_items``.
_ITEMS = {"purchase_order_items": "items"}


_VA_DETAILS = CATALOG["purchase.order.va.details.list"]


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
                komet_method=_VA_DETAILS.name,
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
            validate(request, komet_method=_VA_DETAILS.name)
        merged: dict[int, VaPurchaseOrder] = {}
        answer = None
        for request in requests:
            answer = await self._send(
                _VA_DETAILS, request, options, PurchaseOrderVaDetailsListResponse
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

    async def create(
        self,
        *,
        ship_date: dt.date,
        items: Iterable[PurchaseOrderItem],
        vendor_id: int | None = None,
        vendor_code: str | None = None,
        company_location_code: str | None = None,
        carrier_id: int | None = None,
        carrier_code: str | None = None,
        awb_number: str | None = None,
        purchase_order_number: str | None = None,
        token_type: TokenKind | None = None,
        **options: Unpack[CallOptions],
    ) -> PurchaseOrderCreateResponse:
        """Create purchase orders from prebook lines, or standalone (Komet
        ``purchase.order.create``; Company or Vendor token).

        With a Company token give ``vendor_id`` or ``vendor_code`` (not both). With
        ``token_type="vendor"`` the vendor is the token's owner: Komet ignores both fields
        (sent anyway, with a :class:`~komet_async.VendorIgnoredFieldWarning`) and checks
        that the prebook lines are the vendor's. ``purchase_order_number`` appends the lines
        to that PO. GAP: line fields beyond the product go in each item's ``extra``.

        >>> await session.purchase_orders.create(
        ...     ship_date=dt.date(2026, 2, 9), vendor_id=301,
        ...     items=[PurchaseOrderItem(prebook_item_id=7390005001)])
        """
        token_type = resolve_token_kind(token_type, self._dispatch.token_type)
        _require_vendor_for_company("purchase.order.create", token_type, vendor_id, vendor_code)
        request = PurchaseOrderCreateRequest(
            ship_date=ship_date,
            vendor_id=vendor_id,
            vendor_code=vendor_code,
            company_location_code=company_location_code,
            carrier_id=carrier_id,
            carrier_code=carrier_code,
            awb_number=awb_number,
            purchase_order_number=purchase_order_number,
            purchase_order_items=list(items),
        )
        if token_type == "vendor":
            warn_vendor_ignored("purchase.order.create", request.vendor_ignored_fields())
        validate_as(request, komet_method="purchase.order.create", names=_ITEMS)
        return await self._call(
            "purchase.order.create", request, options, PurchaseOrderCreateResponse
        )

    async def create_mixed(
        self,
        *,
        ship_date: dt.date,
        items: Iterable[MixedPurchaseOrderItem],
        vendor_id: int | None = None,
        vendor_code: str | None = None,
        company_location_code: str | None = None,
        carrier_id: int | None = None,
        carrier_code: str | None = None,
        purchase_order_number: str | None = None,
        token_type: TokenKind | None = None,
        **options: Unpack[CallOptions],
    ) -> PurchaseOrderCreateResponse:
        """Create purchase orders with mixed (assorted) boxes, from prebooks in units or
        standalone (Komet ``purchase.order.mixed.create``; Company or Vendor token). Vendor
        rules as in :meth:`create`. Lines whose product is not mapped in the company are not
        added. GAP: breakdowns and quantities go in each item's ``extra``.

        >>> await session.purchase_orders.create_mixed(
        ...     ship_date=dt.date(2026, 2, 9), vendor_code="V01",
        ...     items=[MixedPurchaseOrderItem(product_id=1001, extra={"boxes": 1})])
        """
        token_type = resolve_token_kind(token_type, self._dispatch.token_type)
        _require_vendor_for_company(
            "purchase.order.mixed.create", token_type, vendor_id, vendor_code
        )
        request = MixedPurchaseOrderCreateRequest(
            ship_date=ship_date,
            vendor_id=vendor_id,
            vendor_code=vendor_code,
            company_location_code=company_location_code,
            carrier_id=carrier_id,
            carrier_code=carrier_code,
            purchase_order_number=purchase_order_number,
            purchase_order_items=list(items),
        )
        if token_type == "vendor":
            warn_vendor_ignored("purchase.order.mixed.create", request.vendor_ignored_fields())
        validate_as(request, komet_method="purchase.order.mixed.create", names=_ITEMS)
        return await self._call(
            "purchase.order.mixed.create", request, options, PurchaseOrderCreateResponse
        )

    async def list(
        self,
        *,
        date: dt.date | None = None,
        number: str | Sequence[str] | None = None,
        awb_id: int | None = None,
        inbound_truck_id: int | None = None,
        future_inventory_available_from: dt.date | None = None,
        future_inventory_available_to: dt.date | None = None,
        vendor: str | None = None,
        vendor_id: int | None = None,
        customer_id: int | None = None,
        customer_po_number: str | None = None,
        product: str | None = None,
        origin: str | None = None,
        prebook: str | None = None,
        location_id: int | None = None,
        status: str | None = None,
        status_line: str | None = None,
        purchase_order_item_ids: Sequence[int] | None = None,
        **options: Unpack[CallOptions],
    ) -> KometList[PurchaseOrder]:
        """List purchase orders with their lines (Komet ``purchase.order.list``; Company or
        Vendor token). Give a vendor ship ``date``, PO ``number``\\(s), an ``awb_id`` or an
        ``inbound_truck_id``. ``vendor`` and ``product`` match with LIKE; ``status`` is one
        of "Confirmed by Farm", "Approved", "Pending Approval", "Cancelled" (absent: all).
        A line's ``boxes`` exist only once the grower shipped it. "Orders not found." is an
        empty list.

        >>> orders = await session.purchase_orders.list(date=dt.date(2026, 2, 9))
        >>> orders = await session.purchase_orders.list(number=["P002296", "P002297"])
        """
        numbers = [number] if isinstance(number, str) else number
        request = PurchaseOrderListRequest(
            date=date,
            number=None if numbers is None else list(numbers),
            awb_id=awb_id,
            inbound_truck_id=inbound_truck_id,
            future_inventory_available_from=future_inventory_available_from,
            future_inventory_available_to=future_inventory_available_to,
            vendor=vendor,
            vendor_id=vendor_id,
            customer_id=customer_id,
            customer_po_number=customer_po_number,
            product=product,
            origin=origin,
            prebook=prebook,
            location_id=location_id,
            status=status,
            status_line=status_line,
            purchase_order_item_ids=(
                None if purchase_order_item_ids is None else list(purchase_order_item_ids)
            ),
        )
        answer = await self._call(
            "purchase.order.list", request, options, PurchaseOrderListResponse
        )
        return KometList(answer.purchase_orders, answer.response)

    async def add_items_to_awb(
        self,
        items: Iterable[PoItemAwb],
        *,
        vendor_id: int | None = None,
        token_type: TokenKind | None = None,
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
            "purchase.order.items.awb.add",
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
        concurrency: int = 8,
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
            "purchase.order.item.delete",
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
        komet_method=_VA_DETAILS.name,
    )
    return [values[run.start : run.stop] for run in runs]

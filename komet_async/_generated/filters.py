"""The ``**filters`` of the ranged helpers as typed dicts: generated from the
request models by ``python -m komet_async._catalog._generate``. Do not edit."""

from __future__ import annotations

import datetime as dt

from .._call import CallOptions


class InvoiceDetailsFilters(CallOptions, total=False):
    """The filters of ``invoices.iter_details`` and the per-call options: each filter a
    field of :class:`~komet_async.models.invoices.InvoiceDetailsListRequest`."""

    include_mapping_k2k: bool | None
    status: int | None
    customer: str | None
    customer_id: int | None
    carrier_name: str | None
    carrier_id: int | None
    product: str | None
    order: int | None
    order_id: int | None
    location_id: int | None
    location_ids: list[int] | None
    updated_as_of: dt.datetime | None


class AccountingInvoiceFilters(CallOptions, total=False):
    """The filters of ``invoices.iter_accounting`` and the per-call options: each filter a
    field of :class:`~komet_async.models.invoices.AccountingInvoiceListRequest`."""

    status: int | None
    location_ids: list[int] | None
    exclude_transfer: bool | None
    external_system_synced: bool | None


class AccountingSyncFilters(CallOptions, total=False):
    """The filters of ``invoices.sync_pending`` and the per-call options: each filter a
    field of :class:`~komet_async.models.invoices.AccountingInvoiceListRequest`."""

    status: int | None
    location_ids: list[int] | None
    exclude_transfer: bool | None


class CreditDetailsFilters(CallOptions, total=False):
    """The filters of ``credits.iter_details`` and the per-call options: each filter a
    field of :class:`~komet_async.models.credits.CreditDetailsListRequest`."""

    status: int | None
    customer: str | None
    customer_id: int | None
    carrier_name: str | None
    carrier_id: int | None
    product: str | None
    number: int | None
    location_id: int | None
    external_system_synced: bool | None


class CreditSyncFilters(CallOptions, total=False):
    """The filters of ``credits.sync_pending`` and the per-call options: each filter a
    field of :class:`~komet_async.models.credits.CreditDetailsListRequest`."""

    status: int | None
    customer: str | None
    customer_id: int | None
    carrier_name: str | None
    carrier_id: int | None
    product: str | None
    number: int | None
    location_id: int | None


class PaymentFilters(CallOptions, total=False):
    """The filters of ``payments.iter`` and the per-call options: each filter a
    field of :class:`~komet_async.models.payments.PaymentListRequest`."""

    customer: str | None
    control_number: int | None
    payment_method: str | None
    invoice_number: int | None
    check_reference: str | None
    updated_as_of: dt.datetime | None
    location_id: int | None
    external_system_synced: bool | None


class PaymentSyncFilters(CallOptions, total=False):
    """The filters of ``payments.sync_pending`` and the per-call options: each filter a
    field of :class:`~komet_async.models.payments.PaymentListRequest`."""

    customer: str | None
    control_number: int | None
    payment_method: str | None
    invoice_number: int | None
    check_reference: str | None
    updated_as_of: dt.datetime | None
    location_id: int | None


class PickTicketFilters(CallOptions, total=False):
    """The filters of ``pick_tickets.iter_details`` and the per-call options: each filter a
    field of :class:`~komet_async.models.pick_tickets.PickTicketDetailsListRequest`."""

    status: int | None
    customer: str | None
    customer_id: int | None
    carrier_name: str | None
    carrier_id: int | None
    product: str | None

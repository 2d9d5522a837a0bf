"""``session.invoices``: sales invoices (Komet calls them orders) — create, edit, status
changes, reads, the PDF and the proof of delivery."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .._files import write_pdf
from .._generated.declared import INVOICES_RECEIVE_POD, INVOICES_UPDATE_PRINT_STATUS
from .._generated.invoices import InvoicesMethods
from ..models.invoices import (
    InvoiceAck,
    PrintStatusRequest,
    ProofOfDeliveryRequest,
)
from ._invoices_bulk import InvoicesBulk

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._call import CallOptions


class InvoicesResource(InvoicesBulk, InvoicesMethods):
    __slots__ = ()
    namespace = "invoices"

    # --- create / edit -----------------------------------------------------------------

    # --- status changes ------------------------------------------------------------------

    async def update_print_status(
        self, order_ids: Iterable[int], *, print_type: int, **options: Unpack[CallOptions]
    ) -> InvoiceAck:
        """Record that box labels (``PrintType.BOX_LABEL``) or BOLs (``PrintType.BOL``) were
        printed for orders (Komet ``invoice/print-status/update``; Company token).

        >>> await session.invoices.update_print_status([454899, 998567], print_type=PrintType.BOL)
        """
        request = PrintStatusRequest.of(order_ids, print_type)
        return await self._send(INVOICES_UPDATE_PRINT_STATUS, request, options, InvoiceAck)

    # --- reads ---------------------------------------------------------------------------

    # --- documents -----------------------------------------------------------------------

    async def save_pdf(
        self,
        invoice_id: int,
        path: str | os.PathLike[str],
        *,
        enable_distribute_additional_charges: bool | None = None,
        add_additional_charges_in_unit_price: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Path:
        """:meth:`get_pdf` and write it to ``path`` (a directory gets Komet's suggested file
        name, made safe); returns the file written.

        >>> await session.invoices.save_pdf(11678925, "invoices/")
        PosixPath('invoices/Invoice #001626.pdf')
        """
        pdf = await self.get_pdf(
            invoice_id,
            enable_distribute_additional_charges=enable_distribute_additional_charges,
            add_additional_charges_in_unit_price=add_additional_charges_in_unit_price,
            **options,
        )
        return await write_pdf(pdf, path)

    async def receive_pod(
        self,
        invoice_number: int,
        file: bytes | bytearray | memoryview,
        **options: Unpack[CallOptions],
    ) -> InvoiceAck:
        """Attach a proof-of-delivery file to an order (Komet ``invoice.pod.receive``;
        Company token). At most 20 MB (checked before sending); the file travels in the
        JSON body the way Komet writes bytes, so files over roughly 16 KB also need a
        session ``max_request_bytes`` above the documented 64 KB request limit.

        >>> await session.invoices.receive_pod(114495, Path("pod.jpg").read_bytes())
        """
        content = bytes(file) if isinstance(file, (bytearray, memoryview)) else file
        request = ProofOfDeliveryRequest(
            invoice_number=invoice_number, proof_of_delivery_file=content
        )
        return await self._send(INVOICES_RECEIVE_POD, request, options, InvoiceAck)


def _id_list(ids: Iterable[int] | None) -> list[int] | None:
    return None if ids is None else [*ids]

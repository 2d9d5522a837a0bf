"""Writing what Komet sends as a file (an invoice's PDF): I/O the models do not do."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models.invoices import InvoicePdf


async def write_pdf(pdf: InvoicePdf, path: str | os.PathLike[str]) -> Path:
    """Write ``pdf`` to ``path`` off the event loop; a directory gets the PDF's suggested
    file name (made safe) inside it. Returns the file written."""
    return await asyncio.to_thread(_write, pdf, Path(path))


def _write(pdf: InvoicePdf, target: Path) -> Path:
    if target.is_dir():
        target = target / pdf.file_name()
    target.write_bytes(pdf.content)
    return target

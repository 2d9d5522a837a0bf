"""Catalog entries of the box and box-type methods (boxes-products.md)."""

from __future__ import annotations

from ..models import boxes as m
from ._shapes import json_write, query_read

METHODS = (
    query_read(
        "boxtype.list",
        "boxes",
        "list_types",
        m.BoxTypeListRequest,
        m.BoxTypeListResponse,
        token_types=("company", "vendor"),
        not_found=("Boxtype not found.",),
        summary="List box types (sorted by code).",
    ),
    json_write(
        "box.code.change",
        "boxes",
        "change_codes",
        m.BoxCodeChangeRequest,
        m.BoxCodeChangeResponse,
        token_types=("company", "vendor"),
        summary="Rename box codes in bulk; one result per box.",
    ),
)

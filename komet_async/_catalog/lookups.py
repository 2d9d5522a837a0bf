"""Catalog entries of the lookups methods."""

from __future__ import annotations

from typing import Any

from ._method import ApiMethod

METHODS: tuple[ApiMethod[Any, Any], ...] = ()

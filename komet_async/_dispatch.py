"""Moved to :mod:`._call` (``CallPipeline``). Only re-exports remain, for modules edited
concurrently that still import from here (``komet_async/__init__.py``, ``resources/``);
delete once they import ``CallOptions``/``CallPipeline`` from ``._call``."""

from __future__ import annotations

from ._call import CallOptions
from ._call import CallPipeline as Dispatcher

__all__ = ["CallOptions", "Dispatcher"]

"""komet_async: the asyncio SDK for the Komet Sales API.

>>> import komet_async as komet
>>> async with komet.KometSession(token) as k:
...     products = await k.products.list()
"""

from __future__ import annotations

from ._catalog import CATALOG, ApiMethod
from ._dispatch import CallOptions
from ._limits import QuotaStatus, QuotaStore
from ._retry import RetryPolicy
from ._session import KometSession
from .errors import (
    AuthenticationError,
    KometAPIError,
    KometConnectionError,
    KometDecodeError,
    KometError,
    KometHTTPError,
    KometTimeoutError,
    PermissionDeniedError,
    QuotaExceededError,
    QuotaExhaustedError,
    RequestTooLargeError,
    RequestValidationError,
)
from .models._base import KometList, ResponseInfo
from .models.boxes import BoxCodeChange, BoxCodeResult, BoxType
from .models.products import Product

__version__ = "0.1.0.dev0"

__all__ = [
    "CATALOG",
    "ApiMethod",
    "AuthenticationError",
    "BoxCodeChange",
    "BoxCodeResult",
    "BoxType",
    "CallOptions",
    "KometAPIError",
    "KometConnectionError",
    "KometDecodeError",
    "KometError",
    "KometHTTPError",
    "KometList",
    "KometSession",
    "KometTimeoutError",
    "PermissionDeniedError",
    "Product",
    "QuotaExceededError",
    "QuotaExhaustedError",
    "QuotaStatus",
    "QuotaStore",
    "RequestTooLargeError",
    "RequestValidationError",
    "ResponseInfo",
    "RetryPolicy",
    "__version__",
]

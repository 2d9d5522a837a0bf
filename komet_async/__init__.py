"""komet_async: the asyncio SDK for the Komet Sales API.

>>> import komet_async as komet
>>> async with komet.KometSession(token) as k:
...     products = await k.products.list()
"""

from __future__ import annotations

from ._bulk import BulkError, BulkResult, ItemOutcome, Part
from ._catalog import CATALOG, ApiMethod
from ._dispatch import CallOptions
from ._limits import MemoryQuotaStore, QuotaStatus, QuotaStore, Reservation
from ._login import login
from ._redis_store import RedisQuotaStore
from ._retry import RetryPolicy
from ._session import KometSession
from ._vendor_rules import VendorIgnoredFieldWarning
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
    QuotaStoreError,
    RequestTooLargeError,
    RequestValidationError,
    ResultTruncatedError,
)
from .models._base import Envelope, KometList, KometModel, ResponseInfo
from .models.boxes import (
    BoxCodeChange,
    BoxCodeResult,
    BoxExternalCode,
    BoxResult,
    BoxType,
    InventoryCountStatus,
)
from .models.ecommerce import EcommerceAvailableDates, EcommerceInventoryPage, InventoryOrigin
from .models.inventory import (
    ConsolidatedOpenMarketItem,
    FutureOpenMarketItem,
    HardgoodItem,
    InventoryItem,
    InventoryLine,
    InventoryUpdateRequest,
    OpenMarketItem,
    UnitsInventoryItem,
)
from .models.invoices import (
    AccountingInvoice,
    Invoice,
    InvoiceAck,
    InvoiceBox,
    InvoiceBreakdown,
    InvoiceCharge,
    InvoiceLine,
    InvoicePdf,
    InvoiceResult,
    InvoiceStatus,
    InvoiceSummary,
    PrintType,
)
from .models.lookups import (
    Awb,
    AwbBox,
    AwbDetails,
    AwbHouse,
    Carrier,
    Customer,
    FutureAwb,
    FutureAwbHouse,
    Location,
    Vendor,
    VendorType,
)
from .models.prebooks import (
    MultiplePrebookItem,
    MultiplePrebooksCreateRequest,
    Prebook,
    PrebookBreakdown,
    PrebookDetail,
    PrebookItem,
    PrebookLine,
)
from .models.products import Product
from .models.purchase_orders import (
    MixedPurchaseOrderItem,
    PoItemAwb,
    PoItemAwbResult,
    PurchaseOrder,
    PurchaseOrderBox,
    PurchaseOrderItem,
    PurchaseOrderLine,
    VaPurchaseOrder,
    VendorAvailabilityDetail,
)
from .resources._invoices_bulk import SyncReport

__version__ = "0.1.0.dev0"


__all__ = [
    "CATALOG",
    "AccountingInvoice",
    "ApiMethod",
    "AuthenticationError",
    "Awb",
    "AwbBox",
    "AwbDetails",
    "AwbHouse",
    "BoxCodeChange",
    "BoxCodeResult",
    "BoxExternalCode",
    "BoxResult",
    "BoxType",
    "BulkError",
    "BulkResult",
    "CallOptions",
    "Carrier",
    "ConsolidatedOpenMarketItem",
    "Customer",
    "EcommerceAvailableDates",
    "EcommerceInventoryPage",
    "Envelope",
    "FutureAwb",
    "FutureAwbHouse",
    "FutureOpenMarketItem",
    "HardgoodItem",
    "InventoryCountStatus",
    "InventoryItem",
    "InventoryLine",
    "InventoryOrigin",
    "InventoryUpdateRequest",
    "Invoice",
    "InvoiceAck",
    "InvoiceBox",
    "InvoiceBreakdown",
    "InvoiceCharge",
    "InvoiceLine",
    "InvoicePdf",
    "InvoiceResult",
    "InvoiceStatus",
    "InvoiceSummary",
    "ItemOutcome",
    "KometAPIError",
    "KometConnectionError",
    "KometDecodeError",
    "KometError",
    "KometHTTPError",
    "KometList",
    "KometModel",
    "KometSession",
    "KometTimeoutError",
    "Location",
    "MemoryQuotaStore",
    "MixedPurchaseOrderItem",
    "MultiplePrebookItem",
    "MultiplePrebooksCreateRequest",
    "OpenMarketItem",
    "Part",
    "PermissionDeniedError",
    "PoItemAwb",
    "PoItemAwbResult",
    "Prebook",
    "PrebookBreakdown",
    "PrebookDetail",
    "PrebookItem",
    "PrebookLine",
    "PrintType",
    "Product",
    "PurchaseOrder",
    "PurchaseOrderBox",
    "PurchaseOrderItem",
    "PurchaseOrderLine",
    "QuotaExceededError",
    "QuotaExhaustedError",
    "QuotaStatus",
    "QuotaStore",
    "QuotaStoreError",
    "RedisQuotaStore",
    "RequestTooLargeError",
    "RequestValidationError",
    "Reservation",
    "ResponseInfo",
    "ResultTruncatedError",
    "RetryPolicy",
    "SyncReport",
    "UnitsInventoryItem",
    "VaPurchaseOrder",
    "Vendor",
    "VendorAvailabilityDetail",
    "VendorIgnoredFieldWarning",
    "VendorType",
    "__version__",
    "login",
]

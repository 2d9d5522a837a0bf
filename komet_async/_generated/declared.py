"""Every catalog declaration as a typed constant: generated from the catalog by
``python -m komet_async._catalog._generate``. Do not edit."""

from __future__ import annotations

from .._catalog import CATALOG, GNC_CATALOG, ApiMethod
from ..models._base import Envelope
from ..models.boxes import (
    BoxCodeChangeRequest,
    BoxCodeChangeResponse,
    BoxExternalCodeUpdateRequest,
    BoxExternalCodeUpdateResponse,
    BoxInventoryCountRequest,
    BoxInventoryCountResponse,
    BoxInvoiceShipmentConfirmRequest,
    BoxInvoiceShipmentConfirmResponse,
    BoxMoveAwbRequest,
    BoxMoveAwbResponse,
    BoxPositionChangeRequest,
    BoxPositionChangeResponse,
    BoxTypeListRequest,
    BoxTypeListResponse,
    BoxWarehouseReceiveRequest,
    BoxWarehouseShipRequest,
    BoxWriteResponse,
)
from ..models.companies import (
    CompanyListResponse,
    CompanyLocationListRequest,
    CompanyLocationListResponse,
    EcommerceUserAddRequest,
    EcommerceUserAddResponse,
)
from ..models.credits import (
    CreditDetailsListRequest,
    CreditDetailsListResponse,
    CreditMarkSyncRequest,
    CreditMarkSyncResponse,
    OpenCreditBalanceCreateRequest,
    OpenCreditBalanceResponse,
)
from ..models.customers import (
    ContactAddRequest,
    ContactDeleteRequest,
    ContactListRequest,
    ContactListResponse,
    ContactSaveResponse,
    ContactUpdateRequest,
    CustomerAddRequest,
    CustomerAddResponse,
    CustomerChargeUpdateRequest,
    CustomersByCompanyRequest,
    CustomersByCompanyResponse,
    CustomersByUserResponse,
    CustomerUpdateRequest,
    CustomerUpdateResponse,
    ShipToAddRequest,
    ShipToDeleteRequest,
    ShipToListRequest,
    ShipToListResponse,
    ShipToSaveResponse,
    ShipToUpdateRequest,
)
from ..models.ecommerce import (
    CarriersByShipDate,
    CarriersByShipDateRequest,
    CustomerCarriers,
    CustomerCarriersRequest,
    EcommerceAvailableDates,
    EcommerceAvailableDatesRequest,
    EcommerceInventoryDetails,
    EcommerceInventoryGetRequest,
    EcommerceInventoryListRequest,
    EcommerceInventoryPage,
    EcommerceSettings,
    EcommerceSettingsRequest,
)
from ..models.global_network_codes import (
    GncGenusSearch,
    GncGenusSearchRequest,
    GncProductSearch,
    GncProductSearchRequest,
)
from ..models.inventory import (
    ConsolidatedOpenMarketListResponse,
    FutureOpenMarketListRequest,
    FutureOpenMarketListResponse,
    HardgoodAddRequest,
    HardgoodAddResponse,
    HardgoodListRequest,
    HardgoodListResponse,
    HardgoodUpdateRequest,
    HardgoodUpdateResponse,
    InventoryAddResponse,
    InventoryDeleteRequest,
    InventoryDeleteResponse,
    InventoryLine,
    InventoryListRequest,
    InventoryListResponse,
    InventoryUpdateRequest,
    InventoryUpdateResponse,
    OpenMarketListRequest,
    OpenMarketListResponse,
    UnitsAddRequest,
    UnitsChangeResponse,
    UnitsDeleteRequest,
    UnitsListRequest,
    UnitsListResponse,
)
from ..models.invoices import (
    AccountingInvoiceListRequest,
    AccountingInvoiceListResponse,
    InvoiceAck,
    InvoiceCreateRequest,
    InvoiceDetailsListRequest,
    InvoiceDetailsListResponse,
    InvoiceItemAddRequest,
    InvoiceItemDeleteRequest,
    InvoiceItemUpdateRequest,
    InvoiceListRequest,
    InvoiceListResponse,
    InvoiceNumberRequest,
    InvoicePdf,
    InvoicePdfRequest,
    InvoiceResult,
    InvoiceUpdateRequest,
    InvoiceVoidRequest,
    K2KInvoiceListRequest,
    K2KInvoiceListResponse,
    MarkSyncedRequest,
    MarkSyncErrorRequest,
    PrintStatusRequest,
    ProofOfDeliveryRequest,
)
from ..models.lookups import (
    AwbDetailsListResponse,
    AwbListRequest,
    AwbListResponse,
    CarrierListRequest,
    CarrierListResponse,
    CustomerListRequest,
    CustomerListResponse,
    FutureAwbListRequest,
    FutureAwbListResponse,
    FutureAwbSaveRequest,
    FutureAwbSaveResponse,
    LocationListRequest,
    LocationListResponse,
    VendorAddRequest,
    VendorAddResponse,
    VendorListRequest,
    VendorListResponse,
)
from ..models.payments import (
    PaymentListRequest,
    PaymentListResponse,
    PaymentMarkSyncRequest,
    PaymentMarkSyncResponse,
    PaymentMethodListRequest,
    PaymentMethodListResponse,
    PaymentReceipt,
    PaymentReceiveRequest,
)
from ..models.pick_tickets import PickTicketDetailsList, PickTicketDetailsListRequest
from ..models.prebooks import (
    MultiplePrebooksCreateRequest,
    MultiplePrebooksCreateResponse,
    PrebookCreateRequest,
    PrebookCreateResponse,
    PrebookDeleteRequest,
    PrebookDetailsListRequest,
    PrebookDetailsListResponse,
    PrebookFutureItemAddRequest,
    PrebookItemDeleteRequest,
    PrebookListRequest,
    PrebookListResponse,
    PrebookUpdateRequest,
    PrebookVendorAvailabilityItemAddRequest,
    PrebookVendorAvailabilityItemAddResponse,
)
from ..models.price_lists import (
    PriceListListRequest,
    PriceListListResponse,
    SeasonListRequest,
    SeasonListResponse,
    SeasonProductAddRequest,
    SeasonProductListRequest,
    SeasonProductListResponse,
    SeasonProductUpdateRequest,
)
from ..models.products import (
    HardgoodProductAddRequest,
    HardgoodProductSaveResponse,
    HardgoodProductUpdateRequest,
    ProductAddRequest,
    ProductAttributeRequest,
    ProductColorsResponse,
    ProductGradesResponse,
    ProductListRequest,
    ProductListResponse,
    ProductSaveResponse,
    ProductUpdateRequest,
)
from ..models.purchase_orders import (
    MixedPurchaseOrderCreateRequest,
    PurchaseOrderCreateRequest,
    PurchaseOrderCreateResponse,
    PurchaseOrderItemAwbAddRequest,
    PurchaseOrderItemAwbAddResponse,
    PurchaseOrderItemConfirmRequest,
    PurchaseOrderItemDeleteRequest,
    PurchaseOrderItemPriceUpdateRequest,
    PurchaseOrderItemReferenceUpdateRequest,
    PurchaseOrderItemsAwbAddRequest,
    PurchaseOrderItemsAwbAddResponse,
    PurchaseOrderListRequest,
    PurchaseOrderListResponse,
    PurchaseOrderVaDetailsListRequest,
    PurchaseOrderVaDetailsListResponse,
    PurchaseOrderWriteResponse,
)
from ..models.setup import (
    AdditionalChargeAddRequest,
    AdditionalChargeListRequest,
    AdditionalChargeListResponse,
    AdditionalChargeSaveResponse,
    AdditionalChargeUpdateRequest,
    AutomaticAdditionalChargeAddRequest,
    AutomaticAdditionalChargeResponse,
    AutomaticAdditionalChargeUpdateRequest,
    CarrierAddRequest,
    CarrierSaveResponse,
    CarrierUpdateRequest,
    CategoryListRequest,
    CategoryListResponse,
)
from ..models.standing_orders import (
    StandingOrderCreateRequest,
    StandingOrderCreateResponse,
    StandingOrderItemDeleteRequest,
    StandingOrderListRequest,
    StandingOrderListResponse,
    StandingOrderUpdateRequest,
)
from ..models.vendors import (
    VendorAvailabilityItemsListRequest,
    VendorAvailabilityItemsListResponse,
    VendorInvoiceAck,
    VendorInvoiceMailReceiveRequest,
    VendorInvoiceMarkSyncRequest,
    VendorUpdateRequest,
    VendorUpdateResponse,
)
from ..models.web_orders import (
    WebOrderCheckoutRequest,
    WebOrderCreateRequest,
    WebOrderDeleteRequest,
    WebOrderDetailsListRequest,
    WebOrderDetailsListResponse,
    WebOrderItemAddRequest,
    WebOrderItemAddResponse,
    WebOrderWriteResponse,
)

ADDITIONAL_CHARGES_ADD: ApiMethod[
    AdditionalChargeAddRequest, AdditionalChargeSaveResponse
] = CATALOG["additional.charge.add"]
ADDITIONAL_CHARGES_ADD_AUTOMATIC: ApiMethod[
    AutomaticAdditionalChargeAddRequest, AutomaticAdditionalChargeResponse
] = CATALOG["automatic-additional-charge [POST]"]
ADDITIONAL_CHARGES_LIST: ApiMethod[
    AdditionalChargeListRequest, AdditionalChargeListResponse
] = CATALOG["additional.charge.list"]
ADDITIONAL_CHARGES_UPDATE: ApiMethod[
    AdditionalChargeUpdateRequest, AdditionalChargeSaveResponse
] = CATALOG["additional.charge.update"]
ADDITIONAL_CHARGES_UPDATE_AUTOMATIC: ApiMethod[
    AutomaticAdditionalChargeUpdateRequest, AutomaticAdditionalChargeResponse
] = CATALOG["automatic-additional-charge [PUT]"]
AWBS_LIST: ApiMethod[AwbListRequest, AwbListResponse] = CATALOG["awb.list"]
AWBS_LIST_DETAILS: ApiMethod[AwbListRequest, AwbDetailsListResponse] = CATALOG["awb.details.list"]
AWBS_LIST_FUTURE: ApiMethod[
    FutureAwbListRequest, FutureAwbListResponse
] = CATALOG["awb.future.list"]
AWBS_SAVE_FUTURE: ApiMethod[
    FutureAwbSaveRequest, FutureAwbSaveResponse
] = CATALOG["awb.future.save"]
BOXES_CHANGE_CODES: ApiMethod[
    BoxCodeChangeRequest, BoxCodeChangeResponse
] = CATALOG["box.code.change"]
BOXES_CHANGE_POSITION: ApiMethod[
    BoxPositionChangeRequest, BoxPositionChangeResponse
] = CATALOG["box.position.change"]
BOXES_CONFIRM_INVOICE_SHIPMENT: ApiMethod[
    BoxInvoiceShipmentConfirmRequest, BoxInvoiceShipmentConfirmResponse
] = CATALOG["box.invoice.shipment.confirm"]
BOXES_LIST_TYPES: ApiMethod[BoxTypeListRequest, BoxTypeListResponse] = CATALOG["boxtype.list"]
BOXES_MOVE_TO_AWB: ApiMethod[BoxMoveAwbRequest, BoxMoveAwbResponse] = CATALOG["box.move.awb"]
BOXES_RECEIVE_AT_WAREHOUSE: ApiMethod[
    BoxWarehouseReceiveRequest, BoxWriteResponse
] = CATALOG["box.warehouse.receive"]
BOXES_SHIP_FROM_WAREHOUSE: ApiMethod[
    BoxWarehouseShipRequest, BoxWriteResponse
] = CATALOG["box.warehouse.ship"]
BOXES_UPDATE_EXTERNAL_CODE: ApiMethod[
    BoxExternalCodeUpdateRequest, BoxExternalCodeUpdateResponse
] = CATALOG["box.externalcode.update"]
BOXES_UPDATE_INVENTORY_COUNT: ApiMethod[
    BoxInventoryCountRequest, BoxInventoryCountResponse
] = CATALOG["v2/inventory/box/count"]
CARRIERS_ADD: ApiMethod[CarrierAddRequest, CarrierSaveResponse] = CATALOG["carrier.add"]
CARRIERS_LIST: ApiMethod[CarrierListRequest, CarrierListResponse] = CATALOG["carrier.list"]
CARRIERS_LIST_BY_CUSTOMER_SHIP_DATE: ApiMethod[
    CarriersByShipDateRequest, CarriersByShipDate
] = CATALOG["carriers.by.customer.ship.date.list"]
CARRIERS_LIST_FOR_CUSTOMER: ApiMethod[
    CustomerCarriersRequest, CustomerCarriers
] = CATALOG["ecommerce/customer-carriers.list"]
CARRIERS_UPDATE: ApiMethod[CarrierUpdateRequest, CarrierSaveResponse] = CATALOG["carrier.update"]
CATEGORIES_LIST: ApiMethod[CategoryListRequest, CategoryListResponse] = CATALOG["category.list"]
COMPANIES_ADD_ECOMMERCE_USER: ApiMethod[
    EcommerceUserAddRequest, EcommerceUserAddResponse
] = CATALOG["v2/user/e-commerce"]
COMPANIES_LIST: ApiMethod[None, CompanyListResponse] = CATALOG["company.list"]
COMPANIES_LIST_LOCATIONS: ApiMethod[
    CompanyLocationListRequest, CompanyLocationListResponse
] = CATALOG["company.location.list"]
CREDITS_CREATE_OPEN_BALANCE: ApiMethod[
    OpenCreditBalanceCreateRequest, OpenCreditBalanceResponse
] = CATALOG["open.credit.balance.create"]
CREDITS_LIST_DETAILS: ApiMethod[
    CreditDetailsListRequest, CreditDetailsListResponse
] = CATALOG["credit.details.list"]
CREDITS_MARK_SYNCED: ApiMethod[
    CreditMarkSyncRequest, CreditMarkSyncResponse
] = CATALOG["credit.mark.sync"]
CUSTOMERS_ADD: ApiMethod[CustomerAddRequest, CustomerAddResponse] = CATALOG["customer.add"]
CUSTOMERS_ADD_CONTACT: ApiMethod[
    ContactAddRequest, ContactSaveResponse
] = CATALOG["customer.contact.add"]
CUSTOMERS_ADD_SHIP_TO: ApiMethod[
    ShipToAddRequest, ShipToSaveResponse
] = CATALOG["customer.shipto.add"]
CUSTOMERS_DELETE_CONTACT: ApiMethod[
    ContactDeleteRequest, Envelope
] = CATALOG["customer.contact.delete"]
CUSTOMERS_DELETE_SHIP_TO: ApiMethod[
    ShipToDeleteRequest, Envelope
] = CATALOG["customer.shipto.delete"]
CUSTOMERS_GET_ECOMMERCE_SETTINGS: ApiMethod[
    EcommerceSettingsRequest, EcommerceSettings
] = CATALOG["ecommerce-lite/settings"]
CUSTOMERS_LIST: ApiMethod[CustomerListRequest, CustomerListResponse] = CATALOG["customer.list"]
CUSTOMERS_LIST_BY_COMPANY: ApiMethod[
    CustomersByCompanyRequest, CustomersByCompanyResponse
] = CATALOG["customer.by.company.list"]
CUSTOMERS_LIST_BY_USER: ApiMethod[None, CustomersByUserResponse] = CATALOG["customer.by.user.list"]
CUSTOMERS_LIST_CONTACTS: ApiMethod[
    ContactListRequest, ContactListResponse
] = CATALOG["customer.contact.list"]
CUSTOMERS_LIST_SHIP_TOS: ApiMethod[
    ShipToListRequest, ShipToListResponse
] = CATALOG["customer.shipto.list"]
CUSTOMERS_UPDATE: ApiMethod[
    CustomerUpdateRequest, CustomerUpdateResponse
] = CATALOG["customer.update"]
CUSTOMERS_UPDATE_ADDITIONAL_CHARGE: ApiMethod[
    CustomerChargeUpdateRequest, Envelope
] = CATALOG["customer.additional.charge.update"]
CUSTOMERS_UPDATE_CONTACT: ApiMethod[
    ContactUpdateRequest, ContactSaveResponse
] = CATALOG["customer.contact.update"]
CUSTOMERS_UPDATE_SHIP_TO: ApiMethod[
    ShipToUpdateRequest, ShipToSaveResponse
] = CATALOG["customer.shipto.update"]
GLOBAL_NETWORK_CODES_SEARCH_GENUS: ApiMethod[
    GncGenusSearchRequest, GncGenusSearch
] = GNC_CATALOG["globalnetworkcodes:genus"]
GLOBAL_NETWORK_CODES_SEARCH_PRODUCTS: ApiMethod[
    GncProductSearchRequest, GncProductSearch
] = GNC_CATALOG["globalnetworkcodes:product"]
INVENTORY_ADD: ApiMethod[InventoryLine, InventoryAddResponse] = CATALOG["inventory.add"]
INVENTORY_ADD_HARDGOOD: ApiMethod[
    HardgoodAddRequest, HardgoodAddResponse
] = CATALOG["hardgood.inventory.add"]
INVENTORY_ADD_UNITS: ApiMethod[
    UnitsAddRequest, UnitsChangeResponse
] = CATALOG["inventory.units.add"]
INVENTORY_DELETE: ApiMethod[
    InventoryDeleteRequest, InventoryDeleteResponse
] = CATALOG["inventory.delete"]
INVENTORY_DELETE_UNITS: ApiMethod[
    UnitsDeleteRequest, UnitsChangeResponse
] = CATALOG["inventory.units.delete"]
INVENTORY_GET_ECOMMERCE: ApiMethod[
    EcommerceInventoryGetRequest, EcommerceInventoryDetails
] = CATALOG["ecommerce/inventory.get"]
INVENTORY_LIST: ApiMethod[InventoryListRequest, InventoryListResponse] = CATALOG["inventory.list"]
INVENTORY_LIST_CONSOLIDATED_OPEN_MARKET: ApiMethod[
    None, ConsolidatedOpenMarketListResponse
] = CATALOG["inventory.consolidated.openmarket.list"]
INVENTORY_LIST_ECOMMERCE: ApiMethod[
    EcommerceInventoryListRequest, EcommerceInventoryPage
] = CATALOG["ecommerce/inventory.list"]
INVENTORY_LIST_ECOMMERCE_AVAILABLE_DATES: ApiMethod[
    EcommerceAvailableDatesRequest, EcommerceAvailableDates
] = CATALOG["ecommerce/inventory-available-dates.list"]
INVENTORY_LIST_FUTURE_OPEN_MARKET: ApiMethod[
    FutureOpenMarketListRequest, FutureOpenMarketListResponse
] = CATALOG["future.inventory.openmarket.list"]
INVENTORY_LIST_HARDGOODS: ApiMethod[
    HardgoodListRequest, HardgoodListResponse
] = CATALOG["hardgood/inventory.list"]
INVENTORY_LIST_OPEN_MARKET: ApiMethod[
    OpenMarketListRequest, OpenMarketListResponse
] = CATALOG["inventory.openmarket.list"]
INVENTORY_LIST_UNITS: ApiMethod[
    UnitsListRequest, UnitsListResponse
] = CATALOG["inventory.units.list"]
INVENTORY_UPDATE: ApiMethod[
    InventoryUpdateRequest, InventoryUpdateResponse
] = CATALOG["inventory.update"]
INVENTORY_UPDATE_HARDGOOD: ApiMethod[
    HardgoodUpdateRequest, HardgoodUpdateResponse
] = CATALOG["hardgood.inventory.update"]
INVOICES_ADD_ITEM: ApiMethod[InvoiceItemAddRequest, InvoiceResult] = CATALOG["invoice.item.add"]
INVOICES_CHECKOUT: ApiMethod[InvoiceNumberRequest, InvoiceAck] = CATALOG["invoice.checkout"]
INVOICES_CONFIRM: ApiMethod[InvoiceNumberRequest, InvoiceAck] = CATALOG["invoice.confirm"]
INVOICES_CREATE: ApiMethod[InvoiceCreateRequest, InvoiceResult] = CATALOG["invoice.create"]
INVOICES_DELETE_ITEM: ApiMethod[
    InvoiceItemDeleteRequest, InvoiceResult
] = CATALOG["invoice.item.delete"]
INVOICES_GET_PDF: ApiMethod[InvoicePdfRequest, InvoicePdf] = CATALOG["invoice.pdf.get"]
INVOICES_LIST: ApiMethod[InvoiceListRequest, InvoiceListResponse] = CATALOG["invoice.list"]
INVOICES_LIST_ACCOUNTING: ApiMethod[
    AccountingInvoiceListRequest, AccountingInvoiceListResponse
] = CATALOG["invoice.accounting.details.list"]
INVOICES_LIST_DETAILS: ApiMethod[
    InvoiceDetailsListRequest, InvoiceDetailsListResponse
] = CATALOG["invoice.details.list"]
INVOICES_LIST_K2K: ApiMethod[
    K2KInvoiceListRequest, K2KInvoiceListResponse
] = CATALOG["v2/invoice/k2k"]
INVOICES_MARK_SYNC_ERROR: ApiMethod[
    MarkSyncErrorRequest, InvoiceAck
] = CATALOG["invoice.mark.sync.status.error"]
INVOICES_MARK_SYNCED: ApiMethod[
    MarkSyncedRequest, InvoiceAck
] = CATALOG["invoice.mark.sync.status.ok"]
INVOICES_RECEIVE_POD: ApiMethod[ProofOfDeliveryRequest, InvoiceAck] = CATALOG["invoice.pod.receive"]
INVOICES_UPDATE: ApiMethod[InvoiceUpdateRequest, InvoiceResult] = CATALOG["invoice.update"]
INVOICES_UPDATE_ITEM: ApiMethod[
    InvoiceItemUpdateRequest, InvoiceResult
] = CATALOG["invoice.item.update"]
INVOICES_UPDATE_PRINT_STATUS: ApiMethod[
    PrintStatusRequest, InvoiceAck
] = CATALOG["invoice/print-status/update"]
INVOICES_VOID: ApiMethod[InvoiceVoidRequest, InvoiceAck] = CATALOG["invoice.void"]
LOCATIONS_LIST: ApiMethod[LocationListRequest, LocationListResponse] = CATALOG["location.list"]
PAYMENTS_LIST: ApiMethod[PaymentListRequest, PaymentListResponse] = CATALOG["payment.list"]
PAYMENTS_LIST_METHODS: ApiMethod[
    PaymentMethodListRequest, PaymentMethodListResponse
] = CATALOG["payment.method.list"]
PAYMENTS_MARK_SYNCED: ApiMethod[
    PaymentMarkSyncRequest, PaymentMarkSyncResponse
] = CATALOG["payment.mark.sync"]
PAYMENTS_RECEIVE: ApiMethod[PaymentReceiveRequest, PaymentReceipt] = CATALOG["payment.receive"]
PICK_TICKETS_LIST_DETAILS: ApiMethod[
    PickTicketDetailsListRequest, PickTicketDetailsList
] = CATALOG["pickticket.details.list"]
PREBOOKS_ADD_FUTURE_ITEM: ApiMethod[
    PrebookFutureItemAddRequest, Envelope
] = CATALOG["prebook.future.item.add"]
PREBOOKS_ADD_VENDOR_AVAILABILITY_ITEM: ApiMethod[
    PrebookVendorAvailabilityItemAddRequest, PrebookVendorAvailabilityItemAddResponse
] = CATALOG["prebook.vendor.availability.item.add"]
PREBOOKS_CREATE: ApiMethod[PrebookCreateRequest, PrebookCreateResponse] = CATALOG["prebook.create"]
PREBOOKS_CREATE_MANY: ApiMethod[
    MultiplePrebooksCreateRequest, MultiplePrebooksCreateResponse
] = CATALOG["multiple.prebooks.create"]
PREBOOKS_DELETE: ApiMethod[PrebookDeleteRequest, Envelope] = CATALOG["prebook.delete"]
PREBOOKS_DELETE_ITEM: ApiMethod[PrebookItemDeleteRequest, Envelope] = CATALOG["prebook.item.delete"]
PREBOOKS_LIST: ApiMethod[PrebookListRequest, PrebookListResponse] = CATALOG["prebook.list"]
PREBOOKS_LIST_DETAILS: ApiMethod[
    PrebookDetailsListRequest, PrebookDetailsListResponse
] = CATALOG["prebook.details.list"]
PREBOOKS_UPDATE: ApiMethod[PrebookUpdateRequest, Envelope] = CATALOG["prebook.update"]
PRICE_LISTS_ADD_PRODUCTS: ApiMethod[
    SeasonProductAddRequest, Envelope
] = CATALOG["v2/price-list/season/product.add"]
PRICE_LISTS_LIST: ApiMethod[PriceListListRequest, PriceListListResponse] = CATALOG["v2/price-list"]
PRICE_LISTS_LIST_PRODUCTS: ApiMethod[
    SeasonProductListRequest, SeasonProductListResponse
] = CATALOG["v2/price-list/season/product"]
PRICE_LISTS_LIST_SEASONS: ApiMethod[
    SeasonListRequest, SeasonListResponse
] = CATALOG["v2/price-list/season"]
PRICE_LISTS_UPDATE_PRODUCT: ApiMethod[
    SeasonProductUpdateRequest, Envelope
] = CATALOG["v2/price-list/season/product.update"]
PRODUCTS_ADD: ApiMethod[ProductAddRequest, ProductSaveResponse] = CATALOG["product.add"]
PRODUCTS_ADD_HARDGOOD: ApiMethod[
    HardgoodProductAddRequest, HardgoodProductSaveResponse
] = CATALOG["hardgood.product.add"]
PRODUCTS_LIST: ApiMethod[ProductListRequest, ProductListResponse] = CATALOG["product.list"]
PRODUCTS_LIST_COLORS: ApiMethod[
    ProductAttributeRequest, ProductColorsResponse
] = CATALOG["v2/product/colors"]
PRODUCTS_LIST_GRADES: ApiMethod[
    ProductAttributeRequest, ProductGradesResponse
] = CATALOG["v2/product/grades"]
PRODUCTS_UPDATE: ApiMethod[ProductUpdateRequest, ProductSaveResponse] = CATALOG["product.update"]
PRODUCTS_UPDATE_HARDGOOD: ApiMethod[
    HardgoodProductUpdateRequest, HardgoodProductSaveResponse
] = CATALOG["hardgood.product.update"]
PURCHASE_ORDERS_ADD_ITEM_TO_AWB: ApiMethod[
    PurchaseOrderItemAwbAddRequest, PurchaseOrderItemAwbAddResponse
] = CATALOG["purchase.order.item.awb.add"]
PURCHASE_ORDERS_ADD_ITEMS_TO_AWB: ApiMethod[
    PurchaseOrderItemsAwbAddRequest, PurchaseOrderItemsAwbAddResponse
] = CATALOG["purchase.order.items.awb.add"]
PURCHASE_ORDERS_CONFIRM_ITEM: ApiMethod[
    PurchaseOrderItemConfirmRequest, PurchaseOrderWriteResponse
] = CATALOG["purchase.order.item.confirm"]
PURCHASE_ORDERS_CREATE: ApiMethod[
    PurchaseOrderCreateRequest, PurchaseOrderCreateResponse
] = CATALOG["purchase.order.create"]
PURCHASE_ORDERS_CREATE_MIXED: ApiMethod[
    MixedPurchaseOrderCreateRequest, PurchaseOrderCreateResponse
] = CATALOG["purchase.order.mixed.create"]
PURCHASE_ORDERS_DELETE_ITEM: ApiMethod[
    PurchaseOrderItemDeleteRequest, PurchaseOrderWriteResponse
] = CATALOG["purchase.order.item.delete"]
PURCHASE_ORDERS_LIST: ApiMethod[
    PurchaseOrderListRequest, PurchaseOrderListResponse
] = CATALOG["purchase.order.list"]
PURCHASE_ORDERS_LIST_VA_DETAILS: ApiMethod[
    PurchaseOrderVaDetailsListRequest, PurchaseOrderVaDetailsListResponse
] = CATALOG["purchase.order.va.details.list"]
PURCHASE_ORDERS_UPDATE_ITEM_PRICE: ApiMethod[
    PurchaseOrderItemPriceUpdateRequest, PurchaseOrderWriteResponse
] = CATALOG["purchase.order.item.price.update"]
PURCHASE_ORDERS_UPDATE_ITEM_REFERENCE: ApiMethod[
    PurchaseOrderItemReferenceUpdateRequest, PurchaseOrderWriteResponse
] = CATALOG["purchase.order.item.reference.update"]
STANDING_ORDERS_CREATE: ApiMethod[
    StandingOrderCreateRequest, StandingOrderCreateResponse
] = CATALOG["v2/standing-order [POST]"]
STANDING_ORDERS_DELETE_ITEM: ApiMethod[
    StandingOrderItemDeleteRequest, Envelope
] = CATALOG["v2/standing-order/item [DELETE]"]
STANDING_ORDERS_LIST: ApiMethod[
    StandingOrderListRequest, StandingOrderListResponse
] = CATALOG["standing.order.list"]
STANDING_ORDERS_UPDATE: ApiMethod[
    StandingOrderUpdateRequest, Envelope
] = CATALOG["v2/standing-order [PUT]"]
VENDORS_ADD: ApiMethod[VendorAddRequest, VendorAddResponse] = CATALOG["vendor.add"]
VENDORS_LIST: ApiMethod[VendorListRequest, VendorListResponse] = CATALOG["vendor.list"]
VENDORS_LIST_AVAILABILITY_ITEMS: ApiMethod[
    VendorAvailabilityItemsListRequest, VendorAvailabilityItemsListResponse
] = CATALOG["vendor.availability.items.list"]
VENDORS_MARK_INVOICE_SYNCED: ApiMethod[
    VendorInvoiceMarkSyncRequest, VendorInvoiceAck
] = CATALOG["vendor.invoice.mark.sync"]
VENDORS_RECEIVE_INVOICE_MAIL: ApiMethod[
    VendorInvoiceMailReceiveRequest, VendorInvoiceAck
] = CATALOG["vendor.invoice.mail.receive"]
VENDORS_UPDATE: ApiMethod[VendorUpdateRequest, VendorUpdateResponse] = CATALOG["vendor.update"]
WEB_ORDERS_ADD_ITEM: ApiMethod[
    WebOrderItemAddRequest, WebOrderItemAddResponse
] = CATALOG["web-order-item.add"]
WEB_ORDERS_CHECKOUT: ApiMethod[
    WebOrderCheckoutRequest, WebOrderWriteResponse
] = CATALOG["web-order.checkout"]
WEB_ORDERS_CREATE: ApiMethod[
    WebOrderCreateRequest, WebOrderWriteResponse
] = CATALOG["web-order.create"]
WEB_ORDERS_DELETE: ApiMethod[
    WebOrderDeleteRequest, WebOrderWriteResponse
] = CATALOG["web-order.delete"]
WEB_ORDERS_LIST_DETAILS: ApiMethod[
    WebOrderDetailsListRequest, WebOrderDetailsListResponse
] = CATALOG["web-order-details.list"]

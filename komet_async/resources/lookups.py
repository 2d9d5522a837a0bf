"""Lookup namespaces: ``customers``, ``locations``, ``carriers``, ``vendors``, ``awbs``."""

from __future__ import annotations

from .._generated.awbs import AwbsMethods
from .._generated.carriers import CarriersMethods
from .._generated.customers import CustomersMethods
from .._generated.locations import LocationsMethods
from .._generated.vendors import VendorsMethods


class CustomersResource(CustomersMethods):
    __slots__ = ()
    namespace = "customers"


class LocationsResource(LocationsMethods):
    __slots__ = ()
    namespace = "locations"


class CarriersResource(CarriersMethods):
    __slots__ = ()
    namespace = "carriers"


class VendorsResource(VendorsMethods):
    __slots__ = ()
    namespace = "vendors"


class AwbsResource(AwbsMethods):
    __slots__ = ()
    namespace = "awbs"

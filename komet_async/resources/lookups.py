"""Lookup namespaces: ``customers``, ``locations``, ``carriers``, ``vendors``, ``awbs``."""

from __future__ import annotations

from ._base import Resource


class CustomersResource(Resource):
    __slots__ = ()


class LocationsResource(Resource):
    __slots__ = ()


class CarriersResource(Resource):
    __slots__ = ()


class VendorsResource(Resource):
    __slots__ = ()


class AwbsResource(Resource):
    __slots__ = ()

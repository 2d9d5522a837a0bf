"""``session.companies``: the companies a token's user belongs to, their locations, and
e-commerce users (all generated from the catalog)."""

from __future__ import annotations

from .._generated.companies import CompaniesMethods


class CompaniesResource(CompaniesMethods):
    __slots__ = ()
    namespace = "companies"

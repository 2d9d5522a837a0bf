"""Setup namespaces: ``categories`` and ``additional_charges`` (``carriers`` gains its
``add``/``update`` in :mod:`.lookups`' ``CarriersResource``, generated)."""

from __future__ import annotations

from .._generated.additional_charges import AdditionalChargesMethods
from .._generated.categories import CategoriesMethods


class CategoriesResource(CategoriesMethods):
    __slots__ = ()
    namespace = "categories"


class AdditionalChargesResource(AdditionalChargesMethods):
    __slots__ = ()
    namespace = "additional_charges"

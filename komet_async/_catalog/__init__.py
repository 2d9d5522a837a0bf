"""``CATALOG``: the SDK's declaration of every modelled Komet method, keyed by Komet name.

Each family lists its methods in its own module; this one only assembles them. The
resources, the CLI's ``call`` command and the README's method table read from here, so a
method is declared once. (The fake server keeps its own, independent reading of the docs.)
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from ..errors import UnknownMethodError, spelled
from . import (
    boxes,
    companies,
    credits,
    customers,
    ecommerce,
    inventory,
    invoices,
    lookups,
    payments,
    pick_tickets,
    prebooks,
    price_lists,
    products,
    purchase_orders,
    setup,
    standing_orders,
    vendors,
    web_orders,
)
from ._method import ApiMethod, HttpMethod, ParamsIn, TokenIn, TokenType
from .global_network_codes import GNC_CATALOG

__all__ = [
    "CATALOG",
    "GNC_CATALOG",
    "ApiMethod",
    "HttpMethod",
    "ParamsIn",
    "TokenIn",
    "TokenType",
    "UnknownMethodError",
    "find_method",
    "spelled",
]


def _assemble(*families: Iterable[ApiMethod[Any, Any]]) -> Mapping[str, ApiMethod[Any, Any]]:
    table: dict[str, ApiMethod[Any, Any]] = {}
    places: set[tuple[str, str]] = set()
    for family in families:
        for method in family:
            if method.name in table:
                raise RuntimeError(f"{method.name} is declared twice in the catalog")
            if (method.namespace, method.attr) in places:
                raise RuntimeError(f"{method.namespace}.{method.attr} is declared twice")
            table[method.name] = method
            places.add((method.namespace, method.attr))
    return MappingProxyType(dict(sorted(table.items())))


CATALOG: Mapping[str, ApiMethod[Any, Any]] = _assemble(
    products.METHODS,
    boxes.METHODS,
    inventory.METHODS,
    invoices.METHODS,
    prebooks.METHODS,
    purchase_orders.METHODS,
    lookups.METHODS,
    price_lists.METHODS,
    standing_orders.METHODS,
    web_orders.METHODS,
    pick_tickets.METHODS,
    credits.METHODS,
    payments.METHODS,
    ecommerce.METHODS,
    customers.METHODS,
    companies.METHODS,
    setup.METHODS,
    vendors.METHODS,
)


_BY_PYTHON_NAME: Mapping[str, ApiMethod[Any, Any]] = {
    f"{m.namespace}.{m.attr}" if m.namespace else m.attr: m for m in CATALOG.values()
}
_BY_PATH: dict[str, list[ApiMethod[Any, Any]]] = {}
for _m in CATALOG.values():
    _BY_PATH.setdefault(_m.url_path, []).append(_m)
del _m
_VERB_NAME = re.compile(r"\s*(\S+?)\s*\[\s*([A-Za-z]+)\s*\]\s*")


def find_method(name: str) -> ApiMethod[Any, Any]:
    """The catalog entry of a Komet name (``"product.list"``) or of its Python spelling
    (``"products.list"``); :class:`UnknownMethodError` naming the closest ones otherwise.

    A path with two verbs has a method per verb, named as the docs name them
    (``"automatic-additional-charge [PUT]"``; spacing and the verb's case are forgiven). The
    bare path alone names both, so it is refused with both names as the ones meant; a path
    of one method (``"v2/inventory/box/count"``) finds that method.
    """
    method = CATALOG.get(name) or _BY_PYTHON_NAME.get(name)
    if method is not None:
        return method
    verb_name = _VERB_NAME.fullmatch(name)
    if verb_name is not None:
        method = CATALOG.get(f"{verb_name[1]} [{verb_name[2].upper()}]")
        if method is not None:
            return method
    by_path = _BY_PATH.get(name.strip(), [])
    if len(by_path) == 1:
        return by_path[0]
    close = [m.name for m in by_path] or difflib.get_close_matches(name, list(CATALOG), n=3)
    raise UnknownMethodError(name, tuple(close))

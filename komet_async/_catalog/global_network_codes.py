"""Catalog entries of the Global Network Codes methods (more-methods.md), kept apart from
``CATALOG``: they live on another host, take a token issued by the support team (not a
Komet token) and spend no Komet quota, so :class:`komet_async.GlobalNetworkCodes` calls
them, never a ``KometSession`` (whose token must not travel there).

``path`` is relative to the Global Network Codes base URL
(``https://globalnetworkcodes.kometsales.com/``); the name is the research notes' key.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ..models import global_network_codes as m
from ._method import ApiMethod

GNC_BASE_URL = "https://globalnetworkcodes.kometsales.com/"

_NAMESPACE = "global_network_codes"
# The answer's status is headers.statusCode: 200 success, 400 failure (both pages).
_ENVELOPE: dict[str, Any] = {
    "status_key": "headers.statusCode",
    "ok_statuses": (200, "200"),
    "failure_statuses": (400, "400"),
}

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    ApiMethod(
        # A read sent as GET with a JSON body, token in a header (the page's samples).
        name="globalnetworkcodes:product",
        path="product",
        http_method="GET",
        params_in="body",
        token_in="header",
        retry_safe=True,
        namespace=_NAMESPACE,
        attr="search_products",
        request_type=m.GncProductSearchRequest,
        response_type=m.GncProductSearch,
        token_types=(),
        summary="Search Global Network product codes of a genus by name (another host).",
        positional=("genus_id", "product_name"),
        returns="body",
        doc="""Global Network product codes of genus ``genus_id`` whose name contains
        ``product_name``, at most ``limit`` (1..50; the server caps more) (Komet Global
        Network Codes ``product``, on ``globalnetworkcodes.kometsales.com``; the token issued
        by the support team, sent in a header). Sent as GET with a JSON body, as documented.
        ``genus_id`` comes from :meth:`search_genus`.

        >>> codes = await gnc.search_products(1638927, "Blue Agaphantus", limit=49)
        >>> [(c.product_id, c.product_name) for c in codes]
        """,
        **_ENVELOPE,
    ),
    ApiMethod(
        name="globalnetworkcodes:genus",
        path="genus",
        http_method="GET",
        params_in="body",
        token_in="header",
        retry_safe=True,
        namespace=_NAMESPACE,
        attr="search_genus",
        request_type=m.GncGenusSearchRequest,
        response_type=m.GncGenusSearch,
        token_types=(),
        summary="Search Global Network genus (category) codes by name (another host).",
        positional=("genus_name",),
        returns="body",
        doc="""Global Network genus (category) codes named like ``genus_name``, at most
        ``limit`` (1..50) (Komet Global Network Codes ``genus``, on
        ``globalnetworkcodes.kometsales.com``; the support team's token, sent in a header).
        Sent as GET with a JSON body, as documented; each ``genus_id`` feeds
        :meth:`search_products`.

        >>> [(g.genus_id, g.genus_name) for g in await gnc.search_genus("Alstro", limit=10)]
        """,
        **_ENVELOPE,
    ),
)

GNC_CATALOG: Mapping[str, ApiMethod[Any, Any]] = MappingProxyType(
    {method.name: method for method in METHODS}
)
"""The Global Network Codes methods by name (``"globalnetworkcodes:product"``)."""

"""Global Network Codes (more-methods.md, "Product attributes and Global Network Codes"):
the Komet Network's shared genus and product codes, on their own host
(``https://globalnetworkcodes.kometsales.com/``, shared with Axerrio and Unosof).

Every field is from the two pages (APIDocs 695468033 and 702971905). Their answers wrap the
data in ``{"headers": {"statusCode": 200 | 400}, "body": [...]}`` instead of Komet's
``status``/``message`` envelope.
"""

from __future__ import annotations

from attrs import define, field

from .._wire import wire
from ._base import Envelope, KometModel, KometRequest

GNC_MAX_LIMIT = 50
"""The most results one search answers ("max 50; larger values are capped")."""

_LIMIT = wire(min_value=1, max_value=GNC_MAX_LIMIT)


@define(kw_only=True)
class GncProductSearchRequest(KometRequest):
    """``globalnetworkcodes:product``: products of genus ``genus_id`` whose name contains
    ``product_name`` (full or partial), at most ``limit`` (1..50) of them.

    ``genus_id`` is typed integer (the newest sample sends ``"1638927"``; an older one sent a
    name): it is a :attr:`GncGenus.genus_id` from :meth:`search_genus`."""

    genus_id: int = field(metadata=wire(min_value=0))
    product_name: str = field(metadata=wire(min_len=1))
    limit: int = field(metadata=_LIMIT)


@define(kw_only=True)
class GncGenusSearchRequest(KometRequest):
    """``globalnetworkcodes:genus``: genera (categories) named like ``genus_name``, at most
    ``limit`` (1..50). (The page's sample sends ``genusId``; its parameter table, followed
    here, names ``genusName``.)"""

    genus_name: str = field(metadata=wire(min_len=1))
    limit: int = field(metadata=_LIMIT)


@define(kw_only=True)
class GncAnswerHeaders(KometModel):
    """The answer's ``headers`` object: ``status_code`` 200 (success) or 400 (failure)."""

    status_code: int | None = None


@define(kw_only=True)
class GncProduct(KometModel):
    """A Global Network product code: ``product_id`` and its ``product_name``."""

    product_id: int | None = None
    product_name: str | None = None


@define(kw_only=True)
class GncGenus(KometModel):
    """A Global Network genus (category) code: ``genus_id`` and its ``genus_name``."""

    genus_id: int | None = None
    genus_name: str | None = None


@define(kw_only=True)
class GncProductSearch(Envelope):
    """The answer of ``globalnetworkcodes:product``: ``headers`` and the found ``body``."""

    headers: GncAnswerHeaders | None = None
    body: list[GncProduct] = field(factory=list)


@define(kw_only=True)
class GncGenusSearch(Envelope):
    """The answer of ``globalnetworkcodes:genus``: ``headers`` and the found ``body``."""

    headers: GncAnswerHeaders | None = None
    body: list[GncGenus] = field(factory=list)

"""Companies, users and e-commerce accounts (more-methods.md, "Companies, users and
e-commerce accounts"): ``company.list``, ``company.location.list``, ``v2/user/e-commerce``.

The documented answers of the two lists have no ``status``/``message`` envelope; that is
accepted (a server that adds one is accepted too).
"""

from __future__ import annotations

from attrs import define, field

from .._wire import wire
from ._base import Envelope, KometModel, KometRequest


@define(kw_only=True)
class Company(KometModel):
    """A company the token's user belongs to (``company.list``). ``role_id`` is the user's
    role there (27 = e-commerce user); ``customer_id``/``customer_name`` are the linked
    customer of an e-commerce user (null otherwise). The field list calls the last one
    ``name``, the sample ``customerName``: both are read."""

    company_id: int
    company_name: str | None = None
    role_id: int | None = None
    customer_id: int | None = None
    customer_name: str | None = field(default=None, metadata=wire(also_reads=("name",)))


@define(kw_only=True)
class CompanyListResponse(Envelope):
    company_result: list[Company] = field(factory=list)


@define(kw_only=True)
class CompanyLocationListRequest(KometRequest):
    """``company.location.list`` (APIDocs 11174990): the customer (``Integer:10``)."""

    customer_id: int = field(metadata=wire(digits=(10, 0), min_value=0))


@define(kw_only=True)
class CompanyLocation(KometModel):
    """A company location available to a customer (``company.location.list``; every field
    documented)."""

    id: int
    name: str | None = None
    short_name: str | None = None
    code: str | None = None
    active: bool | None = None


@define(kw_only=True)
class CompanyLocationListResponse(Envelope):
    locations: list[CompanyLocation] = field(factory=list)


@define(kw_only=True)
class EcommerceUserAddRequest(KometRequest):
    """``v2/user/e-commerce`` (APIDocs 11177696): one e-commerce user, linked to each of
    ``customer_codes`` that exists (each code at most 20 characters). The page says up to ten
    users may be created at once but shows only this one-user shape (GAP), so one user per
    call is what is modelled."""

    customer_codes: list[str] = field(metadata=wire(min_len=1, item_max_len=20))
    first_name: str = field(metadata=wire(max_len=200, min_len=1))
    last_name: str = field(metadata=wire(max_len=200, min_len=1))
    email: str = field(metadata=wire(max_len=500, min_len=1))
    login: str = field(metadata=wire(max_len=500, min_len=1))


@define(kw_only=True)
class EcommerceUserAddResponse(Envelope):
    """The answer of ``v2/user/e-commerce`` (envelope only, documented)."""

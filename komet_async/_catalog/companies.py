"""Catalog entries of companies and e-commerce users (more-methods.md, "Companies, users and
e-commerce accounts"; methods-part3.json)."""

from __future__ import annotations

from typing import Any

from ..models import companies as m
from ._method import ApiMethod
from ._shapes import query_read

METHODS: tuple[ApiMethod[Any, Any], ...] = (
    query_read(
        "company.list",
        "companies",
        "list",
        None,
        m.CompanyListResponse,
        envelope_optional=True,  # the documented answer is {"companyResult": [...]}
        account_headers=True,  # X-SALES-CHANNEL (optional) when the session has one
        summary="List the companies the token's user belongs to, with the user's role.",
        returns="company_result",
        doc="""List the companies the token's user belongs to, with the user's role and,
        for an e-commerce user, the linked customer (Komet ``company.list``; Company token).

        >>> [(c.company_id, c.company_name) for c in await session.companies.list()]
        """,
    ),
    ApiMethod(
        name="company.location.list",
        http_method="GET",
        params_in="query",
        token_in="header",  # listed among the headers; the curl sample sends -H
        retry_safe=True,
        namespace="companies",
        attr="list_locations",
        request_type=m.CompanyLocationListRequest,
        response_type=m.CompanyLocationListResponse,
        token_types=("company", "vendor"),
        envelope_optional=True,  # the documented answer shows only "locations"
        account_headers=True,
        required_headers=("X-ACCOUNT", "X-SALES-CHANNEL"),
        summary="List the company locations available to a customer.",
        positional=("customer_id",),
        returns="locations",
        doc="""List the company locations available to a customer (Komet
        ``company.location.list``; Company or Vendor token; the token travels in a header).
        Needs ``KometSession(account_id=..., sales_channel=...)``: both headers are required.

        >>> [loc.code for loc in await session.companies.list_locations(6326) if loc.active]
        """,
    ),
    ApiMethod(
        name="v2/user/e-commerce",
        http_method="POST",
        params_in="body",
        token_in="header",  # "HTTP header"; the sample body carries no token
        retry_safe=False,
        namespace="companies",
        attr="add_ecommerce_user",
        request_type=m.EcommerceUserAddRequest,
        response_type=m.EcommerceUserAddResponse,
        account_headers=True,
        required_headers=("X-ACCOUNT",),
        summary="Create an e-commerce user linked to customer codes (one user per call).",
        doc="""Create an e-commerce (customer) user in the company and link it to each of
        ``customer_codes`` that exists (Komet ``v2/user/e-commerce``; Company token; needs
        ``KometSession(account_id=...)``; never replayed). The page allows ten users per call
        but shows only the one-user shape (GAP): one user per call here.

        >>> await session.companies.add_ecommerce_user(customer_codes=["B310", "C910"],
        ...     first_name="John", last_name="Gomez", email="jgomez1@example.com",
        ...     login="jgomez1@example.com")
        """,
    ),
)

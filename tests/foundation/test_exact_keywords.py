"""Exact signatures at run time: an unknown keyword argument, on every method and helper of
every namespace, is a TypeError naming it (and the name meant, where one is close), raised
before anything is sent."""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import AsyncIterator
from typing import Any

import pytest

import komet_async as komet
from komet_async.resources._base import Resource
from komet_async.testing import FakeKomet
from tests._today import TODAY


@pytest.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=2) as server:
        yield server


@pytest.fixture
async def k(fake: FakeKomet) -> AsyncIterator[komet.KometSession]:
    async with komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as session:
        yield session


def namespaces(session: komet.KometSession) -> dict[str, Resource]:
    names = [
        name
        for name, attr in vars(komet.KometSession).items()
        if isinstance(attr, functools.cached_property)
    ]
    found = {name: getattr(session, name) for name in names}
    return {name: ns for name, ns in found.items() if isinstance(ns, Resource)}


def public_methods(session: komet.KometSession) -> list[tuple[str, Any]]:
    methods = []
    for ns_name, ns in namespaces(session).items():
        for name, _ in inspect.getmembers(type(ns), inspect.isfunction):
            if not name.startswith("_"):
                methods.append((f"{ns_name}.{name}", getattr(ns, name)))
    return methods


def required_as_none(method: Any) -> dict[str, None]:
    """Every required parameter of ``method``, as None: the call gets past Python's own
    binding, so what refuses the unknown keyword is the SDK's check."""
    parameters = inspect.signature(method).parameters.values()
    return {
        p.name: None
        for p in parameters
        if p.default is p.empty and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    }


async def call_with(method: Any, **kwargs: Any) -> None:
    """Call ``method`` and run what it returns (a coroutine or an async iterator)."""
    result = method(**kwargs)
    if inspect.isawaitable(result):
        await result
    else:
        async for _ in result:
            pass


def test_every_catalog_method_is_a_checked_namespace_method(k: komet.KometSession) -> None:
    checked = dict(public_methods(k))
    catalogued = {f"{m.namespace}.{m.attr}" for m in komet.CATALOG.values() if m.namespace}
    assert catalogued <= checked.keys()
    # Hand-written methods and helpers are wrapped; generated ones are checked by the
    # pipeline (the behavioural test below covers both).
    generated = {n for n, f in checked.items() if f.__module__.startswith("komet_async._generated")}
    assert len(generated) == sum(
        m.namespace != "" and not m.hand_written for m in komet.CATALOG.values()
    )
    assert all(hasattr(checked[name], "__wrapped__") for name in checked.keys() - generated)


async def test_an_unknown_keyword_on_any_method_is_a_type_error_with_nothing_sent(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    methods = public_methods(k)
    assert len(methods) > 80  # every catalog method, and the bulk helpers beside them
    for where, method in methods:
        with pytest.raises(
            TypeError, match=rf"^{where}\(\) got an unexpected keyword argument 'not_a_parameter'"
        ):
            await call_with(method, **required_as_none(method), not_a_parameter=1)
    assert fake.requests == []


WINDOW = {"date_from": TODAY, "date_to": TODAY}


@pytest.mark.parametrize(
    ("where", "kwargs", "meant"),
    [
        ("invoices.list", {**WINDOW, "customerId": 77}, "customer_id"),
        ("products.list", {"descripton": "rose"}, "description"),
        ("products.list", {"legacyCode": "RS50"}, "legacy_code"),
        ("invoices.iter_details", {**WINDOW, "customerId": 7}, "customer_id"),
        ("invoices.iter_accounting", {**WINDOW, "excludeTransfer": True}, "exclude_transfer"),
        ("inventory.push", {"lines": [], "concurency": 2}, "concurrency"),
        ("products.list", {"time_out": 5}, "timeout"),
    ],
)  # fmt: skip
async def test_the_error_names_the_argument_and_the_name_meant(
    fake: FakeKomet, k: komet.KometSession, where: str, kwargs: dict[str, Any], meant: str
) -> None:
    namespace, name = where.split(".")
    method = getattr(getattr(k, namespace), name)
    wrong = next(key for key in kwargs if key not in ("date_from", "date_to", "lines"))
    with pytest.raises(TypeError) as info:
        await call_with(method, **kwargs)
    assert str(info.value) == (
        f"{where}() got an unexpected keyword argument {wrong!r}; did you mean {meant!r}?"
    )
    assert fake.requests == []


async def test_a_status_filter_the_method_lacks_is_refused_not_dropped(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        await k.prebooks.list_details(date=TODAY, colour="red")  # type: ignore[call-arg]
    assert fake.requests == []


async def test_ranged_helpers_take_per_call_options_and_filters(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    first, last = TODAY, TODAY + dt.timedelta(days=5)
    got = [i async for i in k.invoices.iter_details(first, last, timeout=5, max_retries=0)]
    plain = [i async for i in k.invoices.iter_details(first, last)]
    assert [i.id for i in got] == [i.id for i in plain]
    assert plain, "the window must hold invoices"
    customer = plain[0].customer_id
    before = len(fake.requests)
    filtered = [i async for i in k.invoices.iter_details(first, last, customer_id=customer)]
    assert filtered and all(i.customer_id == customer for i in filtered)
    assert len(filtered) < len(plain) or len({i.customer_id for i in plain}) == 1
    windows = fake.requests[before:]  # one request per 4-day window of the range
    assert len(windows) == 2
    assert all(r.params["customerId"] == str(customer) for r in windows)


def test_help_shows_the_real_signature(k: komet.KometSession) -> None:
    signature = inspect.signature(k.products.list)
    assert list(signature.parameters)[:3] == ["id", "description", "legacy_code"]
    assert k.products.list.__doc__ and "product.list" in k.products.list.__doc__

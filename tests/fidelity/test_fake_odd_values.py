"""The fake's occasional odd value (issue 17, point 7): ``FakeKomet(odd_values=...)``
spoils one value of some read answers, and the SDK meets it as the docs promise -- the
page survives, the typed field is None, the raw value sits in ``.extra`` under its wire
name, one KometDataWarning names the path; strict, a KometDecodeError names it."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any

import attrs
import pytest

import komet_async as komet
from komet_async._wire import rule_of, wire_name
from komet_async.models.invoices import InvoiceDetailsListRequest as DetailsRequest
from komet_async.testing import FakeKomet, OddValue
from tests._today import TODAY

DAYS = [TODAY + dt.timedelta(days=offset) for offset in range(30)]


def _at(result: Any, path: str) -> tuple[Any, str]:
    """The decoded object holding the wire path's last key, and that key."""
    node: Any = result
    *steps, last = path.split(".")
    for step in steps:
        key, _, rest = step.partition("[")
        a = next(a for a in attrs.fields(type(node)) if rule_of(a).on_wire and wire_name(a) == key)
        node = getattr(node, a.name)
        for index in rest.rstrip("]").split("]["):
            node = node[int(index)]
    return node, last


def _typed(node: Any, key: str) -> attrs.Attribute[Any] | None:
    return next(
        (a for a in attrs.fields(type(node)) if rule_of(a).on_wire and wire_name(a) == key), None
    )


async def test_every_odd_value_is_met_as_documented() -> None:
    async with (
        FakeKomet(seed=3, odd_values=1.0) as fake,
        komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k,
    ):
        warned = 0
        for day in DAYS:
            before = len(fake.odd_values_sent)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                answer = await k.call("invoice.details.list", DetailsRequest(order_date=day))
            if len(fake.odd_values_sent) == before:
                assert answer.invoices == []  # nothing to spoil on an empty day
                continue
            (odd,) = fake.odd_values_sent[before:]
            assert isinstance(odd, OddValue) and odd.komet_method == "invoice.details.list"
            data = [w.message for w in caught if isinstance(w.message, komet.KometDataWarning)]
            node, key = _at(answer, odd.path)
            field = _typed(node, key)
            if data:  # the typed field refused it: None, the raw value kept, the path named
                assert [w.paths for w in data] == [[odd.path]]
                assert str(odd.sent) not in str(data[0])  # the path, never the value
                assert field is not None and getattr(node, field.name) is None
                assert node.extra[key] == odd.sent
                warned += 1
            else:  # a text field (or one the docs do not show) takes any text as it came
                assert (getattr(node, field.name) if field else node.extra[key]) == odd.sent
    assert warned >= 3, [o.path for o in fake.odd_values_sent]


async def test_strict_decode_names_the_fakes_odd_path() -> None:
    async with (
        FakeKomet(seed=3, odd_values=1.0) as fake,
        komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k,
    ):
        for day in DAYS:
            try:
                await k.prebooks.list_details(date=day, strict_decode=True)
            except komet.KometDecodeError as exc:
                assert exc.path == fake.odd_values_sent[-1].path
                return
    raise AssertionError("no odd value refused in 30 days of prebooks")


async def test_by_default_and_after_reset_nothing_is_spoiled() -> None:
    async with (
        FakeKomet(seed=3) as fake,
        komet.KometSession(fake.token, base_url=fake.url, daily_quota=None) as k,
    ):
        with warnings.catch_warnings():
            warnings.simplefilter("error", komet.KometDataWarning)
            for day in DAYS[:10]:
                await k.invoices.list_details(order_date=day)
        assert fake.odd_values_sent == []
        fake.set_odd_values(1.0)
        with pytest.warns(komet.KometDataWarning):
            for day in DAYS:
                await k.invoices.list_details(order_date=day, status=None)
        assert fake.odd_values_sent
        fake.reset()
        assert fake.odd_values_sent == []


def test_the_share_is_checked() -> None:
    for bad in (-0.1, 1.5, True, "0.5"):
        with pytest.raises(ValueError, match="odd_values"):
            FakeKomet(odd_values=bad)  # type: ignore[arg-type]

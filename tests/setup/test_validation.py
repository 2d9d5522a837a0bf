"""Bad input to the setup and vendor methods names the Python argument and the rule, and
nothing is sent (the fake receives no request)."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async._constants import MAX_FILE_BYTES
from komet_async.testing import FakeKomet

Call = Callable[[komet.KometSession], Awaitable[Any]]
DAY = dt.date(2026, 11, 20)
RULE: dict[str, Any] = {
    "additional_charge_id": 23243,
    "company_location_id": 1,
    "amount_value": Decimal("5"),
    "active": True,
    "cap_per_day": Decimal("20"),
    "min_cap_per_day": Decimal("0"),
    "amount_type": 1,
    "order_type": 0,
}


def _rule(**changes: Any) -> dict[str, Any]:
    return {**RULE, **changes}


def _mail(**changes: Any) -> dict[str, Any]:
    return {"mail_from": "ap@grower.example", "po_number": "P053455", "file": b"%PDF", **changes}


CASES: list[tuple[str, Call, str, str]] = [
    ("carrier add: empty name", lambda k: k.carriers.add("", code="AR"), "name", "at least 1"),
    ("carrier add: long name",
     lambda k: k.carriers.add("x" * 201, code="A"), "name", "at most 200"),
    ("carrier add: long code", lambda k: k.carriers.add("A", code="x" * 11), "code", "at most 10"),
    ("carrier add: empty code", lambda k: k.carriers.add("A", code=""), "code", "at least 1"),
    ("carrier add: negative capacity",
     lambda k: k.carriers.add("A", code="A", capacity=-1), "capacity", ""),
    ("carrier update: negative id",
     lambda k: k.carriers.update(-5, name="A", code="A"), "carrier_id", ""),
    ("carrier update: id as text",
     lambda k: k.carriers.update("7", name="A", code="A"), "carrier_id", ""),  # type: ignore[arg-type]
    ("charge list: long code",
     lambda k: k.additional_charges.list(code="x" * 11), "code", "at most 10"),
    ("charge list: long name",
     lambda k: k.additional_charges.list(name="x" * 201), "name", "at most 200"),
    ("charge add: empty name", lambda k: k.additional_charges.add(""), "name", "at least 1"),
    ("charge update: negative id",
     lambda k: k.additional_charges.update(-1, name="A"), "additional_charge_id", ""),
    ("charge update: empty name",
     lambda k: k.additional_charges.update(9, name=""), "name", "at least 1"),
    ("automatic: a float amount",
     lambda k: k.additional_charges.add_automatic(**_rule(amount_value=5.0)), "amount_value", ""),
    ("automatic: amount type out of range",
     lambda k: k.additional_charges.add_automatic(**_rule(amount_type=3)), "amount_type", ""),
    ("automatic: order type out of range",
     lambda k: k.additional_charges.add_automatic(**_rule(order_type=-1)), "order_type", ""),
    ("automatic: a negative carrier id",
     lambda k: k.additional_charges.add_automatic(**_rule(carrier_ids=[3, -4])),
     "carrier_ids[1]", ""),
    ("automatic: no carrier ids",
     lambda k: k.additional_charges.add_automatic(**_rule(carrier_ids=[])), "carrier_ids", ""),
    ("automatic update: negative rule id",
     lambda k: k.additional_charges.update_automatic(-1, **RULE),
     "automatic_additional_charge_id", ""),
    ("automatic update: exclusion without its action",
     lambda k: k.additional_charges.update_automatic(7, **_rule(exclude_customer_ids=[5])),
     "exclude_customer_action_type", ""),
    ("vendor update: negative id", lambda k: k.vendors.update(-1, name="A"), "vendor_id", ""),
    ("vendor update: long port", lambda k: k.vendors.update(1, port_origin="BOGOTA"),
     "port_origin", "at most 5"),
    ("vendor update: status out of range", lambda k: k.vendors.update(1, status=2), "status", ""),
    ("mark sync: long po number",
     lambda k: k.vendors.mark_invoice_synced(po_number="P" * 11, invoice_number="F1"),
     "po_number", "at most 10"),
    ("mark sync: empty invoice number",
     lambda k: k.vendors.mark_invoice_synced(po_number="P1", invoice_number=""),
     "invoice_number", "at least 1"),
    ("mail: empty file", lambda k: k.vendors.receive_invoice_mail(**_mail(file=b"")), "file",
     "must not be empty"),
    ("mail: a file as text",
     lambda k: k.vendors.receive_invoice_mail(**_mail(file="%PDF")), "file", "must be bytes"),
    ("mail: a file over 20 MB",
     lambda k: k.vendors.receive_invoice_mail(**_mail(file=bytes(MAX_FILE_BYTES + 1))),
     "file", "20 MB"),
    ("mail: total with three decimals",
     lambda k: k.vendors.receive_invoice_mail(**_mail(invoice_total=Decimal("1.234"))),
     "invoice_total", ""),
    ("mail: a float total",
     lambda k: k.vendors.receive_invoice_mail(**_mail(invoice_total=12.5)), "invoice_total", ""),
    ("mail: long sender",
     lambda k: k.vendors.receive_invoice_mail(**_mail(mail_from="x" * 101)), "mail_from",
     "at most 100"),
    ("availability: range backwards",
     lambda k: k.vendors.list_availability_items(
         date_from=DAY, date_to=DAY - dt.timedelta(days=1)), "date_to", "before date_from"),
    ("availability: a datetime for a date",
     lambda k: k.vendors.list_availability_items(
         date_from="2026-11-20", date_to=DAY), "date_from", ""),  # type: ignore[arg-type]
    ("availability: ship via out of range",
     lambda k: k.vendors.list_availability_items(date_from=DAY, date_to=DAY, ship_via_id=2),
     "ship_via_id", ""),
]  # fmt: skip


@pytest.mark.parametrize(("case", "call", "field", "rule"), CASES, ids=[c[0] for c in CASES])
async def test_bad_input_is_refused_before_sending(
    fake: FakeKomet, k: komet.KometSession, case: str, call: Call, field: str, rule: str
) -> None:
    with pytest.raises(komet.RequestValidationError) as caught:
        await call(k)
    assert caught.value.field == field, caught.value
    assert rule in caught.value.rule, caught.value
    assert list(fake.requests) == []


async def test_a_misspelled_argument_is_a_type_error_naming_the_right_one(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    # The company token is the session's: no argument takes it.
    with pytest.raises(TypeError, match="'companyToken'"):
        await k.vendors.receive_invoice_mail(companyToken="x", **_mail())  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="automatic_additional_charge_id"):
        await k.additional_charges.update_automatic(
            automaticAdditionalChargeId=7,  # type: ignore[call-arg]
            **RULE,
        )
    assert list(fake.requests) == []


async def test_the_bare_two_verb_path_is_refused_naming_both_methods(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(komet.UnknownMethodError) as caught:
        await k.call("automatic-additional-charge")
    error = caught.value
    assert error.ambiguous and isinstance(error, KeyError)
    assert set(error.close) == {
        "automatic-additional-charge [POST]",
        "automatic-additional-charge [PUT]",
    }
    assert str(error).startswith("'automatic-additional-charge' is one path with 2 verbs")
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.ambiguous) == (str(error), True)
    # A verb the path does not have is unknown (not ambiguous), the two it has suggested.
    with pytest.raises(komet.UnknownMethodError) as unknown:
        await k.call("automatic-additional-charge [PATCH]")
    assert not unknown.value.ambiguous and "unknown Komet method" in str(unknown.value)
    assert len(unknown.value.close) == 2
    # Named with its verb, the method is found.
    assert komet.CATALOG["automatic-additional-charge [PUT]"].http_method == "PUT"
    assert list(fake.requests) == []


async def test_a_file_whose_request_exceeds_the_byte_limit_is_refused_before_sending(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    """Bytes travel as comma-separated numbers (about 3.7 characters each here), so a
    20 KB file already makes a request over the documented 64,000 bytes."""
    with pytest.raises(komet.RequestTooLargeError) as caught:
        await k.vendors.receive_invoice_mail(**_mail(file=bytes(range(256)) * 80))
    assert caught.value.limit == 64_000 and caught.value.size > 64_000
    assert list(fake.requests) == []

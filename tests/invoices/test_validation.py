"""Validators accept what the docs allow and refuse the rest, naming the field, before
anything is sent; money crosses the wire exactly."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import komet_async as komet
from komet_async._constants import MAX_FILE_BYTES
from komet_async._convert import unstructure_request
from komet_async._dates import add_months
from komet_async._validate import validate
from komet_async._wire_encoding import encode_json
from komet_async.models import invoices as m
from komet_async.testing import FakeKomet

UTC = dt.timezone.utc
days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31))
aware = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2090, 1, 1), timezones=st.timezones()
)


def money(precision: int, scale: int) -> st.SearchStrategy[Decimal]:
    """Every decimal:P,S value, signs included, with at most S decimals."""
    top = 10 ** (precision - scale) - 1
    return st.decimals(min_value=-top, max_value=top, places=scale, allow_nan=False)


def refused(request: object) -> str:
    with pytest.raises(komet.RequestValidationError) as info:
        validate(request)
    return info.value.field


# --- money -------------------------------------------------------------------------------


@given(price=money(10, 2).filter(lambda d: d >= 0))
def test_any_10_2_price_is_accepted_and_sent_exactly(price: Decimal) -> None:
    request = m.InvoiceItemAddRequest(invoice_id=1, order_item_id=2, boxes=1, price=price)
    validate(request)
    body = json.loads(encode_json(unstructure_request(request)), parse_float=Decimal)
    assert body["price"] == price
    assert isinstance(body["price"], (Decimal, int))  # a JSON number, never a string


@given(price=st.decimals(min_value=0, max_value=10**8, places=3).filter(lambda d: d % 1 * 100 % 1))
def test_a_third_decimal_on_a_price_is_refused(price: Decimal) -> None:
    request = m.InvoiceItemUpdateRequest(invoice_id=1, invoice_item_id=2, price=price)
    assert refused(request) == "price"


@given(whole=st.integers(min_value=10**8, max_value=10**15))
def test_more_than_8_whole_digits_is_refused(whole: int) -> None:
    request = m.InvoiceItemUpdateRequest(invoice_id=1, invoice_item_id=2, price=Decimal(whole))
    assert refused(request) == "price"


def test_float_money_is_refused() -> None:
    request = m.InvoiceItemAddRequest(
        invoice_id=1,
        order_item_id=2,
        boxes=1,
        price=2.5,  # type: ignore[arg-type]
    )
    assert refused(request) == "price"


@pytest.mark.parametrize(("precision", "scale"), [(10, 2), (10, 3)])
@given(data=st.data())
def test_money_survives_the_wire_as_number_and_as_string(
    precision: int, scale: int, data: st.DataObject
) -> None:
    """decimal:10,2 / 10,3 amounts decode exactly whether Komet writes 1300.25 or "1300.25"."""
    amount = data.draw(money(precision, scale))
    for wire_value in (float(amount), str(amount)):
        raw = orjson.dumps(
            {
                "status": "1",
                "message": "OK",
                "invoices": [{"id": 1, "subtotal": wire_value, "total": wire_value}],
            }
        )
        accounting = komet.CATALOG["invoice.accounting.details.list"].decode(orjson.loads(raw))
        summaries = komet.CATALOG["invoice.list"].decode(orjson.loads(raw))
        assert accounting.invoices[0].subtotal == amount
        assert summaries.invoices[0].total == amount


# --- date windows ------------------------------------------------------------------------


@given(first=days, span=st.integers(min_value=0, max_value=12))
def test_details_window_is_four_days_inclusive(first: dt.date, span: int) -> None:
    for cls in (m.InvoiceDetailsListRequest, m.K2KInvoiceListRequest):
        request = cls(date_from=first, date_to=first + dt.timedelta(days=span))
        if span <= 3:
            validate(request)
        else:
            assert refused(request) == "date_to"


@given(first=days, span=st.integers(min_value=0, max_value=70))
def test_accounting_window_is_31_days_inclusive(first: dt.date, span: int) -> None:
    request = m.AccountingInvoiceListRequest(
        date_from=first, date_to=first + dt.timedelta(days=span)
    )
    if span <= 30:
        validate(request)
    else:
        assert refused(request) == "date_to"


@given(first=days, span=st.integers(min_value=0, max_value=400))
def test_invoice_list_window_is_six_months(first: dt.date, span: int) -> None:
    last = first + dt.timedelta(days=span)
    request = m.InvoiceListRequest(date_from=first, date_to=last)
    if last <= add_months(first, 6):
        validate(request)
    else:
        assert refused(request) == "date_to"


def test_six_months_clamps_to_the_month_end() -> None:
    validate(m.InvoiceListRequest(date_from=dt.date(2026, 8, 31), date_to=dt.date(2027, 2, 28)))
    assert (
        refused(m.InvoiceListRequest(date_from=dt.date(2026, 8, 31), date_to=dt.date(2027, 3, 1)))
        == "date_to"
    )


@given(first=days, back=st.integers(min_value=1, max_value=30))
def test_a_range_that_ends_before_it_starts_is_refused(first: dt.date, back: int) -> None:
    request = m.AccountingInvoiceListRequest(
        date_from=first, date_to=first - dt.timedelta(days=back)
    )
    assert refused(request) == "date_to"


def test_order_replaces_the_dates() -> None:
    validate(m.InvoiceDetailsListRequest(order=212061))
    validate(m.InvoiceDetailsListRequest(order_id=240989))
    validate(m.InvoiceListRequest(order=212061))
    assert refused(m.InvoiceDetailsListRequest()) == "order_date"
    assert refused(m.InvoiceListRequest()) == "date_from"
    assert refused(m.InvoiceDetailsListRequest(date_to=dt.date(2026, 1, 1))) == "date_from"


def test_windows_are_exported_for_the_ranged_iterators() -> None:
    from komet_async._catalog import invoices as catalog

    assert catalog.DETAILS_WINDOW_DAYS == catalog.K2K_WINDOW_DAYS == 4
    assert catalog.ACCOUNTING_WINDOW_DAYS == 31
    assert catalog.LIST_WINDOW_MONTHS == 6
    assert catalog.DETAILS_MAX_BOXES == 10_000


# --- other rules -------------------------------------------------------------------------


@given(when=aware)
def test_updated_as_of_is_sent_in_gmt(when: dt.datetime) -> None:
    request = m.InvoiceDetailsListRequest(order_date=dt.date(2026, 1, 1), updated_as_of=when)
    validate(request)
    sent = unstructure_request(request)["updatedAsOf"]
    assert sent == when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


@given(when=st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2090, 1, 1)))
def test_a_naive_updated_as_of_is_refused(when: dt.datetime) -> None:
    for request in (
        m.InvoiceDetailsListRequest(order_date=dt.date(2026, 1, 1), updated_as_of=when),
        m.InvoiceListRequest(order=1, updated_as_of=when),
    ):
        assert refused(request) == "updated_as_of"


@given(status=st.integers(min_value=-5, max_value=9))
def test_status_codes(status: int) -> None:
    listed = m.InvoiceListRequest(order=1, status=status)
    detailed = m.InvoiceDetailsListRequest(order=1, status=status)
    if status in (0, 1, 2, 4):
        validate(listed)
    else:
        assert refused(listed) == "status"
    if status in (0, 1):
        validate(detailed)
    else:
        assert refused(detailed) == "status"


def test_status_enum_goes_on_the_wire_as_its_number() -> None:
    request = m.InvoiceListRequest(order=1, status=m.InvoiceStatus.VOIDED)
    assert unstructure_request(request)["status"] == 4
    assert type(request.status) is int


@given(text=st.text(max_size=60))
def test_text_lengths(text: str) -> None:
    request = m.InvoiceUpdateRequest(invoice_id=1, po_number=text, invoice_notes=text)
    if "\x00" in text or len(text) > 20:
        assert refused(request) == "po_number"
    else:
        validate(request)


@given(number=st.integers(min_value=0, max_value=10**12))
def test_invoice_numbers_are_integer_10(number: int) -> None:
    request = m.InvoiceNumberRequest(invoice_number=number)
    if number < 10**10:
        validate(request)
    else:
        assert refused(request) == "invoice_number"


def test_item_add_takes_an_inventory_item_or_the_product_group() -> None:
    line: dict[str, Any] = {"invoice_id": 1, "boxes": 5, "price": Decimal("2.50")}
    group = {
        "product_code": "RO1001",
        "box_type_code": "HB",
        "units_per_box": 250,
        "unit_type": "stem",
    }
    validate(m.InvoiceItemAddRequest(**line, order_item_id=9))
    validate(m.InvoiceItemAddRequest(**line, **group))
    both = m.InvoiceItemAddRequest(**line, order_item_id=9, product_code="RO1001")
    assert refused(both) == "product_code"
    for missing in group:
        partial = {k: v for k, v in group.items() if k != missing}
        assert refused(m.InvoiceItemAddRequest(**line, **partial)) == missing
    assert refused(m.InvoiceItemAddRequest(**line, **{**group, "unit_type": "Box"})) == "unit_type"
    assert refused(m.InvoiceItemAddRequest(**line, **{**group, "box_type_code": "HBXX"})) == (
        "box_type_code"
    )
    assert refused(m.InvoiceItemAddRequest(**{**line, "boxes": 0}, order_item_id=9)) == "boxes"


def test_create_needs_customer_and_carrier_by_id_or_by_code_and_name() -> None:
    day = dt.date(2026, 2, 10)
    validate(m.InvoiceCreateRequest(ship_date=day, customer_id=1, carrier_id=2))
    validate(
        m.InvoiceCreateRequest(
            ship_date=day,
            customer_code="C001",
            customer_description="Garcia Blooms",
            carrier_code="FX",
            carrier_description="FedEx",
        )
    )
    assert refused(m.InvoiceCreateRequest(ship_date=day, carrier_id=2)) == "customer_id"
    assert (
        refused(m.InvoiceCreateRequest(ship_date=day, customer_code="C001", carrier_id=2))
        == "customer_description"
    )
    assert (
        refused(m.InvoiceCreateRequest(ship_date=day, customer_id=1, carrier_code="FX"))
        == "carrier_description"
    )


def test_update_takes_the_carrier_by_id_or_by_code_and_name_not_both() -> None:
    assert refused(m.InvoiceUpdateRequest(invoice_id=1, carrier_id=2, carrier_code="FX")) == (
        "carrier_code"
    )
    assert refused(m.InvoiceUpdateRequest(invoice_id=1, carrier_code="FX")) == (
        "carrier_description"
    )


def test_print_status_request_from_ids() -> None:
    request = m.PrintStatusRequest.of([454899, 998567], m.PrintType.BOX_LABEL)
    assert unstructure_request(request) == {"orderIds": "454899,998567", "printType": "0"}
    for bad_ids, field in (
        ([], "order_ids"),
        (["454899"], "order_ids[0]"),
        ([1, -2], "order_ids[1]"),
    ):
        with pytest.raises(komet.RequestValidationError) as info:
            m.PrintStatusRequest.of(bad_ids, 1)
        assert info.value.field == field
    with pytest.raises(komet.RequestValidationError) as info:
        m.PrintStatusRequest.of([1], 2)
    assert info.value.field == "print_type"


def test_pod_file_limit_is_20_mb() -> None:
    validate(m.ProofOfDeliveryRequest(invoice_number=1, proof_of_delivery_file=b"%PDF"))
    too_big = bytes(MAX_FILE_BYTES + 1)
    assert MAX_FILE_BYTES == 20 * 1024 * 1024
    request = m.ProofOfDeliveryRequest(invoice_number=1, proof_of_delivery_file=too_big)
    assert refused(request) == "proof_of_delivery_file"
    empty = m.ProofOfDeliveryRequest(invoice_number=1, proof_of_delivery_file=b"")
    assert refused(empty) == "proof_of_delivery_file"


# --- nothing reaches the server ----------------------------------------------------------

BAD_CALLS = st.sampled_from(
    [
        ("list_details", (dt.date(2026, 1, 1), dt.date(2026, 1, 5)), {}),
        ("list_details", (), {"order_date": dt.date(2026, 1, 1), "status": 2}),
        ("list_k2k", (dt.date(2026, 1, 1), dt.date(2026, 1, 9)), {}),
        ("list_accounting", (dt.date(2026, 1, 1), dt.date(2026, 2, 1)), {}),
        ("list", (dt.date(2026, 1, 1), dt.date(2026, 7, 2)), {}),
        ("list", (), {"order": 1, "updated_as_of": dt.datetime(2026, 1, 1, 8)}),
        ("add_item", (1,), {"boxes": 1, "price": Decimal("0.125"), "order_item_id": 2}),
        ("update_item", (1, 2), {"price": Decimal("-1")}),
        ("update", (1,), {"po_number": "P" * 21}),
        ("void", (1,), {"reason": ""}),
        ("mark_synced", (10**10,), {}),
        ("mark_sync_error", (1,), {"message": "x" * 51}),
        ("update_print_status", ([],), {"print_type": 0}),
        ("receive_pod", (1, b""), {}),
        ("create", (), {"ship_date": dt.date(2026, 1, 1), "customer_id": 1}),
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(call=BAD_CALLS)
async def test_invalid_calls_never_reach_the_server(
    fake: FakeKomet, k: komet.KometSession, call: tuple[str, tuple[Any, ...], dict[str, Any]]
) -> None:
    name, args, kwargs = call
    with pytest.raises(komet.RequestValidationError) as info:
        await getattr(k.invoices, name)(*args, **kwargs)
    assert info.value.komet_method is not None
    assert fake.requests == []

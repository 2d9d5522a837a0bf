"""Every invoice method against FakeKomet: sent as documented, decoded, state changed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import komet_async as komet
from komet_async.models.invoices import InvoiceResult, InvoiceStatus, InvoiceSummary, PrintType
from komet_async.testing import FakeKomet, ReceivedRequest

from .conftest import CUSTOMER_ID, book, busy_day

DAY = dt.date(2026, 2, 10)
EST = dt.timezone(dt.timedelta(hours=-5))


def last(fake: FakeKomet, method: str) -> ReceivedRequest:
    sent = [r for r in fake.requests if r.method == method]
    assert sent, f"{method} was never sent"
    return sent[-1]


def a_product_code(fake: FakeKomet) -> str:
    return str(next(iter(fake.state.products.values()))["legacyCode"])


async def new_invoice(k: komet.KometSession, *, draft: bool = True) -> InvoiceResult:
    return await k.invoices.create(
        ship_date=DAY, customer_id=int(CUSTOMER_ID), carrier_id=1360, status_draft=draft
    )


async def header(k: komet.KometSession, invoice_id: int) -> InvoiceSummary:
    (row,) = await k.invoices.list(order_id=invoice_id)
    return row


# --- create / edit -----------------------------------------------------------------------


async def test_create_sends_the_header_as_json_and_answers_the_new_ids(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    created = await k.invoices.create(
        ship_date=DAY,
        customer_code="C001",
        customer_description="whoever",
        carrier_code="FX",
        carrier_description="FedEx",
        po_number="PO-77",
        status_draft=True,
    )
    sent = last(fake, "invoice.create")
    assert sent.verb == "POST" and sent.outcome == "ok"
    assert sent.params == {
        "shipDate": "2026-02-10",
        "customerCode": "C001",
        "customerDescription": "whoever",
        "carrierCode": "FX",
        "carrierDescription": "FedEx",
        "poNumber": "PO-77",
        "statusDraft": 1,
    }
    assert created.invoice_id is not None and created.invoice_number is not None
    row = await header(k, created.invoice_id)
    assert row.number == created.invoice_number
    assert row.status == str(InvoiceStatus.DRAFT.value)
    assert row.carrier_name == "FX - FedEx"
    assert row.total == 0


async def test_lines_add_update_delete_with_exact_money(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    created = await new_invoice(k)
    assert created.invoice_id is not None
    added = await k.invoices.add_item(
        created.invoice_id,
        product_code=a_product_code(fake),
        box_type_code="hb",
        units_per_box=100,
        unit_type="Stem",
        boxes=3,
        price=Decimal("1.25"),
        return_available_boxes=True,
    )
    assert last(fake, "invoice.item.add").params["price"] == 1.25  # a JSON number
    assert added.invoice_item_id is not None and added.available_boxes is not None
    assert (await header(k, created.invoice_id)).total == Decimal("375.00")

    second = await k.invoices.add_item(
        created.invoice_id, order_item_id=77, boxes=2, price=Decimal("0.33")
    )
    assert (await header(k, created.invoice_id)).total == Decimal("381.60")  # + 2 x 10 x 0.33

    await k.invoices.update_item(
        created.invoice_id,
        added.invoice_item_id,
        price=Decimal("0.35"),
        discount=Decimal("10"),
        notes="repriced",
    )
    # 3 x 100 x 0.35 less 10% = 94.50, plus the second line's 6.60.
    assert (await header(k, created.invoice_id)).total == Decimal("101.10")

    assert second.invoice_item_id is not None
    deleted = await k.invoices.delete_item(created.invoice_id, second.invoice_item_id)
    assert deleted.invoice_id == created.invoice_id
    (invoice,) = await k.invoices.list_details(order_id=created.invoice_id)
    assert [line.detail_id for line in invoice.details] == [added.invoice_item_id]
    line = invoice.details[0]
    assert len(line.boxes) == 3 and all(b.detail_id == line.detail_id for b in line.boxes)
    assert line.notes == "repriced"
    assert line.extra["total"] == Decimal("94.50")


async def test_update_changes_the_header_and_moves_the_ship_date(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    created = await new_invoice(k)
    assert created.invoice_id is not None
    moved_to = DAY + dt.timedelta(days=20)
    answer = await k.invoices.update(
        created.invoice_id,
        carrier_id=1362,
        ship_date=moved_to,
        invoice_notes="New notes for the invoice",
    )
    assert answer.message == "success" and answer.invoice_number == created.invoice_number
    row = await header(k, created.invoice_id)
    assert (row.carrier_name, row.invoice_notes) == ("FX - FedEx", "New notes for the invoice")
    on_new_day = await k.invoices.list_details(order_date=moved_to)
    assert created.invoice_id in [inv.id for inv in on_new_day]
    assert created.invoice_id not in [inv.id for inv in await k.invoices.list_details(DAY, DAY)]


# --- status changes ----------------------------------------------------------------------


async def test_draft_checkout_confirm_then_checkout_fails(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    created = await new_invoice(k)
    assert created.invoice_id is not None and created.invoice_number is not None
    checked = await k.invoices.checkout(created.invoice_number)
    assert checked.message == "The invoice was successfully checked out."
    assert last(fake, "invoice.checkout").params == {"invoiceNumber": created.invoice_number}
    assert (await header(k, created.invoice_id)).status == "0"
    confirmed = await k.invoices.confirm(created.invoice_number)
    assert confirmed.message == "The invoice was successfully confirmed."
    assert (await header(k, created.invoice_id)).status == "1"
    with pytest.raises(komet.KometAPIError) as info:
        await k.invoices.checkout(created.invoice_number)
    assert "not in Draft" in info.value.message


async def test_void_is_sent_as_url_parameters(fake: FakeKomet, k: komet.KometSession) -> None:
    created = await new_invoice(k, draft=False)
    assert created.invoice_id is not None and created.invoice_number is not None
    answer = await k.invoices.void(created.invoice_number, reason="cancelled order")
    assert answer.message == "The invoice was successfully voided."
    sent = last(fake, "invoice.void")
    # Query values arrive as text; a JSON body would have kept the number an int.
    assert sent.verb == "POST"
    assert sent.params == {
        "invoiceNumber": str(created.invoice_number),
        "reason": "cancelled order",
    }
    assert (await header(k, created.invoice_id)).status == "4"
    assert book(fake).by_id(created.invoice_id)["voidReason"] == "cancelled order"  # type: ignore[index]


async def test_sync_flags_drive_the_accounting_filter(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    first, final = dt.date(2026, 1, 1), dt.date(2026, 1, 31)
    pending = await k.invoices.list_accounting(first, final, external_system_synced=False)
    synced = await k.invoices.list_accounting(first, final, external_system_synced=True)
    everything = await k.invoices.list_accounting(first, final)
    assert pending and synced
    assert {i.id for i in pending} | {i.id for i in synced} == {i.id for i in everything}
    assert last(fake, "invoice.accounting.details.list").verb == "GET"

    target = pending[0]
    await k.invoices.mark_synced(target.id, invoice_number=target.number)
    assert last(fake, "invoice.mark.sync.status.ok").params == {
        "invoiceId": target.id,
        "invoiceNumber": target.number,
    }
    now_pending = await k.invoices.list_accounting(first, final, external_system_synced=False)
    now_synced = await k.invoices.list_accounting(first, final, external_system_synced=True)
    assert target.id not in {i.id for i in now_pending}
    assert target.id in {i.id for i in now_synced}

    # A synchronised invoice is locked for edits until it is marked unsynchronised.
    with pytest.raises(komet.KometAPIError, match="synchronized"):
        await k.invoices.update(target.id, po_number="X1")
    answer = await k.invoices.mark_sync_error(target.id, message="Test Error", unconfirm=False)
    assert answer.message == "OK"
    assert last(fake, "invoice.mark.sync.status.error").params == {
        "invoiceId": target.id,
        "message": "Test Error",
        "unconfirm": 0,
    }
    again = await k.invoices.list_accounting(first, final, external_system_synced=False)
    assert target.id in {i.id for i in again}
    await k.invoices.update(target.id, po_number="X1")


async def test_sync_error_unconfirms_by_default(fake: FakeKomet, k: komet.KometSession) -> None:
    created = await new_invoice(k)
    assert created.invoice_id is not None and created.invoice_number is not None
    await k.invoices.confirm(created.invoice_number)
    await k.invoices.mark_synced(created.invoice_id)
    await k.invoices.mark_sync_error(created.invoice_id, message="GL account missing")
    assert "unconfirm" not in last(fake, "invoice.mark.sync.status.error").params
    assert (await header(k, created.invoice_id)).status == str(InvoiceStatus.DRAFT.value)


async def test_print_status(fake: FakeKomet, k: komet.KometSession) -> None:
    day = busy_day(fake)
    ids = [inv["id"] for inv in book(fake).day(day)[:2]]
    answer = await k.invoices.update_print_status(ids, print_type=PrintType.BOL)
    assert answer.message == f"The invoices with id {ids[0]},{ids[1]} were updated successfully."
    assert last(fake, "invoice/print-status/update").params == {
        "orderIds": f"{ids[0]},{ids[1]}",
        "printType": "1",
    }
    for invoice_id in ids:
        assert book(fake).by_id(invoice_id)["printed"] == {"boxLabel": False, "bol": True}  # type: ignore[index]


# --- reads -------------------------------------------------------------------------------


async def test_list_details_over_the_widest_window(fake: FakeKomet, k: komet.KometSession) -> None:
    first = dt.date(2026, 3, 2)
    invoices = await k.invoices.list_details(first, first + dt.timedelta(days=3))
    sent = last(fake, "invoice.details.list")
    assert sent.verb == "GET"
    assert sent.params == {"orderDateFrom": "2026-03-02", "orderDateTo": "2026-03-05"}
    expected = [inv["id"] for inv in book(fake).days(first, first + dt.timedelta(days=3))]
    assert [inv.id for inv in invoices] == expected
    assert (
        invoices.response is not None and invoices.response.komet_method == "invoice.details.list"
    )
    for invoice in invoices:
        assert invoice.ship_date is not None
        assert first <= invoice.ship_date <= first + dt.timedelta(days=3)
        assert invoice.details and all(line.breakdowns for line in invoice.details)
        # Money in the unmodelled part still adds up exactly, cent for cent.
        lines = sum(line.extra["total"] for line in invoice.details)
        assert lines == invoice.subtotal
    # The fake agrees with the SDK on the window: a fifth day is refused by both.
    with pytest.raises(komet.RequestValidationError):
        await k.invoices.list_details(first, first + dt.timedelta(days=4))
    with pytest.raises(komet.KometAPIError, match="exceeds the maximum of 4 days"):
        await k.request(
            "invoice.details.list",
            http_method="GET",
            params={"orderDateFrom": "2026-03-02", "orderDateTo": "2026-03-06"},
            retry_safe=True,
        )


async def test_list_details_filters(fake: FakeKomet, k: komet.KometSession) -> None:
    day = busy_day(fake, need=3)
    everything = await k.invoices.list_details(order_date=day)
    target = everything[0]
    name = book(fake).by_id(target.id)["customerName"]  # type: ignore[index]
    by_customer = await k.invoices.list_details(order_date=day, customer=name.split()[0].lower())
    assert target.id in [inv.id for inv in by_customer]
    assert all(name.split()[0] in (inv.customer_name or "") for inv in by_customer)
    confirmed = await k.invoices.list_details(order_date=day, status=InvoiceStatus.CONFIRMED)
    assert all(inv.status == "1" for inv in confirmed)
    assert last(fake, "invoice.details.list").params["status"] == "1"
    by_number = await k.invoices.list_details(order=target.number)
    assert [inv.id for inv in by_number] == [target.id]
    nothing = await k.invoices.list_details(order_date=day, customer="no such customer")
    assert nothing == [] and nothing.response is not None
    assert nothing.response.message == "Orders not found."


async def test_updated_as_of_is_sent_in_gmt_and_filters(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    day = busy_day(fake, need=2)
    ids = [inv["id"] for inv in book(fake).day(day)]
    await k.invoices.update(ids[0], reference="R99999")  # touches updatedOn (GMT now)
    since = (fake.clock.now() - dt.timedelta(minutes=1)).astimezone(EST)
    recent = await k.invoices.list_details(order_date=day, updated_as_of=since)
    sent = last(fake, "invoice.details.list").params["updatedAsOf"]
    assert sent == since.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    assert [inv.id for inv in recent] == [ids[0]]
    rows = await k.invoices.list(day, day, updated_as_of=since)
    assert [row.id for row in rows] == [ids[0]]


async def test_invoice_list_headers(fake: FakeKomet, k: komet.KometSession) -> None:
    first, final = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
    rows = await k.invoices.list(first, final, exclude_transfer=True, is_ecommerce=False)
    sent = last(fake, "invoice.list")
    assert sent.verb == "GET"
    assert sent.params["excludeTransfer"] == "1" and sent.params["isEcommerce"] == "false"
    seeded = [
        inv
        for inv in book(fake).days(first, final)
        if not inv["isTransfer"] and not inv["isEcommerce"]
    ]
    assert [row.id for row in rows] == [inv["id"] for inv in seeded]
    assert all(isinstance(row.total, Decimal) for row in rows)
    with pytest.raises(komet.RequestValidationError):
        await k.invoices.list(first, dt.date(2026, 7, 2))


async def test_list_k2k_returns_k2k_invoices_with_their_mapping(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    day = dt.date(2026, 2, 2)
    while not any(inv["k2k"] for inv in book(fake).days(day, day + dt.timedelta(days=3))):
        day += dt.timedelta(days=4)
    invoices = await k.invoices.list_k2k(day, day + dt.timedelta(days=3))
    assert last(fake, "v2/invoice/k2k").verb == "GET"
    expected = [i["id"] for i in book(fake).days(day, day + dt.timedelta(days=3)) if i["k2k"]]
    assert [inv.id for inv in invoices] == expected
    assert all("buyerCompanyId" in inv.extra for inv in invoices)


async def test_accounting_totals_are_exact(fake: FakeKomet, k: komet.KometSession) -> None:
    first, final = dt.date(2026, 4, 1), dt.date(2026, 5, 1)  # 31 days, both ends included
    rows = await k.invoices.list_accounting(first, final, status=1, location_ids=[1])
    assert last(fake, "invoice.accounting.details.list").params["locationIds"] == "1"
    seeded = {inv["id"]: inv for inv in book(fake).days(first, final) if inv["status"] == 1}
    assert [row.id for row in rows] == list(seeded)
    for row in rows:
        invoice = seeded[row.id]
        expected = sum(
            (
                (
                    line["boxes"]
                    * line["unitsPerBox"]
                    * line["price"]
                    * (100 - line["discount"])
                    / 100
                ).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
                for line in invoice["details"]
            ),
            Decimal(0),
        )
        assert row.subtotal == expected
        assert row.customer_code == invoice["customerCode"]


async def test_customer_token_sees_only_its_invoices(
    fake: FakeKomet, customer_k: komet.KometSession
) -> None:
    first, final = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
    rows = await customer_k.invoices.list(first, final)
    assert rows
    assert {book(fake).by_id(row.id)["customerId"] for row in rows} == {CUSTOMER_ID}  # type: ignore[index]
    with pytest.raises(komet.PermissionDeniedError):
        await customer_k.invoices.list_accounting(first, dt.date(2026, 1, 31))


# --- documents ---------------------------------------------------------------------------


async def test_get_and_save_pdf(fake: FakeKomet, k: komet.KometSession, tmp_path: Path) -> None:
    invoice = book(fake).day(busy_day(fake))[0]
    pdf = await k.invoices.get_pdf(invoice["id"], enable_distribute_additional_charges=True)
    sent = last(fake, "invoice.pdf.get")
    assert sent.verb == "POST"
    assert sent.params == {"invoiceId": invoice["id"], "enableDistributeAdditionalCharges": True}
    assert pdf.content.startswith(b"%PDF-1.4") and pdf.content.rstrip().endswith(b"%%EOF")
    assert f"Invoice #{invoice['number']:06d}".encode() in pdf.content
    assert pdf.suggested_file_name == f"Invoice #{invoice['number']:06d}.pdf"

    saved = await k.invoices.save_pdf(invoice["id"], tmp_path)
    assert saved == tmp_path / f"Invoice #{invoice['number']:06d}.pdf"
    assert saved.read_bytes() == pdf.content
    explicit = await k.invoices.save_pdf(invoice["id"], tmp_path / "copy.pdf")
    assert explicit == tmp_path / "copy.pdf" and explicit.read_bytes() == pdf.content
    with pytest.warns(DeprecationWarning, match="save_pdf"):
        old_way = await pdf.save(tmp_path / "old.pdf")  # the deprecated alias, one release
    assert old_way.read_bytes() == pdf.content


def test_a_suggested_name_never_leaves_the_directory() -> None:
    pdf = komet.CATALOG["invoice.pdf.get"].decode(
        {"status": "1", "message": "OK", "suggestedFileName": "../../etc/pass:wd", "file": ""}
    )
    assert "/" not in pdf.file_name() and pdf.file_name() == "_.._etc_pass_wd"


async def test_receive_pod_stores_the_exact_bytes(fake: FakeKomet, k: komet.KometSession) -> None:
    invoice = book(fake).day(busy_day(fake))[0]
    content = bytes(range(256)) * 4
    answer = await k.invoices.receive_pod(invoice["number"], content)
    assert answer.message == "The proof of delivery was successfully received"
    sent = last(fake, "invoice.pod.receive")
    assert sent.params["proofOfDeliveryfile"].startswith("0,1,2,")
    assert "-1,0,1" in sent.params["proofOfDeliveryfile"]  # signed bytes, Komet's style
    assert book(fake).by_number(invoice["number"])["proofOfDelivery"] == content  # type: ignore[index]


async def test_pod_limits_are_checked_before_sending(
    fake: FakeKomet, k: komet.KometSession
) -> None:
    with pytest.raises(komet.RequestValidationError) as info:
        await k.invoices.receive_pod(114495, bytes(20 * 1024 * 1024 + 1))
    assert info.value.field == "proof_of_delivery_file"
    # A file within 20 MB may still exceed the documented 64 KB request limit.
    with pytest.raises(komet.RequestTooLargeError):
        await k.invoices.receive_pod(114495, bytes(range(256)) * 100)
    assert fake.requests == []

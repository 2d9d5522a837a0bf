"""Every documented invoice answer decodes through the catalog, losslessly."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

import komet_async as komet
from komet_async.models import invoices as m

from .conftest import DOCS, HERE, assert_lossless, documented_samples

REPAIRED = json.loads((HERE / "repaired_samples.json").read_text(encoding="utf-8"))["samples"]


def _parsed_samples() -> list[tuple[str, dict[str, Any]]]:
    samples = []
    for name, sample in documented_samples().items():
        if isinstance(sample, dict):
            samples.append((name, sample))
    samples += [(entry["method"], entry["payload"]) for entry in REPAIRED]
    return samples


def test_the_copy_of_the_samples_matches_the_docs() -> None:
    if not DOCS.exists():
        pytest.skip("the research notes are not on this machine")
    docs = {m["method"]: m for m in json.loads(DOCS.read_text(encoding="utf-8"))}
    for name, sample in documented_samples().items():
        assert docs[name]["sample_response"] == sample, name


def test_every_printed_sample_is_decoded_or_repaired() -> None:
    """A sample printed as text is invalid JSON; each such one has a repaired copy."""
    repaired = {entry["method"] for entry in REPAIRED}
    for name, sample in documented_samples().items():
        if isinstance(sample, str):
            with pytest.raises(json.JSONDecodeError):
                json.loads(sample)
            assert name in repaired, name


@pytest.mark.parametrize(("name", "payload"), _parsed_samples(), ids=lambda v: str(v)[:40])
def test_sample_decodes_losslessly(name: str, payload: dict[str, Any]) -> None:
    answer = komet.CATALOG[name].decode(payload)
    assert answer.status == 1
    assert_lossless(answer, payload)


def test_pdf_sample_gives_the_pdf_bytes() -> None:
    sample = documented_samples()["invoice.pdf.get"]
    pdf = komet.CATALOG["invoice.pdf.get"].decode(sample)
    assert isinstance(pdf, m.InvoicePdf)
    assert pdf.suggested_file_name == "Invoice #001626.pdf"
    # "00, 37, 80, 68, 70, 45, ..., -30, -29, ..., 00": signed Java bytes.
    assert pdf.content[:9] == b"\x00%PDF-1.4"
    assert pdf.content[11:15] == bytes([226, 227, 207, 211])
    assert pdf.content[-1] == 0
    assert len(pdf.content) == len(sample["file"].split(","))


def test_item_delete_sample_with_available_boxes() -> None:
    payload = next(e["payload"] for e in REPAIRED if "availableBoxes" in e["payload"])
    answer = komet.CATALOG["invoice.item.delete"].decode(payload)
    assert (answer.invoice_id, answer.invoice_number, answer.available_boxes) == (
        111111111,
        85434,
        4,
    )


@pytest.mark.parametrize(
    "name",
    ["invoice.list", "invoice.details.list", "v2/invoice/k2k", "invoice.accounting.details.list"],
)
def test_orders_not_found_decodes_to_an_empty_list(name: str) -> None:
    answer = komet.CATALOG[name].decode({"status": "0", "message": "Orders not found."})
    assert answer.invoices == []
    assert "Orders not found." in komet.CATALOG[name].not_found


def test_nested_details_answer_keeps_what_is_not_modelled() -> None:
    """The GAP part of invoice.details.list (line money, box codes, charges) is kept."""
    payload = {
        "status": 1,
        "message": "OK",
        "invoices": [
            {
                "id": "73965600",
                "number": 3965600,
                "shipDate": "2026-02-09",
                "customerName": "Brown Petals 7",
                "total": 1300.25,
                "details": [
                    {
                        "detailId": 7396560000,
                        "price": 0.35,
                        "boxes": [{"detailId": 7396560000, "boxCode": "IV739656000000"}],
                        "breakdowns": [{"detailId": 7396560000, "units": 250}],
                    }
                ],
                "additionalChargesDetails": [{"description": "Freight", "amount": 35.5}],
            }
        ],
    }
    answer = komet.CATALOG["invoice.details.list"].decode(payload)
    assert_lossless(answer, payload)
    invoice = answer.invoices[0]
    assert invoice.id == 73965600
    assert invoice.extra == {}
    assert invoice.customer_name == "Brown Petals 7" and invoice.total == Decimal("1300.25")
    assert invoice.details[0].boxes[0].extra == {"boxCode": "IV739656000000"}
    assert invoice.additional_charges_details[0].extra["amount"] == Decimal("35.5")

"""The documented samples of the setup and vendor pages (methods-part3.json) decode through
the catalog losslessly; the samples the page prints cut off are decoded from repaired copies
(repaired_samples.json says, for each, what was repaired and why)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import komet_async as komet
from komet_async import CATALOG
from komet_async.models import setup as m
from komet_async.models import vendors as v

from .conftest import assert_lossless, documented_methods

DOCS = documented_methods()
REPAIRED: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "repaired_samples.json").read_text(encoding="utf-8")
)["samples"]
FAMILY = (
    "carrier.add",
    "carrier.update",
    "category.list",
    "additional.charge.list",
    "additional.charge.add",
    "additional.charge.update",
    "automatic-additional-charge [POST]",
    "automatic-additional-charge [PUT]",
    "vendor.update",
    "vendor.invoice.mark.sync",
    "vendor.invoice.mail.receive",
    "vendor.availability.items.list",
)
PARSED = [n for n in FAMILY if isinstance(DOCS[n]["sample_response"], dict)]
PRINTED = [n for n in FAMILY if isinstance(DOCS[n]["sample_response"], str)]


def _repaired(name: str) -> dict[str, Any]:
    (entry,) = [e for e in REPAIRED if e["method"] == name]
    return entry


def test_the_family_is_documented_and_catalogued() -> None:
    assert all(name in CATALOG for name in FAMILY)
    # What the pages give: six parsed samples, three cut off, three without any sample.
    assert len(PARSED) == 6 and sorted(PRINTED) == [
        "additional.charge.list",
        "category.list",
        "vendor.update",
    ]


@pytest.mark.parametrize("name", PARSED)
def test_documented_sample_decodes_losslessly(name: str) -> None:
    sample = DOCS[name]["sample_response"]
    decoded = CATALOG[name].decode(sample)
    assert isinstance(decoded, CATALOG[name].response_type)
    assert decoded.status == 1
    assert_lossless(sample, decoded)


@pytest.mark.parametrize("name", PRINTED)
def test_every_cut_sample_has_an_honest_repair(name: str) -> None:
    printed = DOCS[name]["sample_response"]
    with pytest.raises(json.JSONDecodeError):
        json.loads(printed)
    entry = _repaired(name)
    assert entry["why"]
    # What the page shows, up to the cut, is where the repair starts from.
    assert printed.startswith(entry["visible"])
    assert json.dumps(entry["payload"]).startswith(entry["visible"])


@pytest.mark.parametrize("name", PRINTED)
def test_repaired_sample_decodes_losslessly(name: str) -> None:
    payload = _repaired(name)["payload"]
    decoded = CATALOG[name].decode(payload)
    assert isinstance(decoded, CATALOG[name].response_type)
    assert_lossless(payload, decoded)


def test_samples_decode_to_their_documented_values() -> None:
    carrier = CATALOG["carrier.add"].decode(DOCS["carrier.add"]["sample_response"])
    assert isinstance(carrier, m.CarrierSaveResponse)
    assert carrier.carrier_id == 234234 and carrier.message == "The carrier was successfully saved."
    charge = CATALOG["additional.charge.update"].decode(
        DOCS["additional.charge.update"]["sample_response"]
    )
    assert charge.additional_charge_id == 234234
    ack = CATALOG["vendor.invoice.mail.receive"].decode(
        DOCS["vendor.invoice.mail.receive"]["sample_response"]
    )
    assert isinstance(ack, v.VendorInvoiceAck) and (ack.status, ack.message) == (1, "success")

    categories = CATALOG["category.list"].decode(_repaired("category.list")["payload"])
    assert [(c.category_id, c.category_name, c.komet_network_id, c.active)
            for c in categories.category_items] == [
        (11453, "Achillea", 16064, False),
        (15709, "Adhesive", None, False),  # an unmapped category: no network id
        (11454, "Agapanthus", 7322, False),
    ]  # fmt: skip
    assert categories.status is None  # the envelope, if any, is past the cut
    charges = CATALOG["additional.charge.list"].decode(
        _repaired("additional.charge.list")["payload"]
    )
    first, second = charges.additional_charges
    # ids and the active flag come as text ("23243", "1"): typed on decoding.
    assert (first.id, first.name, first.code, first.active) == (23243, "Fuel Surcharge", "FS", True)
    assert (second.id, second.name, second.active) == (23334, None, None)


def test_the_automatic_charge_pages_show_no_answer_so_the_envelope_keeps_the_rest() -> None:
    for name in ("automatic-additional-charge [POST]", "automatic-additional-charge [PUT]"):
        assert DOCS[name]["sample_response"] is None
        answer = CATALOG[name].decode({"status": 1, "message": "OK", "ruleId": 5})
        assert answer.status == 1 and answer.extra == {"ruleId": 5}


def test_an_empty_availability_answer_is_an_empty_list() -> None:
    method = CATALOG["vendor.availability.items.list"]
    answer = method.decode({"status": "0", "message": "Inventory not found."})
    assert answer.inventory_items == []
    assert komet.CATALOG["vendor.availability.items.list"].not_found == ("Inventory not found.",)

"""The fake's independent reading of the docs (spec.json) and its generator."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from komet_async.testing import load_spec
from komet_async.testing import rules as fake_rules
from komet_async.testing._make_spec import SPEC_PATH, build
from tests._docs import DOCS_DIR

TESTING_PACKAGE = Path(__file__).resolve().parents[2] / "komet_async" / "testing"
RESEARCH_DIR = DOCS_DIR  # the copy of the research notes' JSON files kept in tests/data


def test_spec_covers_every_documented_method_under_api() -> None:
    # 133 documented methods; the two Global Network Codes methods live on another host.
    spec = load_spec()
    assert len(spec) == 131
    assert spec["automatic-additional-charge [PUT]"].path == "automatic-additional-charge"
    assert spec["v2/inventory/box/count"].http == "PATCH"
    assert spec["ecommerce/inventory.list"].path == "ecommerce/inventory.list"


@pytest.mark.skipif(not RESEARCH_DIR.is_dir(), reason="research notes not beside the repo")
def test_packaged_spec_is_what_the_generator_makes() -> None:
    packaged = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    assert build(RESEARCH_DIR) == packaged


@pytest.mark.parametrize(
    ("method", "safe"),
    [
        ("product.list", True),
        ("inventory.units.list", True),  # a POST read
        ("invoice.pdf.get", True),  # a POST read
        ("box.move.awb", False),  # a GET that moves boxes
        ("product.add", False),
        ("v2/inventory/box/count", False),
        ("box.code.change", False),
    ],
)
def test_retry_safe_reading(method: str, safe: bool) -> None:
    assert load_spec()[method].retry_safe is safe


def test_windows_and_either_or_groups() -> None:
    spec = load_spec()
    details = spec["invoice.details.list"]
    assert [(w.date_from, w.date_to, w.max_days) for w in details.windows] == [
        ("orderDateFrom", "orderDateTo", 4)
    ]
    assert spec["v2/invoice/k2k"].windows[0].max_days == 4
    assert spec["invoice.accounting.details.list"].windows[0].max_days == 31
    assert spec["invoice.list"].windows[0].max_months == 6
    assert ("growerId", "vendorCode") in spec["inventory.add"].one_of
    assert ("productId", "productCode", "productDescription") in spec["inventory.add"].one_of
    assert ("boxTypeId", "boxTypeCode") in spec["inventory.add"].one_of


def test_token_places_kinds_and_envelopes() -> None:
    spec = load_spec()
    assert spec["v2/inventory/box/count"].envelope == "statusInventory"
    assert spec["v2/inventory/box/count"].token_in == "header"
    assert spec["product.add"].token_in == "body"
    assert spec["product.list"].token_in == "query"
    assert spec["product.list"].tokens == {"company", "vendor"}
    assert spec["invoice.list"].tokens == {"company", "customer"}
    assert spec["login"].auth == "credentials"


def test_not_found_messages() -> None:
    spec = load_spec()
    assert spec["product.list"].not_found_message == "Products not found."
    assert spec["boxtype.list"].not_found_message == "Boxtype not found."
    assert spec["invoice.details.list"].not_found_message == "Orders not found."
    assert spec["product.list"].not_found_documented
    assert not spec["customer.list"].not_found_documented
    assert spec["product.add"].not_found_message is None


def test_string_lengths_exclude_the_token() -> None:
    spec = load_spec()
    assert spec["product.list"].params.max_lengths["description"] == 200
    assert "authenticationToken" not in spec["invoice.update"].params.max_lengths
    items = spec["box.code.change"].params.items["boxes"]
    assert items.max_lengths == {"currentBoxCode": 20, "newBoxCode": 20}


def test_testing_package_never_imports_the_sdk() -> None:
    """Only relative imports inside komet_async.testing, stdlib and third-party packages."""
    offenders = []
    for path in TESTING_PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name == "komet_async" or (
                    name.startswith("komet_async.") and not name.startswith("komet_async.testing")
                ):
                    offenders.append((path.name, name))
    assert offenders == []


def test_every_rule_is_marked_documented_or_not() -> None:
    names = [rule.name for rule in fake_rules.ALL_RULES]
    assert len(names) == len(set(names))
    documented = {rule.name for rule in fake_rules.ALL_RULES if rule.documented}
    assert documented == {"token_invalid", "box_code_unknown"}
    assert all(rule.source for rule in fake_rules.ALL_RULES)


def test_one_path_two_verbs_are_two_methods() -> None:
    from komet_async.testing._spec import method_for

    post = method_for("automatic-additional-charge", "POST")
    put = method_for("automatic-additional-charge", "PUT")
    assert post is not None and post.name == "automatic-additional-charge [POST]"
    assert put is not None and put.name == "automatic-additional-charge [PUT]"
    # A verb the path does not take still finds the path's method, whose verb rule refuses it.
    other = method_for("product.list", "DELETE")
    assert other is not None and other.name == "product.list"
    assert method_for("no.such.method", "GET") is None

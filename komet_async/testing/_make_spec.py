"""Regenerate ``spec.json`` from the research notes.

Run: ``python -m komet_async.testing._make_spec /work/shared/komet-api``

The fake server reads only the generated ``spec.json`` at run time; this script is a
maintenance tool. It reads ``methods-part1.json``, ``-part2`` and ``-part3`` and keeps, per
method, only what the fake enforces. Where the notes are prose ("required when X is absent",
"range <= 4 days") the generator cannot decide, so ``CURATED`` below states the reading by
hand, each entry with the reason. It never adds a parameter the notes do not list.

This module must not import the SDK: the fake's reading of the docs is an independent check
on the SDK's own catalog.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).with_name("spec.json")

# Every page advises, or its sample shows, one of these three places; general.md advises the
# fake to accept all of them for every method.
TOKEN_ACCEPTED_IN = ["query", "body", "header"]

# Methods whose *documented* token place is an HTTP header rather than the query/body.
# Pages that list authenticationToken under "Header(s)" and whose samples send it as a header
# (-H authenticationToken=...) or leave it out of the body (inventory.units.list).
HEADER_TOKEN_METHODS = {
    "v2/inventory/box/count",
    "ecommerce/inventory.list",
    "ecommerce/inventory.get",
    "ecommerce/inventory-available-dates.list",
    "inventory.units.list",
    # methods-part3: "sent as an HTTP request header, not in the body/query".
    "v2/price-list",
    "v2/price-list/season",
    "v2/price-list/season/product",
    "v2/price-list/season/product.add",
    "v2/price-list/season/product.update",
    "v2/standing-order [POST]",
    "v2/standing-order [PUT]",
    "v2/standing-order/item [DELETE]",
    # Web orders: every page lists authenticationToken under "Headers"; the
    # web-order-details.list curl sample sends it as a header, no body carries it.
    "web-order.create",
    "web-order-item.add",
    "web-order-details.list",
    "web-order.checkout",
    "web-order.delete",
    # more-methods.md: "sent as an HTTP request header, not in the body/query" / "header".
    "hardgood.product.add",
    "hardgood.product.update",
    "v2/product/colors",
    "v2/product/grades",
    "ecommerce/customer-carriers.list",
    "ecommerce-lite/settings",
    "globalnetworkcodes:product",
    "globalnetworkcodes:genus",
    "company.location.list",  # "listed among the headers"; the curl sample sends -H
    "v2/user/e-commerce",  # "HTTP header"; the sample body carries no token
    "automatic-additional-charge [POST]",  # "sent as an HTTP request header"; no sample
    "automatic-additional-charge [PUT]",
    "vendor.invoice.mark.sync",  # listed under Header; the sample body has no token
}

# A page whose token parameter is not authenticationToken (more-methods.md: "Uses
# companyToken, NOT authenticationToken").
OTHER_TOKEN_PARAMS = {"companyToken"}

# Reads that are POST (safe to replay) and GETs that write (not safe).
READ_BY_NAME = re.compile(r"(\.list$|/inventory\.list$|\.get$|^v2/invoice/k2k$|^login$)")
WRITE_GETS = {"box.move.awb"}  # a GET that moves boxes between AWBs
# GETs that read though their names do not end in .list (price-list pages: "Get a ...").
READ_GETS = {"v2/price-list", "v2/price-list/season", "v2/price-list/season/product"}

# Reads whose name does not say so: each page only lists or returns records.
READ_PAGES = {
    "v2/product/colors",
    "v2/product/grades",
    "ecommerce-lite/settings",
    "globalnetworkcodes:product",
    "globalnetworkcodes:genus",
}

NOT_FOUND_DOCUMENTED = {
    "product.list": "Products not found.",
    "boxtype.list": "Boxtype not found.",
    "invoice.list": "Orders not found.",
    "invoice.details.list": "Orders not found.",
    "purchase.order.list": "Orders not found.",
}
# Same family as the documented invoice answers: the fake reuses their text (undocumented).
NOT_FOUND_BY_FAMILY = {
    "v2/invoice/k2k": "Orders not found.",
    "invoice.accounting.details.list": "Orders not found.",
    "purchase.order.va.details.list": "Orders not found.",
    # Pick tickets are orders (its page: "Lists pick tickets (orders)"); the answer is a GAP.
    "pickticket.details.list": "Orders not found.",
    # The carriers of a customer: the text of the fake's carrier.list ("Carriers not found.").
    "ecommerce/customer-carriers.list": "Carriers not found.",
    "carriers.by.customer.ship.date.list": "Carriers not found.",
}
# Undocumented list answers: the fake follows the documented pattern "<Things> not found.",
# with the noun spelled by hand where the list key does not read as one.
NOT_FOUND_NOUNS = {
    "awbs": "AWBs",
    "inventoryItems": "Inventory",
    "availableDates": "Dates",
    "standingOrders": "Standing orders",
    "webOrders": "Web orders",
    "additionalCharges": "Additional charges",
    "categoryItems": "Categories",
}

# Hand-made readings of prose rules. Keys: ``not_required`` (the notes mark a parameter
# required but then make it conditional), ``one_of`` (at least one of each group),
# ``windows`` (date range limits), ``tokens`` (when the notes give none), ``body``
# (``"array"``: the JSON body is an array of objects, each checked by the parameter rules),
# ``not_found`` (the fake's undocumented "nothing found" text, when the list key cannot name
# it), ``why``.
CURATED: dict[str, dict[str, Any]] = {
    "inventory.add": {
        "one_of": [
            ["growerId", "vendorCode"],
            ["productId", "productCode", "productDescription"],
            ["boxTypeId", "boxTypeCode"],
        ],
        "why": "param notes: 'required if X absent' / 'one of productId/productCode/...'",
    },
    "inventory.delete": {
        "not_required": ["inventoryId"],
        "why": "inventoryId is marked an UNCONFIRMED guess; the fake does not enforce a guess",
    },
    "inventory.units.list": {
        "not_required": ["locationId"],
        "why": "required only for multi-location companies; the fake company has one location",
    },
    "hardgood/inventory.list": {
        "not_required": ["locationId"],
        "why": "required only for multi-location companies; the fake company has one location",
    },
    "inventory.consolidated.openmarket.list": {
        "tokens": ["company"],
        "why": "valid tokens not documented; the fake assumes Company",
    },
    "prebook.future.item.add": {
        "tokens": ["company"],
        "why": "valid tokens not documented (GAP); the fake assumes Company",
    },
    "invoice.create": {
        "one_of": [["customerId", "customerCode"], ["carrierId", "carrierCode"]],
        "why": "param notes: 'required if customerCode absent' etc.",
    },
    "prebook.create": {
        "one_of": [["customerId", "customerCode"], ["carrierId", "carrierCode"]],
        "why": "param notes: 'required when customerCode is not sent' etc.",
    },
    "invoice.item.add": {
        "one_of": [["orderItemId", "productCode"]],
        "why": "limits: orderItemId XOR the productCode group",
    },
    "invoice.list": {
        "not_required": ["orderDateFrom", "orderDateTo"],
        "one_of": [["orderDateFrom", "order", "orderId"], ["orderDateTo", "order", "orderId"]],
        "windows": [{"from": "orderDateFrom", "to": "orderDateTo", "max_months": 6}],
        "why": "order/orderId may be sent instead of the dates; max range six months",
    },
    "invoice.details.list": {
        "not_required": ["orderDate"],
        "one_of": [["orderDate", "orderDateFrom", "order", "orderId"]],
        "windows": [{"from": "orderDateFrom", "to": "orderDateTo", "max_days": 4}],
        "why": "orderDate required unless range/order/orderId; range <= 4 days inclusive",
    },
    "v2/invoice/k2k": {
        "not_required": ["orderDate"],
        "one_of": [["orderDate", "orderDateFrom", "order", "orderId"]],
        "windows": [{"from": "orderDateFrom", "to": "orderDateTo", "max_days": 4}],
        "why": "same rules as invoice.details.list",
    },
    "invoice.accounting.details.list": {
        "windows": [{"from": "orderDateFrom", "to": "orderDateTo", "max_days": 31}],
        "why": "31 days (newest APIDocs; 60 in older copies), inclusive like the 4-day rule",
    },
    "prebook.list": {
        "windows": [{"from": "dateFrom", "to": "dateTo", "max_months": 6}],
        "why": "date range at most six months",
    },
    "prebook.details.list": {
        "not_required": ["date"],
        "one_of": [["date", "vendorShipDateFrom"]],
        "windows": [{"from": "vendorShipDateFrom", "to": "vendorShipDateTo", "max_days": 7}],
        "why": "date optional with vendorShipDateFrom/To; that span at most 7 days (learn)",
    },
    "purchase.order.create": {
        "not_required": ["vendorId"],
        "one_of": [["vendorId", "vendorCode"]],
        "why": "vendorId XOR vendorCode",
    },
    "purchase.order.mixed.create": {
        "not_required": ["vendorId"],
        "one_of": [["vendorId", "vendorCode"]],
        "why": "vendorId XOR vendorCode",
    },
    "purchase.order.list": {
        "not_required": ["date"],
        "one_of": [["date", "number", "awbId", "inboundTruckId"]],
        "windows": [
            {
                "from": "futureInventoryAvailableFrom",
                "to": "futureInventoryAvailableTo",
                "max_days": 4,
            }
        ],
        "why": "date required only when number absent; awbId/inboundTruckId need no other filter",
    },
    "purchase.order.va.details.list": {
        "one_of": [["purchaseOrderNumbers", "purchaseOrderItemIds"]],
        "why": "at least one of the two id filters",
    },
    "awb.list": {"one_of": [["awb", "shipDate"]], "why": "awb or shipDate required"},
    "awb.details.list": {"one_of": [["awb", "shipDate"]], "why": "awb or shipDate required"},
    "awb.future.list": {"one_of": [["awb", "shipDate"]], "why": "awb or shipDate required"},
    "web-order.create": {
        "not_required": ["companyLocationId"],
        "why": "'Only applies to Multi-Location Companies'; the fake company has one location",
    },
    "web-order-details.list": {
        "not_required": ["companyLocationId"],
        "why": "'Only applies to Multi-Location Companies'; the fake company has one location",
    },
    "web-order-item.add": {
        "not_required": ["inventoryIds"],
        "one_of": [["inventoryIds", "productCode"]],
        "why": "inventoryIds 'not needed when productCode is sent' (APIDocs newest)",
    },
    "pickticket.details.list": {
        "one_of": [["orderDate", "orderDateFrom", "orderId"]],
        "windows": [{"from": "orderDateFrom", "to": "orderDateTo", "max_days": 7}],
        "why": "orderDate required unless orderDateFrom/orderDateTo or orderId; range <= 7 days",
    },
    "credit.details.list": {
        "not_found": "Credits not found.",
        "why": "answer GAP (no list key to name the text): the fake says 'Credits not found.', "
        "the documented '<Things> not found.' pattern; no date-range limit is documented",
    },
    "payment.list": {
        "one_of": [
            [
                "dateFrom",
                "dateTo",
                "customer",
                "controlNumber",
                "paymentMethod",
                "invoiceNumber",
                "checkReference",
                "updatedAsOf",
                "locationId",
                "externalSystemSynced",
            ]
        ],
        "windows": [{"from": "dateFrom", "to": "dateTo", "max_days": 31}],
        "why": "limits: 'at least one filter'; 'dateFrom-dateTo <= 31 days' (APIDocs)",
    },
    "payment.receive": {
        "not_required": ["locationCode"],
        "why": "required only for multi-location companies; the fake company has one location",
    },
    "payment.method.list": {
        "not_found": "Payment methods not found.",
        "why": "page not readable (GAP): verb and token kind assumed as the notes do; the "
        "fake's 'nothing found' text follows the '<Things> not found.' pattern",
    },
    "product.add": {
        "one_of": [["color", "variety", "grade"]],
        "why": "at least one of variety, color, grade",
    },
    "product.update": {
        "one_of": [["color", "variety", "grade"]],
        "why": "at least one of variety, color, grade",
    },
    "v2/price-list/season/product.add": {
        "body": "array",
        "why": "the page's body is a JSON ARRAY of product lines; the parameters are per line",
    },
    "carriers.by.customer.ship.date.list": {
        "not_required": ["companyLocationId"],
        "why": "only applies to multi-location companies; the fake company has one location",
    },
    "globalnetworkcodes:product": {
        "tokens": ["gnc"],
        "why": "no Komet token type: a token issued by the support team (the fake's 'gnc')",
    },
    "globalnetworkcodes:genus": {
        "tokens": ["gnc"],
        "why": "no Komet token type: a token issued by the support team (the fake's 'gnc')",
    },
    "hardgood.product.add": {
        "one_of": [["vendorId", "vendorCode"]],
        "why": "param notes: 'vendorId or vendorCode is required'",
    },
    "customer.shipto.list": {
        "one_of": [["customerId", "name", "updateAsOf"]],
        "why": "'at least one of customerId, name or updatedAsOf' (parameter spelled updateAsOf)",
    },
}


def _string_max(param: dict[str, Any]) -> int | None:
    """The documented length of a text parameter, or None (numbers, dates, unbounded)."""
    kind = str(param.get("type") or "")
    limit = str(param.get("max") or "")
    if not kind.startswith("string") or "(header)" in kind or not limit.isdigit():
        return None
    return int(limit)


def _is_header(param: dict[str, Any]) -> bool:
    """An HTTP header listed among the parameters: typed ``integer (header)`` (parts 1/2) or
    noted ``HTTP header ...`` (part 3, ``X-ACCOUNT`` / ``X-SALES-CHANNEL``)."""
    notes = str(param.get("notes") or "")
    return "(header)" in str(param.get("type") or "") or notes.startswith("HTTP header")


def _params_block(params: list[dict[str, Any]]) -> dict[str, Any]:
    required: list[str] = []
    max_lengths: dict[str, int] = {}
    items: dict[str, Any] = {}
    names: list[str] = []
    headers_required: list[str] = []
    # methods-part3.json writes an array's item fields flat, as "credits[].creditId": they
    # are rules of each item, like the "items" of parts 1/2, never top-level parameters.
    nested: dict[str, list[dict[str, Any]]] = {}
    for param in params:
        parent, flat, child = str(param["name"]).partition("[].")
        if flat:
            nested.setdefault(parent, []).append({**param, "name": child})
    for param in params:
        name = param["name"]
        if "[]." in name:
            continue
        if name == "authenticationToken" or name in OTHER_TOKEN_PARAMS:
            continue  # checked by the token rules, never by length (general.md, item 21)
        if _is_header(param):
            if param.get("required"):
                headers_required.append(name)
            continue
        names.append(name)
        if param.get("required"):
            required.append(name)
        limit = _string_max(param)
        if limit is not None:
            max_lengths[name] = limit
        if param.get("items"):
            items[name] = _params_block(param["items"])
        elif name in nested:
            items[name] = _params_block(nested[name])
    block: dict[str, Any] = {"names": names, "required": required, "max_lengths": max_lengths}
    if items:
        block["items"] = items
    if headers_required:
        block["headers_required"] = headers_required
    return block


def _list_key(entry: dict[str, Any]) -> str | None:
    response = entry.get("response") or {}
    for key, value in response.items():
        if isinstance(value, list):
            return str(key)
    return None


def _is_read(entry: dict[str, Any]) -> bool:
    name = entry["method"]
    if name in WRITE_GETS:
        return False
    if name in READ_GETS:
        return True
    return name in READ_PAGES or bool(READ_BY_NAME.search(name))


def _not_found(name: str, list_key: str | None) -> tuple[str | None, bool]:
    if name in NOT_FOUND_DOCUMENTED:
        return NOT_FOUND_DOCUMENTED[name], True
    if name in NOT_FOUND_BY_FAMILY:
        return NOT_FOUND_BY_FAMILY[name], False
    if not name.endswith(".list"):
        return None, False
    if list_key is None:
        return "Inventory not found.", False  # only ecommerce/inventory.list lacks a list key
    noun = NOT_FOUND_NOUNS.get(list_key, list_key)
    return f"{noun[:1].upper()}{noun[1:]} not found.", False


def method_spec(entry: dict[str, Any]) -> dict[str, Any]:
    name = entry["method"]
    curated = CURATED.get(name, {})
    block = _params_block(entry.get("params") or [])
    for dropped in curated.get("not_required", []):
        block["required"].remove(dropped)
    tokens = list(entry.get("tokens") or [])
    tokens_documented = bool(tokens)
    if name == "login":
        tokens_documented = True  # documented as needing no token at all
    elif not tokens:
        tokens = list(curated["tokens"])
    read = _is_read(entry)
    list_key = _list_key(entry) if read else None
    not_found, not_found_documented = _not_found(name, list_key)
    if "not_found" in curated:
        not_found, not_found_documented = curated["not_found"], False
    response = entry.get("response") or {}
    envelope = "statusInventory" if "statusInventory" in response else "status"
    if isinstance(response.get("headers"), dict) and "statusCode" in response["headers"]:
        envelope = "headers.statusCode"  # Global Network Codes: {"headers": {...}, "body": [...]}
    spec: dict[str, Any] = {
        "method": name,
        "path": entry["path"],
        "http": entry["http"],
        "params_in": "json" if entry["content_type"] == "json" else "query",
        "auth": "credentials" if name == "login" else "token",
        "tokens": tokens,
        "tokens_documented": tokens_documented,
        "token_in": "header"
        if name in HEADER_TOKEN_METHODS
        else ("body" if entry["content_type"] == "json" else "query"),
        "read": read,
        "retry_safe": read,
        "envelope": envelope,
        "list_key": list_key,
        "not_found_message": not_found,
        "not_found_documented": not_found_documented,
        "one_of": curated.get("one_of", []),
        "windows": curated.get("windows", []),
        **block,
    }
    if curated.get("body"):
        spec["body"] = curated["body"]
    names = {p["name"] for p in entry.get("params") or []}
    other = sorted(names & OTHER_TOKEN_PARAMS)
    if other and "authenticationToken" not in names:
        spec["token_param"] = other[0]
    if curated.get("why"):
        spec["curated_because"] = curated["why"]
    return spec


GNC_HOST = "https://globalnetworkcodes.kometsales.com/"


def _gnc_spec(entry: dict[str, Any]) -> dict[str, Any]:
    """A Global Network Codes method: its path relative to its own host."""
    spec = method_spec(entry)
    spec["host"] = GNC_HOST
    spec["path"] = str(entry["path"]).removeprefix(GNC_HOST)
    return spec


def build(source_dir: Path) -> dict[str, Any]:
    entries: list[dict[str, Any]] = []
    other_host: list[dict[str, Any]] = []
    for part in ("methods-part1.json", "methods-part2.json", "methods-part3.json"):
        for entry in json.loads((source_dir / part).read_text(encoding="utf-8")):
            # Global Network Codes live on another host, not under /api/ (more-methods.md).
            if str(entry["path"]).startswith(GNC_HOST):
                other_host.append(entry)
            elif str(entry["path"]).startswith("https://"):
                raise SystemExit(f"{entry['method']}: a host the fake does not know")
            else:
                entries.append(entry)
    methods = {entry["method"]: method_spec(entry) for entry in entries}
    gnc = {entry["method"]: _gnc_spec(entry) for entry in other_host}
    unknown = set(CURATED) - set(methods) - set(gnc)
    if unknown:
        raise SystemExit(f"curated entries for unknown methods: {sorted(unknown)}")
    return {
        "source": "shared/komet-api methods-part1.json + -part2.json + -part3.json",
        "token_param": "authenticationToken",
        "token_accepted_in": TOKEN_ACCEPTED_IN,
        "window_semantics": "max_days counts calendar days inclusive: to - from <= max_days - 1",
        "methods": dict(sorted(methods.items())),
        "global_network_codes": dict(sorted(gnc.items())),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m komet_async.testing._make_spec <komet-api dir>", file=sys.stderr)
        return 2
    spec = build(Path(argv[0]))
    SPEC_PATH.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(spec['methods'])} methods to {SPEC_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

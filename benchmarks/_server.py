"""A loopback aiohttp server in its own process, so its CPU is not the client's."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson
from aiohttp import web

PRODUCTS = {
    "status": "1",
    "message": "OK",
    "products": [
        {
            "id": str(i),
            "description": f"Rose Red Freedom {40 + 10 * i} cm",
            "active": "1",
            "category": "Rose",
            "divisionId": "1",
            "divisionDescription": "Flowers",
            "variety": "Freedom",
            "color": "Red",
            "grade": f"{40 + 10 * i} cm",
            "legacyCode": f"RS{40 + 10 * i}",
            "tags": "standard",
        }
        for i in range(1, 6)
    ],
}


INVOICES_PER_DAY = 500
"""A 4-day window of ``invoice.details.list`` holds 2,000 invoices of 10 lines (~11 MB)."""
LINES_PER_INVOICE = 10

_PRODUCT_NAMES = ("Rose Freedom", "Rose Vendela", "Carnation", "Alstroemeria")
_BOX_TYPES = ("QB", "HB", "EB")


def invoices_of_day(day: dt.date) -> list[dict[str, Any]]:
    """The invoices shipping on ``day``, in the shape of ``invoice.details.list``
    (invoices.md: ``invoices[] -> details[] -> boxes[]/breakdowns[]``,
    ``additionalChargesDetails[]``), every header and line field the SDK's ``Invoice`` and
    ``InvoiceLine`` type (~55 fields, six of them money). Ids are unique per day, so a
    ranged pull never sees one invoice twice. Money is written the way Komet writes it:
    JSON numbers with at most two decimals."""
    base = day.toordinal() * 1000
    shipped = day.isoformat()
    invoices = []
    for n in range(INVOICES_PER_DAY):
        invoice_id = base + n
        lines = []
        subtotal = 0
        for k in range(LINES_PER_INVOICE):
            detail_id = invoice_id * 100 + k
            units = (250, 200, 100)[k % 3]
            cents = 25 + (invoice_id + 7 * k) % 120
            total_cents = units * cents
            subtotal += total_cents
            lines.append(
                {
                    "detailId": detail_id,
                    "awb": f"123-{45678900 + k}",
                    "productId": 1000 + k,
                    "productDescription": _PRODUCT_NAMES[k % 4],
                    "boxTypeId": 1 + k % 3,
                    "boxType": _BOX_TYPES[k % 3],
                    "unitType": "Stems" if k % 2 else "Bunches",
                    "stemsBunch": 25,
                    "bunchesBox": 10,
                    "units": units,
                    "totalUnits": units,
                    "totalBoxes": 1,
                    "growerId": 40 + k % 7,
                    "growerName": f"Grower {k % 7}",
                    "salesType": "Standing Order" if k % 2 else "Prebook",
                    "ref": f"R{detail_id}",
                    "notes": "" if k % 4 else "keep cold",
                    "markCode": None if k % 2 else "MK1",
                    "brandId": None if k % 3 else 7,
                    "brandName": None if k % 3 else "Brand",
                    "unitPrice": cents / 100,
                    "amount": total_cents / 100,
                    # 3 or 4 boxes per invoice: a 4-day window stays under the
                    # 10,000-box cap of one answer (iter_details would re-split it).
                    "boxes": [{"detailId": detail_id, "boxCode": f"IV{detail_id}"}]
                    if k % 3 == 1
                    else [],
                    "breakdowns": [],
                }
            )
        charges = [{"description": "Freight", "amount": 35.5}] if n % 3 == 0 else []
        extra = 3550 if charges else 0
        taxes = subtotal // 20
        invoices.append(
            {
                "id": invoice_id,
                "number": invoice_id % 10_000_000,
                "shipDate": shipped,
                "createdOn": f"{shipped} 08:30:00",
                "status": "Invoiced" if n % 2 else "Confirmed",
                "customerId": 100 + n % 50,
                "customerName": f"Customer {n % 50}",
                "customerPONumber": "" if n % 3 else f"PO{n}",
                "locationId": 1,
                "locationName": "Miami",
                "salesPersonId": 3 + n % 4,
                "salesPersonName": f"Sales {n % 4}",
                "carrierId": 10 + n % 2,
                "carrierName": "FedEx" if n % 2 else "",
                "isEcommerce": n % 5 == 0,
                "orderRef": f"O{invoice_id}",
                "countConfirmed": LINES_PER_INVOICE,
                "totalBoxes": LINES_PER_INVOICE,
                "subtotal": subtotal / 100,
                "additionalCharges": extra / 100,
                "taxes": taxes / 100,
                "total": (subtotal + extra + taxes) / 100,
                "billAddress": f"{n} Main St",
                "billCity": "Doral",
                "billState": "FL",
                "billZipCode": "33178",
                "billCountry": "US",
                "shipName": f"Customer {n % 50}",
                "shipAddress": f"{n} Main St",
                "shipCity": "Doral",
                "shipState": "FL",
                "shipZipCode": "33178",
                "shipCountry": "US",
                "details": lines,
                "additionalChargesDetails": charges,
            }
        )
    return invoices


def invoice_page(first: dt.date, last: dt.date) -> bytes:
    days = (last - first).days + 1
    invoices = [inv for i in range(days) for inv in invoices_of_day(first + dt.timedelta(i))]
    return orjson.dumps({"status": 1, "message": "OK", "invoices": invoices})


def _serve(port: int, ready: mp.synchronize.Event) -> None:  # pragma: no cover - subprocess
    body = orjson.dumps(PRODUCTS)
    pages: dict[tuple[str, str], bytes] = {}

    async def product_list(request: web.Request) -> web.Response:
        return web.Response(body=body, content_type="application/json")

    async def invoice_details(request: web.Request) -> web.Response:
        query = request.query
        key = (query.get("orderDateFrom", ""), query.get("orderDateTo", ""))
        page = pages.get(key)
        if page is None:
            first, last = (dt.date.fromisoformat(text) for text in key)
            if len(pages) > 4:
                pages.clear()
            page = pages[key] = invoice_page(first, last)
        return web.Response(body=page, content_type="application/json")

    added = orjson.dumps({"status": "1", "message": "The inventory has been added"})

    async def inventory_add(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(body=added, content_type="application/json")

    app = web.Application()
    app.router.add_get("/api/product.list", product_list)
    app.router.add_post("/api/inventory.add", inventory_add)
    app.router.add_get("/api/invoice.details.list", invoice_details)
    ready.set()
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def loopback_server() -> Iterator[str]:
    """Start the server process; yield its base URL (``http://127.0.0.1:PORT/api/``)."""
    port = free_port()
    ctx = mp.get_context("spawn")
    ready = ctx.Event()
    proc = ctx.Process(target=_serve, args=(port, ready), daemon=True)
    proc.start()
    ready.wait(10)
    _wait_listening(port)
    try:
        yield f"http://127.0.0.1:{port}/api/"
    finally:
        proc.terminate()
        proc.join(5)


def _wait_listening(port: int) -> None:
    import time

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("benchmark server did not start")

"""A scheduled invoice pull into SQLite: every invoice Komet has not yet seen synchronized
is written to a local table, then marked synced (``invoices.sync_pending``).

Delivery is at least once (a crash between the write and the mark hands the invoice over
again next run), so the table is keyed by the invoice id and each write is an upsert.

    KOMET_TOKEN=... python examples/invoice_sync_sqlite.py invoices.db --every 3600
    python examples/invoice_sync_sqlite.py invoices.db --fake      # once, against a fake
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sqlite3
from decimal import Decimal

import komet_async as komet

SCHEMA = """CREATE TABLE IF NOT EXISTS invoices (
    id INTEGER PRIMARY KEY, number INTEGER, ship_date TEXT, customer_id INTEGER,
    customer_name TEXT, subtotal TEXT)"""  # money as exact text, never a float


def open_db(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute(SCHEMA)
    return db


async def sync_once(
    k: komet.KometSession, db: sqlite3.Connection, date_from: dt.date, date_to: dt.date
) -> komet.SyncReport:
    """One run: write every pending invoice of the range, mark it synced once written."""

    async def write(invoice: komet.AccountingInvoice) -> None:
        subtotal = str(invoice.subtotal) if isinstance(invoice.subtotal, Decimal) else None
        with db:  # one transaction per invoice: committed before Komet hears it is synced
            db.execute(
                "INSERT OR REPLACE INTO invoices VALUES (?, ?, ?, ?, ?, ?)",
                (invoice.id, invoice.number, str(invoice.ship_date), invoice.customer_id,
                 invoice.customer_name, subtotal),
            )

    return await k.invoices.sync_pending(write, date_from, date_to)


async def run(
    k: komet.KometSession, db: sqlite3.Connection, today: dt.date, every: float | None
) -> None:
    while True:
        report = await sync_once(k, db, today - dt.timedelta(days=30), today)
        print(f"synced {len(report.synced)}, failed {len(report.failed)}, "
              f"mark failed {len(report.mark_failed)}; quota {k.quota}")
        if every is None:
            return
        await asyncio.sleep(every)
        today = dt.date.today()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database")
    parser.add_argument("--every", type=float, help="seconds between runs (default: once)")
    parser.add_argument("--fake", action="store_true", help="run once against a FakeKomet")
    args = parser.parse_args()
    db = open_db(args.database)
    if args.fake:
        from komet_async.testing import FakeKomet

        async with FakeKomet(seed=1) as fake, komet.KometSession(
            fake.token, base_url=fake.url
        ) as k:
            await run(k, db, fake.today, None)
        return
    async with komet.KometSession(os.environ["KOMET_TOKEN"]) as k:
        await run(k, db, dt.date.today(), args.every)


if __name__ == "__main__":
    asyncio.run(main())

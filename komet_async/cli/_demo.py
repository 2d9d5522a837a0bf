"""``komet demo``: the SDK's main jobs against an embedded fake Komet server, in one line.

It starts :class:`~komet_async.testing.FakeKomet` (seeded data, real HTTP on loopback) in
this process and runs, through a normal :class:`KometSession`:

1. the reference data a job needs (products, vendors, box types, customers, carriers);
2. a bulk inventory push (thousands of lines, one ``inventory.add`` each, fanned out);
3. a 90-day invoice pull (4-day windows fetched concurrently, in date order);
4. a prebook turned into a purchase order;

then prints what each cost: requests against the daily quota, calls/s, rows/s, failures.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Awaitable, Callable, Sequence
from decimal import Decimal

import attrs
import click
from rich.table import Table

from .._session import KometSession
from ..errors import KometError
from ..models.inventory import InventoryLine
from ..models.lookups import Vendor
from ..models.prebooks import PrebookItem
from ..models.products import Product
from ..models.purchase_orders import PurchaseOrderItem
from ._common import JobFailed, err, out, progress_bar, run

DEMO_QUOTA = 10_000  # ten paid seats' worth: the push alone needs thousands of requests


@attrs.define
class Step:
    """What one job of the demo did."""

    name: str
    requests: int = 0
    rows: int = 0
    row_kind: str = ""
    failures: int = 0
    seconds: float = 0.0
    note: str = ""


@attrs.define
class Summary:
    steps: list[Step] = attrs.field(factory=list)
    quota_limit: int | None = None
    quota_used: int = 0
    server_requests: int = 0
    seconds: float = 0.0

    @property
    def failures(self) -> int:
        return sum(step.failures for step in self.steps)


@attrs.frozen
class Reference:
    products: Sequence[Product]
    vendors: Sequence[Vendor]
    box_type_codes: Sequence[str]
    customer_id: int
    carrier_id: int


def make_lines(reference: Reference, count: int, today: dt.date, seed: int) -> list[InventoryLine]:
    """``count`` plausible inventory lines (seeded): real product, vendor and box codes."""
    rng = random.Random(seed)
    products = [p for p in reference.products if p.legacy_code]
    vendors = [v for v in reference.vendors if v.code]
    lines = []
    for n in range(count):
        product = products[n % len(products)]
        vendor = vendors[rng.randrange(len(vendors))]
        bunch = rng.random() < 0.7
        lines.append(
            InventoryLine(
                vendor_code=vendor.code,
                awb=f"729-{rng.randrange(10**8):08d}",
                ship_date=today + dt.timedelta(days=rng.randrange(1, 8)),
                product_code=product.legacy_code,
                quantity=rng.randrange(1, 40),
                box_type_code=rng.choice(reference.box_type_codes),
                unit_type="bunch" if bunch else "stem",
                stems_bunch=rng.choice((10, 12, 20, 25)) if bunch else 1,
                bunches=rng.choice((8, 10, 12)) if bunch else 0,
                unit_cost=Decimal(rng.randrange(150, 900)) / 1000 * (10 if bunch else 1),
                reference=f"DEMO-{n:05d}",
            )
        )
    return lines


class Demo:
    def __init__(
        self, session: KometSession, summary: Summary, *, requests: Callable[[], int]
    ) -> None:
        self.k = session
        self.summary = summary
        self._requests = requests

    async def step(self, name: str, job: Callable[[Step], Awaitable[None]]) -> Step:
        step = Step(name)
        before = self._requests()
        started = time.perf_counter()
        try:
            await job(step)
        except KometError as exc:
            step.failures += 1
            step.note = str(exc)[:120]
        step.seconds = time.perf_counter() - started
        step.requests = self._requests() - before
        self.summary.steps.append(step)
        return step


async def run_demo(*, lines: int, days: int, seed: int, show_progress: bool) -> Summary:
    from ..testing import FakeKomet

    summary = Summary(quota_limit=DEMO_QUOTA)
    started = time.perf_counter()
    async with (
        FakeKomet(seed=seed, daily_quota=DEMO_QUOTA) as fake,
        KometSession(fake.token, base_url=fake.url, daily_quota=DEMO_QUOTA) as k,
    ):
        today = fake.today
        demo = Demo(k, summary, requests=lambda: k.quota.used)
        reference: list[Reference] = []

        async def load_reference(step: Step) -> None:
            products = await k.products.list()
            vendors = await k.vendors.list()
            box_types = await k.boxes.list_types()
            customers = await k.customers.list()
            carriers = await k.carriers.list()
            reference.append(
                Reference(
                    products=products,
                    vendors=vendors,
                    box_type_codes=[b.code for b in box_types if b.code],
                    customer_id=customers[0].id,
                    carrier_id=carriers[0].id,
                )
            )
            step.rows = len(products) + len(vendors) + len(box_types)
            step.rows += len(customers) + len(carriers)
            step.row_kind = "records"

        await demo.step("reference data (5 lists)", load_reference)
        if not reference:
            summary.seconds = time.perf_counter() - started
            return summary
        ref = reference[0]

        async def push(step: Step) -> None:
            batch = make_lines(ref, lines, today, seed)
            with progress_bar(show_progress) as bar:
                result = await k.inventory.push(
                    batch,
                    concurrency=16,
                    on_progress=bar.callback("inventory.push") if bar else None,
                )
            step.rows = len(result.succeeded)
            step.row_kind = "lines"
            step.failures = len(result.items) - len(result.succeeded)

        await demo.step(f"inventory push ({lines:,} lines)", push)

        async def pull(step: Step) -> None:
            count = details = 0
            with progress_bar(show_progress) as bar:
                async for invoice in k.invoices.iter_details(
                    today - dt.timedelta(days=days - 1),
                    today,
                    concurrency=4,
                    on_window=bar.callback("invoice windows") if bar else None,
                ):
                    count += 1
                    details += len(invoice.details)
            step.rows = count
            step.row_kind = "invoices"
            step.note = f"{details:,} invoice lines"

        await demo.step(f"invoice pull ({days} days)", pull)

        async def prebook_to_po(step: Step) -> None:
            ship = today + dt.timedelta(days=3)
            products = list(ref.products)[:3]
            vendor = ref.vendors[0]
            created = await k.prebooks.create(
                ship_date=ship,
                customer_id=ref.customer_id,
                carrier_id=ref.carrier_id,
                customer_po="DEMO-PO-1",
                items=[
                    PrebookItem(product_id=p.id, boxes=2 + n, vendor_id=vendor.id)
                    for n, p in enumerate(products)
                ],
            )
            details = await k.prebooks.list_details(date=ship, prebook=created.prebook_id)
            item_ids = [
                line.prebook_item_id
                for prebook in details
                for line in prebook.details
                if line.prebook_item_id is not None
            ]
            await k.purchase_orders.create(
                ship_date=ship,
                vendor_id=vendor.id,
                items=[PurchaseOrderItem(prebook_item_id=i) for i in item_ids],
            )
            # The fake numbers a prebook with its id; the PO lines name the prebook they came from.
            orders = await k.purchase_orders.list(date=ship, prebook=str(created.prebook_id))
            step.rows = sum(len(order.details) for order in orders)
            step.row_kind = "PO lines"
            step.note = f"prebook {created.prebook_id} -> {len(orders)} purchase order(s)"

        await demo.step("prebook -> purchase order", prebook_to_po)

        status = await k.refresh_quota()
        summary.quota_used = status.used
        summary.server_requests = len(fake.requests)
    summary.seconds = time.perf_counter() - started
    return summary


def summary_table(summary: Summary) -> Table:
    table = Table(title="komet demo: the SDK's main jobs against an embedded fake Komet")
    table.add_column("job")
    table.add_column("requests", justify="right")
    table.add_column("seconds", justify="right")
    table.add_column("calls/s", justify="right")
    table.add_column("rows", justify="right")
    table.add_column("rows/s", justify="right")
    table.add_column("failures", justify="right")
    for step in summary.steps:
        rate = step.requests / step.seconds if step.seconds else 0.0
        row_rate = step.rows / step.seconds if step.seconds else 0.0
        table.add_row(
            step.name,
            f"{step.requests:,}",
            f"{step.seconds:.2f}",
            f"{rate:,.0f}",
            f"{step.rows:,} {step.row_kind}".strip(),
            f"{row_rate:,.0f}",
            str(step.failures),
        )
    return table


@click.command("demo")
@click.option("--lines", type=click.IntRange(1, 9_000), default=5_000, show_default=True,
              help="Inventory lines to push.")  # fmt: skip
@click.option("--days", type=click.IntRange(1, 366), default=90, show_default=True,
              help="Days of invoices to pull.")  # fmt: skip
@click.option("--seed", type=int, default=0, show_default=True, help="Seeds the fake's data.")
@click.option("--progress/--no-progress", default=True, show_default=True)
def demo_command(lines: int, days: int, seed: int, progress: bool) -> None:
    """Run the SDK's main jobs against an embedded fake Komet server (no account needed).

    A bulk inventory push, a 90-day invoice pull and a prebook -> purchase order flow, then a
    summary: requests used against the daily quota, calls/s, rows/s, failures.
    """
    err().print(
        f"[bold]komet demo[/]: starting an embedded fake Komet (seed {seed}); "
        f"pushing {lines:,} inventory lines, pulling {days} days of invoices..."
    )
    summary = run(run_demo(lines=lines, days=days, seed=seed, show_progress=progress))
    console = out()
    console.print(summary_table(summary))
    limit = "no limit" if summary.quota_limit is None else f"{summary.quota_limit:,}"
    total_rate = summary.quota_used / summary.seconds if summary.seconds else 0.0
    console.print(
        f"requests used: {summary.quota_used:,} of a {limit} daily quota "
        f"(the fake counted {summary.server_requests:,}); "
        f"{summary.seconds:.1f} s in all, {total_rate:,.0f} calls/s; "
        f"failures: {summary.failures}"
    )
    for step in summary.steps:
        if step.note:
            console.print(f"  {step.name}: {step.note}")
    if summary.failures:
        raise JobFailed(f"{summary.failures} failures (see above)")

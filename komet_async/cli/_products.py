"""``komet products list`` and ``komet quota``."""

from __future__ import annotations

import click
from rich.table import Table

from .._limits import QuotaStatus
from ..models.products import Product
from ._common import Target, echo, note, open_session, out, plain, run, session_options, to_json

FORMATS = click.Choice(["table", "json", "jsonl"])


@click.group("products")
def products_group() -> None:
    """The product catalogue."""


@products_group.command("list")
@click.option("--id", "product_id", type=int, default=None, help="Exact product id.")
@click.option("--description", default=None, help="Description contains (LIKE).")
@click.option("--code", "legacy_code", default=None, help="Exact product (legacy) code.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@session_options
def products_list(
    target: Target,
    product_id: int | None,
    description: str | None,
    legacy_code: str | None,
    fmt: str,
) -> None:
    """List products (Komet product.list).

    \b
      komet products list --description rose
      komet products list --format jsonl > products.jsonl
    """

    async def job() -> list[Product]:
        async with open_session(target) as session:
            return await session.products.list(
                id=product_id, description=description, legacy_code=legacy_code
            )

    products = run(job())
    if fmt == "json":
        echo(to_json([plain(p) for p in products], indent=2))
    elif fmt == "jsonl":
        for product in products:
            echo(to_json(plain(product)))
    else:
        table = Table("id", "code", "description", "category", "active", box=None)
        for p in products:
            active = "" if p.active is None else ("yes" if p.active else "no")
            table.add_row(
                str(p.id), p.legacy_code or "", p.description or "", p.category or "", active
            )
        out().print(table)
        note(f"{len(products)} products")


@click.command("quota")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@session_options
def quota_command(target: Target, as_json: bool) -> None:
    """Show today's request budget: limit, used, remaining, when it resets.

    The budget is counted client-side: with --quota-store redis://... it is the count shared
    by every process of the company; without one, only this process's (so 0 used).
    """

    async def job() -> QuotaStatus:
        async with open_session(target) as session:
            return await session.refresh_quota()

    status = run(job())
    # Whose count this is: a shared store's is every process's of this quota key; without
    # one it is only this process's, which has just started (Komet itself reports no count).
    counted_by = "shared store" if target.quota_store else "this process only"
    data = {
        "limit": status.limit,
        "used": status.used,
        "remaining": status.remaining,
        "resets_at": status.resets_at,
        "counted_by": counted_by,
    }
    if as_json:
        echo(to_json(data))
        return
    limit = "no limit" if status.limit is None else f"{status.limit:,}"
    remaining = "-" if status.remaining is None else f"{status.remaining:,}"
    resets = "-" if status.resets_at is None else f"{status.resets_at:%Y-%m-%d %H:%M %Z}"
    scope = (
        "counted by: the shared store (every process using this quota key)"
        if target.quota_store
        else "counted by: this process only (pass --quota-store redis://... for the "
        "company's shared count; Komet reports none)"
    )
    echo(
        f"limit: {limit}\nused: {status.used:,}\nremaining: {remaining}\n"
        f"resets at: {resets}\n{scope}"
    )

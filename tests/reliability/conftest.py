"""Shared helpers of the reliability suite: a token that stands out anywhere it leaks, every
text an error shows, a fast no-wait session on a fake, and a baseline of the process's
resources (file descriptors, tasks) to compare against."""

from __future__ import annotations

import asyncio
import os
import traceback
from typing import Any

import komet_async as komet
from komet_async.testing import FakeKomet

NO_WAIT = komet.RetryPolicy(wait=False)

# The fake makes its own company token; this one is for scripted servers and the CLI.
TOKEN = "qq7distinctive7token7xyzzy7leak"


def every_text_of(error: BaseException) -> str:
    """``str``, ``repr``, args, formatted traceback, and the same for every cause/context."""
    parts = ["".join(traceback.format_exception(error))]
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        parts += [str(link), repr(link), repr(link.args), repr(vars(link))]
        link = link.__cause__ or link.__context__
    return "\n".join(parts)


def session_on(fake: FakeKomet, **options: Any) -> komet.KometSession:
    settings: dict[str, Any] = {"daily_quota": None, "retry_policy": NO_WAIT}
    settings.update(options)
    return komet.KometSession(fake.token, base_url=fake.url, **settings)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def other_tasks() -> set[asyncio.Task[Any]]:
    """Pending tasks but this one and the fake server's own request handlers (which the
    fake's shutdown winds down on its own schedule)."""
    current = asyncio.current_task()
    return {
        t
        for t in asyncio.all_tasks()
        if t is not current
        and not t.done()
        and "aiohttp/web_" not in t.get_coro().cr_code.co_filename  # type: ignore[union-attr]
    }


def inventory_lines(fake: FakeKomet, count: int, *, prefix: str = "L") -> list[komet.InventoryLine]:
    """``count`` valid ``inventory.add`` lines for the fake's seeded data, referenced
    ``<prefix>0``, ``<prefix>1``, ... so each can be found in the fake's state."""
    import datetime as dt
    from decimal import Decimal

    product = next(iter(fake.state.products.values()))
    vendor = next(iter(fake.state.vendors.values()))
    return [
        komet.InventoryLine(
            vendor_code=vendor["code"],
            awb="123-45678901",
            ship_date=dt.date(2026, 11, 20),
            product_code=product["legacyCode"],
            quantity=5,
            box_type_code="QB",
            unit_type="bunch",
            stems_bunch=25,
            bunches=10,
            unit_cost=Decimal("2.150"),
            reference=f"{prefix}{i}",
        )
        for i in range(count)
    ]

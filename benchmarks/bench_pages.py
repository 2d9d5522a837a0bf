"""A large page: ``invoice.details.list`` for a 4-day window (2,000 invoices x 10 lines,
~10 MB at the current shape: ~55 typed fields an invoice, six of them money), fetched from
the loopback server process and decoded, side by side:

- ``komet_async``: ``await session.invoices.list_details(date_from, date_to)`` (typed);
- ``raw aiohttp``: the same GET, ``await resp.json()`` (dicts, no types);
- ``pydantic v2``: ``resp.read()`` + ``Model.model_validate_json`` on twins of the SDK models;
- ``msgspec``: ``resp.read()`` + ``msgspec.json.decode(type=...)`` on twins of the same.

While each pulls, a 1 ms ticker task measures the longest event-loop stall (the caller's
``del`` of the page is timed apart, after the pull: "freed in"). Then the same
page decoded in memory (no I/O) into the SDK's models (every field typed: Decimal money,
dates, optional text): the SDK's large-answer path vs pydantic v2 vs msgspec vs stdlib json.

    python benchmarks/bench_pages.py [--rounds 9]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import aiohttp
from _common import TOKEN, Figures, StallMeter, require_bench_packages
from _server import invoice_page, loopback_server

import komet_async as komet
from komet_async._convert import structure
from komet_async.models.invoices import InvoiceDetailsListResponse

FIRST, LAST = dt.date(2026, 3, 2), dt.date(2026, 3, 5)


class PageFigures(Figures):
    def __init__(self) -> None:
        super().__init__()
        self.stalls: list[float] = []
        self.frees: list[float] = []

    @property
    def free_per_op(self) -> float:
        return statistics.median(self.frees)

    @property
    def longest_stall(self) -> float:
        return max(self.stalls)


async def bench_page(url: str, rounds: int) -> dict[str, PageFigures]:
    import msgspec
    from _models import msgspec_twin, pydantic_twin

    pydantic_model = pydantic_twin(InvoiceDetailsListResponse)
    msgspec_model = msgspec_twin(InvoiceDetailsListResponse)
    decoder = msgspec.json.Decoder(msgspec_model)
    page_url = url + "invoice.details.list"
    params = {
        "authenticationToken": TOKEN,
        "orderDateFrom": FIRST.isoformat(),
        "orderDateTo": LAST.isoformat(),
    }
    async with (
        aiohttp.ClientSession() as raw,
        komet.KometSession(TOKEN, base_url=url, daily_quota=None, requests_per_second=None) as sdk,
    ):

        async def sdk_pull() -> Any:
            return await sdk.invoices.list_details(FIRST, LAST)

        async def raw_pull() -> Any:
            async with raw.get(page_url, params=params) as resp:
                return await resp.json()

        async def pydantic_pull() -> Any:
            async with raw.get(page_url, params=params) as resp:
                body = await resp.read()
            return pydantic_model.model_validate_json(body)

        async def msgspec_pull() -> Any:
            async with raw.get(page_url, params=params) as resp:
                body = await resp.read()
            return decoder.decode(body)

        contenders = {
            "raw aiohttp": raw_pull,
            "komet_async": sdk_pull,
            "pydantic v2": pydantic_pull,
            "msgspec": msgspec_pull,
        }
        checked = await sdk_pull()
        assert len(checked) == 2000 and len(checked[0].details) == 10, "unexpected page"
        del checked
        for pull in contenders.values():
            await pull()
        figures = {name: PageFigures() for name in contenders}
        for _ in range(rounds):
            for name, pull in contenders.items():
                gc.collect()  # every contender starts from the same heap
                async with StallMeter() as meter:
                    cpu0, wall0 = time.process_time(), time.perf_counter()
                    result = await pull()
                    # Any collection a contender left due (the SDK resumes the collector
                    # at the loop's next turn) runs here, inside the timed window.
                    await asyncio.sleep(0)
                    _due = [[]]
                    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
                # Freed outside the meter: dropping the page is the caller's step, whenever
                # it comes (timed apart, as what the host's loop pays for it then).
                free0 = time.perf_counter()
                del result
                figures[name].frees.append(time.perf_counter() - free0)
                figures[name].add(cpu, wall, 1)
                figures[name].stalls.append(meter.longest)
        return figures


def bench_decode_only(rounds: int) -> dict[str, Figures]:
    """The page in memory, into fully typed models: parse + structure, no I/O. The SDK's
    contender runs its own large-answer path (the transport's parse, the sliced decode
    of ``_decode``), on an ``ApiMethod`` whose answer is the fully typed page."""
    import msgspec
    from _models import msgspec_twin, pydantic_twin

    from komet_async._catalog import CATALOG
    from komet_async._decode import decode_in_slices
    from komet_async._transport import CheckedAnswer, _loads_large
    from komet_async.models.invoices import Invoice

    body = invoice_page(FIRST, LAST)
    pydantic_model = pydantic_twin(InvoiceDetailsListResponse)
    decoder = msgspec.json.Decoder(msgspec_twin(InvoiceDetailsListResponse))
    method = CATALOG["invoice.details.list"]

    loop = asyncio.new_event_loop()
    decoded: list[Any] = []

    async def decode_page() -> None:
        # Returns nothing: asyncio formats a task's result in places (reprlib), and the
        # repr of a whole page costs more than its decode.
        payload = _loads_large(body)
        answer = CheckedAnswer(payload=payload, info=None)  # type: ignore[arg-type]
        large = ("invoices", "invoices", Invoice)
        decoded.append(await decode_in_slices(method, answer, InvoiceDetailsListResponse, large))
        await asyncio.sleep(0)  # the collector resumes at the loop's next turn

    def sdk_decode() -> Any:
        loop.run_until_complete(decode_page())
        return decoded.pop()

    contenders: dict[str, Callable[[], Any]] = {
        "stdlib json": lambda: json.loads(body),
        "komet_async": sdk_decode,
        "pydantic v2": lambda: pydantic_model.model_validate_json(body),
        "msgspec": lambda: decoder.decode(body),
    }
    sdk = sdk_decode()
    assert sdk.invoices[0].details[0].unit_price is not None
    assert sdk == structure(json.loads(body), InvoiceDetailsListResponse)
    del sdk
    figures = {name: Figures() for name in contenders}
    for _ in range(rounds):
        for name, decode in contenders.items():
            gc.collect()
            cpu0, wall0 = time.process_time(), time.perf_counter()
            result = decode()
            _due = [[]]  # a collection left due runs inside the timed window
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            del result
            figures[name].add(cpu, wall, 1)
    loop.close()
    return figures


def main() -> None:
    require_bench_packages()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    with loopback_server() as url:
        pages = asyncio.run(bench_page(url, args.rounds))
    base = pages["raw aiohttp"].cpu_per_op
    for name, fig in pages.items():
        print(
            f"page  {name:<12} {fig.cpu_per_op * 1e3:8.1f} ms CPU {fig.wall_per_op * 1e3:8.1f} ms "
            f"wall {base / fig.cpu_per_op:6.2f}x  stall {fig.longest_stall * 1e3:6.1f} ms  "
            f"freed in {fig.free_per_op * 1e3:5.1f} ms"
        )
    decoded = bench_decode_only(args.rounds)
    base = decoded["stdlib json"].cpu_per_op
    for name, fig in decoded.items():
        print(f"typed {name:<12} {fig.cpu_per_op * 1e3:8.1f} ms CPU {base / fig.cpu_per_op:6.2f}x")


if __name__ == "__main__":
    main()

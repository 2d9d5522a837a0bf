"""N worker processes sharing one company's daily budget and pace through Redis.

Each worker is a plain process with its own ``KometSession``; the sessions share one
``quota_key`` in one Redis, so together they never send more than ``daily_quota`` requests
a day, nor more than ``requests_per_second`` (every process must be given the same rate).
Plain processes, not a job runner (arq, Celery, RQ): the shared limit lives in the SDK's
store, so a runner would add a queue and a daemon without making the budget any safer --
use one if you already run one; each of its workers opens a session exactly like these.

    python examples/redis_workers.py --workers 3 --redis redis://127.0.0.1:6379/0 \\
        --daily-quota 3000 --days 30          # KOMET_TOKEN (and KOMET_BASE_URL) from the env
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import multiprocessing
import os

import komet_async as komet


async def work(part: int, workers: int, args: argparse.Namespace) -> int:
    """Pull the invoice days ``part, part + workers, ...``; how many requests were sent."""
    sent = 0
    async with komet.KometSession(
        os.environ["KOMET_TOKEN"],
        base_url=os.environ.get("KOMET_BASE_URL", "https://api.kometsales.com/api/"),
        daily_quota=args.daily_quota,
        requests_per_second=args.requests_per_second,
        quota_store=args.redis,
        quota_key=args.quota_key,
    ) as k:
        start = dt.date.fromisoformat(args.start)
        try:
            for offset in range(part, args.days, workers):
                day = start + dt.timedelta(days=offset)
                await k.invoices.list_details(date_from=day, date_to=day)
                sent += 1
        except komet.QuotaExhaustedError as exc:
            print(f"worker {part}: budget spent; resets at {exc.resets_at}")
    return sent


def worker(part: int, workers: int, args: argparse.Namespace) -> int:
    return asyncio.run(work(part, workers, args))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--quota-key", default="acme-flowers")
    parser.add_argument("--daily-quota", type=int, default=1000)
    parser.add_argument("--requests-per-second", type=float, default=None)
    parser.add_argument("--start", default=dt.date.today().isoformat())
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args(argv)
    # spawn: a fresh interpreter per worker (no event loop or socket inherited by fork).
    context = multiprocessing.get_context("spawn")
    with context.Pool(args.workers) as pool:
        sent = pool.starmap(worker, [(p, args.workers, args) for p in range(args.workers)])
    print(f"requests sent per worker: {sent}; together {sum(sent)}")
    return sum(sent)


if __name__ == "__main__":
    main()

"""One worker process of the shared-limit tests.

``python _worker.py URL STORE KEY N QUOTA RATE`` (the token in ``KOMET_TEST_TOKEN``, never on
a command line) makes N concurrent ``products.list`` calls through a session that shares its
budget (and pace) with the other workers through the store, then prints what happened as
JSON: {"ok": …, "exhausted": …, "other": […]}.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys

import komet_async as komet


async def main(
    url: str, token: str, store: str, key: str, calls: int, quota: int, rate: float
) -> None:
    async with komet.KometSession(
        token,
        base_url=url,
        daily_quota=quota,
        requests_per_second=rate or None,
        quota_store=store,
        quota_key=key,
        max_retries=0,
    ) as k:
        results = await asyncio.gather(
            *(k.products.list() for _ in range(calls)), return_exceptions=True
        )
    ok = sum(1 for r in results if not isinstance(r, BaseException))
    exhausted = sum(1 for r in results if isinstance(r, komet.QuotaExhaustedError))
    other = [repr(r) for r in results if isinstance(r, BaseException)]
    other = [r for r in other if "QuotaExhaustedError" not in r]
    print(json.dumps({"ok": ok, "exhausted": exhausted, "other": other}))


if __name__ == "__main__":
    url, store, key, calls, quota, rate = sys.argv[1:7]
    token = os.environ["KOMET_TEST_TOKEN"]
    asyncio.run(main(url, token, store, key, int(calls), int(quota), float(rate)))

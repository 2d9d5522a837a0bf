"""Run FakeKomet standalone: ``python -m komet_async.testing --port 8080 [--seed 1]``.

Prints the base URL and the fake's company token once (a token of this fake only), then
serves until Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt

from ._server import FakeKomet


async def serve(port: int, seed: int, host: str, today: dt.date | None = None) -> None:
    async with FakeKomet(port=port, seed=seed, host=host, today=today) as fake:
        print(f"FakeKomet listening on {fake.url}", flush=True)
        print(f"company token: {fake.token}", flush=True)
        await asyncio.Event().wait()  # until cancelled by Ctrl-C


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m komet_async.testing")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="pin the fake's day (YYYY-MM-DD); default: KOMET_FAKE_TODAY, else the wall clock",
    )
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.port, args.seed, args.host, args.today))


if __name__ == "__main__":
    main()

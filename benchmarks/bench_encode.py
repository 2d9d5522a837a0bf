"""Encoding a large array body: 5,000 ``BoxCodeChange`` items for ``box.code.change``,
through the SDK (``unstructure_request`` + ``encode_json``) vs stdlib ``json.dumps`` of the
same dicts built by hand.

    python benchmarks/bench_encode.py [--rounds 9]
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections.abc import Callable
from typing import Any

from _common import Figures

from komet_async._convert import unstructure_request
from komet_async._wire_encoding import encode_json
from komet_async.models.boxes import BoxCodeChange, BoxCodeChangeRequest

ITEMS = 5000


def bench_encode(rounds: int) -> dict[str, Figures]:
    boxes = [
        BoxCodeChange(current_box_code=f"BX{n:08d}", new_box_code=f"NB{n:08d}")
        for n in range(ITEMS)
    ]
    request = BoxCodeChangeRequest(boxes=boxes)

    def sdk() -> bytes:
        return encode_json(unstructure_request(request))

    def stdlib() -> bytes:
        body = {
            "boxes": [
                {"currentBoxCode": b.current_box_code, "newBoxCode": b.new_box_code}
                for b in request.boxes
            ]
        }
        return json.dumps(body, separators=(",", ":")).encode()

    assert json.loads(sdk()) == json.loads(stdlib())
    contenders: dict[str, Callable[[], Any]] = {"stdlib json": stdlib, "komet_async": sdk}
    figures = {name: Figures() for name in contenders}
    for _ in range(rounds):
        for name, encode in contenders.items():
            gc.collect()
            cpu0, wall0 = time.process_time(), time.perf_counter()
            for _ in range(5):
                encode()
            figures[name].add(time.process_time() - cpu0, time.perf_counter() - wall0, 5)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    figures = bench_encode(args.rounds)
    base = figures["stdlib json"].cpu_per_op
    for name, fig in figures.items():
        print(f"{name:<12} {fig.cpu_per_op * 1e3:7.2f} ms  {base / fig.cpu_per_op:5.2f}x")


if __name__ == "__main__":
    main()

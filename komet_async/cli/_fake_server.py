"""``komet fake-server``: the fake Komet server, standalone (``python -m komet_async.testing``)."""

from __future__ import annotations

import click


@click.command("fake-server")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True,
              help="0 picks a free port.")  # fmt: skip
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Seeds data and faults.")
def fake_server_command(port: int, host: str, seed: int) -> None:
    """Serve a fake Komet API (seeded, stateful) until Ctrl-C.

    It prints its URL and a token of its own; point the SDK or any 'komet' command at it:

    \b
      komet fake-server --port 8080 &
      KOMET_BASE_URL=http://127.0.0.1:8080/api/ KOMET_TOKEN=<printed token> komet products list
    """
    from ..testing.__main__ import main as serve

    serve(["--port", str(port), "--host", host, "--seed", str(seed)])

"""The ``komet`` command: the SDK's main jobs from the shell (needs the ``cli`` extra).

>>> komet demo                                   # the main jobs against an embedded fake
>>> komet inventory push stock.csv               # validate every row, then push
>>> komet invoices pull --from 2026-01-01 --to 2026-03-31 --out invoices.jsonl
>>> komet call product.list description=rose     # any catalogued method, JSON out

The token comes from ``--token`` or ``KOMET_TOKEN`` and is never printed. Exit codes: 0
done, 1 Komet refused or failed (part of) the work, 2 bad input (nothing was sent).
"""

from __future__ import annotations

import click

from .. import __version__
from ._call import call_command, methods_command
from ._demo import demo_command
from ._fake_server import fake_server_command
from ._inventory import inventory_group
from ._invoices import invoices_group
from ._products import products_group, quota_command

__all__ = ["cli", "main"]

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="komet")
def cli() -> None:
    """Komet Sales from the shell: push inventory, pull invoices, call any method.

    Start with 'komet demo' (no account needed). Set KOMET_TOKEN for the real API, or add
    --fake to any command to run it against an embedded fake server.
    """


for command in (
    demo_command,
    inventory_group,
    invoices_group,
    products_group,
    quota_command,
    call_command,
    methods_command,
    fake_server_command,
):
    cli.add_command(command)


def main() -> None:
    """Console-script entry point (``komet = "komet_async.cli:main"``)."""
    cli(prog_name="komet")

"""``komet call METHOD key=value ...`` (any catalogued method) and ``komet methods``."""

from __future__ import annotations

from typing import Any

import click
from rich.table import Table

from .._catalog import CATALOG, ApiMethod, UnknownMethodError, spelled
from .._catalog import find_method as find_catalogued
from ._common import Target, echo, fail, open_session, out, plain, run, session_options, to_json
from ._records import FieldError, build


def find_method(name: str) -> ApiMethod[Any, Any]:
    """The catalog entry of a Komet name or its Python spelling (``products.list``)."""
    try:
        return find_catalogued(name)
    except UnknownMethodError as exc:
        if exc.ambiguous:  # a path with a method per verb: say it is known, and the choices
            fail(str(exc))
        hint = f"; did you mean {spelled(exc.close)}?" if exc.close else "; see 'komet methods'"
        fail(f"unknown method {name!r}{hint}")


def parse_pairs(pairs: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            fail(f"expected key=value, got {pair!r}")
        values[key.strip()] = value
    return values


async def call_method(target: Target, method: ApiMethod[Any, Any], request: object | None) -> Any:
    async with open_session(target) as session:
        return await session.call(method, request)


@click.command("call")
@click.argument("method")
@click.argument("params", nargs=-1, metavar="[KEY=VALUE]...")
@session_options
def call_command(target: Target, method: str, params: tuple[str, ...]) -> None:
    """Call any catalogued Komet METHOD; print its answer as JSON.

    Keys are the documented parameters, snake_case or Komet's camelCase. Values are text
    (numbers, YYYY-MM-DD dates, 1/0 flags); a list or nested object is JSON.

    \b
      komet call product.list description=rose
      komet call purchase.order.list date=2026-03-03 status=Approved
      komet call prebook.create shipDate=2026-03-10 customerId=23401 carrierId=1360 \\
          'prebookItems=[{"productId": 1001, "boxTypeId": 1056, "boxes": 2}]'
      komet call "automatic-additional-charge [POST]" additionalChargeId=23243 \\
          companyLocationId=1 amountValue=5 active=1 capPerDay=100 minCapPerDay=0 \\
          amountType=1 orderType=0
    """
    api = find_method(method)
    values = parse_pairs(params)
    request: object | None = None
    if api.request_type is not None:
        try:
            request = build(api.request_type, values)
        except FieldError as exc:
            fail(f"{api.name}: {exc}")
    elif values:
        fail(f"{api.name} takes no parameters")
    answer = run(call_method(target, api, request))
    echo(to_json(plain(answer), indent=2))


@click.command("methods")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def methods_command(as_json: bool) -> None:
    """List the Komet methods 'komet call' knows (the SDK's catalog)."""
    rows = [
        {
            "method": m.name,
            "python": f"{m.namespace}.{m.attr}" if m.namespace else m.attr,
            "http": m.http_method,
            "retry_safe": m.retry_safe,
            "summary": m.summary,
        }
        for m in CATALOG.values()
    ]
    if as_json:
        echo(to_json(rows, indent=2))
        return
    table = Table("method", "python", "http", "summary", box=None)
    for m in CATALOG.values():
        python = f"{m.namespace}.{m.attr}" if m.namespace else m.attr
        table.add_row(m.name, python, m.http_method, m.summary)
    out().print(table)

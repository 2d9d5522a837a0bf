"""Write the namespace methods from the catalog: ``python -m komet_async._catalog._generate``.

Each Komet method is declared once, as an :class:`ApiMethod` in this package: how it is sent,
its request and response models, and how it looks in Python (``positional``, ``returns``,
``doc``). From that declaration this module writes one explicit ``async def`` per method into
``komet_async/_generated/<namespace>.py`` -- the Stainless way: a real signature that IDEs,
``help()`` and ``mypy`` read like hand-written code, parameters taken from the request
model's fields (their types, their defaults), per-call options as ``**options``. The files
are checked in; ``tests/test_generated.py`` fails when one is not what this module writes.
A namespace's hand-written helpers (bulk work, packing, files) subclass the generated class.

Why generated and not derived at run time: a method derived at run time (a descriptor with
a ``ParamSpec`` taken from the request model) cannot take positional parameters, Iterable
arguments or per-call options beside the model's fields, and shows ``*args, **kwargs`` to
anything that reads source.
"""

from __future__ import annotations

import argparse
import datetime as dt
import decimal
import enum
import inspect
import keyword
import sys
import types
import typing
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from . import CATALOG, GNC_CATALOG
from ._method import ApiMethod

GENERATED = Path(__file__).resolve().parent.parent / "_generated"
HEADER = '''"""{namespace}: generated from the catalog (``komet_async/_catalog``) by
``python -m komet_async._catalog._generate``. Do not edit: change the declaration, then
generate again."""
'''
INDENT = "    "


class _Imports:
    """The names a generated module imports, by module."""

    def __init__(self) -> None:
        self.by_module: dict[str, set[str]] = {}

    def name(self, cls: type) -> str:
        """``cls`` as the generated module spells it (importing it)."""
        module = cls.__module__
        if module == "builtins":
            return cls.__name__
        if module.startswith("komet_async."):
            self.add(".." + module.removeprefix("komet_async."), cls.__qualname__)
            return cls.__qualname__
        if cls in (dt.date, dt.datetime, dt.time):
            self.add("datetime as dt")
            return f"dt.{cls.__name__}"
        if cls is decimal.Decimal:
            self.add("decimal", "Decimal")
            return "Decimal"
        raise TypeError(f"no rendering for {cls!r}")

    def add(self, module: str, name: str | None = None) -> None:
        """``import module`` (name None) or ``from module import name``."""
        names = self.by_module.setdefault(module, set())
        if name is not None:
            names.add(name)

    def lines(self) -> list[str]:
        """The import block, grouped and sorted as ruff's isort rules want it."""
        plain = sorted(m for m, names in self.by_module.items() if not names)
        froms = sorted(m for m, n in self.by_module.items() if n and not m.startswith("."))
        local = sorted(m for m, n in self.by_module.items() if n and m.startswith("."))

        def from_line(module: str) -> str:
            # ruff's isort order: constants, classes, then the rest, each case-insensitively.
            names = sorted(
                self.by_module[module],
                key=lambda n: (0 if n.isupper() else 1 if n[0].isupper() else 2, n.lower()),
            )
            line = f"from {module} import {', '.join(names)}"
            if len(line) <= 100:
                return line
            return "\n".join([f"from {module} import (", *(f"    {n}," for n in names), ")"])

        out = [f"import {m}" for m in plain] + [from_line(m) for m in froms]
        return [*out, "", *map(from_line, local)] if local else out


def render(tp: Any, imports: _Imports, *, as_argument: bool = False) -> str:
    """Python source for type ``tp``; ``as_argument`` widens ``list[X]`` to ``Iterable[X]``
    (the method copies it into the model's list)."""
    origin = typing.get_origin(tp)
    if tp is type(None):
        return "None"
    if tp is Any:
        imports.add("typing", "Any")
        return "Any"
    if origin in (typing.Union, types.UnionType):
        return " | ".join(
            render(arg, imports, as_argument=as_argument) for arg in typing.get_args(tp)
        )
    if origin is typing.Literal:
        imports.add("typing", "Literal")
        return f"Literal[{', '.join(repr(a) for a in typing.get_args(tp))}]"
    if origin is list:
        (item,) = typing.get_args(tp)
        if as_argument:
            imports.add("collections.abc", "Iterable")
            return f"Iterable[{render(item, imports)}]"
        return f"list[{render(item, imports)}]"
    if origin is dict:
        key, value = typing.get_args(tp)
        return f"dict[{render(key, imports)}, {render(value, imports)}]"
    if isinstance(tp, type):
        return imports.name(tp)
    raise TypeError(f"no rendering for {tp!r}")


def _one_or_many(tp: Any, imports: _Imports) -> str:
    """``X | Iterable[X] | None`` for a ``list[X] | None`` field taking one value or many."""
    union = typing.get_origin(tp) in (typing.Union, types.UnionType)
    args = typing.get_args(tp) if union else (tp,)
    parts: list[str] = []
    for arg in args:
        if typing.get_origin(arg) is list:
            (item,) = typing.get_args(arg)
            imports.add("collections.abc", "Iterable")
            parts += [render(item, imports), f"Iterable[{render(item, imports)}]"]
        else:
            parts.append(render(arg, imports))
    return " | ".join(parts)


def _is_list(tp: Any) -> bool:
    if typing.get_origin(tp) is list:
        return True
    args = typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else ()
    return any(typing.get_origin(arg) is list for arg in args)


def _default(field: attrs.Attribute[Any]) -> str | None:
    """The field's default as source, or None when it is required."""
    default = field.default
    if default is attrs.NOTHING:
        return None
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        raise TypeError(f"{field.name}: a factory default cannot be a parameter default")
    if isinstance(default, enum.Enum):
        return f"{type(default).__qualname__}.{default.name}"
    return repr(default)


def _docstring(doc: str, indent: str) -> list[str]:
    text = inspect.cleandoc(doc)
    lines = text.splitlines() or [""]
    body = [f'{indent}"""{lines[0]}'] + [f"{indent}{line}" if line else "" for line in lines[1:]]
    if len(lines) == 1:
        return [body[0] + '"""']
    return [*body, f'{indent}"""']


def method_source(method: ApiMethod[Any, Any], constant: str, imports: _Imports) -> list[str]:
    """The ``async def`` of one declaration."""
    request_type = method.request_type
    hints = typing.get_type_hints(request_type) if request_type is not None else {}
    fields = list(attrs.fields(request_type)) if request_type is not None else []
    by_name = {f.name: f for f in fields}
    positional = [by_name[name] for name in method.positional]
    keyword_only = [f for f in fields if f.name not in method.positional and f.init]
    for field in fields:
        if keyword.iskeyword(field.name):
            raise ValueError(f"{method.name}: field {field.name!r} is a Python keyword")

    renamed = method.argument_names
    for field_name in [*renamed, *method.one_or_many]:
        if field_name not in by_name:
            raise ValueError(f"{method.name}: no request field {field_name!r}")

    def parameter(field: attrs.Attribute[Any]) -> str:
        annotation = render(hints[field.name], imports, as_argument=True)
        if field.name in method.one_or_many:
            annotation = _one_or_many(hints[field.name], imports)
        default = _default(field)
        name = renamed.get(field.name, field.name)
        return f"{name}: {annotation}" + ("" if default is None else f" = {default}")

    signature = [f"{INDENT * 2}self,"]
    signature += [f"{INDENT * 2}{parameter(f)}," for f in positional]
    if keyword_only:
        signature.append(f"{INDENT * 2}*,")
        signature += [f"{INDENT * 2}{parameter(f)}," for f in keyword_only]
    if method.vendor_token_rules:
        imports.add(".._catalog", "TokenType")
        if not keyword_only:
            signature.append(f"{INDENT * 2}*,")
        signature.append(f"{INDENT * 2}token_type: TokenType | None = None,")
    signature.append(f"{INDENT * 2}**options: Unpack[CallOptions],")

    response = imports.name(method.response_type)
    if method.returns is not None:
        (item,) = typing.get_args(typing.get_type_hints(method.response_type)[method.returns])
        imports.add("..models._base", "KometList")
        result_type = f"KometList[{render(item, imports)}]"
    else:
        result_type = response

    lines = [f"{INDENT}async def {method.attr}(", *signature, f"{INDENT}) -> {result_type}:"]
    lines += _docstring(method.doc or method.summary, INDENT * 2)
    # First, before anything is built: a keyword gathered into **options that is no option
    # (a misspelled filter) is a TypeError, not a filter silently dropped.
    imports.add(".._call", "CALL_OPTIONS")
    imports.add(".._call", "unknown_option")
    lines.append(f"{INDENT * 2}if options and not CALL_OPTIONS.issuperset(options):")
    lines.append(f"{INDENT * 3}raise unknown_option({constant}, options)")
    if method.deprecated:
        imports.add("warnings")
        lines.append(
            f"{INDENT * 2}warnings.warn({constant}.deprecated, DeprecationWarning, stacklevel=2)"
        )
    if request_type is None:
        request = "None"
    else:
        request = "request"
        arguments_of = [*positional, *keyword_only]
        if not arguments_of:  # a method without parameters (category.list)
            lines.append(f"{INDENT * 2}request = {imports.name(request_type)}()")
        else:
            lines.append(f"{INDENT * 2}request = {imports.name(request_type)}(")
        for field in arguments_of:
            value = renamed.get(field.name, field.name)
            if field.name in method.one_or_many:
                imports.add("..resources._base", "one_or_many")
                value = f"one_or_many({value})"
            elif _is_list(hints[field.name]):
                # The model keeps a list; the caller may pass any iterable.
                if _default(field) is None:
                    value = f"list({value})"
                else:
                    imports.add("..resources._base", "as_list")
                    value = f"as_list({value})"
            lines.append(f"{INDENT * 3}{field.name}={value},")
        if arguments_of:
            lines.append(f"{INDENT * 2})")
        if method.vendor_token_rules:
            imports.add(".._vendor_rules", "apply_token_rules")
            lines.append(
                f"{INDENT * 2}apply_token_rules({constant}, request, "
                "self._dispatch.token_type, token_type)"
            )
    arguments = f"{constant}, {request}, options, {response}"
    start = f"{INDENT * 2}return await" if method.returns is None else f"{INDENT * 2}answer = await"
    call = f"{start} self._send({arguments})"
    if len(call) > 100:  # wrapped as ruff format would: on one line, else one per line
        inner = f"{INDENT * 3}{arguments}"
        if len(inner) > 100:
            inner = ",\n".join(f"{INDENT * 3}{part}" for part in arguments.split(", ")) + ","
        call = f"{start} self._send(\n{inner}\n{INDENT * 2})"
    lines += call.split("\n")
    if method.returns is not None:
        lines.append(
            f"{INDENT * 2}return KometList(answer.{method.returns}, answer.response, answer.extra)"
        )
    return lines


def class_name(namespace: str) -> str:
    return "".join(part.title() for part in namespace.split("_")) + "Methods"


def module_source(namespace: str, methods: Iterable[ApiMethod[Any, Any]]) -> str:
    """The whole generated module of one namespace."""
    methods = list(methods)
    imports = _Imports()
    imports.add("..resources._base", "Resource")
    constants: list[str] = []
    bodies: list[list[str]] = []
    for method in methods:
        constant = "_" + method.attr.upper()
        # Global Network Codes are declared apart (another host, another token).
        table = "GNC_CATALOG" if method.name in GNC_CATALOG else "CATALOG"
        imports.add(".._catalog", table)
        constants.append(f'{constant} = {table}["{method.name}"]')
        bodies.append(method_source(method, constant, imports))
    imports.add("typing", "TYPE_CHECKING")
    gnc = all(method.name in GNC_CATALOG for method in methods)
    owner = "komet_async.GlobalNetworkCodes" if gnc else f"session.{namespace}"
    out = [
        HEADER.format(namespace=f"``{owner}``"),
        "from __future__ import annotations",
        "",
    ]
    out += imports.lines()
    out += [
        "",
        "if TYPE_CHECKING:",
        f"{INDENT}from typing_extensions import Unpack",
        "",
        f"{INDENT}from .._call import CallOptions",
        "",
        *constants,
        "",
        "",
        f"class {class_name(namespace)}(Resource):",
        f'{INDENT}"""The one-call methods of ``{owner}``, one per catalog entry."""',
        "",
        f"{INDENT}__slots__ = ()",
    ]
    for body in bodies:
        out += ["", *body]
    return "\n".join(out) + "\n"


def generated_modules() -> Mapping[str, str]:
    """File name → source, for every namespace with generated methods."""
    by_namespace: dict[str, list[ApiMethod[Any, Any]]] = {}
    for method in (*CATALOG.values(), *GNC_CATALOG.values()):
        if method.namespace and not method.hand_written:
            by_namespace.setdefault(method.namespace, []).append(method)
    modules = {
        f"{namespace}.py": module_source(namespace, methods)
        for namespace, methods in sorted(by_namespace.items())
    }
    modules["declared.py"] = declared_source()
    modules["filters.py"] = filters_source()
    modules["__init__.py"] = (
        '"""Namespace methods generated from the catalog (``_catalog/_generate.py``)."""\n'
    )
    return modules


def constant_name(method: ApiMethod[Any, Any]) -> str:
    """The name of a declaration's typed constant: ``INVOICES_RECEIVE_POD``."""
    return f"{method.namespace}_{method.attr}".upper()


def declared_source() -> str:
    """Every declaration as a typed module constant (``INVOICES_RECEIVE_POD:
    ApiMethod[ProofOfDeliveryRequest, InvoiceAck]``): what hand-written helpers send with,
    checked by mypy and found at import, never looked up by a string per call."""
    imports = _Imports()
    imports.add(".._catalog", "ApiMethod")
    lines: list[str] = []
    for method in sorted(
        (*CATALOG.values(), *GNC_CATALOG.values()), key=lambda m: (m.namespace, m.attr)
    ):
        if not method.namespace:
            continue
        table = "GNC_CATALOG" if method.name in GNC_CATALOG else "CATALOG"
        imports.add(".._catalog", table)
        request = "None" if method.request_type is None else imports.name(method.request_type)
        response = imports.name(method.response_type)
        constant, key = constant_name(method), f'{table}["{method.name}"]'
        line = f"{constant}: ApiMethod[{request}, {response}] = {key}"
        if len(line) > 100:
            line = f"{constant}: ApiMethod[\n{INDENT}{request}, {response}\n] = {key}"
        lines.append(line)
    header = '''"""Every catalog declaration as a typed constant: generated from the catalog by
``python -m komet_async._catalog._generate``. Do not edit."""
'''
    imports_block = imports.lines()
    while imports_block and not imports_block[0]:
        imports_block.pop(0)
    out = [header, "from __future__ import annotations", "", *imports_block, "", *lines]
    return "\n".join(out) + "\n"


def _ranged_filters() -> tuple[tuple[str, type, tuple[str, ...], str], ...]:
    """The ``**filters`` of the ranged helpers, as (TypedDict name, the request model of one
    window, the model's fields the helper sets itself, the helper): every other field of the
    model is a filter, typed as the model types it, beside the per-call options."""
    from ..models.credits import CreditDetailsListRequest
    from ..models.invoices import AccountingInvoiceListRequest, InvoiceDetailsListRequest
    from ..models.payments import PaymentListRequest
    from ..models.pick_tickets import PickTicketDetailsListRequest

    window = ("date_from", "date_to")
    synced = "external_system_synced"
    return (
        ("InvoiceDetailsFilters", InvoiceDetailsListRequest, (*window, "order_date"),
         "invoices.iter_details"),
        ("AccountingInvoiceFilters", AccountingInvoiceListRequest, window,
         "invoices.iter_accounting"),
        ("AccountingSyncFilters", AccountingInvoiceListRequest, (*window, synced),
         "invoices.sync_pending"),
        ("CreditDetailsFilters", CreditDetailsListRequest, (*window, "item_type"),
         "credits.iter_details"),
        ("CreditSyncFilters", CreditDetailsListRequest, (*window, "item_type", synced),
         "credits.sync_pending"),
        ("PaymentFilters", PaymentListRequest, window, "payments.iter"),
        ("PaymentSyncFilters", PaymentListRequest, (*window, synced), "payments.sync_pending"),
        ("PickTicketFilters", PickTicketDetailsListRequest, (*window, "order_date", "order_id"),
         "pick_tickets.iter_details"),
    )  # fmt: skip


def filters_source() -> str:
    """``_generated/filters.py``: one ``TypedDict`` per ranged helper's ``**filters`` (its
    request model's filter fields and the per-call options), so that mypy checks a filter's
    name and type as it checks a one-call method's parameters."""
    imports = _Imports()
    imports.add(".._call", "CallOptions")
    bodies: list[str] = []
    for name, model, own, helper in _ranged_filters():
        hints = typing.get_type_hints(model)
        fields = [a for a in attrs.fields(model) if a.init and a.name not in own]
        for field_name in own:
            if field_name not in hints:
                raise ValueError(f"{name}: {model.__name__} has no field {field_name!r}")
        bodies += [
            "",
            "",
            f"class {name}(CallOptions, total=False):",
            f'{INDENT}"""The filters of ``{helper}`` and the per-call options: each filter a',
            f'{INDENT}field of :class:`~{model.__module__}.{model.__name__}`."""',
            "",
            *(f"{INDENT}{a.name}: {render(hints[a.name], imports)}" for a in fields),
        ]
    header = '''"""The ``**filters`` of the ranged helpers as typed dicts: generated from the
request models by ``python -m komet_async._catalog._generate``. Do not edit."""
'''
    imports_block = imports.lines()
    while imports_block and not imports_block[0]:
        imports_block.pop(0)
    out = [header, "from __future__ import annotations", "", *imports_block, *bodies]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m komet_async._catalog._generate")
    parser.add_argument("--check", action="store_true", help="fail if a file is not current")
    args = parser.parse_args(argv)
    stale = []
    for name, source in generated_modules().items():
        path = GENERATED / name
        if path.exists() and path.read_text(encoding="utf-8") == source:
            continue
        stale.append(name)
        if not args.check:
            GENERATED.mkdir(exist_ok=True)
            path.write_text(source, encoding="utf-8")
    if args.check and stale:
        print(f"stale: {', '.join(stale)}; run python -m komet_async._catalog._generate")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

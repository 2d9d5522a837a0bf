"""The API reference pages, generated from ``komet_async.__all__`` and the catalog.

mkdocs-gen-files runs this file at every ``mkdocs build`` (see ``mkdocs.yml``): nothing of
the reference is written by hand, so a name added to ``__all__`` or a namespace added to
the catalog is in the next build. ``tests/docs/test_reference.py`` checks that the pages
list every exported name and every namespace method.

Pages: ``reference/index.md`` (what is where), one page per namespace (the resource class,
its methods with their parameters, and which Komet method each sends), one page per group
of exported names (the module they are defined in: errors, models by family, ...).
"""

from __future__ import annotations

import inspect
import sys
import typing
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path

# The package of this checkout (not another one installed in the environment): the same
# that mkdocstrings reads (``paths: ["."]`` in mkdocs.yml).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attrs

import komet_async
from komet_async import CATALOG, KometSession
from komet_async._wire import rule_of, wire_name

# The module an exported name is defined in -> the page (and its title) that lists it.
GROUPS: Mapping[str, tuple[str, str]] = {
    "komet_async._session": ("session", "The session"),
    "komet_async._login": ("session", "The session"),
    "komet_async._call": ("session", "The session"),
    "komet_async._retry": ("session", "The session"),
    "komet_async._limits": ("quota", "Quota and pacing"),
    "komet_async._redis_store": ("quota", "Quota and pacing"),
    "komet_async._bulk": ("bulk", "Bulk results"),
    "komet_async.resources._invoices_bulk": ("bulk", "Bulk results"),
    "komet_async._catalog._method": ("catalog", "The catalog"),
    "komet_async.errors": ("errors", "Errors and warnings"),
    "komet_async._vendor_rules": ("errors", "Errors and warnings"),
    "komet_async.models._base": ("models/base", "Models: base classes"),
}
OTHER = ("other", "Other names")
# Exported values that are no class or function: documented by name on their group's page.
VALUES: Mapping[str, tuple[str, str]] = {
    "CATALOG": ("catalog", "The catalog"),
    "NO_RESPONSE": ("models/base", "Models: base classes"),
    "__version__": ("session", "The session"),
}


def _group(name: str) -> tuple[str, str]:
    if name in VALUES:
        return VALUES[name]
    module = getattr(getattr(komet_async, name), "__module__", "") or ""
    if module in GROUPS:
        return GROUPS[module]
    if module.startswith("komet_async.models."):
        family = module.rsplit(".", 1)[1]
        return f"models/{family}", f"Models: {family.replace('_', ' ')}"
    if module.startswith("komet_async.errors") or name.endswith(("Error", "Warning")):
        return GROUPS["komet_async.errors"]
    return OTHER


def exported_groups() -> dict[str, tuple[str, list[str]]]:
    """page -> (title, exported names on it), covering ``komet_async.__all__`` exactly."""
    pages: dict[str, tuple[str, list[str]]] = {}
    for name in sorted(komet_async.__all__, key=str.lower):
        page, title = _group(name)
        pages.setdefault(page, (title, []))[1].append(name)
    return pages


def namespaces() -> dict[str, type]:
    """Namespace -> its resource class, for every namespace of the catalog (the type of the
    session's cached property of that name)."""
    found: dict[str, type] = {}
    names = sorted({m.namespace for m in CATALOG.values() if m.namespace})
    for name in names:
        prop = inspect.getattr_static(KometSession, name)
        if not isinstance(prop, cached_property):
            raise RuntimeError(f"KometSession.{name} is no namespace property")
        hints = typing.get_type_hints(prop.func)
        found[name] = hints["return"]
    return found


def _namespace_page(name: str, cls: type) -> str:
    methods = sorted((m for m in CATALOG.values() if m.namespace == name), key=lambda m: m.attr)
    rows = "\n".join(
        f"| [`{name}.{m.attr}`](#{cls.__module__}.{cls.__qualname__}.{m.attr}) "
        f"| `{m.name}` | {'yes' if m.retry_safe else 'no'} |"
        for m in methods
    )
    return (
        f"# `session.{name}`\n\n"
        f"`KometSession.{name}` is a `{cls.__name__}`. Every method below takes keyword "
        "parameters in snake_case and the per-call options `timeout=`, `max_retries=`, "
        "`max_response_bytes=`, `extra_params=` and `extra_body=` "
        "(see [the session](../../concepts/session.md)).\n\n"
        "| Python | Komet method | retry-safe |\n|---|---|---|\n"
        f"{rows}\n\n"
        f"::: {cls.__module__}.{cls.__qualname__}\n"
        "    options:\n"
        "      inherited_members: true\n"
        "      members_order: alphabetical\n"
        "      show_bases: false\n"
        '      filters: ["!^_", "!^namespace$"]\n'
    )


def _names_page(title: str, names: list[str]) -> str:
    blocks = [f"# {title}\n"]
    for name in names:
        if name in VALUES:
            value = getattr(komet_async, name)
            shown = repr(value) if isinstance(value, str) else type(value).__name__
            blocks.append(f"## `komet_async.{name}`\n\n`{shown}` — see the concepts pages.\n")
        else:
            blocks.append(f"::: komet_async.{name}\n")
    return "\n".join(blocks)


def answer_models() -> dict[str, list[type]]:
    """Komet method -> the models its answer decodes into (the response model first, then
    every model nested in it, breadth first), for every method of the catalog."""
    found: dict[str, list[type]] = {}
    for name, method in sorted(CATALOG.items()):
        if not attrs.has(method.response_type):
            continue
        models: list[type] = []
        todo = [method.response_type]
        while todo:
            cls = todo.pop(0)
            if cls in models:
                continue
            models.append(cls)
            for a in attrs.fields(attrs.resolve_types(cls)):
                todo += [t for t in _nested_types(a.type) if attrs.has(t)]
        found[name] = models
    return found


def _nested_types(tp: object) -> list[type]:
    args = typing.get_args(tp)
    if not args:
        return [tp] if isinstance(tp, type) else []
    return [t for arg in args for t in _nested_types(arg)]


def _type_text(tp: object) -> str:
    text = getattr(tp, "__name__", None) if isinstance(tp, type) else None
    if text is not None:
        return text
    return str(tp).replace("typing.", "").replace("decimal.", "").replace("datetime.", "dt.")


def model_fields(cls: type) -> list[tuple[str, str, str]]:
    """(Python attribute, wire key(s), type) of each field ``cls`` reads from an answer."""
    rows = []
    for a in attrs.fields(attrs.resolve_types(cls)):
        rule = rule_of(a)
        if not rule.on_wire:
            continue
        keys = " / ".join(f"`{k}`" for k in (wire_name(a), *rule.also_reads))
        rows.append((a.name, keys, _type_text(a.type)))
    return rows


def _fields_page() -> str:
    blocks = [
        "# Typed fields of the answers\n",
        "Generated from the models at every build: for each Komet method, the model its "
        "answer decodes into and every model nested in it, with each typed field, the wire "
        "key(s) it reads and its type. Money and fractional quantities are `Decimal` (exact, "
        'also read from text such as `"1,234.50"`), dates `dt.date`. A field not listed '
        "here is kept as it came in the model's `.extra` (numbers as `int` or `Decimal`, "
        "never `float`); a value that does not parse into its type is `None` with the raw "
        "value in `.extra` and a `KometDataWarning` "
        "(see [tolerance](../concepts/tolerance.md)).\n",
    ]
    seen: set[type] = set()
    for name, models in answer_models().items():
        blocks.append(f"## `{name}`\n")
        for cls in models:
            if cls in seen:
                blocks.append(f"- `{cls.__name__}`: see above\n")
                continue
            seen.add(cls)
            rows = model_fields(cls)
            blocks.append(f"### `{cls.__name__}`\n")
            if not rows:
                blocks.append("No fields beyond the envelope (`status`, `message`).\n")
                continue
            table = ["| attribute | wire key | type |", "|---|---|---|"]
            table += [f"| `{attr}` | {keys} | `{tp}` |" for attr, keys, tp in rows]
            blocks.append("\n".join(table) + "\n")
    return "\n".join(blocks)


def reference_pages() -> dict[str, str]:
    """Path under ``docs/`` -> Markdown, for every reference page."""
    pages: dict[str, str] = {}
    spaces = namespaces()
    groups = exported_groups()
    index = [
        "# API reference\n",
        "Generated from the docstrings at every build: every name of `komet_async.__all__` "
        "and every namespace of the session.\n",
        "- [Typed fields of the answers](fields.md): every model an answer decodes into, "
        "field by field.\n",
        "## Namespaces\n",
        *(f"- [`session.{n}`](namespaces/{n}.md)" for n in spaces),
        "\n## Exported names\n",
        *(
            f"- [{title}]({page}.md): " + ", ".join(f"`{n}`" for n in names)
            for page, (title, names) in groups.items()
        ),
        "",
    ]
    pages["reference/index.md"] = "\n".join(index)
    pages["reference/fields.md"] = _fields_page()
    for name, cls in spaces.items():
        pages[f"reference/namespaces/{name}.md"] = _namespace_page(name, cls)
    for page, (title, names) in groups.items():
        pages[f"reference/{page}.md"] = _names_page(title, names)
    return pages


def nav() -> list[str]:
    """The reference's part of the navigation, in SUMMARY.md form (literate-nav)."""
    pages = reference_pages()
    lines = ["* [Overview](index.md)", "* [Typed fields](fields.md)", "* Namespaces"]
    lines += [f"    * [{n}](namespaces/{n}.md)" for n in namespaces()]
    lines.append("* Names")
    for page, (title, _names) in exported_groups().items():
        assert f"reference/{page}.md" in pages
        lines.append(f"    * [{title}]({page}.md)")
    return lines


if __name__ in {"__main__", "<run_path>"} or __name__.startswith("mkdocs_gen_files"):
    import mkdocs_gen_files

    for path, text in reference_pages().items():
        with mkdocs_gen_files.open(path, "w") as out:
            out.write(text)
    with mkdocs_gen_files.open("reference/SUMMARY.md", "w") as out:
        out.write("\n".join(nav()) + "\n")

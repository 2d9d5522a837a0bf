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

import komet_async
from komet_async import CATALOG, KometSession

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
    methods = sorted(
        (m for m in CATALOG.values() if m.namespace == name), key=lambda m: m.attr
    )
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
        "      filters: [\"!^_\", \"!^namespace$\"]\n"
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


def reference_pages() -> dict[str, str]:
    """Path under ``docs/`` -> Markdown, for every reference page."""
    pages: dict[str, str] = {}
    spaces = namespaces()
    groups = exported_groups()
    index = [
        "# API reference\n",
        "Generated from the docstrings at every build: every name of `komet_async.__all__` "
        "and every namespace of the session.\n",
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
    for name, cls in spaces.items():
        pages[f"reference/namespaces/{name}.md"] = _namespace_page(name, cls)
    for page, (title, names) in groups.items():
        pages[f"reference/{page}.md"] = _names_page(title, names)
    return pages


def nav() -> list[str]:
    """The reference's part of the navigation, in SUMMARY.md form (literate-nav)."""
    pages = reference_pages()
    lines = ["* [Overview](index.md)", "* Namespaces"]
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

"""The API reference lists every exported name and every namespace method: its pages are
generated from ``komet_async.__all__`` and the catalog at each build (docs/_reference.py)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import komet_async
from komet_async import CATALOG

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_reference", ROOT / "docs" / "_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("docs_reference", module)
    spec.loader.exec_module(module)
    return module


def test_the_reference_lists_every_name_of_all_exactly_once() -> None:
    pages = _generator().reference_pages()
    text = "\n".join(pages.values())
    documented = re.findall(r"^::: komet_async\.(\w+)$", text, re.M)
    documented += re.findall(r"^## `komet_async\.(\w+)`$", text, re.M)
    assert sorted(documented) == sorted(komet_async.__all__)


def test_every_namespace_method_of_the_catalog_is_on_its_page() -> None:
    generator = _generator()
    pages = generator.reference_pages()
    spaces = generator.namespaces()
    assert set(spaces) == {m.namespace for m in CATALOG.values() if m.namespace}
    for method in CATALOG.values():
        if not method.namespace:
            continue
        page = pages[f"reference/namespaces/{method.namespace}.md"]
        cls = spaces[method.namespace]
        assert callable(getattr(cls, method.attr)), method.name
        assert f"`{method.namespace}.{method.attr}`" in page and f"`{method.name}`" in page
        assert f"::: {cls.__module__}.{cls.__qualname__}" in page


def test_the_navigation_names_every_generated_page() -> None:
    generator = _generator()
    nav = "\n".join(generator.nav())
    for path in generator.reference_pages():
        assert f"({path.removeprefix('reference/')})" in nav


def test_the_typed_fields_of_every_answer_model_are_written_down() -> None:
    import attrs

    from komet_async._wire import rule_of, wire_name

    generator = _generator()
    page = generator.reference_pages()["reference/fields.md"]
    models = generator.answer_models()
    assert set(models) == {n for n, m in CATALOG.items() if attrs.has(m.response_type)}
    invoice = komet_async.CATALOG["invoice.details.list"].response_type
    assert len(models["invoice.details.list"]) >= 4 and models["invoice.details.list"][0] is invoice
    for classes in models.values():
        for cls in classes:
            assert f"### `{cls.__name__}`" in page, cls
            for a in attrs.fields(attrs.resolve_types(cls)):
                if rule_of(a).on_wire:
                    assert f"| `{a.name}` | `{wire_name(a)}`" in page, (cls, a.name)
    assert "| `amount` | `amount` | `Decimal | None` |" in page
    assert "| `ship_via` | `shipvia` / `shipVia` |" in page

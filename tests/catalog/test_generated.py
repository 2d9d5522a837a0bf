"""Each Komet method is declared once: the namespace methods in ``komet_async/_generated``
are what the generator writes from the catalog, and adding a method takes one declaration
(plus its models) -- shown end to end on a copy of the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import komet_async
from komet_async._catalog import CATALOG
from komet_async._catalog._generate import GENERATED, generated_modules

PACKAGE = Path(komet_async.__file__).resolve().parent


def test_generated_modules_are_current() -> None:
    expected = generated_modules()
    on_disk = {path.name: path.read_text(encoding="utf-8") for path in GENERATED.glob("*.py")}
    assert on_disk.keys() == expected.keys(), "run python -m komet_async._catalog._generate"
    stale = [name for name, source in expected.items() if on_disk[name] != source]
    assert stale == [], f"stale {stale}: run python -m komet_async._catalog._generate"


def test_every_catalog_method_is_generated_unless_declared_hand_written() -> None:
    for method in CATALOG.values():
        if not method.namespace:
            continue
        path = GENERATED / f"{method.namespace}.py"
        generated = path.read_text(encoding="utf-8") if path.exists() else ""
        assert (f'CATALOG["{method.name}"]' in generated) != method.hand_written, method.name
        # A generated method's docstring lives in its declaration, a hand-written one's
        # beside its code: never both.
        assert bool(method.doc) != method.hand_written, method.name


NEW_MODELS = '''
from __future__ import annotations

from attrs import define, field

from ._base import Envelope, KometModel, KometRequest


@define(kw_only=True)
class CategoryListRequest(KometRequest):
    """category.list takes no filter."""


@define(kw_only=True)
class Category(KometModel):
    category_id: int
    category_name: str | None = None
    active: bool | None = None


@define(kw_only=True)
class CategoryListResponse(Envelope):
    category_items: list[Category] = field(factory=list)
'''

# The copy starts without category.list: its declaration is taken out of the setup family
# and its namespace's generated module is what an empty namespace's would be, so the steps
# below add it back from nothing but models and one declaration.
REMOVE_DECLARATION = '''
METHODS = tuple(m for m in METHODS if m.name != "category.list")
'''

EMPTY_NAMESPACE = '''
from __future__ import annotations

from ..resources._base import Resource


class CategoriesMethods(Resource):
    __slots__ = ()
'''

WITHOUT_IT = '''
import komet_async as komet
print("category.list" in komet.CATALOG, hasattr(komet.KometSession("t").categories, "list"))
'''

NEW_DECLARATION = '''
from ..models import categories as _categories

METHODS += (
    query_read(
        "category.list",
        "categories",
        "list",
        _categories.CategoryListRequest,
        _categories.CategoryListResponse,
        returns="category_items",
        doc="""List product categories (Komet ``category.list``; Company token).""",
    ),
)
'''

USE_IT = '''
import asyncio
import komet_async as komet
from aiohttp import web

async def main() -> None:
    async def answer(request: web.Request) -> web.Response:
        assert request.path == "/api/category.list"
        return web.json_response({"status": 1, "message": "OK", "categoryItems": [
            {"categoryId": "11453", "categoryName": "Achillea", "active": False}]})
    app = web.Application()
    app.router.add_get("/api/category.list", answer)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with komet.KometSession("t", base_url=f"http://127.0.0.1:{port}/api/") as k:
            (category,) = await k.categories.list()
            print(category.category_id, category.category_name, category.active)
            try:
                await k.categories.list(categoryName="x")
            except TypeError as exc:
                print(exc)
            print(komet.CATALOG["category.list"].retry_safe)
    finally:
        await runner.cleanup()

asyncio.run(main())
'''


def test_adding_a_method_takes_one_declaration(tmp_path: Path) -> None:
    """What the README's contributing section says, done on a copy: models, a declaration,
    the generator -- and the session has a typed, exact, documented method."""
    copy = tmp_path / "komet_async"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    with (copy / "_catalog" / "setup.py").open("a", encoding="utf-8") as family:
        family.write(REMOVE_DECLARATION)
    (copy / "_generated" / "categories.py").write_text(EMPTY_NAMESPACE, encoding="utf-8")
    declared = copy / "_generated" / "declared.py"  # as generated before the declaration
    declared.write_text(
        "".join(
            line
            for line in declared.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith("CATEGORIES_LIST:")
        ),
        encoding="utf-8",
    )
    env = {"PYTHONPATH": str(tmp_path), "PATH": ""}

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, *args], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run("-c", textwrap.dedent(WITHOUT_IT)).split() == ["False", "False"]

    (copy / "models" / "categories.py").write_text(NEW_MODELS, encoding="utf-8")
    with (copy / "_catalog" / "setup.py").open("a", encoding="utf-8") as family:
        family.write(NEW_DECLARATION)
    run("-m", "komet_async._catalog._generate")
    generated = (copy / "_generated" / "categories.py").read_text(encoding="utf-8")
    assert "async def list(" in generated and "CategoryListRequest()" in generated
    assert run("-m", "komet_async._catalog._generate", "--check") == ""
    out = run("-c", textwrap.dedent(USE_IT)).splitlines()
    assert out == [
        "11453 Achillea False",
        "categories.list() got an unexpected keyword argument 'categoryName'",
        "True",
    ]


def test_resources_send_with_typed_constants_not_string_lookups() -> None:
    # Hand-written helpers name their method by a generated constant
    # (komet_async/_generated/declared.py), checked by mypy and found at import: a misspelled
    # Komet name is an ImportError, never a KeyError on some later call.
    import re
    from pathlib import Path

    import komet_async.resources as resources

    folder = Path(resources.__file__).parent
    for path in sorted(folder.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bCATALOG\[", text), path.name
        assert not re.search(r"self\._(call|call_packed|fan_out|fan_out_each)\(\s*\"", text), (
            path.name
        )

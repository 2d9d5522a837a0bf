"""Every method the public docs describe is declared: the README's "133 of 133" is this test."""

from __future__ import annotations

import json
import re
from pathlib import Path

from komet_async import CATALOG, GNC_CATALOG
from tests._docs import DOCS_DIR

README = Path(__file__).resolve().parents[2] / "README.md"


def documented() -> list[str]:
    names: list[str] = []
    for part in ("methods-part1.json", "methods-part2.json", "methods-part3.json"):
        names += [m["method"] for m in json.loads((DOCS_DIR / part).read_text(encoding="utf-8"))]
    return names


def test_every_documented_method_is_declared_and_nothing_else() -> None:
    names = documented()
    assert len(names) == len(set(names))
    assert sorted({*CATALOG, *GNC_CATALOG}) == sorted(names)


def test_the_readme_states_the_count() -> None:
    found = re.search(r"(\d+) of the (\d+) documented Komet methods", README.read_text())
    assert found is not None
    assert int(found.group(1)) == len({*CATALOG, *GNC_CATALOG})
    assert int(found.group(2)) == len(documented())

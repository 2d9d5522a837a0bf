"""Where the tests find the documented Komet methods: a copy of ../shared/komet-api's
machine-readable files, kept in the repo so the suite runs from a plain clone."""

from __future__ import annotations

from pathlib import Path

DOCS_DIR = Path(__file__).resolve().parent / "data" / "komet-api"
METHODS_PART1 = DOCS_DIR / "methods-part1.json"
METHODS_PART2 = DOCS_DIR / "methods-part2.json"
METHODS_PART3 = DOCS_DIR / "methods-part3.json"

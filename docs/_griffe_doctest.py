"""A griffe extension for the reference: the docstrings' ``>>>`` examples become Python
code blocks (rendered as code, never read as Markdown links)."""

from __future__ import annotations

import re
from typing import Any

import griffe

_EXAMPLE = re.compile(r"(?m)^(?P<indent>[ \t]*)>>> .*(?:\n(?P=indent)(?:>>>|\.\.\.|\S).*)*")


def _fence(match: re.Match[str]) -> str:
    indent = match.group("indent")
    return f"{indent}```pycon\n{match.group(0)}\n{indent}```"


class DoctestFences(griffe.Extension):
    def on_object(self, *, obj: griffe.Object, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>> " in obj.docstring.value:
            obj.docstring.value = _EXAMPLE.sub(_fence, obj.docstring.value)

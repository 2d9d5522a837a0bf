"""Per-field wire rules, carried in attrs field metadata.

A model field says how it travels and what the docs allow, in one place::

    awb: str = field(metadata=wire(max_len=20))
    cost: Decimal | None = field(default=None, metadata=wire(digits=(10, 3)))
    boxtypes: list[BoxType] = field(factory=list, metadata=wire(name="boxtypes"))

The converter reads ``name``/``bool_style``/``on_wire``; the validator reads the rest.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

METADATA_KEY = "komet"

BoolStyle = Literal["01", "truefalse"]


@attrs.frozen
class WireRule:
    name: str | None = None
    """The wire key, when it is not the camelCase of the Python name."""
    on_wire: bool = True
    """False for SDK-side fields (``extra``, ``response``) that never travel."""
    max_len: int | None = None
    """Documented maximum length of a string (``string:50``)."""
    min_len: int | None = None
    digits: tuple[int, int] | None = None
    """``decimal:P,S`` for Decimals; ``integer:P`` is ``(P, 0)``."""
    min_value: int | None = None
    max_value: int | None = None
    choices: tuple[str, ...] | None = None
    case_insensitive: bool = False
    bool_style: BoolStyle = "01"
    """How a flag is written: ``1``/``0`` (most) or ``true``/``false`` (some pages)."""
    max_items: int | None = None
    item_max_len: int | None = None
    """For ``list[str]`` fields: the documented length of each element."""
    joined: str | None = None
    """For ``list`` fields the docs call "comma-separated": sent as one text of the items
    joined with this separator (``[1, 2]`` -> ``"1,2"``) instead of a JSON array."""
    also_reads: tuple[str, ...] = ()
    """Other keys an answer may carry the field under (read when ``name`` is absent; never
    sent): ``shipvia`` is documented, ``shipVia`` seen in real answers."""


def wire(**kwargs: Any) -> dict[str, WireRule]:
    """Metadata for ``attrs.field(metadata=...)``; see :class:`WireRule` for the keys."""
    return {METADATA_KEY: WireRule(**kwargs)}


OFF_WIRE = wire(on_wire=False)

_DEFAULT_RULE = WireRule()


def rule_of(a: attrs.Attribute[Any]) -> WireRule:
    rule = a.metadata.get(METADATA_KEY)
    return rule if isinstance(rule, WireRule) else _DEFAULT_RULE


def to_camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def wire_name(a: attrs.Attribute[Any]) -> str:
    rule = rule_of(a)
    return rule.name if rule.name is not None else to_camel(a.name)

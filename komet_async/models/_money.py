"""Money that some integrations see with thousands commas (third-party.md evidence).

A public integration strips commas from ``invoice.details.list``'s line ``amount`` before
storing it (``REPLACE(amount, ',', '')``), so that field may arrive as text like
``"1,234.50"``. :data:`GroupedMoney` is a :class:`~decimal.Decimal` read with that
tolerance; every other money field keeps the plain rule of the converter.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NewType

from .._convert import converter

GroupedMoney = NewType("GroupedMoney", Decimal)
"""A ``Decimal`` whose wire text may group thousands with commas: ``"1,234.50"``."""

_GROUPED = re.compile(r"\s*[+-]?\d{1,3}(,\d{3})+(\.\d*)?\s*\Z")


def _structure_grouped_money(value: object, _: object) -> GroupedMoney:
    if isinstance(value, str) and _GROUPED.match(value):
        value = value.replace(",", "")
    # Everything else (and the text without its commas) follows the converter's Decimal rule.
    return GroupedMoney(converter.structure(value, Decimal))


converter.register_structure_hook(GroupedMoney, _structure_grouped_money)

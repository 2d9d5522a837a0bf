"""Request models from text: CSV rows, JSON lines and ``key=value`` arguments.

Keys may be the Python names (``box_type_code``) or Komet's wire names (``boxTypeCode``).
Values are converted by the SDK's converter (``"12"`` → 12, ``"2.150"`` → Decimal,
``"2026-03-01"`` → date, ``"1"``/``"true"`` → True) one field at a time, so an error names
its field; the model is then checked by the SDK's validator (lengths, ranges, either-or
groups) exactly as a call would be, before anything is sent.
"""

from __future__ import annotations

import datetime as dt
import json
import typing
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from .._convert import _optional_inner, converter
from .._validate import validate
from .._wire import rule_of, to_camel, wire_name
from ..errors import RequestValidationError

T = TypeVar("T")


class FieldError(ValueError):
    """One bad field of one record: ``field`` as the user wrote it, ``reason`` in words."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}" if field else reason)
        self.field = field
        self.reason = reason


def field_names(cls: type) -> dict[str, attrs.Attribute[Any]]:
    """Every accepted key of ``cls`` (Python name, wire name, camelCase) → its field."""
    attrs.resolve_types(cls)
    names: dict[str, attrs.Attribute[Any]] = {}
    for a in attrs.fields(cls):
        if not rule_of(a).on_wire:
            continue
        for key in (a.name, wire_name(a), to_camel(a.name)):
            names.setdefault(key, a)
            names.setdefault(key.lower(), a)
    return names


def lookup_field(names: Mapping[str, attrs.Attribute[Any]], key: str) -> attrs.Attribute[Any]:
    found = names.get(key) or names.get(key.strip().lower())
    if found is None:
        raise FieldError(key, "unknown field")
    return found


def _is_structured(tp: Any) -> bool:
    inner = _optional_inner(tp)
    target = inner if inner is not None else tp
    return typing.get_origin(target) is list or (isinstance(target, type) and attrs.has(target))


def _to_wire_keys(value: Any, tp: Any) -> Any:
    """Nested JSON may use Python names too: rename keys to wire names for the converter."""
    inner = _optional_inner(tp)
    target = inner if inner is not None else tp
    if typing.get_origin(target) is list and isinstance(value, list):
        (item_type,) = typing.get_args(target) or (Any,)
        return [_to_wire_keys(item, item_type) for item in value]
    if isinstance(target, type) and attrs.has(target) and isinstance(value, dict):
        names = field_names(target)
        renamed: dict[str, Any] = {}
        for key, item in value.items():
            a = names.get(key) or names.get(str(key).lower())
            if a is None:
                renamed[key] = item  # unknown: the model keeps it in extra, if it has one
            else:
                renamed[wire_name(a)] = _to_wire_keys(item, a.type)
        return renamed
    return value


def _convert(a: attrs.Attribute[Any], value: Any, label: str) -> Any:
    if isinstance(value, str) and _is_structured(a.type):
        text = value.strip()
        inner = _optional_inner(a.type)
        target = inner if inner is not None else a.type
        if text.startswith(("[", "{")):
            try:
                value = json.loads(text, parse_float=Decimal)
            except json.JSONDecodeError as exc:
                raise FieldError(label, f"not valid JSON ({exc.msg})") from None
        elif typing.get_origin(target) is list:
            value = [part.strip() for part in text.split(",") if part.strip()]
        else:
            raise FieldError(label, "expected a JSON object")
    if isinstance(value, float):
        value = Decimal(repr(value))
    try:
        field_type: Any = a.type
        return converter.structure(_to_wire_keys(value, field_type), field_type)
    except Exception as exc:  # cattrs raises ValueError/TypeError or an ExceptionGroup
        reason = _reason(exc)
        inner = _optional_inner(a.type)
        target = inner if inner is not None else a.type
        if target in (dt.date, dt.datetime) and not reason.startswith("expected"):
            wanted = "YYYY-MM-DD" if target is dt.date else "YYYY-MM-DD hh:mm:ss"
            reason = f"expected a {wanted} date ({reason})"
        raise FieldError(label, reason) from None


def _reason(exc: BaseException) -> str:
    inner = getattr(exc, "exceptions", None)  # an ExceptionGroup (a backport on 3.10)
    if isinstance(inner, (list, tuple)) and inner:
        return _reason(inner[0])
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if text.startswith("Invalid isoformat string"):
        return "not a date"
    return text[:200]


def build(cls: type[T], record: Mapping[str, Any]) -> T:
    """``cls`` from ``record`` (keys: Python or wire names; empty values mean "absent"),
    validated. Raises :class:`FieldError` naming the field as the record spelled it."""
    names = field_names(cls)
    values: dict[str, Any] = {}
    labels: dict[str, str] = {}
    for key, value in record.items():
        a = lookup_field(names, key)
        if a.name in values:
            raise FieldError(key, f"given twice (also as {labels[a.name]})")
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        labels[a.name] = key
        values[a.name] = _convert(a, value, key)
    for a in attrs.fields(typing.cast(Any, cls)):
        if a.default is attrs.NOTHING and rule_of(a).on_wire and a.name not in values:
            raise FieldError(a.name, "is required")
    try:
        instance = cls(**values)
    except (TypeError, ValueError) as exc:
        raise FieldError("", _reason(exc)) from None
    try:
        validate(instance)
    except RequestValidationError as exc:
        head, dot, rest = exc.field.partition(".")
        head, bracket, index = head.partition("[")
        label = labels.get(head, head) + bracket + index + dot + rest
        raise FieldError(label, exc.rule) from None
    return instance

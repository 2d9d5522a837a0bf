"""Tolerant per value, loud per shape: the decode of an answer that did not structure at once.

The converter's generated structure functions (``_convert``) are the fast path: one try of
the whole answer. Only when that raises is the answer walked again here, field by field,
with the same hooks, so a good value reads exactly as before:

- a scalar that does not parse into its declared type (``"active": "maybe"``,
  ``"totalBoxes": 2.5`` for an int, a date as ``01/13/2017``) leaves its field ``None``
  and keeps the raw value in the model's ``extra`` under its wire name; its path in the
  answer (``invoices[17].details[3].amount``) is reported, never its value;
- a wrong *shape* stays an error (:class:`ShapeError`, which names the path): an object
  where an array belongs, an array or text where an object belongs, a required field
  (a row's id) missing or unreadable.

Items of an array of models are tried with the fast function first, and only a failing
item is walked: a 2,000-invoice page with one odd cell costs one slow invoice.
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from ._convert import _MISSING, _optional_inner, converter, exact_json, value_hook
from ._wire import rule_of, wire_name

T = TypeVar("T")

__all__ = ["ShapeError", "ValueIssue", "structure_reporting", "structure_tolerant"]


class ShapeError(ValueError):
    """The answer is not the documented shape at ``path`` (a wire path, ``invoices[3]``)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path or 'the answer'}: {reason}")
        self.path = path
        self.reason = reason


class ValueIssue(ShapeError):
    """A value at ``path`` that does not parse into its field's type; raised only when the
    decode is strict (a tolerant decode records the path and goes on)."""


_MODEL, _MODELS, _SCALARS, _SCALAR = range(4)


@attrs.frozen
class _Field:
    name: str
    key: str
    also_reads: tuple[str, ...]
    kind: int
    target: Any
    hook: Callable[[Any, Any], Any]
    optional: bool
    required: bool
    default: Callable[[], Any]


@attrs.frozen
class _Plan:
    fields: tuple[_Field, ...]
    off_wire: tuple[tuple[str, Callable[[], Any]], ...]
    known: frozenset[str]
    has_extra: bool


_PLANS: dict[type, _Plan] = {}


def _default_of(a: attrs.Attribute[Any]) -> Callable[[], Any]:
    default: Any = a.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory: Callable[[], Any] = default.factory
        return factory
    value = None if default is attrs.NOTHING else default
    return lambda: value


def _plan(cls: type) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is not None:
        return plan
    attrs.resolve_types(cls)
    fields: list[_Field] = []
    off_wire: list[tuple[str, Callable[[], Any]]] = []
    known: set[str] = set()
    has_extra = False
    for a in attrs.fields(cls):
        rule = rule_of(a)
        if not rule.on_wire:
            if a.name == "extra":
                has_extra = True
            else:
                off_wire.append((a.name, _default_of(a)))
            continue
        key = wire_name(a)
        known.update((key, *rule.also_reads))
        inner = _optional_inner(a.type)
        target: Any = inner if inner is not None else a.type
        item: Any = None
        if typing.get_origin(target) is list:
            (item,) = typing.get_args(target) or (Any,)
        if attrs.has(target):
            kind, hook_type = _MODEL, target
        elif item is not None and attrs.has(item):
            kind, hook_type = _MODELS, item
        elif item is not None:
            kind, hook_type = _SCALARS, target
        else:
            kind, hook_type = _SCALAR, target
        fields.append(
            _Field(
                name=a.name,
                key=key,
                also_reads=rule.also_reads,
                kind=kind,
                target=hook_type,
                hook=value_hook(cls, hook_type),
                optional=inner is not None,
                required=a.default is attrs.NOTHING,
                default=_default_of(a),
            )
        )
    plan = _Plan(tuple(fields), tuple(off_wire), frozenset(known), has_extra)
    _PLANS[cls] = plan
    return plan


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def structure_tolerant(
    payload: object, cls: type[T], issues: list[str], *, path: str = "", strict: bool = False
) -> T:
    """``payload`` as a ``cls``, walked field by field: each value that does not parse
    appends its path to ``issues`` (or, ``strict``, raises :class:`ValueIssue`); a wrong
    shape raises :class:`ShapeError`."""
    return typing.cast(T, _model(cls, payload, path, issues, strict))


def _model(cls: type, d: object, path: str, issues: list[str], strict: bool) -> Any:
    if d.__class__ is not dict:
        raise ShapeError(path, f"expected an object for {cls.__name__}, got {type(d).__name__}")
    assert isinstance(d, dict)
    plan = _plan(cls)
    o: Any = object.__new__(cls)
    raw: dict[str, Any] = {}
    for f in plan.fields:
        key = f.key
        v = d.get(key, _MISSING)
        for other in f.also_reads:
            if v is not _MISSING:
                break
            key = other
            v = d.get(other, _MISSING)
        where = _join(path, key)
        if v is _MISSING:
            if f.required:
                raise ShapeError(where, f"missing required field of {cls.__name__}")
            value: Any = f.default()
        elif f.optional and (v is None or (v == "" and f.target is not str)):
            value = None
        elif f.kind == _MODEL:
            value = _model(f.target, v, where, issues, strict)
        elif f.kind == _MODELS:
            value = _models(f, v, where, issues, strict)
        else:
            if f.kind == _SCALARS and v is not None and v.__class__ is not list:
                raise ShapeError(where, f"expected an array, got {type(v).__name__}")
            try:
                value = f.hook(v, f.target)
            except Exception as exc:  # any hook's refusal of this one value
                if f.required:
                    raise ShapeError(where, f"required field unreadable ({_reason(exc)})") from None
                if strict:
                    raise ValueIssue(where, _reason(exc)) from None
                issues.append(where)
                raw[key] = exact_json(v)
                value = None if f.optional else f.default()
        setattr(o, f.name, value)
    for name, default in plan.off_wire:
        setattr(o, name, default())
    if plan.has_extra:
        extra = {k: exact_json(x) for k, x in d.items() if k not in plan.known}
        extra.update(raw)
        o.extra = extra
    return o


def _models(f: _Field, v: object, path: str, issues: list[str], strict: bool) -> list[Any]:
    if v is None:
        return []
    if v.__class__ is not list:
        raise ShapeError(path, f"expected an array, got {type(v).__name__}")
    assert isinstance(v, list)
    hook, target = f.hook, f.target
    items: list[Any] = []
    for index, item in enumerate(v):
        try:
            items.append(hook(item, target))
        except Exception:
            items.append(_model(target, item, f"{path}[{index}]", issues, strict))
    return items


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def structure_reporting(
    payload: object, cls: type[T], *, strict: bool = False
) -> tuple[T, list[str]]:
    """``payload`` as a ``cls`` and the paths of the values that did not parse (empty on
    the fast path: one try of the converter's own function)."""
    try:
        return converter.structure(payload, cls), []
    except Exception:  # walked again below: every error is found again, with its path
        pass
    issues: list[str] = []
    return structure_tolerant(payload, cls, issues, strict=strict), issues

"""The one cattrs converter: every wire rule of Komet lives here.

- camelCase on the wire, snake_case in Python (``wire(name=...)`` for Komet's odd keys);
- ``Decimal`` money, exact: a JSON number ``1300.25`` arrives as a float whose shortest
  ``repr`` is the original text (true up to 15 significant digits; the docs' precisions are
  at most 10), so ``Decimal(repr(value))`` restores exactly what the server wrote; an
  answer's money may group thousands in text (``"1,234.50"``), a request's may not;
- ids and flags sent as ``"1"`` or ``1`` (or ``true``) are accepted;
- ``YYYY-MM-DD`` dates and ``YYYY-MM-DD hh:mm:ss`` date-times;
- file content (``bytes``) as Komet writes it: comma-separated signed byte values;
- unknown response fields are kept in the model's ``extra`` (JSON numbers there as
  ``int`` or exact ``Decimal``, never ``float``, at any depth);
- requests drop ``None`` (an optional parameter not given is not sent).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import re
import types
import typing
from array import array
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, Union

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from ._secret import Secret
from ._wire import rule_of, wire_name

T = TypeVar("T")

__all__ = ["converter", "structure", "unstructure_request"]

converter = cattrs.Converter()

_TRUE = frozenset({"1", "true", "yes", "y", "t"})
_FALSE = frozenset({"0", "false", "no", "n", "f", ""})
_INT_RE = re.compile(r"[+-]?\d+\Z")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?\Z")

# Decimal text beyond these is refused (a decode error, like any bad value): Decimal reads
# "1e999999999" at once, but int() or a quantize of it then runs for minutes. Komet's money
# has at most 10 significant digits; these leave ample room for any real number.
MAX_DECIMAL_DIGITS = 40
MAX_DECIMAL_EXPONENT = 100
_MAX_DECIMAL_TEXT = 2 * MAX_DECIMAL_DIGITS + 10  # refused before parsing (leading zeros...)


def _structure_decimal(value: object, _: object) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("expected a decimal number, got a boolean")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"non-finite number {value!r}")
        return Decimal(repr(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip()
        if len(text) > _MAX_DECIMAL_TEXT:
            raise ValueError(f"decimal text too long ({len(text)} characters): {value[:40]!r}")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value[:40]!r}") from None
        if not result.is_finite():
            raise ValueError(f"non-finite number {value[:40]!r}")
        _, digits, exponent = result.as_tuple()
        if len(digits) > MAX_DECIMAL_DIGITS or abs(int(exponent)) > MAX_DECIMAL_EXPONENT:
            raise ValueError(
                f"decimal out of range (over {MAX_DECIMAL_DIGITS} digits or an exponent "
                f"beyond +-{MAX_DECIMAL_EXPONENT}): {value[:40]!r}"
            )
        return result
    if isinstance(value, Decimal):
        return value
    raise TypeError(f"expected a decimal number, got {type(value).__name__}")


def _structure_money(value: object, _: object) -> Decimal:
    """A ``Decimal`` of an answer: the plain rule, and thousands grouped with commas in
    text (``"1,234.50"``: third-party.md evidence, an integration strips them before
    storing ``invoice.details.list``'s ``amount``). Only that exact grouping is read
    (``"1,2"`` is refused); requests stay strict (a request model's field uses the plain
    rule)."""
    if isinstance(value, str) and "," in value:
        text = value.strip()
        if _GROUPED.match(text):
            value = text.replace(",", "")
    return _structure_decimal(value, Decimal)


def _structure_int(value: object, _: object) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        if value.isdigit() and value.isascii():
            return int(value)
        if _INT_RE.match(value.strip()):
            return int(value)
    # orjson parses an integer beyond 64 bits as a float: past 2**53 its digits are lost.
    if isinstance(value, float) and value.is_integer() and abs(value) <= 2**53:
        return int(value)
    raise ValueError(f"expected an integer, got {type(value).__name__} {str(value)[:40]!r}")


def _structure_bool(value: object, _: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValueError(f"expected a flag (1/0, true/false), got {str(value)[:40]!r}")


def _structure_str(value: object, _: object) -> str:
    if isinstance(value, str):
        return value
    # Komet types some identifiers as text but sends them as numbers on some pages.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"expected text, got {type(value).__name__}")


def _structure_date(value: object, _: object) -> dt.date:
    if isinstance(value, str):
        text = value.strip()
        # A date-time where a date is documented still names a day: keep the day.
        if len(text) > 10 and text[10] in " T":
            text = text[:10]
        return dt.date.fromisoformat(text)
    raise ValueError(f"expected a YYYY-MM-DD date, got {type(value).__name__}")


def _structure_datetime(value: object, _: object) -> dt.datetime:
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value.strip().replace(" ", "T", 1))
    raise ValueError(f"expected a date-time, got {type(value).__name__}")


def _bytes_from_ints(values: list[int]) -> bytes:
    low, high = min(values), max(values)
    if low >= 0 and high <= 255:
        return bytes(values)
    if low >= -128 and high <= 127:
        return array("b", values).tobytes()
    if low >= -128 and high <= 255:
        return bytes(v & 0xFF for v in values)
    raise ValueError("byte values must be between -128 and 255")


def _structure_bytes(value: object, _: object) -> bytes:
    # Komet documents file content as "array of bytes"; invoice.pdf.get's sample sends a
    # string of comma-separated signed (Java) bytes: "37, 80, -30, ...". A JSON array of the
    # same numbers and a base64 string (Java's default for byte[]) are accepted too.
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, list):
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise ValueError("expected an array of byte values")
        return _bytes_from_ints(value) if value else b""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return b""
        try:
            numbers = [int(part) for part in text.split(",")]
        except ValueError:
            try:
                return base64.b64decode(text, validate=True)
            except binascii.Error:
                raise ValueError("not a list of byte values nor base64") from None
        return _bytes_from_ints(numbers)
    raise ValueError(f"expected bytes, got {type(value).__name__}")


def _structure_any(value: object, _: object) -> Any:
    return value


converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook(bool, _structure_bool)
converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(dt.date, _structure_date)
converter.register_structure_hook(dt.datetime, _structure_datetime)
converter.register_structure_hook(bytes, _structure_bytes)
# A predicate hook: cattrs' singledispatch registration rejects typing.Any on Python 3.10.
converter.register_structure_hook_func(lambda tp: tp is Any, _structure_any)


def _optional_inner(tp: Any) -> Any | None:
    origin = typing.get_origin(tp)
    if origin is Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


def _is_optional(tp: Any) -> bool:
    return _optional_inner(tp) is not None


def _make_optional_hook(tp: Any) -> Callable[[object, object], Any]:
    inner = _optional_inner(tp)
    inner_hook = converter.get_structure_hook(inner)
    text_inner = inner is str

    def structure_optional(value: object, _: object) -> Any:
        # Komet writes "" for an absent number or date on some pages.
        if value is None or (value == "" and not text_inner):
            return None
        return inner_hook(value, inner)

    return structure_optional


converter.register_structure_hook_factory(_is_optional, _make_optional_hook)


def _is_list(tp: Any) -> bool:
    return typing.get_origin(tp) is list


def _make_list_hook(tp: Any) -> Callable[[object, object], list[Any]]:
    (item_type,) = typing.get_args(tp) or (Any,)
    item_hook = converter.get_structure_hook(item_type)

    def structure_list(value: object, _: object) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValueError(f"expected an array, got {type(value).__name__}")
        return [item_hook(item, item_type) for item in value]

    return structure_list


converter.register_structure_hook_factory(_is_list, _make_list_hook)


def _wire_overrides(cls: type) -> dict[str, Any]:
    attrs.resolve_types(cls)
    overrides: dict[str, Any] = {}
    for a in attrs.fields(cls):
        if not rule_of(a).on_wire:
            overrides[a.name] = override(omit=True)
        else:
            overrides[a.name] = override(rename=wire_name(a))
    return overrides


_MISSING = object()


def exact_json(value: Any) -> Any:
    """A JSON value kept as sent (``.extra``), with no ``float`` at any depth: a float
    becomes the ``Decimal`` of its shortest repr (the money rule, ``_structure_decimal``),
    so an unknown ``"total": 831.25`` reads ``Decimal("831.25")``; ints stay ints."""
    cls = value.__class__
    if cls is float:
        return _structure_decimal(value, Decimal)
    if cls is dict:
        return {k: exact_json(x) for k, x in value.items()} if value else value
    if cls is list:
        return [exact_json(x) for x in value] if value else value
    return value


# Flags as Komet usually writes them; anything else goes through ``_structure_bool``.
_FLAG_TEXT = {"1": True, "0": False, "true": True, "false": False}


def _list_item_type(tp: Any) -> Any | None:
    if typing.get_origin(tp) is list:
        (item_type,) = typing.get_args(tp) or (Any,)
        return item_type
    return None


def _is_request(cls: type) -> bool:
    # By name: komet_async.models._base imports this module's users, not the other way.
    return any(
        base.__name__ == "KometRequest" and base.__module__.endswith("models._base")
        for base in cls.__mro__
    )


def value_hook(cls: type, target: Any) -> Callable[[Any, Any], Any]:
    """The hook that reads a (non-None) value of type ``target`` into a field of ``cls``:
    the converter's, except that an answer's ``Decimal`` also reads grouped money text."""
    if target is Decimal and not _is_request(cls):
        return _structure_money
    return converter.get_structure_hook(target)


def _field_reader(cls: type, a: attrs.Attribute[Any]) -> tuple[str, str, str, dict[str, Any]]:
    """Code turning the wire value ``v`` into the value of field ``a``.

    Returns ``(fast_test, fast_value, slow_value, names)``: when ``fast_test`` holds (the
    common case: text that is already text, an int, a float for a Decimal, an array of
    objects), ``fast_value`` is the field's value with no hook call; otherwise
    ``slow_value`` is, which always ends in the type's hook, so every rule (and every
    error message) of the plain hooks still applies. ``None`` and ``""`` are handled by
    the caller.
    """
    tp: Any = a.type
    inner = _optional_inner(tp)
    target: Any = inner if inner is not None else tp
    n = a.name
    hook, t = f"h_{n}", f"t_{n}"
    names: dict[str, Any] = {hook: value_hook(cls, target), t: target}
    slow = f"{hook}(v, {t})"
    item_type = _list_item_type(target)
    if target is str:
        return "v.__class__ is str", "v", slow, names
    if target is int:
        # isdecimal() is exactly what int() and the hook's \d accept (Unicode Nd digits).
        slow = f"int(v) if v.__class__ is str and v.isdecimal() else {slow}"
        return "v.__class__ is int", "v", slow, names
    if target is bool:
        names["flag_of"] = _FLAG_TEXT.get
        slow = f"b if v.__class__ is str and (b := flag_of(v)) is not None else {slow}"
        return "v.__class__ is bool", "v", slow, names
    if target is Decimal:
        # A finite float (v - v is 0.0 only then) is exact as its shortest repr.
        names["Decimal"], names["repr"] = Decimal, repr
        slow = f"Decimal(v) if v.__class__ is int else {slow}"
        return "v.__class__ is float and v - v == 0.0", "Decimal(repr(v))", slow, names
    if target is Any:
        return "True", "v", slow, names
    if attrs.has(target):
        return "v.__class__ is dict", f"{hook}(v, None)", slow, names
    if item_type is not None and attrs.has(item_type):
        item_hook = f"i_{n}"
        names[item_hook] = converter.get_structure_hook(item_type)
        return "v.__class__ is list", f"[{item_hook}(x, None) for x in v]", slow, names
    return "False", "None", slow, names


def _make_model_structure_hook(cls: type) -> Callable[[object, object], Any]:
    """Generate one straight-line structure function per model (see ``_field_reader``).

    It builds the instance without calling ``__init__`` (every field is assigned here,
    defaults included), and keeps keys it does not know in ``extra``. Per field, the
    common case costs one class test; ``None``, ``""`` and odd values take the slower
    branches below it.
    """
    attrs.resolve_types(cls)
    fields = attrs.fields(cls)
    # Keys read into a field (its wire name and the other spellings it also reads) are not
    # unknown: they never land in ``extra``.
    known = frozenset(
        key
        for a in fields
        if rule_of(a).on_wire
        for key in (wire_name(a), *rule_of(a).also_reads)
    )
    namespace: dict[str, Any] = {
        "cls": cls,
        "new": object.__new__,
        "MISSING": _MISSING,
        "known": known,
        "not_object": f"expected an object for {cls.__name__}, got ",
    }
    lines = [
        "def structure(d, _):",
        "    if d.__class__ is not dict:",
        "        raise ValueError(not_object + type(d).__name__)",
        "    o = new(cls)",
        "    g = d.get",
    ]
    for a in fields:
        default = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            namespace[f"f_{a.name}"] = default.factory
            default_expr = f"f_{a.name}()"
        elif default is attrs.NOTHING:
            default_expr = None
        else:
            namespace[f"d_{a.name}"] = default
            default_expr = f"d_{a.name}"
        if a.name == "extra" and not rule_of(a).on_wire:
            namespace["exact"] = exact_json
            lines.append(
                "    o.extra = {} if known.issuperset(d) else "
                "{k: exact(x) for k, x in d.items() if k not in known}"
            )
            continue
        if not rule_of(a).on_wire:
            lines.append(f"    o.{a.name} = {default_expr or 'None'}")
            continue
        fast_test, fast_value, slow_value, names = _field_reader(cls, a)
        namespace.update(names)
        optional = _optional_inner(a.type)
        key = wire_name(a)
        lines.append(f"    v = g({key!r}, MISSING)")
        for other in rule_of(a).also_reads:
            lines.append(f"    if v is MISSING: v = g({other!r}, MISSING)")
        lines.append(f"    if {fast_test}:")
        lines.append(f"        o.{a.name} = {fast_value}")
        lines.append("    elif v is MISSING:")
        if default_expr is None:
            namespace[f"m_{a.name}"] = f"missing required field {key!r} of {cls.__name__}"
            lines.append(f"        raise ValueError(m_{a.name})")
        else:
            lines.append(f"        o.{a.name} = {default_expr}")
        if optional is not None:
            # Komet writes "" for an absent number or date on some pages.
            empty = "" if optional is str else ' or v == ""'
            lines.append(f"    elif v is None{empty}:")
            lines.append(f"        o.{a.name} = None")
        lines.append("    else:")
        lines.append(f"        o.{a.name} = {slow_value}")
    lines.append("    return o")
    source = "\n".join(lines)
    exec(compile(source, f"<komet_async structure {cls.__qualname__}>", "exec"), namespace)
    structure_fn: Callable[[object, object], Any] = namespace["structure"]
    return structure_fn


converter.register_structure_hook_factory(attrs.has, _make_model_structure_hook)


# --- requests ---------------------------------------------------------------------------
# A request is unstructured into "wire values": str, int, bool, Decimal, lists and dicts of
# them. The transport then writes them as JSON (numbers stay numbers) or as a query string.


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()


def _unstructure_datetime(value: dt.datetime) -> str:
    # Komet's date-time filters (updatedAsOf) are "YYYY-MM-DD hh:mm:ss" in GMT.
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value.strftime("%Y-%m-%d %H:%M:%S")


def _unstructure_bytes(value: bytes) -> str:
    # Files are sent the way Komet sends them (invoice.pdf.get): signed byte values,
    # comma-separated, in one string (the docs name no other encoding for uploads).
    return ",".join(map(str, array("b", value)))


converter.register_unstructure_hook(dt.date, _unstructure_date)
converter.register_unstructure_hook(dt.datetime, _unstructure_datetime)
converter.register_unstructure_hook(Decimal, lambda d: d)
converter.register_unstructure_hook(bytes, _unstructure_bytes)
# login's password stays a Secret until the wire encoder writes it.
converter.register_unstructure_hook(Secret, lambda s: s)


def _make_model_unstructure_hook(cls: type) -> Callable[[Any], dict[str, Any]]:
    base: Callable[[Any], Any] = make_dict_unstructure_fn(
        cls, converter, _cattrs_omit_if_default=True, **_wire_overrides(cls)
    )
    flag_fields = [
        (wire_name(a), rule_of(a).bool_style)
        for a in attrs.fields(cls)
        if rule_of(a).on_wire and (a.type is bool or _optional_inner(a.type) is bool)
    ]
    keeps_extra = any(a.name == "extra" for a in attrs.fields(cls))
    joined_fields = [
        (wire_name(a), joined) for a in attrs.fields(cls) if (joined := rule_of(a).joined)
    ]

    def unstructure_model(obj: Any) -> dict[str, Any]:
        payload: dict[str, Any] = base(obj)
        # Omitting defaults drops the Nones; a None with a non-None default must go too.
        for key in [k for k, v in payload.items() if v is None]:
            del payload[key]
        for key, style in flag_fields:
            if key in payload and style == "01":
                payload[key] = 1 if payload[key] else 0
        for key, separator in joined_fields:
            if key in payload:
                payload[key] = separator.join(str(v) for v in payload[key])
        # ``extra`` goes back on the wire as it came: unknown answer fields round-trip, and
        # a request item can carry fields the docs cut off (GAP), as extra_body does on top.
        if keeps_extra and obj.extra:
            payload.update({key: converter.unstructure(v) for key, v in obj.extra.items()})
        return payload

    return unstructure_model


converter.register_unstructure_hook_factory(attrs.has, _make_model_unstructure_hook)


def model_list_fields(cls: type) -> tuple[tuple[str, str, type], ...]:
    """``(wire key, attribute, item model)`` of each array-of-models field of ``cls``: the
    fields whose answers may be large enough to decode in slices (see ``_decode``)."""
    found = _MODEL_LISTS.get(cls)
    if found is None:
        found = ()
        if attrs.has(cls):
            attrs.resolve_types(cls)
            found = tuple(
                (wire_name(a), a.name, item_type)
                for a in attrs.fields(cls)
                if rule_of(a).on_wire
                and (item_type := _list_item_type(a.type)) is not None
                and attrs.has(item_type)
            )
        _MODEL_LISTS[cls] = found
    return found


_MODEL_LISTS: dict[type, tuple[tuple[str, str, type], ...]] = {}


def structure(payload: object, cls: type[T]) -> T:
    return converter.structure(payload, cls)


def unstructure_request(request: object) -> dict[str, Any]:
    result = converter.unstructure(request)
    if not isinstance(result, dict):
        raise TypeError("a request model must unstructure to a dict")
    return result

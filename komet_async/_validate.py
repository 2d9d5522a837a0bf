"""Validation of request models against the documented rules, before anything is sent.

The rules live on the fields (:func:`komet_async._wire.wire`): types from the annotations,
lengths, decimal precision, ranges, allowed values. Rules that tie fields together are
declared on the class as ``REQUIRE_ONE_OF`` (either-or groups) and, for anything else, a
``check(self)`` method that raises :class:`RequestValidationError`.

A failure names the *Python* field (``items[3].box_type_code``) and the rule.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import typing
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from . import _constants as C
from ._constants import JSON_EXACT_DIGITS
from ._convert import _optional_inner
from ._wire import WireRule, rule_of
from .errors import ItemValidationError, RequestValidationError

Check = Callable[[Any, str], None]


def validate(request: object, *, komet_method: str | None = None, prefix: str = "") -> None:
    """Raise :class:`RequestValidationError` if ``request`` breaks a documented rule.

    ``prefix`` names where the request sits in the caller's input (``"lines[3]."``).
    """
    try:
        _check_model(request, prefix)
    except RequestValidationError as exc:
        if komet_method is None or exc.komet_method is not None:
            raise
        error = RequestValidationError(exc.field, exc.rule, komet_method=komet_method)
    else:
        return
    raise error


def errors_of(
    request: object, *, komet_method: str | None = None, prefix: str = ""
) -> list[RequestValidationError]:
    """Every rule ``request`` breaks, one error per field (in the order :func:`validate`
    checks them, so the first is the one it raises); empty if it is valid.

    The class-wide rules (``REQUIRE_ONE_OF``, ``check()``) run only once every field is
    well-typed: they may assume it.
    """
    errors: list[RequestValidationError] = []
    for check in _checks_for(type(request)):
        try:
            check(request, prefix)
        except RequestValidationError as exc:
            errors.append(exc)
    if not errors:
        try:
            _check_class_rules(request, prefix)
        except RequestValidationError as exc:
            errors.append(exc)
    return [_with_method(exc, komet_method) for exc in errors]


def item_errors(
    items: Sequence[object],
    *,
    field: str,
    komet_method: str | None = None,
    item_type: type | None = None,
) -> list[ItemValidationError]:
    """Every rule each of ``items`` breaks, named as the caller passed them
    (``field[index].name``), in input order; empty if all are valid.

    With ``item_type``, an item of another type is one error (``lines[2]: must be an
    InventoryLine``) and is not checked further.
    """
    return _errors_of_items(items, 0, len(items), field, komet_method, item_type)


async def item_errors_in_slices(
    items: Sequence[object],
    *,
    field: str,
    komet_method: str | None = None,
    item_type: type | None = None,
) -> list[ItemValidationError]:
    """:func:`item_errors`, ``ITEMS_PER_SLICE`` items at a time with the event loop free in
    between (5,000 inventory lines take ~40 ms to check: the host's other tasks must not
    wait that long)."""
    errors: list[ItemValidationError] = []
    for start in range(0, len(items), C.VALIDATE_ITEMS_PER_SLICE):
        if start:
            await asyncio.sleep(0)
        stop = min(start + C.VALIDATE_ITEMS_PER_SLICE, len(items))
        errors += _errors_of_items(items, start, stop, field, komet_method, item_type)
    return errors




def _errors_of_items(
    items: Sequence[object],
    start: int,
    stop: int,
    field: str,
    komet_method: str | None,
    item_type: type | None,
) -> list[ItemValidationError]:
    errors: list[ItemValidationError] = []
    for index in range(start, stop):
        item = items[index]
        where = f"{field}[{index}]"
        if item_type is not None and not isinstance(item, item_type):
            errors.append(
                ItemValidationError(
                    where,
                    f"must be a{'n' if item_type.__name__[:1] in 'AEIOU' else ''} "
                    f"{item_type.__name__}",
                    index=index,
                    komet_method=komet_method,
                )
            )
            continue
        for exc in errors_of(item, prefix=where + "."):
            errors.append(
                ItemValidationError(
                    exc.field, exc.rule, index=index, komet_method=exc.komet_method or komet_method
                )
            )
    return errors


def _with_method(exc: RequestValidationError, komet_method: str | None) -> RequestValidationError:
    if komet_method is None or exc.komet_method is not None:
        return exc
    return RequestValidationError(exc.field, exc.rule, komet_method=komet_method)


def renamed(exc: RequestValidationError, model_field: str, argument: str) -> RequestValidationError:
    """``exc`` naming the caller's ``argument`` where it named the request model's
    ``model_field`` (``boxes[3].new_box_code`` -> ``changes[3].new_box_code``).

    Any other error (another field, a subclass carrying more than field and rule) is
    returned as it is.
    """
    field = exc.field
    if (
        not model_field
        or type(exc) is not RequestValidationError
        or not (field == model_field or field.startswith((model_field + "[", model_field + ".")))
    ):
        return exc
    return RequestValidationError(
        argument + field[len(model_field) :], exc.rule, komet_method=exc.komet_method
    )


def validate_as(request: object, *, komet_method: str, names: dict[str, str]) -> None:
    """:func:`validate`, with the request model's fields named as the caller passed them
    (``names``: model field -> argument, ``{"purchase_order_items": "items"}``)."""
    try:
        validate(request, komet_method=komet_method)
    except RequestValidationError as exc:
        error = exc
        for model_field, argument in names.items():
            error = renamed(error, model_field, argument)
        if error is exc:
            raise
    else:
        return
    raise error from None


def _check_model(obj: object, prefix: str) -> None:
    for check in _checks_for(type(obj)):
        check(obj, prefix)
    _check_class_rules(obj, prefix)


def _check_class_rules(obj: object, prefix: str) -> None:
    groups: tuple[tuple[str, ...], ...] = getattr(obj, "REQUIRE_ONE_OF", ())
    for group in groups:
        if all(getattr(obj, name) is None for name in group):
            raise RequestValidationError(
                prefix + group[0], "one of " + ", ".join(group) + " is required"
            )
    extra_check = getattr(obj, "check", None)
    if extra_check is not None:
        try:
            extra_check()
        except RequestValidationError as exc:
            if not prefix or type(exc) is not RequestValidationError:
                raise
            # A model's own check() names its fields; say where the model sits.
            raise RequestValidationError(
                prefix + exc.field, exc.rule, komet_method=exc.komet_method
            ) from None


_CHECKS: dict[type, tuple[Check, ...]] = {}


def _checks_for(cls: type) -> tuple[Check, ...]:
    checks = _CHECKS.get(cls)
    if checks is None:
        checks = _CHECKS[cls] = _build_checks(cls)
    return checks


def _build_checks(cls: type) -> tuple[Check, ...]:
    attrs.resolve_types(cls)
    checks: list[Check] = []
    for a in attrs.fields(cls):
        rule = rule_of(a)
        if a.name == "extra" and not rule.on_wire:
            # ``extra`` goes on the wire as it is: a mapping of wire names, checked like a
            # field so a wrong type is refused before sending, never an AttributeError.
            checks.append(_field_check(a.name, _check_extra))
            continue
        if not rule.on_wire:
            continue
        value_check = _value_check(a.type, rule)
        checks.append(_field_check(a.name, value_check))
    return tuple(checks)


def _check_extra(value: Any, where: str) -> None:
    if not isinstance(value, dict):
        raise RequestValidationError(
            where, f"must be a dict of wire names, not {type(value).__name__}"
        )
    for key in value:
        if not isinstance(key, str):
            raise RequestValidationError(where, "keys must be wire names (str)")


def _field_check(name: str, value_check: Check) -> Check:
    def check(obj: Any, prefix: str) -> None:
        value_check(getattr(obj, name), prefix + name)

    return check


def _value_check(tp: Any, rule: WireRule) -> Check:
    inner = _optional_inner(tp)
    if inner is not None:
        inner_check = _value_check(inner, rule)

        def check_optional(value: Any, where: str) -> None:
            if value is not None:
                inner_check(value, where)

        return check_optional
    if tp is str:
        return functools.partial(_check_str, rule=rule)
    if tp is bool:
        return _check_bool
    if tp is int:
        return functools.partial(_check_int, rule=rule)
    if tp is Decimal:
        return functools.partial(_check_decimal, rule=rule)
    if tp is dt.datetime:
        return _check_datetime
    if tp is dt.date:
        return _check_date
    if typing.get_origin(tp) is list:
        (item_type,) = typing.get_args(tp)
        item_rule = attrs.evolve(rule, max_len=rule.item_max_len, max_items=None, min_len=None)
        item_check = _value_check(item_type, item_rule)
        return functools.partial(_check_list, item_check=item_check, rule=rule)
    if isinstance(tp, type) and attrs.has(tp):
        return functools.partial(_check_nested, cls=tp)
    return _check_nothing


def _fail(where: str, rule: str) -> typing.NoReturn:
    raise RequestValidationError(where, rule)


def _required(value: Any, where: str, kind: str) -> None:
    if value is None:
        _fail(where, "is required")
    _fail(where, f"must be {kind}, not {type(value).__name__}")


def _check_str(value: Any, where: str, *, rule: WireRule) -> None:
    if not isinstance(value, str):
        _required(value, where, "text")
    if rule.max_len is not None and len(value) > rule.max_len:
        _fail(where, f"must be at most {rule.max_len} characters (got {len(value)})")
    if rule.min_len is not None and len(value) < rule.min_len:
        _fail(where, f"must be at least {rule.min_len} characters")
    if "\x00" in value:
        _fail(where, "must not contain NUL characters")
    if not value.isascii() and not _is_unicode(value):
        # yarl silently drops a lone surrogate from a query string; orjson refuses it.
        _fail(where, "must be valid Unicode text (it holds a lone surrogate)")
    if rule.choices is not None:
        candidate = value.lower() if rule.case_insensitive else value
        allowed = [c.lower() for c in rule.choices] if rule.case_insensitive else rule.choices
        if candidate not in allowed:
            _fail(where, "must be one of: " + ", ".join(rule.choices))


def _is_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_bool(value: Any, where: str) -> None:
    if not isinstance(value, bool):
        _required(value, where, "a bool")


def _check_int(value: Any, where: str, *, rule: WireRule) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        _required(value, where, "an int")
    # Compared as numbers: str() of an int over 4,300 digits raises ValueError.
    if rule.digits is not None and abs(value) >= 10 ** rule.digits[0]:
        _fail(where, f"must have at most {rule.digits[0]} digits")
    _check_range(value, where, rule)


def _check_range(value: int | Decimal, where: str, rule: WireRule) -> None:
    if rule.min_value is not None and value < rule.min_value:
        _fail(where, f"must be at least {rule.min_value}")
    if rule.max_value is not None and value > rule.max_value:
        _fail(where, f"must be at most {rule.max_value}")


def _check_decimal(value: Any, where: str, *, rule: WireRule) -> None:
    if isinstance(value, float):
        # A float has already lost the cents it cannot represent; refuse to guess.
        _fail(where, "must be a decimal.Decimal (or int), not float")
    if isinstance(value, int) and not isinstance(value, bool):
        value = Decimal(value)
    if not isinstance(value, Decimal):
        _required(value, where, "a decimal.Decimal")
    if not value.is_finite():
        _fail(where, "must be a finite number")
    if rule.digits is not None:
        precision, scale = rule.digits
        _sign, digits, exponent = value.normalize().as_tuple()
        assert isinstance(exponent, int)
        decimals = max(0, -exponent)
        whole = max(0, len(digits) + exponent) if value != 0 else 0
        if decimals > scale:
            _fail(where, f"must have at most {scale} decimal places (decimal:{precision},{scale})")
        if whole > precision - scale:
            _fail(
                where,
                f"must have at most {precision - scale} digits before the point "
                f"(decimal:{precision},{scale})",
            )
    else:
        # A JSON body carries a Decimal as a number (see _wire_encoding._json_default): past
        # 15 significant digits, or a float's range, the server would read another amount.
        _sign, digits, _exponent = value.normalize().as_tuple()
        if len(digits) > JSON_EXACT_DIGITS:
            _fail(where, f"must have at most {JSON_EXACT_DIGITS} significant digits")
        if value != 0 and not -300 <= value.adjusted() <= 300:
            _fail(where, "must be between 1E-300 and 1E+300 in size")
    _check_range(value, where, rule)


def _check_date(value: Any, where: str) -> None:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        _required(value, where, "a datetime.date")


def _check_datetime(value: Any, where: str) -> None:
    if not isinstance(value, dt.datetime):
        _required(value, where, "a datetime.datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        _fail(where, "must be timezone-aware (it is sent in GMT)")


def _check_list(value: Any, where: str, *, item_check: Check, rule: WireRule) -> None:
    if not isinstance(value, (list, tuple)):
        _required(value, where, "a list")
    if rule.min_len is not None and len(value) < rule.min_len:
        _fail(where, f"must hold at least {rule.min_len} item(s)")
    if rule.max_items is not None and len(value) > rule.max_items:
        _fail(where, f"must hold at most {rule.max_items} items")
    for index, item in enumerate(value):
        item_check(item, f"{where}[{index}]")


def _check_nested(value: Any, where: str, *, cls: type) -> None:
    if not isinstance(value, cls):
        _required(value, where, f"a {cls.__name__}")
    _check_model(value, where + ".")


def _check_nothing(value: Any, where: str) -> None:
    return None

"""Generic request checks driven by ``spec.json``: each returns a rule failure or None."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import rules
from ._spec import DateWindow, MethodSpec, ParamRules
from ._tokens import TokenInfo


@dataclass(frozen=True)
class Failure:
    rule: rules.Rule
    fields: dict[str, Any]

    @property
    def message(self) -> str:
        return self.rule.render(**self.fields)


def _fail(rule: rules.Rule, **fields: Any) -> Failure:
    return Failure(rule, fields)


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != []


def check_token_scope(spec: MethodSpec, token: TokenInfo) -> Failure | None:
    """The token's type must be documented for the method, and the method ticked."""
    if token.kind not in spec.tokens:
        return _fail(rules.TOKEN_KIND_NOT_ALLOWED, kind=token.kind.capitalize(), method=spec.name)
    if spec.name not in token.methods:
        return _fail(rules.METHOD_NOT_ALLOWED, method=spec.name)
    return None


def check_headers(spec: MethodSpec, headers: Mapping[str, str]) -> Failure | None:
    for header in spec.headers_required:
        if not headers.get(header):
            return _fail(rules.HEADER_REQUIRED, header=header)
    return None


def _check_object(rules_: ParamRules, values: Mapping[str, Any], prefix: str) -> Failure | None:
    for name in rules_.required:
        if not _present(values.get(name)):
            return _fail(rules.PARAM_REQUIRED, param=prefix + name)
    for name, limit in rules_.max_lengths.items():
        value = values.get(name)
        if isinstance(value, str) and len(value) > limit:
            return _fail(rules.PARAM_TOO_LONG, param=prefix + name, limit=limit)
    for name, item_rules in rules_.items.items():
        items = values.get(name)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if isinstance(item, Mapping):
                failure = _check_object(item_rules, item, f"{prefix}{name}[{index}].")
                if failure is not None:
                    return failure
    return None


def check_params(
    spec: MethodSpec, params: Mapping[str, Any], body_array: list[Any] | None = None
) -> Failure | None:
    """Required parameters, at-least-one-of groups, text lengths (array items included).
    For a method whose body is an array, each of its objects is checked by those rules."""
    if body_array is not None:
        if not body_array:
            return _fail(rules.PARAM_REQUIRED, param="[0]")
        for index, item in enumerate(body_array):
            if not isinstance(item, Mapping):
                return _fail(rules.BAD_PARAM, param=f"[{index}]")
            failure = _check_object(spec.params, item, f"[{index}].")
            if failure is not None:
                return failure
        return None
    failure = _check_object(spec.params, params, "")
    if failure is not None:
        return failure
    for group in spec.one_of:
        if not any(_present(params.get(name)) for name in group):
            return _fail(rules.ONE_OF_REQUIRED, params=", ".join(group))
    return None


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))


def _parse_date(params: Mapping[str, Any], name: str) -> dt.date | Failure | None:
    value = params.get(name)
    if not _present(value):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return _fail(rules.BAD_DATE, param=name)


def _window_failure(window: DateWindow, first: dt.date, last: dt.date) -> Failure | None:
    if window.max_days is not None and (last - first).days > window.max_days - 1:
        limit = f"{window.max_days} days"
    elif window.max_months is not None and last > add_months(first, window.max_months):
        limit = f"{window.max_months} months"
    else:
        return None
    return _fail(
        rules.WINDOW_TOO_WIDE, date_from=first.isoformat(), date_to=last.isoformat(), limit=limit
    )


def check_windows(spec: MethodSpec, params: Mapping[str, Any]) -> Failure | None:
    """Date ranges: ``max_days`` counts calendar days inclusive (4 days = D..D+3)."""
    for window in spec.windows:
        first = _parse_date(params, window.date_from)
        last = _parse_date(params, window.date_to)
        for parsed in (first, last):
            if isinstance(parsed, Failure):
                return parsed
        if isinstance(first, dt.date) and isinstance(last, dt.date):
            failure = _window_failure(window, first, last)
            if failure is not None:
                return failure
    return None

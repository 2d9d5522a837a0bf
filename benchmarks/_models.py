"""pydantic v2 and msgspec twins of the SDK's attrs models, generated from them.

Built field by field from the attrs classes (same fields, types, wire names, defaults), so
each library decodes into the same typed shape: ``Optional`` fields, ``Decimal`` money,
dates, nested arrays. pydantic keeps unknown keys (``extra="allow"``), as the SDK keeps them
in ``.extra``; msgspec cannot keep them and skips them (less work than the others do).
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from decimal import Decimal
from typing import Any, Union

import attrs
import msgspec
import pydantic

from komet_async._wire import rule_of, wire_name

_SCALARS = (int, str, bool, float, Decimal, dt.date, dt.datetime, bytes)


def _map(tp: Any, make: Any, cache: dict[type, Any]) -> Any:
    origin = typing.get_origin(tp)
    if origin is Union or origin is types.UnionType:
        args = tuple(_map(a, make, cache) for a in typing.get_args(tp))
        return Union[args]  # noqa: UP007 - built at run time
    if origin is list:
        (item,) = typing.get_args(tp)
        return list[_map(item, make, cache)]  # type: ignore[misc]
    if origin is dict:
        key, value = typing.get_args(tp)
        return dict[_map(key, make, cache), _map(value, make, cache)]  # type: ignore[misc]
    if tp is Any or tp is type(None) or tp in _SCALARS:
        return tp
    if attrs.has(tp):
        if tp not in cache:
            cache[tp] = make(tp)
        return cache[tp]
    raise TypeError(f"no twin for {tp!r}")


def _wire_fields(cls: type) -> list[attrs.Attribute[Any]]:
    attrs.resolve_types(cls)
    return [a for a in attrs.fields(cls) if rule_of(a).on_wire]


def pydantic_twin(cls: type) -> type[pydantic.BaseModel]:
    cache: dict[type, Any] = {}

    def make(model: type) -> type[pydantic.BaseModel]:
        fields: dict[str, Any] = {}
        for a in _wire_fields(model):
            tp = _map(a.type, make, cache)
            if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
                info = pydantic.Field(alias=wire_name(a), default_factory=a.default.factory)
            elif a.default is attrs.NOTHING:
                info = pydantic.Field(alias=wire_name(a))
            else:
                info = pydantic.Field(alias=wire_name(a), default=a.default)
            fields[a.name] = (tp, info)
        config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
        return pydantic.create_model(  # type: ignore[no-any-return, call-overload]
            "P" + model.__name__, __config__=config, **fields
        )

    return _map(cls, make, cache)  # type: ignore[no-any-return]


def msgspec_twin(cls: type) -> type[msgspec.Struct]:
    cache: dict[type, Any] = {}

    def make(model: type) -> type[msgspec.Struct]:
        fields: list[tuple[str, Any, Any]] = []
        for a in _wire_fields(model):
            tp = _map(a.type, make, cache)
            if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
                default = msgspec.field(name=wire_name(a), default_factory=a.default.factory)
            elif a.default is attrs.NOTHING:
                default = msgspec.field(name=wire_name(a))
            else:
                default = msgspec.field(name=wire_name(a), default=a.default)
            fields.append((a.name, tp, default))
        return msgspec.defstruct("M" + model.__name__, fields, kw_only=True)

    return _map(cls, make, cache)  # type: ignore[no-any-return]

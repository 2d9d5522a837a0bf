"""Every type a public method takes or returns can be imported from ``komet_async``.

A user annotating their own code (``def handle(page: komet.BoxMoveAwbResponse)``) must not
have to reach into a private module. The walk starts at ``KometSession`` -- its constructor,
its own methods, and every namespace it builds (``k.products``, ``k.boxes``, ...) -- and
``komet_async.login``; it reads each public method's annotations with
``typing.get_type_hints`` and follows them through generics, unions, ``Callable``,
``KometList``, ``BulkResult``, ``Sequence``, ``AsyncIterator`` ... and into the fields of
every attrs model it meets. Every class defined in ``komet_async`` found that way (attrs
models, enums, exceptions, ``KometList``, ``CallOptions``) must be in ``__all__``; only the
namespace classes themselves (``Resource`` subclasses, reached through the session) are not.
"""

from __future__ import annotations

import ast
import enum
import functools
import inspect
import sys
import typing
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import attrs

import komet_async as komet
from komet_async import errors
from komet_async._session import KometSession
from komet_async.resources._base import Resource


@functools.cache
def type_checking_names(module: ModuleType) -> dict[str, Any]:
    """The names ``module`` imports under ``if TYPE_CHECKING:`` (``Unpack``, ``Self``,
    ``CallOptions`` ...), which its string annotations use but its namespace lacks."""
    names: dict[str, Any] = {"__name__": module.__name__, "__package__": module.__package__}
    tree = ast.parse(inspect.getsource(module))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in (
            "TYPE_CHECKING",
            "typing.TYPE_CHECKING",
        ):
            code = compile(
                ast.Module(body=node.body, type_ignores=[]), str(module.__file__), "exec"
            )
            exec(code, names)
    return names


def hints(obj: Callable[..., Any] | type) -> dict[str, Any]:
    owners = obj.__mro__ if isinstance(obj, type) else (obj,)
    local: dict[str, Any] = {}
    for owner in reversed(owners):
        module = sys.modules.get(owner.__module__)
        if module is not None and module.__name__.startswith("komet_async"):
            local.update(type_checking_names(module))
    return typing.get_type_hints(obj, localns=local)


def classes_in(annotation: Any) -> Iterator[type]:
    """Every class an annotation names, through generics, unions and ``Callable``."""
    if isinstance(annotation, list):  # Callable's argument list
        for item in annotation:
            yield from classes_in(item)
        return
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return
    if origin is not None:
        if isinstance(origin, type):
            yield origin
        for arg in typing.get_args(annotation):
            yield from classes_in(arg)
    elif isinstance(annotation, type):
        yield annotation


def public_callables(cls: type) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") and name != "__init__":
            continue
        if isinstance(member, property) and member.fget is not None:
            yield name, member.fget
        elif inspect.isfunction(member) and member.__module__.startswith("komet_async"):
            yield name, member


def namespace_classes() -> dict[str, type]:
    """The session's namespaces: its cached properties, by name."""
    found = {}
    for name, attr in vars(KometSession).items():
        if isinstance(attr, functools.cached_property):
            found[name] = hints(attr.func)["return"]
    return found


def referenced_types() -> dict[type, str]:
    """Every komet_async class the public methods name, with where it was first met."""
    found: dict[type, str] = {}

    def visit(cls: type, where: str) -> None:
        if cls in found or not cls.__module__.startswith("komet_async"):
            return
        if issubclass(cls, Resource):
            walk(cls, where)  # a nested namespace: its methods count, not the class
            return
        found[cls] = where
        if attrs.has(cls):
            for field, annotation in hints(cls).items():
                for inner in classes_in(annotation):
                    visit(inner, f"{where} -> {cls.__name__}.{field}")

    walked: set[type] = set()

    def walk(owner: type, prefix: str) -> None:
        if owner in walked:
            return
        walked.add(owner)
        for method_name, method in public_callables(owner):
            if issubclass(owner, Resource) and method_name == "__init__":
                continue  # built by the session from its dispatcher: not user-facing
            for param, annotation in hints(method).items():
                for cls in classes_in(annotation):
                    visit(cls, f"{prefix}.{method_name}({param})")

    walk(KometSession, "KometSession")
    for name, cls in namespace_classes().items():
        walk(cls, f"k.{name}")
    for param, annotation in hints(komet.login).items():
        for cls in classes_in(annotation):
            visit(cls, f"komet_async.login({param})")
    return found


def missing_exports(exported: typing.Collection[str]) -> list[str]:
    """``Name (module; where it is used)`` for each referenced class not in ``exported``."""
    return sorted(
        f"{cls.__name__} ({cls.__module__}; {where})"
        for cls, where in referenced_types().items()
        if cls.__name__ not in exported or getattr(komet, cls.__name__, None) is not cls
    )


def test_the_walk_sees_every_namespace_and_their_models() -> None:
    """Not vacuous: the session's namespaces are found, and the walk reaches through
    KometList, BulkResult, Sequence, AsyncIterator, Callable and model fields."""
    assert set(namespace_classes()) >= {
        "products",
        "boxes",
        "inventory",
        "invoices",
        "prebooks",
        "purchase_orders",
        "customers",
        "locations",
        "carriers",
        "vendors",
        "awbs",
    }
    names = {cls.__name__ for cls in referenced_types()}
    assert names >= {
        "KometList",  # list methods
        "Product",  # inside KometList[Product]
        "BulkResult",  # bulk helpers
        "InventoryAddResponse",  # inside BulkResult[InventoryLine, InventoryAddResponse]
        "SyncReport",  # invoices.sync_pending
        "Invoice",  # inside AsyncIterator[Invoice] and the handler's Callable
        "InvoiceLine",  # a field of Invoice
        "ResponseInfo",  # a field of every Envelope
        "CallOptions",  # **options: Unpack[CallOptions]
        "RetryPolicy",  # KometSession(retry_policy=)
        "QuotaStatus",  # k.quota
        "Reservation",  # k.reserve()
    }
    kinds = {
        "attrs" if attrs.has(c) else "enum" if issubclass(c, enum.Enum) else "other"
        for c in referenced_types()
    }
    assert "attrs" in kinds


def test_every_type_a_public_method_takes_or_returns_is_exported() -> None:
    assert missing_exports(komet.__all__) == []


def test_the_export_check_can_fail() -> None:
    """Without one of the names, the check above names it (and where it is used)."""
    for name in ("SyncReport", "BoxMoveAwbResponse", "PurchaseOrderCustomField"):
        missing = missing_exports(set(komet.__all__) - {name})
        assert [m.split(" ")[0] for m in missing] == [name], missing


def test_every_error_and_warning_is_exported() -> None:
    public = {
        name: value
        for name, value in vars(errors).items()
        if isinstance(value, type)
        and issubclass(value, Exception)
        and value.__module__ == errors.__name__
    }
    public |= {
        "BulkError": komet.BulkError,
        "VendorIgnoredFieldWarning": komet.VendorIgnoredFieldWarning,
    }
    assert sorted(set(public) - set(komet.__all__)) == []
    assert all(getattr(komet, name) is value for name, value in public.items())


def test_all_names_resolve() -> None:
    """``__all__`` lists only what the package has (a stale name breaks ``import *``)."""
    assert [name for name in komet.__all__ if not hasattr(komet, name)] == []

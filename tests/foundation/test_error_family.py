"""One error family: every error class of ``komet_async.errors`` is a ``KometError`` that
survives pickling (a worker process raising one reaches its parent whole, not as a
``BrokenProcessPool``) with its fields and without the token."""

from __future__ import annotations

import datetime as dt
import inspect
import pickle
from typing import Any

import aiohttp
import pytest

import komet_async as komet
from komet_async import errors
from tests.conftest import ScriptedServer

TOKEN = "qq7distinctive7token7xyzzy7leak"

# A sample value for every constructor parameter an error class of errors.py takes.
SAMPLES: dict[str, Any] = {
    "message": "Something failed",
    "komet_method": "product.list",
    "payload": {"status": 0, "message": "Something failed"},
    "resets_at": dt.datetime(2026, 11, 21, 5, tzinfo=dt.timezone.utc),
    "limit": 1000,
    "remaining": 3,
    "requested": 7,
    "store": "redis://127.0.0.1:6379/0",
    "field": "lines[3].unit_cost",
    "rule": "must be positive",
    "index": 3,
    "errors": [errors.ItemValidationError("lines[3].unit_cost", "must be positive", index=3)],
    "size": 5_000_001,
    "status": 502,
    "reason": "Bad Gateway",
    "outcome_unknown": True,
    "day": dt.date(2026, 11, 20),
    "announced": True,
    "name": "prodcut.list",
    "close": ("product.list",),
    "path": "invoices[3].details",
}


def error_classes() -> list[type[BaseException]]:
    return sorted(
        (
            value
            for value in vars(errors).values()
            if isinstance(value, type)
            and issubclass(value, BaseException)
            and value.__module__ == errors.__name__
        ),
        key=lambda cls: cls.__name__,
    )


def sample_of(cls: type[BaseException]) -> BaseException:
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    try:
        parameters = inspect.signature(cls).parameters
    except ValueError:  # Exception's own constructor: one message
        return cls(SAMPLES["message"])
    for name, parameter in parameters.items():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        assert name in SAMPLES, f"{cls.__name__}({name}=...): add a sample value to SAMPLES"
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[name] = SAMPLES[name]
        else:
            args.append(SAMPLES[name])
    return cls(*args, **kwargs)


def test_every_class_of_errors_py_is_a_kometerror() -> None:
    classes = error_classes()
    assert len(classes) >= 15
    assert all(issubclass(cls, komet.KometError) for cls in classes)


@pytest.mark.parametrize("cls", error_classes(), ids=lambda cls: cls.__name__)
def test_every_error_pickles_with_its_fields(cls: type[BaseException]) -> None:
    error = sample_of(cls)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert copy.args == error.args
    assert str(copy) == str(error)
    assert vars(copy).keys() == vars(error).keys()
    for name, value in vars(error).items():
        if isinstance(value, list) and value and isinstance(value[0], BaseException):
            assert [vars(e) for e in getattr(copy, name)] == [vars(e) for e in value]
        else:
            assert getattr(copy, name) == value, name


async def test_a_server_error_pickles_without_the_token() -> None:
    from komet_async.testing import FakeKomet

    async with (
        FakeKomet(seed=1) as fake,
        komet.KometSession(
            TOKEN, base_url=fake.url, retry_policy=komet.RetryPolicy(wait=False)
        ) as k,
    ):
        with pytest.raises(komet.AuthenticationError) as info:
            await k.products.list()
    data = pickle.dumps(info.value)
    assert TOKEN.encode() not in data
    copy = pickle.loads(data)
    assert (copy.komet_method, copy.message) == (info.value.komet_method, info.value.message)


# --- misuse is a KometError, raised before anything is sent ------------------------------


def misuses(k: komet.KometSession) -> dict[str, Any]:
    day = dt.date(2026, 11, 20)
    return {
        "date_to": lambda: k.invoices.iter_details(
            date_from=day, date_to=day - dt.timedelta(days=3)
        ).__anext__(),
        "changes": lambda: k.boxes.change_codes(None),  # type: ignore[arg-type]
        "lines": lambda: k.inventory.push(None),  # type: ignore[arg-type]
        "id": lambda: k.products.list(id=10**5000),
        "timeout": lambda: k.products.list(timeout="5"),  # type: ignore[typeddict-item]
        "timeout ": lambda: k.products.list(
            timeout=aiohttp.ClientTimeout(total=5)  # type: ignore[typeddict-item]
        ),
        "max_retries": lambda: k.products.list(max_retries="2"),  # type: ignore[typeddict-item]
        "extra_params": lambda: k.products.list(extra_params={1: "x"}),  # type: ignore[dict-item]
    }


@pytest.mark.parametrize("field", list(misuses(None)), ids=str.strip)  # type: ignore[arg-type]
async def test_misuse_is_a_request_validation_error_before_sending(
    server: ScriptedServer, field: str
) -> None:
    async with komet.KometSession(
        TOKEN, base_url=server.url, daily_quota=None, retry_policy=komet.RetryPolicy(wait=False)
    ) as k:
        with pytest.raises(komet.RequestValidationError) as info:
            await misuses(k)[field]()
    assert info.value.field.startswith(field.strip()), info.value
    assert server.seen == []  # nothing was sent


async def test_an_unknown_keyword_stays_a_type_error(server: ScriptedServer) -> None:
    async with komet.KometSession(TOKEN, base_url=server.url, daily_quota=None) as k:
        with pytest.raises(TypeError):
            await k.products.list(timeuot=5)  # type: ignore[call-arg]
    assert server.seen == []

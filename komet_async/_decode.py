"""A checked answer → the typed result of its method.

A small answer is structured in one go (:func:`decode`); an answer with a large array of
models (a 4 MB page of invoices) in slices that leave the event loop free in between and
take turns with the other sliced jobs of the loop (:mod:`._loop_turns`), with the cyclic
garbage collector paused meanwhile (:mod:`._collector`) (:func:`decode_in_slices`).
"""

from __future__ import annotations

import time
from typing import Any, TypeVar

from . import _collector
from . import _constants as C
from ._catalog import ApiMethod
from ._convert import converter, model_list_fields
from ._data_warning import warn_data
from ._loop_turns import Share
from ._tolerant import ShapeError, structure_tolerant
from ._transport import CheckedAnswer
from .errors import KometDecodeError
from .models._base import Envelope

R = TypeVar("R")

_CLOCK_EVERY = 8
"""Items structured between two looks at the clock (an invoice takes ~50 us)."""
_NONES = (None,) * _CLOCK_EVERY


def large_array(
    method: ApiMethod[Any, Any], payload: dict[str, Any]
) -> tuple[str, str, type] | None:
    """The (wire key, attribute, item model) of a large array of models in ``payload``."""
    for found in model_list_fields(method.response_type):
        items = payload.get(found[0])
        if items.__class__ is list and len(items) > C.LARGE_ANSWER_ITEMS:
            return found
    return None


def decode(
    method: ApiMethod[Any, Any], answer: CheckedAnswer, expect: type[R], *, strict: bool = False
) -> R:
    """``method.decode`` of the answer, checked to be an ``expect``; an envelope model
    gets the answer's :class:`ResponseInfo` as ``.response``. Values that did not parse
    warn once (:class:`KometDataWarning`), or with ``strict`` raise."""
    result, issues = method.decode_reporting(answer.payload, strict=strict)
    if issues:
        warn_data(method.name, issues)
    return _checked(method, answer, expect, result)


def _checked(
    method: ApiMethod[Any, Any], answer: CheckedAnswer, expect: type[R], result: object
) -> R:
    if not isinstance(result, expect):
        raise KometDecodeError(
            f"decoded {type(result).__name__}, expected {expect.__name__}",
            komet_method=method.name,
        )
    if isinstance(result, Envelope):
        result.response = answer.info
    return result


async def decode_in_slices(
    method: ApiMethod[Any, Any],
    answer: CheckedAnswer,
    expect: type[R],
    large: tuple[str, str, type],
    *,
    strict: bool = False,
) -> R:
    """:func:`decode` for an answer with a large array of models: the same result,
    built in slices of at most ``DECODE_SLICE_SECONDS`` with the event loop free in
    between (a 4 MB page of invoices takes ~100 ms to structure; other tasks of the
    service must not wait that long); the loop's sliced jobs run one slice a turn."""
    key, attr, item_type = large
    items: list[Any] = answer.payload[key]
    hook = converter.get_structure_hook(item_type)
    clock = time.perf_counter
    done: list[Any] = []
    issues: list[str] = []
    start, count = 0, len(items)
    # ~70,000 new instances and lists would trip full collections of the whole heap
    # meanwhile; a decode makes no cycles, so the collector is paused (see _collector),
    # from before the first yield: the parse's pause carries over, its dicts unvisited.
    _collector.pause()
    share = Share()
    try:
        # The JSON parse of this answer has just held the loop: let others run first.
        await share.next_slice()
        while True:
            deadline = clock() + C.DECODE_SLICE_SECONDS
            while start < count:
                stop = min(start + _CLOCK_EVERY, count)
                try:
                    done += [hook(item, item_type) for item in items[start:stop]]
                except Exception:  # an odd value (or shape) in this slice: item by item
                    for index in range(start, stop):
                        item = items[index]
                        done.append(_item(hook, item_type, item, key, index, issues, strict))
                # Each parsed object is freed once structured: peak memory holds
                # one form of the page, not two, and the collector finds less.
                items[start:stop] = _NONES[: stop - start]
                start = stop
                if clock() >= deadline:
                    break
            if start >= count:
                break
            await share.next_slice()
    except ShapeError as exc:
        raise method.shape_error(exc) from None
    except Exception as exc:  # the same wrapping as ApiMethod.decode's
        raise KometDecodeError(
            f"answer does not match {method.response_type.__name__} "
            f"({type(exc).__name__}: {str(exc)[:200]})",
            komet_method=method.name,
        ) from None
    finally:
        share.release()
        _collector.resume()
    rest = dict(answer.payload)
    rest[key] = []
    result, more = method.decode_reporting(rest, strict=strict)
    issues += more
    if issues:
        warn_data(method.name, issues)
    result = _checked(method, answer, expect, result)
    setattr(result, attr, done)
    return result


def _item(
    hook: Any, item_type: type, item: object, key: str, index: int, issues: list[str], strict: bool
) -> Any:
    """One item of a large array: the fast hook, or (when it refuses) the tolerant walk."""
    try:
        return hook(item, item_type)
    except Exception:
        return structure_tolerant(item, item_type, issues, path=f"{key}[{index}]", strict=strict)

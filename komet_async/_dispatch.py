"""The path of one call: validate → encode → (limits, HTTP, envelope) → decode.

Resources hand a catalog entry and a request model to a :class:`Dispatcher`; it is the only
thing they see of the session, so no resource reaches into sockets or limits.
"""

from __future__ import annotations

import asyncio
import gc
import operator
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

import attrs

from . import _constants as C
from ._bulk import pack_by_size
from ._catalog import ApiMethod
from ._convert import converter, model_list_fields, unstructure_request
from ._transport import PreparedRequest, RawAnswer, Transport, resume_collector_soon
from ._validate import validate
from .errors import KometDecodeError
from .models._base import Envelope

if TYPE_CHECKING:
    from ._limits import Limits

R = TypeVar("R")
I = TypeVar("I")  # noqa: E741 - an item of a packed array


class CallOptions(TypedDict, total=False):
    """Per-call settings every method accepts as keyword arguments."""

    timeout: float
    """Seconds for this call (each attempt), instead of the session's timeout."""
    max_retries: int
    """Retries for this call (retry-safe methods only), instead of the session's."""
    extra_params: Mapping[str, Any]
    """Fields added to the query string (a parameter the docs cut off)."""
    extra_body: Mapping[str, Any]
    """Fields added to the JSON body (a parameter the docs cut off)."""


class Dispatcher:
    def __init__(self, transport: Transport, limits: Limits, token_type: str = "company") -> None:
        self.transport = transport
        self.limits = limits
        self.token_type = token_type
        """The session token's type (company, customer or vendor): some methods warn about
        fields a Vendor token makes Komet ignore."""
        self._encoded: dict[tuple[str, tuple[object, ...]], PreparedRequest] = {}

    def encode(
        self, method: ApiMethod[Any, Any], request: object | None, options: CallOptions
    ) -> PreparedRequest:
        """Validate and encode a request; nothing is sent, so errors here cost nothing.

        A read sent as a plain GET is remembered by its parameters' values (and their
        types): asking the same question again -- the common case in a polling service --
        skips validating and encoding it again. Validation is a pure function of those
        values, so a remembered request is one that passed it.
        """
        if (
            request is not None
            and method.http_method == "GET"
            and "extra_params" not in options
            and "extra_body" not in options
        ):
            key = _values_key(request)
            if key is not None:
                cached = self._encoded.get((method.name, key))
                if cached is None:
                    cached = self._encode(method, request, options)
                    if len(self._encoded) >= _ENCODED_CACHE_SIZE:
                        self._encoded.clear()
                    self._encoded[(method.name, key)] = cached
                return cached
        return self._encode(method, request, options)

    def _encode(
        self, method: ApiMethod[Any, Any], request: object | None, options: CallOptions
    ) -> PreparedRequest:
        params: dict[str, Any] = {}
        if request is not None:
            validate(request, komet_method=method.name)
            params = unstructure_request(request)
        return self.transport.prepare(
            method,
            params,
            extra_params=options.get("extra_params"),
            extra_body=options.get("extra_body"),
        )

    def pack(
        self,
        method: ApiMethod[Any, Any],
        items: Sequence[I],
        make_request: Callable[[list[I]], object],
        field: str,
        options: CallOptions,
    ) -> list[list[I]]:
        """Split ``items`` in order into the fewest requests that fit ``max_request_bytes``
        (and, for query strings, a safe URL length), measured on the exact encoding.

        Sizes are additive: a run costs the empty request, plus each item's bytes, plus a
        separator between items; each is measured once by encoding, so the requests sent
        later are exactly the bytes counted here.
        """
        transport = self.transport

        def size(batch: list[I]) -> int:
            request = transport.encode(
                method,
                unstructure_request(make_request(batch)),
                extra_params=options.get("extra_params"),
                extra_body=options.get("extra_body"),
            )
            return request.size

        limit = transport.max_request_bytes
        if method.params_in == "query":
            path = len(transport.encode(method, {}).url.raw_path) + 1
            limit = min(limit, C.MAX_URL_BYTES - path)
        if not items:
            return []
        overhead = size([])
        sizes = [size([item]) - overhead for item in items]
        separator = size([items[0], items[0]]) - overhead - 2 * sizes[0] if len(items) > 1 else 0
        runs = pack_by_size(
            sizes,
            overhead=overhead,
            separator=separator,
            limit=limit,
            field=field,
            komet_method=method.name,
        )
        return [list(items[run.start : run.stop]) for run in runs]

    def decode(self, method: ApiMethod[Any, Any], answer: RawAnswer, expect: type[R]) -> R:
        result = method.decode(answer.payload)
        if not isinstance(result, expect):
            raise KometDecodeError(
                f"decoded {type(result).__name__}, expected {expect.__name__}",
                komet_method=method.name,
            )
        if isinstance(result, Envelope):
            result.response = answer.info
        return result

    async def decode_in_slices(
        self,
        method: ApiMethod[Any, Any],
        answer: RawAnswer,
        expect: type[R],
        large: tuple[str, str, type],
    ) -> R:
        """:meth:`decode` for an answer with a large array of models: the same result,
        built in slices of at most ``DECODE_SLICE_SECONDS`` with the event loop free in
        between (a 4 MB page of invoices takes ~100 ms to structure; other tasks of the
        service must not wait that long)."""
        key, attr, item_type = large
        items: list[Any] = answer.payload[key]
        hook = converter.get_structure_hook(item_type)
        clock = time.perf_counter
        done: list[Any] = []
        # The JSON parse of this answer has just held the loop: let others run first.
        await asyncio.sleep(0)
        start, count = 0, len(items)
        # ~50,000 new instances and lists would trip several full collections of the
        # whole heap (2-3x the decode's own time, and stalls of tens of ms). A decode
        # makes no cycles, so the collector is paused while it runs -- by the first
        # large decode only, and resumed when that one ends, so overlapping decodes
        # never keep it off for longer than one of them lasts.
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            while True:
                deadline = clock() + DECODE_SLICE_SECONDS
                while start < count:
                    stop = min(start + _CLOCK_EVERY, count)
                    done += [hook(item, item_type) for item in items[start:stop]]
                    # Each parsed object is freed once structured: peak memory holds
                    # one form of the page, not two, and the collector finds less.
                    items[start:stop] = _NONES[: stop - start]
                    start = stop
                    if clock() >= deadline:
                        break
                if start >= count:
                    break
                await asyncio.sleep(0)
        except Exception as exc:  # the same wrapping as ApiMethod.decode's
            raise KometDecodeError(
                f"answer does not match {method.response_type.__name__} "
                f"({type(exc).__name__}: {str(exc)[:200]})",
                komet_method=method.name,
            ) from None
        finally:
            if paused:
                resume_collector_soon()
        rest = dict(answer.payload)
        rest[key] = []
        result = self.decode(method, RawAnswer(payload=rest, info=answer.info), expect)
        setattr(result, attr, done)
        return result

    async def call(
        self,
        method: ApiMethod[Any, Any],
        request: object | None,
        options: CallOptions,
        expect: type[R],
    ) -> R:
        # One frame from here to the transport: every suspension of a call resumes through each
        # frame above it, so the common path keeps the stack short.
        prepared = self.encode(method, request, options)
        answer = await self.transport.send_prepared(
            method,
            prepared,
            timeout=options.get("timeout"),
            max_retries=options.get("max_retries"),
        )
        large = _large_array(method, answer.payload)
        if large is not None:
            return await self.decode_in_slices(method, answer, expect, large)
        return self.decode(method, answer, expect)


_ENCODED_CACHE_SIZE = 256
"""Remembered GET requests per session; the table starts over when full."""

_VALUE_GETTERS: dict[type, Callable[[object], tuple[object, ...]]] = {}


def _values_key(request: object) -> tuple[object, ...] | None:
    """The request's field values and their types, or None if a value is unhashable."""
    cls = type(request)
    getter = _VALUE_GETTERS.get(cls)
    if getter is None:
        names = [a.name for a in attrs.fields(cast(Any, cls))]
        if not names:
            return ()
        get = operator.attrgetter(*names)
        if len(names) == 1:
            getter = _VALUE_GETTERS[cls] = lambda obj: (get(obj),)
        else:
            getter = _VALUE_GETTERS[cls] = get
    values = getter(request)
    key = (cls, values, tuple(map(type, values)))
    try:
        hash(key)
    except TypeError:
        return None
    return key


LARGE_ANSWER_ITEMS = 256
"""An answer whose array of models holds more items than this is decoded in slices."""
DECODE_SLICE_SECONDS = 0.005
"""The longest the loop is held between two slices of a large decode."""
_CLOCK_EVERY = 8
"""Items structured between two looks at the clock (an invoice takes ~50 us)."""
_NONES = (None,) * _CLOCK_EVERY


def _large_array(
    method: ApiMethod[Any, Any], payload: dict[str, Any]
) -> tuple[str, str, type] | None:
    """The (wire key, attribute, item model) of a large array of models in ``payload``."""
    for found in model_list_fields(method.response_type):
        items = payload.get(found[0])
        if items.__class__ is list and len(items) > LARGE_ANSWER_ITEMS:
            return found
    return None

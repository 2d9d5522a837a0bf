"""The path of one call, the same for every caller (the namespaces, ``session.call``,
``session.request``, ``login`` and the CLI)::

    CallPipeline.call(method, request, options, expect)
      validate(request)                      ._validate        (nothing sent on an error)
      unstructure_request(request)           ._convert         (wire values)
      WireEncoder.encode + check_size        ._wire_encoding   (the exact bytes)
      Transport.send                         ._transport       (limits, HTTP, retries, envelope)
      decode / decode_in_slices              ._decode          (the typed result)

The first three steps are remembered for a repeated GET question (see :meth:`encode`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, cast

import attrs

from . import _constants as C
from ._bulk import pack_by_size
from ._catalog import ApiMethod, TokenType
from ._convert import unstructure_request
from ._decode import decode, decode_in_slices, large_array
from ._keywords import OPTION_NAMES, unknown_keyword
from ._options import check_options
from ._transport import Transport, outcome_unknown
from ._validate import validate, validate_as
from ._wire_encoding import EncodedRequest, WireEncoder
from .errors import KometDecodeError

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
    max_response_bytes: int
    """The largest answer this call reads (decompressed), instead of the session's."""
    extra_params: Mapping[str, Any]
    """Fields added to the query string (a parameter the docs cut off)."""
    extra_body: Mapping[str, Any]
    """Fields added to the JSON body (a parameter the docs cut off)."""
    strict_decode: bool
    """A value of the answer that does not parse into its field's type raises
    :class:`KometDecodeError` naming its path, instead of the session's choice."""


CALL_OPTIONS = OPTION_NAMES
"""The names of the per-call options (an unknown one is a ``TypeError``)."""
assert frozenset(CallOptions.__annotations__) == CALL_OPTIONS, "CallOptions and OPTION_NAMES"


def unknown_option(method: ApiMethod[Any, Any], options: Mapping[str, object]) -> TypeError:
    """The error for a keyword a namespace method gathered into ``**options`` that is no
    option: it names the method's Python spelling and the closest name it takes."""
    where = f"{method.namespace}.{method.attr}" if method.namespace else method.name
    request_type = method.request_type
    fields = (
        attrs.fields(request_type) if request_type is not None and attrs.has(request_type) else ()
    )
    renamed = method.argument_names
    known = CALL_OPTIONS | {renamed.get(field.name, field.name) for field in fields}
    if method.vendor_token_rules:
        known |= {"token_type"}
    name = next(name for name in options if name not in CALL_OPTIONS)
    return unknown_keyword(where, name, known)


class CallPipeline:
    """Validate → encode → send → decode, for one catalog method at a time.

    The resources hold one (as ``_dispatch``) and see nothing else of the session: its
    ``transport.pool_size`` and ``limits`` size their fan-outs, ``token_type`` tunes their
    warnings.
    """

    def __init__(
        self,
        encoder: WireEncoder,
        transport: Transport,
        limits: Limits,
        token_type: TokenType = "company",
        strict_decode: bool = False,
    ) -> None:
        self.encoder = encoder
        self.transport = transport
        self.limits = limits
        self.token_type = token_type
        """The session token's type (company, customer or vendor): some methods warn about
        fields a Vendor token makes Komet ignore."""
        self.strict_decode = strict_decode
        """A value that does not parse raises (True) instead of warning (False)."""
        self._encoded: dict[tuple[str, tuple[object, ...]], EncodedRequest] = {}

    async def call(
        self,
        method: ApiMethod[Any, Any],
        request: object | None,
        options: CallOptions,
        expect: type[R],
    ) -> R:
        """Send one request of ``method`` and return its decoded answer, an ``expect``.

        ``request`` is the method's request model (validated here), ``None`` for a method
        without parameters, or -- for an ad-hoc method of ``session.request`` only -- a
        dict of wire values sent as given.
        """
        # One frame from here to the transport: every suspension of a call resumes through each
        # frame above it, so the common path keeps the stack short.
        strict = self.strict_decode
        if options:
            check_options(options, komet_method=method.name)
            strict = options.get("strict_decode", strict)
        encoded = self.encode(method, request, options)
        answer = await self.transport.send(
            method,
            encoded,
            timeout=options.get("timeout"),
            max_retries=options.get("max_retries"),
            max_response_bytes=options.get("max_response_bytes"),
        )
        try:
            large = large_array(method, answer.payload)
            if large is not None:
                return await decode_in_slices(method, answer, expect, large, strict=strict)
            return decode(method, answer, expect, strict=strict)
        except KometDecodeError as exc:
            if method.retry_safe:
                raise
            # A write's answer that does not decode: the server may well have applied it.
            raise outcome_unknown(exc) from None

    def encode(
        self, method: ApiMethod[Any, Any], request: object | None, options: CallOptions
    ) -> EncodedRequest:
        """Validate and encode a request, ready to send; nothing is sent, so errors here
        cost nothing.

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
                encoded = self._encoded.get((method.name, key))
                if encoded is None:
                    encoded = self._encode(method, request, options)
                    if len(self._encoded) >= C.ENCODED_CACHE_SIZE:
                        self._encoded.clear()
                    self._encoded[(method.name, key)] = encoded
                return encoded
        return self._encode(method, request, options)

    def _encode(
        self, method: ApiMethod[Any, Any], request: object | None, options: CallOptions
    ) -> EncodedRequest:
        params: Mapping[str, Any]
        if request is None:
            params = {}
        elif request.__class__ is dict:
            params = cast("dict[str, Any]", request)  # session.request: wire values as given
        else:
            if method.arguments:
                validate_as(request, komet_method=method.name, names=method.argument_names)
            else:
                validate(request, komet_method=method.name)
            params = unstructure_request(request)
        encoder = self.encoder
        encoded = encoder.encode(
            method,
            params,
            extra_params=options.get("extra_params"),
            extra_body=options.get("extra_body"),
        )
        encoder.check_size(method, encoded)
        return encoded

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
        if options:
            check_options(options, komet_method=method.name)
        encoder = self.encoder

        def size(batch: list[I]) -> int:
            request = encoder.encode(
                method,
                unstructure_request(make_request(batch)),
                extra_params=options.get("extra_params"),
                extra_body=options.get("extra_body"),
            )
            return request.size

        limit = encoder.max_request_bytes
        if method.params_in == "query":
            path = len(encoder.encode(method, {}).url.raw_path) + 1
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


_VALUE_GETTERS: dict[type, Callable[[object], tuple[object, ...]]] = {}


def _values_key(request: object) -> tuple[object, ...] | None:
    """The request's field values and their types, or None if a value is unhashable (or
    the request is not a model)."""
    cls = type(request)
    getter = _VALUE_GETTERS.get(cls)
    if getter is None:
        if not attrs.has(cls):
            return None
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

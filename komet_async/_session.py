"""``KometSession``: the one object users hold. It owns the connection pool, the limits
and the namespaces; the work itself happens in the transport and the resources."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Mapping, Sequence
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import aiohttp

from . import _constants as C
from ._call import CALL_OPTIONS, CallPipeline
from ._catalog import GNC_CATALOG, ApiMethod, TokenType, find_method
from ._clock import Clock, utc_now
from ._keywords import unknown_keyword
from ._limits import (
    DEFAULT_QUOTA_RESET,
    DEFAULT_QUOTA_TIMEZONE,
    Limits,
    MemoryQuotaStore,
    QuotaStatus,
    QuotaStore,
    Reservation,
    load_timezone,
    quota_key_for,
)
from ._options import check_fields
from ._retry import RetryPolicy
from ._secret import Secret
from ._tracing import masked_trace_configs
from ._transport import Transport
from ._vendor_rules import check_token_type
from ._wire_encoding import WireEncoder
from .errors import RequestValidationError
from .resources.boxes import BoxesResource
from .resources.companies import CompaniesResource
from .resources.credits import CreditsResource
from .resources.inventory import InventoryResource
from .resources.invoices import InvoicesResource
from .resources.lookups import (
    AwbsResource,
    CarriersResource,
    CustomersResource,
    LocationsResource,
    VendorsResource,
)
from .resources.payments import PaymentsResource
from .resources.pick_tickets import PickTicketsResource
from .resources.prebooks import PrebooksResource
from .resources.price_lists import PriceListsResource
from .resources.products import ProductsResource
from .resources.purchase_orders import PurchaseOrdersResource
from .resources.setup import AdditionalChargesResource, CategoriesResource
from .resources.standing_orders import StandingOrdersResource
from .resources.web_orders import WebOrdersResource

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack

    from ._call import CallOptions

Req = TypeVar("Req")
Resp = TypeVar("Resp")


class KometSession:
    """An async session with the Komet Sales API.

    >>> async with KometSession(token, daily_quota=3000) as komet:
    ...     products = await komet.products.list()

    ``token_type`` says what kind of token this is (``"company"``, ``"customer"``,
    ``"vendor"`` or ``"user"``; :data:`TokenType`): with ``"vendor"``, the methods whose
    fields a Vendor token makes Komet ignore warn with :class:`VendorIgnoredFieldWarning`
    (and still send them).

    ``daily_quota`` (default 1,000: one paid seat) and ``requests_per_second`` (default
    ``None``: Komet documents no per-second limit) are client-side limits; ``None`` turns
    each off. Every request attempt (retries included) spends one request of the budget
    named ``quota_key`` (default: a hash of the token); the day starts at ``quota_reset``
    in ``quota_timezone`` (default midnight America/New_York: Komet does not document it).
    ``quota_store="redis://host:port/db"`` shares budget and pace with every process using
    the same ``quota_key``; a ``QuotaStore`` object passed in is shared, not closed.
    A user-supplied ``http_session`` is used as is and never closed by us.
    ``max_response_bytes`` (default 64 MiB) bounds each answer read, decompressed: a larger
    one raises :class:`ResponseTooLargeError` (also per call: ``max_response_bytes=``).
    ``clock`` (default: the wall clock in UTC) is what "now" is for the quota day, its reset
    and a ``Retry-After`` date: a test can run the SDK's day on any date.
    ``account_id`` / ``sales_channel`` fill the ``X-ACCOUNT`` / ``X-SALES-CHANNEL`` headers
    of the e-commerce and company-level methods: a method whose page marks one required
    refuses to send without it (:class:`RequestValidationError` naming the argument, no
    quota spent), and a ``sales_channel`` outside the values its page lists (``WEB_APP``,
    ``MOBILE_APP``, ``K2K``, ``ECOMMERCE_LITE``; at most 20 characters) is refused too.
        ``strict_decode`` (default ``False``): a value of an answer that does not parse into its
    field's type (``"totalBoxes": 2.5``) leaves the field ``None``, keeps the raw value in
    ``extra`` and warns once per answer with :class:`KometDataWarning`; ``True`` raises
    :class:`KometDecodeError` naming its path instead (also per call: ``strict_decode=``).
    A wrong shape is an error either way.
    """

    def __init__(
        self,
        token: str,
        *,
        base_url: str = C.DEFAULT_BASE_URL,
        daily_quota: int | None = C.DEFAULT_DAILY_QUOTA,
        requests_per_second: float | None = C.DEFAULT_REQUESTS_PER_SECOND,
        quota_store: str | QuotaStore | None = None,
        quota_key: str | None = None,
        quota_timezone: str | dt.tzinfo = DEFAULT_QUOTA_TIMEZONE,
        quota_reset: dt.time = DEFAULT_QUOTA_RESET,
        max_connections: int = C.DEFAULT_MAX_CONNECTIONS,
        timeout: float | aiohttp.ClientTimeout = C.DEFAULT_TIMEOUT,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        max_request_bytes: int = C.DEFAULT_MAX_REQUEST_BYTES,
        max_response_bytes: int = C.DEFAULT_MAX_RESPONSE_BYTES,
        account_id: int | None = None,
        sales_channel: str | None = None,
        http_session: aiohttp.ClientSession | None = None,
        trace_configs: Sequence[aiohttp.TraceConfig] | None = None,
        token_type: TokenType = "company",
        clock: Clock = utc_now,
        strict_decode: bool = False,
    ) -> None:
        if not isinstance(token, str) or not token:
            raise TypeError("token must be a non-empty str")
        self._token = Secret(token)
        self.base_url = base_url
        self.quota_key = quota_key or quota_key_for(token)
        # From here on no frame of ours holds the bare token: error trackers print locals.
        del token
        token_type = check_token_type(token_type)
        if isinstance(timeout, (int, float)):
            timeout = aiohttp.ClientTimeout(total=float(timeout))
        account_headers: dict[str, str] = {}
        if account_id is not None:
            if isinstance(account_id, bool) or not isinstance(account_id, int):
                raise RequestValidationError("account_id", "must be an int")
            account_headers["X-ACCOUNT"] = str(account_id)
        if sales_channel is not None:
            # Checked here, not by aiohttp mid-request: a header value is one line of text.
            if not isinstance(sales_channel, str) or not _HEADER_VALUE.fullmatch(sales_channel):
                raise RequestValidationError(
                    "sales_channel", "must be one line of printable text (no CR, LF or NUL)"
                )
            if len(sales_channel) > _SALES_CHANNEL_MAX_LEN:
                raise RequestValidationError(
                    "sales_channel",
                    f"must be at most {_SALES_CHANNEL_MAX_LEN} characters (X-SALES-CHANNEL is "
                    "documented as string:20)",
                )
            account_headers["X-SALES-CHANNEL"] = sales_channel
        self._limits = Limits(
            daily_quota=daily_quota,
            requests_per_second=requests_per_second,
            quota_key=self.quota_key,
            store=_open_store(quota_store),
            timezone=load_timezone(quota_timezone),
            reset=quota_reset,
            # A store passed in as an object may serve other sessions: theirs to close.
            owns_store=quota_store is None or isinstance(quota_store, str),
            clock=clock,
        )
        encoder = WireEncoder(
            base_url=base_url,
            token=self._token,
            account_headers=account_headers,
            max_request_bytes=max_request_bytes,
        )
        self._transport = Transport(
            secrets=(self._token,),
            max_connections=max_connections,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy or RetryPolicy(),
            max_response_bytes=max_response_bytes,
            http_session=http_session,
            # The user's callbacks see the URL (and headers, body) with the token masked.
            trace_configs=masked_trace_configs(trace_configs, (self._token,)),
            gate=self._limits if self._limits.active else None,
            clock=clock,
        )
        self.token_type = token_type
        if not isinstance(strict_decode, bool):
            raise RequestValidationError("strict_decode", "must be True or False")
        self.strict_decode = strict_decode
        self._dispatch = CallPipeline(
            encoder, self._transport, self._limits, token_type, strict_decode=strict_decode
        )
        """The one call path: every namespace, :meth:`call` and :meth:`request` use it."""

    # --- lifecycle ---------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection pool we own (never a user-supplied ``http_session``)."""
        await self._transport.close()
        await self._limits.close()

    def __repr__(self) -> str:
        return f"KometSession(base_url={self.base_url!r}, quota_key={self.quota_key!r})"

    # --- namespaces (built on first use, then cached) -----------------------------------

    @cached_property
    def products(self) -> ProductsResource:
        return ProductsResource(self._dispatch)

    @cached_property
    def boxes(self) -> BoxesResource:
        return BoxesResource(self._dispatch)

    @cached_property
    def inventory(self) -> InventoryResource:
        return InventoryResource(self._dispatch)

    @cached_property
    def invoices(self) -> InvoicesResource:
        return InvoicesResource(self._dispatch)

    @cached_property
    def credits(self) -> CreditsResource:
        return CreditsResource(self._dispatch)

    @cached_property
    def payments(self) -> PaymentsResource:
        return PaymentsResource(self._dispatch)

    @cached_property
    def prebooks(self) -> PrebooksResource:
        return PrebooksResource(self._dispatch)

    @cached_property
    def purchase_orders(self) -> PurchaseOrdersResource:
        return PurchaseOrdersResource(self._dispatch)

    @cached_property
    def customers(self) -> CustomersResource:
        return CustomersResource(self._dispatch)

    @cached_property
    def companies(self) -> CompaniesResource:
        return CompaniesResource(self._dispatch)

    @cached_property
    def locations(self) -> LocationsResource:
        return LocationsResource(self._dispatch)

    @cached_property
    def carriers(self) -> CarriersResource:
        return CarriersResource(self._dispatch)

    @cached_property
    def categories(self) -> CategoriesResource:
        return CategoriesResource(self._dispatch)

    @cached_property
    def additional_charges(self) -> AdditionalChargesResource:
        return AdditionalChargesResource(self._dispatch)

    @cached_property
    def vendors(self) -> VendorsResource:
        return VendorsResource(self._dispatch)

    @cached_property
    def awbs(self) -> AwbsResource:
        return AwbsResource(self._dispatch)

    @cached_property
    def price_lists(self) -> PriceListsResource:
        return PriceListsResource(self._dispatch)

    @cached_property
    def standing_orders(self) -> StandingOrdersResource:
        return StandingOrdersResource(self._dispatch)

    @cached_property
    def web_orders(self) -> WebOrdersResource:
        return WebOrdersResource(self._dispatch)

    @cached_property
    def pick_tickets(self) -> PickTicketsResource:
        return PickTicketsResource(self._dispatch)

    # --- quota -------------------------------------------------------------------------

    @property
    def quota(self) -> QuotaStatus:
        """The last known snapshot of the daily budget (no I/O)."""
        return self._limits.status

    async def refresh_quota(self) -> QuotaStatus:
        """Read the budget from its store (shared stores change under us)."""
        return await self._limits.refresh()

    def reserve(self, n: int, *, partial: bool = False) -> Reservation:
        """Hold ``n`` requests of today's budget for a bulk job, atomically.

        Every request attempt made inside the block (and in tasks spawned there) draws from
        the reservation instead of the store; attempts beyond it draw from the store as
        usual; unused slots go back on exit, also on an error or cancellation. Raises
        :class:`QuotaExhaustedError` on entry if ``n`` do not fit (``partial=True`` holds
        as many as fit instead: see ``reservation.size``).

        >>> async with komet.reserve(len(lines)) as reservation:
        ...     await asyncio.gather(*(komet.inventory.add(line) for line in lines))
        """
        return self._limits.reserve(n, partial=partial)

    # --- any method by name, and the escape hatch -------------------------------------

    @overload
    async def call(
        self,
        method: ApiMethod[Req, Resp],
        request: Req | None = None,
        **options: Unpack[CallOptions],
    ) -> Resp: ...

    @overload
    async def call(
        self, method: str, request: object | None = None, **options: Unpack[CallOptions]
    ) -> Any: ...

    async def call(
        self,
        method: str | ApiMethod[Any, Any],
        request: object | None = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Call a catalogued Komet method by name; returns its decoded response model.

        ``method`` is the Komet name (``"product.list"``; the Python spelling
        ``"products.list"`` works too) or a :data:`CATALOG` entry; ``request`` is its
        request model (``method.request_type``), or ``None`` for its defaults. One request,
        sent as given: the namespaces' helpers on top (packing, fan-out, lists unwrapped
        from the envelope) are theirs. An unknown name is a ``KeyError`` naming the closest
        ones; an unknown option a ``TypeError``.

        >>> answer = await komet.call("product.list", ProductListRequest(description="rose"))
        >>> answer.products
        """
        api = find_method(method) if isinstance(method, str) else method
        if api.name in GNC_CATALOG:
            # Another host and token: this session's token must not be sent for it.
            raise TypeError(f"{api.name} is called with komet_async.GlobalNetworkCodes")
        if api.deprecated:
            warnings.warn(api.deprecated, DeprecationWarning, stacklevel=2)
        if not CALL_OPTIONS.issuperset(options):
            unknown = next(name for name in options if name not in CALL_OPTIONS)
            raise unknown_keyword("call", unknown, CALL_OPTIONS)
        request_type = api.request_type
        if request is None and request_type is not None:
            try:
                request = request_type()
            except TypeError:
                raise TypeError(
                    f"{api.name} needs a {request_type.__name__} (it has required fields)"
                ) from None
        elif request_type is None and request is not None:
            raise TypeError(f"{api.name} takes no request, got {type(request).__name__}")
        elif request_type is not None and not isinstance(request, request_type):
            raise TypeError(
                f"{api.name} takes a {request_type.__name__}, not {type(request).__name__}"
            )
        return await self._dispatch.call(api, request, options, api.response_type)

    async def request(
        self,
        method_name: str,
        *,
        http_method: Literal["GET", "POST", "PATCH"],
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        token_in: Literal["query", "body", "header"] = "query",
        retry_safe: bool = False,
        **options: Unpack[CallOptions],
    ) -> dict[str, Any]:
        """Call a Komet method the SDK does not model; returns the decoded envelope.

        Same limits, retries, envelope checks and redaction as typed methods (the same
        path: the method is declared on the fly): ``params`` go to the query string,
        ``body`` to a JSON body.

        ``method_name`` is a path under the API (``"v2/inventory/box/count"``): lower-case
        letters, digits and ``. / _ -``, no ``..`` segment, no scheme, host, leading ``/``,
        ``?``, ``#`` or ``%`` -- anything else could send the token elsewhere, so it raises
        :class:`RequestValidationError` before anything is sent (query parameters go in
        ``params``).

        >>> await komet.request("company.list", http_method="GET", retry_safe=True)
        """
        if not isinstance(method_name, str) or not _METHOD_NAME.fullmatch(method_name):
            raise RequestValidationError(
                "method_name",
                "must be a Komet method path: a-z, 0-9 and . / _ - (no '..' segment, scheme, "
                "host, leading '/', '?', '#' or '%')",
            )
        check_fields("params", params, komet_method=method_name)
        check_fields("body", body, komet_method=method_name)
        method: ApiMethod[None, dict[str, Any]] = ApiMethod(
            name=method_name,
            http_method=http_method,
            params_in="query",
            token_in=token_in,
            retry_safe=retry_safe,
            namespace="",
            attr="request",
            request_type=None,
            response_type=dict,
            account_headers=True,
            envelope_optional=True,  # an unmodelled method: the caller reads the answer
        )
        extra_body = {**(body or {}), **(options.get("extra_body") or {})}
        call_options: CallOptions = {**options}
        if extra_body:
            call_options["extra_body"] = extra_body
        else:
            call_options.pop("extra_body", None)
        return await self._dispatch.call(method, dict(params or {}), call_options, dict)


_METHOD_NAME = re.compile(r"[a-z0-9_-]+(?:[./][a-z0-9_-]+)*")
"""A Komet method path: segments of a-z 0-9 _ - joined by "." or "/" (so no empty, "." or
".." segment, no leading or trailing separator)."""

_HEADER_VALUE = re.compile(r"[^\x00-\x1f\x7f]*")
_SALES_CHANNEL_MAX_LEN = 20
"""``X-SALES-CHANNEL`` is ``string:20`` on every page; its value is checked against the
values a method's page lists when that method is called (``ApiMethod.sales_channels``)."""
"""A header value: no control character (CR and LF would split the header)."""


def _open_store(store: str | QuotaStore | None) -> QuotaStore:
    if store is None:
        return MemoryQuotaStore()
    if isinstance(store, str):
        scheme = store.partition("://")[0].lower()
        if scheme not in ("redis", "rediss", "unix"):
            raise RequestValidationError(
                "quota_store", "must be None, a QuotaStore, or a redis://host:port/db URL"
            )
        try:
            from ._redis_store import RedisQuotaStore
        except ImportError:
            raise ImportError(
                "a redis:// quota_store needs the redis extra: pip install 'komet-async[redis]'"
            ) from None
        return RedisQuotaStore(store)
    return store

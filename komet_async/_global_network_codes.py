"""``GlobalNetworkCodes``: a small client of the Global Network Codes service.

The service is not part of the Komet Sales API: it lives on its own host
(``https://globalnetworkcodes.kometsales.com/``, shared with Axerrio and Unosof), takes a
token issued by the support team instead of a Komet token, and its calls are not the
company's Komet quota. So it is a client of its own rather than a ``KometSession`` option:
its token never travels with Komet requests (nor Komet's with its), and a user of Axerrio or
Unosof needs no Komet token at all. It reuses the same call path -- validation, exact
encoding, the pooled transport with timeouts, retries and redaction, decoding -- so it
behaves like every other method.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

import aiohttp

from . import _constants as C
from ._call import CallPipeline
from ._catalog.global_network_codes import GNC_BASE_URL
from ._generated.global_network_codes import GlobalNetworkCodesMethods
from ._limits import Limits, MemoryQuotaStore
from ._retry import RetryPolicy
from ._secret import Secret
from ._tracing import masked_trace_configs
from ._transport import Transport
from ._wire_encoding import WireEncoder

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["GNC_BASE_URL", "GlobalNetworkCodes"]


class GlobalNetworkCodes(GlobalNetworkCodesMethods):
    """The Global Network (Komet Network) genus and product codes.

    >>> async with komet_async.GlobalNetworkCodes(gnc_token) as gnc:
    ...     [genus] = await gnc.search_genus("Alstroemeria", limit=1)
    ...     codes = await gnc.search_products(genus.genus_id, "Yellow", limit=50)

    ``token`` is the one the support team of your system (Komet Sales, Axerrio or Unosof)
    issued for this service, not a Komet API token; like every token it is never logged, and
    is masked in ``repr``, errors and trace spans. The service documents no quota, so
    ``requests_per_second`` (default ``None``) is the only client-side limit. ``base_url``
    points elsewhere (a test server, ``FakeKomet.gnc_url``). A user-supplied
    ``http_session`` is used as is and never closed by us.
    """

    namespace = "global_network_codes"

    def __init__(
        self,
        token: str,
        *,
        base_url: str = GNC_BASE_URL,
        requests_per_second: float | None = None,
        max_connections: int = C.DEFAULT_MAX_CONNECTIONS,
        timeout: float | aiohttp.ClientTimeout = C.DEFAULT_TIMEOUT,
        max_retries: int = C.DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        max_response_bytes: int = C.DEFAULT_MAX_RESPONSE_BYTES,
        http_session: aiohttp.ClientSession | None = None,
        trace_configs: Sequence[aiohttp.TraceConfig] | None = None,
    ) -> None:
        if not isinstance(token, str) or not token:
            raise TypeError("token must be a non-empty str")
        secret = Secret(token)
        # From here on no frame of ours holds the bare token: error trackers print locals.
        del token
        self.base_url = base_url
        if isinstance(timeout, (int, float)):
            timeout = aiohttp.ClientTimeout(total=float(timeout))
        self._limits = Limits(
            daily_quota=None,  # the service documents none; not the company's Komet quota
            requests_per_second=requests_per_second,
            quota_key="global-network-codes",
            store=MemoryQuotaStore(),
            timezone=dt.timezone.utc,
            reset=dt.time(0),
        )
        self._transport = Transport(
            secrets=(secret,),
            max_connections=max_connections,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy or RetryPolicy(),
            max_response_bytes=max_response_bytes,
            http_session=http_session,
            # The user's callbacks see the URL (and headers, body) with the token masked.
            trace_configs=masked_trace_configs(trace_configs, (secret,)),
            gate=self._limits if self._limits.active else None,
        )
        encoder = WireEncoder(
            base_url=base_url,
            token=secret,
            account_headers={},
            max_request_bytes=C.DEFAULT_MAX_REQUEST_BYTES,
        )
        super().__init__(CallPipeline(encoder, self._transport, self._limits))

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
        return f"GlobalNetworkCodes(base_url={self.base_url!r})"

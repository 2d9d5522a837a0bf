"""``komet_async.login``: trade a Komet username and password for an API token.

``login`` is the one method sent without a token, so it needs no session: it goes through
the same call path as every method (:class:`CallPipeline`: validate, encode, send with
timeouts, the envelope check and redaction, decode), on a pool of its own for one request.
The password is held as a :class:`Secret` from the first line on -- revealed only by the
wire encoder as the bytes are written -- and is the transport's secret, so no error text can
carry it, in plain or URL-encoded form; the token that comes back is never logged.
"""

from __future__ import annotations

import datetime as dt

import aiohttp

from . import _constants as C
from ._call import CallPipeline
from ._catalog import CATALOG
from ._limits import Limits, MemoryQuotaStore
from ._retry import RetryPolicy
from ._secret import Secret
from ._transport import Transport
from ._wire_encoding import WireEncoder
from .errors import KometDecodeError, RequestValidationError
from .models.lookups import LoginRequest, LoginResponse

__all__ = ["login"]


async def login(
    username: str,
    password: str,
    *,
    base_url: str = C.DEFAULT_BASE_URL,
    timeout: float | aiohttp.ClientTimeout = C.DEFAULT_TIMEOUT,
    max_retries: int = C.DEFAULT_MAX_RETRIES,
    retry_policy: RetryPolicy | None = None,
    http_session: aiohttp.ClientSession | None = None,
) -> str:
    """Return the API token (``apiKey``) of a Komet user (Komet ``login``; no token needed).

    Sent as POST with the credentials in the URL, as documented. Komet's token is meant to
    be saved and reused ("save it into your application"), not fetched per run. Wrong
    credentials raise :class:`~komet_async.AuthenticationError` (or another
    :class:`~komet_async.KometAPIError`; the failure text is undocumented). Neither the
    password nor the token appears in any log line, error message or ``repr``.

    >>> token = await komet_async.login("jane", "s3cret")
    >>> async with komet_async.KometSession(token) as k: ...
    """
    if not isinstance(password, str):
        raise RequestValidationError(
            "password", f"must be text, not {type(password).__name__}", komet_method="login"
        )
    secret = Secret(password)
    del password  # only the Secret is left in this frame
    request = LoginRequest(username=username, password=secret)
    if isinstance(timeout, (int, float)):
        timeout = aiohttp.ClientTimeout(total=float(timeout))
    transport = Transport(
        # Login sends no token; its password is the secret every error text is cleaned of.
        secrets=(secret,),
        max_connections=1,
        timeout=timeout,
        max_retries=max_retries,
        retry_policy=retry_policy or RetryPolicy(),
        http_session=http_session,
    )
    pipeline = CallPipeline(
        WireEncoder(
            base_url=base_url,
            token=None,
            account_headers={},
            max_request_bytes=C.DEFAULT_MAX_REQUEST_BYTES,
        ),
        transport,
        # No budget and no pace: login spends no quota of any company.
        Limits(
            daily_quota=None,
            requests_per_second=None,
            quota_key="login",
            store=MemoryQuotaStore(),
            timezone=dt.timezone.utc,
            reset=dt.time(0),
        ),
    )
    try:
        result = await pipeline.call(CATALOG["login"], request, {}, LoginResponse)
    finally:
        await transport.close()
    if not result.api_key:
        raise KometDecodeError("the answer carries no apiKey", komet_method="login")
    return result.api_key

"""``komet_async.login``: trade a Komet username and password for an API token.

``login`` is the one method sent without a token, so it needs no session: it borrows the
transport (timeouts, envelope, errors, redaction) for one request. The password is held as
a :class:`Secret` from the first line on and is also the transport's secret, so no error
text can carry it, in plain or URL-encoded form; the token that comes back is never logged.
"""

from __future__ import annotations

import aiohttp

from . import _constants as C
from ._catalog import CATALOG
from ._convert import unstructure_request
from ._retry import RetryPolicy
from ._secret import Secret
from ._transport import Transport
from ._validate import validate
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
    spec = CATALOG["login"]
    validate(request, komet_method=spec.name)
    if isinstance(timeout, (int, float)):
        timeout = aiohttp.ClientTimeout(total=float(timeout))
    transport = Transport(
        base_url=base_url,
        # The transport redacts its secret from every error; login sends no token.
        token=secret,
        max_connections=1,
        timeout=timeout,
        max_retries=max_retries,
        max_request_bytes=C.DEFAULT_MAX_REQUEST_BYTES,
        retry_policy=retry_policy or RetryPolicy(),
        account_headers={},
        http_session=http_session,
    )
    try:
        prepared = transport.prepare(
            spec, {**unstructure_request(request), "password": secret.reveal()}
        )
        answer = await transport.send_prepared(spec, prepared)
    finally:
        await transport.close()
    result = spec.decode(answer.payload)
    if not isinstance(result, LoginResponse) or not result.api_key:
        raise KometDecodeError("the answer carries no apiKey", komet_method=spec.name)
    return result.api_key

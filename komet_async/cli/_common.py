"""What every ``komet`` command shares: where the token and the server come from, the
embedded fake, exit codes, and printing that never shows the token.

Exit codes: 0 done; 1 Komet refused or failed (some or all of the work not done);
2 bad input (a usage error, a missing file, an invalid row or field): nothing was sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import enum
import functools
import json
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from decimal import Decimal
from typing import Any, NoReturn, TypeVar

import attrs
import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from .. import _constants as C
from .._convert import converter
from .._secret import Secret, redact
from .._session import KometSession
from ..errors import KometError, QuotaExhaustedError, RequestValidationError

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2

# Every secret this process was given: whatever we print is passed through ``redact`` first.
_SECRETS: list[Secret] = []


def remember_secret(value: str | None) -> None:
    if value:
        _SECRETS.append(Secret(value))


def safe(text: str) -> str:
    """``text`` with every known secret masked (a last line of defence: the SDK's errors
    never carry the token, but a message built from user input might)."""
    return redact(text, _SECRETS)


def out() -> Console:
    """Results (tables, JSON) go to stdout; built per call so test runners' streams work.
    Piped or logged output gets 120 columns (rich's 80 would wrap the tables)."""
    width = None if sys.stdout.isatty() else 120
    return Console(file=sys.stdout, soft_wrap=True, highlight=False, width=width)


def err() -> Console:
    """Messages and progress go to stderr, so stdout can be piped."""
    return Console(file=sys.stderr, soft_wrap=True, highlight=False)


def echo(text: str) -> None:
    click.echo(safe(text))


def note(text: str) -> None:
    click.echo(safe(text), err=True)


class InputError(click.ClickException):
    """Bad input, found before anything was sent: one line, exit code 2."""

    exit_code = EXIT_BAD_INPUT

    def format_message(self) -> str:
        return safe(self.message)

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class JobFailed(click.ClickException):
    """Komet refused or failed the work (or part of it): exit code 1."""

    exit_code = EXIT_FAILED

    def format_message(self) -> str:
        return safe(self.message)

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def run(coro: Coroutine[Any, Any, T], *, quota_hint: str = "") -> T:
    """Run a command's coroutine; SDK errors become one line and an exit code."""
    try:
        return asyncio.run(coro)
    except RequestValidationError as exc:
        raise InputError(str(exc)) from None
    except QuotaExhaustedError as exc:
        text = str(exc)
        if exc.resets_at is not None and "resets at" not in text:
            text += f"; resets at {exc.resets_at:%Y-%m-%d %H:%M %Z}"
        raise JobFailed(f"{text}; nothing was sent{quota_hint}") from None
    except KometError as exc:
        raise JobFailed(str(exc)) from None
    except OSError as exc:
        raise JobFailed(f"{type(exc).__name__}: {exc}") from None


# --- where the session points ----------------------------------------------------------


@attrs.frozen(kw_only=True)
class Target:
    """The server a command talks to and the client-side limits to apply."""

    token: str | None = attrs.field(repr=False)
    base_url: str
    fake: bool
    daily_quota: int | None
    requests_per_second: float | None
    quota_store: str | None = attrs.field(repr=False)
    timeout: float = C.DEFAULT_TIMEOUT
    account_id: int | None = None
    sales_channel: str | None = None


@contextlib.asynccontextmanager
async def open_session(target: Target) -> AsyncIterator[KometSession]:
    """A :class:`KometSession` on ``target``; with ``--fake``, on an embedded FakeKomet
    started for this command (its own token; a ``--token`` given is not used)."""
    if target.fake:
        from ..testing import FakeKomet

        async with (
            FakeKomet(seed=0) as fake,
            KometSession(
                fake.token,
                base_url=fake.url,
                daily_quota=target.daily_quota,
                requests_per_second=target.requests_per_second,
                timeout=target.timeout,
                account_id=target.account_id,
                sales_channel=target.sales_channel,
            ) as session,
        ):
            yield session
        return
    if not target.token:
        raise InputError("no token: pass --token or set KOMET_TOKEN (or use --fake)")
    try:
        session = KometSession(
            target.token,
            base_url=target.base_url,
            daily_quota=target.daily_quota,
            requests_per_second=target.requests_per_second,
            quota_store=target.quota_store,
            timeout=target.timeout,
            account_id=target.account_id,
            sales_channel=target.sales_channel,
        )
    except (ValueError, ImportError, RequestValidationError) as exc:
        raise InputError(str(exc)) from None
    async with session:
        yield session


def _quota(value: str | None) -> int | None:
    if value is None or value.strip().lower() in ("none", "off", "0"):
        return None
    try:
        quota = int(value)
    except ValueError:
        raise click.BadParameter("must be a whole number, or 'none'") from None
    if quota < 0:
        raise click.BadParameter("must not be negative")
    return quota


def session_options(func: F) -> F:
    """The options of every command that talks to Komet; they arrive as ``target``.

    The token is read from ``--token`` or ``KOMET_TOKEN``; help shows the variable's name,
    never its value.
    """

    @click.option(
        "--token",
        envvar="KOMET_TOKEN",
        show_envvar=True,
        metavar="TOKEN",
        help="Komet API token (prefer the environment variable: a shell history keeps options).",
    )
    @click.option(
        "--base-url",
        envvar="KOMET_BASE_URL",
        show_envvar=True,
        default=C.DEFAULT_BASE_URL,
        show_default=True,
        help="Komet API root.",
    )
    @click.option(
        "--fake",
        is_flag=True,
        help="Run against an embedded fake Komet server with seeded data (no token needed).",
    )
    @click.option(
        "--daily-quota",
        envvar="KOMET_DAILY_QUOTA",
        show_envvar=True,
        default=str(C.DEFAULT_DAILY_QUOTA),
        show_default=True,
        metavar="N|none",
        help="Client-side daily request budget (1,000 per paid seat).",
    )
    @click.option(
        "--requests-per-second",
        envvar="KOMET_REQUESTS_PER_SECOND",
        show_envvar=True,
        type=click.FloatRange(min=0, min_open=True),
        default=None,
        help="Pace requests (default: no pacing; Komet documents no per-second limit).",
    )
    @click.option(
        "--quota-store",
        envvar="KOMET_QUOTA_STORE",
        show_envvar=True,
        default=None,
        metavar="URL",
        help="Share the daily budget across processes: redis://host:port/db.",
    )
    @click.option(
        "--timeout",
        envvar="KOMET_TIMEOUT",
        show_envvar=True,
        type=click.FloatRange(min=0, min_open=True),
        default=C.DEFAULT_TIMEOUT,
        show_default=True,
        metavar="SECONDS",
        help="Seconds to wait for each request attempt.",
    )
    @click.option(
        "--account-id",
        envvar="KOMET_ACCOUNT_ID",
        show_envvar=True,
        type=int,
        default=None,
        help="The X-ACCOUNT header of the e-commerce and user-token methods that need it.",
    )
    @click.option(
        "--sales-channel",
        envvar="KOMET_SALES_CHANNEL",
        show_envvar=True,
        default=None,
        metavar="CHANNEL",
        help="The X-SALES-CHANNEL header: WEB_APP, MOBILE_APP, K2K or ECOMMERCE_LITE.",
    )
    @functools.wraps(func)
    def wrapper(
        *args: Any,
        token: str | None,
        base_url: str,
        fake: bool,
        daily_quota: str | None,
        requests_per_second: float | None,
        quota_store: str | None,
        timeout: float,
        account_id: int | None,
        sales_channel: str | None,
        **kwargs: Any,
    ) -> Any:
        remember_secret(token)
        target = Target(
            token=token,
            base_url=base_url,
            fake=fake,
            daily_quota=_quota(daily_quota),
            requests_per_second=requests_per_second,
            quota_store=quota_store,
            timeout=timeout,
            account_id=account_id,
            sales_channel=sales_channel,
        )
        return func(*args, target=target, **kwargs)

    return wrapper  # type: ignore[return-value]


# --- JSON out ----------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A model (or anything the converter knows) as JSON-ready data: wire names, dates as
    ISO text; Decimals stay Decimals until :func:`to_json` writes them as strings."""
    return converter.unstructure(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)  # exact: a float would lose the cents
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def to_json(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(value, default=_json_default, ensure_ascii=False, indent=indent)


def fail(message: str) -> NoReturn:
    raise InputError(message)


# --- progress ----------------------------------------------------------------------------


class Bar:
    """Progress bars on stderr, driven by the SDK's ``(done, total)`` callbacks. Nothing is
    drawn until the first callback (a job that fails first leaves no empty bar)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.started = False

    def callback(self, description: str) -> Callable[[int, int], None]:
        """A new bar; its task is created on the first call, when the total is known."""
        task: list[TaskID] = []

        def update(done: int, total: int) -> None:
            if not self.started:
                self.progress.start()
                self.started = True
            if not task:
                task.append(self.progress.add_task(description, total=total))
            self.progress.update(task[0], completed=done, total=total)

        return update


@contextlib.contextmanager
def progress_bar(enabled: bool = True) -> Iterator[Bar | None]:
    if not enabled:
        yield None
        return
    bar = Bar(
        Progress(
            TextColumn("{task.description:<16}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err(),
            redirect_stdout=False,
            redirect_stderr=False,
        )
    )
    try:
        yield bar
    finally:
        if bar.started:
            bar.progress.stop()

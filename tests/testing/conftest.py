"""Fixtures for the FakeKomet tests: a fresh fake and a plain aiohttp client (not the SDK)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest_asyncio

from komet_async.testing import FakeKomet, load_spec

USE_FAKE_TOKEN = object()


@dataclass
class Answer:
    http_status: int
    text: str
    headers: dict[str, str]

    @property
    def body(self) -> dict[str, Any]:
        decoded = json.loads(self.text)
        assert isinstance(decoded, dict)
        return decoded

    @property
    def status(self) -> str:
        """The envelope status as text ("1"/"0"), whatever JSON type it came as."""
        body = self.body
        return str(body.get("status", body.get("statusInventory")))

    @property
    def message(self) -> str:
        return str(self.body["message"])


class Client:
    """Calls a fake the way the docs describe: query for GET/URL-parameter methods, JSON
    body otherwise, the token where the method's page puts it unless told otherwise."""

    def __init__(self, http: aiohttp.ClientSession, fake: FakeKomet) -> None:
        self.http = http
        self.fake = fake

    async def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        token: Any = USE_FAKE_TOKEN,
        token_in: str | None = None,
        verb: str | None = None,
        headers: dict[str, str] | None = None,
        raw_body: bytes | None = None,
        timeout: float = 10.0,
    ) -> Answer:
        spec = load_spec()[method]
        token = self.fake.token if token is USE_FAKE_TOKEN else token
        place = token_in or ("query" if spec.params_in == "query" else "body")
        params = dict(params or {})
        query: dict[str, str] = {}
        body: dict[str, Any] | None = None
        sent_headers = dict(headers or {})
        if token is not None:
            if place == "header":
                sent_headers["authenticationToken"] = token
            else:
                params["authenticationToken"] = token
        if spec.params_in == "query":
            query = {k: str(v) for k, v in params.items()}
        else:
            body = params
            if place == "query" and token is not None:
                query["authenticationToken"] = body.pop("authenticationToken")
        kwargs: dict[str, Any] = {"params": query, "headers": sent_headers}
        if raw_body is not None:
            kwargs["data"] = raw_body
            sent_headers["Content-Type"] = "application/json"
        elif body is not None:
            kwargs["json"] = body
        async with self.http.request(
            verb or spec.http,
            self.fake.url + spec.path,
            timeout=aiohttp.ClientTimeout(total=timeout),
            **kwargs,
        ) as response:
            return Answer(response.status, await response.text(), dict(response.headers))


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeKomet]:
    async with FakeKomet(seed=11) as server:
        yield server


@pytest_asyncio.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest_asyncio.fixture
async def client(http: aiohttp.ClientSession, fake: FakeKomet) -> Client:
    return Client(http, fake)

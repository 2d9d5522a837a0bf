"""``komet call`` knows every catalogued method: called bare, each one either reaches the
fake (with the account headers the CLI passes on) or is refused before sending with the name
of a parameter it needs -- never "unknown method", never a traceback."""

from __future__ import annotations

import re

import pytest

from komet_async import CATALOG

from .conftest import Komet, ThreadedFake, assert_no_token

NAMES = sorted(name for name in CATALOG if name != "login")
ACCOUNT = ("--account-id", "1", "--sales-channel", "WEB_APP")


@pytest.mark.parametrize("name", NAMES)
def test_a_bare_call_reaches_the_fake_or_names_what_it_needs(
    komet: Komet, fake: ThreadedFake, name: str
) -> None:
    result = komet("call", *ACCOUNT, name)
    assert_no_token(result, fake.token)
    if fake.sent(name):
        return  # it reached the fake (whatever the fake answered)
    assert result.exit_code != 0, result.output
    message = result.stderr
    assert "unknown method" not in message and "Traceback" not in message, message
    # Refused before sending: the SDK's validation names a parameter (snake or wire name).
    assert re.search(r"error: .*\b[a-z][A-Za-z0-9_\[\].]*: ", message), message
    assert fake.fake.requests == [], message


def test_the_account_headers_travel_from_the_options(komet: Komet, fake: ThreadedFake) -> None:
    result = komet("call", *ACCOUNT, "company.location.list", "customerId=7")
    (sent,) = fake.sent("company.location.list")
    # The fake checks the headers the page marks required (X-ACCOUNT, X-SALES-CHANNEL)
    # before it looks the customer up: they arrived.
    assert sent.processed and sent.outcome == "status0:record_not_found", sent.outcome
    assert_no_token(result, fake.token)
    refused = komet("call", "company.location.list", "customerId=7")
    assert refused.exit_code != 0 and "account_id" in refused.stderr
    assert len(fake.sent("company.location.list")) == 1  # the refused call sent nothing

"""The SDK's catalog and the fake server's spec are two independent readings of the docs.

Where they disagree, one of them misread the docs: this test names the method and the field.
"""

from __future__ import annotations

import pytest

from komet_async import CATALOG
from komet_async.testing import load_spec

SPEC = load_spec()
PARAMS_IN = {"query": "query", "json": "body"}


@pytest.mark.parametrize("name", sorted(CATALOG))
def test_catalog_entry_matches_the_fake_spec(name: str) -> None:
    assert name in SPEC, f"{name} is in the SDK's catalog but not in the fake's spec"
    sdk, fake = CATALOG[name], SPEC[name]
    assert sdk.url_path == fake.path, "URL path (one path may carry two verbs)"
    assert sdk.http_method == fake.http, "HTTP verb"
    assert sdk.params_in == PARAMS_IN[fake.params_in], "where parameters go"
    if fake.auth == "credentials":  # login: no token at all, credentials instead
        assert sdk.token_in == "none", "login sends no token"
    else:
        assert sdk.token_in == fake.token_in, "where the token goes"
        assert sdk.token_param == fake.token_param, "the token's parameter name"
    assert sdk.retry_safe == fake.retry_safe, "retry safety"
    assert sdk.status_key == fake.envelope, "envelope status key"
    if fake.tokens_documented:
        assert set(sdk.token_types) == set(fake.tokens), "valid token types"
    assert set(sdk.required_headers) == set(fake.headers_required), "required headers"
    if fake.not_found_documented and fake.not_found_message:
        assert fake.not_found_message in sdk.not_found, "documented 'not found' message"


def test_catalog_is_keyed_by_komet_name_and_names_are_unique() -> None:
    places = [(m.namespace, m.attr) for m in CATALOG.values()]
    assert len(places) == len(set(places))
    for name, method in CATALOG.items():
        assert method.name == name

"""``.response`` is always a ``ResponseInfo``: the answer's own on every decoded result,
``komet.NO_RESPONSE`` on one that no answer made (built by hand)."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest

import komet_async as komet
from komet_async._convert import converter
from tests.conftest import ScriptedServer


async def test_a_decoded_list_and_envelope_carry_their_answer(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "1", "message": "OK", "products": [{"id": "7"}]})
    products = await session.products.list()
    assert products.response is not komet.NO_RESPONSE
    assert (products.response.komet_method, products.response.http_status) == ("product.list", 200)

    server.reply_json({"status": "1", "message": "Product saved", "productId": "9"})
    saved = await session.products.add(category="Roses", color="Red")
    assert saved.product_id == 9
    assert saved.response is not komet.NO_RESPONSE
    assert saved.response.message == "Product saved"


def test_models_built_by_hand_have_no_response() -> None:
    assert komet.ProductSaveResponse(product_id=1).response is komet.NO_RESPONSE
    assert komet.KometList([1, 2]).response is komet.NO_RESPONSE
    info = komet.ResponseInfo("product.list", "OK", 200, {}, 0.1)
    assert komet.KometList([], info).response is info
    assert repr(komet.NO_RESPONSE) == "NO_RESPONSE"
    assert (komet.NO_RESPONSE.http_status, komet.NO_RESPONSE.komet_method) == (0, "")


def test_the_placeholder_is_one_shared_frozen_instance() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        komet.NO_RESPONSE.message = "changed"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(komet.NO_RESPONSE)) is komet.NO_RESPONSE
    assert copy.deepcopy(komet.NO_RESPONSE) is komet.NO_RESPONSE
    made = komet.ProductSaveResponse(product_id=1)
    assert pickle.loads(pickle.dumps(made)).response is komet.NO_RESPONSE
    assert pickle.loads(pickle.dumps(komet.KometList([1]))).response is komet.NO_RESPONSE


def test_response_never_goes_on_the_wire() -> None:
    made = komet.ProductSaveResponse(status=1, message="OK", product_id=1)
    assert "response" not in converter.unstructure(made)
    assert made == komet.ProductSaveResponse(
        status=1, message="OK", product_id=1, response=komet.ResponseInfo("x", None, 200, {}, 1.0)
    )

"""The envelope: status 1/"1" succeeds, 0/"0" fails with a typed error, "not found" is []."""

from __future__ import annotations

import pytest

import komet_async as komet
from tests.conftest import ScriptedServer

PRODUCT = {"id": "7", "description": "Rose Red Freedom 50cm", "legacyCode": "RS50"}


@pytest.mark.parametrize("status", ["1", 1])
async def test_success_in_both_encodings(
    server: ScriptedServer, session: komet.KometSession, status: object
) -> None:
    server.reply_json({"status": status, "message": "OK", "products": [PRODUCT]})
    products = await session.products.list()
    assert [p.id for p in products] == [7]
    assert products[0].legacy_code == "RS50"
    assert products.response is not None
    assert products.response.message == "OK"
    assert products.response.http_status == 200
    assert products.response.komet_method == "product.list"


@pytest.mark.parametrize("status", ["0", 0])
async def test_failure_in_both_encodings(
    server: ScriptedServer, session: komet.KometSession, status: object
) -> None:
    server.reply_json({"status": status, "message": "Something went wrong"})
    with pytest.raises(komet.KometAPIError) as info:
        await session.products.list()
    error = info.value
    assert type(error) is komet.KometAPIError
    assert error.message == "Something went wrong"
    assert error.komet_method == "product.list"
    assert "Something went wrong" in str(error)


@pytest.mark.parametrize(
    ("message", "error_class"),
    [
        ("Invalid Security Token", komet.AuthenticationError),
        ("The authenticationToken is required", komet.AuthenticationError),
        ("Method not allowed for this token", komet.PermissionDeniedError),
        ("Daily request quota exceeded", komet.QuotaExceededError),
        ("Parameter boxCode is invalid", komet.KometAPIError),
    ],
)
async def test_failure_messages_are_classified(
    server: ScriptedServer,
    session: komet.KometSession,
    message: str,
    error_class: type[komet.KometAPIError],
) -> None:
    server.reply_json({"status": "0", "message": message})
    with pytest.raises(komet.KometAPIError) as info:
        await session.boxes.list_types()
    assert type(info.value) is error_class


async def test_documented_not_found_is_an_empty_list(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "0", "message": "Products not found."})
    products = await session.products.list(description="nothing like this")
    assert products == []
    assert products.response is not None
    assert products.response.message == "Products not found."


async def test_not_found_message_of_another_method_is_still_an_error(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    # Only the exact message documented for *this* method means "empty".
    server.reply_json({"status": "0", "message": "Products not found."})
    with pytest.raises(komet.KometAPIError):
        await session.boxes.list_types()


async def test_write_methods_never_swallow_status_zero(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "0", "message": "Boxtype not found."})
    with pytest.raises(komet.KometAPIError):
        await session.boxes.change_codes(
            [komet.BoxCodeChange(current_box_code="KS1", new_box_code="PT1")]
        )


async def test_unexpected_status_value_is_a_decode_error(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json({"status": "maybe", "message": "?"})
    with pytest.raises(komet.KometDecodeError):
        await session.products.list()


async def test_answer_without_status_is_accepted_only_where_documented(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    # carrier.list's documented sample has no status/message: decode what is there.
    server.reply_json({"carriers": [{"id": "3", "name": "FedEx"}]})
    carriers = await session.carriers.list()
    assert [c.id for c in carriers] == [3]
    # Anywhere else an answer without its status is not a success.
    server.reply_json({"products": [PRODUCT]})
    with pytest.raises(komet.KometDecodeError):
        await session.products.list()
    server.reply_json({"error": "Invalid product"})
    with pytest.raises(komet.KometDecodeError):
        await session.boxes.change_codes(
            [komet.BoxCodeChange(current_box_code="KS1", new_box_code="PT1")]
        )


async def test_partial_success_is_reported_per_item(
    server: ScriptedServer, session: komet.KometSession
) -> None:
    server.reply_json(
        {
            "status": "1",
            "message": "1 boxes were successfully updated. 1 boxes could not be updated",
            "boxes": [
                {"newBoxCode": "PT1", "status": "1", "message": "success"},
                {"newBoxCode": "PT2", "status": "0", "message": "Box code does not exist"},
            ],
        }
    )
    results = await session.boxes.change_codes(
        [
            komet.BoxCodeChange(current_box_code="KS1", new_box_code="PT1"),
            komet.BoxCodeChange(current_box_code="KS2", new_box_code="PT2"),
        ]
    )
    assert [(r.new_box_code, r.ok) for r in results] == [("PT1", True), ("PT2", False)]
    assert results[1].message == "Box code does not exist"

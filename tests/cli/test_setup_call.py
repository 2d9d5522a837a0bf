"""``komet call`` reaches the one path with two verbs, ``automatic-additional-charge``, by
the docs' names with the verb; the bare path is refused naming both choices."""

from __future__ import annotations

import json

from .conftest import Komet, ThreadedFake, assert_no_token

RULE = (
    "additionalChargeId=23243",
    "companyLocationId=1",
    "amountValue=5.25",
    "active=1",
    "capPerDay=100",
    "minCapPerDay=0",
    "amountType=1",
    "orderType=0",
)


def test_post_then_put_by_name_with_the_verb(komet: Komet, fake: ThreadedFake) -> None:
    result = komet("call", "automatic-additional-charge [POST]", *RULE, "excludeCustomerIds=[7,8]")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == 1
    ((rule_id, rule),) = fake.fake.state.setup.automatic_charges.items()
    assert rule["excludeCustomerIds"] == [7, 8]

    result = komet(
        "call",
        "automatic-additional-charge [PUT]",
        f"automaticAdditionalChargeId={rule_id}",
        *RULE[:-1],
        "orderType=2",
        "excludeCustomerIds=[7]",
        "excludeCustomerActionType=0",
    )
    assert result.exit_code == 0, result.output
    assert_no_token(result, fake.token)
    (post,) = fake.sent("automatic-additional-charge [POST]")
    (put,) = fake.sent("automatic-additional-charge [PUT]")
    assert (post.verb, put.verb) == ("POST", "PUT")
    assert put.params["automaticAdditionalChargeId"] == rule_id and put.token_kind == "company"
    assert put.params["orderType"] == 2 and put.params["excludeCustomerIds"] == "7"
    rule = fake.fake.state.setup.automatic_charges[rule_id]
    assert rule["orderType"] == 2 and rule["excludeCustomerIds"] == [8]

    # The verb's case and the spacing are forgiven; the Python spelling works too.
    for name in ("automatic-additional-charge[put]", "additional_charges.update_automatic"):
        again = komet("call", name, f"automaticAdditionalChargeId={rule_id}", *RULE)
        assert again.exit_code == 0, (name, again.output)
    assert len(fake.sent("automatic-additional-charge [PUT]")) == 3


def test_the_bare_path_names_both_choices_and_sends_nothing(
    komet: Komet, fake: ThreadedFake
) -> None:
    result = komet("call", "automatic-additional-charge", *RULE)
    assert result.exit_code == 2, result.output
    assert "'automatic-additional-charge' is one path with 2 verbs" in result.stderr
    assert "'automatic-additional-charge [POST]'" in result.stderr
    assert "'automatic-additional-charge [PUT]'" in result.stderr
    assert "unknown" not in result.stderr  # the path is known: only the verb is missing
    # A verb it does not have is unknown, with the two it has as the ones meant.
    result = komet("call", "automatic-additional-charge [DELETE]", *RULE)
    assert result.exit_code == 2
    assert "unknown method" in result.stderr and "[PUT]" in result.stderr
    assert list(fake.fake.requests) == []

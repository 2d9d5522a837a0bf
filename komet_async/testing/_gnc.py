"""The fake's Global Network Codes service: ``/gnc/genus`` and ``/gnc/product`` beside
``/api/`` (``FakeKomet.gnc_url``), checked by the fake's own reading of the two pages
(``spec.json``'s ``global_network_codes``).

The codes are a read-only registry seeded from the fake's flower categories (genera) and
their varieties and colors (products); nothing writes to it, so there is no state beyond
the seed. Answers are ``{"headers": {"statusCode": 200}, "body": [...]}`` as documented. A
refusal is ``statusCode`` 400 (documented) with a ``message`` (the fake's text: the pages
show no failure sample). ``limit`` above 50 is capped, as documented.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._seed_data import COLORS, VARIETIES
from ._spec import MethodSpec

GNC_MAX_LIMIT = 50  # "max 50; larger values are capped"
GENUS_ID_BASE = 2000000
PRODUCT_ID_BASE = 3000000


@dataclass(frozen=True)
class GncData:
    genera: tuple[dict[str, Any], ...]
    products: tuple[dict[str, Any], ...]  # with the genusId they belong to


def seed_gnc() -> GncData:
    genera = tuple(
        {"genusId": GENUS_ID_BASE + index, "genusName": name}
        for index, name in enumerate(sorted(VARIETIES))
    )
    products: list[dict[str, Any]] = []
    for genus in genera:
        varieties, grades = VARIETIES[str(genus["genusName"])]
        for variety in varieties:
            for color in COLORS:
                for grade in grades:
                    products.append(
                        {
                            "productId": PRODUCT_ID_BASE + len(products),
                            "productName": f"{variety} {color} {grade}",
                            "genusId": genus["genusId"],
                        }
                    )
    return GncData(genera, tuple(products))


@dataclass
class GncService:
    """Tokens issued "by the support team" and the seeded codes."""

    data: GncData = field(default_factory=seed_gnc)
    tokens: set[str] = field(default_factory=set)

    def add_token(self) -> str:
        token = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(26))
        self.tokens.add(token)
        return token

    def answer(
        self, spec: MethodSpec, params: Mapping[str, Any], token: str | None
    ) -> tuple[dict[str, Any], str]:
        """The answer body and an outcome for the request log."""
        if token is None or token not in self.tokens:
            return _refused("Invalid token"), "status0:token_invalid"
        for name in spec.params.required:
            if params.get(name) in (None, ""):
                return _refused(f"The parameter {name} is required"), "status0:param_required"
        limit = _integer(params.get("limit"))
        if limit is None or limit < 1:
            return _refused("The parameter limit is not valid"), "status0:bad_param"
        limit = min(limit, GNC_MAX_LIMIT)
        if spec.path == "genus":
            wanted = str(params["genusName"]).casefold()
            body = [g for g in self.data.genera if wanted in g["genusName"].casefold()]
        else:
            genus_id = _integer(params.get("genusId"))
            if genus_id is None:
                return _refused("The parameter genusId is not valid"), "status0:bad_param"
            words = str(params["productName"]).casefold().split()
            body = [
                {"productId": p["productId"], "productName": p["productName"]}
                for p in self.data.products
                if p["genusId"] == genus_id
                and all(word in p["productName"].casefold() for word in words)
            ]
        return {"headers": {"statusCode": 200}, "body": body[:limit]}, "ok"


def _refused(message: str) -> dict[str, Any]:
    return {"headers": {"statusCode": 400}, "message": message, "body": []}


def _integer(value: object) -> int | None:
    """Samples send numbers as text (``"49"``); JSON numbers are accepted too."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None

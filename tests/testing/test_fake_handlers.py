"""Products, box types, box codes and lookups: answers shaped like the docs, writes that stick."""

from __future__ import annotations

import aiohttp

from komet_async.testing import FakeKomet

from .conftest import Client


async def test_product_list_filters(client: Client) -> None:
    every = (await client.call("product.list")).body["products"]
    assert len(every) == len(client.fake.state.products)
    first = every[0]
    assert set(first) == {
        "id", "description", "active", "category", "divisionId", "divisionDescription",
        "variety", "color", "grade", "legacyCode", "tags",
    }  # fmt: skip
    assert isinstance(first["id"], str)
    by_id = await client.call("product.list", {"id": first["id"]})
    assert [p["id"] for p in by_id.body["products"]] == [first["id"]]
    by_code = await client.call("product.list", {"legacyCode": first["legacyCode"].lower()})
    assert [p["id"] for p in by_code.body["products"]] == [first["id"]]
    word = first["variety"].upper()
    by_like = (await client.call("product.list", {"description": word})).body["products"]
    assert by_like and all(word.lower() in p["description"].lower() for p in by_like)
    assert len(by_like) < len(every) or all(p["variety"] == first["variety"] for p in every)


async def test_product_add_then_update(client: Client) -> None:
    added = await client.call(
        "product.add",
        {"category": "Rose", "color": "Red", "variety": "Freedom", "grade": "50 cm",
         "code": "RS50", "regionsOfOrigin": ["Africa", "Quito"]},
    )  # fmt: skip
    assert added.body["message"] == "The product was successfully saved."
    product_id = added.body["productId"]
    assert isinstance(product_id, str)  # newest sample answers a string
    found = await client.call("product.list", {"legacyCode": "RS50"})
    assert found.body["products"][0]["description"] == "Rose Red Freedom 50 cm"
    updated = await client.call(
        "product.update",
        {"productId": int(product_id), "category": "Rose", "color": "White", "active": 0},
    )
    assert updated.body["productId"] == int(product_id)  # update sample answers a number
    product = client.fake.state.products[product_id]
    assert (product["color"], product["active"]) == ("White", 0)
    missing = await client.call("product.update", {"productId": 1, "category": "Rose",
                                                   "grade": "x"})  # fmt: skip
    assert (missing.status, missing.message) == ("0", "Product 1 does not exist.")


async def test_boxtype_list_matches_the_sample_shape(client: Client) -> None:
    answer = await client.call("boxtype.list")
    assert answer.body["status"] == "1"
    codes = {b["code"]: b for b in answer.body["boxtypes"]}
    assert codes["FB"] == {
        "code": "FB", "kometNetworkName": "FB", "fbe": 1.0, "id": 1056, "kometNetworkId": 900,
    }  # fmt: skip
    assert (codes["HB"]["fbe"], codes["QB"]["fbe"]) == (0.5, 0.25)
    by_id = await client.call("boxtype.list", {"id": "1057"})
    assert [b["code"] for b in by_id.body["boxtypes"]] == ["HB"]
    none = await client.call("boxtype.list", {"code": "ZZ"})
    assert none.body == {"status": "0", "message": "Boxtype not found."}


async def test_box_code_change_partial_success(client: Client) -> None:
    state = client.fake.state
    assert "KS001001" in state.boxes and "KS001002" in state.boxes
    boxes = [
        {"currentBoxCode": "KS001001", "newBoxCode": "PT991001"},
        {"currentBoxCode": "KS001002", "newBoxCode": "PT991002"},
        {"currentBoxCode": "NOPE0001", "newBoxCode": "PT991003"},
        {"currentBoxCode": "KS001003", "newBoxCode": "KS001004"},  # taken
    ]
    answer = await client.call("box.code.change", {"boxes": boxes})
    assert answer.body == {
        "status": "1",
        "message": "2 boxes were successfully updated. 2 boxes could not be updated",
        "boxes": [
            {"newBoxCode": "PT991001", "status": "1", "message": "success"},
            {"newBoxCode": "PT991002", "status": "1", "message": "success"},
            {"newBoxCode": "PT991003", "status": "0", "message": "Box code does not exist"},
            {"newBoxCode": "KS001004", "status": "0", "message": "Box code already exists"},
        ],
    }
    assert "KS001001" not in state.boxes and state.boxes["PT991001"]["code"] == "PT991001"
    assert "KS001003" in state.boxes


async def test_vendor_token_sees_only_its_own_boxes(client: Client) -> None:
    box = client.fake.state.boxes["KS001001"]
    mine = client.fake.add_token("vendor", vendor_id=str(box["vendorId"]))
    other = client.fake.add_token("vendor", vendor_id="no-such-vendor")
    request = {"boxes": [{"currentBoxCode": "KS001001", "newBoxCode": "VX1"}]}
    refused = await client.call("box.code.change", request, token=other)
    assert refused.body["boxes"][0]["message"] == "Box code does not exist"
    accepted = await client.call("box.code.change", request, token=mine)
    assert accepted.body["boxes"][0]["status"] == "1"


async def test_customer_list_filters_and_inactive(client: Client) -> None:
    state = client.fake.state
    active = [c for c in state.customers.values() if c["active"] == "1"]
    listed = (await client.call("customer.list")).body["customers"]
    assert len(listed) == len(active) < len(state.customers)
    everyone = await client.call("customer.list", {"includeInactive": "true"})
    assert len(everyone.body["customers"]) == len(state.customers)
    one = active[0]
    by_code = await client.call("customer.list", {"code": one["code"].lower()})
    assert [c["id"] for c in by_code.body["customers"]] == [one["id"]]
    none = await client.call("customer.list", {"name": "zzz-nobody"})
    assert none.body == {"status": "0", "message": "Customers not found."}


async def test_location_and_carrier_lists(client: Client) -> None:
    locations = await client.call("location.list")
    assert locations.body["locations"] == [{"id": "1", "name": "Miami Warehouse", "code": "MIA"}]
    carriers = (await client.call("carrier.list", {"name": "american"})).body["carriers"]
    assert [c["code"] for c in carriers] == ["AA"]
    assert isinstance(carriers[0]["id"], int) and carriers[0]["kometNetworkId"] > 0
    inactive = await client.call("carrier.list", {"active": "0"})
    assert [c["code"] for c in inactive.body["carriers"]] == ["TRK"]


async def test_vendor_add_then_list(client: Client) -> None:
    added = await client.call(
        "vendor.add", {"name": "Flores ABC", "portOrigin": "BOG", "vendorType": 1, "code": "ABC"}
    )
    assert added.body["message"] == "The Vendor was successfully saved."
    assert isinstance(added.body["vendorId"], int)
    found = (await client.call("vendor.list", {"code": "abc"})).body["vendors"]
    assert found == [
        {"id": str(added.body["vendorId"]), "name": "Flores ABC", "code": "ABC",
         "portOrigin": "BOG", "cargoMasterCode": None, "active": 1},
    ]  # fmt: skip


async def test_awb_lists_for_a_ship_date(client: Client) -> None:
    awbs = (await client.call("awb.list", {"shipDate": "2026-03-02"})).body["awbs"]
    assert awbs and all(a["shipDate"] == "2026-03-02" for a in awbs)
    first = awbs[0]
    codes = first["boxesCodes"].split(",")
    assert first["pieces"] == len(codes) and all(c in client.fake.state.boxes for c in codes)
    last4 = first["awb"][-4:]
    by_number = (await client.call("awb.list", {"awb": last4})).body["awbs"]
    assert first["awbId"] in [a["awbId"] for a in by_number]
    details = (await client.call("awb.details.list", {"shipDate": "2026-03-02"})).body["awbs"]
    assert [b["code"] for b in details[0]["boxes"]] == codes
    missing = await client.call("awb.list", {"shipDate": "2026-03-02", "originCode": "XXX"})
    assert missing.message == "AWBs not found."


async def test_awb_future_save_then_list(client: Client) -> None:
    saved = await client.call(
        "awb.future.save",
        {"originCode": "UIO", "shipDate": "2017-11-15", "awb": "234-2367-0983",
         "instructions": "awb changed",
         "houses": [{"house": "CM-93242111", "vendorCode": "V01", "locationCode": "MIA"}]},
    )  # fmt: skip
    assert saved.body == {"status": "1", "message": "success"}
    listed = (await client.call("awb.future.list", {"shipDate": "2017-11-15"})).body["awbs"]
    mine = [a for a in listed if a["awb"] == "234-2367-0983"]
    assert mine and mine[0]["houses"][0]["house"] == "CM-93242111"
    # shipDate is ignored when the AWB already exists
    await client.call(
        "awb.future.save",
        {"originCode": "UIO", "shipDate": "2017-12-01", "awb": "234-2367-0983", "houses": []},
    )
    assert client.fake.state.saved_future_awbs["234-2367-0983"]["shipDate"] == "2017-11-15"


async def test_force_not_found(client: Client) -> None:
    client.fake.force_not_found("product.list")
    assert (await client.call("product.list")).body == {
        "status": "0",
        "message": "Products not found.",
    }
    client.fake.force_not_found("product.list", enabled=False)
    assert (await client.call("product.list")).status == "1"


async def test_status_styles(http: aiohttp.ClientSession) -> None:
    async with FakeKomet(status_style="int") as fake:
        client = Client(http, fake)
        assert (await client.call("boxtype.list")).body["status"] == 1
        assert (await client.call("boxtype.list", {"code": "ZZ"})).body["status"] == 0
        fake.set_status_style("mixed")
        kinds = set()
        for index in range(30):
            answer = await client.call("product.list", {"description": str(index)})
            kinds.add(type(answer.body["status"]))
        assert kinds == {int, str}


async def test_reset_restores_the_seeded_state(client: Client) -> None:
    fake = client.fake
    before = (await client.call("product.list")).body
    await client.call("product.add", {"category": "Rose", "color": "Red"})
    fake.force_not_found("boxtype.list")
    assert fake.requests
    fake.reset()
    assert fake.requests == []
    assert (await client.call("product.list")).body == before
    assert (await client.call("boxtype.list")).status == "1"

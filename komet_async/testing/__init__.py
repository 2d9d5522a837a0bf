"""komet_async.testing — a stateful fake Komet Sales API server for tests.

>>> async with FakeKomet(seed=7) as fake:          # doctest: +SKIP
...     fake.url, fake.token                        # http://127.0.0.1:PORT/api/, a company token
...     vendor_token = fake.add_token("vendor", ["product.list"])
...     fake.force_not_found("product.list")
...     fake.requests                               # list[ReceivedRequest]

Its knowledge of the API comes from the packaged ``spec.json`` (generated from the research
notes by ``_make_spec``) and ``rules`` — never from the SDK's catalog.
"""

from ._clock import TODAY_ENV, FakeClock
from ._daily import DailyCache
from ._faults import ALL_FAULT_KINDS, FaultKind, Faults
from ._odd_values import OddValue
from ._received import ReceivedRequest
from ._server import FakeKomet, StatusStyle
from ._spec import DateWindow, MethodSpec, ParamRules, load_spec
from ._state import FakeState
from ._tokens import TokenInfo, TokenKind
from .handlers import HandlerContext, ParamError, Reply, handler
from .rules import Rule

__all__ = [
    "ALL_FAULT_KINDS",
    "TODAY_ENV",
    "DailyCache",
    "DateWindow",
    "FakeClock",
    "FakeKomet",
    "FakeState",
    "FaultKind",
    "Faults",
    "HandlerContext",
    "MethodSpec",
    "OddValue",
    "ParamError",
    "ParamRules",
    "ReceivedRequest",
    "Reply",
    "Rule",
    "StatusStyle",
    "TokenInfo",
    "TokenKind",
    "handler",
    "load_spec",
]

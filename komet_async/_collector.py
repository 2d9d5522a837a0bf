"""The cyclic garbage collector, paused while a large answer is parsed and decoded.

Parsing and structuring a 10 MB page creates ~10^6 objects; with the collector on, its
generational thresholds trip several full collections of the whole heap meanwhile (the
decode then costs ~1.4x the CPU, and the loop stalls twice as long). JSON and the models
built from it make no reference cycles, so nothing is lost by not looking for them.

The pause is scoped: :func:`pause` turns the collector off only if it is on (a host that
turned it off finds it off), pauses nest (a parse and the decode after it, overlapping
decodes of several tasks), and the collector comes back on at the event loop's next turn
after the last of them ends -- never while a decode is running, and never if the host
had it off. The one collection due then runs over the decoded page alone: the parsed
dicts are freed while the page is structured.
"""

from __future__ import annotations

import asyncio
import gc

_depth = 0
"""How many large parses and decodes are running now."""
_owned = False
"""Whether this module turned the collector off (and so must turn it back on)."""


def pause() -> None:
    """Turn the collector off, if it is on, until the matching :func:`resume`."""
    global _depth, _owned
    if _depth == 0 and gc.isenabled():
        gc.disable()
        _owned = True
    _depth += 1


def resume() -> None:
    """End one :func:`pause`; after the last, the collector comes back on at the event
    loop's next turn (now, outside a loop), if :func:`pause` turned it off."""
    global _depth
    _depth -= 1
    if _depth or not _owned:
        return
    try:
        asyncio.get_running_loop().call_soon(_enable_if_idle)
    except RuntimeError:
        _enable_if_idle()


def _enable_if_idle() -> None:
    global _owned
    if _depth == 0 and _owned:
        _owned = False
        gc.enable()

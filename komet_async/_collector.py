"""The cyclic garbage collector, paused while a large answer is parsed and decoded.

Parsing and structuring a 10 MB page creates ~10^6 objects; with the collector on, its
generational thresholds trip several full collections of the whole heap meanwhile (the
decode then costs ~1.4x the CPU, and the loop stalls twice as long). JSON and the models
built from it make no reference cycles, so nothing is lost by not looking for them.

The pause is scoped: :func:`pause` turns the collector off only if it is on (a host that
turned it off finds it off), pauses nest (a parse and the decode after it, overlapping
decodes of several tasks), and the collector comes back on at the event loop's next turn
after the last of them ends -- never while a decode is running, and never if the host
had it off.

Turning it back on would start at once the young collection the pause has put off: one
pass over every container made meanwhile -- the whole decoded page, alive and in the
caller's hands -- 50-140 ms of stalled loop for a 10 MB page, to find nothing. Instead,
just before the collector comes back, what the pause made is moved to the oldest
generation unvisited (``gc.freeze()`` then ``gc.unfreeze()``: two list splices, O(1)), where
the host's next full collection looks at it as it looks at everything else long-lived.
The price: a container of the host's made during the pause skips the young collections
(a cycle of it is found by the next full one instead). A host that froze objects of its
own (``gc.freeze()`` before forking workers, say) keeps them frozen: with anything frozen,
nothing is moved and the young collection runs as it would have. (CPython 3.12 freezes a
few hundred objects of its own at startup, so there the page is never promoted.)
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
        if gc.get_freeze_count() == 0:
            # Promote, unvisited, what the pause made (see the module's docstring).
            gc.freeze()
            gc.unfreeze()
        gc.enable()

"""Turns of the event loop shared by the SDK's sliced work: one slice per turn.

Large answers are parsed and decoded in slices (about a millisecond each) with the loop
free in between (see ``_transport.loads_in_slices`` and ``_decode.decode_in_slices``). A
ranged pull runs several windows at once, and asyncio runs in one turn every task that is
ready: four windows each ran a slice per turn, and a host task whose timer fell due waited
two or three such turns (a due timer wakes its task one turn later), 8-12 ms at a time.

Here the sliced jobs of one event loop take turns: at most one of their slices runs in a
turn of the loop, the job that has waited longest first, so a host task waits about one
slice whatever the number of jobs (and the jobs' total CPU is the same: they only
interleave differently). A job alone on its loop pays one ``sleep(0)`` a slice, as before.
Between two calls of :meth:`Share.next_slice` a job must not await anything else: it holds
the turn until then.
"""

from __future__ import annotations

import asyncio
import collections
import weakref
from types import TracebackType


class _Turns:
    """The sliced jobs of one event loop: whether one holds the turn, and who waits."""

    __slots__ = ("held", "waiting")

    def __init__(self) -> None:
        self.held = False
        self.waiting: collections.deque[asyncio.Future[None]] = collections.deque()

    def pass_on(self) -> None:
        """The holder is done with its turn: the longest waiter gets it (it runs at the
        loop's next turn, when its future's callback does)."""
        self.held = False
        while self.waiting:
            waiter = self.waiting.popleft()
            if not waiter.done():  # a cancelled waiter is skipped
                waiter.set_result(None)
                self.held = True
                return


_TURNS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Turns] = weakref.WeakKeyDictionary()
"""Each loop's turns, gone with the loop (jobs still waiting keep theirs alive until they end).
Only the loop's own thread reads or writes its entry."""


class Share:
    """One sliced job's share of its event loop's turns: ``with Share() as share`` (or
    :meth:`release` in a ``finally``), then ``await share.next_slice()`` before each slice."""

    __slots__ = ("_holding", "_loop", "_turns")

    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        turns = _TURNS.get(self._loop)
        if turns is None:
            turns = _TURNS[self._loop] = _Turns()
        self._turns = turns
        self._holding = False

    def __enter__(self) -> Share:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def release(self) -> None:
        """Give the turn up (the job has ended, or will await something else now)."""
        if self._holding:
            self._holding = False
            self._turns.pass_on()

    async def next_slice(self) -> None:
        """Return at a later turn of the loop that no other sliced job's slice runs in."""
        turns = self._turns
        if self._holding and turns.waiting:
            self.release()  # a job waits: it goes first
        if self._holding or not turns.held:
            # The turn is this job's, and stays so across one yield (which lets the host's
            # ready tasks run): a job that arrives meanwhile waits for it.
            turns.held = self._holding = True
            try:
                await asyncio.sleep(0)
            except BaseException:
                self.release()
                raise
            if not turns.waiting:
                return
            self.release()
            if not turns.held:  # every waiter had been cancelled
                turns.held = self._holding = True
                return
        waiter = self._loop.create_future()
        turns.waiting.append(waiter)
        try:
            await waiter
        except BaseException:
            # Cancelled: if the turn had already been given to this job, pass it on.
            if waiter.done() and not waiter.cancelled():
                turns.pass_on()
            raise
        self._holding = True

"""Pausing Python's cycle collector while a large document is built in one go.

Reading a document makes hundreds of thousands of objects (projects, indicators,
amounts) that all stay alive. The cycle collector runs again and again while they are
made, each time over everything made so far: for 5,000 projects that more than doubles
the time of building the document from JSON or unpickling it. :func:`paused_gc` turns the
collector off for the block and puts it back as it was (reference counting still frees
everything that is dropped). :func:`kept_long` does the same for objects that stay alive
long after the block, a document opened in the editor, and then keeps later collections
from going over them at all.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cycle collector off for the block, then as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def kept_long() -> Iterator[Callable[[], None]]:
    """As :func:`paused_gc`, for what may stay alive long after the block (a document
    opened in the editor). Calling the function it gives marks what exists at the end of
    the block as long-lived: it is then moved out of the collector's reach
    (``gc.freeze``), so that the collections that follow, while the person types, do not
    go over hundreds of thousands of objects again and again (one such pass after opening
    1,000 projects takes about 0.1 s). What an earlier block froze is given back to the
    collector first (``gc.unfreeze``).

    Freezing keeps whatever reference cycles are garbage at that moment: call it only for
    large data (a small document is quick to go over anyway), made where no cyclic garbage
    is left behind (a test checks this for opening a document)."""
    gc.unfreeze()
    wanted: list[bool] = []
    try:
        with paused_gc():
            yield lambda: wanted.append(True)
    finally:
        if wanted:
            gc.freeze()

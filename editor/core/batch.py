"""Work on a whole edition at once: parsing it, repairing it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep Python's cyclic garbage collector out of one batch (a parse, a repair).

    A batch keeps tens of thousands of new objects alive (units, blocks, operations, their
    inverses, the repair records), which sets off several full collections, each walking
    the whole edition: about a fifth of repair time and a tenth of parse time at 5 MB, to
    free nothing, since neither makes reference cycles (their garbage goes by reference
    counting). The collector is turned back on after the batch, unless it was off before.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

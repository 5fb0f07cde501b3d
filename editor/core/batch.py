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

    Turned back on, it would at once walk everything the batch made (all of it still in
    the youngest generation: 25 ms after a 2 MB repair), then again one generation up,
    only to find it all alive. So the batch's objects go straight to the oldest
    generation instead (`gc.freeze` then `gc.unfreeze`: two list splices, no walk), as
    long-lived as they are; full collections still look at them, so nothing is kept
    that a collection would free. Skipped when something else froze objects, which
    `gc.unfreeze` would thaw.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()

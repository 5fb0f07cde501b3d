"""The core's text-keyed caches, emptied so a measurement reads as a fresh process would."""

from __future__ import annotations

import sys


def cold_caches() -> None:
    """Empty the core's text-keyed caches, so a run reads as a fresh process would.

    The detectors and patterns cache their answers by text; a second run of the same
    edition would find every answer cached and measure far less work than a first one.
    The generator's own cache is kept: it is not part of what is measured.
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith("editor.core.") or name == "editor.core.generate":
            continue
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()

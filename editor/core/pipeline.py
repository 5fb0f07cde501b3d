"""Files → a parsed, auto-repaired edition: the one path the window and the CLI share."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.model import Edition, Source
from editor.core.parsing import parse_edition
from editor.core.reading import read_source
from editor.core.repair import DEFAULT_THRESHOLD, RepairResult, auto_repair


@dataclass
class Loaded:
    """An edition just read, with what auto-repair did to it (empty when repair was off)."""

    edition: Edition
    repair: RepairResult = field(default_factory=lambda: RepairResult(None, None, []))


def read_sources(paths: Sequence[str | os.PathLike[str]]) -> list[Source]:
    """Read page files in the order given; each becomes one source (page label = its number)."""
    return [read_source(path, page=str(i + 1) if len(paths) > 1 else "")
            for i, path in enumerate(paths)]


def build_edition(sources: list[Source], repair: bool = True,
                  threshold: float = DEFAULT_THRESHOLD) -> Loaded:
    edition = parse_edition(sources)
    if not repair:
        return Loaded(edition)
    result = auto_repair(edition, threshold)
    edition.repairs = list(result.repairs)
    return Loaded(edition, result)


def load_edition(paths: Sequence[str | os.PathLike[str]], repair: bool = True,
                 threshold: float = DEFAULT_THRESHOLD) -> Loaded:
    """Read, parse and (by default) auto-repair an edition of one or more page files."""
    return build_edition(read_sources([Path(p) for p in paths]), repair, threshold)

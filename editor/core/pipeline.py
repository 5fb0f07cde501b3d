"""Files → a parsed, auto-repaired edition: the one path the window and the CLI share."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.model import Edition, Source
from editor.core.parsing import parse_edition
from editor.core.reading import read_source, side_by_side
from editor.core.repair import DEFAULT_THRESHOLD, RepairResult, auto_repair


@dataclass(frozen=True)
class Notice:
    """Something about an input the reader should know before trusting the result: `code`
    for a window to say it in its language, `message` in English for the command line."""

    code: str
    source: str
    message: str


@dataclass
class Loaded:
    """An edition just read, with what auto-repair did to it (empty when repair was off),
    and notices about its sources."""

    edition: Edition
    repair: RepairResult = field(default_factory=lambda: RepairResult(None, None, []))
    notices: list[Notice] = field(default_factory=list)


def notices(sources: Sequence[Source]) -> list[Notice]:
    """What the reader should know about the sources: columns printed side by side."""
    return [
        Notice("side_by_side", source.name,
               f"{source.name}: the lines hold two columns side by side (an extraction that "
               "keeps the page layout, such as pdftotext -layout), so stories are mixed line "
               "by line; extract the text again without keeping the layout")
        for source in sources if side_by_side(source.text)
    ]


def read_sources(paths: Sequence[str | os.PathLike[str]]) -> list[Source]:
    """Read page files in the order given; each becomes one source (page label = its number)."""
    return [read_source(path, page=str(i + 1) if len(paths) > 1 else "")
            for i, path in enumerate(paths)]


def build_edition(sources: list[Source], repair: bool = True,
                  threshold: float = DEFAULT_THRESHOLD) -> Loaded:
    edition = parse_edition(sources)
    if not repair:
        return Loaded(edition, notices=notices(sources))
    result = auto_repair(edition, threshold)
    edition.repairs = list(result.repairs)
    return Loaded(edition, result, notices(sources))


def load_edition(paths: Sequence[str | os.PathLike[str]], repair: bool = True,
                 threshold: float = DEFAULT_THRESHOLD) -> Loaded:
    """Read, parse and (by default) auto-repair an edition of one or more page files."""
    return build_edition(read_sources([Path(p) for p in paths]), repair, threshold)

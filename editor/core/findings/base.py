"""What a detector reports: a finding, as data (kind, place, confidence, evidence, fix)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from editor.core.model import Edition
from editor.core.operations import Operation


class Kind(StrEnum):
    """The kinds of damage the detectors look for."""

    # Hashed as the string it equals, in C (as `Role` is): Enum's own __hash__ is a Python
    # call, and auto-repair looks every finding's kind up in its priorities and marks.
    __hash__ = str.__hash__

    SPLIT_PARAGRAPH = "split_paragraph"
    MISPLACED_HEADLINE = "misplaced_headline"
    ORPHAN_BODY = "orphan_body"
    DATELINE_IN_PARAGRAPH = "dateline_in_paragraph"
    BYLINE_IN_PARAGRAPH = "byline_in_paragraph"
    CREDIT_IN_CAPTION = "credit_in_caption"
    CAPTION_AWAY = "caption_away"
    JUMP_CONTINUATION = "jump_continuation"
    FURNITURE_IN_ARTICLE = "furniture_in_article"
    EMPTY_ARTICLE = "empty_article"
    NO_HEADLINE = "no_headline"


# Slotted: a repair pass builds thousands (10,000 on its first pass over 5 MB).
@dataclass(slots=True)
class Finding:
    """One thing a detector noticed.

    `code` names the explanation (the UI and the CLI turn it into a sentence in the user's
    language) and `evidence` holds the values that sentence quotes, e.g. the last characters
    of a cut paragraph and the first of its continuation. `fixer` builds the fix against
    the edition as it is when called (None: nothing to do automatically); `revert` says how
    to undo the repair later from the blocks' current state (see `editor.core.repair`).
    """

    kind: Kind
    code: str
    confidence: float
    block_ids: tuple[int, ...]
    article_id: int | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    fixer: Callable[[Edition], Operation | None] | None = None
    revert: dict[str, Any] = field(default_factory=dict)
    # Other articles the fix moves text into or out of (they must not change under it).
    related: tuple[int, ...] = ()

    @property
    def key(self) -> str:
        """A stable identity, so an editor's "ignore" survives re-checking."""
        return f"{self.kind.value}:{'-'.join(map(str, self.block_ids))}"


def source_lines(edition: Edition, block_ids: tuple[int, ...]) -> list[tuple[str, int]]:
    """(source name, 1-based line number) where each listed block starts in its source."""
    lines: list[tuple[str, int]] = []
    for block_id in block_ids:
        if not edition.has_block(block_id):
            continue
        spans = edition.block(block_id).spans
        if spans:
            source = edition.sources[spans[0].source]
            lines.append((source.name, source.text.count("\n", 0, spans[0].start) + 1))
    return lines

"""Detectors: each looks at the edition and reports findings; none of them edits.

A finding's fix is built when it is applied (`Finding.fixer(edition)`), against the
edition as it is then, so a fix never replays stale indexes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from editor.core.findings.articles import (
    dropped_headlines,
    empty_articles,
    jump_continuations,
    misplaced_headlines,
    orphan_bodies,
    subheads_dropped,
)
from editor.core.findings.base import Finding
from editor.core.findings.common import Scope
from editor.core.findings.fields import (
    captions_away,
    furniture_in_articles,
    glued_bylines,
    glued_credits,
    glued_datelines,
)
from editor.core.findings.paragraphs import (
    cut_confidence,
    interleaved_columns,
    split_captions,
    split_paragraphs,
)
from editor.core.model import Edition

Detector = Callable[..., Iterator[Finding]]

DETECTORS: tuple[Detector, ...] = (
    furniture_in_articles,
    jump_continuations,
    misplaced_headlines,
    dropped_headlines,
    subheads_dropped,
    interleaved_columns,
    orphan_bodies,
    split_paragraphs,
    split_captions,
    glued_datelines,
    glued_bylines,
    glued_credits,
    captions_away,
    empty_articles,
)


def detect(edition: Edition, scope: Scope | None = None) -> list[Finding]:
    """Every finding of every detector, in detector order then reading order.

    With a scope, only findings about the articles in it (jump lines are always matched
    across the whole edition, since their two parts can be pages apart).
    """
    # One scope for every detector, so the edition is walked once to find its articles.
    scope = scope or Scope(edition)
    found: list[Finding] = []
    for detector in DETECTORS:
        found.extend(detector(edition, None if detector is jump_continuations else scope))
    return found


__all__ = ["DETECTORS", "Scope", "cut_confidence", "detect"]

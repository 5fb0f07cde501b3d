"""Detectors: each looks at the edition and reports findings; none of them edits.

A finding's fix is built when it is applied (`Finding.fixer(edition)`), against the
edition as it is then, so a fix never replays stale indexes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from editor.core.findings.articles import (
    dropped_headlines,
    empty_articles,
    joined_jumps,
    jump_continuations,
    misplaced_headlines,
    orphan_bodies,
    stories_signed_twice,
    subheads_dropped,
)
from editor.core.findings.base import Finding
from editor.core.findings.common import Scope, holds_jump
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
from editor.core.model import Article, Edition

Detector = Callable[..., Iterator[Finding]]

DETECTORS: tuple[Detector, ...] = (
    furniture_in_articles,
    jump_continuations,
    misplaced_headlines,
    dropped_headlines,
    subheads_dropped,
    stories_signed_twice,
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


# Detectors whose findings about an article depend on that article's blocks alone and
# carry its id: a repair pass takes them over from the pass before for an article that no
# operation changed since (see `Reuse`).
LOCAL: frozenset[Detector] = frozenset({
    furniture_in_articles, split_paragraphs, split_captions, glued_datelines,
    glued_bylines, glued_credits, empty_articles,
})


def detect(edition: Edition, scope: Scope | None = None,
           reuse: Reuse | None = None) -> list[Finding]:
    """Every finding of every detector, in detector order then reading order.

    With a scope, only findings about the articles in it (jump lines are always matched
    across the whole edition, since their two parts can be pages apart). With `reuse`
    (auto-repair keeps one from pass to pass), the article-local detectors look again only
    at the articles an operation changed since they last looked.
    """
    # One scope for every detector, so the edition is walked once to find its articles.
    scope = scope or Scope(edition)
    changed = reuse.changed(scope) if reuse is not None else scope
    found: list[Finding] = []
    for detector in DETECTORS:
        if detector is jump_continuations:
            if reuse is None:
                found.extend(detector(edition, None))
            else:
                found.extend(joined_jumps(edition, reuse.holding_jumps(edition)))
        elif reuse is not None and detector in LOCAL:
            found.extend(reuse.merge(detector, detector(edition, changed)))
        else:
            found.extend(scope.found_by(detector))
    return found


class Reuse:
    """What the article-local detectors found in each article, and the article's version
    when they looked: one auto-repair's memory from pass to pass."""

    def __init__(self) -> None:
        self._seen: dict[int, int] = {}  # article id: its version when last looked at
        # detector: {article id: (version, findings)}, for articles with findings only
        self._found: dict[Detector, dict[int, tuple[int, list[Finding]]]] = {
            detector: {} for detector in LOCAL
        }
        self._unchanged: list[Article] = []
        self._place: dict[int, int] | None = None
        self._scope: Scope | None = None
        self._jumps: list[Article] = []  # the articles holding a jump line, in reading order
        self._jumps_mark: int | None = None  # the edition's change count when last listed

    def holding_jumps(self, edition: Edition) -> list[Article]:
        """The articles holding a jump line, in reading order, walking the edition the first
        time only: later, only an article changed or put in since can have started or stopped
        holding one (`Edition.changed_since`)."""
        if self._jumps_mark is None:
            jumps = list(filter(holds_jump, edition.articles()))
        else:
            changed = edition.changed_since(self._jumps_mark)
            jumps = [a for a in self._jumps if a.id not in changed and edition.has_article(a.id)]
            jumps += [edition.article(i) for i in changed
                      if edition.has_article(i) and holds_jump(edition.article(i))]
            # Back in reading order: by section, then by place in it (the few listed only).
            place = {section.id: k for k, section in enumerate(edition.sections)}

            jumps.sort(key=lambda a: (place[edition.section_of_article(a.id).id],
                                      edition.index_of_article(a.id)))
        self._jumps, self._jumps_mark = jumps, edition.change_count()
        return jumps

    def changed(self, scope: Scope) -> Scope:
        """The scope's articles changed since last looked at (all, the first time); the
        others' findings are taken over by `merge` during this pass."""
        version = scope.edition.article_version
        seen = self._seen
        changed: list[Article] = []
        unchanged: list[Article] = []
        for article in scope.articles():
            now = version(article.id)
            if seen.get(article.id) == now:
                unchanged.append(article)
            else:
                seen[article.id] = now
                changed.append(article)
        self._unchanged, self._place, self._scope = unchanged, None, scope
        return Scope.over(scope.edition, changed) if unchanged else scope

    def merge(self, detector: Detector, fresh: Iterator[Finding]) -> list[Finding]:
        """One local detector's findings over the pass's scope: `fresh`, its findings in
        the changed articles, with what it found before in the unchanged ones."""
        found = list(fresh)
        kept = self._found[detector]
        seen = self._seen
        for finding in found:
            entry = kept.get(finding.article_id)
            if entry is None or entry[0] != seen[finding.article_id]:
                kept[finding.article_id] = entry = (seen[finding.article_id], [])
            entry[1].append(finding)
        reused = []
        for article in self._unchanged:
            entry = kept.get(article.id)
            # An entry of an older version is from before the article changed (and then
            # found nothing of this detector's since).
            if entry is not None and entry[0] == seen[article.id]:
                reused.extend(entry[1])
        if not reused:
            return found
        if self._place is None:
            self._place = {a.id: i for i, a in enumerate(self._scope.articles())}
        place = self._place
        # Each detector lists its findings article by article in reading order.
        return sorted(found + reused, key=lambda finding: place[finding.article_id])


__all__ = ["DETECTORS", "LOCAL", "Reuse", "Scope", "cut_confidence", "detect"]

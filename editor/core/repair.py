"""Auto-repair: apply the confident findings as one batch, and revert any of them later.

Each applied repair is recorded with what it did and how to undo it from the blocks'
current state (the join point is where a source span starts), so an editor can revert
one repair after other edits without replaying a stale inverse.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from editor.core import edits
from editor.core.batch import collector_paused
from editor.core.findings.base import Finding, Kind
from editor.core.findings.detectors import Reuse, Scope, detect
from editor.core.model import Edition, Role, visible
from editor.core.operations import Compound, Operation

DEFAULT_THRESHOLD = 0.75
MAX_PASSES = 8

# Structural repairs first: they decide which article a block is in.
PRIORITY = {
    Kind.FURNITURE_IN_ARTICLE: 0,
    Kind.JUMP_CONTINUATION: 1,
    Kind.MISPLACED_HEADLINE: 2,
    Kind.ORPHAN_BODY: 3,
    Kind.CAPTION_AWAY: 4,
    Kind.SPLIT_PARAGRAPH: 5,
    Kind.DATELINE_IN_PARAGRAPH: 6,
    Kind.BYLINE_IN_PARAGRAPH: 7,
    Kind.CREDIT_IN_CAPTION: 8,
    Kind.EMPTY_ARTICLE: 9,
    Kind.NO_HEADLINE: 10,
}


@dataclass
class AppliedRepair:
    """One repair auto-repair made: what, where, why, and how to take it back."""

    kind: Kind
    code: str
    confidence: float
    block_ids: tuple[int, ...]
    article_id: int | None
    evidence: dict[str, Any] = field(default_factory=dict)
    revert: dict[str, Any] = field(default_factory=dict)
    reverted: bool = False

    @classmethod
    def from_finding(cls, finding: Finding) -> AppliedRepair:
        return cls(finding.kind, finding.code, finding.confidence, finding.block_ids,
                   finding.article_id, dict(finding.evidence), dict(finding.revert))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value, "code": self.code, "confidence": self.confidence,
            "block_ids": list(self.block_ids), "article_id": self.article_id,
            "evidence": self.evidence, "revert": self.revert, "reverted": self.reverted,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AppliedRepair:
        return cls(Kind(data["kind"]), data["code"], float(data["confidence"]),
                   tuple(data["block_ids"]), data.get("article_id"), dict(data["evidence"]),
                   dict(data["revert"]), bool(data.get("reverted", False)))


@dataclass
class RepairResult:
    """What auto-repair did: the forward operation (for redo), its inverse, the repairs."""

    operation: Operation | None
    inverse: Operation | None
    repairs: list[AppliedRepair]


# Repairs that move blocks between articles, or delete one, own the articles they touch;
# the others only change their own blocks, so several of them can share an article.
STRUCTURAL = {
    Kind.FURNITURE_IN_ARTICLE, Kind.JUMP_CONTINUATION, Kind.MISPLACED_HEADLINE,
    Kind.ORPHAN_BODY, Kind.CAPTION_AWAY, Kind.EMPTY_ARTICLE,
}


_NOTHING: frozenset[int] = frozenset()


def _marks(finding: Finding,
           edition: Edition) -> tuple[tuple[int, ...], set[int], AbstractSet[int]]:
    """(blocks it writes, articles it writes, articles it reads): what the finding's fix
    changes, and what it relies on staying put. The blocks are the finding's own tuple, and
    an empty side is one shared empty set: a pass marks thousands of findings."""
    articles = {finding.article_id, *finding.related,
                *map(edition.article_id_of_block, finding.block_ids)}
    articles.discard(None)
    if finding.kind in STRUCTURAL or len(articles) > 1:
        return finding.block_ids, articles, _NOTHING
    return finding.block_ids, _NOTHING, articles


def auto_repair(edition: Edition, threshold: float = DEFAULT_THRESHOLD,
                ignored: set[str] | None = None) -> RepairResult:
    """Apply every finding at or above `threshold`, pass after pass, until none is left.

    Each pass applies findings that do not touch each other's blocks (or articles, for
    repairs that move text between articles), then the
    detectors run again on the result, so one repair can reveal the next (a jump joined
    brings the two halves of a cut paragraph together).
    """
    with collector_paused():
        return _repair_passes(edition, threshold, ignored or set())


def _repair_passes(edition: Edition, threshold: float, ignored: set[str]) -> RepairResult:
    forward: list[Operation] = []
    inverses: list[Operation] = []
    repairs: list[AppliedRepair] = []
    scope: Scope | None = None
    reuse = Reuse()
    for _ in range(MAX_PASSES):
        findings = [f for f in detect(edition, scope, reuse)
                    if f.confidence >= threshold and f.fixer is not None
                    and not (ignored and f.key in ignored)]
        findings.sort(key=lambda f: PRIORITY.get(f.kind, 99))
        # Blocks and articles are marked apart (a fix reads articles only).
        written_blocks: set[int] = set()
        written: set[int] = set()  # articles
        read: set[int] = set()
        deferred: set[int] = set()
        applied = False
        article_of = edition.article_id_of_block
        for finding in findings:
            # Most fixes change blocks of the finding's own article alone (a field cut off a
            # block, two paragraphs joined): `_marks` says they write their blocks and read
            # that article (`own`), known here without building a set for each finding.
            own = finding.article_id
            if own is not None and not finding.related and finding.kind not in STRUCTURAL:
                for block_id in finding.block_ids:
                    if article_of(block_id) != own:
                        own = None
                        break
            else:
                own = None
            if own is not None:
                if not (written_blocks.isdisjoint(finding.block_ids) and own not in written):
                    deferred.add(own)
                    continue
            else:
                block_writes, writes, reads = _marks(finding, edition)
                if not (written_blocks.isdisjoint(block_writes) and writes.isdisjoint(written)
                        and writes.isdisjoint(read) and reads.isdisjoint(written)):
                    deferred |= writes | reads
                    continue
            operation = finding.fixer(edition)
            if not operation:
                continue
            inverses.append(operation.apply(edition))
            forward.append(operation)
            repairs.append(AppliedRepair.from_finding(finding))
            written_blocks.update(finding.block_ids)
            if own is not None:
                read.add(own)
            else:
                written |= writes
                read |= reads
            applied = True
        if not applied:
            break
        # The next pass looks again only where this one changed something or held back.
        changed = written | read | deferred
        near = Scope(edition).around({a for a in changed if edition.has_article(a)})
        scope = Scope(edition, near)
    if not forward:
        return RepairResult(None, None, [])
    return RepairResult(Compound(forward, "auto-repair"),
                        Compound(list(reversed(inverses)), "auto-repair"), repairs)


def open_findings(edition: Edition, ignored: set[str] | None = None) -> list[Finding]:
    """Findings an editor still has to look at (everything the detectors report now)."""
    ignored = ignored or set()
    return [f for f in detect(edition) if f.key not in ignored]


def revert_operation(edition: Edition, repair: AppliedRepair) -> Operation | None:
    """An operation that takes one applied repair back, from the edition as it is now.

    Returns None when the blocks it touched are gone or already as they were.
    """
    steps = []
    for step in repair.revert.get("steps", []):
        if "split_at" in step and step["split_at"] is not None:
            steps.append(lambda ed, s=step: _split_at(ed, tuple(s["split_at"]), Role(s["role"]),
                                                      s.get("after"), s.get("into_after")))
        if "split_article_at" in step:
            steps.append(lambda ed, s=step: _split_article_at(ed, s["split_article_at"],
                                                              s.get("own_section", False)))
        if "split_article_at_span" in step:
            # By where the block's text starts: a join after this repair may have made the
            # block anew (a reverted join splits off a block of a new id).
            steps.append(lambda ed, s=step: _split_article_at_span(
                ed, tuple(s["split_article_at_span"]), s.get("own_section", False)))
        if "merge_after" in step:
            steps.append(lambda ed, s=step: _merge_after(ed, s["merge_after"], Role(s["role"])))
        if "role_of" in step:
            steps.append(lambda ed, s=step: _role_back(ed, s["role_of"], Role(s["role"])))
        if "move_back" in step:
            steps.append(lambda ed, s=step: _move_back(ed, s["move_back"], s["article"],
                                                       s.get("role"), s.get("after")))
        if "merge_article_of" in step:
            steps.append(lambda ed, s=step: _merge_article_of(ed, s["merge_article_of"],
                                                              Role(s["role"])))
    return edits.sequence(edition, steps, "revert repair")


def _split_at(edition: Edition, point: tuple[int, int], role: Role,
              after: int | None = None, into_after: int | None = None) -> Operation | None:
    """Cut the block that holds the join point there; with `after` (a caption or jump
    line that stood between the halves, still in the same article), the second half goes
    back after it; with `into_after` (the last line of a headline group the second half
    was printed under), it goes back after that line, in whichever article it is."""
    source, position = point
    for block in edition.all_blocks():
        for k, span in enumerate(block.spans):
            if k and span.source == source and span.start == position:
                offset = _text_offset(edition, block, k)
                if offset is None or offset <= 0 or offset >= len(block.text):
                    return None
                return _split_back(edition, block.id, offset, role, after, into_after)
    return None


def _split_back(edition: Edition, block_id: int, offset: int, role: Role,
                after: int | None, into_after: int | None = None) -> Operation | None:
    split = edits.split_block(edition, block_id, offset, role)
    home = edition.home_of_block(block_id)
    if split is not None and into_after is not None and edition.has_block(into_after):
        second = split.parts[-1].blocks[0].id
        return edits.sequence(edition, [
            lambda ed: split,
            lambda ed: edits.move_blocks_to(ed, [second], ed.home_of_block(into_after),
                                            ed.index_of_block(into_after) + 1),
        ], "split")
    if after is None or split is None or not edition.has_block(after) or \
            edition.home_of_block(after) != home:
        return split
    second = split.parts[-1].blocks[0].id
    return edits.sequence(edition, [
        lambda ed: split,
        lambda ed: edits.move_blocks(ed, [second], home, ed.index_of_block(after) + 1),
    ], "split")


def _text_offset(edition: Edition, block, span_index: int) -> int | None:
    """Where in the block's text the span `span_index` begins.

    The text before the join must still read as its source did: an editor's retyping
    after the join point keeps the join findable, one before it does not (None).
    """
    before = "".join(
        edition.sources[s.source].text[s.start:s.end] for s in block.spans[:span_index]
    )
    wanted = visible(before)
    seen: list[str] = []
    for i, ch in enumerate(block.text):
        if len(seen) == len(wanted):
            return i if "".join(seen) == wanted else None
        if not ch.isspace():
            seen.append(ch)
    return None


def _split_article_at_span(edition: Edition, point: tuple[int, int],
                           own_section: bool) -> Operation | None:
    """`_split_article_at` the block whose text starts at `point` (source, offset)."""
    source, start = point
    for block in edition.all_blocks():
        if block.spans and block.spans[0].source == source and block.spans[0].start == start:
            return _split_article_at(edition, block.id, own_section)
    return None


def _split_article_at(edition: Edition, block_id: int,
                      own_section: bool = False) -> Operation | None:
    """Split the article holding the block at it; with `own_section`, the new article goes
    into an untitled section of its own, placed by where its text was printed."""
    if not edition.has_block(block_id):
        return None
    article = edition.article_of_block(block_id)
    if article is None:
        return None
    split = edits.split_article(edition, article.id, block_id)
    if split is None or not own_section:
        return split
    return edits.sequence(edition, [lambda ed: split, lambda ed: _own_section(ed, block_id)],
                          "split article")


def _own_section(edition: Edition, block_id: int) -> Operation | None:
    """Move the article the block opens into a new untitled section, before the first
    section printed after it in the sources (the page a jump join emptied)."""
    article = edition.article_of_block(block_id)
    block = edition.block(block_id)
    if article is None or not block.spans:
        return None
    printed = (block.spans[0].source, block.spans[0].start)
    index = len(edition.sections)
    for position, section in enumerate(edition.sections):
        first = _first_printed(section)
        if first is not None and first > printed and article not in section.articles:
            index = position
            break
    opened = edits.new_section(edition, index)
    section_id = opened.sections[0].id
    return edits.sequence(edition, [
        lambda ed: opened,
        lambda ed: edits.move_article(ed, article.id, section_id, 0),
    ], "own section")


def _first_printed(section) -> tuple[int, int] | None:
    """(source, position) of the first source character a section's blocks hold."""
    places = [(span.source, span.start)
              for block in [*section.head, *(b for a in section.articles for b in a.blocks)]
              for span in block.spans]
    return min(places) if places else None


def _merge_after(edition: Edition, block_id: int, role: Role) -> Operation | None:
    if not edition.has_block(block_id):
        return None
    index = edition.index_of_block(block_id)
    container = edition.container(edition.home_of_block(block_id))
    if index + 1 >= len(container):
        return None
    first, second = container[index], container[index + 1]
    gap = _printed_gap(edition, first, second)
    if first.role == Role.DATELINE:
        merged = edits.merge_blocks(edition, first.id, second.id, gap)
        return Compound([merged, edits.SetRole(first.id, role)], "revert") if merged else None
    return edits.merge_blocks(edition, first.id, second.id, gap)


def _printed_gap(edition: Edition, first, second) -> str | None:
    """The white space the source printed between two pieces of one line (a dateline and
    its text, a caption and its credit), or None when they are not so printed."""
    if not first.spans or not second.spans:
        return None
    end, start = first.spans[-1], second.spans[0]
    if end.source != start.source or end.end > start.start:
        return None
    source = edition.sources[end.source].text
    # The spans may hold white space the blocks' texts leave out at their edges.
    left, right = source[end.start:end.end], source[start.start:start.end]
    gap = left[len(left.rstrip()):] + source[end.end:start.start] + \
        right[:len(right) - len(right.lstrip())]
    return gap if gap and not gap.strip() and "\n" not in gap and "\r" not in gap else None


def _merge_article_of(edition: Edition, block_id: int, role: Role) -> Operation | None:
    """Join the article the block heads to the article before it, the block back in `role`."""
    if not edition.has_block(block_id):
        return None
    article = edition.article_of_block(block_id)
    if article is None or article.blocks[0].id != block_id:
        return None
    section = edition.section_of_article(article.id).articles
    place = section.index(article)
    if place == 0:
        return None
    previous = section[place - 1].id
    return edits.sequence(edition, [
        lambda ed: edits.merge_articles(ed, previous, article.id),
        lambda ed: edits.set_role(ed, block_id, role),
    ], "revert")


def _role_back(edition: Edition, block_id: int, role: Role) -> Operation | None:
    if not edition.has_block(block_id):
        return None
    return edits.set_role(edition, block_id, role)


def _move_back(edition: Edition, block_ids: list[int], article_id: int,
               role: str | None, after: int | None = None) -> Operation | None:
    """Move blocks back to the end of an article, or right after block `after` when it is
    still in that article (a line dropped between the halves of a paragraph)."""
    present = [b for b in block_ids if edition.has_block(b)]
    if not present or not edition.has_article(article_id):
        return None

    def place(ed: Edition) -> int:
        kept = [b.id for b in ed.article(article_id).blocks if b.id not in set(present)]
        return kept.index(after) + 1 if after in kept else len(kept)

    steps = [lambda ed: edits.move_blocks_to(ed, present, ("article", article_id), place(ed))]
    if role:
        steps += [lambda ed, b=b: edits.set_role(ed, b, Role(role)) for b in present]
    return edits.sequence(edition, steps, "move back")

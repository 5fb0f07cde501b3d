"""Detectors: each looks at the edition and reports findings; none of them edits.

A finding's fix is built when it is applied (`Finding.fixer(edition)`), against the
edition as it is then, so a fix never replays stale indexes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from editor.core import edits
from editor.core.findings.base import Finding, Kind
from editor.core.model import HEADLINE_GROUP, Article, Block, Edition, Role, Section
from editor.core.operations import Compound, Operation
from editor.core.parsing.patterns import (
    AUTHOR_LINE,
    BULLET,
    BYLINE_LINE,
    CONTINUING_END,
    DATELINE,
    FURNITURE,
    INLINE_CREDIT,
    JUMP_IN,
    JUMP_OUT,
    TRAILING_BYLINE,
    TRAILING_CREDIT,
    ends_sentence,
    jump_page,
)

EVIDENCE_CHARS = 12
ATTRIBUTION = re.compile(r"[”」』]\s*[—－-]{1,2}\s*[^“”，。！？]{1,24}$")
Detector = Callable[..., Iterator[Finding]]


def _tail(text: str) -> str:
    return text[-EVIDENCE_CHARS:]


def _head(text: str) -> str:
    return text[:EVIDENCE_CHARS]


def _is_body(block: Block) -> bool:
    return block.role == Role.PARAGRAPH


def _has_headline(article: Article) -> bool:
    return any(b.role in HEADLINE_GROUP for b in article.blocks)


def _body_blocks(article: Article) -> list[Block]:
    return [b for b in article.blocks if b.role in (Role.PARAGRAPH, Role.SUBHEAD)]


def _closed(article: Article) -> bool:
    """An article whose text ended: its last body is followed by a byline or a jump out."""
    seen_body = False
    closed = False
    for block in article.blocks:
        if block.role in (Role.PARAGRAPH, Role.SUBHEAD):
            seen_body, closed = True, False
        elif seen_body and block.role == Role.BYLINE:
            closed = True
        elif block.role == Role.JUMP and JUMP_OUT.search(block.text):
            closed = True
    return closed


def cut_confidence(left: str, right: str) -> float:
    """How sure we are that `left` and `right` are two halves of one cut paragraph."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right or ends_sentence(left):
        return 0.0
    if left.endswith(("：", ":")) or DATELINE.match(right) or BULLET.match(right):
        return 0.0
    if ATTRIBUTION.search(left):
        return 0.0  # a quotation signed "——村民 张三" is complete
    if right[0] in "，。、；：,.;:）)》”’」":
        return 0.97
    if CONTINUING_END.search(left):
        return 0.97
    if left[-1] in "”’」』）)》":
        return 0.55
    if len(left) <= 30 and not DATELINE.match(left) and \
            not any(mark in left for mark in "。，；！？"):
        # A short unpunctuated line set out in fields ("东关社区 3胜0负 6分") is a list
        # item; so is one followed by another such line.
        if any(mark in left.strip() for mark in " \u3000：:") or (
            len(right) <= 30 and not ends_sentence(right)
            and not any(mark in right for mark in "。，；！？")
        ):
            return 0.0
    return 0.9


# --- split paragraphs ------------------------------------------------------------


def split_paragraphs(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        previous: Block | None = None
        for block in article.blocks:
            if block.role in (Role.CAPTION, Role.CREDIT, Role.JUMP, Role.FURNITURE):
                continue
            if previous is not None and _is_body(previous) and _is_body(block):
                confidence = cut_confidence(previous.text, block.text)
                if confidence > 0:
                    yield _join_finding(Kind.SPLIT_PARAGRAPH, "cut_paragraph", confidence,
                                        previous, block, article.id)
            previous = block if block.role != Role.BYLINE else None


def _join_finding(kind: Kind, code: str, confidence: float, left: Block, right: Block,
                  article_id: int | None) -> Finding:
    left_id, right_id = left.id, right.id
    return Finding(
        kind, code, confidence, (left_id, right_id), article_id,
        {"end": _tail(left.text), "start": _head(right.text)},
        lambda ed: edits.merge_blocks(ed, left_id, right_id),
        {"steps": [_split_step(right)]},
    )


def _split_step(right: Block) -> dict:
    span = right.spans[0] if right.spans else None
    return {"split_at": [span.source, span.start] if span else None, "role": right.role.value}


# --- headline groups out of place, orphan body --------------------------------------


def _neighbours(section: Section) -> Iterator[tuple[Article | None, Article, Article | None]]:
    articles = section.articles
    for i, article in enumerate(articles):
        yield (articles[i - 1] if i else None, article,
               articles[i + 1] if i + 1 < len(articles) else None)


class Scope:
    """The articles a detection pass looks at: every one, or those near an earlier repair.

    Auto-repair's later passes only need to look again where the previous pass changed
    something; neighbours stay the edition's real neighbours.
    """

    def __init__(self, edition: Edition, article_ids: set[int] | None = None) -> None:
        self.edition = edition
        self.ids = article_ids

    def includes(self, article: Article) -> bool:
        return self.ids is None or article.id in self.ids

    def articles(self) -> Iterator[Article]:
        for article in self.edition.articles():
            if self.ids is None or article.id in self.ids:
                yield article

    def neighbours(self) -> Iterator[tuple[Article | None, Article, Article | None]]:
        for section in self.edition.sections:
            for triple in _neighbours(section):
                if self.ids is None or triple[1].id in self.ids:
                    yield triple

    def around(self, article_ids: set[int]) -> set[int]:
        """The given articles with their neighbours in reading order."""
        ordered = [a.id for a in self.edition.articles()]
        wanted: set[int] = set()
        for i, article_id in enumerate(ordered):
            if article_id in article_ids:
                wanted.update(ordered[max(0, i - 1):i + 2])
        return wanted


def misplaced_headlines(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """Body with no headline, cut mid-sentence, and its rest after the next headline group."""
    scope = scope or Scope(edition)
    for before, orphan, owner in scope.neighbours():
        if owner is None or _has_headline(orphan) or not _has_headline(owner):
            continue
        if orphan.blocks and orphan.blocks[0].role == Role.JUMP:
            continue
        body = [b for b in orphan.blocks if _is_body(b)]
        owner_body = [b for b in owner.blocks if b.role not in HEADLINE_GROUP]
        if not body or not owner_body or not _is_body(owner_body[0]):
            continue
        confidence = cut_confidence(body[-1].text, owner_body[0].text)
        if confidence <= 0:
            continue
        if before is not None and not _closed(before):
            confidence -= 0.15
        left, right = body[-1], owner_body[0]
        yield Finding(
            Kind.MISPLACED_HEADLINE, "headline_inside_paragraph", confidence,
            (left.id, right.id) + tuple(b.id for b in owner.blocks if b.role in HEADLINE_GROUP),
            owner.id,
            {"headline": owner.headline, "end": _tail(left.text), "start": _head(right.text)},
            _lift_headline(orphan.id, owner.id, left.id, right.id),
            {"steps": [_split_step(right),
                       {"split_article_at": orphan.blocks[0].id, "headline_first": True}]},
            related=(orphan.id,),
        )


def _lift_headline(orphan_id: int, owner_id: int, left_id: int | None,
                   right_id: int | None) -> Callable[[Edition], Operation | None]:
    """Put the owner's headline group first, the orphan body after it, and re-stitch the cut."""

    def place(edition: Edition) -> Operation | None:
        owner = edition.article(owner_id)
        group = [b for b in owner.blocks if b.role in HEADLINE_GROUP]
        at = owner.blocks.index(group[-1]) + 1 if group else 0
        moved = [b.id for b in edition.article(orphan_id).blocks]
        return edits.move_blocks_to(edition, moved, ("article", owner_id), at)

    def fix(edition: Edition) -> Operation | None:
        steps = [place, lambda ed: edits.delete_article(ed, orphan_id)]
        if left_id is not None and right_id is not None:
            steps.append(lambda ed: edits.merge_blocks(ed, left_id, right_id))
        return edits.sequence(edition, steps, "lift headline")

    return fix


def interleaved_columns(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """An article ends mid-sentence and its rest was read into the next article.

    Two columns read across: the next article's first paragraph is complete, and the
    paragraph after it continues the cut sentence; that paragraph and the body after it
    (up to a byline or caption) go back to the first article.
    """
    scope = scope or Scope(edition)
    for _before, article, following in scope.neighbours():
        if following is None or not _has_headline(article) or not _has_headline(following):
            continue
        if not article.blocks or not _is_body(article.blocks[-1]):
            continue
        cut = article.blocks[-1]
        body = [b for b in following.blocks if b.role not in HEADLINE_GROUP]
        if len(body) < 2 or not _is_body(body[0]) or not _is_body(body[1]):
            continue
        if not ends_sentence(body[0].text) or DATELINE.match(body[1].text):
            continue
        confidence = cut_confidence(cut.text, body[1].text)
        if confidence < 0.9:
            continue
        moved = []
        for block in body[1:]:
            if not _is_body(block):
                break
            moved.append(block.id)
        yield Finding(
            Kind.SPLIT_PARAGRAPH, "columns_interleaved", confidence - 0.1,
            (cut.id, *moved), article.id,
            {"end": _tail(cut.text), "start": _head(body[1].text),
             "headline": following.headline},
            _take_back(article.id, cut.id, moved),
            {"steps": [_split_step(edition.block(moved[0])),
                       {"move_back": moved[1:], "article": following.id}]
             if len(moved) > 1 else [_split_step(edition.block(moved[0]))]},
            related=(following.id,),
        )


def _take_back(article_id: int, cut_id: int,
               moved: list[int]) -> Callable[[Edition], Operation | None]:
    def fix(edition: Edition) -> Operation | None:
        steps = [
            lambda ed: edits.move_blocks_to(ed, moved, ("article", article_id),
                                            len(ed.article(article_id).blocks)),
            lambda ed: edits.merge_blocks(ed, cut_id, moved[0]),
        ]
        return edits.sequence(edition, steps, "rejoin columns")

    return fix


def orphan_bodies(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """Body text under no headline that no cut sentence ties to a neighbour."""
    scope = scope or Scope(edition)
    claimed = {f.block_ids[0] for f in misplaced_headlines(edition, scope)}
    for before, orphan, after in scope.neighbours():
        if _has_headline(orphan) or not _body_blocks(orphan):
            continue
        if orphan.blocks[0].role == Role.JUMP or orphan.blocks[0].id in claimed:
            continue
        if any(b.id in claimed for b in orphan.blocks):
            continue
        first = _body_blocks(orphan)[0]
        if DATELINE.match(first.text):
            yield Finding(Kind.NO_HEADLINE, "dateline_without_headline", 0.5,
                          (first.id,), orphan.id, {"start": _head(first.text)})
            continue
        if before is not None and not _closed(before):
            target, code, confidence = before.id, "orphan_continues_previous", 0.7
        elif after is not None and _has_headline(after):
            # The article before is signed off: the body can only be the next one's,
            # whose headline group was printed below it.
            closed = before is None or _closed(before)
            confidence = 0.8 if closed else 0.6
            target, code = after.id, "orphan_before_headline"
        elif before is not None:
            target, code, confidence = before.id, "orphan_after_article", 0.4
        else:
            yield Finding(Kind.ORPHAN_BODY, "orphan_alone", 0.3, (first.id,), orphan.id,
                          {"start": _head(first.text)})
            continue
        yield Finding(
            Kind.ORPHAN_BODY, code, confidence, (first.id,), orphan.id,
            {"start": _head(first.text), "headline": edition.article(target).headline},
            _join_articles(orphan.id, target),
            {"steps": [{"split_article_at": orphan.blocks[0].id}]},
            related=(target,),
        )


def _join_articles(orphan_id: int, target_id: int) -> Callable[[Edition], Operation | None]:
    def fix(edition: Edition) -> Operation | None:
        if edition.index_of_article(target_id) < edition.index_of_article(orphan_id) or \
                edition.section_of_article(target_id) is not edition.section_of_article(orphan_id):
            return edits.merge_articles(edition, target_id, orphan_id)
        return _lift_headline(orphan_id, target_id, None, None)(edition)

    return fix


# --- fields left inside paragraphs ---------------------------------------------------


def glued_datelines(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        body = [b for b in article.blocks if b.role not in HEADLINE_GROUP and b.role != Role.BYLINE]
        for position, block in enumerate(body[:3]):
            if not _is_body(block):
                continue
            match = DATELINE.match(block.text)
            if not match:
                continue
            offset = len(match.group(0).rstrip())
            confidence = 0.95 if position == 0 or all(
                b.role in (Role.CAPTION, Role.CREDIT, Role.JUMP) for b in body[:position]
            ) else 0.5
            yield _split_off(Kind.DATELINE_IN_PARAGRAPH, "dateline_glued", confidence, block,
                             article.id, offset, Role.DATELINE, first=True)
            break


def glued_bylines(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        body = [b for b in article.blocks if _is_body(b)]
        if not body:
            continue
        block = body[-1]
        match = TRAILING_BYLINE.search(block.text)
        if match and match.start(1) > 0:
            yield _split_off(Kind.BYLINE_IN_PARAGRAPH, "byline_glued", 0.85, block, article.id,
                             match.start(1), Role.BYLINE, first=False)
        for block in article.blocks:
            if _is_body(block) and (BYLINE_LINE.match(block.text) or AUTHOR_LINE.match(block.text)):
                block_id = block.id
                yield Finding(Kind.BYLINE_IN_PARAGRAPH, "byline_as_paragraph", 0.8, (block.id,),
                              article.id, {"text": block.text},
                              lambda ed, b=block_id: edits.set_role(ed, b, Role.BYLINE),
                              {"steps": [{"role_of": block_id, "role": Role.PARAGRAPH.value}]})


def glued_credits(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        for block in article.blocks:
            if block.role != Role.CAPTION:
                continue
            trailing = TRAILING_CREDIT.search(block.text)
            inline = None if trailing else INLINE_CREDIT.search(block.text)
            start = trailing.start(1) if trailing else (inline.start() if inline else 0)
            if start <= 0:
                continue
            yield _split_off(Kind.CREDIT_IN_CAPTION, "credit_glued", 0.9, block, article.id,
                             start, Role.CREDIT, first=False)


def _split_off(kind: Kind, code: str, confidence: float, block: Block, article_id: int,
               offset: int, role: Role, first: bool) -> Finding:
    """A finding whose fix cuts a field (dateline, byline, credit) off a block."""
    block_id = block.id
    original = block.role

    def fix(edition: Edition) -> Operation | None:
        if first:
            split = edits.split_block(edition, block_id, offset, original)
            return Compound([split, edits.SetRole(block_id, role)], code) if split else None
        return edits.split_block(edition, block_id, offset, role)

    text = block.text
    field_text = text[:offset] if first else text[offset:]
    return Finding(kind, code, confidence, (block_id,), article_id,
                   {"field": field_text.strip(), "start": _head(text)}, fix,
                   {"steps": [{"merge_after": block_id, "role": original.value}]})


# --- captions, jumps, furniture, empty articles --------------------------------------


_NOT_WORDS = str.maketrans("", "", " \t\n\u3000，。、；：“”‘’（）《》！？,.;:()!?\"'")


@lru_cache(maxsize=65536)
def _bigrams(text: str) -> frozenset[str]:
    chars = text.translate(_NOT_WORDS)
    return frozenset(map(str.__add__, chars, chars[1:]))


def _article_bigrams(article: Article) -> set[str]:
    grams: set[str] = set()
    for block in article.blocks:
        if block.role not in (Role.CAPTION, Role.CREDIT):
            grams |= _bigrams(block.text)
    return grams


def captions_away(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """A caption whose words belong to the neighbouring article rather than its own."""
    ordered = list(edition.articles())
    cache: dict[int, set[str]] = {}

    def grams(article: Article) -> set[str]:
        if article.id not in cache:
            cache[article.id] = _article_bigrams(article)
        return cache[article.id]

    scope = scope or Scope(edition)
    for i, article in enumerate(ordered):
        if not scope.includes(article):
            continue
        blocks = article.blocks
        for j, block in enumerate(blocks):
            if block.role != Role.CAPTION:
                continue
            caption = _bigrams(block.text)
            if not caption:
                continue

            def overlap(other: Article, caption=caption) -> float:
                return len(caption & grams(other)) / len(caption)

            own = overlap(article) if _body_blocks(article) or _has_headline(article) else -1.0
            best, best_score = None, own
            for other in (ordered[i - 1] if i else None,
                          ordered[i + 1] if i + 1 < len(ordered) else None):
                if other is not None and other is not article:
                    score = overlap(other)
                    if score > best_score + 0.1 and score >= 0.2:
                        best, best_score = other, score
            if best is None:
                continue
            moved = [block.id]
            if j + 1 < len(blocks) and blocks[j + 1].role == Role.CREDIT:
                moved.append(blocks[j + 1].id)
            confidence = min(0.95, 0.55 + best_score - max(own, 0))
            target = best.id
            yield Finding(
                Kind.CAPTION_AWAY, "caption_matches_neighbour", confidence, tuple(moved),
                article.id, {"caption": _head(block.text), "headline": best.headline},
                lambda ed, m=tuple(moved), t=target: _move_to_end(ed, list(m), t),
                {"steps": [{"move_back": list(moved), "article": article.id}]},
                related=(target,),
            )


def _move_to_end(edition: Edition, block_ids: list[int], article_id: int) -> Operation | None:
    """Move blocks to the end of an article; drop the article they leave if it is left empty."""
    source = edition.article_of_block(block_ids[0])

    def move(ed: Edition) -> Operation | None:
        article = ed.article(article_id)
        index = len([b for b in article.blocks if b.id not in set(block_ids)])
        return edits.move_blocks_to(ed, block_ids, ("article", article_id), index)

    def drop_empty(ed: Edition) -> Operation | None:
        if source is not None and ed.has_article(source.id) and not ed.article(source.id).blocks:
            return edits.delete_article(ed, source.id)
        return None

    return edits.sequence(edition, [move, drop_empty], "move caption")


def jump_continuations(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """Join the part of an article after "（上接第N版）" to the part before "（下转第M版）"."""
    outs: list[tuple[Article, Block]] = []
    used: set[int] = set()
    for article in edition.articles():
        first = article.blocks[0] if article.blocks else None
        starts = next((b for b in article.blocks[:4]
                       if b.role == Role.JUMP and JUMP_IN.search(b.text)), None)
        if starts is not None and first is not None:
            match = next((o for o in outs if o[0].id not in used and o[0] is not article), None)
            if match is not None:
                origin, jump_out = match
                used.add(origin.id)
                yield Finding(
                    Kind.JUMP_CONTINUATION, "jump_joined", 0.9,
                    (jump_out.id, starts.id), origin.id,
                    {"out": jump_out.text, "in": starts.text, "headline": origin.headline,
                     "page": jump_page(jump_out.text) or ""},
                    _join_jump(origin.id, article.id),
                    {"steps": [{"split_article_at": first.id}]},
                    related=(article.id,),
                )
        for block in article.blocks:
            if block.role == Role.JUMP and JUMP_OUT.search(block.text) and \
                    not JUMP_IN.search(block.text):
                outs.append((article, block))


def _join_jump(origin_id: int, part_id: int) -> Callable[[Edition], Operation | None]:
    def fix(edition: Edition) -> Operation | None:
        part = edition.article(part_id)
        steps = [lambda ed, b=b.id: edits.SetRole(b, Role.JUMP)
                 for b in part.blocks if b.role in HEADLINE_GROUP]
        steps.append(lambda ed: edits.move_blocks_to(
            ed, [b.id for b in ed.article(part_id).blocks], ("article", origin_id),
            len(ed.article(origin_id).blocks)))
        steps.append(lambda ed: edits.delete_article(ed, part_id))
        return edits.sequence(edition, steps, "join jump")

    return fix


def furniture_in_articles(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        for block in article.blocks:
            if block.role in (Role.PARAGRAPH, Role.HEADLINE, Role.KICKER, Role.SUBHEAD) and \
                    len(block.text) <= 80 and "。" not in block.text and \
                    FURNITURE.search(block.text):
                block_id = block.id
                yield Finding(Kind.FURNITURE_IN_ARTICLE, "page_furniture", 0.85, (block_id,),
                              article.id, {"text": block.text},
                              lambda ed, b=block_id: edits.to_furniture(ed, [b]),
                              {"steps": [{"move_back": [block_id], "article": article.id,
                                          "role": block.role.value}]})


def empty_articles(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        if not article.blocks:
            article_id = article.id
            yield Finding(Kind.EMPTY_ARTICLE, "no_blocks", 0.95, (), article_id, {},
                          lambda ed, a=article_id: edits.delete_article(ed, a), {})
        elif not _body_blocks(article) and not article.of_role(Role.CAPTION) and \
                _has_headline(article):
            yield Finding(Kind.EMPTY_ARTICLE, "headline_only", 0.4,
                          tuple(b.id for b in article.blocks), article.id,
                          {"headline": article.headline})


DETECTORS: tuple[Detector, ...] = (
    furniture_in_articles,
    jump_continuations,
    misplaced_headlines,
    interleaved_columns,
    orphan_bodies,
    split_paragraphs,
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
    found: list[Finding] = []
    for detector in DETECTORS:
        found.extend(detector(edition, None if detector is jump_continuations else scope))
    return found

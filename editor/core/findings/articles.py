"""Which article text belongs to: headline groups out of place, orphan body, jumps."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from editor.core import edits
from editor.core.findings.base import Finding, Kind
from editor.core.findings.common import (
    BODY,
    JUMP,
    PARAGRAPH,
    Scope,
    body_blocks,
    closed,
    dateline_end,
    has_body,
    has_headline,
    head,
    holds_jump,
    is_body,
    split_step,
    tail,
)
from editor.core.findings.paragraphs import (
    cut_confidence,
    last_text,
    plainly_goes_on,
    take_back,
)
from editor.core.model import HEADLINE_GROUP, Article, Block, Edition, Role
from editor.core.operations import Compound, Operation
from editor.core.parsing.patterns import (
    AUTHOR_LINE,
    BOX_LABEL,
    JUMP_IN,
    JUMP_OUT,
    TRAILING_BYLINE,
    ends_sentence,
    fold,
    is_han,
    jump_page,
    unpad_names,
    visible_len,
)
from editor.core.parsing.roles import SENTENCE_OPENER
from editor.core.parsing.shapes import MAX_SUBHEAD


def misplaced_headlines(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """Body with no headline, cut mid-sentence, and its rest after the next headline group."""
    scope = scope or Scope(edition)
    for before, orphan, owner in scope.neighbours():
        if owner is None or has_headline(orphan) or not has_headline(owner):
            continue
        if orphan.blocks and orphan.blocks[0].role == Role.JUMP or closed(orphan):
            continue  # a continuation, or a story's end signed off before the next headline
        body = [b for b in orphan.blocks if is_body(b)]
        owner_body = [b for b in owner.blocks if b.role not in HEADLINE_GROUP]
        if not body or not owner_body or not is_body(owner_body[0]):
            continue
        confidence = cut_confidence(body[-1].text, owner_body[0].text)
        if confidence <= 0:
            continue
        if before is not None and not closed(before):
            confidence -= 0.15
        left, right = body[-1], owner_body[0]
        yield Finding(
            Kind.MISPLACED_HEADLINE, "headline_inside_paragraph", confidence,
            (left.id, right.id) + tuple(b.id for b in owner.blocks if b.role in HEADLINE_GROUP),
            owner.id,
            {"headline": owner.headline, "end": tail(left.text), "start": head(right.text)},
            _lift_headline(orphan.id, owner.id, left.id, right.id),
            {"steps": [split_step(right),
                       {"split_article_at": orphan.blocks[0].id, "headline_first": True}]},
            related=(orphan.id,),
        )

def dropped_headlines(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """A headline group dropped into a story's cut paragraph, heading a story printed after.

    The story ends mid-sentence; the next headline group is followed by the rest of that
    sentence (and maybe more of the story, whose subheads may have been read as headlines
    of their own); the group's own text comes after, as body with no headline that opens
    with a dateline. The rest goes back to the story (its subheads as subheads), the cut is
    joined, and the dated body goes under the group.
    """
    scope = scope or Scope(edition)
    for story, group, _after in scope.neighbours():
        # The tests are pure: the cheapest, and the one that rules most stories out, first;
        # the first inline (every article of a pass is asked): the story's last block is a
        # paragraph, which does not end on 。 (ends_sentence's first test).
        cut = last_text(story) if story is not None else None
        if cut is None or cut.role != PARAGRAPH or cut.text[-1:] == "。":
            continue
        if ends_sentence(cut.text):
            continue  # most stories, for which cut_confidence below says 0: asked first
        if not has_headline(story) or not has_headline(group):
            continue
        rest = [b for b in group.blocks if b.role not in HEADLINE_GROUP]
        if not rest or not is_body(rest[0]) or dateline_end(rest[0].text) >= 0:
            continue
        confidence = cut_confidence(cut.text, rest[0].text)
        if confidence < 0.9:
            continue
        evidence = _goes_on(cut.text, rest[0].text)
        goes_on = evidence is not None
        signed = _signed_inside(rest) if goes_on else None
        if signed is not None:
            # The story's rest runs to its signature ("（作者系…）"), inside the group's text;
            # the group's own text comes after it.
            yield _rest_back(story, group, cut, rest[:signed + 1], confidence - 0.1)
            continue
        # closed() walks the whole group: asked last, of the few groups still in question.
        if closed(group):
            # Signed at its end: the group's own text may open with its author's marked name
            # inside the text under it ("□ 蒲青"), or follow its signature as body with no
            # headline.
            start = _author_inside(story, rest) if goes_on else None
            if start is not None:
                author = rest[start]
                yield _rest_back(
                    story, group, cut, rest[:start], confidence - 0.1,
                    lambda ed, a=author.id: edits.set_role(ed, a, Role.BYLINE),
                    ({"role_of": author.id, "role": author.role.value},), (author.id,))
                continue
            orphan = _signed_orphan_after(edition, group) if goes_on else None
            if orphan is not None:
                # Up to the group's signature, its last block; the text after it is its own.
                yield _rest_back(
                    story, group, cut, [b for b in rest if b is not group.blocks[-1]],
                    confidence - 0.1,
                    lambda ed, g=group.id, o=orphan.id: edits.merge_articles(ed, g, o),
                    ({"split_article_at": orphan.blocks[0].id},), related=(orphan.id,))
            continue
        found = _dated_orphan_after(edition, group)
        if found is None:
            continue
        middles, orphan = found
        if evidence is not True and (middles or evidence is None):
            continue  # farther off, the sentence must show that it goes on
        moved = [b.id for b in rest]
        head_end = _headline_end(group)
        subheads = [a.blocks[0].id for a in middles]
        carried = moved + [b.id for a in middles for b in a.blocks]
        yield Finding(
            Kind.MISPLACED_HEADLINE, "headline_dropped_in_cut", confidence - 0.1,
            (cut.id, *carried), story.id,
            {"headline": group.headline, "end": tail(cut.text), "start": head(rest[0].text)},
            _give_back(story.id, group.id, [a.id for a in middles], orphan.id, cut.id, moved,
                       subheads),
            {"steps": [{"split_article_at": orphan.blocks[0].id},
                       {"move_back": carried[1:], "article": group.id},
                       # the rest of the cut sentence, back under the group's headline
                       split_step(rest[0]) | {"into_after": head_end},
                       # the story's subheads that had been headlines, articles again
                       *({"split_article_at": h} for h in subheads),
                       *({"role_of": h, "role": Role.HEADLINE.value} for h in subheads)]},
            related=(group.id, orphan.id, *(a.id for a in middles)),
        )


def subheads_dropped(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """A one-line headline dropped into a story's cut paragraph and read as its subhead,
    while the story it heads follows as body with no headline that opens with a dateline.

    The line sits between the two halves of a sentence (the text before it is cut, the text
    after it goes on with the cut); it goes to the top of the dated body, as its headline,
    and the halves are joined.
    """
    scope = scope or Scope(edition)
    for story, orphan, _after in scope.neighbours():
        if story is None or has_headline(orphan) or not has_headline(story):
            continue
        if not _dated_text(orphan):
            continue
        blocks = story.blocks
        subheads = [k for k in range(1, len(blocks) - 1) if blocks[k].role == Role.SUBHEAD]
        for k in subheads:
            line, left, right = blocks[k], blocks[k - 1], blocks[k + 1]
            if not is_body(left) or not is_body(right) or BOX_LABEL.match(line.text):
                continue  # a box's label ("记者手记") is the story's own
            confidence = cut_confidence(left.text, right.text)
            if confidence < 0.9 or not plainly_goes_on(left.text, right.text):
                continue
            line_id, left_id, right_id, orphan_id = line.id, left.id, right.id, orphan.id
            yield Finding(
                Kind.MISPLACED_HEADLINE, "headline_dropped_in_cut", confidence - 0.1,
                (line_id, left_id, right_id), orphan.id,
                {"headline": line.text, "end": tail(left.text), "start": head(right.text)},
                lambda ed, a=line_id, b=left_id, c=right_id, o=orphan_id: edits.sequence(ed, [
                    lambda e: edits.move_blocks_to(e, [a], ("article", o), 0),
                    lambda e: edits.set_role(e, a, Role.HEADLINE),
                    lambda e: edits.merge_blocks(e, b, c),
                ], "dropped headline"),
                {"steps": [split_step(right),
                           {"move_back": [line_id], "article": story.id,
                            "role": Role.SUBHEAD.value, "after": left_id}]},
                related=(story.id,),
            )
            break


def stories_signed_twice(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """A story signed at its head (dateline, byline) and again at its end by other people,
    with a subhead between: two stories, the second's headline read as a subhead.

    One story names its reporters once; an end byline whose names are none of those at
    the head signs a story of its own, which starts at the last subhead before it, after
    a paragraph that ends its sentence.
    """
    scope = scope or Scope(edition)
    for article in scope.articles():
        blocks = article.blocks
        if len(blocks) < 5 or blocks[-1].role != Role.BYLINE or not has_headline(article):
            continue
        first = next((k for k, b in enumerate(blocks) if b.role in _HEAD_SIGNATURE), None)
        if first is None or first == len(blocks) - 1:
            continue
        opening, closing = fold(blocks[first].text), fold(blocks[-1].text)
        if not (_TITLED.search(opening) and _TITLED.search(closing)):
            continue  # an author's line ("□ 韩立新", "（作者单位：…）") signs essays, not reports
        if _CONTRIBUTED.search(closing):
            continue  # 「（实习生 周敏 参与采写）」: a hand in this story, not a story of its own
        names, end = signers(opening), signers(closing)
        if not names or not end or any(name in opening for name in end):
            continue
        line = next((k for k in range(len(blocks) - 2, first, -1)
                     if blocks[k].role == Role.SUBHEAD), None)
        if line is None or not is_body(blocks[line + 1]) or not is_body(blocks[line - 1]) \
                or not ends_sentence(blocks[line - 1].text) or BOX_LABEL.match(blocks[line].text):
            continue
        subhead = blocks[line]
        yield Finding(
            Kind.MISPLACED_HEADLINE, "second_story_signed", 0.8,
            (subhead.id,), article.id,
            {"headline": subhead.text, "first": "、".join(names), "second": "、".join(end)},
            lambda ed, a=article.id, b=subhead.id: edits.sequence(ed, [
                lambda e: edits.split_article(e, a, b),
                lambda e: edits.set_role(e, b, Role.HEADLINE),
            ], "second story"),
            {"steps": [{"merge_article_of": subhead.id, "role": Role.SUBHEAD.value}]},
        )


_HEAD_SIGNATURE = frozenset({Role.DATELINE, Role.BYLINE})
# A reporter's title or a credit ("文/"): a report's signature.
_TITLED = re.compile(r"记者|通讯员|实习生|撰稿|[文图]\s*[/／]")
# A closing that credits a hand in the story above, not a story of its own.
_CONTRIBUTED = re.compile(r"参与|贡献|协助|整理|综合|编译|对此文|对本文")
# What a signature says besides names: titles, credit words, brackets, marks.
_NOT_NAMES = re.compile(
    r"本报|本刊|本台|本网|晚报|新华社|中新社|全媒体|融媒体?|特约|特派|见习|首席|实习生|记者|通讯员|"
    r"摄影|评论员|撰稿人?|主持人|报道|采写|整理|文图|图文|讯|电|[文图摄]\s*[/／|:：]|"
    r"[\d\s、，,·•□■◎（）()【】\[\]/／:：|]+"
)


def signers(text: str) -> list[str]:
    """The names a dateline or byline signs with ("本报讯 记者邰明 通讯员方雪": 邰明, 方雪):
    what is left of its folded text, in pieces of two to four Han characters, once its
    titles, credit words and marks are taken out (a padded name, "王 芳", read whole)."""
    pieces = unpad_names(_NOT_NAMES.sub(" ", fold(text))).split()
    return [p for p in pieces if 2 <= len(p) <= 4 and all(is_han(c) for c in p)]


def _headline_end(article: Article) -> int:
    """The id of the last line of an article's headline group (it has one)."""
    return [b.id for b in article.blocks if b.role in HEADLINE_GROUP][-1]


def _signed_inside(rest: list[Block]) -> int | None:
    """Where a signature ends a piece inside a group's text, with more text after it: the
    index in `rest` of a paragraph that ends with its byline glued ("…管用。（作者系…）"), or
    of a byline line; None when there is none."""
    for k, block in enumerate(rest[:-1]):
        if not is_body(block):
            return None
        if rest[k + 1].role == Role.BYLINE:
            end = k + 1
        elif block.text.endswith(("）", ")")) and TRAILING_BYLINE.search(block.text):
            end = k
        else:
            continue
        return end if any(is_body(b) for b in rest[end + 1:]) else None
    return None


def _author_inside(story: Article, rest: list[Block]) -> int | None:
    """The index in `rest` of an author's marked name ("□ 蒲青", read as a subhead between
    paragraphs) with text before and after it: where a piece signed at its end begins.

    Only where the cut story is signed at its head (its own signature, then, is no marked
    name closing it), and the mark marks no subhead of the story's ("◎ 茶旅融合"); a name
    is two or three characters."""
    if not any(b.role == Role.BYLINE for b in story.blocks[:4]) or \
            story.blocks[-1].role == Role.BYLINE:
        return None
    marks = {b.text.lstrip()[:1] for b in story.blocks if b.role == Role.SUBHEAD}
    for k in range(1, len(rest) - 1):
        block = rest[k]
        mark = block.text.lstrip()[:1]
        if block.role == Role.SUBHEAD and is_body(rest[k - 1]) and is_body(rest[k + 1]) and \
                mark in AUTHOR_LINE.lead and mark not in marks and \
                AUTHOR_LINE.pattern.match(fold(block.text)) and \
                2 <= len(unpad_names(fold(block.text)).strip()[1:].strip()) <= 3:
            return k
    return None


def _signed_orphan_after(edition: Edition, group: Article) -> Article | None:
    """The body with no headline right after a group whose last block is a byline over it
    ("本报记者 … 摄影报道", then the photo story's text): the group's own text, when the
    body before the byline ends its sentences."""
    blocks = group.blocks
    if len(blocks) < 3 or blocks[-1].role != Role.BYLINE or not is_body(blocks[-2]) or \
            not ends_sentence(blocks[-2].text):
        return None
    articles = edition.section_of_article(group.id).articles
    place = edition.index_of_article(group.id)
    if place + 1 >= len(articles):
        return None
    orphan = articles[place + 1]
    first = orphan.blocks[0] if orphan.blocks else None
    if has_headline(orphan) or first is None or not is_body(first) or \
            dateline_end(first.text) >= 0:
        return None
    return orphan


def _rest_back(story: Article, group: Article, cut: Block, taken: list[Block],
               confidence: float, then: Callable[[Edition], Operation | None] | None = None,
               undo_then: tuple[dict, ...] = (), extra: tuple[int, ...] = (),
               related: tuple[int, ...] = ()) -> Finding:
    """The finding that gives a cut story its rest (`taken`, the blocks printed under a
    dropped group up to where the group's own text begins) and joins the cut; `then` is
    what else the fix does (the author's name a byline, the text after the group's
    signature its own), `undo_then` the revert steps that take it back, run first."""
    moved = [b.id for b in taken]
    head_end = _headline_end(group)
    story_id, cut_id = story.id, cut.id
    steps = [take_back(story_id, cut_id, moved)] + ([then] if then is not None else [])
    return Finding(
        Kind.MISPLACED_HEADLINE, "headline_dropped_in_cut", confidence,
        (cut_id, *moved, *extra), story_id,
        {"headline": group.headline, "end": tail(cut.text), "start": head(taken[0].text)},
        lambda ed: edits.sequence(ed, steps, "dropped headline"),
        {"steps": [*undo_then,
                   {"move_back": moved[1:], "article": group.id, "after": head_end},
                   split_step(taken[0]) | {"into_after": head_end}]},
        related=(group.id, *related),
    )


def _dated_orphan_after(edition: Edition, group: Article) -> tuple[list[Article], Article] | None:
    """The body with no headline, opening with a dateline, that a dropped group heads: the
    next article, or the one after one or two subhead-like articles (a short headline alone,
    then undated, unsigned text) that are the cut story's own sections."""
    articles = edition.section_of_article(group.id).articles
    place = edition.index_of_article(group.id)
    middles: list[Article] = []
    for article in articles[place + 1:place + 4]:
        if not has_headline(article):
            return (middles, article) if _dated_text(article) else None
        group_blocks = [b for b in article.blocks if b.role in HEADLINE_GROUP]
        body = [b for b in article.blocks if b.role not in HEADLINE_GROUP]
        if len(group_blocks) != 1 or article.blocks[0].role != Role.HEADLINE or \
                visible_len(article.blocks[0].text) > MAX_SUBHEAD + 4 or closed(article) or \
                not body or not is_body(body[0]) or dateline_end(body[0].text) >= 0 or \
                any(b.role in (Role.DATELINE, Role.BYLINE) for b in article.blocks):
            return None
        middles.append(article)
    return None


def _sentence_cut(text: str) -> bool:
    """Whether a paragraph stops inside a sentence of several clauses: its unfinished last
    sentence holds a comma and ends on a Han character ("…在乡镇布局产地仓、在村级设立"), not on
    a number, a bracket or a slogan's last word. A dropped group with the dated text it heads
    right after it needs no more to say the sentence goes on under the group."""
    last = max(text.rfind("。"), text.rfind("！"), text.rfind("？"))
    return "，" in text[last + 1:] and "\u4e00" <= text[-1] <= "\u9fff"


def _dated_text(article: Article) -> bool:
    """Body with no headline whose first paragraph opens with a dateline (not a continued
    part, which opens with its "上接" line): a story that lost its headline group."""
    first = next((b for b in article.blocks if is_body(b)), None)
    return first is not None and dateline_end(first.text) >= 0 and \
        article.blocks[0].role != Role.JUMP


def _give_back(story_id: int, group_id: int, middle_ids: list[int], orphan_id: int,
               cut_id: int, moved: list[int],
               subheads: list[int]) -> Callable[[Edition], Operation | None]:
    def fix(edition: Edition) -> Operation | None:
        # The story takes its rest back and rejoins its cut, as when columns were read across.
        steps = [take_back(story_id, cut_id, moved)]
        steps += [lambda ed, m=m: edits.merge_articles(ed, story_id, m) for m in middle_ids]
        steps += [lambda ed, b=b: edits.set_role(ed, b, Role.SUBHEAD) for b in subheads]
        steps.append(lambda ed: edits.merge_articles(ed, group_id, orphan_id))
        return edits.sequence(edition, steps, "dropped headline")

    return fix


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

def orphan_bodies(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """Body text under no headline that no cut sentence ties to a neighbour."""
    scope = scope or Scope(edition)
    claimed = {f.block_ids[0] for f in scope.found_by(misplaced_headlines)}
    for before, orphan, after in scope.neighbours():
        if has_headline(orphan) or not has_body(orphan):
            continue
        if orphan.blocks[0].role == Role.JUMP or orphan.blocks[0].id in claimed:
            continue
        if any(b.id in claimed for b in orphan.blocks):
            continue
        first = body_blocks(orphan)[0]
        if dateline_end(first.text) >= 0:
            yield Finding(Kind.NO_HEADLINE, "dateline_without_headline", 0.5,
                          (first.id,), orphan.id, {"start": head(first.text)})
            continue
        if before is None:
            # First in its section (a page's): the story before it, on the page before, may
            # have been cut mid-sentence, with its text going on here.
            previous = _reading_previous(scope, orphan)
            sure = _cut_goes_on(previous, first) if previous is not None else None
            if sure is not None:
                # Plain evidence is repaired; a sentence that only lacks its stop is for an
                # editor to judge (a new story may open the page).
                yield Finding(
                    Kind.ORPHAN_BODY, "orphan_continues_previous", 0.8 if sure else 0.6,
                    (first.id,), orphan.id,
                    {"start": head(first.text), "headline": previous.headline},
                    _join_articles(orphan.id, previous.id),
                    {"steps": [{"split_article_at_span": [orphan.blocks[0].spans[0].source,
                                                          orphan.blocks[0].spans[0].start],
                                "own_section": True}]},
                    related=(previous.id,),
                )
                continue
        if before is not None and not closed(before):
            target, code, confidence = before.id, "orphan_continues_previous", 0.7
        elif closed(orphan):
            # Signed off on its own: the end of a story whose start is on another page.
            yield Finding(Kind.ORPHAN_BODY, "orphan_signed", 0.3, (first.id,), orphan.id,
                          {"start": head(first.text)})
            continue
        elif after is not None and has_headline(after):
            # The article before is signed off: the body can only be the next one's,
            # whose headline group was printed below it.
            signed_off = before is None or closed(before)
            confidence = 0.8 if signed_off else 0.6
            target, code = after.id, "orphan_before_headline"
        elif before is not None:
            target, code, confidence = before.id, "orphan_after_article", 0.4
        else:
            yield Finding(Kind.ORPHAN_BODY, "orphan_alone", 0.3, (first.id,), orphan.id,
                          {"start": head(first.text)})
            continue
        yield Finding(
            Kind.ORPHAN_BODY, code, confidence, (first.id,), orphan.id,
            {"start": head(first.text), "headline": edition.article(target).headline},
            _join_articles(orphan.id, target),
            {"steps": [{"split_article_at": orphan.blocks[0].id}]},
            related=(target,),
        )

def _reading_previous(scope: Scope, article: Article) -> Article | None:
    """The article read before `article`, across sections."""
    return next((previous for previous, scoped, _next in scope.reading_neighbours()
                 if scoped is article), None)


def _cut_goes_on(story: Article, first: Block) -> bool | None:
    """Whether a story in the same source ends on a paragraph cut mid-sentence that `first`
    goes on: True where punctuation or the text says so, False where the sentence only
    stops inside a clause, None where it does not go on."""
    last = story.blocks[-1] if story.blocks else None
    if last is None or last.role != PARAGRAPH or not has_headline(story) or \
            not last.spans or not first.spans or \
            last.spans[-1].source != first.spans[0].source or \
            cut_confidence(last.text, first.text) < 0.9:
        return None
    return _goes_on(last.text, first.text)


def _goes_on(cut: str, text: str) -> bool | None:
    """How surely `text` goes on with a cut sentence: True where punctuation or the text
    says so (`plainly_goes_on`), False where the cut only stops inside a clause and `text`
    opens no sentence of its own ("近年来，…"), None where nothing says it goes on."""
    if plainly_goes_on(cut, text):
        return True
    if _sentence_cut(cut) and SENTENCE_OPENER.match(text) is None:
        return False
    return None


def _join_articles(orphan_id: int, target_id: int) -> Callable[[Edition], Operation | None]:
    def fix(edition: Edition) -> Operation | None:
        if edition.index_of_article(target_id) < edition.index_of_article(orphan_id) or \
                edition.section_of_article(target_id) is not edition.section_of_article(orphan_id):
            return edits.merge_articles(edition, target_id, orphan_id)
        return _lift_headline(orphan_id, target_id, None, None)(edition)

    return fix


# --- fields left inside paragraphs ---------------------------------------------------

def jump_continuations(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """Join the part of an article after "（上接第N版）" to the part before "（下转第M版）"."""
    return joined_jumps(edition, filter(holds_jump, edition.articles()))


def joined_jumps(edition: Edition, articles: Iterable[Article]) -> Iterator[Finding]:
    """`jump_continuations` over the articles holding a jump line, given in reading order
    (every other article is no part of a jump: auto-repair keeps their list from pass to
    pass, see `Reuse.holding_jumps`)."""
    outs: list[tuple[Article, Block]] = []
    used: set[int] = set()
    for article in articles:
        first = article.blocks[0]
        starts = _continuation_mark(article)
        if starts is not None:
            open_outs = [o for o in outs if o[0].id not in used and o[0] is not article]
            match = _matching_jump(edition, open_outs, starts)
            if match is not None:
                origin, jump_out = match
                used.add(origin.id)
                yield Finding(
                    Kind.JUMP_CONTINUATION, "jump_joined", 0.9,
                    (jump_out.id, starts.id), origin.id,
                    {"out": jump_out.text, "in": starts.text, "headline": origin.headline,
                     "page": jump_page(jump_out.text) or ""},
                    _join_jump(origin.id, article.id),
                    {"steps": [_split_step(edition, article, first)] + [
                        {"role_of": b.id, "role": b.role.value}
                        for b in article.blocks if b.role in HEADLINE_GROUP]},
                    related=(article.id,),
                )
        pending: list[Block] = []
        for block in article.blocks:
            if block.role != JUMP:
                continue
            if JUMP_IN.search(block.text):
                pending.clear()  # the part after this "上接" answers the "下转" before it
            elif JUMP_OUT.search(block.text):
                pending.append(block)
        outs.extend((article, block) for block in pending)


def _continuation_mark(article: Article) -> Block | None:
    """The "（上接第N版）" line that opens an article's continued part, if it opens one.

    It stands at the top, over the text: after a repeated headline at most. A "上接" line
    after the article's own text or its "下转" line marks a part already joined.
    """
    for block in article.blocks[:4]:
        if block.role == JUMP and JUMP_IN.search(block.text):
            return block
        if block.role in BODY or (block.role == JUMP and JUMP_OUT.search(block.text)):
            return None
    return None

def _page_of(edition: Edition, block: Block) -> str | None:
    """The page a block was printed on: its source's page label (or number), if known."""
    if not block.spans or len(edition.sources) < 2:
        return None
    index = block.spans[0].source
    return edition.sources[index].page or str(index + 1)


def _matching_jump(edition: Edition, outs: list[tuple[Article, Block]],
                   jump_in: Block) -> tuple[Article, Block] | None:
    """The "下转" line that "上接" answers: the first whose page numbers agree both ways.

    Where the pages are not known (one file), the first open one in reading order.
    """
    here = _page_of(edition, jump_in)
    from_page = jump_page(jump_in.text)
    for origin, jump_out in outs:
        to_page = jump_page(jump_out.text)
        there = _page_of(edition, jump_out)
        if here is not None and to_page is not None and to_page != here:
            continue
        if there is not None and from_page is not None and from_page != there:
            continue
        return origin, jump_out
    return None


def _join_jump(origin_id: int, part_id: int) -> Callable[[Edition], Operation | None]:
    """The part's repeated headline becomes jump lines, the part joins its origin, and a
    section the part was all of is dropped.

    Built against the edition as it is, not step after step through `sequence` (applying
    each step and undoing it): no step changes what the next one reads (the merge moves
    blocks by id, whatever their roles; the section is left bare exactly when the part was
    its only article under no head)."""

    def fix(edition: Edition) -> Operation | None:
        part = edition.article(part_id)
        section = edition.section_of_article(part_id)
        steps: list[Operation] = [edits.SetRole(b.id, Role.JUMP)
                                  for b in part.blocks if b.role in HEADLINE_GROUP]
        merge = edits.merge_articles(edition, origin_id, part_id)
        if merge is not None:
            steps.append(merge)
            if not section.head and section.articles == [part]:
                steps.append(edits.delete_section(edition, section.id))
        return Compound(steps, "join jump") if steps else None

    return fix

def _split_step(edition: Edition, part: Article, first: Block) -> dict:
    """How a revert takes the part off again: split at its first block; when the join left
    the part's section bare (and dropped it), the part goes back into a section of its own
    on its page."""
    section = edition.section_of_article(part.id)
    if section.head or len(section.articles) != 1:
        return {"split_article_at": first.id}
    return {"split_article_at": first.id, "own_section": True}


def empty_articles(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        if not article.blocks:
            article_id = article.id
            yield Finding(Kind.EMPTY_ARTICLE, "no_blocks", 0.95, (), article_id, {},
                          lambda ed, a=article_id: edits.delete_article(ed, a), {})
        elif not has_body(article) and not article.of_role(Role.CAPTION) and \
                has_headline(article):
            yield Finding(Kind.EMPTY_ARTICLE, "headline_only", 0.4,
                          tuple(b.id for b in article.blocks), article.id,
                          {"headline": article.headline})

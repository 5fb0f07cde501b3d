"""Paragraphs cut by the layout: at a column break, or read across two columns."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from editor.core import edits
from editor.core.findings.base import Finding, Kind
from editor.core.findings.common import (
    CAPTION,
    CREDIT,
    PARAGRAPH,
    Scope,
    dateline_end,
    has_headline,
    head,
    is_body,
    split_step,
    tail,
)
from editor.core.model import HEADLINE_GROUP, Article, Block, Edition, Role
from editor.core.operations import Operation
from editor.core.parsing.patterns import (
    BULLET,
    CAPTION_START,
    CONTINUING_LAST,
    INLINE_CREDIT,
    SPEAKER_TURN,
    TRAILING_BYLINE,
    TRAILING_CREDIT,
    ends_sentence,
)
from editor.core.parsing.roles import SENTENCE_OPENER, goes_on_from

# Opens with the class of the characters a match can start with (a digit, the h of http,
# the w of www), each alternative checking which it was: the engine then skips to the next
# such character, where "(?:\d…|https?…|www…)" makes it try a match at every character.
CONTACT_END = re.compile(r"[\dhw](?:(?<=\d)[\d\-－]{6,}\d|(?<=h)ttps?://\S+|(?<=w)ww\.\S+)"
                         r"\s*[\u4e00-\u9fff]{0,4}$")
ATTRIBUTION = re.compile(r"[”」』]\s*[—－-]{1,2}\s*[^“”，。！？]{1,24}$")


@lru_cache(maxsize=32768)
def cut_confidence(left: str, right: str) -> float:
    """How sure we are that `left` and `right` are two halves of one cut paragraph.

    Cached: each repair pass asks again about every pair of paragraphs it did not join.
    Most pairs asked are cut (they pass every test below): the tests are written to cost
    little, each checked against its plain form in the tests.
    """
    left, right = left.rstrip(), right.lstrip()
    if not left or not right or ends_sentence(left):
        return 0.0
    if left.endswith(("：", ":")) or dateline_end(right) >= 0 or _bullet(right):
        return 0.0
    if ATTRIBUTION.search(left):
        return 0.0  # a quotation signed "——村民 张三" is complete
    if CONTACT_END.search(left):
        # "…可拨打热线0352-5021234咨询": a paragraph that ends on a number or an address
        # often has no full stop; a cut there is for an editor to judge.
        return 0.5
    end = left[-30:]
    if ("记者" in end or "通讯员" in end or "评论员" in end or "作者" in end or "实习生" in end) \
            and TRAILING_BYLINE.search(left):
        return 0.0  # it ends with its byline ("…全覆盖。 本报记者 X"): the story is over
    if _speaker_turn(left) and _speaker_turn(right):
        return 0.0  # two turns of an interview, two fields of a profile ("经历：…", "记者：…")
    if right[0] in "，。、；：,.;:）)》”’」":
        return 0.97
    if goes_on_from(left, right):
        return 0.97  # it closes the quotation the cut opened, or opens as no sentence does
    # CONTINUING_END ends with $, and left is stripped: it asks the last character.
    continuing = left[-1] in CONTINUING_LAST
    if _bullet(left) and not continuing:
        # A bulleted item ("◆ 进出口总值…增长4.9%") is complete without a full stop; one
        # cut mid-phrase may go on, but that is for an editor to say.
        return 0.5
    if continuing:
        return 0.97
    if left[-1] in "”’」』）)》":
        # "…推进煤矿“一矿一策”": a short quoted term closing a sentence of several clauses,
        # with no stop before its quote, is cut where the sentence goes on.
        # A headline ends so too ("…多了一间“暖心小屋”"): the text must be longer than one,
        # and what follows must not open with the end of a word cut elsewhere ("团，…").
        return 0.9 if len(left) > _LONGEST_HEADLINE and _quoted_term_cut(left) and \
            right.find("，") != 1 else 0.55
    if len(left) <= 30 and dateline_end(left) < 0 and not _punctuated(left):
        # A short unpunctuated line set out in fields ("东关社区 3胜0负 6分") is a list
        # item; so is one followed by another such line.
        fields = left.strip()
        if " " in fields or "\u3000" in fields or "：" in fields or ":" in fields or (
            len(right) <= 30 and not ends_sentence(right) and not _punctuated(right)
        ):
            return 0.0
    return 0.9


# Longer than most headlines: a line this long that ends without a stop is running text.
_LONGEST_HEADLINE = 24


def _quoted_term_cut(text: str) -> bool:
    """A text that ends on a short quoted term ("…推进“一矿一策”"), the term's quote opened
    in the last sentence, which holds a comma before it; speech closes with its stop inside
    the quote ("…“好。”"), a quoted title line has no clause before it."""
    close = text[-1]
    opening = "“" if close == "”" else "「" if close == "」" else ""
    if not opening:
        return False
    start = text.rfind(opening)
    if start < 0 or not 1 <= len(text) - start - 2 <= 8:
        return False
    term = text[start + 1:-1]
    if any(mark in term for mark in "。！？!?，；…"):
        return False
    sentence = text[max(text.rfind("。", 0, start), text.rfind("！", 0, start),
                        text.rfind("？", 0, start)) + 1:start]
    return "，" in sentence


def _punctuated(text: str) -> bool:
    """Whether the text holds a full stop, a comma, a semicolon, or a ! or ? mark."""
    return "。" in text or "，" in text or "；" in text or "！" in text or "？" in text


def _bullet(text: str) -> bool:
    """BULLET.match, asked only of a text that opens with one of its lead characters."""
    return text.lstrip()[:1] in BULLET.lead and BULLET.match(text) is not None


def _speaker_turn(text: str) -> bool:
    """SPEAKER_TURN.match, asked only of a text that holds the colon every match holds."""
    return ("：" in text or ":" in text) and SPEAKER_TURN.match(text) is not None


# --- split paragraphs ------------------------------------------------------------

# Blocks printed beside the running text: a paragraph cut by one goes on after it.
_BESIDE_TEXT = frozenset({Role.CAPTION, Role.CREDIT, Role.JUMP, Role.FURNITURE})

def split_paragraphs(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        # The paragraph before this block, the text aside, when it may be cut: one that ends
        # on "。" never is (cut_confidence says 0), and most do, so the pair is not even
        # looked up in its cache.
        cut: Block | None = None
        above: Block | None = None  # the block printed right before this one
        run = 0  # short unpunctuated paragraphs in a row, up to this one
        for block in article.blocks:
            role = block.role
            if role in _BESIDE_TEXT:
                above = block
                continue
            if role == PARAGRAPH:
                # The last of two or more short lines with no punctuation (a poem's, a
                # list's) ends the run: the text after it is not the rest of its sentence.
                if cut is not None and run < 2:
                    confidence = cut_confidence(cut.text, block.text)
                    if confidence > 0:
                        yield _join_finding(Kind.SPLIT_PARAGRAPH, "cut_paragraph", confidence,
                                            cut, block, article.id,
                                            after=above if above is not cut else None)
                cut = block if block.text[-1:] != "。" else None
                run = run + 1 if cut is not None and _run_line(block.text) else 0
            else:
                cut = None
                run = 0
            above = block

def _run_line(text: str) -> bool:
    """A short line with no punctuation at all: a line of a poem or of a list."""
    text = text.strip()
    return 0 < len(text) <= 30 and not _punctuated(text) and not ends_sentence(text)


def split_captions(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """One photo caption printed as two blocks: "图为…。" then "据介绍，…" before the credit.

    The second block opens no caption of its own (no 图为, ▲, 图②…) and the first names
    no photographer, so the two describe one picture; with the credit line right after
    the second, that is near certain.
    """
    scope = scope or Scope(edition)
    for article in scope.holding(CAPTION):
        blocks = article.blocks
        for index in range(len(blocks) - 1):
            left, right = blocks[index], blocks[index + 1]
            if left.role != CAPTION or right.role != CAPTION:
                continue
            if CAPTION_START.match(right.text) or TRAILING_CREDIT.search(left.text) or \
                    INLINE_CREDIT.search(left.text):
                continue
            credited = index + 2 < len(blocks) and blocks[index + 2].role == CREDIT
            yield _join_finding(Kind.SPLIT_PARAGRAPH, "cut_caption", 0.85 if credited else 0.6,
                                left, right, article.id)


def _join_finding(kind: Kind, code: str, confidence: float, left: Block, right: Block,
                  article_id: int | None, after: Block | None = None) -> Finding:
    """Join `right` onto `left`; `after` is what stood between them (a caption, a jump
    line), after which a revert puts the second half back."""
    left_id, right_id = left.id, right.id
    step = split_step(right)
    if after is not None:
        step["after"] = after.id
    return Finding(
        kind, code, confidence, (left_id, right_id), article_id,
        {"end": tail(left.text), "start": head(right.text)},
        lambda ed: edits.merge_blocks(ed, left_id, right_id),
        {"steps": [step]},
    )

def interleaved_columns(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """An article ends mid-sentence and its rest was read into an article after it.

    Columns read across: a later article on the page holds a paragraph that continues the
    cut sentence, after a paragraph of its own that is complete; that paragraph and the
    body after it (up to a byline or caption) go back to the cut article. The next article
    is searched first, then up to two more (a story cut twice, read column by column).
    """
    scope = scope or Scope(edition)
    for _before, article, _after in scope.neighbours():
        # The tests are pure: the cheapest, and the one that rules most articles out, first;
        # the first two inline (every article of a pass is asked): the last block is a
        # paragraph, which does not end on 。 (ends_sentence's first test).
        cut = last_text(article)
        if cut is None or cut.role != PARAGRAPH or cut.text[-1:] == "。":
            continue
        if ends_sentence(cut.text) or not has_headline(article):
            continue
        if len(article.blocks) > 1 and _field_line(cut.text) and \
                _field_line(article.blocks[-2].text):
            continue  # the last line of a box of fields ("穿衣指数：冷，建议…"), not a cut
        # Past the story's pictures, the sentence must show that it goes on.
        found = _continuation(edition, article, cut, strict=cut is not article.blocks[-1])
        if found is None:
            continue
        following, body, start, confidence = found
        moved = []
        for block in body[start:]:
            if not is_body(block):
                break
            moved.append(block.id)
        yield Finding(
            Kind.SPLIT_PARAGRAPH, "columns_interleaved", confidence,
            (cut.id, *moved), article.id,
            {"end": tail(cut.text), "start": head(body[start].text),
             "headline": following.headline},
            take_back(article.id, cut.id, moved),
            # Reverted, the text goes back where it was printed: after the block of the
            # other article it followed, the rest first so that the split lands before it.
            {"steps": ([{"move_back": moved[1:], "article": following.id,
                         "after": body[start - 1].id}] if len(moved) > 1 else [])
             + [split_step(edition.block(moved[0])) | {"into_after": body[start - 1].id}]},
            related=(following.id,),
        )


_PICTURE = frozenset({CAPTION, CREDIT})


def last_text(article: Article) -> Block | None:
    """An article's last block but for the pictures after it (a caption a repair brought
    to the story stands at its end)."""
    blocks = article.blocks
    k = len(blocks) - 1
    while k >= 0 and blocks[k].role in _PICTURE:
        k -= 1
    return blocks[k] if k >= 0 else None
# How many articles after a cut one its continuation may be found in, and how sure that is.
_LOOK_AHEAD = (0.8, 0.75, 0.75)


def _continuation(edition: Edition, article: Article, cut: Block, strict: bool = False):
    """(article, its body, index in it, confidence) of the paragraph that goes on with `cut`.

    The paragraph comes after one of that article's own that ends its sentence (so it does
    not go on with that one), and is not a dateline's; the first such place wins.
    """
    articles = edition.section_of_article(article.id).articles
    place = edition.index_of_article(article.id)
    for distance, confidence in enumerate(_LOOK_AHEAD, start=1):
        if place + distance >= len(articles):
            return None
        following = articles[place + distance]
        if not has_headline(following):
            return None
        body = [b for b in following.blocks if b.role not in HEADLINE_GROUP]
        if distance == 1:
            # A photo item printed inside the cut (its headline, caption and credit): the
            # cut goes on in the first paragraph under them, as it would past furniture.
            start = next((k for k, b in enumerate(body) if b.role not in _PICTURE), len(body))
            if 0 < start < len(body) and body[start].role == PARAGRAPH and \
                    dateline_end(body[start].text) < 0 and \
                    SENTENCE_OPENER.match(body[start].text) is None and \
                    cut_confidence(cut.text, body[start].text) >= 0.9 and \
                    plainly_goes_on(cut.text, body[start].text):
                # (the item's own text may open a sentence: "近年来，…")
                return following, body, start, confidence
        for start in range(1, len(body)):
            left, right = body[start - 1], body[start]
            if not is_body(left) or not is_body(right):
                continue
            if not ends_sentence(left.text) or dateline_end(right.text) >= 0:
                continue
            evidence = cut_confidence(cut.text, right.text)
            if evidence < 0.9 or cut_confidence(left.text, right.text) > 0.0:
                continue
            if (distance == 1 and start == 1 and not strict) or \
                    plainly_goes_on(cut.text, right.text):
                return following, body, start, confidence
        if distance == 1 and not body:
            return None
    return None


# A cut that ends on a word asking for a figure, and a figure that is only an amount.
_WANTS_FIGURE = re.compile(r"(?:至|为|达|到|约|占|近|逾|超过|突破|增长|下降|提高|减少|增加|"
                           r"上涨|下跌|共|计|累计|合计|回落|攀升)$")
_AMOUNT = re.compile(r"^\d+(?:\.\d+)?\s*(?:%|％|‰|万|亿|倍|个百分点|人次|户|台|项|元|吨|公里|亩)")


def plainly_goes_on(cut: str, text: str) -> bool:
    """Whether `text` plainly goes on with the cut sentence, beyond the mere lack of a full
    stop (an ordinary paragraph often ends without one: a hotline, a list's intro): it
    opens with punctuation, or the cut ends on punctuation, or the cut asks for a figure
    and the text opens with an amount ("…回落至" / "58.6%，…"), never a time."""
    cut = cut.rstrip()
    return cut_confidence(cut, text) >= 0.97 or bool(
        _WANTS_FIGURE.search(cut) and _AMOUNT.match(text)
    )


def _field_line(text: str) -> bool:
    """A line of a box of fields: a short label, a colon, the value ("空气质量：良")."""
    label, colon, _value = text.partition("：")
    if not colon:
        label, colon, _value = text.partition(":")
    return bool(colon) and 0 < len(label.strip()) <= 6 and not ends_sentence(text)

def take_back(article_id: int, cut_id: int,
               moved: list[int]) -> Callable[[Edition], Operation | None]:
    """Move a cut paragraph's rest (and what follows it) back to the end of its article
    and join the two halves."""

    def fix(edition: Edition) -> Operation | None:
        steps = [
            lambda ed: edits.move_blocks_to(ed, moved, ("article", article_id),
                                            len(ed.article(article_id).blocks)),
            lambda ed: edits.merge_blocks(ed, cut_id, moved[0]),
        ]
        return edits.sequence(edition, steps, "rejoin columns")

    return fix

"""Fields left inside other blocks, captions away from their story, page furniture."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import add

from editor.core import edits
from editor.core.findings.base import Finding, Kind
from editor.core.findings.common import (
    BYLINE,
    CAPTION,
    HEADLINES,
    PARAGRAPH,
    PICTURE,
    Scope,
    dateline_end,
    has_body,
    has_headline,
    head,
    is_body,
    is_digest,
)
from editor.core.model import Article, Block, Edition, Role
from editor.core.operations import Compound, Operation
from editor.core.parsing.patterns import (
    AUTHOR_LINE,
    BYLINE_LINE,
    FURNITURE,
    FURNITURE_MARK,
    INLINE_CREDIT,
    PAPER_NAME_END,
    TRAILING_BYLINE,
    TRAILING_CREDIT,
    fold,
    unpad_names,
)

# Not the running text a dateline opens: the headline group and the bylines.
_NOT_TEXT = HEADLINES | {BYLINE}


# glued_datelines and glued_bylines look at most blocks of every article a pass reads: they
# test a paragraph by its role (`is_body` inlined: a call per block costs more than the test).


# What may stand above a dateline printed in its place: a picture, or the jump line above
# the text of a continued part.
_ABOVE_TEXT = frozenset({Role.CAPTION, Role.CREDIT, Role.JUMP})


def glued_datelines(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        # A picture printed over the story (its captions first) does not push the first
        # paragraph out of reach: count from the first block of text. Only the leading
        # pictures and the three blocks of text after them are read, in one walk.
        read = pictures = 0  # blocks of text read, and the pictures they open with
        above = True  # every block of text read is a picture or a jump line
        for block in article.blocks:
            role = block.role
            if role in _NOT_TEXT:
                continue
            if role == PARAGRAPH:
                offset = dateline_end(block.text)
                if offset >= 0:
                    # Each brief of a box keeps its 本报讯 (asked only here, of the articles
                    # with a dateline to cut: it finds the headline).
                    if not is_digest(article):
                        yield _dateline_finding(article, block, offset, 0.95 if above else 0.5)
                    break
            elif read == pictures and role in PICTURE:
                pictures += 1
            read += 1
            if read == pictures + 3:
                break
            above = above and role in _ABOVE_TEXT


def _dateline_finding(article: Article, block: Block, offset: int, confidence: float) -> Finding:
    if not block.text[offset:].strip():
        # The dateline stands on a line of its own: only its role is wrong.
        block_id = block.id
        return Finding(Kind.DATELINE_IN_PARAGRAPH, "dateline_as_paragraph", confidence,
                       (block_id,), article.id, {"text": block.text},
                       lambda ed, b=block_id: edits.set_role(ed, b, Role.DATELINE),
                       {"steps": [{"role_of": block_id, "role": Role.PARAGRAPH.value}]})
    return _split_off(Kind.DATELINE_IN_PARAGRAPH, "dateline_glued", confidence,
                      block, article.id, offset, Role.DATELINE, first=True)


# Words a byline glued to a paragraph's end must hold; a cheap look before the pattern.
REPORTER_WORDS = ("记者", "通讯员", "评论员", "作者", "撰稿", "主持人", "实习生")
_REPORTER_WORD = re.compile("|".join(REPORTER_WORDS))


@lru_cache(maxsize=16384)
def _byline_line(text: str) -> bool:
    """A short line that is a byline ("本报记者 张三", "□ 李四"). Cached: the same lines
    are asked again on every repair pass. As in the parser, the patterns run only where a
    match can be (proved in the tests): on a line not ended by 。, and the author line on a
    line opening with its lead; the byline pattern's hint rules most others out."""
    folded = fold(text)
    if folded.rstrip()[-1:] == "。":
        return False
    return bool(BYLINE_LINE.match_folded(folded) or (
        folded.lstrip()[:1] in AUTHOR_LINE.lead and AUTHOR_LINE.pattern.match(folded)))


def glued_bylines(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        blocks = article.blocks
        for last in reversed(blocks):
            if last.role == PARAGRAPH:
                break
        else:
            continue  # no paragraph
        # No byline ends with 。 (proved in the tests): most last paragraphs do, and are not
        # even looked up in the cache.
        start = _glued_byline_start(last.text) if last.text[-1:] != "。" else -1
        if start > 0 and not is_digest(article):  # a brief's "（通讯员 X）" stays with it
            yield _split_off(Kind.BYLINE_IN_PARAGRAPH, "byline_glued", 0.85, last, article.id,
                             start, Role.BYLINE, first=False)
        for block in blocks:
            # The length and the last character first (no byline ends with 。, see
            # `_byline_line`): they need no call, and rule out most paragraphs.
            text = block.text
            if len(text) <= 60 and block.role == PARAGRAPH and text[-1:] != "。" and \
                    _byline_line(text):
                block_id = block.id
                yield Finding(Kind.BYLINE_IN_PARAGRAPH, "byline_as_paragraph", 0.8, (block.id,),
                              article.id, {"text": block.text},
                              lambda ed, b=block_id: edits.set_role(ed, b, Role.BYLINE),
                              {"steps": [{"role_of": block_id, "role": Role.PARAGRAPH.value}]})


@lru_cache(maxsize=32768)
def _glued_byline_start(text: str) -> int:
    """Where a byline printed at the end of the paragraph starts (-1: none). Cached: every
    repair pass asks it of every article's last paragraph again."""
    if not _REPORTER_WORD.search(fold(text[-60:])):
        return -1
    match = TRAILING_BYLINE.search(text)
    return match.start(1) if match else -1

def glued_credits(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.holding(CAPTION):
        for block in article.blocks:
            if block.role != CAPTION:
                continue
            start = _credit_start(block.text)
            if start <= 0:
                continue
            yield _split_off(Kind.CREDIT_IN_CAPTION, "credit_glued", 0.9, block, article.id,
                             start, Role.CREDIT, first=False)

@lru_cache(maxsize=16384)
def _credit_start(text: str) -> int:
    """Where a photographer's credit printed at the end of a caption starts (0: none).
    Cached: every repair pass asks it of every caption near a change again."""
    trailing = TRAILING_CREDIT.search(text)
    inline = None if trailing else INLINE_CREDIT.search(text)
    return trailing.start(1) if trailing else (inline.start() if inline else 0)

def _split_off(kind: Kind, code: str, confidence: float, block: Block, article_id: int,
               offset: int, role: Role, first: bool) -> Finding:
    """A finding whose fix cuts a field (dateline, byline, credit) off a block."""
    block_id = block.id
    original = block.role

    def fix(edition: Edition) -> Operation | None:
        if first:
            split = edits.split_block(edition, block_id, offset, original)
            # The split's own steps, then the role: one level of steps less to apply.
            return Compound([*split.parts, edits.SetRole(block_id, role)], code) \
                if split else None
        return edits.split_block(edition, block_id, offset, role)

    text = block.text
    field_text = text[:offset] if first else text[offset:]
    return Finding(kind, code, confidence, (block_id,), article_id,
                   {"field": field_text.strip(), "start": head(text)}, fix,
                   {"steps": [{"merge_after": block_id, "role": original.value}]})


# --- captions, jumps, furniture, empty articles --------------------------------------

# Spaces and punctuation: a caption and its story share words, not marks. A regular
# expression takes them out about twice as fast as str.translate does in Chinese text.
# Written "[marks][marks]*", not "[marks]+": a pattern that opens with a character class
# lets the engine skip to the next mark in a tight loop, where a repeat first makes it try
# a whole match at every character (the same runs taken out, in about half the time).
_MARKS = "[" + re.escape(" \t\n\u3000，。、；：“”‘’（）《》！？,.;:()!?\"'") + "]"
_NOT_WORDS = re.compile(f"{_MARKS}{_MARKS}*")
# A caption's words leave out its dates too ("10月8日", "2026年"): every story of the day
# names them in its dateline. Only the caption's: the share counts the caption's bigrams
# found in a story, so a story's own dates can match nothing.
_NOT_CAPTION_WORDS = re.compile(f"{_MARKS}{_MARKS}*|\\d+[年月日号]")

@lru_cache(maxsize=65536)
def _bigrams(text: str) -> frozenset[str]:
    chars = _NOT_CAPTION_WORDS.sub("", text)
    # operator.add, not str.__add__: a C function called directly, cheaper for each pair
    # than the method's slot wrapper.
    return frozenset(map(add, chars, chars[1:]))

@lru_cache(maxsize=8192)
def _words(texts: tuple[str, ...]) -> str:
    """An article's text blocks without spaces and punctuation, one to a line: a caption's
    bigram (which never holds a line break) is in it exactly when one of the blocks holds
    it. Cached: a caption asks its own article and both neighbours, the next caption asks
    again."""
    return "\n".join(map(_letters, texts))

@lru_cache(maxsize=65536)
def _letters(text: str) -> str:
    """A block's text without spaces and punctuation. Cached: when a repair cuts or joins
    one block of an article, the words of the others are asked for again."""
    return _NOT_WORDS.sub("", text)

def _texts(article: Article, texts: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """The article's text blocks (not its captions). `texts` keeps them for one detector
    run: every caption asks its own article and both neighbours, the next caption asks most
    of them again."""
    article_texts = texts.get(article.id)
    if article_texts is None:
        article_texts = texts[article.id] = tuple(
            [b.text for b in article.blocks if b.role not in PICTURE])
    return article_texts

def _overlap(caption: str, article: Article, texts: dict[int, tuple[str, ...]]) -> float:
    """The share of the caption's bigrams that the article's text (not its captions) holds."""
    return _share(caption, _texts(article, texts))

@lru_cache(maxsize=32768)
def _share(caption: str, texts: tuple[str, ...]) -> float:
    """`_overlap` by texts. Cached: the next repair pass asks again about every caption
    near a change, and most of the articles it compares are unchanged.

    Each of the caption's few dozen bigrams is looked for in the article's text, cheaper
    than building the set of the article's hundreds of bigrams, most of them asked once.
    """
    bigrams = _bigrams(caption)
    words = _words(texts)
    return sum(map(words.__contains__, bigrams)) / len(bigrams)

@lru_cache(maxsize=32768)
def _share_bound(caption: str, texts: tuple[str, ...]) -> float:
    """At least `_share`, from single characters: a bigram holding a character the texts do
    not hold is not in them. Each character is one quick search of the texts, where the
    share needs the article's words (its blocks without their marks) and a search for each
    bigram: most neighbours of a caption lack too many of its characters to win. Cached,
    as `_share` is: later passes compare captions with the same unchanged neighbours."""
    text = "\n".join(texts)
    chars, counted = _bigram_bits(caption)
    absent = 0
    for char, bits in chars:
        if char not in text:
            absent |= bits
    count = counted.bit_count()  # a bit for each of the caption's bigrams
    return (count - (absent & counted).bit_count()) / count

@lru_cache(maxsize=16384)
def _bigram_bits(caption: str) -> tuple[tuple[tuple[str, int], ...], int]:
    """The caption's bigrams as bits of an int, for `_share_bound`: bit k + 1 stands for the
    bigram at k in the caption's words. Each character with the bits of the bigrams that
    hold it, and the bits that count (the first of a bigram met twice). Cached, as
    `_bigrams` is: a caption is compared with both its neighbours on every pass."""
    letters = _NOT_CAPTION_WORDS.sub("", caption)
    chars: dict[str, int] = {}
    get = chars.get
    both = 3  # the character at k is in the bigrams at k - 1 and k: bits k and k + 1
    for char in letters:
        chars[char] = get(char, 0) | both
        both <<= 1
    if len(_bigrams(caption)) == len(letters) - 1:
        counted = (1 << len(letters)) - 2  # bits 1 to len - 1: no bigram met twice
    else:
        counted, seen = 0, set()
        for k in range(len(letters) - 1):
            if letters[k:k + 2] not in seen:
                seen.add(letters[k:k + 2])
                counted |= 2 << k
    return tuple(chars.items()), counted

def _wins(score: float, best_score: float) -> bool:
    """Whether a neighbour's share beats the best so far (the caption's own, at first)."""
    return score > best_score + 0.1 and score >= 0.2

def captions_away(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    """A caption whose words belong to the neighbouring article rather than its own."""
    scope = scope or Scope(edition)
    captioned = {article.id for article in scope.holding(CAPTION)}
    texts: dict[int, tuple[str, ...]] = {}
    for previous, article, following in scope.reading_neighbours():
        if article.id not in captioned:
            continue
        blocks = article.blocks
        for j, block in enumerate(blocks):
            if block.role != CAPTION:
                continue
            caption = block.text
            if not _bigrams(caption):
                continue
            has_text = has_body(article) or has_headline(article)
            own = _overlap(caption, article, texts) if has_text else -1.0
            best, best_score = None, own
            for other in (previous, following):
                if other is None or other is article:
                    continue
                other_texts = _texts(other, texts)
                # The bound first (it is at least the share: a neighbour it rules out
                # could not win), the share only for the few it does not rule out.
                if _wins(_share_bound(caption, other_texts), best_score):
                    score = _share(caption, other_texts)
                    if _wins(score, best_score):
                        best, best_score = other, score
            credit = blocks[j + 1] if j + 1 < len(blocks) and blocks[j + 1].role == Role.CREDIT \
                else None
            confidence = min(0.95, 0.55 + best_score - max(own, 0))
            if best is None and has_body(article):
                # Not out of a photo-news item (a headline over its picture, no text): the
                # picture is the item.
                best = _shown_farther(edition, article, caption, own,
                                      (credit.text if credit else "") + block.text, texts)
                confidence = 0.8
            if best is None:
                continue
            moved = [block.id]
            if credit is not None:
                moved.append(credit.id)
            target = best.id
            yield Finding(
                Kind.CAPTION_AWAY, "caption_matches_neighbour", confidence, tuple(moved),
                article.id, {"caption": head(block.text), "headline": best.headline},
                lambda ed, m=tuple(moved), t=target: _move_to_end(ed, list(m), t),
                {"steps": [{"move_back": list(moved), "article": article.id}]},
                related=(target,),
            )

_SIGNED = frozenset({Role.DATELINE, Role.BYLINE})
_FARTHEST = 5  # how many articles away a caption's story may be printed
_PHOTOGRAPHER = re.compile(r"([\u3400-\u9fff]{2,4})\s*(?:摄影?|[)）]?\s*$)")


def _shown_farther(edition: Edition, article: Article, caption: str, own: float,
                   credited: str, texts: dict[int, tuple[str, ...]]) -> Article | None:
    """A caption printed two to five articles away from the story it shows: its words are
    that story's, far more than its own article's, and its photographer signs that story
    (and not the one it is printed in), in a dateline or byline, read folded."""
    name = _photographer(credited)
    if name is None:
        return None

    def signed_by(other: Article) -> bool:
        # Its dateline or byline, or a dateline still glued to its first paragraph.
        if any(name in fold(b.text) for b in other.blocks if b.role in _SIGNED):
            return True
        first = next((b for b in other.blocks if is_body(b)), None)
        return first is not None and name in fold(first.text[:max(dateline_end(first.text), 0)])

    if signed_by(article):
        return None
    section = edition.section_of_article(article.id).articles
    place = section.index(article)
    best, best_score = None, max(own, 0) + 0.2
    # Two to five stories before it or after it (the next ones are the neighbours').
    for other in section[max(0, place - _FARTHEST):max(0, place - 1)] + \
            section[place + 2:place + _FARTHEST + 1]:
        # Signed by the photographer first: a few bylines to look at, where the overlap
        # searches the whole text, and hardly any other story is signed by them.
        if not signed_by(other):
            continue
        score = _overlap(caption, other, texts)
        if score >= max(best_score, 0.3):
            best, best_score = other, score
    return best


@lru_cache(maxsize=16384)
def _photographer(credited: str) -> str | None:
    """The name signing a caption's credit. Cached: asked again on every repair pass."""
    named = _PHOTOGRAPHER.search(unpad_names(fold(credited)).rstrip())
    return named.group(1) if named else None


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

    # Only a move of every block the source holds leaves it empty: else the move alone is
    # the whole fix (what `sequence` builds, without applying the move and undoing it).
    moved = set(block_ids)
    if source is not None and all(b.id in moved for b in source.blocks):
        return edits.sequence(edition, [move, drop_empty], "move caption")
    operation = move(edition)
    return Compound([operation], "move caption") if operation else None

# The roles a page header or footer line is misread as.
_FURNITURE_READ_AS = frozenset({Role.PARAGRAPH, Role.HEADLINE, Role.KICKER, Role.SUBHEAD})


@lru_cache(maxsize=16384)
def _furniture_line(text: str) -> bool:
    """A short line that names a page, an editor, a date… Cached: the pattern is long, and
    every headline is asked again on every repair pass. As in the parser, the pattern runs
    only on a line that holds a furniture mark (版, 编…) or ends with the 报 of a paper's
    name, as every match does (proved in the tests)."""
    folded = fold(text)
    return (folded.rstrip()[-1:] == PAPER_NAME_END or FURNITURE_MARK.search(folded) is not None) \
        and FURNITURE.pattern.search(folded) is not None


def furniture_in_articles(edition: Edition, scope: Scope | None = None) -> Iterator[Finding]:
    scope = scope or Scope(edition)
    for article in scope.articles():
        for block in article.blocks:
            if block.role in _FURNITURE_READ_AS and \
                    len(block.text) <= 80 and "。" not in block.text and \
                    _furniture_line(block.text):
                block_id = block.id
                yield Finding(Kind.FURNITURE_IN_ARTICLE, "page_furniture", 0.85, (block_id,),
                              article.id, {"text": block.text},
                              lambda ed, b=block_id: edits.to_furniture(ed, [b]),
                              {"steps": [{"move_back": [block_id], "article": article.id,
                                          "role": block.role.value}]})

"""What the detectors share: the scope of a pass and small questions about articles."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import compress

from editor.core.findings.base import Finding
from editor.core.model import BODY_ROLES, HEADLINE_GROUP, Article, Block, Edition, Role, Section
from editor.core.parsing.patterns import (
    DATELINE,
    JUMP_OUT,
    fold,
    is_digest_title,
)

EVIDENCE_CHARS = 12

# Roles the detectors ask about for every block on every pass, read once: reading an enum
# member (`Role.PARAGRAPH`) is a metaclass look-up, several times slower than a global, and
# a tuple of members written in a loop is built again for every block.
PARAGRAPH = Role.PARAGRAPH
BYLINE = Role.BYLINE
CAPTION = Role.CAPTION
CREDIT = Role.CREDIT
JUMP = Role.JUMP
BODY = frozenset(BODY_ROLES)
HEADLINES = frozenset(HEADLINE_GROUP)
PICTURE = frozenset({Role.CAPTION, Role.CREDIT})


def tail(text: str) -> str:
    return text[-EVIDENCE_CHARS:]

def head(text: str) -> str:
    return text[:EVIDENCE_CHARS]

def is_body(block: Block) -> bool:
    return block.role == PARAGRAPH

def has_headline(article: Article) -> bool:
    for block in article.blocks:
        if block.role in HEADLINES:
            return True
    return False

def has_body(article: Article) -> bool:
    """Whether the article holds a paragraph or a subhead (stops at the first)."""
    for block in article.blocks:
        if block.role in BODY:
            return True
    return False

def holds(article: Article, role: Role) -> bool:
    """Whether the article holds a block of `role` (stops at the first). `Article.first`'s
    loop written again: asked of every article of every pass, a call less is a fifth less."""
    for block in article.blocks:
        if block.role == role:
            return True
    return False

def holds_jump(article: Article) -> bool:
    """`holds(article, JUMP)`, its loop written again (asked of every article changed)."""
    for block in article.blocks:
        if block.role == JUMP:
            return True
    return False

def body_blocks(article: Article) -> list[Block]:
    return [b for b in article.blocks if b.role in BODY]

def is_digest(article: Article) -> bool:
    """A box of briefs (县域简讯, 乡镇动态): its items keep their 本报讯 and credits."""
    return _digest_title(article.headline)

@lru_cache(maxsize=16384)
def _digest_title(headline: str) -> bool:
    """Cached: two detectors ask it of every headline on every repair pass."""
    return is_digest_title(headline)

def closed(article: Article) -> bool:
    """An article whose text ended: its last body is followed by a byline or a jump out."""
    seen_body = False
    closed = False
    for block in article.blocks:
        if block.role in BODY:
            seen_body, closed = True, False
        elif seen_body and block.role == BYLINE:
            closed = True
        elif block.role == JUMP and JUMP_OUT.search(block.text):
            closed = True
    return closed

@lru_cache(maxsize=32768)
def dateline_end(text: str) -> int:
    """Where the dateline that opens the text ends, spaces after it not counted (-1: none).
    Cached: every repair pass asks it of the first paragraphs of every article again. The
    pattern's hint (讯, 电, 道, 导 or 息: every dateline holds one) rules most paragraphs
    out, as in the parser, here asked before the text is folded: a text holding neither a
    hint character nor one that folds to it (訊, 電, 導) holds none once folded."""
    if not ("讯" in text or "电" in text or "道" in text or "导" in text or "息" in text
            or "訊" in text or "電" in text or "導" in text):
        return -1
    match = DATELINE.match_folded(fold(text))
    return len(match.group(0).rstrip()) if match else -1

def split_step(right: Block) -> dict:
    span = right.spans[0] if right.spans else None
    return {"split_at": [span.source, span.start] if span else None, "role": right.role.value}


# --- the scope of a pass --------------------------------------------------------------

Triple = tuple[Article | None, Article, Article | None]


class Scope:
    """The articles a detection pass looks at: every one, or those near an earlier repair.

    Auto-repair's later passes only need to look again where the previous pass changed
    something; neighbours stay the edition's real neighbours. The scoped articles and their
    neighbours are found on first use (a few of them from the edition's index, many in one
    walk of the edition: `_walk`, `_look_up`) and shared by every
    detector of the pass, so a pass over a few articles costs a few articles' work: a scope
    is a picture of the edition at one moment (detectors do not edit; build a new scope
    after an edit).
    """

    def __init__(self, edition: Edition, article_ids: set[int] | None = None) -> None:
        self.edition = edition
        self.ids = article_ids
        self._in_section: list[Triple] | None = None
        self._in_reading_order: list[Triple] | None = None
        self._articles: list[Article] | None = None
        self._holding: dict[Role, list[Article]] = {}
        self._found: dict[Callable, list[Finding]] = {}

    @classmethod
    def over(cls, edition: Edition, articles: list[Article]) -> Scope:
        """A scope of the given articles, in reading order, found without walking the edition."""
        scope = cls(edition, {article.id for article in articles})
        scope._articles = articles
        return scope

    def found_by(self, detector: Callable[[Edition, Scope], Iterable[Finding]]) -> list[Finding]:
        """What the detector finds about the scoped articles, found once: orphan_bodies asks
        what misplaced_headlines found, which the pass asks as well."""
        found = self._found.get(detector)
        if found is None:
            found = self._found[detector] = list(detector(self.edition, self))
        return found

    def articles(self) -> list[Article]:
        """The scoped articles, in reading order (one list shared by the pass's detectors)."""
        if self._articles is None:
            self._articles = [article for _before, article, _after in self.neighbours()]
        return self._articles

    def holding(self, role: Role) -> list[Article]:
        """The scoped articles that hold a block of `role`, in reading order. Shared by the
        pass's detectors: only one article in five holds a caption, and three detectors
        look at captions alone."""
        found = self._holding.get(role)
        if found is None:
            found = self._holding[role] = [a for a in self.articles() if holds(a, role)]
        return found

    def neighbours(self) -> list[Triple]:
        """(before, article, after) for each scoped article; neighbours in its section."""
        if self._in_section is None:
            self._walk()
        return self._in_section

    def reading_neighbours(self) -> list[Triple]:
        """(previous, article, next) for each scoped article, in reading order across sections."""
        if self._in_reading_order is None:
            self._walk()
        return self._in_reading_order

    def _walk(self) -> None:
        if self.ids is not None and _few(self.ids, self.edition):
            self._look_up()
            return
        ordered = list(self.edition.articles())
        last = len(ordered) - 1
        in_section: list[Triple] = []
        in_reading_order: list[Triple] = []
        k = 0  # the article's place in `ordered`
        for section in self.edition.sections:
            articles = section.articles
            end = len(articles) - 1
            for i, article in enumerate(articles):
                if self.ids is None or article.id in self.ids:
                    in_section.append((articles[i - 1] if i else None, article,
                                       articles[i + 1] if i < end else None))
                    in_reading_order.append((ordered[k - 1] if k else None, article,
                                             ordered[k + 1] if k < last else None))
                k += 1
        self._in_section, self._in_reading_order = in_section, in_reading_order

    def _look_up(self) -> None:
        """`_walk` for a few articles (a late repair pass): each one and its neighbours
        found from the edition's index, where the walk would pass every article."""
        in_section: list[Triple] = []
        in_reading_order: list[Triple] = []
        for s, i, articles in sorted(_places(self.ids, self.edition)):
            before = articles[i - 1] if i else None
            after = articles[i + 1] if i + 1 < len(articles) else None
            in_section.append((before, articles[i], after))
            in_reading_order.append((
                before if i else _last_before(self.edition.sections, s),
                articles[i],
                after if after is not None else _first_after(self.edition.sections, s),
            ))
        self._in_section, self._in_reading_order = in_section, in_reading_order

    def around(self, article_ids: set[int]) -> set[int]:
        """The given articles with their neighbours in reading order."""
        if _few(article_ids, self.edition):
            wanted = set()
            sections = self.edition.sections
            for s, i, articles in _places(article_ids, self.edition):
                wanted.add(articles[i].id)
                before = articles[i - 1] if i else _last_before(sections, s)
                after = articles[i + 1] if i + 1 < len(articles) else _first_after(sections, s)
                wanted.update(a.id for a in (before, after) if a is not None)
            return wanted
        ordered = [a.id for section in self.edition.sections for a in section.articles]
        given = list(map(article_ids.__contains__, ordered))
        # Picked in C by `compress`: each given article, the one before a given one (its
        # follower is given) and the one after a given one (its predecessor is given).
        wanted = set(compress(ordered, given))
        wanted.update(compress(ordered, given[1:]))
        wanted.update(compress(ordered[1:], given))
        return wanted


def _few(article_ids: set[int], edition: Edition) -> bool:
    """Whether looking the articles up one by one costs less than walking the edition: a
    look-up costs about what the walk spends on four articles."""
    return len(article_ids) * 4 < edition.article_count()


def _places(article_ids: set[int], edition: Edition) -> Iterator[tuple[int, int, list[Article]]]:
    """(section's place, article's place in it, the section's articles) of each given
    article in the edition; ids of articles not in it are passed over."""
    # By id: list.index would compare the section with each one before it.
    position = {section.id: k for k, section in enumerate(edition.sections)}
    for article_id in article_ids:
        if edition.has_article(article_id):
            section = edition.section_of_article(article_id)
            yield position[section.id], edition.index_of_article(article_id), section.articles


def _last_before(sections: list[Section], s: int) -> Article | None:
    """The last article of the sections before the s-th (its neighbour in reading order)."""
    for k in range(s - 1, -1, -1):
        if sections[k].articles:
            return sections[k].articles[-1]
    return None


def _first_after(sections: list[Section], s: int) -> Article | None:
    """The first article of the sections after the s-th."""
    for k in range(s + 1, len(sections)):
        if sections[k].articles:
            return sections[k].articles[0]
    return None

"""What the detectors share: the scope of a pass and small questions about articles."""

from __future__ import annotations

from collections.abc import Iterator

from editor.core.model import HEADLINE_GROUP, Article, Block, Edition, Role, Section
from editor.core.parsing.patterns import (
    JUMP_OUT,
)

EVIDENCE_CHARS = 12


def tail(text: str) -> str:
    return text[-EVIDENCE_CHARS:]

def head(text: str) -> str:
    return text[:EVIDENCE_CHARS]

def is_body(block: Block) -> bool:
    return block.role == Role.PARAGRAPH

def has_headline(article: Article) -> bool:
    return any(b.role in HEADLINE_GROUP for b in article.blocks)

def body_blocks(article: Article) -> list[Block]:
    return [b for b in article.blocks if b.role in (Role.PARAGRAPH, Role.SUBHEAD)]

def closed(article: Article) -> bool:
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

def split_step(right: Block) -> dict:
    span = right.spans[0] if right.spans else None
    return {"split_at": [span.source, span.start] if span else None, "role": right.role.value}


# --- headline groups out of place, orphan body --------------------------------------

def neighbours(section: Section) -> Iterator[tuple[Article | None, Article, Article | None]]:
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
            for triple in neighbours(section):
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

"""One walk over the edition that every exporter shares: the edition as plain views.

Writers never look at blocks; they get sections, articles and their fields in reading
order, text verbatim as printed, so every format says the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.core.model import Article, Edition, Role, Section

# Only the label word goes; its brackets and colon are printed text and stay.
NOTE_LABEL = re.compile(r"^(\s*[【\[]?)\s*(?:编者按|編者按)\s*")


@dataclass
class Caption:
    text: str
    credit: str | None = None


@dataclass
class ArticleView:
    id: int
    kicker: str | None
    headline: str | None
    subheadline: str | None
    dateline: str | None
    bylines: list[str]
    body: list[tuple[str, str]]
    captions: list[Caption]
    jumps: list[str]
    status: str = "todo"
    comment: str = ""
    section_title: str | None = None
    extra_headlines: list[str] = field(default_factory=list)


@dataclass
class SectionView:
    id: int
    title: str | None
    notes: list[str]
    articles: list[ArticleView]


@dataclass
class EditionView:
    furniture: list[str]
    sections: list[SectionView]
    sources: list[str]

    def articles(self):
        for section in self.sections:
            yield from section.articles


def note_text(text: str) -> str:
    """An editor's note without its printed label (编者按)."""
    return NOTE_LABEL.sub(r"\1", text, count=1).strip()


def view_article(article: Article, section_title: str | None = None) -> ArticleView:
    firsts: dict[Role, str] = {}
    extra: list[str] = []
    bylines: list[str] = []
    body: list[tuple[str, str]] = []
    captions: list[Caption] = []
    jumps: list[str] = []
    dateline_parts: list[str] = []
    for block in article.blocks:
        role = block.role
        if role in (Role.KICKER, Role.HEADLINE, Role.SUBHEADLINE):
            if role in firsts:
                if role == Role.HEADLINE:
                    extra.append(block.text)
                else:
                    body.append((Role.SUBHEAD.value, block.text))
            else:
                firsts[role] = block.text
        elif role == Role.DATELINE:
            dateline_parts.append(block.text)
        elif role == Role.BYLINE:
            bylines.append(block.text)
        elif role == Role.CAPTION:
            captions.append(Caption(block.text))
        elif role == Role.CREDIT:
            if captions and captions[-1].credit is None:
                captions[-1].credit = block.text
            else:
                captions.append(Caption("", block.text))
        elif role == Role.JUMP:
            jumps.append(block.text)
        elif role in (Role.SUBHEAD, Role.NOTE, Role.SECTION_TITLE):
            body.append((Role.SUBHEAD.value, block.text))
        elif role == Role.FURNITURE:
            jumps.append(block.text)
        else:
            body.append((Role.PARAGRAPH.value, block.text))
    return ArticleView(
        id=article.id,
        kicker=firsts.get(Role.KICKER),
        headline=firsts.get(Role.HEADLINE),
        subheadline=firsts.get(Role.SUBHEADLINE),
        dateline=" ".join(dateline_parts) if dateline_parts else None,
        bylines=bylines,
        body=body,
        captions=captions,
        jumps=jumps,
        status=article.status.value,
        comment=article.comment,
        section_title=section_title,
        extra_headlines=extra,
    )


def view_section(section: Section) -> SectionView:
    title = section.title or None
    notes = []
    for block in section.head:
        if block.role == Role.NOTE:
            text = note_text(block.text)
            if text:
                notes.append(text)
    return SectionView(
        id=section.id,
        title=title,
        notes=notes,
        articles=[view_article(a, title) for a in section.articles],
    )


def view_edition(edition: Edition) -> EditionView:
    """The edition as plain views, in reading order."""
    return EditionView(
        furniture=[b.text for b in edition.furniture],
        sections=[view_section(s) for s in edition.sections],
        sources=[s.name for s in edition.sources],
    )

"""What every writer shares: the export options, safe text, the edition date, file titles."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, replace

from editor.core.export.walk import ArticleView, EditionView


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose to include and how to split the output."""

    captions: bool = True
    bylines: bool = True
    datelines: bool = True
    per_article: bool = False
    zip: bool = False


def with_options(view: EditionView, options: ExportOptions) -> EditionView:
    """The edition view without the fields the user left out, so writers need not check."""

    def article(a: ArticleView) -> ArticleView:
        return replace(
            a,
            captions=list(a.captions) if options.captions else [],
            bylines=list(a.bylines) if options.bylines else [],
            dateline=a.dateline if options.datelines else None,
        )

    sections = [
        replace(s, notes=list(s.notes), articles=[article(a) for a in s.articles])
        for s in view.sections
    ]
    return replace(view, sections=sections)


# Characters XML 1.0 cannot hold at all (and lone surrogates, which no encoder accepts):
# C0 controls but tab and line breaks, surrogates, U+FFFE and U+FFFF. Listed, not written as
# the complement of what XML holds: a class compiles in time linear in its BMP code points.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# DEL and C1 controls, and bidi embeddings/overrides/isolates: they can turn the rest of a
# line around (a headline ending in U+202E reverses the byline after it). Marks (LRM/RLM) stay.
_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile(r"[\t\n\r\u2028\u2029]+")


def clean(text: str) -> str:
    """Printed text as one line that any XML, HTML, DOCX or text file can hold safely."""
    text = _UNSAFE.sub("", _XML_INVALID.sub("", text))
    return _BREAKS.sub(" ", text).strip()


_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})-(\d{2})-(\d{2})")


def edition_date(view: EditionView) -> datetime.date | None:
    """The publication date printed in the page furniture (e.g. 2026年3月12日), if any."""
    for line in view.furniture:
        for match in _DATE.finditer(unicodedata.normalize("NFKC", line)):
            parts = [g for g in match.groups() if g is not None]
            try:
                return datetime.date(*(int(p) for p in parts))
            except ValueError:
                continue
    return None


def article_title(article: ArticleView) -> str:
    """What an article is called in a file name or an index: its headline, or what comes nearest."""
    for text in (
        article.headline,
        article.kicker,
        article.subheadline,
        *article.extra_headlines,
        *(t for _, t in article.body[:1]),
    ):
        if text and clean(text):
            return clean(text)[:40]
    return ""


@dataclass(frozen=True)
class Placement:
    """Where an article sits in its edition, for the writers of one file per article."""

    position: int
    section_index: int
    notes: tuple[str, ...]
    date: datetime.date | None


def placements(view: EditionView) -> list[tuple[ArticleView, Placement]]:
    """Every article with its place; a section's editor's notes go with its first article,
    where they were printed."""
    date = edition_date(view)
    result = []
    for section_index, section in enumerate(view.sections, 1):
        for k, article in enumerate(section.articles):
            notes = tuple(section.notes) if k == 0 else ()
            result.append((article, Placement(len(result) + 1, section_index, notes, date)))
    return result

"""Plain text, as an editor pastes an article into a web CMS.

The headline group comes first, one line each (kicker, headline, subheadline); then each
block is one line with a blank line between blocks. Jump lines and page furniture are print
matters and stay out; articles are separated by two blank lines.
"""

from __future__ import annotations

from editor.core.export.common import Placement, clean
from editor.core.export.walk import ArticleView, EditionView


def _lines(texts: list[str | None]) -> str:
    return "\n".join(t for t in (clean(x) for x in texts if x) if t)


def article_text(article: ArticleView) -> str:
    """The article as paste-ready text (no trailing newline)."""
    blocks = [
        _lines([article.kicker, article.headline, *article.extra_headlines, article.subheadline])
    ]
    blocks.extend(clean(b) for b in article.bylines)
    if article.dateline:
        blocks.append(clean(article.dateline))
    blocks.extend(clean(text) for _, text in article.body)
    for caption in article.captions:
        blocks.append(" ".join(clean(p) for p in (caption.text, caption.credit) if p))
    return "\n\n".join(b for b in blocks if b)


def write(view: EditionView) -> bytes:
    """The whole edition: each section's title and editor's notes, then its articles."""
    parts: list[str] = []
    for section in view.sections:
        head = [clean(section.title or "")] + [f"编者按：{clean(n)}" for n in section.notes]
        if any(head):
            parts.append("\n\n".join(h for h in head if h))
        parts.extend(article_text(a) for a in section.articles)
    return ("\n\n\n".join(p for p in parts if p) + "\n").encode("utf-8")


def write_article(article: ArticleView, place: Placement) -> bytes:
    """One article on its own, with the section's editor's note before it where it was printed."""
    parts = [f"编者按：{clean(n)}" for n in place.notes] + [article_text(article)]
    return ("\n\n".join(p for p in parts if p) + "\n").encode("utf-8")

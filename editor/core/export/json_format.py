"""The JSON export contract (layout-assistant/edition, version 1)."""

from __future__ import annotations

import json
from typing import Any

from editor.core.export.walk import ArticleView, EditionView

FORMAT = "layout-assistant/edition"
VERSION = 1


def article_dict(article: ArticleView) -> dict[str, Any]:
    """One article's contract fields; a second headline block, when there is one, is kept
    under `more_headlines` so that no printed text is lost."""
    fields = {
        "kicker": article.kicker,
        "headline": article.headline,
        "subheadline": article.subheadline,
        "dateline": article.dateline,
        "bylines": list(article.bylines),
        "body": [{"role": role, "text": text} for role, text in article.body],
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "jumps": list(article.jumps),
        "status": article.status,
        "comment": article.comment,
    }
    if article.extra_headlines:
        fields["more_headlines"] = list(article.extra_headlines)
    return fields


def edition_dict(view: EditionView) -> dict[str, Any]:
    """The edition as the contract's JSON object."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "sources": list(view.sources),
        "furniture": list(view.furniture),
        "sections": [
            {
                "title": section.title,
                "notes": list(section.notes),
                "articles": [article_dict(a) for a in section.articles],
            }
            for section in view.sections
        ],
    }


def render(view: EditionView) -> str:
    return json.dumps(edition_dict(view), ensure_ascii=False, indent=2) + "\n"


def write(view: EditionView) -> bytes:
    """The export file's bytes: UTF-8, or ASCII escapes when a text cannot be UTF-8 (a lone
    surrogate pasted into the window), so the file is always valid JSON."""
    try:
        return render(view).encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(edition_dict(view), ensure_ascii=True, indent=2) + "\n").encode()

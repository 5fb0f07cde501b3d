"""JSON Lines: one article per line, for archives and search indexes."""

from __future__ import annotations

import json

from editor.core.export.common import edition_date
from editor.core.export.json_format import article_dict
from editor.core.export.walk import EditionView

# Line and paragraph separators are valid inside JSON strings, but line readers
# (str.splitlines, many log tools) split on them: escape them so one article stays one line.
_LINE_BREAKERS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def _line(record: dict) -> str:
    try:
        text = json.dumps(record, ensure_ascii=False)
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(record, ensure_ascii=True)
    for raw, escaped in _LINE_BREAKERS.items():
        text = text.replace(raw, escaped)
    return text


def write(view: EditionView) -> bytes:
    """One JSON object per article: edition date, section (and its notes), position, then
    every article field."""
    date = edition_date(view)
    lines = []
    position = 0
    for section_index, section in enumerate(view.sections, 1):
        for article in section.articles:
            position += 1
            record = {
                "edition_date": date.isoformat() if date else None,
                "sources": list(view.sources),
                "section": section.title,
                "section_notes": list(section.notes),
                "section_index": section_index,
                "position": position,
                **article_dict(article),
            }
            lines.append(_line(record) + "\n")
    return "".join(lines).encode("utf-8")

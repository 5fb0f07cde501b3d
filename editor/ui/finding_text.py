"""Finding codes and kinds → sentences in the user's language (through Qt's translator).

Core reports a finding as a code plus evidence (editor/core/findings/explain.py lists the
codes); each code has one translatable template here, filled with that evidence.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from editor.core.findings.base import Kind

_CONTEXT = "FindingText"

# One template per code of editor/core/findings/explain.py; {names} are evidence keys.
_TEMPLATES: dict[str, str] = {
    "cut_paragraph": QT_TRANSLATE_NOOP(
        "FindingText",
        "The paragraph ends without sentence punctuation (…{end}) and the next block "
        "continues the sentence ({start}…).",
    ),
    "cut_caption": QT_TRANSLATE_NOOP(
        "FindingText",
        "The photo caption goes on in the next block ({start}…), which opens no caption of "
        "its own: one caption printed in two.",
    ),
    "columns_interleaved": QT_TRANSLATE_NOOP(
        "FindingText",
        "The paragraph cut at “…{end}” goes on at “{start}…”, printed inside “{headline}”: "
        "two columns were read across.",
    ),
    "headline_inside_paragraph": QT_TRANSLATE_NOOP(
        "FindingText",
        "The headline group “{headline}” sits inside a cut paragraph (…{end} | {start}…); "
        "it heads the body printed before it.",
    ),
    "headline_dropped_in_cut": QT_TRANSLATE_NOOP(
        "FindingText",
        "The headline “{headline}” sits inside a cut paragraph (…{end} | {start}…); the "
        "paragraph is joined again and the headline heads the text printed after it.",
    ),
    "second_story_signed": QT_TRANSLATE_NOOP(
        "FindingText",
        "“{headline}” heads a story of its own: the text after it is signed by {second}, "
        "the story before it by {first}.",
    ),
    "orphan_continues_previous": QT_TRANSLATE_NOOP(
        "FindingText", "Body text with no headline ({start}…) continues the article before it."
    ),
    "orphan_before_headline": QT_TRANSLATE_NOOP(
        "FindingText", "Body text with no headline ({start}…) comes just before “{headline}”."
    ),
    "orphan_after_article": QT_TRANSLATE_NOOP(
        "FindingText", "Body text with no headline ({start}…) follows a finished article."
    ),
    "orphan_alone": QT_TRANSLATE_NOOP("FindingText", "Body text with no headline ({start}…)."),
    "orphan_signed": QT_TRANSLATE_NOOP(
        "FindingText",
        "Body text with no headline (“{start}…”) ends with its byline: the end of a story "
        "that starts on another page.",
    ),
    "dateline_without_headline": QT_TRANSLATE_NOOP(
        "FindingText", "A dateline starts body text that has no headline ({start}…)."
    ),
    "dateline_glued": QT_TRANSLATE_NOOP(
        "FindingText", "The dateline “{field}” is glued to the first paragraph."
    ),
    "byline_glued": QT_TRANSLATE_NOOP(
        "FindingText", "The byline “{field}” is glued to the last paragraph."
    ),
    "dateline_as_paragraph": QT_TRANSLATE_NOOP(
        "FindingText", "“{text}” is a dateline, not a paragraph."
    ),
    "byline_as_paragraph": QT_TRANSLATE_NOOP(
        "FindingText", "“{text}” is a byline, not a paragraph."
    ),
    "credit_glued": QT_TRANSLATE_NOOP(
        "FindingText", "The photo credit “{field}” is glued to the caption."
    ),
    "caption_matches_neighbour": QT_TRANSLATE_NOOP(
        "FindingText", "The caption “{caption}…” belongs to “{headline}”."
    ),
    "jump_joined": QT_TRANSLATE_NOOP(
        "FindingText",
        "“{out}” continues at “{in}”: the two parts of “{headline}” are one article.",
    ),
    "page_furniture": QT_TRANSLATE_NOOP(
        "FindingText", "“{text}” is page furniture (a page header or footer)."
    ),
    "no_blocks": QT_TRANSLATE_NOOP("FindingText", "The article is empty."),
    "headline_only": QT_TRANSLATE_NOOP("FindingText", "“{headline}” has a headline but no text."),
}

_KINDS: dict[Kind, str] = {
    Kind.SPLIT_PARAGRAPH: QT_TRANSLATE_NOOP("FindingText", "Split paragraph"),
    Kind.MISPLACED_HEADLINE: QT_TRANSLATE_NOOP("FindingText", "Misplaced headline"),
    Kind.ORPHAN_BODY: QT_TRANSLATE_NOOP("FindingText", "Body without headline"),
    Kind.DATELINE_IN_PARAGRAPH: QT_TRANSLATE_NOOP("FindingText", "Dateline in paragraph"),
    Kind.BYLINE_IN_PARAGRAPH: QT_TRANSLATE_NOOP("FindingText", "Byline in paragraph"),
    Kind.CREDIT_IN_CAPTION: QT_TRANSLATE_NOOP("FindingText", "Credit in caption"),
    Kind.CAPTION_AWAY: QT_TRANSLATE_NOOP("FindingText", "Caption away from its article"),
    Kind.JUMP_CONTINUATION: QT_TRANSLATE_NOOP("FindingText", "Jump continuation"),
    Kind.FURNITURE_IN_ARTICLE: QT_TRANSLATE_NOOP("FindingText", "Page furniture"),
    Kind.EMPTY_ARTICLE: QT_TRANSLATE_NOOP("FindingText", "Empty article"),
    Kind.NO_HEADLINE: QT_TRANSLATE_NOOP("FindingText", "No headline"),
}

# Evidence quotes are cut so one finding stays one line in the panel.
MAX_QUOTE = 24


class Explained(Protocol):
    """A finding or an applied repair: what the sentence needs."""

    code: str
    evidence: dict[str, Any]


class _Quoted(dict):
    def __missing__(self, key: str) -> str:
        return "…"


def _quote(value: Any) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


def explanation(item: Explained) -> str:
    """The sentence for a finding's (or repair's) code, translated and filled with evidence."""
    template = _TEMPLATES.get(item.code)
    if template is None:
        return item.code
    translated = QCoreApplication.translate(_CONTEXT, template)
    values = _Quoted({key: _quote(value) for key, value in item.evidence.items()})
    try:
        return translated.format_map(values)
    except (ValueError, IndexError):
        # A broken translation must not hide the finding: fall back to the source text.
        return template.format_map(values)


def kind_label(kind: Kind | str) -> str:
    """The short, translated name of a kind of finding."""
    try:
        source = _KINDS[Kind(kind)]
    except ValueError:
        return str(kind)
    return QCoreApplication.translate(_CONTEXT, source)


def codes() -> list[str]:
    """Every finding code that has a sentence (tests compare it with core's list)."""
    return list(_TEMPLATES)

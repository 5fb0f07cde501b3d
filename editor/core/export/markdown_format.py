"""Markdown: sections and articles as headings, every other field a labelled paragraph.

The labels are the newsroom's own words (引题, 副题, 电头, 作者, 编者按), so a reader and a
script can both tell a kicker from a paragraph. Printed text is escaped so that nothing in it
(a "#" or "1." at the start, "<script>", "*") is read as Markdown or HTML.
"""

from __future__ import annotations

import re

from editor.core.export.common import Placement, clean
from editor.core.export.walk import ArticleView, EditionView

_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_LINE_MARK = re.compile(r"^([#>+=\-])")
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def escape(text: str) -> str:
    """One field as literal Markdown text: one line, with every active character escaped."""
    text = _INLINE.sub(r"\\\1", clean(text))
    text = _LINE_MARK.sub(r"\\\1", text)
    return _LIST_NUMBER.sub(r"\1\\\2", text)


def _labelled(label: str, text: str) -> str:
    return f"**{label}** {escape(text)}"


def article_blocks(article: ArticleView, level: int) -> list[str]:
    """The article as Markdown blocks; its headline is a heading of `level`."""
    blocks: list[str] = []
    if article.kicker:
        blocks.append(_labelled("引题", article.kicker))
    for headline in filter(None, [article.headline, *article.extra_headlines]):
        blocks.append(f"{'#' * level} {escape(headline)}")
    if article.subheadline:
        blocks.append(_labelled("副题", article.subheadline))
    blocks.extend(_labelled("作者", b) for b in article.bylines)
    if article.dateline:
        blocks.append(_labelled("电头", article.dateline))
    for role, text in article.body:
        if role == "subhead":
            blocks.append(f"{'#' * (level + 1)} {escape(text)}")
        else:
            blocks.append(escape(text))
    for caption in article.captions:
        parts = [escape(p) for p in (caption.text, caption.credit or "") if p]
        blocks.append(f"*图：{' '.join(parts)}*")
    blocks.extend(_labelled("转版", j) for j in article.jumps)
    return blocks


def _document(blocks: list[str]) -> bytes:
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def write(view: EditionView) -> bytes:
    """The whole edition: a level-1 heading per section, level 2 per headline."""
    blocks: list[str] = []
    for section in view.sections:
        if section.title:
            blocks.append(f"# {escape(section.title)}")
        blocks.extend(f"> **编者按** {escape(n)}" for n in section.notes)
        for article in section.articles:
            blocks.extend(article_blocks(article, 2))
    if view.furniture:
        blocks.append("---")
        blocks.extend(_labelled("版面", line) for line in view.furniture)
    return _document(blocks)


def write_article(article: ArticleView, place: Placement) -> bytes:
    """One article on its own: its headline is the level-1 heading, its column a label."""
    blocks: list[str] = []
    if article.section_title:
        blocks.append(_labelled("栏目", article.section_title))
    blocks.extend(f"> **编者按** {escape(n)}" for n in place.notes)
    blocks.extend(article_blocks(article, 1))
    return _document(blocks)

"""Sentences for finding codes, for the command line and reports (the window uses Qt's tr).

Core returns codes and evidence; this table turns them into one line in English or Chinese.
"""

from __future__ import annotations

from typing import Any, Protocol


class _Explained(Protocol):
    code: str
    evidence: dict[str, Any]


TEMPLATES: dict[str, tuple[str, str]] = {
    "cut_paragraph": (
        "paragraph ends without sentence punctuation (…{end}) and the next block continues "
        "the sentence ({start}…)",
        "段落未以句末标点结束（…{end}），下一段接续该句（{start}…）",
    ),
    "cut_caption": (
        "the photo caption goes on in the next block ({start}…), which opens no caption of "
        "its own: one caption printed in two",
        "图片说明在下一段接续（{start}…），该段不是新的图片说明：同一说明被排成两段",
    ),
    "columns_interleaved": (
        "the paragraph cut at “…{end}” goes on at “{start}…”, printed inside “{headline}”: "
        "two columns were read across",
        "在“…{end}”处截断的段落接续于“{start}…”，该段误排入“{headline}”：两栏被跨栏读取",
    ),
    "second_story_signed": (
        "“{headline}” heads a story of its own: the text after it is signed by {second}, "
        "the story before it by {first}",
        "“{headline}”是另一篇稿件的标题：其后的正文署名{second}，前面的稿件署名{first}",
    ),
    "headline_inside_paragraph": (
        "headline group “{headline}” sits inside a cut paragraph (…{end} | {start}…); it heads "
        "the body printed before it",
        "标题组“{headline}”落在被截断的段落中间（…{end} | {start}…），它是前面正文的标题",
    ),
    "headline_dropped_in_cut": (
        "headline “{headline}” sits inside a cut paragraph (…{end} | {start}…); the paragraph "
        "is joined again and the headline heads the text printed after it",
        "标题“{headline}”落在被截断的段落中间（…{end} | {start}…）：段落重新接上，标题归后面刊出的正文",
    ),
    "orphan_continues_previous": (
        "body text with no headline ({start}…) continues the article before it",
        "无标题的正文（{start}…）接续上一篇稿件",
    ),
    "orphan_before_headline": (
        "body text with no headline ({start}…) comes just before “{headline}”",
        "无标题的正文（{start}…）紧挨在“{headline}”之前",
    ),
    "orphan_after_article": (
        "body text with no headline ({start}…) follows a finished article",
        "无标题的正文（{start}…）跟在一篇已结束的稿件之后",
    ),
    "orphan_alone": ("body text with no headline ({start}…)", "无标题的正文（{start}…）"),
    "orphan_signed": (
        "body text with no headline ({start}…) ends with its byline: the end of a story "
        "whose start is on another page",
        "无标题的正文（{start}…）以署名结束：可能是从其他版面转来的稿件结尾",
    ),
    "dateline_without_headline": (
        "a dateline starts body text that has no headline ({start}…)",
        "电头开始的正文没有标题（{start}…）",
    ),
    "dateline_glued": (
        "dateline “{field}” is glued to the first paragraph",
        "电头“{field}”与首段连在一起",
    ),
    "dateline_as_paragraph": ("“{text}” is a dateline, not a paragraph", "“{text}”是电头，不是正文"),
    "byline_glued": ("byline “{field}” is glued to the last paragraph", "署名“{field}”与末段连在一起"),
    "byline_as_paragraph": ("“{text}” is a byline, not a paragraph", "“{text}”是署名，不是正文"),
    "credit_glued": ("photo credit “{field}” is glued to the caption", "图片署名“{field}”与图片说明连在一起"),
    "caption_matches_neighbour": (
        "caption “{caption}…” belongs to “{headline}”",
        "图片说明“{caption}…”属于“{headline}”",
    ),
    "jump_joined": (
        "“{out}” continues at “{in}”: the two parts of “{headline}” are one article",
        "“{out}”与“{in}”相接：“{headline}”的两部分是同一篇稿件",
    ),
    "page_furniture": ("“{text}” is page furniture (header or footer)", "“{text}”是版面信息（页眉页脚）"),
    "no_blocks": ("the article is empty", "稿件为空"),
    "headline_only": ("“{headline}” has a headline but no text", "“{headline}”只有标题，没有正文"),
}


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "…"


def explain(item: _Explained, language: str = "en") -> str:
    """One sentence for a finding or an applied repair, in English ("en") or Chinese ("zh")."""
    english, chinese = TEMPLATES.get(item.code, (item.code, item.code))
    template = chinese if language.startswith("zh") else english
    return template.format_map(_Default({k: str(v) for k, v in item.evidence.items()}))

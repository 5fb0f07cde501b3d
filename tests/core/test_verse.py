"""Poems printed tight in a page set apart by blank lines: lines stay lines."""

from __future__ import annotations

from editor.core.pipeline import build_edition
from editor.core.reading import source_from_text

STORY = [
    "老街夜市点亮夜经济",
    "本报讯（记者 钟亦然）入夏以来，老街夜市每晚吸引游客上万人次。",
    "商户们说，夜市带动了周边餐饮和文创店的生意。",
    "街道有关负责人表示，将继续完善夜市配套设施。",
]


def _roles(text: str) -> list[tuple[str, str]]:
    """The blocks as the user gets them: parsed and auto-repaired."""
    edition = build_edition([source_from_text(text)]).edition
    return [(b.role.value, b.text) for s in edition.sections for a in s.articles
            for b in a.blocks]


def test_a_poem_inside_a_story_keeps_its_lines():
    poem = "夜市\n灯一盏一盏亮起来\n人一群一群走过来\n老街的夜\n比白天还要热闹"
    after = "这首小诗是一位摊主写的，贴在夜市入口的公告栏上。"
    roles = _roles("\n\n".join([*STORY, poem, after]) + "\n")
    lines = poem.split("\n")
    assert [r for r in roles if r[1] in lines] == [("paragraph", line) for line in lines]
    assert ("paragraph", after) in roles  # not joined to the poem's last line


def test_two_couplets_under_a_byline_are_verse_their_title_a_subhead():
    text = "\n\n".join([
        "短诗两首", "□ 晏秋", "春", "柳梢刚绿\n燕子就回来了", "秋", "稻子弯腰\n像在谢谁",
    ]) + "\n"
    assert _roles(text)[2:] == [
        ("subhead", "春"), ("paragraph", "柳梢刚绿"), ("paragraph", "燕子就回来了"),
        ("subhead", "秋"), ("paragraph", "稻子弯腰"), ("paragraph", "像在谢谁"),
    ]


def test_a_tight_headline_group_is_no_poem():
    group = "\n".join(["聚焦民生实事", "城东片区老旧小区改造全面开工",
                       "——今年计划惠及居民一万二千余户", "配套项目同步推进"])
    lead = "3月10日，城东街道桂花巷小区内，施工人员正在拆除老化管道。"
    text = "\n\n".join([*STORY, group, lead]) + "\n"
    roles = dict((t, r) for r, t in _roles(text))
    assert roles["城东片区老旧小区改造全面开工"] == "headline"


def test_an_undashed_headline_group_printed_tight_starts_the_next_story():
    """Kicker, a headline over two lines and a subheadline, no blank line between, then a
    story signed at its end after a story signed up front: a new story, not verse."""
    group = "\n".join(["聚焦高质量发展", "坚定不移推进产业转型", "奋力谱写现代化建设新篇章",
                       "市委常委会召开扩大会议"])
    story = ["5月11日，市委常委会召开扩大会议，研究部署产业转型工作。",
             "会议强调，要加快培育新兴产业，推动传统产业改造提升。", "本报记者 李红"]
    text = "\n\n".join([*STORY, group, *story]) + "\n"
    roles = dict((t, r) for r, t in _roles(text))
    assert roles["奋力谱写现代化建设新篇章"] == "headline"
    assert roles["5月11日，市委常委会召开扩大会议，研究部署产业转型工作。"] == "paragraph"



def test_a_slogan_over_the_footer_stays_furniture_a_poems_last_line_does_not():
    footer = "责任编辑：陈一  版式：林二"
    slogan = "\n\n".join([*STORY, "创建文明城市", footer]) + "\n"
    edition = build_edition([source_from_text(slogan)]).edition
    assert [b.text for b in edition.furniture] == ["创建文明城市", footer]
    stanza = "\n".join(["雨落在瓦上", "像谁在轻轻敲门", "我起身去看", "只有一盏灯亮着"])
    poem = "\n\n".join(["短诗", "□ 晏秋", "夜雨", stanza, footer]) + "\n"
    edition = build_edition([source_from_text(poem)]).edition
    assert [b.text for b in edition.furniture] == [footer]

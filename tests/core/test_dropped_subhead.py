"""A one-line headline dropped into a cut paragraph, read as any subhead of the story."""

from __future__ import annotations

from editor.core import edits
from editor.core.findings.articles import subheads_dropped
from editor.core.model import Role, lost_characters
from editor.core.parsing import parse_edition
from editor.core.reading import source_from_text
from editor.core.repair import AppliedRepair, revert_operation

PAGE = "\n\n".join([
    "城区新增两处口袋公园",
    "本报讯（记者 钟亦然）近日，城北街道利用闲置地块建成两处口袋公园，新增绿地3200平方米。"
    "公园设有步道、座椅和儿童游乐设施，周边居民步行5分钟即可到达，",
    "老街夜市点亮夜经济",
    "开园以来每天都有不少居民前来散步健身。",
    "居民意见贯穿始终",
    "建设过程中，街道先后三次上门征求居民意见，根据大家的建议增加了遮阳棚和饮水点。",
    "街道有关负责人表示，年内还将再建三处，让居民出门见绿。",
    "本报讯（记者 柯一帆）入夏以来，老街夜市每晚吸引游客上万人次，周末客流比平日多出三成。",
    "商户们说，夜市带动了周边餐饮和文创店的生意。",
]) + "\n"


def _as_read():
    """The page as a reader takes it when both lines are subheads of the first story."""
    edition = parse_edition([source_from_text(PAGE)])
    first, *rest = [a.id for a in edition.articles()]
    for other in rest[:-1]:
        edits.merge_articles(edition, first, other).apply(edition)
    for block in edition.article(first).blocks[1:]:
        if block.role == Role.HEADLINE:
            edits.set_role(edition, block.id, Role.SUBHEAD).apply(edition)
    return edition


def _shape(edition):
    return [[(b.role.value, b.text) for b in a.blocks] for a in edition.articles()]


def test_a_dropped_line_before_the_last_subhead_heads_the_dated_story_and_reverts_in_place():
    edition = _as_read()
    before = _shape(edition)
    assert [t for r, t in before[0] if r == "subhead"] == ["老街夜市点亮夜经济", "居民意见贯穿始终"]
    found = list(subheads_dropped(edition))
    assert [f.evidence["headline"] for f in found] == ["老街夜市点亮夜经济"]
    found[0].fixer(edition).apply(edition)
    story, dated = _shape(edition)
    assert dated[0] == ("headline", "老街夜市点亮夜经济")
    assert ("subhead", "居民意见贯穿始终") in story
    assert story[1][1].endswith("即可到达，开园以来每天都有不少居民前来散步健身。")
    assert lost_characters(edition) == {}
    # Reverted, the line is back between the halves of the paragraph, as it was printed.
    revert_operation(edition, AppliedRepair.from_finding(found[0])).apply(edition)
    assert _shape(edition) == before


def test_a_caption_at_the_head_of_a_section_looks_no_farther_than_five_stories():
    """A caption in the section's first story looks two to five stories on, not at all of
    them (a slice from -1 once searched the whole section)."""
    from editor.core.findings.fields import captions_away

    def page(signed: int) -> str:
        stories = []
        for n in range(9):
            if n == signed:
                text = "本报讯（记者 关子朗）市民在滨江新泳池的儿童嬉水池试玩，泳池本月下旬开放。"
            else:
                text = f"本报讯（记者 {'甲乙丙丁戊己庚辛壬'[n]}某某）第{n + 1}条新闻的正文。"
            stories += [f"第{n + 1}条新闻的标题", text]
        stories[1] += "\n\n市民在滨江新泳池的儿童嬉水池试玩。\n\n记者 关子朗 摄"
        return "\n\n".join(stories) + "\n"

    def moved_to(signed: int) -> list[str]:
        edition = parse_edition([source_from_text(page(signed))])
        return [f.evidence["headline"] for f in captions_away(edition)]

    assert moved_to(4) == ["第5条新闻的标题"]  # four stories on: found
    assert moved_to(7) == []  # seven on: too far

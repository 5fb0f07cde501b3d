"""A story signed twice by different reporters, a subhead between: two stories."""

from __future__ import annotations

from editor.core.findings.articles import signers
from editor.core.findings.explain import explain
from editor.core.model import lost_characters
from editor.core.parsing import parse_edition
from editor.core.parsing.patterns import fold
from editor.core.reading import source_from_text
from editor.core.repair import auto_repair, revert_operation

FIRST = "本报讯（记者 钟亦然 通讯员 严晓）"
SECOND = "本报记者 柯一帆"


def _page(end_byline: str, dateline: str = FIRST) -> str:
    """A dated story, a subhead-like line, two paragraphs, the last with its end byline
    glued on (as printed in one column with no line of its own)."""
    return "\n\n".join([
        "城区新增两处口袋公园",
        f"{dateline}近日，城北街道利用闲置地块建成两处口袋公园，新增绿地3200平方米。",
        "公园设有步道、座椅和儿童游乐设施，周边居民步行5分钟即可到达。",
        "街道有关负责人表示，年内还将再建三处，让居民出门见绿。",
        "老街夜市点亮夜经济",
        "入夏以来，老街夜市每晚吸引游客上万人次，周末客流比平日多出三成。",
        f"商户们说，夜市带动了周边餐饮和文创店的生意。{end_byline}",
    ]) + "\n"


def _articles(edition) -> list[list[tuple[str, str]]]:
    return [[(b.role.value, b.text) for b in a.blocks]
            for s in edition.sections for a in s.articles]


def test_signers_are_the_names_of_a_signature():
    assert signers("本报讯 记者邰明 通讯员方雪") == ["邰明", "方雪"]
    assert signers("文/本报记者 伍一帆") == ["伍一帆"]
    assert signers("□ 本报全媒体记者 宁晓舟 通讯员 赖芳") == ["宁晓舟", "赖芳"]
    assert signers("【本報訊】記者鄧卓謙報道：") == [fold("鄧卓謙")]  # read folded
    assert signers("通讯员 贝思 本报记者 尤佳") == ["贝思", "尤佳"]


def test_the_second_signature_starts_a_story_at_the_last_subhead():
    edition = parse_edition([source_from_text(_page(SECOND))])
    parsed = _articles(edition)
    assert len(parsed) == 1 and ("subhead", "老街夜市点亮夜经济") in parsed[0]
    result = auto_repair(edition)
    applied = [r for r in result.repairs if r.code == "second_story_signed"]
    assert len(applied) == 1
    first, second = _articles(edition)
    assert first[-1] == ("paragraph", "街道有关负责人表示，年内还将再建三处，让居民出门见绿。")
    assert second[0] == ("headline", "老街夜市点亮夜经济") and second[-1] == ("byline", SECOND)
    assert lost_characters(edition) == {}
    assert "柯一帆" in explain(applied[0]) and "钟亦然" in explain(applied[0], "zh")
    # Reverted, the story is one again, its subhead back.
    revert_operation(edition, applied[0]).apply(edition)
    after = _articles(edition)
    assert len(after) == 1 and ("subhead", "老街夜市点亮夜经济") in after[0]
    assert after[0][-1] == ("byline", SECOND)


def test_one_story_signed_by_the_same_people_or_an_author_stays_whole():
    for end in ("记者 钟亦然", "（作者单位：市城市规划设计研究院）", "（完）",
                "（实习生 周敏 参与采写）", "（本报记者 柯一帆 参与采写）", "（记者 柯一帆 整理）"):
        edition = parse_edition([source_from_text(_page(end))])
        auto_repair(edition)
        assert len(_articles(edition)) == 1, end
    # Without a reporter at the head (a plain 本报讯), nobody signed twice.
    edition = parse_edition([source_from_text(_page(SECOND, "本报讯 "))])
    auto_repair(edition)
    assert len(_articles(edition)) == 1


def test_traditional_signatures_are_read_folded():
    """記者 is a reporter's title as 记者 is: a Hong Kong page signed twice splits too."""
    page = _page("（記者 柯一帆）", "【本報訊】記者鍾亦然報道：")
    edition = parse_edition([source_from_text(page)])
    auto_repair(edition)
    assert [a[0] for a in _articles(edition)][1:] == [("headline", "老街夜市点亮夜经济")]


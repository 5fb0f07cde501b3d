"""Auto-repair is one reversible batch; each repair can be reverted later on its own."""

from __future__ import annotations

import pytest

from editor.core.findings import Kind, detect
from editor.core.findings.articles import signers
from editor.core.findings.explain import explain
from editor.core.findings.paragraphs import cut_confidence
from editor.core.model import Role, lost_characters
from editor.core.parsing import parse_edition
from editor.core.reading import source_from_text
from editor.core.repair import AppliedRepair, auto_repair, revert_operation

PAGE = (
    "老街焕新\n\n本报讯（记者 秦川）老街改造工程完工。街道两侧新增了座椅、绿化和\n\n"
    "照明设施，居民出行更方便。\n\n改造历时三个月。\n\n"
    "图为改造后的老街。 本报记者 秦川\n\n"
    "新桥通车\n\n本报讯（记者 秦川）新桥今天通车。\n"
)


def _parsed():
    return parse_edition([source_from_text(PAGE)])


def _pages(*texts):
    """An edition of page files p1.txt, p2.txt…, parsed and not yet repaired."""
    return parse_edition([source_from_text(text, f"p{k}.txt", str(k))
                          for k, text in enumerate(texts, start=1)])


def _repaired(text: str):
    """A one-page edition parsed and auto-repaired."""
    edition = parse_edition([source_from_text(text)])
    auto_repair(edition)
    return edition


def _texts(article, *roles: Role) -> list[str]:
    """The texts of the article's blocks of these roles (paragraphs by default), in order."""
    roles = roles or (Role.PARAGRAPH,)
    return [b.text for b in article.blocks if b.role in roles]


def test_auto_repair_is_one_batch_with_an_exact_inverse_and_redo():
    edition = _parsed()
    parsed = edition.snapshot()
    result = auto_repair(edition)
    repaired = edition.snapshot()
    assert {r.kind for r in result.repairs} >= {
        Kind.SPLIT_PARAGRAPH, Kind.DATELINE_IN_PARAGRAPH, Kind.CREDIT_IN_CAPTION
    }
    result.inverse.apply(edition)
    assert edition.snapshot() == parsed
    result.operation.apply(edition)
    assert edition.snapshot() == repaired
    assert lost_characters(edition) == {}


def test_threshold_one_applies_nothing():
    edition = _parsed()
    before = edition.snapshot()
    assert auto_repair(edition, threshold=1.01).repairs == []
    assert edition.snapshot() == before


def test_a_join_is_reverted_after_other_edits_from_the_current_spans():
    edition = _parsed()
    result = auto_repair(edition)
    join = next(r for r in result.repairs if r.kind == Kind.SPLIT_PARAGRAPH)
    # Another repair is taken back first, so the inverse recorded at repair time is stale.
    dateline = next(r for r in result.repairs if r.kind == Kind.DATELINE_IN_PARAGRAPH)
    revert_operation(edition, dateline).apply(edition)
    operation = revert_operation(edition, join)
    assert operation is not None
    operation.apply(edition)
    texts = [b.text for b in edition.all_blocks()]
    assert any(t.endswith("街道两侧新增了座椅、绿化和") for t in texts)
    assert "照明设施，居民出行更方便。" in texts
    assert lost_characters(edition) == {}


def test_reverting_a_split_off_dateline_glues_it_back():
    edition = _parsed()
    result = auto_repair(edition)
    dateline = next(r for r in result.repairs if r.kind == Kind.DATELINE_IN_PARAGRAPH)
    block_id = dateline.block_ids[0]
    assert edition.block(block_id).role == Role.DATELINE
    revert_operation(edition, dateline).apply(edition)
    block = edition.block(block_id)
    assert block.role == Role.PARAGRAPH and block.text.startswith(dateline.evidence["field"])
    assert block.text.endswith("。")


def test_every_finding_explains_itself_in_both_languages():
    edition = _parsed()
    for finding in detect(edition):
        english, chinese = explain(finding, "en"), explain(finding, "zh")
        assert english and chinese and english != finding.code
        assert "{" not in english and "{" not in chinese


def test_repairs_round_trip_through_plain_data():
    from editor.core.repair import AppliedRepair

    edition = _parsed()
    for repair in auto_repair(edition).repairs:
        assert AppliedRepair.from_dict(repair.to_dict()) == repair


def test_auto_repair_leaves_no_confident_fix_undone():
    """Later passes look only near earlier repairs; they must still reach the fixpoint."""
    from editor.core.generate import generate_text
    from editor.core.repair import DEFAULT_THRESHOLD

    for seed in (0, 7):
        edition = parse_edition([source_from_text(generate_text(400, seed=seed))])
        auto_repair(edition)
        left = [f for f in detect(edition)
                if f.confidence >= DEFAULT_THRESHOLD and f.fixer is not None]
        assert left == [], [(f.kind.value, f.code) for f in left]
        assert lost_characters(edition) == {}


def test_reverting_a_jump_join_gives_the_repeated_headline_its_role_back():
    page1 = ("港口扩建\n\n本报讯（记者 海岚）港口扩建工程昨日启动，新建泊位将于明年\n\n"
             "（下转第2版）\n")
    page2 = "港口扩建\n\n（上接第1版）\n\n投入使用。\n\n本报记者 海岚\n"
    edition = _pages(page1, page2)
    result = auto_repair(edition)
    jump = next(r for r in result.repairs if r.kind == Kind.JUMP_CONTINUATION)
    revert_operation(edition, jump).apply(edition)
    part = [a for a in edition.articles()][-1]
    assert [b.role for b in part.blocks][:2] == [Role.HEADLINE, Role.JUMP]


def test_jump_lines_pair_by_their_page_numbers():
    page1 = ("甲文\n\n本报讯（记者 海岚）甲文开头说到一半\n\n（下转第3版）\n\n"
             "乙文\n\n本报讯（记者 海岚）乙文开头也说到一半\n\n（下转第2版）\n")
    page2 = "（上接第1版）\n\n乙文的后半句。\n\n本报记者 海岚\n"
    edition = _pages(page1, page2)
    auto_repair(edition)
    second = [a for a in edition.articles() if a.headline == "乙文"][0]
    assert any(b.text == "乙文开头也说到一半乙文的后半句。" for b in second.blocks)


def test_a_join_is_still_reverted_after_the_editor_retyped_its_second_half():
    from editor.core import edits

    edition = _parsed()
    result = auto_repair(edition)
    join = next(r for r in result.repairs if r.kind == Kind.SPLIT_PARAGRAPH)
    block = next(b for b in edition.all_blocks() if "绿化和照明设施" in b.text)
    edits.edit_text(edition, block.id, block.text.replace("更方便", "更便利")).apply(edition)
    revert_operation(edition, join).apply(edition)
    texts = [b.text for b in edition.all_blocks()]
    assert any(t.endswith("绿化和") for t in texts) and "照明设施，居民出行更便利。" in texts


def test_two_stories_jumping_to_the_same_page_each_get_their_own_part():
    page1 = ("码头改造\n\n本报讯（记者 海岚）码头改造昨日开工，工期约为\n\n（下转第2版）\n\n"
             "渡口新船\n\n本报讯（记者 海岚）渡口新船今起投入运营。\n\n（下转第2版）\n\n"
             "江滩公园开放\n\n本报讯（记者 海岚）江滩公园今日开放。\n")
    page2 = ("（上接第1版）\n\n八个月。\n\n本报记者 海岚\n\n"
             "城事速览\n\n夜市开张\n\n本报讯（记者 海岚）城南夜市昨晚开张。\n\n"
             "（上接第1版）\n\n新船可载客120人。\n\n本报记者 海岚\n\n"
             "图书馆延时\n\n本报讯（记者 海岚）图书馆开放延长至晚上九点。\n")
    edition = _pages(page1, page2)
    auto_repair(edition)
    headlines = [[a.headline for a in s.articles] for s in edition.sections]
    assert headlines == [["码头改造", "渡口新船", "江滩公园开放"], ["夜市开张", "图书馆延时"]]
    first, second = edition.sections[0].articles[:2]
    assert any(b.text == "码头改造昨日开工，工期约为八个月。" for b in first.blocks)
    assert _texts(second) == [
        "渡口新船今起投入运营。", "新船可载客120人。"]
    assert lost_characters(edition) == {}


def _generated(articles: int, seed: int):
    from editor.core.generate import generate_text

    return parse_edition([source_from_text(generate_text(articles, seed=seed))])


def test_a_scoped_pass_walks_the_edition_once_not_once_per_detector(monkeypatch):
    """A later pass over a few articles costs a few articles' work, not the whole edition's."""
    from editor.core.findings.detectors import Scope
    from editor.core.model import Edition

    edition = _generated(120, seed=3)
    walks = []
    original = Edition.articles

    def counted(self):
        walks.append(1)
        return original(self)

    monkeypatch.setattr(Edition, "articles", counted)
    some = {a.id for a in edition.sections[-1].articles[:3]}
    detect(edition, Scope(edition, some))
    # The scope's few articles are looked up, not walked to; the jump lines are matched
    # across the whole edition (one walk).
    assert len(walks) == 1


def test_a_scope_finds_what_the_whole_edition_finds_about_its_articles():
    from editor.core.findings.detectors import Scope

    edition = _generated(120, seed=3)
    everything = [f.key for f in detect(edition)]
    ids = [a.id for a in edition.articles()]
    assert [f.key for f in detect(edition, Scope(edition, set(ids)))] == everything
    # A part of the edition: its findings are among the whole's, in the same order.
    scoped = [f.key for f in detect(edition, Scope(edition, set(ids[10:40])))]
    assert scoped and set(scoped) <= set(everything)
    assert scoped == [key for key in everything if key in set(scoped)]


def test_findings_taken_over_for_unchanged_articles_are_what_detecting_again_finds():
    from editor.core.findings.detectors import Reuse, Scope

    edition = _generated(400, seed=5)
    reuse = Reuse()
    assert _described(detect(edition, None, reuse)) == _described(detect(edition))
    # Repair some of the articles, as a pass does, and look again at a part of the edition.
    for finding in [f for f in detect(edition) if f.confidence >= 0.75 and f.fixer][::7]:
        operation = finding.fixer(edition)
        if operation:
            operation.apply(edition)
    ids = [a.id for a in edition.articles()]
    for part in (set(ids[:150]), set(ids)):
        scope = Scope(edition, part)
        assert _described(detect(edition, scope, reuse)) == _described(detect(edition, scope))


def test_jump_lines_matched_from_the_articles_listed_before_are_what_a_full_walk_matches():
    """Later passes list the articles holding jump lines from the pass before's list and the
    articles changed since; the matches equal a walk of every article, after any edit."""
    from editor.core import edits
    from editor.core.findings.articles import jump_continuations
    from editor.core.findings.detectors import Reuse, Scope

    edition = _generated(400, seed=8)
    reuse = Reuse()
    jumps = [f for f in detect(edition, None, reuse) if f.kind == Kind.JUMP_CONTINUATION]
    assert len(jumps) > 4
    assert _described(jumps) == _described(jump_continuations(edition))
    # Joins, a moved part, a split and a new article: each changes which articles hold a
    # jump line, or where they stand in reading order.
    parts = [edition.article(f.related[0]) for f in jumps]

    def split_a_part(ed):  # the first part still there with two blocks or more
        part = next(ed.article(p.id) for p in parts[1:]
                    if ed.has_article(p.id) and len(ed.article(p.id).blocks) > 1)
        return edits.split_article(ed, part.id, part.blocks[1].id)

    for step in [jumps[0].fixer, jumps[2].fixer,
                 lambda ed: edits.move_article(ed, parts[3].id, ed.sections[0].id, 0),
                 split_a_part,
                 lambda ed: edits.new_article(ed, ed.sections[-1].id, 0),
                 lambda ed: edits.set_role(ed, parts[4].blocks[0].id, Role.PARAGRAPH)]:
        step(edition).apply(edition)
        again = [f for f in detect(edition, Scope(edition, set()), reuse)
                 if f.kind == Kind.JUMP_CONTINUATION]
        assert _described(again) == _described(jump_continuations(edition))


def _described(findings) -> list[tuple]:
    return [(f.kind, f.code, f.confidence, f.block_ids, f.article_id, f.evidence, f.revert,
             f.related) for f in findings]


def test_jump_lines_printed_on_the_texts_own_lines_are_cut_out_and_the_parts_joined():
    page1 = ("码头改造\n\n本报讯（记者 海岚）码头改造昨日开工，工期约为（转第2版）\n\n"
             "江滩公园开放\n\n本报讯（记者 海岚）江滩公园今日开放。\n")
    page2 = "（接第1版）八个月。\n\n本报记者 海岚\n"
    edition = _pages(page1, page2)
    auto_repair(edition)
    first = edition.sections[0].articles[0]
    assert _texts(first) == [
        "码头改造昨日开工，工期约为八个月。"]
    assert [b.text for b in first.blocks if b.role == Role.JUMP] == ["（转第2版）", "（接第1版）"]
    assert lost_characters(edition) == {}


def test_reverting_a_jump_join_puts_the_part_back_on_its_own_page():
    page1 = "码头改造\n\n本报讯（记者 海岚）码头改造昨日开工，工期约为\n\n（下转第2版）\n"
    page2 = "（上接第1版）\n\n八个月。\n\n本报记者 海岚\n"
    edition = _pages(page1, page2)
    result = auto_repair(edition)
    assert len(edition.sections) == 1  # page 2's section held nothing but the part
    jump = next(r for r in result.repairs if r.kind == Kind.JUMP_CONTINUATION)
    joined = next(r for r in result.repairs if r.kind == Kind.SPLIT_PARAGRAPH)
    revert_operation(edition, joined).apply(edition)
    revert_operation(edition, jump).apply(edition)
    assert [[b.text for a in s.articles for b in a.blocks if b.role == Role.PARAGRAPH]
            for s in edition.sections] == [["码头改造昨日开工，工期约为"], ["八个月。"]]
    assert lost_characters(edition) == {}


def test_a_story_read_column_by_column_gets_its_continuation_back_from_a_later_article():
    text = ("车企交付量增四成\n\n本报记者 海岚 北京报道\n\n三季度11家车企合计交付新车186万辆。\n\n"
            "从产品结构看，纯电车型依然是主力，但交付量占比回落至\n\n"
            "电池订单排产至明年\n\n本报记者 海岚 深圳报道\n\n国内储能电池企业订单饱满。\n\n"
            "某电池企业负责人告诉记者，产线满负荷运转。\n\n行业分析师认为，价格已企稳。\n\n"
            "58.6%，插电混动车型占比则持续上升。\n\n价格方面，平均售价小幅回落。\n")
    edition = _repaired(text)
    first, second = edition.sections[0].articles
    texts = _texts(first)
    assert texts[1] == ("从产品结构看，纯电车型依然是主力，但交付量占比回落至"
                        "58.6%，插电混动车型占比则持续上升。")
    assert texts[2] == "价格方面，平均售价小幅回落。"
    assert _texts(second) == [
        "国内储能电池企业订单饱满。", "某电池企业负责人告诉记者，产线满负荷运转。",
        "行业分析师认为，价格已企稳。"]
    assert lost_characters(edition) == {}


def test_reverted_jump_parts_go_back_to_their_own_pages_in_page_order():
    page1 = ("甲桥开工\n\n本报讯（记者 海岚）甲桥改造昨日开工。\n\n（下转第2版）\n\n"
             "乙路通车\n\n本报讯（记者 海岚）乙路今天通车。\n\n（下转第3版）\n")
    page2 = "（上接第1版）\n\n工期约为八个月。\n\n本报记者 海岚\n"
    page3 = "（上接第1版）\n\n全长十二公里。\n\n本报记者 海岚\n"
    page4 = "丁馆落成\n\n本报讯（记者 海岚）丁馆落成。\n"
    edition = _pages(page1, page2, page3, page4)
    result = auto_repair(edition)
    jumps = [r for r in result.repairs if r.kind == Kind.JUMP_CONTINUATION]
    assert len(jumps) == 2 and len(edition.sections) == 2
    for jump in reversed(jumps):  # page 3's part first, then page 2's
        revert_operation(edition, jump).apply(edition)
    pages = [{edition.sources[b.spans[0].source].page for a in s.articles for b in a.blocks}
             for s in edition.sections]
    assert pages == [{"1"}, {"2"}, {"3"}, {"4"}]
    assert lost_characters(edition) == {}


def test_a_headline_group_dropped_into_a_cut_paragraph_heads_the_dated_text_after_it():
    text = ("秋粮生产\n\n本报讯（记者 海岚）全县抢修水毁农田设施，修复渠道、\n\n"
            "文明实践\n\n积分银行里的新风尚\n\n泵站等设施230余处，确保秋灌用水。\n\n"
            "今年秋粮有望再获丰收。\n\n"
            "本报讯（通讯员 海青）上溪乡推行文明积分制，村民参与热情高涨。\n\n"
            "积分可在村里的超市兑换生活用品。\n")
    edition = _repaired(text)
    first, second = edition.articles()
    assert _texts(first) == [
        "全县抢修水毁农田设施，修复渠道、泵站等设施230余处，确保秋灌用水。",
        "今年秋粮有望再获丰收。"]
    assert second.headline == "积分银行里的新风尚"
    assert _texts(second) == [
        "上溪乡推行文明积分制，村民参与热情高涨。", "积分可在村里的超市兑换生活用品。"]
    assert lost_characters(edition) == {}


def test_a_group_dropped_into_a_sentence_cut_between_two_words_heads_the_dated_text_after_it():
    """The cut ends on a plain character (no comma or dash to show it goes on), but inside a
    sentence of several clauses, and the group's own dated text comes right after its rest."""
    text = ("冷库建到村口\n\n本报讯（记者 海岚）全县新建产地冷藏库12座。\n\n"
            "据县商务局介绍，今年将在乡镇布局产地仓、在村级设立\n\n数字赋能\n\n"
            "小微企业上云提速\n\n集货点，把冷链服务延伸到田间地头。\n\n"
            "冷库建起来了，用得好才是关键。\n\n"
            "本报讯（记者 海青）今年以来，全省推进小微企业数字化转型。\n\n"
            "省里设立专项资金给予补贴。\n")
    edition = _repaired(text)
    first, second = edition.articles()
    assert _texts(first) == [
        "全县新建产地冷藏库12座。",
        "据县商务局介绍，今年将在乡镇布局产地仓、在村级设立集货点，把冷链服务延伸到田间地头。",
        "冷库建起来了，用得好才是关键。"]
    assert [(b.role, b.text) for b in second.blocks[:2]] == [
        (Role.KICKER, "数字赋能"), (Role.HEADLINE, "小微企业上云提速")]
    assert _texts(second) == [
        "今年以来，全省推进小微企业数字化转型。", "省里设立专项资金给予补贴。"]
    assert lost_characters(edition) == {}


def test_a_story_ending_on_a_plain_line_keeps_the_next_group_and_its_text():
    """A last line with no full stop but no clause either ("欢迎市民踊跃参加") is no cut."""
    text = ("冬季长跑开赛\n\n本报讯（记者 海岚）全市冬季长跑比赛下周开赛。"
            "欢迎市民踊跃参加\n\n文化惠民\n\n社区书房添新书\n\n"
            "城北社区书房新增图书两千册，居民可免费借阅。\n\n"
            "本报讯（记者 海青）今年以来，全省推进小微企业数字化转型。\n")
    edition = _repaired(text)
    assert [a.headline for a in edition.articles()] == ["冬季长跑开赛", "社区书房添新书", ""]
    assert _texts(next(edition.articles()))[-1].endswith("欢迎市民踊跃参加")


def test_a_caption_printed_two_stories_away_goes_to_the_story_its_photographer_signs():
    text = ("秋粮丰收\n\n本报讯（记者 海岚）全县水稻进入收割期，农技人员下田查看水稻长势。\n\n"
            "今年水稻单产有望提高。\n\n"
            "书房上新\n\n本报讯（记者 甘露）城市书房新增图书两千册。\n\n读者可免费借阅。\n\n"
            "医院开通一站式服务\n\n本报讯（记者 韦宁）县医院开通出院一站式服务。\n\n"
            "患者办理出院只需跑一次。\n\n"
            "图为农技人员在田间查看水稻长势。\n\n记者 海岚 摄\n")
    edition = _repaired(text)
    first = next(edition.articles())
    assert _texts(first, Role.CAPTION) == [
        "图为农技人员在田间查看水稻长势。"]
    assert lost_characters(edition) == {}


def test_a_dropped_headline_group_whose_text_comes_after_the_storys_next_subhead():
    text = ("暖心小屋\n\n本报记者 海岚 文/图\n\n急诊楼外新建了一间暖心小屋。\n\n"
            "小屋开放一个多月来，为患者家属提供休息、热水和充电服务，累计接待家属达\n\n"
            "走失老人寒夜被找回\n\n——民警接力护送回家\n\n1260人次，最多的一晚住进11人。\n\n"
            "志愿者值守\n\n小屋每晚由志愿者轮流值守。\n\n"
            "晚报讯（记者 海青）昨晚，一名走失老人被民警送回家中。\n\n老人的家属连声道谢。\n")
    edition = _repaired(text)
    first, second = edition.articles()
    assert [(b.role, b.text) for b in first.blocks if b.role in (Role.PARAGRAPH, Role.SUBHEAD)] == [
        (Role.PARAGRAPH, "急诊楼外新建了一间暖心小屋。"),
        (Role.PARAGRAPH, "小屋开放一个多月来，为患者家属提供休息、热水和充电服务，累计接待家属达"
                         "1260人次，最多的一晚住进11人。"),
        (Role.SUBHEAD, "志愿者值守"), (Role.PARAGRAPH, "小屋每晚由志愿者轮流值守。")]
    assert second.headline == "走失老人寒夜被找回"
    assert _texts(second) == [
        "昨晚，一名走失老人被民警送回家中。", "老人的家属连声道谢。"]
    assert lost_characters(edition) == {}


def test_a_dropped_headline_read_as_a_subhead_goes_to_the_dated_story_after():
    text = ("调解中心建到家门口\n\n□ 本报记者 海岚\n\n今年以来，全县建成调解中心12个。\n\n"
            "调解室搬进村部\n\n为让群众少跑腿，县里在村部设立调解室，矛盾纠纷化解率达到\n\n"
            "两起诈骗案宣判\n\n96.3%，大量矛盾在萌芽状态得到化解。\n\n"
            "本报讯（记者 海青）近日，市中级人民法院对两起电信诈骗案进行宣判。\n\n"
            "法院审理查明了全部犯罪事实。\n")
    edition = _repaired(text)
    first, second = edition.articles()
    assert [(b.role, b.text) for b in first.blocks if b.role in (Role.PARAGRAPH, Role.SUBHEAD)] == [
        (Role.PARAGRAPH, "今年以来，全县建成调解中心12个。"), (Role.SUBHEAD, "调解室搬进村部"),
        (Role.PARAGRAPH, "为让群众少跑腿，县里在村部设立调解室，矛盾纠纷化解率达到"
                         "96.3%，大量矛盾在萌芽状态得到化解。")]
    assert second.headline == "两起诈骗案宣判"
    assert lost_characters(edition) == {}


REVIEWED_PAGES = {
    # A story ending on a hotline without a full stop, then an ordinary story.
    "hotline": ("取暖补贴发放\n\n本报讯（记者 海岚）今冬取暖补贴开始发放，每户1200元。\n\n"
                "补贴资金通过社会保障卡直接发放到户，群众无需另行申请。"
                "市民如有疑问可拨打服务热线0352-5021234咨询\n\n聚焦安全生产\n\n"
                "全市部署冬季安全生产\n\n本报讯（记者 海青）11月28日，全市召开安全生产会议。\n\n"
                "会议要求，各级各部门要压实责任。\n\n"
                "本报讯（通讯员 孙伟）日前，市图书馆新增自助借还设备10台。\n"),
    # A label over the reporter's notes after such a paragraph, then a brief.
    "notes": ("温暖过冬\n\n本报讯（记者 海岚）入冬以来，全市供热面积达8600万平方米。\n\n"
              "供热企业提前完成管网检修，储备燃煤50万吨。"
              "市民如遇室温不达标可拨打热线0352-12345反映\n\n记者手记\n\n"
              "温暖不仅来自暖气片，更来自一份份责任。\n\n"
              "本报讯（通讯员 孙伟）日前，市图书馆新增自助借还设备10台。\n"),
    # A photo-news item whose photographer also wrote a story three articles earlier.
    "photo": ("古城游客量攀升\n\n本报讯（记者 海岚）11月28日，古城景区游客络绎不绝，"
              "市民冬日游兴正浓。\n\n景区将丰富冬季文旅产品。\n\n安全生产部署\n\n"
              "本报讯（记者 海青）全市部署冬季安全生产。\n\n"
              "图书馆添设备\n\n本报讯（通讯员 孙伟）市图书馆新增自助借还设备。\n\n"
              "冬日暖阳\n\n11月28日，市民在古城墙下晒太阳，享受冬日暖阳。 本报记者 海岚 摄\n"),
}


@pytest.mark.parametrize("name", sorted(REVIEWED_PAGES))
def test_ordinary_pages_get_no_structural_repair(name):
    edition = parse_edition([source_from_text(REVIEWED_PAGES[name])])
    result = auto_repair(edition)
    moved = [r.code for r in result.repairs
             if r.kind in (Kind.MISPLACED_HEADLINE, Kind.CAPTION_AWAY, Kind.SPLIT_PARAGRAPH)]
    assert moved == []


@pytest.mark.parametrize(("left", "confidence"), [
    # A sentence of several clauses ending on a short quoted term: cut.
    ("省能源局有关负责人介绍，今年以来，全省持续推进煤矿“一矿一策”", 0.9),
    # A headline ends so too; so does speech, with its stop inside the quote.
    ("深夜急诊室外，多了一间“暖心小屋”", 0.55),
    ("他说，全省持续推进煤矿的改造工作已经进入了“最后一公里的冲刺阶段了”", 0.55),
    ("村民们说：“这条路修好了，我们出门再也不怕下雨天了。”", 0.0),
])
def test_a_paragraph_ending_on_a_quoted_term(left, confidence):
    assert cut_confidence(left, "增产挖潜，新核增产能的5处煤矿已陆续释放产量。") == confidence


def test_a_quoted_term_before_the_end_of_a_word_cut_elsewhere_is_no_cut():
    """"团，…" ends a word whose start is elsewhere: the text ending on a quoted term (a
    headline glued to a cut paragraph) is not what it goes on from."""
    left = "每天早上学校门口私家车挤成一学校门口早高峰拥堵，接送孩子像“打仗”"
    assert cut_confidence(left, "团，短短200米要走十几分钟。") == 0.55
    assert cut_confidence(left, "短短200米要走十几分钟。") == 0.9


def test_a_slogan_ending_a_story_keeps_the_next_story_whole():
    """A story's last line, a slogan with no stop, then a story opening a sentence of its
    own ("近年来，…"), signed, then an afterword: nothing moves."""
    text = ("让文明新风吹遍城乡\n\n本报讯（记者 海岚）近年来，我市红白喜事大操大办明显减少。\n\n"
            "文明新风的形成非一日之功，让我们携手共建美好家园，共创幸福生活\n\n"
            "乡村教师留得住\n\n近年来，我市落实乡村教师生活补助，教师流失率逐年下降。\n\n"
            "本报记者 庞岚\n\n乡村教育的振兴，关键在教师。\n")
    edition = parse_edition([source_from_text(text)])
    result = auto_repair(edition)
    assert [r.code for r in result.repairs if r.kind == Kind.MISPLACED_HEADLINE] == []


def test_a_far_caption_whose_credit_pads_the_photographers_name_finds_their_story():
    text = ("秋粮丰收\n\n本报讯（记者 王芳）全县水稻进入收割期，农技人员下田查看水稻长势。\n\n"
            "今年水稻单产有望提高。\n\n"
            "书房上新\n\n本报讯（记者 甘露）城市书房新增图书两千册。\n\n读者可免费借阅。\n\n"
            "医院开通一站式服务\n\n本报讯（记者 韦宁）县医院开通出院一站式服务。\n\n"
            "患者办理出院只需跑一次。\n\n"
            "图为农技人员在田间查看水稻长势。\n\n记者 王 芳 摄\n")
    edition = _repaired(text)
    first = next(edition.articles())
    assert _texts(first, Role.CAPTION) == ["图为农技人员在田间查看水稻长势。"]
    assert lost_characters(edition) == {}


def test_signers_read_a_padded_name_whole():
    assert signers("本报记者 王 芳 李 强") == ["王芳", "李强"]
    assert signers("通讯员 卞 一 邹晓静") == ["卞一", "邹晓静"]


@pytest.mark.parametrize("text", [
    # The group's text right after the story.
    "秋粮生产\n\n本报讯（记者 海岚）全县抢修水毁农田设施，修复渠道、\n\n文明实践\n\n"
    "积分银行里的新风尚\n\n泵站等设施230余处，确保秋灌用水。\n\n今年秋粮有望再获丰收。\n\n"
    "本报讯（通讯员 海青）上溪乡推行文明积分制，村民参与热情高涨。\n\n"
    "积分可在村里的超市兑换生活用品。\n",
    # After one of the story's subheads, read as a headline.
    "暖心小屋\n\n本报记者 海岚 文/图\n\n急诊楼外新建了一间暖心小屋。\n\n"
    "小屋开放一个多月来，为患者家属提供休息、热水和充电服务，累计接待家属达\n\n"
    "走失老人寒夜被找回\n\n——民警接力护送回家\n\n1260人次，最多的一晚住进11人。\n\n"
    "志愿者值守\n\n小屋每晚由志愿者轮流值守。\n\n"
    "晚报讯（记者 海青）昨晚，一名走失老人被民警送回家中。\n\n老人的家属连声道谢。\n",
])
def test_reverting_a_dropped_group_puts_every_block_back_as_printed(text):
    edition = parse_edition([source_from_text(text)])
    before = [[(b.role, b.text) for b in a.blocks] for a in edition.articles()]
    (found,) = [f for f in detect(edition) if f.code == "headline_dropped_in_cut"]
    assert explain(found, "en").endswith("the headline heads the text printed after it")
    found.fixer(edition).apply(edition)
    assert [[(b.role, b.text) for b in a.blocks] for a in edition.articles()] != before
    revert_operation(edition, AppliedRepair.from_finding(found)).apply(edition)
    assert [[(b.role, b.text) for b in a.blocks] for a in edition.articles()] == before
    assert lost_characters(edition) == {}


def test_a_headline_dropped_into_a_commentary_gives_back_its_rest_up_to_its_signature():
    """Two commentaries: the first cut mid-sentence, the second's headline printed in the
    cut, the first's rest and its signature「（作者系…）」 under that headline, then the
    second's own text. The rest goes back to the first; reverted, all is as printed."""
    text = ("加装电梯要算好账\n\n老旧小区加装电梯，是一件民生好事。\n\n"
            "破解僵局，首先要把账算清楚，这些做法把利益关系摆到了桌面上，让各方都能\n\n"
            "协商不能只靠表决\n\n看得见、算得清。\n\n"
            "更重要的是人心，往往比反复投票更管用。（作者系市规划学会理事）\n\n"
            "加装电梯需要业主表决，这是基本的程序保障。\n\n好的协商，是找到共同的答案。\n\n"
            "□ 市民 鞠文清\n")
    edition = parse_edition([source_from_text(text)])
    before = [[(b.role, b.text) for b in a.blocks] for a in edition.articles()]
    result = auto_repair(edition)
    first, second = edition.articles()
    assert _texts(first) == [
        "老旧小区加装电梯，是一件民生好事。",
        "破解僵局，首先要把账算清楚，这些做法把利益关系摆到了桌面上，让各方都能看得见、算得清。",
        "更重要的是人心，往往比反复投票更管用。"]
    assert _texts(first, Role.BYLINE) == ["（作者系市规划学会理事）"]
    assert second.headline == "协商不能只靠表决"
    assert _texts(second)[0] == "加装电梯需要业主表决，这是基本的程序保障。"
    assert lost_characters(edition) == {}
    for repair in reversed(result.repairs):
        revert_operation(edition, repair).apply(edition)
    assert [[(b.role, b.text) for b in a.blocks] for a in edition.articles()] == before


def test_a_photo_storys_headline_dropped_into_the_lead_heads_the_text_after_its_byline():
    """The lead story cut mid-sentence, a photo story's headline in the cut, the lead's rest
    and its box under that headline, then the photo story's byline over its own text."""
    text = ("车站迎来客流高峰\n\n本报讯（记者 樊鸣）1月19日，春运正式启动。\n\n"
            "为方便旅客出行，车站增开了临时售票窗口，并在候车室增设了\n\n夜色中的守桥人\n\n"
            "母婴休息区和爱心座椅。\n\n相关链接\n\n今年春运共40天。\n\n"
            "本报记者 司马青 摄影报道\n\n每天凌晨1点，大桥养护班组的工人开始了工作。\n\n"
            "▲凌晨2点，养护工人在桥面上检查伸缩缝。\n\n"
            "燃气管道改造收官\n\n本报讯（记者 邝满）1月18日，燃气管道改造工程全面完工。\n")
    edition = parse_edition([source_from_text(text)])
    before = [[(b.role, b.text) for b in a.blocks] for a in edition.articles()]
    result = auto_repair(edition)
    lead, photo, gas = edition.articles()
    assert _texts(lead)[1] == (
        "为方便旅客出行，车站增开了临时售票窗口，并在候车室增设了母婴休息区和爱心座椅。")
    assert _texts(lead, Role.SUBHEAD) == ["相关链接"]
    assert photo.headline == "夜色中的守桥人"
    assert _texts(photo, Role.BYLINE) == ["本报记者 司马青 摄影报道"]
    assert _texts(photo) == ["每天凌晨1点，大桥养护班组的工人开始了工作。"]
    assert _texts(photo, Role.CAPTION) == ["▲凌晨2点，养护工人在桥面上检查伸缩缝。"]
    assert gas.headline == "燃气管道改造收官"
    assert lost_characters(edition) == {}
    for repair in reversed(result.repairs):
        revert_operation(edition, repair).apply(edition)
    assert [[(b.role, b.text) for b in a.blocks] for a in edition.articles()] == before


def test_a_headline_dropped_into_an_essay_heads_the_text_from_its_authors_marked_name():
    """An essay cut mid-sentence, the next essay's title in the cut, the first essay's rest
    under it, then the second essay's author 「□ 名」, its text and its signature."""
    text = ("母亲的腌菜坛\n\n文/陆知秋\n\n老屋的窗台上，至今还摆着母亲的那只腌菜坛。\n\n"
            "每年立冬前后，母亲都要腌一坛雪里蕻。她把菜洗净晾到半干，一层菜一层盐地码进坛里，"
            "最后在坛口\n\n冬日听雪\n\n"
            "压上一块青石板。\n\n如今母亲已经八十多岁，腌不动菜了。\n\n□ 蒲青\n\n"
            "江南的雪总是来得迟。\n\n听雪，其实是在听自己的心。\n\n（作者系江宁市作家协会会员）\n")
    edition = parse_edition([source_from_text(text)])
    before = [[(b.role, b.text) for b in a.blocks] for a in edition.articles()]
    result = auto_repair(edition)
    first, second = edition.articles()
    assert _texts(first)[1:] == [
        "每年立冬前后，母亲都要腌一坛雪里蕻。她把菜洗净晾到半干，一层菜一层盐地码进坛里，"
        "最后在坛口压上一块青石板。", "如今母亲已经八十多岁，腌不动菜了。"]
    assert second.headline == "冬日听雪"
    assert _texts(second, Role.BYLINE) == ["□ 蒲青", "（作者系江宁市作家协会会员）"]
    assert _texts(second) == ["江南的雪总是来得迟。", "听雪，其实是在听自己的心。"]
    assert lost_characters(edition) == {}
    for repair in reversed(result.repairs):
        revert_operation(edition, repair).apply(edition)
    assert [[(b.role, b.text) for b in a.blocks] for a in edition.articles()] == before


def test_a_storys_own_marked_subhead_does_not_sign_the_dropped_headlines_text():
    """The story marks its subheads with ◎: one inside the dropped headline's text is still
    the story's, not the next piece's author."""
    text = ("乡村振兴的青竹样本\n\n"
            "本报讯（记者 韦禾）今年以来，青竹乡坚持产业富民，群众收入稳步增长。\n\n"
            "◎ 菌菇撑起致富伞\n\n"
            "青竹乡山高林密，过去群众多靠外出务工维持生计。前些年，乡里引进菌菇企业，"
            "由企业提供\n\n冬闲变冬忙 农民夜校开课了\n\n"
            "菌棒和技术，合作社统一管理，农户承包大棚种植。\n\n"
            "◎ 茶旅融合\n\n乡里把茶园和民宿连成线路，去年接待游客三万人次。\n\n本报记者 韦禾\n\n"
            "本报讯（通讯员 闵荻）近日，石溪镇利用冬闲时节，在全镇各村开办农民夜校。\n")
    edition = parse_edition([source_from_text(text)])
    auto_repair(edition)
    assert all(b.text != "◎ 茶旅融合" for a in edition.articles() for b in a.blocks
               if b.role == Role.BYLINE)


def _two_pages(end: str, start: str) -> str:
    return ("全市推进产业链建设\n\n本报讯（记者 沈砚）12月3日，全市产业链建设推进会召开。\n\n"
            f"会议要求，各地要围绕主导产业{end}\n\n江州日报  2026年12月4日  星期五  第1版\n\f"
            "江州日报  2026年12月4日  星期五  第2版  要闻\n\n"
            f"{start}持续优化营商环境。\n\n市领导出席会议。\n\n"
            "冬季供暖设施检修完成\n\n本报讯（记者 阮行）全市供暖设施检修全部完成。\n")


def test_a_story_cut_at_the_end_of_a_page_goes_on_at_the_top_of_the_next_in_one_file():
    """Two pages in one file (a form feed between): the text at the top of the second page,
    with no headline, goes on with the sentence the first page's last story was cut in
    (after a comma: repaired); cut between two words, it is left for an editor."""
    edition = parse_edition([source_from_text(_two_pages("延链补链强链，", "并"))])
    before = [[(b.role, b.text) for b in a.blocks] for a in edition.articles()]
    result = auto_repair(edition)
    first, second = edition.articles()
    assert _texts(first)[1:] == ["会议要求，各地要围绕主导产业延链补链强链，并持续优化营商环境。",
                                 "市领导出席会议。"]
    assert second.headline == "冬季供暖设施检修完成"
    assert lost_characters(edition) == {}
    for repair in reversed(result.repairs):
        revert_operation(edition, repair).apply(edition)
    assert [[(b.role, b.text) for b in a.blocks] for a in edition.articles()] == before
    # Cut between two words ("延" / "链补链强链，…"): nothing in the text says so.
    edition = parse_edition([source_from_text(_two_pages("延", "链补链强链，"))])
    found = [(f.code, f.confidence) for f in detect(edition) if f.kind == Kind.ORPHAN_BODY]
    assert found == [("orphan_continues_previous", 0.6)]


def test_a_photo_item_printed_inside_a_cut_is_passed_over_for_the_continuation():
    """A story cut mid-sentence, a photo item (headline, caption, credit) printed in the
    cut, then the rest of the sentence: the rest goes back to the story; the photo item
    keeps its picture and no text."""
    text = ("小区充电桩为何装不上\n\n本报讯（记者 侯秋）不少市民反映，老旧小区装充电桩难。\n\n"
            "市发改委表示，今年我市已在20个小区试点建设共享充电桩，\n\n冬日暖阳下晒年味\n\n"
            "12月13日，梅岭村村民在晾晒腊肉、香肠。\n\n本报记者 侯知秋 摄\n\n"
            "由运营企业统一投资、统一管理，居民扫码即可充电。\n\n"
            "老人迷路救援队连夜搜救\n\n本报讯（记者 卜澜）12月12日，一名老人误入深山迷路。\n")
    edition = parse_edition([source_from_text(text)])
    before = [[(b.role, b.text) for b in a.blocks] for a in edition.articles()]
    result = auto_repair(edition)
    story, photo, rescue = edition.articles()
    assert _texts(story)[1] == ("市发改委表示，今年我市已在20个小区试点建设共享充电桩，"
                                "由运营企业统一投资、统一管理，居民扫码即可充电。")
    assert (photo.headline, _texts(photo)) == ("冬日暖阳下晒年味", [])
    assert _texts(photo, Role.CAPTION) == ["12月13日，梅岭村村民在晾晒腊肉、香肠。"]
    assert rescue.headline == "老人迷路救援队连夜搜救"
    assert lost_characters(edition) == {}
    for repair in reversed(result.repairs):
        revert_operation(edition, repair).apply(edition)
    assert [[(b.role, b.text) for b in a.blocks] for a in edition.articles()] == before


def test_a_lone_headline_dropped_after_a_comma_heads_the_dated_brief_after_the_story():
    text = ("县道改造全面完工\n\n本报讯（记者 喻禾）今年以来，全县持续推进农村公路提档升级，"
            "共改造县乡道路86公里，\n\n桃源县乡村振兴人才培训班开班\n\n惠及沿线23个行政村。\n\n"
            "县交通运输局表示，明年将继续实施道路改造。\n\n"
            "本报讯（通讯员 石岚）12月12日，全县乡村振兴人才培训班开班，80名村干部参加培训。\n")
    edition = parse_edition([source_from_text(text)])
    auto_repair(edition)
    road, training = edition.articles()
    assert _texts(road)[0].endswith("共改造县乡道路86公里，惠及沿线23个行政村。")
    assert training.headline == "桃源县乡村振兴人才培训班开班"
    assert _texts(training) == ["12月12日，全县乡村振兴人才培训班开班，80名村干部参加培训。"]
    assert lost_characters(edition) == {}

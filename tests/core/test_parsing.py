"""One small invented page per rule: what each rule must decide, and what it must leave alone."""

from __future__ import annotations

import pytest

from editor.core.export.json_format import edition_dict
from editor.core.export.walk import view_edition
from editor.core.model import Role, lost_characters
from editor.core.parsing import parse_edition, shape_of
from editor.core.parsing.segment import segment, wrap_width
from editor.core.pipeline import build_edition
from editor.core.reading import source_from_text


def export(text: str, repair: bool = True) -> dict:
    edition = build_edition([source_from_text(text)], repair=repair).edition
    assert lost_characters(edition) == {}
    return edition_dict(view_edition(edition))


def articles(data: dict) -> list[dict]:
    return [a for s in data["sections"] for a in s["articles"]]


def body(article: dict) -> list[str]:
    return [b["text"] for b in article["body"]]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("本报讯（记者 王晓东）昨日，全市春耕工作会召开。", "本报讯（记者 王晓东）"),
        ("本报讯(记者 李然 通讯员 赵一)近日，社区开展义诊。", "本报讯(记者 李然 通讯员 赵一)"),
        ("本报南湖5月3日电（记者 孙琦）5月3日，南湖大桥合龙。", "本报南湖5月3日电（记者 孙琦）"),
        ("新华社北京5月3日电（记者 高远 林夏）国务院新闻办公室3日举行发布会。",
         "新华社北京5月3日电（记者 高远 林夏）"),
        ("中新社上海5月3日电 (记者 陈默) 上海今年首批保障房交付。", "中新社上海5月3日电 (记者 陈默)"),
        ("本报讯 近日，市图书馆推出夜读服务。", "本报讯"),
        ("本报临川12月2日讯（记者 邬丹）12月1日，储能电站并网。", "本报临川12月2日讯（记者 邬丹）"),
        ("本报江阳12月3日讯 记者柴航 通讯员聂丹报道：入冬以来，全省增产保供。",
         "本报江阳12月3日讯 记者柴航 通讯员聂丹报道："),
        ("青禾融媒讯（融媒记者 毛远 通讯员 钟晓）近日，石坪镇开展义诊。", "青禾融媒讯（融媒记者 毛远 通讯员 钟晓）"),
    ],
)
def test_glued_dateline_is_cut_from_the_first_paragraph(line, dateline):
    text = f"市里一件新鲜事\n\n{line}\n\n第二段在这里，说明更多情况。\n"
    article = articles(export(text))[0]
    assert article["dateline"] == dateline
    assert body(article)[0] == line[len(dateline):].strip()


@pytest.mark.parametrize(
    "byline",
    ["本报记者 张三", "本报记者 张三 李四", "本报记者 张三 通讯员 王五", "□ 本报记者 周航",
     "记者 方蕴", "（作者系某大学教授）", "本报评论员",
     # A two-character name padded to three ("王 芳"), or split by a scan's stray space.
     "本报记者 王 芳", "通讯员 卞 一 邹晓静", "本报记者 龚 明轩",
     # Who told it and who wrote it down, a reporter's title with the second name.
     "口述：柴永年　整理：本报记者 韦思源"],
)
def test_byline_lines_are_bylines(byline):
    text = f"新城建设提速\n\n今年以来，新城建设全面提速。\n\n{byline}\n"
    assert articles(export(text))[0]["bylines"] == [byline]


def test_byline_at_the_start_stays_with_its_article():
    text = ("引领产业升级\n\n新材料园区年产值破百亿\n\n□ 本报记者 程远\n\n"
            "新材料园区去年实现产值一百零二亿元。\n\n园区内企业达到八十家。\n")
    article = articles(export(text))[0]
    assert article["kicker"] == "引领产业升级"
    assert article["bylines"] == ["□ 本报记者 程远"]
    assert len(body(article)) == 2


def test_caption_with_glued_credit_and_credit_line():
    text = ("湖畔步道开放\n\n本报讯（记者 吴桐）湖畔步道昨日开放。\n\n"
            "图为市民在步道上散步。 本报记者 吴桐\n\n"
            "游客在湖边拍照留念。\n\n本报记者 吴桐 摄\n")
    captions = articles(export(text))[0]["captions"]
    assert captions == [
        {"text": "图为市民在步道上散步。", "credit": "本报记者 吴桐"},
        {"text": "游客在湖边拍照留念。", "credit": "本报记者 吴桐 摄"},
    ]


def test_inline_photo_credit_keeps_its_brackets():
    text = "花海迎客\n\n公园花海进入盛花期。\n\n游客在花海中赏花。（摄影：马岩）\n"
    assert articles(export(text))[0]["captions"] == [
        {"text": "游客在花海中赏花。", "credit": "（摄影：马岩）"}
    ]


def test_paragraph_cut_at_a_column_break_is_joined():
    text = ("老街焕新\n\n本报讯（记者 秦川）老街改造工程完工。街道两侧新增了座椅、绿化和\n\n"
            "照明设施，居民出行更方便。\n\n改造历时三个月。\n")
    assert body(articles(export(text))[0]) == [
        "老街改造工程完工。街道两侧新增了座椅、绿化和照明设施，居民出行更方便。",
        "改造历时三个月。",
    ]


def test_sentence_final_break_and_one_sentence_paragraph_stay():
    text = ("雨后初晴\n\n本报讯（记者 秦川）昨日全市普降小雨。\n\n今天天气转晴。\n\n"
            "气象部门提醒市民注意早晚温差。\n")
    assert body(articles(export(text))[0]) == [
        "昨日全市普降小雨。", "今天天气转晴。", "气象部门提醒市民注意早晚温差。"
    ]


def test_short_fragment_of_a_cut_sentence_is_not_a_headline():
    text = ("全市安全生产会议召开\n\n本报讯（记者 程亮）昨日，全市安全生产会议召开。会议强调，各\n\n"
            "部门要压实责任，守牢底线。\n\n会议还部署了下一阶段工作。\n")
    data = export(text)
    assert [a["headline"] for a in articles(data)] == ["全市安全生产会议召开"]
    assert body(articles(data)[0])[0].endswith("会议强调，各部门要压实责任，守牢底线。")


def test_misplaced_headline_group_goes_back_to_the_start_of_its_article():
    text = (
        "城东\n\n公园提质改造完成\n\n城东公园改造完成，新增健身步道两公里。\n\n本报记者 甲乙\n\n"
        "今年以来，城南社区持续推进老旧小区改造，惠及居民三千户。\n\n"
        "社区还把居民议事会搬到楼栋里，改造方案由居民投票确定。与此同时，社区结合\n\n"
        "城南\n\n小区改造让居民笑开颜\n\n"
        "居民需求，增设了电动车充电桩和快递柜。\n\n本报记者 丙丁\n"
    )
    data = export(text)
    first, second = articles(data)
    assert second["kicker"] == "城南" and second["headline"] == "小区改造让居民笑开颜"
    assert body(second) == [
        "今年以来，城南社区持续推进老旧小区改造，惠及居民三千户。",
        "社区还把居民议事会搬到楼栋里，改造方案由居民投票确定。与此同时，社区结合居民需求，"
        "增设了电动车充电桩和快递柜。",
    ]
    assert second["bylines"] == ["本报记者 丙丁"]
    assert first["bylines"] == ["本报记者 甲乙"]


def test_column_title_opens_a_section_and_subheads_stay_inside():
    text = (
        "社会民生\n\n菜市场变身便民中心\n\n本报讯（记者 柳青）西城菜市场改造后重新开业。\n\n"
        "开业当天，前来买菜的居民络绎不绝。\n\n改造工程历时四个月，总投资一千二百万元。\n\n"
        "摊位重新规划\n\n市场内摊位按品类重新规划，通道拓宽到三米。\n\n"
        "服务走进社区\n\n市场还设立了便民服务点，提供修鞋、配钥匙等服务。\n\n"
        "校园安全教育周启动\n\n本报讯（记者 柳青）全市中小学安全教育周昨日启动。\n"
    )
    data = export(text)
    assert [s["title"] for s in data["sections"]] == ["社会民生"]
    market, school = articles(data)
    assert [b["role"] for b in market["body"]] == [
        "paragraph", "paragraph", "paragraph", "subhead", "paragraph", "subhead", "paragraph"
    ]
    assert school["headline"] == "校园安全教育周启动"


def test_banner_and_editors_note_make_a_section_with_a_note():
    text = ("奋进新征程 建功新时代\n\n编者按\n\n本报今起推出系列报道，敬请关注。\n\n"
            "新区\n\n一座新城拔地而起\n\n新区建设五年间，高楼林立。\n\n本报记者 文华\n")
    data = export(text)
    section = data["sections"][0]
    assert section["title"] == "奋进新征程 建功新时代"
    assert section["notes"] == ["本报今起推出系列报道，敬请关注。"]
    assert articles(data)[0]["kicker"] == "新区"


def test_three_part_headline_with_dash_subheadline():
    text = ("稳字当头 进字为先\n\n一季度经济运行开局良好\n\n——主要指标好于预期\n\n"
            "新华社北京4月16日电（记者 严冬）一季度国内生产总值同比增长。\n")
    article = articles(export(text))[0]
    assert (article["kicker"], article["headline"], article["subheadline"]) == (
        "稳字当头 进字为先", "一季度经济运行开局良好", "——主要指标好于预期"
    )


def test_page_furniture_belongs_to_no_article():
    text = ("滨江日报 2026年6月1日 星期一 第3版 城市\n\n夜市开张\n\n本报讯（记者 郁文）滨江夜市昨晚开张。\n\n"
            "责任编辑：王一 美编：李二 校对：张三\n")
    data = export(text)
    assert data["furniture"] == ["滨江日报 2026年6月1日 星期一 第3版 城市",
                                 "责任编辑：王一 美编：李二 校对：张三"]
    assert body(articles(data)[0]) == ["滨江夜市昨晚开张。"]


def test_jump_joins_the_two_parts_of_one_article_across_pages():
    page1 = ("港口扩建工程启动\n\n本报讯（记者 海岚）港口扩建工程昨日启动，新建泊位将于明年\n\n（下转第2版）\n\n"
             "另一条消息\n\n本报讯（记者 海岚）沿江绿道全线贯通。\n")
    page2 = ("（上接第1版）\n\n投入使用，年吞吐能力将提高三成。\n\n本报记者 海岚\n\n"
             "第二版的新闻\n\n本报讯（记者 海岚）新图书馆开馆。\n")
    edition = build_edition([source_from_text(page1, "p1.txt", "1"),
                             source_from_text(page2, "p2.txt", "2")]).edition
    assert lost_characters(edition) == {}
    data = edition_dict(view_edition(edition))
    port = articles(data)[0]
    assert port["jumps"] == ["（下转第2版）", "（上接第1版）"]
    assert body(port) == ["港口扩建工程昨日启动，新建泊位将于明年投入使用，年吞吐能力将提高三成。"]
    assert port["bylines"] == ["本报记者 海岚"]
    assert [a["headline"] for a in articles(data)] == ["港口扩建工程启动", "另一条消息", "第二版的新闻"]


def test_results_list_lines_are_body_not_headlines():
    text = ("运动会落幕\n\n□ 本报记者 孔明\n\n市运动会昨日落幕。\n\n决赛成绩\n\n"
            "男子跳远：王强 7米02\n\n女子100米：李丽 12秒31\n\n男子铅球：赵刚 15米20\n")
    article = articles(export(text))[0]
    assert [b["role"] for b in article["body"]] == ["paragraph", "subhead", "paragraph",
                                                     "paragraph", "paragraph"]


def test_photo_news_is_a_headline_and_a_caption():
    text = ("春到田间\n\n农民在田间忙着春耕。\n\n本报记者 田野 摄\n\n"
            "城市之光\n\n本报讯（记者 光明）城区夜景亮化工程完工。\n")
    first, second = articles(export(text))
    assert first["headline"] == "春到田间" and first["body"] == []
    assert first["captions"] == [{"text": "农民在田间忙着春耕。", "credit": "本报记者 田野 摄"}]
    assert second["headline"] == "城市之光"


def test_no_repair_exports_the_structure_as_parsed():
    text = "老街焕新\n\n本报讯（记者 秦川）老街改造工程完工。街道两侧新增了座椅和\n\n照明设施。\n"
    parsed = articles(export(text, repair=False))[0]
    assert parsed["dateline"] is None and len(parsed["body"]) == 2


def test_hard_wrapped_paragraphs_are_rejoined():
    lines = [
        "新区公交线路调整", "",
        "本报讯（记者 单明）为方便市民出行，市公交集团", "决定自下月起调整新区三条公交线路，新增站点十", "二个。", "",
        "调整后，新区主要居住区与地铁站之间实现公交直", "达，平均换乘时间缩短五分钟左右。", "",
        "市民可通过公交集团官方网站查询具体线路和发车", "时间，也可拨打服务热线咨询。", "",
    ]
    text = "\n".join(lines)
    assert wrap_width(segment_lines(text)) is not None
    assert body(articles(export(text))[0]) == [
        "为方便市民出行，市公交集团决定自下月起调整新区三条公交线路，新增站点十二个。",
        "调整后，新区主要居住区与地铁站之间实现公交直达，平均换乘时间缩短五分钟左右。",
        "市民可通过公交集团官方网站查询具体线路和发车时间，也可拨打服务热线咨询。",
    ]


def segment_lines(text: str):
    from editor.core.parsing.segment import _lines

    return _lines(text)


def test_one_line_per_block_file_keeps_lines_apart():
    text = "社区义诊进楼栋\n本报讯（记者 白露）社区医院医生走进楼栋开展义诊。\n老人们排队测血压。\n本报记者 白露\n"
    units = segment(text, 0)
    assert [u.text for u in units][:2] == ["社区义诊进楼栋", "本报讯（记者 白露）社区医院医生走进楼栋开展义诊。"]
    assert articles(export(text))[0]["bylines"] == ["本报记者 白露"]


def test_every_block_keeps_spans_into_its_source():
    text = "桥梁通车\n\n本报讯（记者 甘霖）大桥今日通车。\n"
    edition = parse_edition([source_from_text(text)])
    for block in edition.all_blocks():
        assert "".join(text[s.start:s.end] for s in block.spans).replace(" ", "") == \
            block.text.replace(" ", "")


@pytest.mark.parametrize(
    ("text", "role"),
    [("（下转第2版）", "JUMP"), ("(上接第一版)", "JUMP"), ("编者按", "NOTE_LABEL"),
     ("本版编辑：王一 美编：李二", "FURNITURE"), ("□ 本报记者 周航", "BYLINE"),
     ("本报记者 吴桐 摄", "CREDIT"), ("图为市民在步道上散步。", "CAPTION"),
     ("一座新城拔地而起", "TITLE"), ("新区建设五年间，高楼林立。", "BODY")],
)
def test_shapes_of_single_lines(text, role):
    assert shape_of(text).name == role


def test_roles_exist_for_every_block():
    text = "桥梁通车\n\n本报讯（记者 甘霖）大桥今日通车。\n"
    edition = parse_edition([source_from_text(text)])
    assert all(isinstance(b.role, Role) for b in edition.all_blocks())


def test_dateline_on_a_line_of_its_own_becomes_the_dateline():
    text = ("港区集装箱吞吐量创新高\n\n本报讯（通讯员 王一 李二）\n\n"
            "前三季度，港区完成集装箱吞吐量五十二万标箱。\n")
    article = articles(export(text))[0]
    assert article["dateline"] == "本报讯（通讯员 王一 李二）"
    assert body(article) == ["前三季度，港区完成集装箱吞吐量五十二万标箱。"]


def test_a_title_line_after_a_short_dated_item_starts_the_next_item():
    text = ("健康生活\n\n医院开设睡眠门诊\n\n本报讯（记者 柳青）市医院睡眠门诊昨日开诊。\n\n"
            "门诊每周一、三、五下午接诊。\n\n夏季运动别急着加量\n\n"
            "天气转暖，不少市民恢复了户外锻炼。\n\n医生提醒，运动量应循序渐进。\n")
    assert [a["headline"] for a in articles(export(text))] == [
        "医院开设睡眠门诊", "夏季运动别急着加量"
    ]


@pytest.mark.parametrize("sentence", [
    "本报热线近日接到市民来电，反映城东小区供暖温度不达标。",
    "本报记者曾多次报道该小区的停车难问题。",
])
def test_sentences_starting_with_the_papers_name_are_not_datelines(sentence):
    text = (f"城东小区供暖问题得到解决\n\n本报讯（记者 王晓明）11月20日，城东小区暖气热了。\n\n"
            f"{sentence}\n")
    (article,) = articles(export(text))
    assert body(article) == ["11月20日，城东小区暖气热了。", sentence]


def test_a_headline_with_a_code_like_g20_is_not_page_furniture():
    text = "G20 峰会下周开幕\n\n本报讯（记者 王晓明）峰会将于下周开幕。\n"
    data = export(text)
    assert data["furniture"] == [] and articles(data)[0]["headline"] == "G20 峰会下周开幕"


def test_a_service_line_inside_a_story_stays_in_it():
    text = ("秋季招生报名开始\n\n本报讯（记者 王晓明）市实验学校秋季招生报名今起开始。\n\n"
            "咨询电话：0352-5021234\n\n本报记者 王晓明\n")
    data = export(text)
    assert data["furniture"] == []
    assert "咨询电话：0352-5021234" in body(articles(data)[0])


def test_the_last_title_line_of_a_page_is_not_read_against_the_next_page():
    page1 = ("招生工作启动\n\n本报讯（记者 王晓明）招生工作今日启动。\n\n报名地点：学校行政楼一楼大厅\n")
    page2 = "本报讯（记者 王晓明）新图书馆开馆。\n\n馆内藏书两万册。\n"
    edition = build_edition([source_from_text(page1, "p1.txt", "1"),
                             source_from_text(page2, "p2.txt", "2")]).edition
    data = edition_dict(view_edition(edition))
    assert "报名地点：学校行政楼一楼大厅" in body(articles(data)[0])
    assert all(a["headline"] != "报名地点：学校行政楼一楼大厅" for a in articles(data))


def test_a_caption_printed_in_two_blocks_before_its_credit_is_one_caption():
    text = ("河堤加固工程完工\n\n本报讯（记者 严松）近日，南河堤防加固工程通过验收。\n\n"
            "工程共加固堤段12公里。\n\n本报记者 严松\n\n"
            "图为加固后的南河堤防。\n\n据了解，新堤可抵御五十年一遇洪水。\n\n本报记者 严松 摄\n")
    (article,) = articles(export(text))
    assert article["captions"] == [{"text": "图为加固后的南河堤防。据了解，新堤可抵御五十年一遇洪水。",
                                    "credit": "本报记者 严松 摄"}]
    (unrepaired,) = articles(export(text, repair=False))
    assert len(unrepaired["captions"]) == 2


def test_two_captions_that_each_open_with_a_marker_stay_two():
    text = ("湿地迎来越冬候鸟\n\n本报讯（记者 严松）近日，大批候鸟飞抵西湖湿地。\n\n"
            "湿地今年观测到候鸟40余种。\n\n本报记者 严松\n\n"
            "▲ 白鹭在浅滩觅食。\n\n▲ 游客在观鸟台拍照。\n\n本报记者 严松 摄\n")
    (article,) = articles(export(text))
    assert [c["text"] for c in article["captions"]] == ["▲ 白鹭在浅滩觅食。", "▲ 游客在观鸟台拍照。"]


def test_a_page_of_place_name_kickers_starts_with_a_kicker_not_a_column():
    stories = [("东坝镇", "冬修水利忙", "东坝镇组织群众清淤沟渠20公里。"),
               ("西岭乡", "茶园冬管不放松", "西岭乡茶农抓住晴好天气修剪茶树。"),
               ("南湾街道", "老街换新颜", "南湾街道完成老街立面改造。")]
    text = "".join(f"{kicker}\n\n{headline}\n\n{line}\n\n该项工作将持续到年底。\n\n"
                   for kicker, headline, line in stories)
    data = export(text)
    assert [s["title"] for s in data["sections"]] == [None]
    assert [a["kicker"] for a in articles(data)] == ["东坝镇", "西岭乡", "南湾街道"]


def test_a_column_title_over_kicker_headline_and_undashed_subheadline():
    text = ("产业观察\n\n数字经济看本地\n\n一家软件企业的出海路\n\n"
            "海外订单三年增长五倍带动本地就业八百余人\n\n"
            "本报讯（记者 严松）近日，记者走进高新区一家软件企业。\n")
    data = export(text)
    assert [s["title"] for s in data["sections"]] == ["产业观察"]
    (article,) = articles(data)
    assert (article["kicker"], article["headline"], article["subheadline"]) == (
        "数字经济看本地", "一家软件企业的出海路", "海外订单三年增长五倍带动本地就业八百余人")


def test_a_banner_and_its_dash_line_are_one_section_title():
    text = ("乡村振兴进行时\n\n——“走基层”调研系列报道\n\n编者按：本报今起推出系列报道。\n\n"
            "柳岸村\n\n一条水渠带富一个村\n\n本报讯（记者 严松）柳岸村新修水渠3公里。\n")
    data = export(text)
    assert data["sections"][0]["title"] == "乡村振兴进行时——“走基层”调研系列报道"


def test_a_wrapped_subheadline_and_a_wrapped_dated_first_line_are_one_block_each():
    # Lines hard-wrapped at 20 characters; a blank line between blocks only.
    text = ("城市更新\n\n"
            "老城区三年改造完成过半\n\n"
            "——已完成改造的小区达到一百二十个，惠及居民四万\n"
            "余户\n\n"
            "本报讯（记者 严松）记者从市住建局获悉，今年全市\n"
            "共改造老旧小区四十六个，累计完成三年计划的五成\n"
            "以上。\n\n"
            "改造内容包括管网更新、屋面防水、加装电梯和增设\n"
            "停车位，居民满意度达到百分之九十五以上，多个小\n"
            "区还配建了养老和托育服务站点。\n")
    (article,) = articles(export(text))
    assert article["subheadline"] == "——已完成改造的小区达到一百二十个，惠及居民四万余户"
    assert article["dateline"] == "本报讯（记者 严松）"
    assert body(article)[0] == "记者从市住建局获悉，今年全市共改造老旧小区四十六个，累计完成三年计划的五成以上。"


def test_a_bulleted_data_box_is_not_joined_to_the_next_story():
    text = ("数说\n\n◆ 全市生产总值同比增长5.2%\n\n◆ 社会消费品零售总额增长6.1%\n\n"
            "◆ 进出口总额1024.6亿元，同比增长3.4%\n\n"
            "河道清淤完工\n\n本报讯（记者 严松）全市河道清淤工程近日完工，共清淤河道十二条。\n\n"
            "清淤后，河道行洪能力明显提高。\n\n本报记者 严松\n")
    data = export(text)
    box = next(a for a in articles(data) if a["headline"] == "数说")
    assert body(box)[-1] == "◆ 进出口总额1024.6亿元，同比增长3.4%"


def test_an_agency_credit_line_with_the_photographer_in_brackets_is_one_credit():
    text = ("港口吞吐量创新高\n\n新华社青州12月1日电(记者 严松)青州港前11个月货物吞吐量同比增长8%。\n\n"
            "港口方面表示，全年吞吐量有望突破3亿吨。\n\n"
            "11月30日，货轮在青州港集装箱码头装卸货物。\n\n新华社发(阿卜杜拉·卡里莫夫 摄)\n")
    (article,) = articles(export(text))
    assert article["captions"] == [{"text": "11月30日，货轮在青州港集装箱码头装卸货物。",
                                    "credit": "新华社发(阿卜杜拉·卡里莫夫 摄)"}]


@pytest.mark.parametrize("column", ["环球视窗", "乡村新风"])
def test_a_named_column_later_on_a_column_page_opens_a_section(column):
    text = ("国内要闻\n\n高铁新线开通\n\n本报讯（记者 严松）连接两市的高铁新线今日开通。\n\n"
            "新线全长120公里。\n\n"
            f"{column}\n\n冬季旅游升温\n\n本报讯（记者 严松）入冬以来，冰雪旅游持续升温。\n\n"
            "多个景区游客量同比增长三成。\n")
    data = export(text)
    assert [s["title"] for s in data["sections"]] == ["国内要闻", column]
    assert articles(data)[1]["kicker"] is None


def test_the_issuer_and_date_after_a_notices_closing_formula_sign_the_notice():
    text = ("公告栏\n\n关于暂停城南水厂供水的公告\n\n因管网改造，城南水厂将于12月6日暂停供水12小时。\n\n"
            "请沿线居民提前储水。特此公告。\n\n青州市自来水公司\n\n2026年12月3日\n\n"
            "冬季用水小贴士\n\n本报讯（记者 严松）入冬后，水管容易冻裂，市民应做好防冻。\n")
    data = export(text)
    notice, tips = articles(data)
    assert body(notice)[-2:] == ["青州市自来水公司", "2026年12月3日"]
    assert tips["headline"] == "冬季用水小贴士" and tips["kicker"] is None


@pytest.mark.parametrize(("line", "text"), [
    ("社 会 民 生", "社会民生"),
    ("寒　冬　送　暖", "寒冬送暖"),
    ("雪 夜 抢 修  千 户 复 电", "雪夜抢修 千户复电"),
    ("户 外 劳 动 者 有 了 “ 暖 心 驿 站 ”", "户外劳动者有了“暖心驿站”"),
    ("雪夜抢修十二小时 千户居民复电", "雪夜抢修十二小时 千户居民复电"),
    ("3 : 1", "3 : 1"),
    ("东关 3 胜 0 负", "东关 3 胜 0 负"),
])
def test_letter_spaced_display_lines_lose_the_spaces_between_characters(line, text):
    from editor.core.parsing.segment import unspaced

    assert unspaced(line) == text


def test_a_letter_spaced_box_label_inside_a_story_is_a_subhead():
    text = ("社 会 民 生\n\n暖 心 驿 站 开 到 街 头\n\n"
            "本报讯（记者 严松）近日，全市首批20个户外劳动者驿站投入使用。\n\n"
            "驿站配有饮水机、微波炉和充电设施。\n\n记 者 手 记\n\n"
            "一杯热水、一个座位，温暖的是城市的每一位劳动者。\n\n本报记者 严松\n\n"
            "公 交 站 加 装 挡 风 帘\n\n本报讯（记者 严松）近日，58个公交站台加装了挡风帘。\n\n"
            "挡风帘将使用到明年3月。\n\n本报记者 严松\n")
    data = export(text)
    assert data["sections"][0]["title"] == "社会民生"
    article, second = articles(data)
    assert second["headline"] == "公交站加装挡风帘"
    assert article["headline"] == "暖心驿站开到街头"
    assert ("subhead", "记者手记") in [(b["role"], b["text"]) for b in article["body"]]


@pytest.mark.parametrize("credit", ["受访者供图", "市消防救援支队供图", "（受访者供图）"])
def test_a_supplied_photo_credit_line_is_the_credit_of_the_caption_above(credit):
    text = ("老手艺有了新传人\n\n本报讯（记者 严松）近日，县非遗工坊迎来第三批学员。\n\n"
            "学员们将在这里学习三个月。\n\n本报记者 严松\n\n"
            f"传承人（左）在工坊指导学员。\n\n{credit}\n")
    (article,) = articles(export(text))
    assert article["captions"] == [{"text": "传承人（左）在工坊指导学员。", "credit": credit}]


def test_names_with_rare_characters_outside_the_basic_block_are_names():
    # 䶮 is in CJK extension A, 𫖮 and 𬶐 in extension B and later planes.
    text = ("山村用上光伏电\n\n◎ 本报记者 覃𫖮\n\n近日，山村屋顶光伏电站并网发电。\n\n"
            "村民李䶮说，电费省了一半。\n\n图为山村屋顶的光伏板。\n\n本报通讯员 黄𬶐 摄\n\n"
            "小桥修好了\n\n村里的小桥本月修复通行。\n\n通讯员 吴𬀩 记者 李䶮\n")
    first, second = articles(export(text))
    assert first["bylines"] == ["◎ 本报记者 覃𫖮"]
    assert first["captions"] == [{"text": "图为山村屋顶的光伏板。", "credit": "本报通讯员 黄𬶐 摄"}]
    assert second["bylines"] == ["通讯员 吴𬀩 记者 李䶮"] and second["kicker"] is None


def test_a_special_correspondents_byline_sent_from_a_place_is_a_byline():
    text = ("主队主场逆转取胜\n\n本报特派记者 邱岩 发自东港\n\n"
            "昨晚，主队在东港体育场以2∶1逆转客队。\n\n下半场主队连入两球。\n")
    (article,) = articles(export(text))
    assert article["bylines"] == ["本报特派记者 邱岩 发自东港"]
    assert article["subheadline"] is None


def test_a_tight_box_of_field_lines_between_stories_is_an_article_of_its_own():
    text = ("天气\n今天：晴　2℃～9℃　北风3级\n明天：多云　0℃～7℃　北风2级\n"
            "空气质量：良　首要污染物PM10\n穿衣指数：冷，建议穿棉衣、羽绒服\n\n"
            "寒潮来袭气温骤降\n\n本报讯（记者 严松）受冷空气影响，本周气温将下降8℃。\n\n"
            "气象台提醒，市民外出请注意防寒保暖。\n\n"
            "公交开通夜班线路\n\n本报讯（记者 严松）本周起，公交集团开通3条夜班线路。\n\n"
            "夜班线路运营至次日凌晨1时。\n\n"
            "今晚节目\nCCTV-1　20:00　电视剧《山河》（3、4）\n本市新闻频道　18:30　本市新闻\n"
            "本市都市频道　19:35　电视剧《弄堂》（12）\n\n"
            "菜价保持平稳\n\n本报讯（记者 严松）入冬以来，本市蔬菜价格保持平稳。\n")
    data = export(text)
    assert [a["headline"] for a in articles(data)] == [
        "天气", "寒潮来袭气温骤降", "公交开通夜班线路", "今晚节目", "菜价保持平稳"]
    cold = articles(data)[1]
    assert body(cold) == ["受冷空气影响，本周气温将下降8℃。", "气象台提醒，市民外出请注意防寒保暖。"]


def test_a_profile_box_and_interview_turns_after_a_signed_headline_stay_in_its_story():
    text = ("匠心\n\n老手艺的新传人\n\n本报记者 严松\n\n记者初见她时，她正在工坊里教学员。\n\n"
            "工坊开了6年，带出徒弟300多名。\n\n图为她在工坊指导学员。\n\n受访者供图\n\n"
            "返乡青年把山货卖进直播间\n\n本报记者 严松\n\n人物名片\n\n姓名：韦小川\n\n年龄：29岁\n\n"
            "经历：大学毕业后做了4年电商运营\n\n记者：为什么选择回乡？\n\n"
            "韦小川：家乡的山货品质好，就是卖不上价。\n")
    first, second = articles(export(text))
    assert first["captions"] == [{"text": "图为她在工坊指导学员。", "credit": "受访者供图"}]
    assert second["headline"] == "返乡青年把山货卖进直播间"
    assert second["bylines"] == ["本报记者 严松"]
    assert [(b["role"], b["text"]) for b in second["body"]] == [
        ("subhead", "人物名片"), ("paragraph", "姓名：韦小川"), ("paragraph", "年龄：29岁"),
        ("paragraph", "经历：大学毕业后做了4年电商运营"), ("paragraph", "记者：为什么选择回乡？"),
        ("paragraph", "韦小川：家乡的山货品质好，就是卖不上价。")]


def test_a_cartoon_credit_and_letter_signatures():
    text = ("评论\n\n别让好政策停在纸面上\n\n本报评论员 严松\n\n政策落地，关键在执行。\n\n"
            "执行到位，群众才有获得感。\n\n“一刀切”的烦恼\n\n有的地方把好经念歪了。\n\n严小画 作\n\n"
            "读者来信\n\n路灯何时能修好？\n\n我家门口的路灯坏了一个月。\n\n城东小区居民 严立\n\n"
            "公交能否晚点收班？\n\n每天下班时末班车已经开走。\n\n读者 严岚（城西）\n")
    data = export(text)
    assert [s["title"] for s in data["sections"]] == ["评论", "读者来信"]
    cartoon = articles(data)[1]
    assert cartoon["headline"] == "“一刀切”的烦恼"
    assert cartoon["captions"] == [{"text": "有的地方把好经念歪了。", "credit": "严小画 作"}]
    letters = articles(data)[2:]
    assert [a["bylines"] for a in letters] == [["城东小区居民 严立"], ["读者 严岚（城西）"]]


@pytest.mark.parametrize("headline", ["深化合作", "市图书馆新馆首周接待读者五万人次"])
def test_headlines_ending_like_a_credit_or_a_signature_stay_headlines(headline):
    text = f"{headline}\n\n本报讯（记者 严松）近日，相关工作取得新进展。\n"
    assert articles(export(text))[0]["headline"] == headline


def test_a_form_feed_starts_a_new_page_and_its_untitled_section():
    page1 = "第1版 要闻\n\n新桥通车\n\n本报讯（记者 严松）新桥今天通车。\n\n新桥全长1.2公里。\n"
    page2 = "第2版 社区\n\n社区食堂开业\n\n社区食堂开业一个月，日均接待老人200人次。\n"
    data = export(f"{page1}\f{page2}\f")
    assert [[a["headline"] for a in s["articles"]] for s in data["sections"]] == [
        ["新桥通车"], ["社区食堂开业"]]


def test_a_headline_glued_to_the_page_header_is_cut_off_it():
    text = ("东城报　2026年9月3日　星期四　第2版　要闻　　全县秋粮收购工作全面启动\n"
            "本报讯（记者 严松）9月1日，全县秋粮收购工作全面启动。\n"
            "今年预计收购中晚稻4.2万吨。\n")
    data = export(text)
    assert data["furniture"] == ["东城报　2026年9月3日　星期四　第2版　要闻"]
    assert articles(data)[0]["headline"] == "全县秋粮收购工作全面启动"


def test_a_page_header_with_its_page_label_stays_whole():
    text = ("东城报  2026年9月3日  星期四  A12  生活服务\n\n新桥通车\n\n"
            "本报讯（记者 严松）新桥今天通车。\n")
    assert export(text)["furniture"] == ["东城报  2026年9月3日  星期四  A12  生活服务"]


def test_a_bracketed_reporter_after_the_last_sentence_is_the_byline():
    text = "县城新增停车位\n\n近日，县城新增公共停车泊位600个。（记者 严松）\n"
    (article,) = articles(export(text))
    assert article["bylines"] == ["（记者 严松）"]
    assert body(article) == ["近日，县城新增公共停车泊位600个。"]


def test_numbered_captions_over_a_story_with_one_shared_credit_belong_to_it():
    text = ("图① 银杏大道上，银杏叶一片金黄。\n\n图② 市民在银杏大道上拍照留念。\n"
            "本版图片均由本报记者 严松 摄\n\n金秋赏叶正当时\n\n植物园银杏进入最佳观赏期\n\n"
            "本报讯（记者 严松）连日来，植物园内的银杏树陆续“换装”。\n\n"
            "观赏期预计持续到11月中旬。\n")
    (article,) = articles(export(text))
    assert article["kicker"] == "金秋赏叶正当时"
    assert article["dateline"] == "本报讯（记者 严松）"
    assert article["captions"] == [
        {"text": "图① 银杏大道上，银杏叶一片金黄。", "credit": None},
        {"text": "图② 市民在银杏大道上拍照留念。", "credit": "本版图片均由本报记者 严松 摄"}]


def test_a_title_with_text_under_it_after_a_credited_picture_opens_a_new_story():
    text = ("电梯换新\n\n本报讯（记者 严松）今年全市将更新老旧电梯620台。\n\n"
            "首批186台已完成招标。\n\n资金由财政和业主共同承担。\n\n"
            "图为工作人员检查新电梯。 本报记者 严松 摄\n\n社区食堂开进家门口\n\n"
            "家住青石巷的老人，最近每天都到社区食堂吃午饭。\n\n"
            "食堂今年还将新开30家，基本实现城区社区全覆盖。    本报记者 严立\n\n"
            "夜市开张\n\n本报讯（记者 严松）城南夜市昨晚开张。\n\n夜市有摊位120个。\n")
    first, second, third = articles(export(text))
    assert second["headline"] == "社区食堂开进家门口"
    assert second["bylines"] == ["本报记者 严立"]
    assert body(third) == ["城南夜市昨晚开张。", "夜市有摊位120个。"]


@pytest.mark.parametrize("line", ["每周五晚上，C3 路公交车将延长运营时间至晚上十一",
                                  "本周六，A1 出口将临时关闭，请乘客改走其他出入口"])
def test_a_wrapped_line_naming_a_weekday_and_a_code_is_not_a_page_header(line):
    from editor.core.parsing.segment import _header_pieces

    assert _header_pieces(line) is None
    assert _header_pieces("东城报　2026年9月3日　星期四　第2版　　全县秋粮收购工作全面启动") == [
        (0, 21), (23, 35)]


def test_a_headline_set_like_a_signature_is_a_headline():
    text = ("百万市民 共庆元宵\n\n本报讯（记者 严松）元宵节当晚，全市举办灯会。\n\n灯会持续三天。\n\n"
            "千名村民 同唱一首歌\n\n本报讯（记者 严松）昨晚，千人合唱在村广场举行。\n")
    assert [a["headline"] for a in articles(export(text))] == ["百万市民 共庆元宵", "千名村民 同唱一首歌"]


@pytest.mark.parametrize("label,lines", [
    ("相关链接", ["◆ 全市已建成驿站120个", "◆ 今年新建驿站30个", "◆ 驿站全年免费开放"]),
    ("部分比赛成绩", ["女子跳远：林小雨 6米12", "男子跳高：韦山 2米05", "女子铅球：严芳 15米20"]),
])
def test_a_titled_list_at_the_end_of_a_story_stays_in_it(label, lines):
    rows = "\n".join(lines)
    text = (f"运动会落幕\n\n本报讯（记者 严松）市运动会昨日落幕。\n\n共决出金牌52枚。\n\n{label}\n{rows}\n\n"
            "新桥通车\n\n新桥今天通车。\n")
    first = articles(export(text))[0]
    assert ("subhead", label) in [(b["role"], b["text"]) for b in first["body"]]


def test_a_column_and_a_kicker_under_a_banner():
    text = ("学习贯彻全会精神\n\n温暖回响\n\n聚焦民生实事\n\n老旧小区改造惠及两万户居民\n\n"
            "本报讯（记者 严松）今年全市改造老旧小区46个。\n")
    data = export(text)
    (article,) = articles(data)
    assert (article["kicker"], article["headline"]) == ("聚焦民生实事", "老旧小区改造惠及两万户居民")


def test_a_byline_under_a_full_width_headline_stays_apart_in_a_wrapped_page():
    paragraph = ("今年以来，南溪高新区围绕新能源电池产业链精准招商，先后引进正极材料、隔膜、电池回收"
                 "等配套项目九个，区内配套企业增至四十二家，产值同比增长三成以上，带动就业岗位两千余个，"
                 "产业集聚效应进一步显现，园区还为重点项目组建了服务专班，实行一对一跟踪服务。")
    lines = [paragraph[i:i + 24] for i in range(0, len(paragraph), 24)]
    text = "南溪新能源电池配套企业增至四十二家产值破三百亿\n本报记者 韦一鸣\n" + "\n".join(lines) + "\n"
    (article,) = articles(export(text))
    assert article["headline"] == "南溪新能源电池配套企业增至四十二家产值破三百亿"
    assert article["bylines"] == ["本报记者 韦一鸣"]
    assert body(article) == [paragraph]


def test_cut_confidence_sees_punctuation_starting_the_next_block_even_after_a_bullet():
    from editor.core.findings.paragraphs import cut_confidence

    assert cut_confidence("◆ 一季度全市进出口总值达1.2万亿元", "，同比增长4.9%。") >= 0.9


def test_gaps_inside_a_datelines_brackets_do_not_make_a_table_row():
    from editor.core.parsing.segment import _table_row

    assert not _table_row("本报讯（记者　庞晓雪　通讯员　何畅）夏收工作全面启动，全市")
    assert _table_row("明天：小雨转多云　-1℃～5℃　北风4～5级")


def test_an_editors_note_between_a_headline_group_and_its_story():
    text = ("校园\n\n一门课如何点燃学生的创新热情\n\n——我校课程改革纪实\n\n编者按\n\n"
            "课程是人才培养的核心要素。本报今起推出系列报道。\n\n□记者 严松 通讯员 严立\n\n"
            "周三下午，十几个小组正围着各自的样机调试。\n\n从“满堂灌”到“项目制”\n\n"
            "2023年，学校启动课程改革。\n")
    data = export(text)
    section = data["sections"][0]
    assert section["notes"] == ["课程是人才培养的核心要素。本报今起推出系列报道。"]
    (article,) = section["articles"]
    assert (article["headline"], article["subheadline"]) == ("一门课如何点燃学生的创新热情",
                                                             "——我校课程改革纪实")
    assert article["bylines"] == ["□记者 严松 通讯员 严立"]
    assert [b["role"] for b in article["body"]] == ["paragraph", "subhead", "paragraph"]


def test_a_bracketed_text_and_picture_byline_after_the_story():
    text = ("机器人战队获全国一等奖\n\n11月15日至17日，全国大学生机器人大赛举行。\n\n"
            "战队获得一等奖。\n\n（文/学生记者 严小满 图/严立）\n")
    (article,) = articles(export(text))
    assert article["bylines"] == ["（文/学生记者 严小满 图/严立）"]


def test_a_front_page_index_with_pointers_under_each_title_is_furniture():
    text = ("东城日报\n\n中共东城市委机关报\n\n2026年12月5日　星期六\n\n"
            "全市冬季供暖全面启动\n\n本报讯 12月4日，全市冬季供暖全面启动。\n\n供暖期持续到明年3月。\n\n"
            "要闻提示\n\n全市新建农村公路320公里\n\n▶详见第3版\n\n冬季文旅消费季启动\n\n▶详见第5版\n\n"
            "跨江隧道全线贯通\n\n本报讯（记者 严松）12月4日，跨江隧道全线贯通。\n")
    data = export(text)
    assert [a["headline"] for a in articles(data)] == ["全市冬季供暖全面启动", "跨江隧道全线贯通"]
    assert "中共东城市委机关报" in data["furniture"] and "▶详见第5版" in data["furniture"]
    assert "要闻提示" in data["furniture"] and "冬季文旅消费季启动" in data["furniture"]


@pytest.mark.parametrize(("line", "dateline"), [
    ("记者 严松 报道：近日，城南污水处理厂二期通水。", "记者 严松 报道："),
    ("本报记者 严松 通讯员 严立 报道：近日，城南污水处理厂二期通水。",
     "本报记者 严松 通讯员 严立 报道："),
])
def test_a_reporter_report_lead_glued_to_the_text_is_the_dateline(line, dateline):
    text = f"污水处理厂二期通水\n\n{line}\n\n二期工程日处理能力5万吨。\n"
    (article,) = articles(export(text))
    assert article["dateline"] == dateline


@pytest.mark.parametrize("byline", ["【本报记者 严松】", "【记者 严松 通讯员 严立】", "【文/严松 图/严立】"])
def test_a_start_byline_in_square_brackets_is_a_byline(byline):
    text = f"【城事速递】\n\n社区食堂开张\n\n{byline}\n\n社区食堂昨天开张。\n\n首日接待老人200人次。\n"
    (article,) = articles(export(text))
    assert article["bylines"] == [byline]
    assert body(article) == ["社区食堂昨天开张。", "首日接待老人200人次。"]


def test_a_short_kicker_over_a_headline_and_a_subheadline_of_figures():
    text = ("田间地头看新变化\n\n稻渔共生让一田多收\n\n石滩村综合种养试点面积达到1200亩\n\n"
            "本报记者 严松 报道\n\n走进石滩村的稻田，稻穗低垂。\n")
    data = export(text)
    (article,) = articles(data)
    assert (article["kicker"], article["headline"], article["subheadline"]) == (
        "田间地头看新变化", "稻渔共生让一田多收", "石滩村综合种养试点面积达到1200亩")


def test_a_continued_part_opening_a_page_keeps_its_repeated_headline():
    text = ("（上接第1版）\n\n全市夏粮收购进度过半\n\n元，较去年同期提高0.03元。\n\n"
            "收购工作将持续到8月底。\n\n本报记者 严松\n\n"
            "城区新增公交线路\n\n本报讯（记者 严松）城区新增3条公交微循环线路。\n")
    first, second = articles(export(text))
    assert first["headline"] == "全市夏粮收购进度过半"
    assert first["jumps"] == ["（上接第1版）"]
    assert second["headline"] == "城区新增公交线路"


def test_a_box_of_run_in_briefs_is_one_article_of_whole_items():
    text = ("公路改造开工\n\n本报讯（记者 严松）4月8日，县城至白果乡公路改造开工。\n\n项目工期18个月。\n\n"
            "县域简讯\n\n本报讯 4月7日，县人社局举办春季招聘会。（通讯员 严立）\n\n"
            "本报讯 近日，县图书馆新开一处城市书房。\n\n乡镇动态\n\n"
            "▲白果乡　4月6日，白果乡高山茶园开园采摘。\n\n▲石门乡　近日，石门乡推行积分制管理。\n\n"
            "课后服务全覆盖\n\n本报讯（记者 严松）本学期全县学校课后服务实现全覆盖。\n")
    data = export(text)
    assert [a["headline"] for a in articles(data)] == [
        "公路改造开工", "县域简讯", "乡镇动态", "课后服务全覆盖"]
    briefs, towns = articles(data)[1:3]
    assert body(briefs) == ["本报讯 4月7日，县人社局举办春季招聘会。（通讯员 严立）",
                            "本报讯 近日，县图书馆新开一处城市书房。"]
    assert briefs["dateline"] is None and briefs["bylines"] == []
    assert body(towns) == ["▲白果乡　4月6日，白果乡高山茶园开园采摘。",
                           "▲石门乡　近日，石门乡推行积分制管理。"]
    assert towns["captions"] == []


def test_a_later_story_keeps_a_paragraph_that_opens_with_a_count():
    text = ("志愿服务队成立\n\n本报讯（记者 严松）5月18日，社区志愿服务队成立。\n\n欢迎广大市民踊跃参与\n\n"
            "读书节开幕\n\n本报讯（记者 严松）日前，城西小学读书节开幕。\n\n"
            "湿地迎来候鸟\n\n本报讯（记者 严松）近日，湿地公园迎来大批候鸟。\n\n据介绍，今年共观测到鸟类86种。\n\n"
            "30多名志愿者在公园内开展巡护，劝阻投喂行为。\n\n公园提醒，观鸟时请勿惊扰鸟群。\n")
    birds = articles(export(text))[2]
    assert "30多名志愿者在公园内开展巡护，劝阻投喂行为。" in body(birds)


def test_a_headline_about_a_party_paper_is_not_masthead():
    text = "守正创新　办好新时代的党委机关报\n\n本报讯（记者 严松）11月8日是中国记者节。\n"
    assert articles(export(text))[0]["headline"] == "守正创新　办好新时代的党委机关报"


@pytest.mark.parametrize(("line", "dateline"), [
    ("晚报讯（记者 严松）昨晚，走失老人被找回。", "晚报讯（记者 严松）"),
    ("本报讯 记者严松 通讯员严立 近日，市法院开展开放日活动。", "本报讯 记者严松 通讯员严立"),
    ("【本报讯】记者严松报道：近日，海滨长廊完成翻新。", "【本报讯】记者严松报道："),
])
def test_more_dateline_forms(line, dateline):
    text = f"一件新鲜事\n\n{line}\n\n第二段说明更多情况。\n"
    assert articles(export(text))[0]["dateline"] == dateline


@pytest.mark.parametrize("byline", ["融媒记者 严松 通讯员 严立", "本报全媒体记者 严松", "晚报记者 严松 文/图"])
def test_newer_reporter_titles_make_bylines(byline):
    text = f"新桥通车\n\n新桥今天通车。\n\n{byline}\n"
    assert articles(export(text))[0]["bylines"] == [byline]


def test_a_byline_glued_after_the_last_sentence_with_a_wide_space_or_a_text_credit():
    for tail in ("　融媒记者 严松", "文/本报记者 严松"):
        text = f"新桥通车\n\n新桥今天通车，全长1.2公里。{tail}\n"
        assert articles(export(text))[0]["bylines"] == [tail.strip()]


def test_a_parsed_edition_numbers_its_parts_in_a_row_and_gives_the_next_id_after_them():
    # `build_tree` counts ids itself and tells the edition the last one.
    from editor.core.generate import generate_text

    edition = parse_edition([source_from_text(generate_text(60, seed=3))])
    ids = [block.id for block in edition.all_blocks()] + [
        article.id for section in edition.sections for article in section.articles
    ] + [section.id for section in edition.sections]
    assert sorted(ids) == list(range(1, len(ids) + 1))
    assert edition.new_id() == len(ids) + 1


def _subhead_page(second_dated: bool, long: bool = True) -> str:
    """A dated story of two paragraphs (long ones, or a brief's), then a lone title over
    undated text, then a story with a headline group, dated or not."""
    second = "本报讯（记者 海青）" if second_dated else ""
    more = ("工程总投资3.2亿元，建成后将开辟往返机场的航线，每日提供八班船，"
            "单程约需四十分钟，比现在乘坐巴士节省一半时间。") if long else ""
    return "\n\n".join([
        "新渡口年底启用", "——往返机场每日八班",
        f"本报讯（记者 海岚）新渡口工程已完成九成，预计今年十二月启用。{more}",
        f"渡口设有两个泊位及有盖候船区，并预留空间日后增设往返离岛的航线。{more}",
        "居民盼交通改善",
        "区内居民往机场上班一直要转乘两程巴士，单程超过一小时。",
        "旧楼维修资助扩展", "——申请门槛降低",
        f"{second}旧楼维修资助计划将由下月起扩展至楼龄三十年以上的住宅。",
        "夜间药房试行", "本报讯（记者 柯一帆）三间社区药房试行延长服务至晚上十一时。",
    ]) + "\n"


def test_where_every_story_is_dated_a_two_paragraph_story_can_have_a_subhead():
    edition = parse_edition([source_from_text(_subhead_page(second_dated=True))])
    first = edition.sections[0].articles[0]
    assert ("subhead", "居民盼交通改善") in [(b.role.value, b.text) for b in first.blocks]
    assert [a.headline for a in edition.articles()] == [
        "新渡口年底启用", "旧楼维修资助扩展", "夜间药房试行"]


def test_where_every_story_is_dated_a_two_paragraph_brief_is_still_short():
    edition = parse_edition([source_from_text(_subhead_page(second_dated=True, long=False))])
    assert [a.headline for a in edition.articles()] == [
        "新渡口年底启用", "居民盼交通改善", "旧楼维修资助扩展", "夜间药房试行"]


def test_where_a_story_goes_undated_a_two_paragraph_story_is_still_short():
    edition = parse_edition([source_from_text(_subhead_page(second_dated=False))])
    assert [a.headline for a in edition.articles()] == [
        "新渡口年底启用", "居民盼交通改善", "旧楼维修资助扩展", "夜间药房试行"]


def test_a_chart_title_over_its_source_and_maker_is_a_caption_with_its_credit():
    text = ("存煤充足过冬无忧\n\n本报讯（记者 海岚）全市电厂存煤保持在1500万吨以上。\n\n"
            "省能源局介绍，今年以来，全省持续推进煤矿增产。\n\n"
            "11月份全省电厂日均存煤情况（单位：万吨）\n\n数据来源：省能源局　制图：黎小曼\n")
    (article,) = articles(export(text))
    assert article["captions"] == [{"text": "11月份全省电厂日均存煤情况（单位：万吨）",
                                    "credit": "数据来源：省能源局　制图：黎小曼"}]


def test_a_box_after_the_storys_picture_is_an_article_of_its_own_under_its_label():
    """A labelled box (记者观察) after a story's credited picture, signed: one piece with its
    label as kicker, neither two subheads of the story nor a column over the next stories."""
    text = ("储能电站并网运行\n\n本报讯（记者 邬丹）储能电站昨日并网运行。\n\n"
            "项目总投资4.1亿元。\n\n图为工作人员巡检电池舱。　本报记者 邬丹 摄\n\n"
            "记者观察\n\n保供既要“托底”也要“前瞻”\n\n"
            "今冬能源保供的底气，来自全年的未雨绸缪。\n\n本报记者 柴航\n\n"
            "换电站在服务区投用\n\n本报讯（记者 晏仪）全省首座重卡换电站投入运营。\n\n"
            "外贸进出口增长\n\n本报讯（记者 晏仪）前11个月全省外贸增长6.3%。\n")
    data = export(text)
    assert len(data["sections"]) == 1
    box = articles(data)[1]
    assert (box["kicker"], box["headline"], box["bylines"]) == (
        "记者观察", "保供既要“托底”也要“前瞻”", ["本报记者 柴航"])
    assert [a["headline"] for a in articles(data)[2:]] == ["换电站在服务区投用", "外贸进出口增长"]


def test_an_afterword_is_the_storys_own_and_a_file_picture_is_a_caption():
    """编后 after a story is a subhead over its last paragraph, not an editor's note for the
    section; a sentence closed by （资料图片） is a caption; the imprint line is furniture."""
    text = ("乡村教师留得住\n\n□ 本报记者 庞岚\n\n近年来，我市落实乡村教师生活补助。\n\n"
            "教师流失率逐年下降。\n\n编后\n\n乡村教育的振兴，关键在教师。\n\n"
            "学生在科技节上展示自制的水火箭。（资料图片）\n\n"
            "科技节开幕\n\n本报讯（通讯员 邝帆）10月12日，一中第十六届校园科技节开幕，"
            "学生参加了水火箭、航模等12个项目的比赛。\n\n"
            "江州日报社出版  地址：江州市滨江路88号  邮编：430100\n")
    data = export(text)
    story, brief = articles(data)
    assert data["sections"][0]["notes"] == []
    assert [(b["role"], b["text"]) for b in story["body"]][-2:] == [
        ("subhead", "编后"), ("paragraph", "乡村教育的振兴，关键在教师。")]
    assert brief["captions"] == [{"text": "学生在科技节上展示自制的水火箭。", "credit": "（资料图片）"}]
    assert data["furniture"] == ["江州日报社出版  地址：江州市滨江路88号  邮编：430100"]


def test_a_scanned_dash_under_a_headline_opens_its_subheadline():
    text = ("送戏下乡唱响田间地头\n\n一一县文化馆“百场演出进乡村”活动走进杨柳村\n\n"
            "本报讯（通讯员 闵芳）6月13日晚，文艺小分队来到杨柳村。\n")
    (article,) = articles(export(text))
    assert (article["headline"], article["subheadline"]) == (
        "送戏下乡唱响田间地头", "一一县文化馆“百场演出进乡村”活动走进杨柳村")


def test_a_credit_with_a_padded_name_takes_its_caption():
    text = ("香菇喜丰收\n\n本报讯（通讯员 龚明轩）6月15日，村民们正忙着采摘香菇。\n\n"
            "图为村民正在分拣新采摘的香菇。\n\n通讯员 龚 明轩 摄\n")
    (article,) = articles(export(text))
    assert article["captions"] == [{"text": "图为村民正在分拣新采摘的香菇。",
                                    "credit": "通讯员 龚 明轩 摄"}]


def test_marked_names_sign_pieces_at_their_end_and_under_their_headline():
    """■ before a name: at a piece's end, over the next title, it signs that piece; where
    the page signs so, one under a headline signs its piece first. A box label stays."""
    text = ("网约车一口价不能变糊涂价\n\n近日，有市民反映网约车附加费用不透明。\n\n"
            "平台应把费用说在前头。\n\n■ 晏 冰\n\n口袋公园别成摆设\n\n■ 游思远\n\n"
            "近两年，我市建成了一批口袋公园。\n\n建设时要多听周边居民的意见。\n\n"
            "■ 江北区滨湖社区居民 鞠文清\n\n社区食堂要办得长久\n\n"
            "社区食堂开张时热热闹闹，运营一段时间后却因亏损关门。\n")
    pieces = articles(export(text))
    assert [(a["headline"], a["bylines"]) for a in pieces] == [
        ("网约车一口价不能变糊涂价", ["■ 晏 冰"]),
        ("口袋公园别成摆设", ["■ 游思远", "■ 江北区滨湖社区居民 鞠文清"]),
        ("社区食堂要办得长久", [])]


def test_one_marked_name_does_not_make_the_pages_marked_subheads_bylines():
    """A ■ label of four characters is no name; one marked signature is not the page's way
    of signing, so a ■ line under a headline stays a subhead."""
    text = ("学校门口拥堵何时解\n\n本报讯（记者 海岚）每天早上，学校门口车辆挤成一团。\n\n"
            "■ 家长心声\n\n“接送孩子太难了”\n\n家长王女士说，每天要提前半小时出门。\n\n"
            "停车新规下月施行\n\n■ 新规要点\n\n新规明确了夜间停车的收费标准。\n\n"
            "网约车一口价不能变糊涂价\n\n近日，有市民反映附加费用不透明。\n\n■ 晏 冰\n\n"
            "社区食堂要办得长久\n\n社区食堂开张时热热闹闹。\n")
    assert all(not a["bylines"] or a["bylines"] == ["本报讯（记者 海岚）"]
               for a in articles(export(text)) if a["headline"] != "网约车一口价不能变糊涂价")
    roles = [(b["role"], b["text"]) for a in articles(export(text)) for b in a["body"]]
    assert ("subhead", "■ 新规要点") in roles


def test_a_marked_subhead_under_a_headline_stays_a_subhead_where_names_are_not_marked():
    text = ("学校门口拥堵\n\n■ 市民反映\n\n每天早上7点半前后，学校门口车辆挤成一团。\n\n"
            "■ 部门回复\n\n交警部门表示，将增派警力疏导。\n")
    (article,) = articles(export(text))
    assert [b["role"] for b in article["body"]][:2] == ["subhead", "paragraph"]
    assert article["bylines"] == []


def test_a_timeline_under_its_label_is_the_storys_list():
    text = ("燃气管道改造收官\n\n本报讯（记者 邝满）1月18日，老城区燃气管道改造工程全面完工。\n\n"
            "三年来共改造中低压管网1260公里。\n\n改造大事记\n\n"
            "2023年4月  改造工程启动\n\n2024年6月  完成主城区中压管网改造\n\n"
            "2026年1月  改造工程全部完工\n")
    (article,) = articles(export(text))
    assert [(b["role"], b["text"]) for b in article["body"]][2:] == [
        ("subhead", "改造大事记"), ("paragraph", "2023年4月  改造工程启动"),
        ("paragraph", "2024年6月  完成主城区中压管网改造"), ("paragraph", "2026年1月  改造工程全部完工")]


def test_a_taiwan_page_signs_credits_and_dates_its_own_way():
    """「名／地報導」 under a headline is its byline; 「圖／…提供」 under a caption is its credit;
    「（中央社記者…台北2日電）」 opens a wire story; on the next page in the same file, a short
    line under the page's header over a headline twice its length is the page's column."""
    text = ("北市公車 明年底全面電動化\n\n洪家瑋／台北報導\n\n台北市政府昨日宣布，市區公車將全面汰換為電動公車。\n\n"
            "新型電動公車昨日在市府前廣場展示。\n\n圖／台北市交通局提供\n\n"
            "高鐵春節疏運 1月5日開放購票\n\n"
            "（中央社記者蘇郁翔台北2日電）台灣高鐵公司今天宣布，春節期間將加開158班次列車。\n\n"
            "東海日報  2026年12月3日  星期四  A8  生活\n\n生活消費\n\n年終檔期開跑 百貨搶客各出奇招\n\n"
            "【記者林欣怡／台中報導】年終慶檔期陸續開跑，台中各大百貨祭出滿額贈。\n")
    data = export(text)
    bus, rail, sale = articles(data)
    assert bus["bylines"] == ["洪家瑋／台北報導"]
    assert bus["captions"] == [{"text": "新型電動公車昨日在市府前廣場展示。", "credit": "圖／台北市交通局提供"}]
    assert rail["dateline"] == "（中央社記者蘇郁翔台北2日電）"
    assert [s["title"] for s in data["sections"]] == [None, "生活消費"]
    assert (sale["headline"], sale["subheadline"]) == ("年終檔期開跑 百貨搶客各出奇招", None)
    # Under another page's header, a short main title over its subtitle stays the headline.
    other = text.replace("A8  生活", "A2  焦點").replace("生活消費", "颱風來襲")
    assert [(a["headline"], a["subheadline"]) for a in articles(export(other))][-1] == (
        "颱風來襲", "年終檔期開跑 百貨搶客各出奇招")


def test_a_storys_own_box_after_its_picture_stays_the_storys():
    """An unsigned box (相关链接) after the story's picture is the story's: two subheads."""
    text = ("供暖管网全面升温\n\n本报讯（记者 海岚）全市供热管网昨日起全面升温。\n\n"
            "室温达标率超过99%。\n\n图为工作人员检查管网。 本报记者 海岚 摄\n\n"
            "相关链接\n\n今冬供暖时间表\n\n11月15日起试供暖，次年3月15日停暖。\n")
    (article,) = articles(export(text))
    assert [(b["role"], b["text"]) for b in article["body"]][2:4] == [
        ("subhead", "相关链接"), ("subhead", "今冬供暖时间表")]


def test_a_letter_spaced_column_title_is_no_byline():
    text = ("记者 在 现场\n\n冰雪大世界开园迎客\n\n"
            "本报讯（记者 海岚）12月18日，冰雪大世界正式开园。\n")
    (article,) = articles(export(text))
    assert (article["kicker"], article["bylines"]) == ("记者 在 现场", [])


def test_two_dated_title_lines_over_a_dated_story_are_its_headline_group():
    text = ("2026年 全国两会特别报道\n\n3月5日 十四届全国人大四次会议开幕\n\n"
            "本报北京3月5日电（记者 海岚）十四届全国人大四次会议今天上午开幕。\n")
    (article,) = articles(export(text))
    assert (article["kicker"], article["headline"]) == (
        "2026年 全国两会特别报道", "3月5日 十四届全国人大四次会议开幕")


def test_a_short_line_opening_with_one_one_is_no_scanned_dash():
    text = ("百名干部进百村\n\n一一结对解难题\n\n"
            "本报讯（记者 海岚）今年以来，全县选派百名干部驻村结对帮扶。\n")
    (article,) = articles(export(text))
    assert (article["kicker"], article["headline"], article["subheadline"]) == (
        "百名干部进百村", "一一结对解难题", None)


def test_afterwords_glued_or_after_a_closing_byline():
    """「编后：…」 glued to its text is a note for the section; a 编后 line after a story's
    closing byline is still the story's box."""
    glued = ("小区停车难有了新解法\n\n本报讯（记者 海岚）城东花园小区新增车位120个。\n\n"
             "编后：两篇报道说明，办好民生小事要多听群众意见。\n")
    data = export(glued)
    assert "编后：两篇报道说明，办好民生小事要多听群众意见。" in data["sections"][-1]["notes"]
    signed = ("乡村教师留得住\n\n近年来，我市落实乡村教师生活补助。\n\n本报记者 庞岚\n\n"
              "编后\n\n乡村教育的振兴，关键在教师。\n")
    (article,) = articles(export(signed))
    assert [(b["role"], b["text"]) for b in article["body"]][-2:] == [
        ("subhead", "编后"), ("paragraph", "乡村教育的振兴，关键在教师。")]


@pytest.mark.parametrize("rows", [
    ["澜川重工  8.46元  +2.17%", "澜川储能  35.12元  +5.03%", "海棠生物  27.80元  -0.64%"],
    ["男子单打：严思博（江北区）", "女子单打：符晓蕾（城南区）", "混合双打：严思博/龚雨晴（江北区）"],
    ["《稻花岭纪事》　冯远山 著　澜川人民出版社", "《海边的灯塔》　苏暮云 著　江宁文艺出版社",
     "《城南旧巷》　伍晴川 著　江宁出版社"],
])
def test_rows_set_out_alike_are_the_storys_list(rows):
    text = "\n\n".join(["乒乓球比赛收拍", "本报讯（通讯员 景瑞）12月3日，市民运动会乒乓球比赛收拍。",
                       "部分项目冠军", *rows, "本次比赛成绩将作为选拔市队的依据。"]) + "\n"
    (article,) = articles(export(text))
    assert [b["text"] for b in article["body"] if b["role"] == "paragraph"][1:4] == rows


def test_a_headline_group_set_with_wide_gaps_over_a_dated_story_stays_a_group():
    text = ("聚焦　民生实事\n\n旧楼维修　资助扩展\n\n申请门槛降低　千幢大厦受惠\n\n"
            "本报讯（记者 海岚）旧楼维修资助计划将由下月起扩展至楼龄三十年以上的住宅。\n")
    (article,) = articles(export(text))
    assert body(article) == ["旧楼维修资助计划将由下月起扩展至楼龄三十年以上的住宅。"]


def test_two_words_of_two_joined_by_a_dot_title_a_column():
    """…on a page that titles its columns; on one with no column title, such a line is a
    kicker ("聚焦·两会")."""
    stories = ("{}\n\n二手住宅网签4120套\n\n本报12月4日讯（记者 柏安）11月全市二手住宅网签4120套。\n\n"
               "今日金价\n\n本报讯（记者 柏安）昨日足金饰品报价1068元/克。\n")
    text = ("财经观察\n\n小微企业贷款利率再创新低\n\n本报讯（记者 柏安）10月份，全市普惠小微贷款利率"
            "再创新低。\n\n" + stories.format("楼市·理财"))
    data = export(text)
    assert [s["title"] for s in data["sections"]] == ["财经观察", "楼市·理财"]
    assert [a["kicker"] for a in articles(data)] == [None, None, None]
    plain = ("小微企业贷款利率再创新低\n\n本报讯（记者 柏安）10月份，全市普惠小微贷款利率再创新低。\n\n"
             + stories.format("聚焦·两会"))
    data = export(plain)
    assert [s["title"] for s in data["sections"]] == [None]
    assert [a["kicker"] for a in articles(data)] == [None, "聚焦·两会", None]


def _wrapped_indented(blocks: list[str], width: int = 20) -> list[str]:
    """Blocks as an extraction sets them: no blank lines, paragraphs (blocks ending with a
    stop) opened by a two-space indent and wrapped at `width` characters."""
    lines: list[str] = []
    for block in blocks:
        if block.endswith(("。", "”")):
            text = "\u3000\u3000" + block
            lines += [text[k:k + width] for k in range(0, len(text), width)]
        else:
            lines.append(block)
    return lines


def test_an_indented_wrapped_page_keeps_a_dropped_title_apart_and_its_paragraphs_whole():
    """Where paragraphs open with an indent: a short title line between two lines of a
    paragraph is not glued to it (the dropped headline goes to its dated story), and a
    full line ending a sentence, over a line with no indent, goes on in that line."""
    second = ("青竹乡山高林密，过去群众多靠外出务工维持生计。前些年，乡里引进菌菇企业，"
              "由企业提供菌棒和技术，合作社统一管理，农户承包大棚种植。")
    quoted = "“白天干活，晚上学技术，两不耽误！”柳塘村村民邹长春说，上周他在夜校学会了柑橘冬季修剪。"
    lines = _wrapped_indented([
        "小香菇撑起致富伞",
        "本报讯（记者 韦禾）走进青竹乡菌菇产业园，一排排大棚整齐排列，菇农们正忙着采收、分拣、装箱。",
        second,
        "本报讯（通讯员 闵荻）近日，石溪镇利用冬闲时节，在全镇各村开办农民夜校。",
        quoted,
    ])
    assert "\u3000\u3000“白天干活，晚上学技术，两不耽误！”" in lines  # a full line, ending a sentence
    # The next story's headline, dropped between two lines of the second paragraph.
    lines.insert(lines.index("维持生计。前些年，乡里引进菌菇企业，由企") + 1, "冬闲变冬忙　农民夜校开课了")
    story, school = articles(export("\n".join(lines) + "\n"))
    assert body(story)[1] == second
    assert school["headline"] == "冬闲变冬忙　农民夜校开课了"
    assert body(school) == ["近日，石溪镇利用冬闲时节，在全镇各村开办农民夜校。", quoted]


def test_a_policy_explainer_reads_its_bracketed_turns_and_labels():
    """「【问】…？」 and 「【答】…」 are turns of text, not headlines; 「【变化一】…」 over its text is
    a subhead, not the first half of a cut sentence."""
    text = ("医保缴费标准公布\n\n晚报讯（记者 柏语）12月10日，市医保局发布明年参保缴费通知。\n\n"
            "【问】明年个人缴费标准是多少？\n\n【答】明年个人缴费标准为每人每年400元。\n\n"
            "【问】哪些人可以享受参保缴费资助？\n\n【答】特困人员个人缴费部分由财政全额资助。\n\n"
            "【变化一】租房提取额度提高\n\n无房职工租住商品住房的，每人每月提取额度提高。\n")
    (article,) = articles(export(text))
    roles = [(b["role"], b["text"][:6]) for b in article["body"]]
    assert roles == [("paragraph", "12月10日"), ("paragraph", "【问】明年个"), ("paragraph", "【答】明年个"),
                     ("paragraph", "【问】哪些人"), ("paragraph", "【答】特困人"),
                     ("subhead", "【变化一】租"), ("paragraph", "无房职工租住")]


def test_a_front_page_index_of_pointers_is_furniture():
    text = ("冬季供暖设施检修完成\n\n本报讯（记者 海岚）全市供暖设施检修全部完成。\n\n导读\n\n"
            "全市冬季供暖设施检修全部完成　>>02版\n\n“非遗年货节”下周六开幕　>>05版\n\n"
            "年货节开幕\n\n本报讯（记者 海青）“非遗年货节”下周六开幕。\n")
    data = export(text)
    assert "全市冬季供暖设施检修全部完成　>>02版" in data["furniture"]
    assert [a["headline"] for a in articles(data)] == ["冬季供暖设施检修完成", "年货节开幕"]


def test_a_piece_left_by_a_column_break_under_a_byline_is_text():
    """「“Good morning! How」 opens a quotation the next block closes: a cut piece, under
    its story's byline, not a headline; the two halves are joined."""
    text = ("AI陪练走进英语课堂\n\n□ 本报记者 温可\n\n“Good morning! How\n\n"
            "was your weekend?”在第十二中学的英语课上，学生们与AI进行一对一对话。\n\n"
            "系统会根据学生\n\n的发音、语法和流利度实时打分。\n")
    (article,) = articles(export(text))
    assert body(article) == [
        "“Good morning! How was your weekend?”在第十二中学的英语课上，学生们与AI进行一对一对话。",
        "系统会根据学生的发音、语法和流利度实时打分。"]


def test_a_data_box_of_rows_after_an_unsigned_story_stands_on_its_own():
    text = ("智算中心投运\n\n本报讯（记者 易河）江城智算中心一期项目正式投入运营。\n\n"
            "“以前要排队租用外地算力，现在在家门口就能用。”一位工程师说。\n\n数说\n\n"
            "3216个　全市5G-A基站总数\n\n10Gbps　5G-A下行峰值速率\n\n1.15　智算中心PUE值\n\n"
            "AI陪练走进英语课堂\n\n□ 本报记者 温可\n\n学生们戴上耳机，与AI口语陪练对话。\n")
    assert [a["headline"] for a in articles(export(text))] == [
        "智算中心投运", "数说", "AI陪练走进英语课堂"]


def test_a_headline_group_in_two_halves_is_no_table():
    """Lines with one wide gap and no figure, over a story's text, are its headline group."""
    text = ("坚持稳中求进　推动高质量发展\n全市经济运行　总体平稳向好\n——前三季度主要经济指标　稳步回升\n"
            "前三季度，全市地区生产总值同比增长5.6%，高于全省平均水平0.4个百分点。\n本报记者 王小明\n")
    (article,) = articles(export(text))
    assert (article["kicker"], article["headline"]) == ("坚持稳中求进　推动高质量发展", "全市经济运行　总体平稳向好")


def test_a_subhead_on_an_indented_page_is_not_glued_to_the_paragraph_above():
    """Under a full line that ends a sentence, a short line with no indent is a subhead,
    even with a clause mark in it, not the paragraph going on."""
    text = "\n".join([
        "小香菇撑起致富伞",
        "\u3000\u3000本报讯（记者 韦禾）今年以来，青竹乡", "坚持产业富民，推动菌菇、茶叶、中药材三大",
        "产业提质增效，群众收入稳步增长。",
        "一、引进龙头企业",
        "\u3000\u3000青竹乡山高林密，过去群众多靠外出务工", "维持生计。前些年，乡里引进菌菇企业，由企",
        "业提供菌棒和技术，由合作社统一管理运营。",
        "二、强化科技支撑，延伸产业链条",
        "\u3000\u3000乡里与省农科院合作，建成菌菇研发中心", "，培育新品种六个，带动周边农户一千二百余",
        "户发展种植，户均年增收一万五千元。",
        "\u3000\u3000下一步，青竹乡将继续延伸产业链条，建", "设冷链仓储中心，让山里的好产品卖出好价钱",
        "。",
    ]) + "\n"
    (article,) = articles(export(text))
    assert [b["text"] for b in article["body"] if b["role"] == "subhead"] == [
        "一、引进龙头企业", "二、强化科技支撑，延伸产业链条"]


def test_a_warning_label_over_a_storys_last_lines_is_its_box():
    text = ("老人误入深山迷路\n\n本报讯（记者 卜澜）12月12日，一名老人上山采药时迷路。\n\n"
            "救援队员连夜进山搜救，次日凌晨找到老人。\n\n民警介绍了事情经过。\n\n警方提醒\n\n"
            "冬季上山请结伴而行，并告知家人行程。\n\n"
            "社区食堂开张\n\n本报讯（记者 海青）城东社区食堂昨日开张。\n")
    story, _canteen = articles(export(text))
    assert [(b["role"], b["text"]) for b in story["body"]][-2:] == [
        ("subhead", "警方提醒"), ("paragraph", "冬季上山请结伴而行，并告知家人行程。")]

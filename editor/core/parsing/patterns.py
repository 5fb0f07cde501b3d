"""The shapes of printed news lines: datelines, bylines, captions, credits, jumps, furniture.

Every pattern is about punctuation, brackets and the fixed words of the trade (本报讯,
记者, 摄, 下转第N版, 责任编辑), never about particular names or places.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Traditional → simplified for the characters the patterns care about, one to one, so a
# match on the folded text has the same offsets in the original (港澳台 editions).
_TRADITIONAL = (
    "報訊記電網臺員約見習實駐攝評論責編輯術對設計組聞熱線郵廣國內統連續號發碼週禮圖為"
    "爲說轉緊後語話關鏈結觀閱讀貼識點採訪數動態簡遞時綜專題欄縱資壇體財經濟會際擊傳萬"
    "遊視書藝迴寫黨縣區鄉鎮園務調談雜隨筆覽錦薈掃來長學華門與從將這個們樣還並於東車開"
    "條無讓進過麼種場現間問應該業產價費歲機構級屆舉辦議處單參總據稱獲頭則師歷層項認護"
    "衛醫環氣溫節農糧錢銀鐵貨買賣險災軍隊標準規劃積極優勢職權樂館劇戲腦絡雲導選團練賽"
    "獎蘇濱灣陽陸島嶺龍鳥馬黃紅綠幫億兩幾齡輕舊親愛聽聲畫張劉陳楊趙吳孫鄭馮韓葉許鄧謝"
    "羅蔣嚴龔鄒賀慶稅儲龐屬戶協壓歸啟狀裝驗觸顯創鬥當藥療簽讚燈漢滬粵閩貴遼寧陝甯臨縮"
    "維紀錄預備圍墻牆隱雙適鐘畢詞譯聯驅駛擴儀衝擔嘗獨陰靈噸艙臉韋倫鄰紐飛鑑鑒寶藍彎蟲"
    "魚鳳麥豐艷麗歡罰獄訴證剛彈槍戰爭傷陣勝敗贏輸賞嘆鳴禍盜賊竊詐騙審憲廳檢夠兌換歐亞"
    "義廈蘭廠礦鋼銅鋁鋅錫煉燒煙塵樓擁擠搶診癒"
)
_SIMPLIFIED = (
    "报讯记电网台员约见习实驻摄评论责编辑术对设计组闻热线邮广国内统连续号发码周礼图为"
    "为说转紧后语话关链结观阅读贴识点采访数动态简递时综专题栏纵资坛体财经济会际击传万"
    "游视书艺回写党县区乡镇园务调谈杂随笔览锦荟扫来长学华门与从将这个们样还并于东车开"
    "条无让进过么种场现间问应该业产价费岁机构级届举办议处单参总据称获头则师历层项认护"
    "卫医环气温节农粮钱银铁货买卖险灾军队标准规划积极优势职权乐馆剧戏脑络云导选团练赛"
    "奖苏滨湾阳陆岛岭龙鸟马黄红绿帮亿两几龄轻旧亲爱听声画张刘陈杨赵吴孙郑冯韩叶许邓谢"
    "罗蒋严龚邹贺庆税储庞属户协压归启状装验触显创斗当药疗签赞灯汉沪粤闽贵辽宁陕宁临缩"
    "维纪录预备围墙墙隐双适钟毕词译联驱驶扩仪冲担尝独阴灵吨舱脸韦伦邻纽飞鉴鉴宝蓝弯虫"
    "鱼凤麦丰艳丽欢罚狱诉证刚弹枪战争伤阵胜败赢输赏叹鸣祸盗贼窃诈骗审宪厅检够兑换欧亚"
    "义厦兰厂矿钢铜铝锌锡炼烧烟尘楼拥挤抢诊愈"
)
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# Translating looks every character up in a dict, ten times slower than this one search;
# most text (every mainland edition) has nothing to fold.
_FOLDABLE = re.compile(f"[{_TRADITIONAL}]")
# The characters folding changes, to count them in C (see `folded_count`).
_FOLDED_AWAY = re.compile(
    "[" + "".join(sorted(ch for ch in set(_TRADITIONAL) if _FOLD[ord(ch)] != ord(ch))) + "]"
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The text with traditional characters folded to simplified ones (same length).

    Cached: every unit is matched against a dozen patterns in a row. Folding maps Han
    characters to Han characters only, so it commutes with `strip` and `split`.
    """
    return text.translate(_FOLD) if _FOLDABLE.search(text) else text


def next_foldable(text: str, start: int) -> int:
    """Where the text next holds a character `fold` changes from `start`, or its length."""
    found = _FOLDABLE.search(text, start)
    return len(text) if found is None else found.start()


def folded_count(text: str) -> int:
    """How many characters of the text `fold` changes (one pass in C, not one per character)."""
    return len(text) - len(_FOLDED_AWAY.sub("", text))


class Folded:
    """A compiled pattern that matches the folded text, so one pattern reads both scripts.

    `hint`, when given, lists characters of which every match holds at least one (a
    dateline names 讯, 电 or 报道): the parser, which reads every unit, skips the pattern
    where the text holds none of them, one quick search instead of a long alternation.

    `lead`, when given, lists the characters a `match` can open with, white space aside
    (a caption opens with 图 or ▲…): the parser tests the text's first printed character
    with `in` before it calls the regex engine at all.
    """

    __slots__ = ("pattern", "hint", "lead")

    def __init__(self, pattern: str | re.Pattern[str], hint: str = "", lead: str = "") -> None:
        self.pattern = re.compile(pattern) if isinstance(pattern, str) else pattern
        self.hint = re.compile(f"[{hint}]") if hint else None
        self.lead = lead

    def match_folded(self, folded: str) -> re.Match[str] | None:
        """`match` on text already folded, not run where the hint rules a match out."""
        if self.hint is not None and self.hint.search(folded) is None:
            return None
        return self.pattern.match(folded)

    def search_folded(self, folded: str) -> re.Match[str] | None:
        """`search` on text already folded, not run where the hint rules a match out."""
        if self.hint is not None and self.hint.search(folded) is None:
            return None
        return self.pattern.search(folded)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.match(fold(text), *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.fullmatch(fold(text), *args)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.search(fold(text), *args)


OPEN = "（("
CLOSE = "）)"
# Sentence-final punctuation, optionally followed by closing quotes or brackets.
SENTENCE_END = re.compile(r"[。！？!?…；;][”’」』）)】\]\"']*$|\.{3,}$|……[”’」』]*$")
SENTENCE_LAST = frozenset("。！？!?…；;”’」』）)】]\"'.")  # what a SENTENCE_END match ends with
# What a line cut mid-sentence ends with (a comma, a colon, an opening bracket or quote).
CONTINUING_LAST = "，、,：:—–-（(“‘「『《"
CONTINUING_END = re.compile(f"[{re.escape(CONTINUING_LAST)}]$")
_HAN_RANGE = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"  # every Han block, rare-name extensions included
_HAN = f"[{_HAN_RANGE}]"
NAME = rf"[{_HAN_RANGE}·•]{{2,5}}"
NAMES = rf"{NAME}(?:[\s、，,]+{NAME})*"
# Names as bylines and credits print them, a two-character name padded to the width of three
# ("本报记者 王 芳"), or split by a stray space in a scanned page ("龚 明轩"). Used only there:
# every Han class costs the regex compiler about a millisecond, in every process.
PADDED_NAME = rf"[{_HAN_RANGE}·•][ \u3000]?[{_HAN_RANGE}·•]{{1,4}}"
PADDED_NAMES = rf"{PADDED_NAME}(?:[\s、，,]+{PADDED_NAME})*"
# The marks a commentary page signs a piece with ("■ 晏 冰", "□ 周默").
SIGNATURE_MARKS = "■□◎●◆"


def unpad_names(text: str) -> str:
    """The text with the space inside a padded or split name taken out ("王 芳": 王芳, "龚 明轩":
    龚明轩): a lone Han character, one space, then one or two Han characters standing alone.
    A loop, not a pattern: every Han class costs the regex compiler a millisecond at start."""
    if " " not in text and "\u3000" not in text:
        return text
    out: list[str] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        out.append(ch)
        if is_han(ch) and (i == 0 or not is_han(text[i - 1])) and i + 2 < n and \
                text[i + 1] in " \u3000" and is_han(text[i + 2]):
            run = 1 + (i + 3 < n and is_han(text[i + 3]))
            if i + 2 + run >= n or not is_han(text[i + 2 + run]):
                out.append(text[i + 2:i + 2 + run])  # the space dropped
                i += 2 + run
                continue
        i += 1
    return "".join(out)


def is_han(ch: str) -> bool:
    """A Han character of the blocks names and titles are written in (CJK A and unified)."""
    return "\u3400" <= ch <= "\u9fff"


REPORTER = rf"(?:(?:本报|本刊|晚报|本台|本网|新华社|中新社|人民日报|央视|[{_HAN_RANGE}]{{2,6}}(?:社|台|网))?" \
    rf"(?:全媒体|融媒体?)?(?:特约|特派|见习|实习|首席|驻[{_HAN_RANGE}]{{1,6}})?(?:记者|通讯员|摄影记者|评论员|特约撰稿人?|撰稿人|主持人|实习生))"

_DATE = r"\d{1,2}\s*月\s*\d{1,2}\s*日"
_AGENCY = r"(?:新华社|中新社|中新网|新华网|人民网|央视网|央广网|光明网|人民日报|经济日报|" \
    rf"光明日报|[{_HAN_RANGE}]{{2,6}}(?:社|网|报|台))"
_BRACKETED = r"\s*[（(][^（()）\n]{0,60}[)）]"
DATELINE = Folded(
    rf"^\s*(?:"
    rf"[【\[]\s*(?:本[报刊]|晚报)讯\s*[】\]](?:\s*(?:记者|通讯员)[\s{_HAN_RANGE}、·]{{1,20}}?报道[:：])?"
    rf"|(?:本[报刊]|晚报)讯(?:{_BRACKETED}|\s*(?:(?:记者|通讯员)[\s{_HAN_RANGE}、·]{{1,30}}?报道(?=[:：\s]|$))|\s+(?:(?:记者|通讯员)\s*{_HAN}{{2,4}}\s*)+(?=\s))?"
    rf"|(?:本[报刊])?(?:记者|通讯员)[\s{_HAN_RANGE}、·]{{1,20}}?报道(?=[:：\s]|$)"
    # 本报北京11月27日电（记者 …）, 本报郑阳12月3日讯 记者… 通讯员…报道：
    rf"|本[报刊][{_HAN_RANGE}]{{0,12}}?{_DATE}[电讯](?:{_BRACKETED}"
    rf"|\s*(?:记者|通讯员)[\s{_HAN_RANGE}、·]{{1,30}}?报道(?=[:：\s]|$))?"
    rf"|本[报刊][{_HAN_RANGE}]{{1,8}}?电(?={_BRACKETED}|\s)(?:{_BRACKETED})?"
    rf"|{_AGENCY}[{_HAN_RANGE}]{{0,12}}?{_DATE}(?:电|讯)(?:{_BRACKETED})?"
    rf"|[{_HAN_RANGE}]{{2,8}}{_DATE}电(?:{_BRACKETED})?"
    # 【记者 … 报道】, （本报记者 … 电）, （中央社记者…台北2日电）
    rf"|[〔【\[（(]\s*(?:本报|{_AGENCY})?(?:记者|通讯员|特派员)[^〔〕【】\[\]（()）\n]{{1,30}}?(?:报导|报道|电)\s*[〕】\]）)]"
    rf"|本[报刊]综合(?:消息|报道)"  # a story put together from several sources
    # A county media centre's 讯 ("青禾融媒讯（融媒记者 …）"): its reporters in brackets.
    rf"|[{_HAN_RANGE}]{{2,6}}(?:融媒体?|全媒体?)讯\s*[（(][^（()）\n]{{0,12}}?(?:记者|通讯员)[^（()）\n]{{1,40}}[)）]"
    # A wire story reprinted without place or date ("据新华社电 …"): an agency by name,
    # and a space or the end after 电 ("据市气象台电话通报" is a sentence).
    rf"|据(?:新华社|中新社|[{_HAN_RANGE}]{{1,4}}社|人民日报|央视|央广)电(?=[\s:：]|$)"
    rf")\s*[:：]?\s*",
    hint="讯电道导息",  # every branch ends in 讯, 电, 报道, 报导 or 消息
)

# Ahead of a bracketed line: the line's last printed character closes the kind of bracket
# it opens with, round or square. One branch then serves both kinds: every Han class costs
# about a millisecond to compile, in every process, and a byline's names hold many.
_CLOSES_ITS_BRACKET = r"(?=[（(][\s\S]*[)）]\s*$|[【\[][\s\S]*[】\]]\s*$)"
BYLINE_LINE = Folded(
    rf"^\s*[□■◎●○◆◇▲△★☆]?\s*(?:"
    rf"(?:{REPORTER}\s*[:：]?\s*{PADDED_NAMES}\s*)+(?:报道|采写|整理|文/?图|文图)?"
    rf"(?:\s*发自\s*{NAME})?"  # 本报特派记者 张三 发自北京
    rf"|{NAME}\s*[/／]\s*[{_HAN_RANGE}]{{2,6}}报[导道]"  # 洪家玮／台北报导 (Taiwan)
    rf"|(?:文|图|文图|文·图|图文|撰文|摄影|口述|整理)\s*[/／|:：]\s*{NAMES}"
    rf"(?:\s+(?:文|图|摄影|整理|采写|撰文)\s*[/／|:：]\s*(?:(?:本报|本刊)?(?:记者|通讯员|实习生)\s*)?{NAMES})*"  # 口述：… 整理：本报记者 …
    rf"|[（(]\s*作者(?:系|为|单位|是)[^（()）]{{1,60}}[)）]"
    rf"|[（(]\s*本[报刊]综合[^（()）]{{0,30}}?(?:报道|消息)\s*[)）]"  # （本报综合新华社、路透社报道）
    # In round or square brackets, closed by their pair: reporters and their names
    # ("（本报记者 张三）", "【记者 李四 报道】"), or who wrote and who shot ("（文/张三 图/李四）").
    rf"|{_CLOSES_ITS_BRACKET}[（(【\[]\s*(?:"
    rf"(?:{REPORTER}\s*[:：]?\s*{NAMES}\s*)+(?:报道|采写|整理)?"
    rf"|(?:文|图文|文图)\s*[/／:：]\s*{NAMES}(?:\s+(?:图|摄影)\s*[/／:：]\s*{NAMES})*"
    rf")\s*[)）】\]]"
    rf"|{REPORTER}"
    rf")\s*$",
    # A reporter's title (记者, 通讯员, 评论员, 撰稿人, 主持人, 实习生), a credit word
    # (文, 图, 撰文, 摄影, 口述, 整理, 作者), 综合, or 报导 / 报道 in every branch.
    hint="记员撰持习文图摄口整作综导道",
)
# A brief with a run-in lead: a marker, a short name, a wide gap, the news ("▲白果乡　4月6日，…").
RUN_IN_ITEM = Folded(r"^\s*[▲△■◆●]\s*[\u3400-\u9fff]{2,8}(?:\u3000+|\s{2,})\S", lead="▲△■◆●")
# A pointer to another page ("▶详见第3版"), in a front page's index.
POINTER = Folded(
    r"(?:详见|见)\s*(?:第\s*)?[A-Za-z]?[\d一二三四五六七八九十]+\s*版\s*[)）]?\s*$", hint="版"
)
# A reader's letter signed with who the writer is, then the name ("…小区居民 程立",
# "读者 霍岚（…）"): a byline only where a letter ends (see `refine`), since a headline
# can be set the same way ("百万市民 共庆元宵").
LETTER_SIGNATURE = Folded(
    rf"^\s*{_HAN}{{0,12}}?(?:读者|居民|市民|村民|网友|职工|家长)\s+{_HAN}{{2,3}}"
    rf"\s*(?:[（(][^（()）]{{1,20}}[)）])?\s*$",
    hint="者民友工长",  # the last character of who the writer is
)
# An author line of a commentary: a marker box and a name alone ("□ 张三").
AUTHOR_LINE = Folded(rf"^\s*[□◎]\s*{NAMES}\s*$", lead="□◎")  # ■ marks subheads more often
TRAILING_BYLINE = Folded(
    rf"(?<=[。！？!?”」）)])\s*((?:(?:文|图)\s*[/／]\s*)?(?:{REPORTER}\s*{NAMES}\s*)+(?:报道)?|[（(]\s*作者系[^（()）]{{1,60}}[)）]"
    rf"|[（(]\s*(?:{REPORTER}\s*{NAMES}\s*)+[)）])\s*$"
)

CAPTION_START = Folded(
    r"^\s*(?:图为|图：|图:|图片说明|[上下左右中]图(?:为|：|:)?|图\s*[①-⑳\d一二三四五六七八九十]+|[▲△▼]\s*)",
    lead="图上下左右中▲△▼",
)
# A credit line. Its branches share REPORTER and NAMES where the shapes allow (so does
# TRAILING_CREDIT's): each is two Han classes to compile, a millisecond apiece.
CREDIT_LINE = Folded(
    rf"^\s*(?:"
    rf"{REPORTER}\s*{PADDED_NAMES}(?:\s*[/／]?\s*摄影?)?"  # 本报记者 张三 (摄)
    # A name shot it ("张三 摄", "张三/摄影"), or drew it ("邝小禾 作", "李四/绘").
    rf"|{PADDED_NAMES}(?:\s*[/／]?\s*摄影?|(?:\s+|\s*[/／]\s*)(?:作|绘))"
    # Who shot or drew it, then the name ("摄影：张三", "制图/李四").
    rf"|(?:摄影\s*[:：／/]?|(?:制图|绘图|漫画|图表|设计|图片|图)\s*[:：/／])\s*{NAMES}"
    rf"|[（(]\s*(?:{REPORTER}\s*)?{NAMES}\s*摄影?\s*[)）]"
    rf"|[（(]\s*摄影\s*[:：]\s*{NAMES}\s*[)）]"
    rf"|(?:新华社|中新社|[{_HAN_RANGE}]{{2,6}}社)发\s*[（(][^（()）]{{1,24}}[)）]"
    rf"|(?:新华社|中新社)\s*[/／]\s*[{_HAN_RANGE}]{{2,4}}社?"  # a foreign agency's photo ("新华社/法新")
    rf"|[（(]?\s*{_HAN}{{1,12}}供图\s*[)）]?"  # 受访者供图, 市消防救援支队供图
    rf"|(?:图|图片|照片)\s*[/／:：]\s*[^\s/／:：]{{1,16}}提供"  # 图／台北市交通局提供
    rf"|(?:本版|本组|本页|以上|文中)?(?:图片|照片)(?:均|皆)?由\s*(?:{REPORTER}\s*)?{NAMES}\s*(?:摄影?|提供)"
    rf"|[（(]?\s*(?:新华社|中新社|[{_HAN_RANGE}]{{2,6}}社)?\s*(?:发|供图|资料图片?|图片来源[:：]\S+)\s*[)）]?"
    # A chart's source and who drew it ("数据来源：省统计局　制图：张三"), either first.
    rf"|(?:数据|资料)来源\s*[:：]\s*[^\s:：]+(?:\s+(?:制图|绘图|设计)\s*[:：/／]\s*[^\s:：]{{2,8}})?"
    rf"|(?:制图|绘图|设计)\s*[:：/／]\s*[^\s:：]{{2,8}}\s+(?:数据|资料)来源\s*[:：]\s*[^\s:：]+"
    rf")\s*$"
)
# A contact line ("新闻热线：…", "爆料微信：…"): page furniture beside other furniture.
CONTACT = Folded(
    rf"^\s*(?:[{_HAN_RANGE}]{{0,4}}(?:热线|电话|微信|邮箱|传真|网址|客服|微博|公众号)|QQ|E-?mail)"
    r"\s*[:：]\s*[\w@.\-]+",
    hint=":：",  # the colon before the number or address
)
# A bulleted line of a list or a data box ("◆ 营业收入4.26万亿元").
BULLET = Folded(r"^\s*[◆◇●○■□▲△★☆•·▪▸►▶-]\s*\S", lead="◆◇●○■□▲△★☆•·▪▸►▶-")
TRAILING_CREDIT = Folded(
    rf"(?<=[。！？!?”」）)])\s*("
    rf"(?:新华社|中新社|[{_HAN_RANGE}]{{2,6}}社)发\s*[（(][^（()）]{{1,24}}[)）]|"
    rf"(?:新华社|中新社)\s*[/／]\s*[{_HAN_RANGE}]{{2,4}}社?|"  # a foreign agency's photo ("新华社/法新")
    rf"{REPORTER}\s*{PADDED_NAMES}(?:\s*[/／]?\s*摄影?)?"  # 本报记者 张三 (摄)
    rf"|{PADDED_NAMES}\s*[/／]?\s*摄影?"  # 张三 摄
    rf"|[（(]\s*(?:摄影\s*[:：]\s*)?(?:{REPORTER}\s*)?{NAMES}\s*(?:摄影?)?\s*[)）]"
    rf")\s*$"
)
INLINE_CREDIT = Folded(
    r"[（(]\s*(?:(?:摄影|图|图片)\s*[:：/／]\s*[^（()）]{1,20}|[^（()）]{0,16}(?:发|供图|摄影?|资料图片?|资料照片))"
    r"\s*[)）]\s*$"
)

JUMP = Folded(
    r"^\s*[（(【\[]?\s*(?:下转|上接|转|接|紧接|续)\s*(?:第\s*)?[A-Za-z]?\s*[\d一二三四五六七八九十]+\s*"
    r"(?:版|页)\s*[)）】\]]?\s*$",
    lead="（(【[下上转接紧续",
)
# A jump line printed on the text's own line: "…问题（转第2版）", "（接第1版）1.1万余件。".
_JUMP_MARK = r"(?:第\s*)?[A-Za-z]?\s*[\d一二三四五六七八九十]+\s*(?:版|页)\s*[)）]"
GLUED_JUMP_OUT = re.compile(rf"[（(]\s*(?:下转|转)\s*{_JUMP_MARK}\s*$")
GLUED_JUMP_IN = re.compile(rf"^\s*[（(]\s*(?:上接|紧接|接)\s*{_JUMP_MARK}")
# A page header's page number ("第2版", "A12"), after its date: what follows on the line
# is the page's label (要闻) or, glued on by the extraction, the first headline.
HEADER_PAGE = re.compile(
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:星期|周)[一二三四五六日天]).*?"
    r"(?:第\s*[\dA-Za-z一二三四五六七八九十]+\s*版|(?<![A-Za-z\d])[A-H]\d{1,2}(?:\s*版)?)(?=\s)"
)
JUMP_OUT = Folded(r"下转|^[（(]?\s*转")
JUMP_IN = Folded(r"上接|紧接|^[（(]?\s*接|续")
JUMP_PAGE = Folded(r"[A-Za-z]?\s*([\d一二三四五六七八九十]+)\s*(?:版|页)")

_WEEKDAY = r"(?:星期|周|礼拜)[一二三四五六日天]"
# Page furniture other than the paper's name: page numbers, the editors' credits, the
# date line, registration numbers, a Latin name, a pointer to another page.
_FURNITURE_MARKS = (
    r"(?:^|\s)(?:第\s*[\dA-Za-z一二三四五六七八九十]+\s*版|[A-Z]\d{1,2}\s*版)(?:[\s:：]|$)|"
    rf"^\s*[A-D]\d{{1,2}}(?:\s+[{_HAN_RANGE}·]{{1,4}})?\s*$|"
    r"责任编辑|责编[:：]|美术编辑|美编[:：]|校对[:：]|版式(?:设计)?[:：]|组版[:：]|"
    r"编辑[:：]|照排[:：]|新闻热线|投稿邮箱|本版邮箱|广告热线|邮编[:：]|邮政编码|"
    rf"\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*{_WEEKDAY}|{_WEEKDAY}\s*\d{{4}}\s*年|"
    r"国内统一(?:连续)?出版物号|CN\s*\d{2}\s*[-－]\s*\d{4}|邮发代号|"
    r"^\s*[A-Z][A-Z .·\-]{3,40}$|"
    r"(?:详见|见|>>|》》|→|▶|►)\s*(?:第\s*)?[A-Za-z]?[\d一二三四五六七八九十]+\s*版\s*$"
)
# The paper's name on a line of its own ("榆州晚报", "中共榆州市委机关报").
_PAPER_NAME = (
    rf"^\s*[{_HAN_RANGE}]{{2,8}}(?:日报|晚报|晨报|早报|都市报|时报|商报|周报|法制报|青年报)\s*$|"
    r"^\s*(?:中共)?[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|州|盟)?委(?:员会)?机关报\s*$"
)
FURNITURE = Folded(
    f"{_FURNITURE_MARKS}|{_PAPER_NAME}",
    # 版 of a page number, 编 of the editors, 校对, 照排, 热线, 投稿, 年 of a date, 统一,
    # 邮发, 报 of a paper's name, or a Latin capital (A12, CN, a paper's Latin name).
    hint="版编校排热投年统邮报A-Z",
)
# The parser's quick test before it searches a line for FURNITURE: 报 is in many lines that
# are no furniture ("本报记者 …"), but a paper's name ends the line with it; any other
# furniture holds one of these characters (both proved in the tests from the syntax tree).
# A date line is known by its weekday (星期, 周, 礼拜), not by 年: many headlines name a year.
FURNITURE_MARK = re.compile("[版编校排热投星周礼统邮A-Z]")
PAPER_NAME_END = "报"
# The end mark of a story ("（完）") and similar: body, never a title.
END_MARK = Folded(r"^\s*[（(][^（()）]{1,60}[)）]\s*$")
# A speaker's turn in a question-and-answer piece ("记者：…", "王某：…").
SPEAKER_TURN = Folded(rf"^\s*[{_HAN_RANGE}A-Za-z·]{{1,8}}\s*[：:]\s*\S")

# An editor's note. 编后 (编后语) on a line of its own, after a story, is the story's box (a
# `BOX_LABEL`, a subhead over its last paragraphs); glued to its text ("编后：…"), a note.
NOTE_LABEL = Folded(
    r"^\s*[【\[（(]?\s*(?:编者按|编者的话|编辑手记|编后语?(?=\s*[:：]\s*\S))\s*[】\]）)]?\s*[:：]?\s*",
    lead="【[（(编",
)
SUBHEAD_MARK = Folded(
    r"^\s*(?:[■□◆◇●○▲△★☆◎▶►]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|"
    r"\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[部章节]|[【\[].{1,20}[】\]]$)"
)
BOX_LABEL = Folded(
    r"^\s*[【\[]?\s*(?:相关链接|链接|记者(?:手记|观察|调查|探访|走访|回访|追踪|连线|体验|札记|走基层)|"
    r"案情回顾|案情简介|法院审理|法官说法|法官释法|律师说法|专家说法|专家解读|以案说法|新闻链接|新闻背景|背景链接|背景|延伸阅读|"
    r"小贴士|小知识|知识链接|短评|点评|编后语?|记者感言|采访手记|数说|数读|图说|"
    r"人物名片|名片|人物简介|人物档案|个人简介|"
    r"(?:警方|温馨|专家|医生|律师|法官|特别|安全|健康|消费)(?:提醒|提示))\s*[】\]]?\s*[:：]?\s*$",
    lead="【[相链记案法律专以新背延小知短点编采数图人名个警温医特安健消",
)
# Words a column (栏目) title ends with: newsroom vocabulary, not names.
COLUMN_WORDS = (
    "动态", "要闻", "快讯", "简讯", "速递", "播报", "新闻", "时评", "评论", "观察", "视点", "综合",
    "专题", "专栏", "副刊", "纵横", "广角", "资讯", "一线", "关注", "论坛", "时政", "法治", "民生",
    "文化", "体育", "财经", "经济", "社会", "国际", "国内", "天下", "周刊", "看台", "在线", "直击",
    "传真", "万象", "生活", "健康", "教育", "科技", "文旅", "人物", "视野", "读书", "理论", "文艺",
    "连线", "热线", "回音", "写真", "影像", "图片新闻", "新闻眼", "政务", "党建", "县区", "乡镇",
    "社区", "校园", "警务", "调查", "深度", "特稿", "专访", "访谈", "言论", "杂谈", "随笔", "漫谈",
    "快评", "短评", "速览", "集锦", "荟萃", "扫描", "掠影", "大事记", "公告", "聚焦", "要情", "简报",
    "专刊", "专版", "特刊", "增刊", "特辑", "视窗", "之窗", "新风", "纵览", "瞭望", "速读", "指南", "来信", "风采",
)
# The closing formula of a notice ("特此公告。"): the short lines after it sign it.
CLOSING_FORMULA = Folded(r"特此(?:公告|通告|通知|声明|函告|告知|公示)[。！]?\s*$")
# A date alone on its line ("2026年11月28日", "二〇二六年十一月二十八日").
DATE_LINE = Folded(
    r"^\s*(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$"
)
# "（左）", "（右二）", "（前排中）": who is where in a photo, said only in captions.
PICTURE_POSITION = Folded(r"[（(](?:前排|后排|中排)?[左右中][一二三四五六七八九]?[)）]|[（(]前排|[（(]后排")
# Column names of digests and boxes (a list of short items), which never title a subhead.
DIGEST_WORDS = ("简讯", "简报", "快讯", "速递", "速览", "动态", "播报", "集锦", "短波", "快评",
                "短评", "一句话新闻")
DECORATED_TITLE = Folded(r"^\s*[【\[〖「『].{1,20}[】\]〗」』]\s*$", lead="【[〖「『")
# A line of results or figures: a label and a figure about a colon ("成绩：9秒58"), or
# figures known by their units: a figure's last digit and its unit ("9秒58", "3412.65点 "
# in a table), a rank ("第三名"), a change ("涨 0.42%"). Only whether a line holds a match
# is asked: the digit's branches are one, tried once at each digit.
_LABELLED_FIGURE = r"[:：].*\d|\d.*[:：]"
_FIGURES = r"\d(?:[米秒分]|(?:\.\d+)?点\s)|第[一二三四五六七八九十\d]+名|\s[+\-－]?\d+(?:\.\d+)?%"
# The whole pattern is the definition (the tests and its hint read it); the parser searches
# its two halves below.
RESULT_LINE = Folded(
    f"{_LABELLED_FIGURE}|{_FIGURES}",
    hint=r"\d名",  # a digit in every branch but "第三名"
)
# RESULT_LINE's halves, for the parser, which only asks whether a line holds a match: the
# first is tried only in a line with a colon (most have none; its `.*` is slow to fail).
LABELLED_FIGURE = re.compile(_LABELLED_FIGURE)
FIGURES = re.compile(_FIGURES)


_NARROW_NON_ASCII = "“”‘’·—–…•°±×÷é"
_NARROW = re.compile(f"[{_NARROW_NON_ASCII}]")


def display_width(text: str, marks_wide: bool = False) -> int:
    """Width in half-width cells: CJK and full-width characters count two.

    ASCII is narrow, and so are the few non-ASCII marks common in news text (curly
    quotes, dashes, the middle dot), as a text tool counts them; everything else in a
    Chinese page is wide. Chinese typesetting sets those marks full width: with
    `marks_wide` they count two, as on the printed column.
    """
    ascii_count = len(text.encode("ascii", "ignore"))
    narrow = 0 if marks_wide else len(_NARROW.findall(text))
    return ascii_count + narrow + 2 * (len(text) - ascii_count - narrow)


@lru_cache(maxsize=65536)
def visible_len(text: str) -> int:
    """Characters other than white space (cached: every rule asks it of the same lines)."""
    return len("".join(text.split()))


def ends_sentence(text: str) -> bool:
    # Only the end can match: look at the last characters, not every 。 of a long paragraph.
    last = text[-1:]
    if last == "。":
        return True  # most paragraphs
    if last.isspace():  # rare: white space after the text (most is cut off before this)
        text = text.rstrip()
        last = text[-1:]
        if last == "。":
            return True
    if last not in SENTENCE_LAST:
        return False  # most titles
    return bool(SENTENCE_END.search(text[-16:]))


def is_column_title_folded(folded: str) -> bool:
    """A column's title ("【短评】", "今日视点"), of a text folded already (the parser keeps
    every unit's folded)."""
    stripped = folded.strip()
    core = stripped.strip("【】[]〖〗「」『』■□◆◇●○▲△★☆◎ ")
    # Folded and stripped already: its first character is the one a match opens with.
    if stripped[:1] in DECORATED_TITLE.lead and DECORATED_TITLE.pattern.match(stripped) \
            and len(core) <= 12:
        return True
    return 2 <= len(core) <= 6 and core.endswith(COLUMN_WORDS)


def dot_joined(folded: str) -> bool:
    """Two words of two characters joined by a dot ("证券·市场", "楼市·理财"): a column's name
    on a page that has columns, a kicker's ("聚焦·两会") on one that has none."""
    core = folded.strip()
    return len(core) == 5 and core[2] in "·•" and all(
        "\u4e00" <= ch <= "\u9fff" for ch in core[:2] + core[3:])


def is_digest_title(text: str) -> bool:
    return is_digest_title_folded(fold(text))


def is_digest_title_folded(folded: str) -> bool:
    """`is_digest_title` of a text folded already (the parser keeps every unit's folded)."""
    core = folded.strip().strip("【】[]〖〗■□◆◇●○▲△★☆◎ ")
    return 2 <= len(core) <= 8 and core.endswith(DIGEST_WORDS)


def jump_page(text: str) -> str | None:
    match = JUMP_PAGE.search(text)
    return _arabic(match.group(1)) if match else None


_CN_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")}


def _arabic(value: str) -> str:
    if value.isdigit():
        return str(int(value))
    if value == "十":
        return "10"
    if value.startswith("十"):
        return str(10 + _CN_DIGITS.get(value[1:], 0))
    if "十" in value:
        tens, _, ones = value.partition("十")
        return str(_CN_DIGITS.get(tens, 0) * 10 + _CN_DIGITS.get(ones, 0))
    return str(_CN_DIGITS.get(value, 0))

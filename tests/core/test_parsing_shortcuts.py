"""The parser's quick ways of asking a question give the plain way's answer.

Each speed-up that replaces a loop in Python by a pass in C, or skips work that cannot
change the answer, is checked here against the plain definition it stands for.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from editor.core.edits import join_text
from editor.core.generate import generate_text
from editor.core.model import Article, Edition
from editor.core.parsing import parse_edition, patterns, segment, shapes
from editor.core.reading import decode, source_from_text
from tests.core.test_extraction_styles import STYLES

ROOT = Path(__file__).parents[2]


def _mixed_texts(count: int) -> list[str]:
    """Texts of traditional, simplified and other characters, white space and marks."""
    rng = random.Random(7)
    alphabet = (patterns._TRADITIONAL[:80] + patterns._SIMPLIFIED[:80] + "abcXYZ 12　。，“”—…·\t"
                + "".join(chr(c) for c in range(0x4E00, 0x4E40)) + "\u3400\uf900\U00020000")
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(count)
    ]


def test_folded_count_counts_the_characters_fold_changes():
    for text in [*_mixed_texts(400), patterns._TRADITIONAL, patterns._SIMPLIFIED, ""]:
        changed = sum(1 for a, b in zip(text, patterns.fold(text), strict=True) if a != b)
        assert patterns.folded_count(text) == changed


def _plain_wrap_width(lines) -> int | None:
    """`wrap_width` as first written: every line's display width measured."""
    widths_of = [patterns.display_width(text) for _, _, text, _, _, _, _ in lines]
    if len(lines) < 6:
        return None
    widths = Counter(w + indent for w, (_, _, _, _, _, indent, ends) in zip(widths_of, lines,
                                                                           strict=True)
                     if w >= 16 and not ends)
    if not widths:
        return None
    best, best_count = None, 0
    for width in widths:
        count = sum(widths.get(w, 0) for w in range(width - 2, width + 1))
        if count > best_count or (count == best_count and best is not None and width > best):
            best, best_count = width, count
    long_lines = sum(1 for w in widths_of if w >= 16)
    if best is None or best_count < 4 or best_count < 0.35 * long_lines:
        return None
    if sum(1 for w in widths_of if w > best + 4) > 0.25 * len(lines):
        return None
    return best


def _page_texts() -> list[str]:
    texts = [generate_text(40, seed=seed) for seed in (1, 2, 3)]
    return texts + [style(text) for text in texts for style in STYLES]


def _random_lines(seed: int, alphabet: str, longest: int) -> list[str]:
    """20,000 random lines of up to `longest` characters of `alphabet`, then every line of
    the generated pages."""
    rng = random.Random(seed)
    lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))
             for _ in range(20000)]
    return lines + [line for text in _page_texts() for line in text.split("\n")]


def test_a_line_measured_late_has_its_display_width():
    for text in _page_texts():
        for _, _, line, _, width, _, _ in segment._lines(text):
            assert segment._width(line, width) == patterns.display_width(line)


def test_the_wrap_width_is_the_one_every_line_measured_gives():
    found = set()
    for text in _page_texts():
        width = segment.wrap_width(segment._lines(text))
        assert width == _plain_wrap_width(segment._lines(text))
        found.add(width)
    assert None in found and len(found) > 1  # both kinds of page were read


def test_the_wrap_width_of_pages_mixing_wrapped_and_whole_lines_is_the_plain_one():
    # Pages near the bounds: wrapped lines of one width among whole paragraphs and short
    # lines, so that `wrap_width` stops counting long lines early, late or never.
    rng = random.Random(23)
    found = set()
    for _ in range(1500):
        cut = rng.randint(10, 30)
        lines = []
        for _ in range(rng.randint(4, 60)):
            kind = rng.random()
            if kind < 0.4:  # a wrapped line, cut mid-sentence within a cell of the width
                lines.append("中" * (cut // 2) + "a" * rng.randint(0, 2) + "，")
            elif kind < 0.7:  # a whole paragraph
                lines.append("文" * rng.randint(8, 60) + "。")
            else:  # a title or a line of narrow characters
                lines.append(rng.choice("题“”—a1 ") * rng.randint(1, 30))
        text = "\n".join(lines)
        width = segment.wrap_width(segment._lines(text))
        assert width == _plain_wrap_width(segment._lines(text)), text
        found.add(width)
    assert None in found and len(found) > 5


def test_the_page_code_is_found_where_the_plain_pattern_finds_it():
    # As first written, the look-behind before the capital: tried at every position.
    plain = re.compile(r"(?<![A-Za-z\d])[A-H]\d{1,2}(?=\s)")
    texts = _random_lines(11, "ABCHIZab019 \t\u3000月周版x。", 14)
    found = 0
    for text in texts:
        expected = plain.search(text)
        match = segment._PAGE_CODE.search(text)
        assert (match and match.span()) == (expected and expected.span()), text
        found += expected is not None
    assert found > 100


def test_a_printable_text_without_a_space_holds_no_white_space():
    # `read_units` takes such a text's length as its visible length.
    for code in range(0x110000):
        ch = chr(code)
        if ch.isspace():
            assert ch == " " or not ch.isprintable(), hex(code)


def test_units_are_read_as_the_plain_definitions_read_them():
    traditional = (ROOT / "tests" / "fixtures" / "editions" / "big5_trad.txt").read_bytes()
    texts = [*_page_texts(), decode(traditional, "big5_trad.txt").text]
    texts.append(texts[0] + "\n\n" + texts[-1] + "\n\n" + texts[1])  # folding comes and goes
    texts += _mixed_texts(300)
    folded_somewhere = False
    for text in texts:
        items = segment.segment(text, 0)
        shapes.read_units(items, text)
        for item in items:
            folded = patterns.fold(item.text)
            assert item.folded == folded
            assert item.length == patterns.visible_len(item.text)
            assert item.dated == (patterns.DATELINE.match_folded(folded) is not None)
            assert item.shape is shapes.shape_of(item.text)
            assert item.first == folded.lstrip()[:1]
            folded_somewhere |= folded != item.text
    assert folded_somewhere


def test_units_ending_in_white_space_segment_leaves_are_read_as_the_plain_definitions():
    # `read_units` reads a unit's first and last characters by index, and strips only
    # where one is white space: `segment` strips a line's spaces, not every white space.
    rng = random.Random(29)
    spaces = ["\x85", "\u2003", "\x1c", "\r", "\u2028", "\u205f", " \x85", "\u3000\r"]
    words = ["标题", "，", "。", "本报讯", "记者 张明", "（下转第2版）", "图为", "责任编辑：王方",
             "榆州晚报", "□ 李清", "摄", "“", "”", "a", "1"]
    lines = [
        "".join(rng.choice(spaces) for _ in range(rng.randint(0, 2)))
        + "".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        + "".join(rng.choice(spaces) for _ in range(rng.randint(0, 2)))
        for _ in range(4000)
    ]
    text = "\n".join(lines)
    items = segment.segment(text, 0)
    shapes.read_units(items, text)
    stripped = 0
    for item in items:
        assert item.first == item.folded.lstrip()[:1], item.text
        assert item.shape is shapes.shape_of(item.text), item.text
        stripped += item.text != item.text.strip()
    assert stripped > 1000


def test_a_list_line_is_found_where_the_result_pattern_as_first_written_finds_one():
    # As first written: each figure's branch apart, one search for the whole pattern.
    plain = re.compile(r"[:：].*\d|\d.*[:：]|\d+[米秒分]\d*|第[一二三四五六七八九十\d]+名"
                       r"|\s[+\-－]?\d+(?:\.\d+)?%|\d+(?:\.\d+)?点\s")
    texts = _random_lines(13, "0123456789:：米秒分点名第一十.%+-－ \t\n\u3000a中◆", 16)
    found = 0
    for text in texts:
        expected = plain.search(text) is not None
        assert (patterns.RESULT_LINE.pattern.search(text) is not None) == expected, text
        bulleted = patterns.BULLET.match(text) is not None
        assert shapes._is_list_line(text, text.lstrip()[:1]) == (expected or bulleted), text
        found += expected
    assert found > 1000


def test_a_line_cut_in_pieces_holds_a_mark_the_line_reader_looks_for():
    # `_lines` tries `_pieces` only on a line holding one of `_CUT_MARKS`.
    rng = random.Random(17)
    words = ["2026年3月1日", "星期一", "周五", "第2版", "A12", "B3", "H7", "版", "页", " ",
             "\u3000", "　　", "要闻", "全县秋粮收购工作全面启动", "（转第2版）", "（接第1版）",
             "。", "，", "x"]
    lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    lines += [line.strip() for text in _page_texts() for line in text.split("\n") if line.strip()]
    cut = by_code = 0
    for line in lines:
        if segment._pieces(line) is not None:
            assert any(mark in line for mark in segment._CUT_MARKS), line
            cut += 1
            by_code += "版" not in line and "页" not in line
    assert cut > 100 and by_code > 10  # headers with a page code alone were cut too


def _plain_stands_alone(text: str, after_cut: bool = False) -> bool:
    """Whether a line never continues a wrapped paragraph, as first written: every pattern
    asked of every line."""
    match = patterns.DATELINE.match(text)
    return bool(
        patterns.JUMP.match(text)
        or patterns.NOTE_LABEL.fullmatch(text)
        or (match is not None and not text[match.end():].strip())
        or (not after_cut and (patterns.BYLINE_LINE.match(text)
                               or patterns.CREDIT_LINE.match(text)))
        or (patterns.FURNITURE.search(text) and len(text) <= 60 and "。" not in text)
    )


def test_a_wrapped_line_is_read_as_the_plain_definitions_read_it():
    rng = random.Random(19)
    words = ["本报讯", "（记者 张明）", "记者 王方 摄", "□ 李清", "（下转第2版）", "编者按",
             "图为", "责任编辑：王方", "榆州晚报", "11月3日电", "　", " ", "  ", "。", "，", "報",
             "明天：小雨　-1℃～5℃", "▲白果乡　", "新华社北京3月1日电", "文/本报记者 周航"]
    lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 5))) for _ in range(6000)]
    lines += [line.strip() for text in _page_texts() for line in text.split("\n") if line.strip()]
    plain_row = re.compile(r"\S(?:\u3000+| {2,})(?=\S)")
    for line in lines:
        assert segment._alone(line) == _plain_stands_alone(line, after_cut=True), line
        assert (segment._alone(line) or segment._signed(line)) == _plain_stands_alone(line), line
        assert segment._opens_unit(line) == bool(
            patterns.CAPTION_START.match(line) or patterns.DATELINE.match(line)), line
        cut = segment._BRACKETED.sub("", segment._RUN_IN_LEAD.sub("", line))
        gaps = len(plain_row.findall(cut))
        assert segment._table_row(line) == (gaps >= 2 or (gaps == 1 and "。" not in line)), line
    credits = 0
    for last, line in zip(lines, lines[1:], strict=False):
        plain = not patterns.ends_sentence(last) and bool(
            patterns.TRAILING_CREDIT.search(join_text(last, line)))
        assert segment._credit_wrapped(last, line) == plain, (last, line)
        credits += plain
    assert credits > 100


def _plain_register_article(edition: Edition, article: Article, section_id: int) -> None:
    """`Edition._register_article` as first written: `_register_block` for every block."""
    edition._changes += 1
    edition._arrived_at.pop(article.id, None)
    edition._arrived_at[article.id] = edition._changes
    edition._articles[article.id] = article
    edition._article_home[article.id] = section_id
    edition._next_id = max(edition._next_id, article.id + 1)
    for block in article.blocks:
        edition._register_block(block, ("article", article.id))


def _index(edition: Edition) -> tuple:
    """The edition's indexes, in their order, by ids (the blocks are the tree's)."""
    return (
        [(i, block.id) for i, block in edition._blocks.items()],
        list(edition._block_home.items()),
        [(i, article.id) for i, article in edition._articles.items()],
        list(edition._article_home.items()),
        list(edition._arrived_at.items()),
        edition._changes,
        edition._next_id,
    )


def test_the_parsed_editions_index_is_the_one_block_by_block_registration_gives(monkeypatch):
    texts = [*_page_texts(), generate_text(300, seed=4)]
    fast = [_index(parse_edition([source_from_text(text)])) for text in texts]
    monkeypatch.setattr(Edition, "_register_article", _plain_register_article)
    plain = [_index(parse_edition([source_from_text(text)])) for text in texts]
    assert fast == plain
    # And over a tree put together by hand, as a loaded project is (ids not reserved), with
    # and without the page furniture (whose blocks hold the last ids of a generated page).
    rebuilt = [_index(_by_hand(text, kept)) for text in texts for kept in (True, False)]
    monkeypatch.undo()
    assert [_index(_by_hand(text, kept)) for text in texts for kept in (True, False)] == rebuilt


def _by_hand(text: str, furniture: bool) -> Edition:
    parsed = parse_edition([source_from_text(text)])
    edition = Edition(parsed.sources)
    edition.sections = parsed.sections
    edition.furniture = parsed.furniture if furniture else []
    edition.rebuild_index()
    return edition


def test_a_dash_line_opens_with_a_first_character_the_title_pass_looks_for():
    # `refine` asks a title for a dash only where its first printed character is one of
    # `_DASH_FIRST`: every dash opens with one, and folding neither makes nor changes one.
    assert all(dash[0] in shapes._DASH_FIRST for dash in shapes._DASHES)
    for ch in shapes._DASH_FIRST:
        assert patterns.fold(ch) == ch and ch not in patterns._SIMPLIFIED
    rng = random.Random(31)
    words = ["——", "—", "──", "－－", "--", "―", "－", "-", "─", "标题", "記者", " ", "\u3000",
             "\u2003", "“", "a"]
    lines = ["".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(6000)]
    texts = [*_page_texts(), "\n".join(lines)]
    dashed = 0
    for text in texts:
        items = segment.segment(text, 0)
        shapes.read_units(items, text)
        for item in items:
            plain = item.text.strip().startswith(shapes._DASHES)
            assert (item.first in shapes._DASH_FIRST and plain) == plain, item.text
            assert shapes.is_dash_line(item.text) == plain, item.text
            dashed += plain
    assert dashed > 1000


def _plain_contacts_and_pointers(items: list[shapes.Item]) -> list[int]:
    """As first written: the contact lines' pass, then the pointers' own pass."""
    furniture = shapes.Shapes.FURNITURE
    for i, item in enumerate(items):
        if item.length <= 40 and item.shape is not furniture and \
                patterns.CONTACT.match(item.text) and any(
                    other.shape is furniture for other in items[max(0, i - 1):i + 2]):
            item.shape = furniture
    return [i for i, item in enumerate(items)
            if item.length <= 12 and patterns.POINTER.search(item.text)]


def test_contact_lines_and_pointers_found_in_one_pass_are_those_two_passes_find():
    rng = random.Random(37)
    texts = ["新闻热线：0512-1234567", "爆料微信：ylwb2026", "▶详见第3版", "详见第12版",
             "见A3版）", "▶ 详 见 第 3 版", "第2版", "要闻", "本报记者 张明",
             "这是一段很长的正文，" * 5 + "。", "咨询电话：12345", "标题党与热线電話：123",
             "更多内容详见第3版", "▶▶ 详见第十二版）", "本报今日还有更多精彩内容详见第3版",
             "新闻热线：0512-12345678，0512-87654321", "广告热线：" + "1" * 40,
             # at the bounds: pointers of 12 and 13 characters, contact lines of 40 and 41
             "更多精彩内容请详见第3版", "日更多精彩内容请详见第3版",
             "新闻热线：" + "2" * 35, "新闻热线：" + "2" * 36]
    pool = [shapes.Shapes.FURNITURE, shapes.Shapes.TITLE, shapes.Shapes.BODY,
            shapes.Shapes.BYLINE]
    found = contacts = 0
    for _ in range(3000):
        lines = [rng.choice(texts) for _ in range(rng.randint(1, 12))]
        shaped = [rng.choice(pool) for _ in lines]
        fast, plain = ([
            shapes.Item(text, [], shape=shape, folded=patterns.fold(text),
                        length=patterns.visible_len(text))
            for text, shape in zip(lines, shaped, strict=True)
        ] for _ in range(2))
        assert shapes._contacts_and_pointers(fast) == _plain_contacts_and_pointers(plain)
        assert [item.shape for item in fast] == [item.shape for item in plain], lines
        found += bool(_plain_contacts_and_pointers(plain))
        contacts += sum(a is not b for a, b in zip(shaped, [i.shape for i in plain],
                                                    strict=True))
    assert found > 1000 and contacts > 500

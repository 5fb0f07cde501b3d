"""Patterns rewritten to compile sooner match exactly what they matched as first written.

Every Han class costs the regex compiler about a millisecond (it walks each code point of
a range), in every process at start-up; so some patterns were rewritten to hold fewer. The
patterns as first written are kept here, the references: old and new must agree (match or
no match, span, every group) under `match`, `search` and `fullmatch`, on every line of the
editions the tests read, lines of generated editions, and strings drawn from each pattern's
own literal characters and words, brackets, punctuation, spaces, digits and Latin letters.
"""

from __future__ import annotations

import random
import re
import re._constants as sre  # the regex compiler's own parser (Python 3.11+)
import re._parser as sre_parse
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.export import common
from editor.core.generate import generate_text
from editor.core.parsing import patterns
from editor.core.pipeline import read_sources
from tests.core.editions import fixture_cases, sample_case

# The references: the parts and patterns as first written.
_HAN_RANGE = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN = f"[{_HAN_RANGE}]"
NAME = rf"[{_HAN_RANGE}·•]{{2,5}}"
NAMES = rf"{NAME}(?:[\s、，,]+{NAME})*"
PADDED_NAME = rf"[{_HAN_RANGE}·•][ \u3000]?[{_HAN_RANGE}·•]{{1,4}}"  # added with the padded names
PADDED_NAMES = rf"{PADDED_NAME}(?:[\s、，,]+{PADDED_NAME})*"
REPORTER = rf"(?:(?:本报|本刊|晚报|本台|本网|新华社|中新社|人民日报|央视|[{_HAN_RANGE}]{{2,6}}(?:社|台|网))?" \
    rf"(?:全媒体|融媒体?)?(?:特约|特派|见习|实习|首席|驻[{_HAN_RANGE}]{{1,6}})?(?:记者|通讯员|摄影记者|评论员|特约撰稿人?|撰稿人|主持人|实习生))"

BYLINE_LINE = (
    rf"^\s*[□■◎●○◆◇▲△★☆]?\s*(?:"
    rf"(?:{REPORTER}\s*[:：]?\s*{PADDED_NAMES}\s*)+(?:报道|采写|整理|文/?图|文图)?"
    rf"(?:\s*发自\s*{NAME})?"  # 本报特派记者 张三 发自北京
    rf"|{NAME}\s*[/／]\s*[{_HAN_RANGE}]{{2,6}}报[导道]"  # added with Taiwan bylines
    rf"|(?:文|图|文图|文·图|图文|撰文|摄影|口述|整理)\s*[/／|:：]\s*{NAMES}"
    rf"(?:\s+(?:文|图|摄影|整理|采写|撰文)\s*[/／|:：]\s*(?:(?:本报|本刊)?(?:记者|通讯员|实习生)\s*)?{NAMES})*"  # widened with 口述/整理
    rf"|[（(]\s*(?:文|图文|文图)\s*[/／:：]\s*{NAMES}(?:\s+(?:图|摄影)\s*[/／:：]\s*{NAMES})*\s*[)）]"
    rf"|[（(]\s*作者(?:系|为|单位|是)[^（()）]{{1,60}}[)）]"
    rf"|[（(]\s*本[报刊]综合[^（()）]{{0,30}}?(?:报道|消息)\s*[)）]"  # （本报综合新华社、路透社报道）
    rf"|[（(]\s*(?:{REPORTER}\s*[:：]?\s*{NAMES}\s*)+(?:报道|采写|整理)?\s*[)）]"
    rf"|[【\[]\s*(?:{REPORTER}\s*[:：]?\s*{NAMES}\s*)+(?:报道|采写|整理)?\s*[】\]]"
    rf"|[【\[]\s*(?:文|图文|文图)\s*[/／:：]\s*{NAMES}(?:\s+(?:图|摄影)\s*[/／:：]\s*{NAMES})*\s*[】\]]"
    rf"|{REPORTER}"
    rf")\s*$"
)
CREDIT_LINE = (
    rf"^\s*(?:"
    rf"(?:{REPORTER}\s*)?{PADDED_NAMES}\s*[/／]?\s*摄影?"
    rf"|摄影\s*[:：／/]?\s*{NAMES}"
    rf"|[（(]\s*(?:{REPORTER}\s*)?{NAMES}\s*摄影?\s*[)）]"
    rf"|[（(]\s*摄影\s*[:：]\s*{NAMES}\s*[)）]"
    rf"|(?:新华社|中新社|[{_HAN_RANGE}]{{2,6}}社)发\s*[（(][^（()）]{{1,24}}[)）]"
    rf"|(?:新华社|中新社)\s*[/／]\s*[{_HAN_RANGE}]{{2,4}}社?"  # a foreign agency's photo ("新华社/法新")
    rf"|[（(]?\s*{_HAN}{{1,12}}供图\s*[)）]?"  # 受访者供图, 市消防救援支队供图
    rf"|(?:图|图片|照片)\s*[/／:：]\s*[^\s/／:：]{{1,16}}提供"  # added with Taiwan credits
    rf"|(?:本版|本组|本页|以上|文中)?(?:图片|照片)(?:均|皆)?由\s*(?:{REPORTER}\s*)?{NAMES}\s*(?:摄影?|提供)"
    rf"|{PADDED_NAMES}(?:\s+|\s*[/／]\s*)(?:作|绘)"  # a cartoon's or a drawing's author ("邝小禾 作")
    rf"|[（(]?\s*(?:新华社|中新社|[{_HAN_RANGE}]{{2,6}}社)?\s*(?:发|供图|资料图片?|图片来源[:：]\S+)\s*[)）]?"
    rf"|{REPORTER}\s*{PADDED_NAMES}"
    rf"|(?:制图|绘图|漫画|图表|设计|图片|图)\s*[:：/／]\s*{NAMES}"
    # A chart's source and who drew it ("数据来源：省统计局　制图：张三"), either first.
    rf"|(?:数据|资料)来源\s*[:：]\s*[^\s:：]+(?:\s+(?:制图|绘图|设计)\s*[:：/／]\s*[^\s:：]{{2,8}})?"
    rf"|(?:制图|绘图|设计)\s*[:：/／]\s*[^\s:：]{{2,8}}\s+(?:数据|资料)来源\s*[:：]\s*[^\s:：]+"
    rf")\s*$"
)
TRAILING_CREDIT = (
    rf"(?<=[。！？!?”」）)])\s*("
    rf"(?:新华社|中新社|[{_HAN_RANGE}]{{2,6}}社)发\s*[（(][^（()）]{{1,24}}[)）]|"
    rf"(?:新华社|中新社)\s*[/／]\s*[{_HAN_RANGE}]{{2,4}}社?|"  # a foreign agency's photo ("新华社/法新")
    rf"(?:{REPORTER}\s*)?{PADDED_NAMES}\s*[/／]?\s*摄影?"
    rf"|{REPORTER}\s*{PADDED_NAMES}"
    rf"|[（(]\s*(?:摄影\s*[:：]\s*)?(?:{REPORTER}\s*)?{NAMES}\s*(?:摄影?)?\s*[)）]"
    rf")\s*$"
)
XML_INVALID = "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"

# name → (reference, the pattern in use)
REWRITTEN = {
    "BYLINE_LINE": (BYLINE_LINE, patterns.BYLINE_LINE.pattern),
    "CREDIT_LINE": (CREDIT_LINE, patterns.CREDIT_LINE.pattern),
    "TRAILING_CREDIT": (TRAILING_CREDIT, patterns.TRAILING_CREDIT.pattern),
}


def _answers(pattern: re.Pattern[str], text: str) -> list:
    """What `match`, `search` and `fullmatch` say of the text: span and every group's span."""
    out = []
    for ask in (pattern.match, pattern.search, pattern.fullmatch):
        found = ask(text)
        out.append(None if found is None else
                   [found.span(i) for i in range(pattern.groups + 1)])
    return out


def _agree(name: str, text: str) -> bool:
    reference, rewritten = REWRITTEN[name]
    old = re.compile(reference)
    return old.groups == rewritten.groups and all(
        _answers(old, t) == _answers(rewritten, t) for t in (text, patterns.fold(text)))


@cache
def _corpus() -> tuple[str, ...]:
    """Every line of the fixture editions, the sample and generated editions, each line
    also joined to the next (as a hard-wrapped paragraph is)."""
    texts = [source.text for case in [*fixture_cases(), sample_case()]
             for source in read_sources(list(case.pages))]
    texts += [generate_text(300, seed=seed) for seed in (1, 2, 3)]
    lines: list[str] = []
    for text in texts:
        page = text.split("\n")
        lines += page
        lines += [a + b for a, b in zip(page, page[1:], strict=False)]
    return tuple(dict.fromkeys(lines))


def test_the_corpus_is_large():
    assert len(_corpus()) > 3000


@pytest.mark.parametrize("name", sorted(REWRITTEN))
def test_the_rewrite_agrees_on_every_line_of_the_editions(name):
    reference, rewritten = REWRITTEN[name]
    old = re.compile(reference)
    assert old.groups == rewritten.groups
    matched = 0
    for line in _corpus():
        for text in (line, patterns.fold(line)):
            answers = _answers(old, text)
            assert answers == _answers(rewritten, text), text
            matched += answers[1] is not None
    assert matched >= 20  # the lines exercise the pattern, not only its failures


def _literals(items) -> tuple[set[str], set[str]]:
    """The characters a parsed pattern names (literals, members of small classes) and its
    literal words (runs of two or more literals)."""
    chars: set[str] = set()
    words: set[str] = set()
    run = ""
    for op, value in items:
        if op is sre.LITERAL:
            chars.add(chr(value))
            run += chr(value)
            continue
        if len(run) > 1:
            words.add(run)
        run = ""
        if op is sre.IN:
            members = [m for kind, m in value if kind is sre.LITERAL]
            ranges = [m for kind, m in value if kind is sre.RANGE and m[1] - m[0] < 64]
            chars.update(map(chr, members))
            chars.update(chr(c) for low, high in ranges for c in range(low, high + 1))
            continue
        inner = []
        if op is sre.SUBPATTERN:
            inner = [value[-1]]
        elif op is sre.BRANCH:
            inner = value[1]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner = [value[2]]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            inner = [value[1]]
        for sub in inner:
            more_chars, more_words = _literals(list(sub))
            chars |= more_chars
            words |= more_words
    if len(run) > 1:
        words.add(run)
    return chars, words


_COMMON = list("张三李四王五赵钱孙北京社报道") + ["\U00020001", "\u3400", "\uf900"] + list(
    "（()）【】[]〔〕「」“”。！？!?，、,：:;/／|·•-—") + [" ", "\u3000", "\t", "\n"] + list("07Az")


@cache
def _pieces(reference: str) -> tuple[list[str], list[str]]:
    """A pattern's own characters with the common ones, and its literal words."""
    chars, words = _literals(list(sre_parse.parse(reference)))
    return sorted(chars | set(_COMMON)), sorted(words)


@cache
def _texts(name: str) -> st.SearchStrategy[str]:
    chars, words = _pieces(REWRITTEN[name][0])
    return st.lists(st.sampled_from(chars) | st.sampled_from(words), max_size=16).map("".join)


@cache
def _shapes(name: str) -> list[str]:
    """Lines of the editions the reference matches (searched), and its literal words."""
    reference = re.compile(REWRITTEN[name][0])
    found = [line for line in map(patterns.fold, _corpus()) if reference.search(line)]
    return sorted(set(found[:400]) | set(_pieces(REWRITTEN[name][0])[1]))


_MARKS = "（()）【】[]〔〕 \u3000\n"


def _edit(text: str, edits: list[tuple[int, int, str]]) -> str:
    """The text with characters inserted, replaced or deleted (edits: where, how, what)."""
    for where, how, char in edits:
        at = where % (len(text) + 1)
        text = text[:at] + (char if how else "") + text[at + (how != 1):]
    return text


@cache
def _near_misses(name: str) -> st.SearchStrategy[str]:
    """A line of a pattern's shape, edited a little: brackets of the other kind, a word
    or mark more or less, another character (the shapes' near misses)."""
    chars, words = _pieces(REWRITTEN[name][0])
    marks = st.sampled_from(chars) | st.sampled_from(_MARKS)  # brackets and spaces half the time
    edit = st.tuples(st.integers(0, 80), st.integers(0, 2), marks)
    pieces = st.lists(st.sampled_from(chars) | st.sampled_from(words), max_size=3).map("".join)
    return st.builds(lambda a, b, c, edits: _edit(a + b + c, edits), pieces,
                     st.sampled_from(_shapes(name)), pieces, st.lists(edit, max_size=4))


@pytest.mark.parametrize("name", sorted(REWRITTEN))
@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_the_rewrite_agrees_on_strings_drawn_from_its_own_characters(name, data):
    text = data.draw(_texts(name))
    assert _agree(name, text), text


@pytest.mark.parametrize("name", sorted(REWRITTEN))
@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_the_rewrite_agrees_near_its_matches(name, data):
    text = data.draw(_near_misses(name))
    assert _agree(name, text), text


@pytest.mark.parametrize("name", sorted(REWRITTEN))
def test_the_rewrite_agrees_on_many_strings_of_its_own_words(name):
    """Many more strings, seeded: words and characters of the pattern, and lines of its
    shape edited a little. Enough of them match for every branch's shapes to be tried."""
    chars, words = _pieces(REWRITTEN[name][0])
    shapes = _shapes(name)
    rng = random.Random(1)
    pieces = chars + words * 3
    matched = 0
    for _ in range(15000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 8)))
        edits = [(rng.randrange(80), rng.randrange(3), rng.choice(rng.choice((chars, _MARKS))))
                 for _ in range(rng.randint(1, 3))]
        near = _edit(rng.choice(shapes), edits)
        for drawn in (text, near):
            assert _agree(name, drawn), drawn
            matched += re.search(REWRITTEN[name][0], drawn) is not None
    assert matched >= 500


def test_the_invalid_xml_characters_are_the_ones_first_written():
    everything = "".join(map(chr, range(0x110000)))
    assert re.findall(XML_INVALID, everything) == common._XML_INVALID.findall(everything)


# `patterns.unpad_names` as first written, a pattern (three Han classes to compile).
_PADDING = re.compile(
    r"(?<![\u3400-\u9fff])([\u3400-\u9fff])[ \u3000]([\u3400-\u9fff]{1,2})(?![\u3400-\u9fff])")


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["王", "芳", "邹晓静", "记者", " ", "\u3000", "  ", "摄", "a",
                                 "·", "（", "）", "1", "𠀋"]), max_size=14).map("".join))
def test_unpad_names_is_the_pattern_it_replaced(text):
    assert patterns.unpad_names(text) == _PADDING.sub(r"\1\2", text)


def test_unpad_names_on_every_line_of_the_editions():
    for line in _corpus():
        assert patterns.unpad_names(line) == _PADDING.sub(r"\1\2", line), line

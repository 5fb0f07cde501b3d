"""Fuzzing the reader and the parser with random bytes and damaged real editions.

Whatever comes in, the only exception that escapes is InputError, and every non-whitespace
character that was read is in the model, after parsing and after auto-repair.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.model import Source, lost_characters
from editor.core.pipeline import build_edition
from editor.core.reading import InputError, decode

ROOT = Path(__file__).parents[2]
EDITIONS = sorted([*(ROOT / "resources" / "sample").glob("*.txt"),
                   *(ROOT / "tests" / "fixtures" / "editions").glob("*.txt")])
TEXTS = [decode(path.read_bytes(), path.name).text for path in EDITIONS]

# What layout and extraction put into editions, and what breaks rules: brackets and quotes
# of both widths, datelines, jump lines, bylines, labels, odd spaces and control characters.
PIECES = ["（", "）", "(", ")", "“", "”", "「", "」", "《", "》", "【", "】", "\n", "\n\n", " ",
          "\u3000", "\t", "\f", "\x0b", "\x1b", "\x07", "\u200b", "\xa0", "。", "，", "：", "？",
          "本报讯", "（下转第2版）", "（上接第1版）", "——", "□", "编者按", "图为", "摄",
          "本报记者 张明", "新华社北京3月1日电（记者 李清）", "相关链接", "责任编辑：王方",
          "第3版", "2026年3月1日", "a", "1"]

FUZZ = settings(max_examples=100, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def read_and_build(data: bytes) -> None:
    """Decode and build the edition with and without repair; check nothing was lost."""
    try:
        decoded = decode(data, "fuzz.txt")
    except InputError:
        return
    for repair in (False, True):
        try:
            edition = build_edition([Source("fuzz.txt", decoded.text)], repair=repair).edition
        except InputError:
            return
        assert not lost_characters(edition), (repair, decoded.text)


@st.composite
def damaged_edition(draw) -> str:
    """A real edition with a few random cuts, duplications, insertions and line shuffles."""
    text = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["cut", "repeat", "insert", "shuffle", "squeeze", "spread"]))
        i = draw(st.integers(0, len(text)))
        j = min(len(text), i + draw(st.integers(0, 300)))
        if op == "cut":
            text = text[:i] + text[j:]
        elif op == "repeat":
            text = text[:i] + text[i:j] * draw(st.integers(2, 4)) + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.sampled_from(PIECES)) * draw(st.integers(1, 4)) + text[i:]
        elif op == "shuffle":
            lines = text.split("\n")
            text = "\n".join(draw(st.permutations(lines)))
        elif op == "squeeze":
            text = text.replace("\n\n", "\n")
        else:
            text = text.replace("\n", "\n\n")
    return text


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    read_and_build(data)


@FUZZ
@given(damaged_edition(), st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-16-le"]))
def test_damaged_real_editions(text, encoding):
    read_and_build(text.encode(encoding))


@FUZZ
@given(damaged_edition(), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)),
                                   min_size=1, max_size=8))
def test_real_editions_with_damaged_bytes(text, flips):
    data = bytearray(text.encode("utf-8") or b"\n")
    for position, value in flips:
        data[position % len(data)] = value
    read_and_build(bytes(data))


@FUZZ
@given(st.lists(st.lists(st.sampled_from(PIECES + list("市区县政府会议召开本报日电")),
                         max_size=12).map("".join), min_size=1, max_size=40))
def test_lines_made_of_layout_pieces(lines):
    read_and_build("\n".join(lines).encode("utf-8"))


# Reading removes U+FEFF (a byte-order mark left inside the text by joining files), so text
# that comes through it never holds one; text handed to the parser directly may.
ANY_CHARACTER = st.characters(blacklist_characters="\ufeff\r", blacklist_categories=("Cs",))


@FUZZ
@given(st.lists(st.text(ANY_CHARACTER, max_size=40), min_size=1, max_size=20))
def test_any_text_handed_to_the_parser(lines):
    text = "\n".join(lines)
    for repair in (False, True):
        edition = build_edition([Source("any.txt", text)], repair=repair).edition
        assert not lost_characters(edition)


def test_byte_order_mark_inside_a_source_built_in_memory():
    edition = build_edition([Source("a.txt", "\ufeff本报讯 市里开会。\n")], repair=False).edition
    assert not lost_characters(edition)

"""A layout-keeping extraction (columns side by side on each line) is said, not silently mixed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from editor.core.pipeline import load_edition, notices
from editor.core.reading import read_source, side_by_side
from tests.core.editions import fixture_cases, sample_case

ROOT = Path(__file__).resolve().parents[2]
LAYOUT = ROOT / "tests" / "fixtures" / "layouts" / "two_columns_side_by_side.txt"


def test_columns_on_each_line_are_noticed():
    assert side_by_side(read_source(LAYOUT).text)
    assert side_by_side(read_source(LAYOUT.with_name("three_columns_side_by_side.txt")).text)
    loaded = load_edition([LAYOUT])
    assert [n.code for n in loaded.notices] == ["side_by_side"]
    assert "pdftotext -layout" in loaded.notices[0].message
    assert load_edition([LAYOUT], repair=False).notices == loaded.notices


def test_no_edition_of_the_fixtures_is_taken_for_one():
    # Results tables, headers set out with spaces, letter-spaced titles: none of them.
    for case in [sample_case(), *fixture_cases()]:
        sources = [read_source(page) for page in case.pages]
        assert notices(sources) == [], case.name


def test_a_table_of_results_is_no_second_column():
    rows = [f"男子{n}00米决赛：邬晨阳（市第一中学）     {n}分0{n}秒" for n in range(1, 9)]
    assert not side_by_side("\n".join(rows))


def test_the_command_line_warns_and_still_exports(tmp_path):
    for command in (["check", str(LAYOUT)],
                    ["export", str(LAYOUT), "-o", str(tmp_path / "out.json")]):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), *command],
                              capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        warnings = [line for line in done.stderr.splitlines() if "warning:" in line]
        assert len(warnings) == 1 and "columns side by side" in warnings[0]
        assert "Traceback" not in done.stderr
    assert (tmp_path / "out.json").is_file()


def _plain_side_by_side(text: str) -> bool:
    """`side_by_side` as first written: every line read, no shortcut."""
    from editor.core.reading import _GAP, _HAN, _PROSE_MARKS

    lines = [line.strip() for line in text.split("\n")]
    long = [line for line in lines if len(_HAN.findall(line)) >= 8]
    if len(long) < 6:
        return False
    split = 0
    for line in long:
        prose = [piece for piece in _GAP.split(line) if len(_HAN.findall(piece)) >= 4]
        if len(prose) >= 2 and any(_PROSE_MARKS.search(piece) for piece in prose):
            split += 1
    return split * 2 >= len(long)


def test_the_quick_reading_says_what_the_plain_one_says():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(["字", "字字字字", "字字字字字字字字，", "。", " ", "   ", "\u3000",
                              "\u3000\u3000", " \u3000", "\n", "\n\n", "a", "12"])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(pieces, max_size=80).map("".join))
    def agree(text):
        assert side_by_side(text) == _plain_side_by_side(text)

    agree()
    for path in LAYOUT.parent.iterdir():
        text = read_source(path).text
        assert side_by_side(text) == _plain_side_by_side(text) is True
        # The gaps written in mixed spaces only (" 　 　"), with no three spaces in a row.
        mixed = re.sub(r" {3,}", lambda m: " \u3000" * (len(m.group()) // 3 + 2), text)
        assert "   " not in mixed and "\u3000\u3000" not in mixed
        assert side_by_side(mixed) == _plain_side_by_side(mixed) is True

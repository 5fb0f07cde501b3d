"""A layout-keeping extraction (two columns on each line) is said, not silently mixed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.core.pipeline import load_edition, notices
from editor.core.reading import read_source, side_by_side
from tests.core.editions import fixture_cases, sample_case

ROOT = Path(__file__).resolve().parents[2]
LAYOUT = ROOT / "tests" / "fixtures" / "layouts" / "two_columns_side_by_side.txt"


def test_two_columns_on_each_line_are_noticed():
    assert side_by_side(read_source(LAYOUT).text)
    loaded = load_edition([LAYOUT])
    assert [n.code for n in loaded.notices] == ["side_by_side"]
    assert "pdftotext -layout" in loaded.notices[0].message
    assert load_edition([LAYOUT], repair=False).notices == loaded.notices


def test_no_edition_of_the_fixtures_is_taken_for_one():
    # Results tables, headers set out with spaces, letter-spaced titles: none is two columns.
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
        assert len(warnings) == 1 and "two columns side by side" in warnings[0]
        assert "Traceback" not in done.stderr
    assert (tmp_path / "out.json").is_file()

"""`check` lists repairs and open findings, as a report or as JSON, and refuses bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from editor.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGE = (
    "老街焕新\n\n本报讯（记者 秦川）老街改造工程完工。街道两侧新增了座椅、绿化和\n\n"
    "照明设施，居民出行更方便。\n\n本报记者 秦川\n\n"
    "居民说，改造后出门散步的人多了。\n"
)


def test_check_json_lists_applied_repairs_and_open_findings(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["check", str(page), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    kinds = {(r["kind"], r["applied"]) for r in rows}
    assert ("split_paragraph", True) in kinds
    assert ("dateline_in_paragraph", True) in kinds
    for row in rows:
        assert {"kind", "confidence", "explanation", "applied", "location"} <= row.keys()
        assert 0 <= row["confidence"] <= 1
        assert all(loc["file"] == "page.txt" and loc["line"] >= 1 for loc in row["location"])
    cut = next(r for r in rows if r["kind"] == "split_paragraph")
    assert [loc["line"] for loc in cut["location"]] == [3, 5]
    assert "绿化和" in cut["explanation"]


def test_check_report_for_a_terminal(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["check", str(page)]) == 0
    out = capsys.readouterr().out
    assert "repairs applied" in out and "Repaired automatically" in out
    assert "page.txt:3" in out


def test_check_bad_input_is_one_line_without_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = subprocess.run([sys.executable, "main.py", "check", str(empty)], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "empty" in run.stderr


def test_help_everywhere(capsys):
    for argv in (["--help"], ["check", "--help"], ["export", "--help"]):
        try:
            main(argv)
        except SystemExit as stop:
            assert stop.code == 0
    assert "check" in capsys.readouterr().out


def test_check_reads_a_saved_project(tmp_path, capsys):
    from editor.core.pipeline import build_edition
    from editor.core.project import save_project
    from editor.core.reading import source_from_text

    project = tmp_path / "edition.layout.json"
    edition = build_edition([source_from_text(PAGE, "page.txt")]).edition
    save_project(project, edition, ignored=[])
    assert main(["check", str(project), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    applied = [r for r in rows if r["applied"]]
    assert len(applied) == len(edition.repairs) > 0
    assert all(r["location"] for r in applied)

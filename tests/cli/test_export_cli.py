"""`export` on the command line: targets, options, batches in parallel, partial failure."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from editor.cli import main
from editor.cli.export_cmd import Progress

ROOT = Path(__file__).resolve().parents[2]
PAGE1 = ROOT / "resources" / "sample" / "page1.txt"
PAGE2 = ROOT / "resources" / "sample" / "page2.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "editions"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(["export", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_one_input_writes_the_file_named(tmp_path, capsys):
    target = tmp_path / "page1.json"
    code, out, err = run(capsys, PAGE1, "--format", "json", "-o", target)
    assert code == 0, err
    assert json.loads(target.read_text(encoding="utf-8"))["sections"]
    assert f"-> {target}" in out and "exported 1 of 1 editions, 1 file written" in out
    assert err == ""


def test_one_input_into_an_existing_folder(tmp_path, capsys):
    code, _, err = run(capsys, PAGE1, "--format", "md", "-o", tmp_path)
    assert code == 0, err
    assert (tmp_path / "page1.md").read_text(encoding="utf-8").startswith("# ")


def test_options_leave_fields_out(tmp_path, capsys):
    target = tmp_path / "out.json"
    code, _, _ = run(capsys, PAGE1, "-o", target, "--no-captions", "--no-bylines", "--no-datelines")
    assert code == 0
    articles = [a for s in json.loads(target.read_text("utf-8"))["sections"] for a in s["articles"]]
    assert articles and all(
        a["captions"] == [] and a["bylines"] == [] and a["dateline"] is None for a in articles
    )


def test_per_article_and_zip(tmp_path, capsys):
    code, out, _ = run(capsys, PAGE1, "--format", "html", "--per-article", "-o", tmp_path / "h")
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "h").iterdir())
    assert "index.html" in names and names[0].startswith("01-")
    assert f"{len(names)} files" in out
    code, _, _ = run(capsys, PAGE1, "--format", "nitf", "--zip", "-o", tmp_path / "n.zip")
    assert code == 0
    with zipfile.ZipFile(tmp_path / "n.zip") as archive:
        assert all(n.endswith(".xml") and "/" not in n for n in archive.namelist())
        assert len(archive.namelist()) == len(names) - 1


def test_a_json_export_converts_to_another_format(tmp_path, capsys):
    run(capsys, PAGE1, "-o", tmp_path / "e.json")
    code, _, err = run(capsys, tmp_path / "e.json", "--format", "txt", "-o", tmp_path / "e.txt")
    assert code == 0, err
    direct = tmp_path / "direct.txt"
    run(capsys, PAGE1, "--format", "txt", "-o", direct)
    assert (tmp_path / "e.txt").read_bytes() == direct.read_bytes()


def test_folder_in_parallel_with_a_bad_input(tmp_path, capsys):
    editions = tmp_path / "in"
    editions.mkdir()
    for name in ("wire_national.txt", "opinion_page.txt"):
        shutil.copy(FIXTURES / name, editions / name)
    shutil.copy(PAGE1, editions / "sample.p1.txt")
    shutil.copy(PAGE2, editions / "sample.p2.txt")
    (editions / "broken.txt").write_bytes(b"%PDF-1.7 not text")
    (editions / "notes.doc").write_text("ignored: not an edition file")
    out = tmp_path / "out"
    code, stdout, err = run(capsys, editions, "--format", "docx", "-o", out, "--jobs", "2")
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "opinion_page.docx",
        "sample.docx",
        "wire_national.docx",
    ]
    assert err.count("\n") == 1 and "broken.txt" in err and "PDF" in err
    assert "Traceback" not in err
    assert "exported 3 of 4 editions, 3 files written, 1 failed" in stdout
    assert "finding" in stdout  # findings left per edition


def test_several_inputs_with_the_same_name_do_not_collide(tmp_path, capsys):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(PAGE2, other / "page1.txt")
    code, _, _ = run(
        capsys, PAGE1, other / "page1.txt", "--format", "txt", "-o", tmp_path / "o", "--jobs", "1"
    )
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["page1 (2).txt", "page1.txt"]


def test_an_unwritable_output_is_one_clear_line(tmp_path, capsys):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    code, _, err = run(capsys, PAGE1, "-o", blocker / "x.json")
    assert code == 1
    assert err.count("\n") == 1 and "cannot write here" in err


@pytest.mark.parametrize(
    "args, message",
    [
        (["--zip"], "--zip applies to --format nitf"),
        (["--format", "json", "--per-article"], "--per-article is not available"),
        (["--threshold", "2"], "--threshold must be between 0 and 1"),
        (["--jobs", "0"], "--jobs must be at least 1"),
    ],
)
def test_usage_problems_exit_2(tmp_path, capsys, args, message):
    code, _, err = run(capsys, PAGE1, "-o", tmp_path / "x", *args)
    assert code == 2 and message in err


def test_unknown_format_is_an_argparse_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(PAGE1), "--format", "pdf", "-o", str(tmp_path / "x")])
    assert exit_info.value.code == 2


def test_progress_bar_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    bar = Progress(2, terminal)
    bar.step("a.txt")
    bar.step("b.txt")
    bar.close()
    assert "[##############--------------] 1/2 a.txt" in terminal.getvalue()
    assert terminal.getvalue().endswith("\n")
    pipe = io.StringIO()
    quiet = Progress(2, pipe)
    quiet.step("a.txt")
    quiet.close()
    assert pipe.getvalue() == ""


def test_subprocess_exit_codes_and_no_traceback(tmp_path):
    command = [
        sys.executable,
        str(ROOT / "main.py"),
        "export",
        str(PAGE1),
        str(tmp_path / "missing.txt"),
        "--format",
        "md",
        "-o",
        str(tmp_path / "out"),
    ]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"export: {tmp_path / 'missing.txt'}: no such file; check the path"
    ]
    assert (tmp_path / "out" / "page1.md").exists()
    assert "exported 1 of 2 editions" in done.stdout


def test_several_inputs_one_file_per_article_get_a_folder_each(tmp_path, capsys):
    code, _, err = run(capsys, PAGE1, PAGE2, "--format", "nitf", "-o", tmp_path / "o")
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["page1", "page2"]
    assert all(p.suffix == ".xml" for p in (tmp_path / "o" / "page2").iterdir())
    code, _, _ = run(capsys, PAGE1, PAGE2, "--format", "nitf", "--zip", "-o", tmp_path / "z")
    assert sorted(p.name for p in (tmp_path / "z").iterdir()) == ["page1.zip", "page2.zip"]


def test_pages_of_one_edition_make_one_export(tmp_path, capsys):
    out = tmp_path / "edition.json"
    pages = [str(ROOT / "resources" / "sample" / f"page{n}.txt") for n in (1, 2)]
    assert main(["export", *pages, "--pages", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    expected = json.loads((ROOT / "resources" / "sample" / "expected.json").read_text("utf-8"))
    assert [s["title"] for s in data["sections"]] == [s["title"] for s in expected["sections"]]
    jumped = [a for s in data["sections"] for a in s["articles"] if a["jumps"]]
    assert jumped and jumped[0]["jumps"] == ["（下转第2版）", "（上接第1版）"]


def test_an_export_never_replaces_an_edition_it_reads(tmp_path, capsys):
    """Naming an input as the output, or writing a text export beside the inputs, would
    destroy the editions: each such edition fails with one clear line, its file intact."""
    page = tmp_path / "page1.txt"
    shutil.copy(PAGE1, page)
    before = page.read_bytes()
    code, _, err = run(capsys, page, "--format", "txt", "-o", page)
    assert code == 1 and page.read_bytes() == before
    assert err.count("\n") == 1 and "the edition was read from this file" in err
    # Through another spelling of the same file.
    code, _, err = run(capsys, page, "--format", "txt", "-o", tmp_path / "." / "page1.txt")
    assert code == 1 and page.read_bytes() == before

    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy(PAGE1, folder / "a.txt")
    shutil.copy(PAGE2, folder / "b.txt")
    sources = folder_bytes(folder)
    code, out, err = run(capsys, folder, "--format", "txt", "-o", folder, "--jobs", "1")
    assert code == 1 and folder_bytes(folder) == sources
    assert err.count("the edition was read from this file") == 2
    assert "exported 0 of 2 editions" in out
    # Another format beside them is fine.
    code, _, err = run(capsys, folder, "--format", "md", "-o", folder, "--jobs", "1")
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == ["a.md", "a.txt", "b.md", "b.txt"]


def test_an_export_never_replaces_another_edition_of_the_run(tmp_path, capsys):
    """One edition's output named like another edition's input (b.TXT exported as JSON
    beside the JSON export b.json) fails; the other edition is still read and exported."""
    folder = tmp_path / "desk"
    folder.mkdir()
    shutil.copy(PAGE1, folder / "b.TXT")
    assert run(capsys, PAGE2, "--format", "json", "-o", folder / "b.json")[0] == 0
    earlier = (folder / "b.json").read_bytes()
    code, out, err = run(capsys, folder, "--format", "json", "-o", folder, "--jobs", "1")
    assert code == 1
    assert (folder / "b.json").read_bytes() == earlier
    assert err.count("\n") == 1 and "b.json" in err and "the edition was read from" in err
    assert "exported 1 of 2 editions" in out
    assert json.loads((folder / "b (2).json").read_text(encoding="utf-8"))["sections"]


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}

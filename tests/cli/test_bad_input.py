"""Bad input on the command line: a clear message and a non-zero exit, or it works.

Never a traceback, a hang or a partial output file.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from editor.cli import main

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "resources" / "sample"
TEXT = (SAMPLE / "page1.txt").read_text(encoding="utf-8")
TRADITIONAL = ("本報訊（記者 陳明遠）市政府昨日舉行會議，討論舊城區改造計劃。\n\n"
               "會議指出，今年將完成三個社區的道路與管線更新工程。\n\n本報記者 林家豪\n")


def zipped() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page1.txt", TEXT)
    return buffer.getvalue()


REFUSED = {
    "empty": b"",
    "whitespace": " \r\n\t\u3000\n".encode(),
    "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "zip": zipped(),
    "binary_nuls": b"\x00" * 64 + bytes(range(128, 256)) * 8,
    "control_characters": "".join(ch + "\x07" for ch in TEXT).encode(),
}

WORKS = {
    "stray_nul": TEXT.encode()[:600] + b"\x00" + TEXT.encode()[600:],
    "gb18030": TEXT.encode("gb18030"),
    "big5": TRADITIONAL.encode("big5"),
    "utf16_bom": TEXT.encode("utf-16"),
    "utf16_le": TEXT.encode("utf-16-le"),
    "utf16_be": TEXT.encode("utf-16-be"),
    "mixed_encodings": TEXT[:900].encode() + TEXT[900:].encode("gb18030"),
    "one_long_line": ("一句没有换行的长文字，" * 100_000).encode(),
    "headline_lines": "\n".join(f"第{i}条像标题一样的短行" for i in range(5000)).encode(),
    "unbalanced": TEXT.replace("）", "").replace("”", "“（《「").encode(),
    "few_controls": TEXT.replace("。", "。\x1b\x08", 5).encode(),
    "form_feeds": TEXT.replace("\n\n", "\n\f\n", 5).encode(),
}


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.err


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_input_gets_a_message_and_no_output(tmp_path, capsys, name):
    edition = tmp_path / f"{name}.txt"
    edition.write_bytes(REFUSED[name])
    out = tmp_path / "out.json"
    code, err = run(capsys, "check", str(edition))
    assert code != 0 and str(edition) in err and "Traceback" not in err
    code, err = run(capsys, "export", str(edition), "--format", "json", "-o", str(out),
                    "--jobs", "1")
    assert code != 0 and str(edition) in err and "Traceback" not in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [edition.name]


@pytest.mark.parametrize("name", sorted(WORKS))
def test_difficult_input_works(tmp_path, capsys, name):
    edition = tmp_path / f"{name}.txt"
    edition.write_bytes(WORKS[name])
    out = tmp_path / "out.json"
    code, err = run(capsys, "check", str(edition))
    assert code == 0, err
    code, err = run(capsys, "export", str(edition), "--format", "json", "-o", str(out),
                    "--jobs", "1")
    assert code == 0, err
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["format"] == "layout-assistant/edition"


def test_folder_and_missing_file_as_input(tmp_path, capsys):
    code, err = run(capsys, "check", str(tmp_path))
    assert code != 0 and "folder" in err
    code, err = run(capsys, "check", str(tmp_path / "missing.txt"))
    assert code != 0 and "no such file" in err
    code, err = run(capsys, "export", str(tmp_path), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert code != 0 and "no edition files" in err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files without read permission")
def test_unreadable_input(tmp_path, capsys):
    edition = tmp_path / "page.txt"
    edition.write_text(TEXT, encoding="utf-8")
    edition.chmod(0)
    try:
        code, err = run(capsys, "check", str(edition))
    finally:
        edition.chmod(0o644)
    assert code != 0 and "permission" in err


def output_paths(tmp_path: Path) -> list[Path]:
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    paths = [blocker / "out.json"]
    if Path("/proc/self").is_dir():
        paths.append(Path("/proc/out.json"))  # not writable, even for root
    return paths


def test_output_that_cannot_be_written(tmp_path, capsys):
    edition = tmp_path / "page.txt"
    edition.write_text(TEXT, encoding="utf-8")
    for out in output_paths(tmp_path):
        code, err = run(capsys, "export", str(edition), "--format", "json", "-o", str(out),
                        "--jobs", "1")
        assert code != 0 and "cannot write" in err and "Traceback" not in err
        assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into read-only folders")
def test_read_only_output_folder(tmp_path, capsys):
    edition = tmp_path / "page.txt"
    edition.write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    code, err = run(capsys, "export", str(edition), "-o", str(folder / "out.json"), "--jobs", "1")
    folder.chmod(0o755)
    assert code != 0 and "cannot write" in err
    assert list(folder.iterdir()) == []


def test_large_edition_exports_completely(tmp_path, capsys):
    # A 1 MB edition keeps the suite fast; a 50 MB one works too but takes about a minute
    # (figures in the README), nearly all of it parsing and auto-repair.
    edition = tmp_path / "big.txt"
    edition.write_text("\n\n".join([TEXT] * 200), encoding="utf-8")
    out = tmp_path / "big.json"
    code, err = run(capsys, "export", str(edition), "-o", str(out), "--jobs", "1")
    assert code == 0, err
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert sum(len(s["articles"]) for s in exported["sections"]) >= 200


@pytest.mark.parametrize("name", ["zip", "mixed_encodings"])
def test_real_process_prints_no_traceback(tmp_path, name):
    edition = tmp_path / f"{name}.txt"
    edition.write_bytes({**REFUSED, **WORKS}[name])
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(edition)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert "Traceback" not in done.stderr
    assert (done.returncode == 0) == (name in WORKS)

"""File names from headlines: safe on Windows, macOS and Linux, length-limited and unique."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.filenames import MAX_NAME_BYTES, UniqueNames, inside, safe_stem


@pytest.mark.parametrize(
    "headline, stem",
    [
        ("小小茶叶片 “数”出新天地", "小小茶叶片 “数”出新天地"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("..\\..\\boot.ini", "_.._boot.ini"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Lpt1", "_Lpt1"),
        ("COM9 ", "_COM9"),
        ("AUX. ", "_AUX"),
        ('a<b>c:d"e|f?g*h', "a_b_c_d_e_f_g_h"),
        ("line\nbreak\ttab\x00nul\x1b", "line break tabnul"),
        ("evil\u202etxt.exe", "eviltxt.exe"),
        ("trailing dots...", "trailing dots"),
        ("...", "article"),
        ("", "article"),
        (None, "article"),
        ("   ", "article"),
        ("///", "article"),
        ("😀 emoji", "😀 emoji"),
    ],
)
def test_safe_stem(headline, stem):
    assert safe_stem(headline) == stem


def test_long_headlines_are_cut_on_a_character_boundary():
    stem = safe_stem("长" * 200)
    assert len(stem.encode("utf-8")) <= MAX_NAME_BYTES
    assert stem == "长" * (MAX_NAME_BYTES // 3)
    mixed = safe_stem("a" + "😀" * 100)
    assert len(mixed.encode("utf-8")) <= MAX_NAME_BYTES
    mixed.encode("utf-8").decode("utf-8")


def test_unique_names_ignore_case_and_keep_the_limit():
    names = UniqueNames()
    got = [names.name(t, "md") for t in ["标题", "标题", "Title", "TITLE", "标题 (2)", None, None]]
    assert got == [
        "标题.md",
        "标题 (2).md",
        "Title.md",
        "TITLE (2).md",
        "标题 (2) (2).md",
        "article.md",
        "article (2).md",
    ]
    long = UniqueNames()
    first, second = long.name("长" * 200, "html"), long.name("长" * 200, "html")
    assert first != second
    assert all(len(n.encode("utf-8")) <= MAX_NAME_BYTES for n in (first, second))
    assert second.endswith(" (2).html")


def test_inside_refuses_names_that_leave_the_folder(tmp_path: Path):
    assert inside(tmp_path, "a.md") == tmp_path / "a.md"
    for name in ("../a.md", "sub/a.md", "/etc/passwd", ".."):
        with pytest.raises(ValueError):
            inside(tmp_path, name)

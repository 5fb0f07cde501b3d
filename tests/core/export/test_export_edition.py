"""export_edition writes atomically where it is told, or says clearly why it cannot."""

from __future__ import annotations

import dataclasses
import json
import os

import pytest

from editor.core.export import FORMATS, ExportOptions, describe_formats, export_edition, preview
from editor.core.fileio import OutputError
from tests.core.export.helpers import sample_edition


def test_one_file_export_creates_missing_folders(tmp_path):
    target = tmp_path / "a" / "b" / "edition.json"
    assert export_edition(sample_edition(), "json", target) == [target]
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "layout-assistant/edition"


def test_per_article_export_writes_a_folder(tmp_path):
    written = export_edition(
        sample_edition(), "md", tmp_path / "out", ExportOptions(per_article=True)
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in written)
    assert len(written) == sum(1 for _ in sample_edition().articles())
    assert written[0].name.startswith("01-")


def test_exporting_again_replaces_the_same_files(tmp_path):
    first = export_edition(sample_edition(), "nitf", tmp_path / "out")
    second = export_edition(sample_edition(), "nitf", tmp_path / "out")
    assert first == second
    assert len(list((tmp_path / "out").iterdir())) == len(first)


def test_a_file_in_the_way_is_an_output_error(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write here"):
        export_edition(sample_edition(), "json", blocker / "edition.json")
    with pytest.raises(OutputError, match="in the way"):
        export_edition(sample_edition(), "nitf", blocker)
    with pytest.raises(OutputError, match="folder"):
        export_edition(sample_edition(), "html", tmp_path)


def test_a_failed_write_keeps_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "edition.txt"
    target.write_text("the previous export\n", encoding="utf-8")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError, match="No space left"):
        export_edition(sample_edition(), "txt", target)
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["edition.txt"]


def test_a_writer_failing_midway_writes_nothing(tmp_path, monkeypatch):
    calls = []

    def fails_on_third(article, place):
        calls.append(article)
        if len(calls) == 3:
            raise RuntimeError("writer bug")
        return b"x"

    broken = dataclasses.replace(FORMATS["md"], article=fails_on_third)
    monkeypatch.setitem(FORMATS, "md", broken)
    with pytest.raises(RuntimeError):
        export_edition(sample_edition(), "md", tmp_path / "out", ExportOptions(per_article=True))
    assert not (tmp_path / "out").exists()


def test_describe_formats_lists_what_the_dialog_needs():
    described = {f["id"]: f for f in describe_formats()}
    assert list(described) == ["json", "jsonl", "md", "html", "txt", "nitf", "docx"]
    assert described["nitf"]["extension"] == "xml" and "zip" in described["nitf"]["options"]
    assert "per_article" in described["docx"]["options"]
    assert "per_article" not in described["json"]["options"]
    for entry in described.values():
        assert {"captions", "bylines", "datelines"} <= set(entry["options"])
        assert entry["label"]


def test_preview_shows_the_beginning_of_the_output():
    edition = sample_edition()
    first = next(edition.articles()).headline
    assert preview(edition, "json").startswith('{\n  "format": "layout-assistant/edition"')
    assert preview(edition, "docx").startswith("[Heading 1] ")
    nitf = preview(edition, "nitf")
    assert nitf.startswith(f"01-{first}.xml\n\n<?xml")
    short = preview(edition, "md", limit=100)
    assert len(short) == 102 and short.endswith("\n…")
    assert "<article>" in preview(edition, "html", ExportOptions(per_article=True))


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        export_edition(sample_edition(), "pdf", "x.pdf")


def test_a_link_out_of_the_folder_is_not_followed(tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text("not yours")
    folder = tmp_path / "out"
    folder.mkdir()
    first = next(sample_edition().articles()).headline
    (folder / f"01-{first}.md").symlink_to(outside)
    with pytest.raises(OutputError, match="outside the folder"):
        export_edition(sample_edition(), "md", folder, ExportOptions(per_article=True))
    assert outside.read_text() == "not yours"


def test_progress_is_told_after_each_file_and_can_stop_the_export(tmp_path):
    from editor.core.export import ExportCancelled

    edition = sample_edition()
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return done < 3

    with pytest.raises(ExportCancelled) as stopped:
        export_edition(edition, "md", tmp_path / "out", ExportOptions(per_article=True),
                       progress=progress)
    total = told[0][1]
    assert total > 3 and told == [(1, total), (2, total), (3, total)]
    assert len(stopped.value.written) == 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == \
        sorted(p.name for p in stopped.value.written)


@pytest.mark.parametrize(
    ("fmt", "options"),
    [("txt", ExportOptions()), ("nitf", ExportOptions(zip=True)),
     ("md", ExportOptions(per_article=True))],
)
def test_a_file_to_keep_is_never_replaced(tmp_path, fmt, options):
    """`keep` names the edition's own files: the export refuses to write over one, by
    whatever path it is named, and says so (code "source"); other targets are written."""
    edition = sample_edition()
    source = tmp_path / "page1.txt"
    source.write_text("原文", encoding="utf-8")
    spelled = tmp_path / "." / "page1.txt"
    if options.per_article:
        first = export_edition(edition, fmt, tmp_path / "out", options)[0]
        source = first  # an article's file that is also a source
        source.write_text("原文", encoding="utf-8")
        spelled, target = tmp_path / "out" / ".." / "out" / first.name, tmp_path / "out"
    else:
        target = tmp_path / "page1.txt"
    with pytest.raises(OutputError) as raised:
        export_edition(edition, fmt, target, options, keep=[spelled])
    assert raised.value.code == "source"
    assert "choose another name or folder" in str(raised.value)
    assert source.read_text(encoding="utf-8") == "原文"
    assert export_edition(edition, fmt, tmp_path / "elsewhere", options, keep=[spelled])

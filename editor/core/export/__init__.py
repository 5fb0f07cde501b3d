"""Export an edition in the formats newsrooms use: one small writer per format, one registry.

Every writer works on the shared walk (`walk.view_edition`), with the user's options applied
first. `export_edition` renders everything in memory, then writes each file atomically, so a
failure never leaves a half-written file; the window calls `describe_formats` and `preview`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from editor.core.export import (
    html_format,
    json_format,
    jsonl_format,
    markdown_format,
    nitf_format,
    text_format,
    zips,
)
from editor.core.export.common import (
    ExportOptions,
    Placement,
    article_title,
    placements,
    with_options,
)
from editor.core.export.walk import ArticleView, EditionView, view_edition
from editor.core.fileio import OutputError, among_files, atomic_write_bytes
from editor.core.filenames import UniqueNames, inside
from editor.core.model import Edition

__all__ = [
    "FORMATS",
    "ExportOptions",
    "Format",
    "describe_formats",
    "export_edition",
    "preview",
    "render",
]

FIELD_OPTIONS = ("captions", "bylines", "datelines")


def _docx(name: str) -> Callable:
    """A DOCX writer function, imported on first use: python-docx (and lxml) take a tenth
    of a second to import, paid by every start of the window and of each export process."""

    def call(*args):
        from editor.core.export import docx_format

        return getattr(docx_format, name)(*args)

    call.__name__ = name
    return call


@dataclass(frozen=True)
class Format:
    """One export format: how to write a whole edition and/or one article per file."""

    id: str
    label: str
    extension: str
    edition: Callable[[EditionView], bytes] | None
    article: Callable[[ArticleView, Placement], bytes] | None = None
    index: Callable[[EditionView, list[tuple[ArticleView, str]]], bytes] | None = None
    archive: bool = False
    binary: bool = False

    @property
    def options(self) -> tuple[str, ...]:
        """The options this format honours (the window shows only these)."""
        extra = ()
        if self.edition and self.article:
            extra += ("per_article",)
        if self.archive:
            extra += ("zip",)
        return FIELD_OPTIONS + extra

    def splits(self, options: ExportOptions) -> bool:
        """Whether this export writes one file per article (into a folder or an archive)."""
        return self.edition is None or (options.per_article and self.article is not None)


FORMATS: dict[str, Format] = {
    "json": Format("json", "JSON (layout-assistant/edition)", "json", json_format.write),
    "jsonl": Format("jsonl", "JSON Lines (one article per line)", "jsonl", jsonl_format.write),
    "md": Format("md", "Markdown", "md", markdown_format.write, markdown_format.write_article),
    "html": Format(
        "html",
        "HTML page",
        "html",
        html_format.write,
        html_format.write_article,
        html_format.write_index,
    ),
    "txt": Format(
        "txt", "Plain text (for a CMS)", "txt", text_format.write, text_format.write_article
    ),
    "nitf": Format(
        "nitf",
        "NITF 3.6 XML (one document per article)",
        "xml",
        None,
        nitf_format.write_article,
        archive=True,
    ),
    "docx": Format(
        "docx",
        "Word document (DOCX)",
        "docx",
        _docx("write"),
        _docx("write_article"),
        binary=True,
    ),
}


def describe_formats() -> list[dict[str, object]]:
    """Every format for the Export dialog: id, label, file extension, supported options."""
    return [
        {"id": f.id, "label": f.label, "extension": f.extension, "options": f.options}
        for f in FORMATS.values()
    ]


def _format(fmt: str) -> Format:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ValueError(
            f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}"
        ) from None


def render(
    edition: Edition, fmt: str, options: ExportOptions | None = None
) -> list[tuple[str, bytes]]:
    """The export in memory: [("", bytes)] for one file, else (file name, bytes) per file."""
    writer = _format(fmt)
    options = options or ExportOptions()
    view = with_options(view_edition(edition), options)
    if not writer.splits(options):
        return [("", writer.edition(view))]
    names = UniqueNames()
    pages: list[tuple[ArticleView, str]] = []
    files: list[tuple[str, bytes]] = []
    for article, place in placements(view):
        name = names.name(f"{place.position:02d}-{article_title(article)}", writer.extension)
        pages.append((article, name))
        files.append((name, writer.article(article, place)))
    if writer.index:
        files.append((names.name("index", writer.extension), writer.index(view, pages)))
    return files


class ExportCancelled(Exception):
    """The user stopped an export of many files; `written` are the files already complete."""

    def __init__(self, written: list[Path]) -> None:
        super().__init__(f"export stopped after {len(written)} file(s)")
        self.written = written


# Told (files done, files in all) after each file; returns False to stop the export.
Progress = Callable[[int, int], bool]


def export_edition(
    edition: Edition, fmt: str, target: Path, options: ExportOptions | None = None,
    progress: Progress | None = None, keep: Collection[str | os.PathLike[str]] = (),
) -> list[Path]:
    """Write the export to `target` and return the files written.

    `target` is the file for a one-file export, the archive with the zip option, and the
    folder otherwise (created if needed). `keep` names files the export must not replace:
    the files the edition was read from (its pages, its project). Raises OutputError when
    it cannot be written (code "source" for a file in `keep`), and ExportCancelled when
    `progress` answers False between two files (each file is written whole or not at all).
    """
    writer = _format(fmt)
    options = options or ExportOptions()
    files = render(edition, fmt, options)
    target = Path(target)
    if not writer.splits(options):
        return _write_one(target, files[0][1], keep)
    if options.zip and writer.archive:
        return _write_one(target, zips.build(files), keep)
    _make_folder(target)
    written = []
    for name, data in files:
        try:
            path = inside(target, name)
        except ValueError:  # a link planted in the folder that points elsewhere
            raise OutputError(target / name, "it leads outside the folder",
                              code="outside") from None
        _refuse_kept(path, keep)
        atomic_write_bytes(path, data)
        written.append(path)
        if progress is not None and not progress(len(written), len(files)) and \
                len(written) < len(files):
            raise ExportCancelled(written)
    return written


def _write_one(target: Path, data: bytes,
               keep: Collection[str | os.PathLike[str]]) -> list[Path]:
    """A one-file export (or its archive): refused over a kept file, its folder made."""
    _refuse_kept(target, keep)
    _make_folder(target.parent)
    atomic_write_bytes(target, data)
    return [target]


def _refuse_kept(path: Path, keep: Collection[str | os.PathLike[str]]) -> None:
    if keep and among_files(path, keep):
        raise OutputError(path, "the edition was read from this file, and the export "
                          "would replace it", code="source")


def _make_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise OutputError(folder, "a file of that name is in the way", code="in_the_way")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(folder, error.strerror or str(error)) from None


def preview(
    edition: Edition, fmt: str, options: ExportOptions | None = None, limit: int = 4000
) -> str:
    """The beginning of what the export will write, as text (a DOCX as its styled paragraphs)."""
    writer = _format(fmt)
    name, data = render(edition, fmt, options)[0]
    if writer.binary:
        text = _docx("outline")(data)
    else:
        text = data.decode("utf-8")
    if name:
        text = f"{name}\n\n{text}"
    return text if len(text) <= limit else text[:limit] + "\n…"

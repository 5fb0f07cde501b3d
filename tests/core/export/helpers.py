"""What the export tests share: the sample edition, golden outputs, a hostile edition."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from editor.core.export import FORMATS, ExportOptions, render
from editor.core.export.docx_format import outline
from editor.core.export.json_import import edition_from_dict
from editor.core.model import Edition
from editor.core.pipeline import load_edition

ROOT = Path(__file__).resolve().parents[3]
SAMPLE_PAGES = (
    ROOT / "resources" / "sample" / "page1.txt",
    ROOT / "resources" / "sample" / "page2.txt",
)
FIXTURES = ROOT / "tests" / "fixtures" / "editions"
SCHEMA = ROOT / "resources" / "schema" / "edition.schema.json"
GOLDEN = Path(__file__).resolve().parent / "golden"


@functools.cache
def sample_edition() -> Edition:
    """The sample edition read, parsed and auto-repaired once per session (exports only read it)."""
    return load_edition(SAMPLE_PAGES).edition


def _page_number(path: Path) -> int:
    match = re.search(r"\.p(\d+)$", path.stem)
    return int(match.group(1)) if match else 0


def fixture_editions() -> dict[str, list[Path]]:
    """Each fixture edition's page files (NAME.txt, or NAME.p1.txt, NAME.p2.txt …)."""
    editions: dict[str, list[Path]] = {}
    for path in sorted(FIXTURES.glob("*.txt")):
        editions.setdefault(re.sub(r"\.p\d+$", "", path.stem), []).append(path)
    return {name: sorted(pages, key=_page_number) for name, pages in editions.items()}


@functools.cache
def fixture_edition(name: str) -> Edition:
    """A fixture edition read, parsed and auto-repaired once per session."""
    return load_edition(fixture_editions()[name]).edition


def golden_name(fmt: str) -> str:
    """The golden file of a format; multi-file and binary outputs are stored as text."""
    return {"nitf": "sample.nitf.txt", "docx": "sample.docx.txt"}.get(
        fmt, f"sample.{FORMATS[fmt].extension}"
    )


def golden_text(edition: Edition, fmt: str) -> str:
    """The export of `edition` in `fmt` as the text a golden file holds."""
    files = render(edition, fmt, ExportOptions())
    if fmt == "docx":
        return outline(files[0][1])
    if len(files) == 1 and not files[0][0]:
        return files[0][1].decode("utf-8")
    return "".join(f"=== {name} ===\n{data.decode('utf-8')}" for name, data in files)


# Everything that has broken an exporter somewhere: markup, entities, CDATA ends, quotes,
# controls and XML-invalid characters, bidi overrides, emoji, and path tricks.
HOSTILE = (
    '<script>alert("x&y")</script> &amp; ]]> \'single\' "double" \x00\x01\x08\x0b\x1b\x7f\x85'
    "\u2028\u202e\u2066RTL עברית\u202c\u200f 😀👍🏽 ../../etc/passwd ..\\..\\CON "
    "# 1. *bold* _it_ [link](x) | `code` ~~s~~ \ufffe"
)
LONG = "长" * 20000


def hostile_edition() -> Edition:
    """An edition with hostile text in every field, built through the JSON importer."""
    article = {
        "kicker": "K" + HOSTILE,
        "headline": "../CON",
        "subheadline": "S" + HOSTILE,
        "dateline": "D" + HOSTILE,
        "bylines": ["B" + HOSTILE],
        "body": [
            {"role": "paragraph", "text": "P" + HOSTILE},
            {"role": "subhead", "text": "H" + HOSTILE},
            {"role": "paragraph", "text": LONG},
        ],
        "captions": [{"text": "C" + HOSTILE, "credit": "R" + HOSTILE}],
        "jumps": ["J" + HOSTILE],
        "status": "attention",
        "comment": "M" + HOSTILE,
        "more_headlines": ["X" + HOSTILE],
    }
    second = dict(article, headline="CON")
    third = dict(article, headline=HOSTILE + LONG)
    fourth = dict(article, headline="con.txt. ")
    data = {
        "format": "layout-assistant/edition",
        "version": 1,
        "sources": ["../evil\u202e.txt"],
        "furniture": ["F" + HOSTILE],
        "sections": [
            {
                "title": "T" + HOSTILE,
                "notes": ["N" + HOSTILE],
                "articles": [article, second, third, fourth],
            }
        ],
    }
    return edition_from_dict(data)

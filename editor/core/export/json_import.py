"""Read a JSON export (layout-assistant/edition v1) back into an Edition.

The export keeps the structure and every text, not the source files, so the importer
synthesizes them: each text becomes a block whose span points into a source made of all the
texts in reading order. Nothing is lost, and exporting the imported edition again gives the
same JSON file.
"""

from __future__ import annotations

import json
from typing import Any

from editor.core.export.json_format import FORMAT, VERSION
from editor.core.export.walk import note_text
from editor.core.model import Article, Block, Edition, Role, Section, Source, Span, Status
from editor.core.reading import InputError


class _Builder:
    """Lays texts end to end in one synthesized source, one block per text."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.parts: list[str] = []
        self.length = 0

    def block(self, role: Role, text: str) -> Block:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return Block(self.edition.new_id(), role, text, [Span(0, start, self.length)])


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise InputError("json", f"{where} should be text, not {type(value).__name__}")
    return value


def _list(value: Any, where: str) -> list:
    if not isinstance(value, list):
        raise InputError("json", f"{where} should be a list")
    return value


def _article(data: dict[str, Any], build: _Builder, where: str) -> Article:
    if not isinstance(data, dict):
        raise InputError("json", f"{where} should be an object")
    article = Article(build.edition.new_id())
    blocks = article.blocks

    def add(role: Role, value: Any, field: str) -> None:
        if value is not None:
            blocks.append(build.block(role, _text(value, f"{where}.{field}")))

    add(Role.KICKER, data.get("kicker"), "kicker")
    add(Role.HEADLINE, data.get("headline"), "headline")
    more = _list(data.get("more_headlines", []), f"{where}.more_headlines")
    for k, headline in enumerate(more):
        add(Role.HEADLINE, headline, f"more_headlines[{k}]")
    add(Role.SUBHEADLINE, data.get("subheadline"), "subheadline")
    add(Role.DATELINE, data.get("dateline"), "dateline")
    for k, byline in enumerate(_list(data.get("bylines", []), f"{where}.bylines")):
        add(Role.BYLINE, byline, f"bylines[{k}]")
    for k, item in enumerate(_list(data.get("body", []), f"{where}.body")):
        if not isinstance(item, dict):
            raise InputError("json", f"{where}.body[{k}] should be an object")
        role = Role.SUBHEAD if item.get("role") == Role.SUBHEAD.value else Role.PARAGRAPH
        add(role, item.get("text"), f"body[{k}].text")
    for k, caption in enumerate(_list(data.get("captions", []), f"{where}.captions")):
        if not isinstance(caption, dict):
            raise InputError("json", f"{where}.captions[{k}] should be an object")
        # A caption block is kept even when empty, so a credit stays with its own caption.
        add(Role.CAPTION, caption.get("text") or "", f"captions[{k}].text")
        add(Role.CREDIT, caption.get("credit"), f"captions[{k}].credit")
    for k, jump in enumerate(_list(data.get("jumps", []), f"{where}.jumps")):
        add(Role.JUMP, jump, f"jumps[{k}]")
    try:
        article.status = Status(data.get("status", Status.TODO.value))
    except ValueError:
        raise InputError(
            "json", f"{where}.status is not one of {', '.join(s.value for s in Status)}"
        ) from None
    article.comment = _text(data.get("comment", ""), f"{where}.comment")
    return article


def _section(data: dict[str, Any], build: _Builder, where: str) -> Section:
    if not isinstance(data, dict):
        raise InputError("json", f"{where} should be an object")
    section = Section(build.edition.new_id())
    if data.get("title"):
        section.head.append(build.block(Role.SECTION_TITLE, _text(data["title"], f"{where}.title")))
    for k, note in enumerate(_list(data.get("notes", []), f"{where}.notes")):
        note = _text(note, f"{where}.notes[{k}]")
        # A note that itself opens with a label word (编后…) keeps it through the next export.
        section.head.append(
            build.block(Role.NOTE, note if note_text(note) == note else f"编者按：{note}")
        )
    articles = _list(data.get("articles", []), f"{where}.articles")
    section.articles = [
        _article(a, build, f"{where}.articles[{k}]") for k, a in enumerate(articles)
    ]
    return section


def edition_from_dict(data: Any) -> Edition:
    """The edition a JSON export describes; InputError when it is not such an export."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError("json", f"this is not a {FORMAT} export")
    if data.get("version") != VERSION:
        raise InputError(
            "json",
            f"version {data.get('version')!r} of {FORMAT} is not "
            f"supported (this program reads version {VERSION})",
        )
    edition = Edition()
    build = _Builder(edition)
    edition.furniture = [
        build.block(Role.FURNITURE, _text(line, f"furniture[{k}]"))
        for k, line in enumerate(_list(data.get("furniture", []), "furniture"))
    ]
    sections = _list(data.get("sections", []), "sections")
    edition.sections = [_section(s, build, f"sections[{k}]") for k, s in enumerate(sections)]
    names = [_text(n, "sources[]") for n in _list(data.get("sources", []), "sources")]
    names = names or ["edition.json"]
    # Every text lives in the first source; the others keep their names (and so the export).
    edition.sources = [
        Source(name, "".join(build.parts) if k == 0 else "", encoding="utf-8")
        for k, name in enumerate(names)
    ]
    edition.rebuild_index()
    return edition


def load_json_export(text: str) -> Edition:
    """Parse the text of a JSON export into an Edition."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            "json", f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    return edition_from_dict(data)

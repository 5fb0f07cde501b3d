"""Project files: an edition being proofread, saved as versioned, readable JSON.

A project holds the source texts exactly as read, the whole model (ids, roles, spans,
statuses, comments), the page furniture, the applied auto-repairs, the findings the
editor chose to ignore and free-form metadata. Saves are atomic and keep the previous
version as PATH.bak; a file that cannot be loaded is never touched.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from editor.core.errors import FileProblem
from editor.core.fileio import (
    FileFingerprint,
    atomic_write_bytes,
    backup_path,
    changed_on_disk,
    file_fingerprint,
)
from editor.core.model import Article, Block, Edition, Role, Section, Source, Span, Status
from editor.core.repair import AppliedRepair

__all__ = [
    "PROJECT_FORMAT", "PROJECT_SUFFIX", "PROJECT_VERSION", "FileFingerprint", "Project",
    "ProjectError", "changed_on_disk", "file_fingerprint", "is_project", "load_project",
    "project_bytes", "save_project",
]

PROJECT_SUFFIX = ".layout.json"
PROJECT_FORMAT = "layout-assistant/project"
PROJECT_VERSION = 1


class ProjectError(FileProblem):
    """A project file cannot be opened. `code` says why; the message says what to do."""


@dataclass
class Project:
    """A loaded project: the edition, the ignored finding keys, metadata, the file's version."""

    edition: Edition
    ignored: set[str] = field(default_factory=set)
    meta: dict[str, Any] = field(default_factory=dict)
    version: int = PROJECT_VERSION


# saving --------------------------------------------------------------------------------

def project_bytes(edition: Edition, *, ignored: Iterable[str] = (),
                  meta: dict | None = None) -> bytes:
    """The project file's content for `edition` (what `save_project` writes)."""
    data = {
        "format": PROJECT_FORMAT,
        "version": PROJECT_VERSION,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sources": [{"name": s.name, "page": s.page, "encoding": s.encoding, "text": s.text}
                    for s in edition.sources],
        "furniture": [_block_out(b) for b in edition.furniture],
        "sections": [
            {"id": s.id, "head": [_block_out(b) for b in s.head],
             "articles": [{"id": a.id, "status": a.status.value, "comment": a.comment,
                           "blocks": [_block_out(b) for b in a.blocks]} for a in s.articles]}
            for s in edition.sections
        ],
        "repairs": [r.to_dict() for r in edition.repairs],
        "ignored": sorted(set(ignored)),
        "meta": dict(meta or {}),
    }
    return (_emit(data, 0) + "\n").encode("utf-8")


def _emit(value: Any, level: int) -> str:
    """Indented JSON with one block (or applied repair) per line: readable, diffable, and
    about half the size of fully indented JSON."""
    one_line = not isinstance(value, dict | list) or not value or (
        isinstance(value, dict) and ("role" in value or "code" in value))
    if one_line:
        return json.dumps(value, ensure_ascii=False)
    pad, inner = " " * level, " " * (level + 1)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_emit(v, level + 1)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    items = [inner + _emit(v, level + 1) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]"


def save_project(path: str | os.PathLike[str], edition: Edition, *,
                 ignored: Iterable[str] = (), meta: dict | None = None) -> None:
    """Write the project atomically, keeping the version it replaces as PATH.bak.

    Raises editor.core.fileio.OutputError when the folder cannot be written.
    """
    atomic_write_bytes(path, project_bytes(edition, ignored=ignored, meta=meta), backup=True,
                       tidy=True)


def _block_out(block: Block) -> dict[str, Any]:
    return {"id": block.id, "role": block.role.value, "text": block.text,
            "spans": [[s.source, s.start, s.end] for s in block.spans], "edited": block.edited}


# loading -------------------------------------------------------------------------------

def is_project(path: str | os.PathLike[str]) -> bool:
    """Whether `path` looks like a project file (reads its first bytes only)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(256)
    except OSError:
        return False
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    return text.startswith("{") and f'"{PROJECT_FORMAT}"' in text


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a project file, migrating an older version; ProjectError if it cannot be opened."""
    name = str(path)
    data = _read_json(Path(path), name)
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise ProjectError("format", "this is not a Layout Assistant project file; open an "
                           "edition's text file or a .layout.json project", name)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ProjectError("invalid", "the project file has no valid version number; it is "
                           "damaged" + _backup_hint(name), name)
    if version > PROJECT_VERSION:
        raise ProjectError("newer", f"this project was made by a newer version of Layout "
                           f"Assistant (project format {version}; this program reads up to "
                           f"{PROJECT_VERSION}); update the program to open it", name)
    original = version
    while version < PROJECT_VERSION:
        try:
            data = _MIGRATIONS[version](data)
        except ProjectError as error:
            raise ProjectError(error.code, error.args[0] + _backup_hint(name), name) from None
        version = data["version"]
    try:
        edition, ignored, meta = _edition_from(data)
    except KeyError as error:
        raise ProjectError("missing-key", f"the project file lacks {error.args[0]!r}; it is "
                           "damaged or incomplete" + _backup_hint(name), name) from None
    except (TypeError, ValueError, AttributeError, IndexError) as error:
        raise ProjectError("invalid", f"the project file is damaged ({error})"
                           + _backup_hint(name), name) from None
    return Project(edition, ignored, meta, original)


def _read_json(path: Path, name: str) -> Any:
    if path.is_dir():
        raise ProjectError("directory", "this is a folder, not a project file", name)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProjectError("missing", "no such project file; check the path", name) from None
    except PermissionError:
        raise ProjectError("unreadable", "permission denied; check that you may read this "
                           "file", name) from None
    except OSError as error:
        raise ProjectError("unreadable", f"the file cannot be read ({error.strerror}); check "
                           "the disk or network folder", name) from None
    if not raw.strip():
        raise ProjectError("corrupt", "the project file is empty" + _backup_hint(name), name)
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ProjectError("corrupt", "the project file is damaged (it is not UTF-8 text)"
                           + _backup_hint(name), name) from None
    except json.JSONDecodeError as error:
        raise ProjectError("corrupt", f"the project file is damaged (broken JSON at line "
                           f"{error.lineno}, column {error.colno})" + _backup_hint(name),
                           name) from None
    except RecursionError:
        raise ProjectError("corrupt", "the project file is damaged (nested too deeply)"
                           + _backup_hint(name), name) from None


def _backup_hint(name: str) -> str:
    backup = backup_path(name)
    return f"; the previous save is in {backup}" if name and backup.is_file() else ""


def _edition_from(data: dict[str, Any]) -> tuple[Edition, set[str], dict[str, Any]]:
    sources = [Source(_str(s["name"]), _str(s["text"]), _str(s.get("page", "")),
                      _str(s.get("encoding", "utf-8"))) for s in _list(data["sources"])]
    edition = Edition(sources)
    seen: set[tuple[str, int]] = set()

    def unique(kind: str, value: Any) -> int:
        number = _int(value)
        if (kind, number) in seen:
            raise ValueError(f"{kind} id {number} appears twice")
        seen.add((kind, number))
        return number

    def block(raw: dict[str, Any]) -> Block:
        spans = [_span(item, sources) for item in _list(raw["spans"])]
        return Block(unique("block", raw["id"]), Role(raw["role"]), _str(raw["text"]), spans,
                     bool(raw.get("edited", False)))

    edition.furniture = [block(b) for b in _list(data["furniture"])]
    for raw_section in _list(data["sections"]):
        section = Section(unique("section", raw_section["id"]),
                          [block(b) for b in _list(raw_section["head"])])
        for raw_article in _list(raw_section["articles"]):
            section.articles.append(Article(
                unique("article", raw_article["id"]),
                [block(b) for b in _list(raw_article["blocks"])],
                Status(raw_article.get("status", Status.TODO.value)),
                _str(raw_article.get("comment", "")),
            ))
        edition.sections.append(section)
    edition.repairs = [AppliedRepair.from_dict(r) for r in _list(data.get("repairs", []))]
    edition.rebuild_index()
    used = [number for _, number in seen]
    for repair in edition.repairs:
        used.extend(repair.block_ids)
        if repair.article_id is not None:
            used.append(repair.article_id)
    edition.reserve_ids(max(used, default=0))
    ignored = {_str(key) for key in _list(data.get("ignored", []))}
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        raise TypeError("'meta' is not an object")
    return edition, ignored, meta


def _span(item: Any, sources: list[Source]) -> Span:
    source, start, end = (_int(v) for v in _list(item))
    if not 0 <= source < len(sources) or not 0 <= start <= end <= len(sources[source].text):
        raise ValueError(f"span {[source, start, end]} lies outside its source text")
    return Span(source, start, end)


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, found {type(value).__name__}")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a whole number, found {type(value).__name__}")
    return value


# migrations ------------------------------------------------------------------------------

def _migrate_v0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (single-file editions): one "source" object, spans as [start, end] into it,
    a "checked" flag instead of a status, no comments, no applied-repairs list.
    """
    if "source" not in data:
        raise ProjectError("missing-key", "the project file (format version 0) lacks "
                           "'source'; it is damaged or incomplete")

    def block(raw: dict[str, Any]) -> dict[str, Any]:
        return {**raw, "spans": [[0, *pair] for pair in raw.get("spans", [])]}

    def article(raw: dict[str, Any]) -> dict[str, Any]:
        status = Status.PROOFREAD if raw.get("checked") else Status.TODO
        return {"id": raw.get("id"), "status": status.value, "comment": "",
                "blocks": [block(b) for b in raw.get("blocks", [])]}

    try:
        source = data["source"]
        return {
            "format": PROJECT_FORMAT, "version": 1,
            "sources": [{"name": source.get("name", "edition.txt"), "page": "",
                         "encoding": source.get("encoding", "utf-8"), "text": source["text"]}],
            "furniture": [block(b) for b in data.get("furniture", [])],
            "sections": [{"id": s.get("id"), "head": [block(b) for b in s.get("head", [])],
                          "articles": [article(a) for a in s.get("articles", [])]}
                         for s in data.get("sections", [])],
            "repairs": [],
            "ignored": data.get("ignored", []),
            "meta": data.get("meta", {}),
        }
    except (AttributeError, TypeError, KeyError) as error:
        raise ProjectError("invalid", f"the project file (format version 0) is damaged "
                           f"({error!r})") from None


_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_v0}

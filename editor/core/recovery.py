"""Recovery files: the window's unsaved work, written every few minutes, offered after a crash.

A recovery file is a project file (same format, same atomic write) in the user's data
folder, whose meta records what it recovers (the project path or the source files), when
it was written, and by which process on which host. A recovery whose process is gone is
the work of a window that crashed or was killed: the next start offers it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from editor.core.fileio import atomic_write_bytes
from editor.core.locking import host_name, process_alive
from editor.core.model import Edition
from editor.core.project import PROJECT_SUFFIX, project_bytes

APP_DIR = "layout-assistant"
DATA_ENV = "LAYOUT_ASSISTANT_DATA"
RECOVERY_KEY = "recovery"


def data_dir() -> Path:
    """The per-user data folder of the program ($LAYOUT_ASSISTANT_DATA overrides it)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "LayoutAssistant"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Layout Assistant"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / APP_DIR


def recovery_dir() -> Path:
    """Where recovery files live: DATA/recovery (created on first write)."""
    return data_dir() / "recovery"


@dataclass(frozen=True)
class RecoveryInfo:
    """One recovery file: what it recovers, when it was written, and whether its window runs."""

    path: Path
    original: str
    saved_at: str
    pid: int
    host: str
    session: str
    alive: bool


def recovery_path(session_key: str) -> Path:
    """The recovery file of one window session (one file per session, overwritten in place)."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", session_key)[:40].strip("_") or "session"
    digest = hashlib.sha1(session_key.encode("utf-8")).hexdigest()[:10]
    return recovery_dir() / f"{safe}-{digest}.recovery{PROJECT_SUFFIX}"


def write_recovery(session_key: str, edition: Edition, *, ignored: Iterable[str] = (),
                   meta: dict | None = None) -> Path:
    """Write the session's current work atomically; return the recovery file's path.

    `meta` is stored as in a project; its "project_path" (the project file being edited,
    if any) is what the recovery is reported to recover, else the edition's source files.
    """
    meta = dict(meta or {})
    original = meta.get("project_path") or ", ".join(s.name for s in edition.sources)
    meta[RECOVERY_KEY] = {
        "session": session_key,
        "original": str(original),
        "source_files": [s.name for s in edition.sources],
        "saved_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "pid": os.getpid(),
        "host": host_name(),
    }
    path = recovery_path(session_key)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, project_bytes(edition, ignored=ignored, meta=meta), tidy=True)
    return path


def list_recoveries() -> list[RecoveryInfo]:
    """Every readable recovery file, newest first. `alive` is False when its window is gone."""
    folder = recovery_dir()
    found: list[tuple[str, int, RecoveryInfo]] = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f"*.recovery{PROJECT_SUFFIX}"):
            info = _info(path)
            if info is not None:
                with contextlib.suppress(OSError):
                    # The file time breaks ties between writes in the same millisecond.
                    found.append((info.saved_at, path.stat().st_mtime_ns, info))
    found.sort(key=lambda item: item[:2], reverse=True)
    return [info for _, _, info in found]


def discard_recovery(path: str | os.PathLike[str]) -> None:
    """Delete a recovery file once it is recovered, saved or declined (missing is fine)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _info(path: Path) -> RecoveryInfo | None:
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
        record: dict[str, Any] = data["meta"][RECOVERY_KEY]
        pid, host = int(record["pid"]), str(record["host"])
        alive = host == host_name() and process_alive(pid)
        return RecoveryInfo(path, str(record["original"]), str(record["saved_at"]), pid, host,
                            str(record.get("session", "")), alive)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not ours, or damaged: load_project would say why if it is opened

"""The file side of the project a window shows: its lock, what it was on disk, its recovery.

Plain Python over editor.core (no widgets): the window asks the questions, this keeps
the answers. One session per window; the lock is released when another file is opened
or the window closes, and the recovery file is removed once the work is saved.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from editor.core import locking, recovery
from editor.core.fileio import FileFingerprint, changed_on_disk, file_fingerprint
from editor.core.locking import LockInfo, ProjectLock
from editor.core.model import Edition


def same_file(first: str | os.PathLike[str] | None, second: str | os.PathLike[str] | None) -> bool:
    """Whether two paths name the same file (however they were spelled)."""
    if not first or not second:
        return False
    return os.path.normcase(os.path.abspath(first)) == os.path.normcase(os.path.abspath(second))


class ProjectSession:
    """The project file a window edits: lock held, fingerprint at open/save, read-only state."""

    def __init__(self) -> None:
        self.path: str | None = None
        self.lock: ProjectLock | None = None
        self.fingerprint: FileFingerprint | None = None
        self.read_only = False
        self.key = uuid.uuid4().hex  # names this window's recovery file
        self.recovery_file: str | None = None
        self._reload_declined: tuple[int, int] | None = None  # (size, mtime) not to ask again
        self._missing_noted = False

    # --- locks -------------------------------------------------------------------------
    def claim(self, path: str) -> ProjectLock:
        """Lock `path` for this window (its own lock when it already holds it).

        Raises LockedError when someone else holds it, OSError when no lock can be written.
        """
        if self.lock is not None and same_file(self.path, path) and self.lock.held():
            return self.lock
        return locking.acquire(path)

    def take_over(self, path: str) -> ProjectLock:
        """Replace a stale lock on `path` with this window's (the user agreed)."""
        return locking.take_over(path)

    def holder(self, path: str) -> LockInfo | None:
        """Who holds the lock on `path` now, if anyone."""
        return locking.read_lock(path)

    def lost_lock(self) -> bool:
        """Whether someone took this window's lock over since it was taken."""
        return self.lock is not None and not self.lock.held()

    # --- what the window shows ------------------------------------------------------------
    def opened(self, path: str | None, lock: ProjectLock | None, *, read_only: bool) -> None:
        """The window now shows project `path` (None: text not saved as a project yet)."""
        if self.lock is not None and self.lock is not lock:
            self.lock.release()
        self.path, self.lock, self.read_only = path, lock, read_only
        self.remember()

    def release(self) -> None:
        """Let go of the lock (the window closes)."""
        if self.lock is not None:
            with contextlib.suppress(OSError):
                self.lock.release()
        self.lock = None

    def remember(self) -> None:
        """Note what the project file is on disk now (after opening or saving it)."""
        self.fingerprint = None
        self._reload_declined = None
        self._missing_noted = False
        if self.path:
            with contextlib.suppress(OSError):
                self.fingerprint = file_fingerprint(self.path)

    def changed_on_disk(self) -> bool:
        """Whether someone changed (or removed) the project file since it was opened or saved."""
        if not self.path or self.fingerprint is None:
            return False
        stamp = _stamp(self.path)
        if stamp == (self.fingerprint.size, self.fingerprint.mtime_ns):
            return False  # untouched: no need to read a large file again
        return changed_on_disk(self.path, self.fingerprint)

    def missing(self) -> bool:
        return bool(self.path) and not Path(self.path).is_file()

    def note_missing(self) -> bool:
        """True the first time the project file is found gone (to say so once)."""
        first = self.missing() and not self._missing_noted
        self._missing_noted = self._missing_noted or first
        return first

    def should_offer_reload(self) -> bool:
        """Changed on disk, and not a change the user already declined to reload."""
        if not self.changed_on_disk() or self.missing():
            return False
        return _stamp(self.path) != self._reload_declined

    def decline_reload(self) -> None:
        """Do not offer this change again (the save-time check still warns about it)."""
        self._reload_declined = _stamp(self.path) if self.path else None

    # --- recovery ---------------------------------------------------------------------------
    def write_recovery(self, edition: Edition, ignored: set[str]) -> str:
        """Keep unsaved work in this window's recovery file; OutputError/OSError on failure."""
        meta = {"project_path": self.path} if self.path else {}
        path = recovery.write_recovery(self.key, edition, ignored=ignored, meta=meta)
        self.recovery_file = str(path)
        return self.recovery_file

    def discard_recovery(self) -> None:
        if self.recovery_file:
            with contextlib.suppress(OSError):
                recovery.discard_recovery(self.recovery_file)
        self.recovery_file = None


def orphaned_recoveries() -> list[recovery.RecoveryInfo]:
    """Work that windows no longer running left behind, newest first."""
    return [info for info in recovery.list_recoveries() if not info.alive]


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns

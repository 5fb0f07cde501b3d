"""Atomic file writes: a reader sees the old file or the new one, never half of either.

A save writes a temporary file in the target's folder (so the final rename never crosses a
file system), flushes and fsyncs it, optionally keeps the previous version as PATH.bak, and
renames it over the target. A save killed half-way leaves at most its temporary file, which
the next save into that folder removes.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from editor.core.locking import host_tag, process_alive

BACKUP_SUFFIX = ".bak"
# A temporary file this old is a leftover whoever wrote it (another host, a reused pid).
STALE_TEMP_SECONDS = 3600


class OutputError(Exception):
    """An output file cannot be written; the message says where and what to do.

    `code` says why, for a window to say it in its language: "folder", "not_file",
    "outside", "in_the_way", "source" (it is a file the edition was read from), or "system"
    (the OSError it was raised from gives the reason).
    """

    def __init__(self, path: str | os.PathLike[str], reason: str, code: str = "system") -> None:
        advice = (
            "choose another name or folder for the export" if code == "source"
            else "choose another folder or check its permissions and free space"
        )
        super().__init__(f"{path}: cannot write here ({reason}); {advice}")
        self.path = str(path)
        self.code = code


def file_identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """The (device, inode) of an existing regular file, whatever path names it (links,
    `..`, another spelling); None when there is no such file."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return (status.st_dev, status.st_ino) if stat.S_ISREG(status.st_mode) else None


def among_files(path: str | os.PathLike[str], others: Iterable[str | os.PathLike[str]]) -> bool:
    """Whether `path` names an existing file that one of `others` names too, so that
    writing it would replace that one."""
    identity = file_identity(path)
    return identity is not None and any(file_identity(other) == identity for other in others)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False,
                       tidy: bool = False) -> None:
    """Write `data` to `path` through a temporary file in the same folder, fsync and rename.

    With `backup`, the version being replaced is kept as PATH.bak (the backup is switched
    before the target, so a crash at any point leaves a complete target on disk). With
    `tidy`, temporary files that earlier, killed saves of `path` left are removed first;
    that lists the folder, so it is for files saved again and again (projects, recovery),
    not for batch exports into one large folder.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputError(target, "it is a folder", code="folder")
    if target.exists() and not target.is_file():
        # A device or a pipe (/dev/full, a FIFO): renaming over it would replace it.
        raise OutputError(target, "it is not a regular file", code="not_file")
    if tidy:
        _remove_stale_temps(folder, target.name)
    try:
        fd, temp = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(target, error.strerror or str(error)) from None
    try:
        _set_mode(fd, target)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and target.is_file():
            _keep_backup(target, folder)
        os.replace(temp, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise OutputError(target, error.strerror or str(error)) from None
    _sync_folder(folder)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, backup: bool = False,
                      tidy: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup, tidy=tidy)


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version of a file saved with `backup=True` is kept."""
    return Path(str(path) + BACKUP_SUFFIX)


def _set_mode(fd: int, target: Path) -> None:
    """Give the new file the old one's permissions, or the usual ones for a new file.

    mkstemp makes files only their owner may read; a project in a shared newsroom folder
    must stay readable by the colleagues who could read it before.
    """
    if not hasattr(os, "fchmod"):
        return
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    os.fchmod(fd, mode)


@functools.cache
def _umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    umask = os.umask(0o022)  # elsewhere, reading the umask means setting it for a moment
    os.umask(umask)
    return umask


def _temp_prefix(name: str) -> str:
    # Host and pid in the name let the next save tell a dead writer's leftover from a live save.
    return f".{name}.{host_tag()}-{os.getpid()}-"


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Delete temporary files of earlier saves of `name` whose writer is gone."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not (entry.name.startswith(f".{name}.") and entry.name.endswith(".tmp")):
                continue
            rest = entry.name[len(name) + 2:-4].removeprefix(BACKUP_SUFFIX[1:] + ".")
            parts = rest.split("-")
            with contextlib.suppress(OSError):
                old = time.time() - entry.stat().st_mtime > STALE_TEMP_SECONDS
                ours = len(parts) == 3 and parts[0] == host_tag() and parts[1].isdigit()
                dead = ours and (int(parts[1]) == os.getpid() or not process_alive(int(parts[1])))
                if old or dead:
                    os.unlink(entry.path)


def _keep_backup(target: Path, folder: Path) -> None:
    """Make PATH.bak the current target, switching it atomically as well."""
    backup = backup_path(target)
    # A save killed after switching the backup leaves both names on one file; renaming a
    # hard link over its twin does nothing (POSIX), so there is nothing to switch.
    with contextlib.suppress(OSError):
        if os.path.samefile(target, backup):
            return
    fd, temp = tempfile.mkstemp(prefix=_temp_prefix(backup.name), suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        os.unlink(temp)
        try:
            os.link(target, temp)  # a hard link costs nothing and is the exact old bytes
        except OSError:  # file systems without hard links (some network shares)
            shutil.copy2(target, temp)
        os.replace(temp, backup)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@dataclass(frozen=True)
class FileFingerprint:
    """What a file was when it was opened, to tell whether someone changed it since."""

    size: int
    mtime_ns: int
    sha256: str


def file_fingerprint(path: str | os.PathLike[str]) -> FileFingerprint:
    """Size, modification time and content hash of `path` (OSError if it cannot be read)."""
    p = Path(path)
    stat = p.stat()
    digest = hashlib.sha256()
    with p.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return FileFingerprint(stat.st_size, stat.st_mtime_ns, digest.hexdigest())


def changed_on_disk(path: str | os.PathLike[str], fingerprint: FileFingerprint) -> bool:
    """True when `path` is gone or its content differs from `fingerprint`.

    A file only touched (same bytes, new time) is not a change: the question "someone
    changed this file, overwrite it?" would then be a false alarm.
    """
    p = Path(path)
    try:
        stat = p.stat()
        if stat.st_size != fingerprint.size:
            return True
        return file_fingerprint(p).sha256 != fingerprint.sha256
    except OSError:
        return True

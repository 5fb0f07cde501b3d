"""A lock file beside an open project, so two people never silently overwrite each other.

`acquire` writes PROJECT.lock (user, host, process, time) and fails with `LockedError` when
someone holds it; the window then offers to open read-only, or, when the lock is stale (its
process is dead on this host, or it is older than a working day), to take it over.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import socket
import sys
import tempfile
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

LOCK_SUFFIX = ".lock"
LOCK_FORMAT = "layout-assistant/lock"


def host_name() -> str:
    """This machine's network name, as written into locks and recovery files."""
    return socket.gethostname() or "unknown host"


def host_tag() -> str:
    """A short file-name-safe tag of this host (to mark temporary files)."""
    return hashlib.sha1(host_name().encode("utf-8")).hexdigest()[:8]


def user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment (services, some containers)
        return "unknown user"


def process_alive(pid: int) -> bool:
    """Whether process `pid` runs on this host (a zombie, killed but not reaped, is dead)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, it belongs to another user
        return True
    except OSError:
        return False
    with contextlib.suppress(OSError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat[stat.rindex(")") + 2] != "Z"
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


@dataclass(frozen=True)
class LockInfo:
    """Who holds a project: user, host, process and since when (UTC, ISO 8601). User and
    host are empty, and the process 0, when the lock cannot be read."""

    user: str
    host: str
    pid: int
    time: str
    token: str = ""

    def since(self) -> datetime | None:
        try:
            moment = datetime.fromisoformat(self.time)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def describe(self) -> str:
        """'user on host (process 123) since 2026-11-28 14:02 UTC' for messages."""
        moment = self.since()
        when = moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "an unknown time"
        process = f" (process {self.pid})" if self.pid else ""
        return f"{self.user or 'unknown user'} on {self.host or 'unknown host'}{process} " \
            f"since {when}"


class LockedError(Exception):
    """The project is open elsewhere; `info` says who holds it."""

    def __init__(self, info: LockInfo, path: str | os.PathLike[str] = "") -> None:
        self.info = info
        self.path = str(path)
        where = f"{self.path} is" if self.path else "This project is"
        super().__init__(f"{where} open by {info.describe()}; open it read-only, or take it "
                         "over if that window is no longer in use")


def lock_path(project_path: str | os.PathLike[str]) -> Path:
    return Path(str(project_path) + LOCK_SUFFIX)


@dataclass
class ProjectLock:
    """A lock this process holds; `release` removes it unless someone took it over."""

    path: Path
    info: LockInfo

    def release(self) -> bool:
        """Remove the lock file if it is still ours; True when it was removed."""
        current = read_lock(self.path)
        if current is None or current.token != self.info.token:
            return False
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        return True

    def held(self) -> bool:
        """Whether the lock file on disk is still this one (nobody took it over)."""
        current = read_lock(self.path)
        return current is not None and current.token == self.info.token

    def refresh(self) -> bool:
        """Renew the lock's time, so a long session is not taken for a stale one.

        Only while the lock is still ours; the new file replaces the old atomically.
        """
        if not self.held():
            return False
        self.info = replace(self.info, time=datetime.now(UTC).isoformat(timespec="seconds"))
        fd, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                    dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(_payload(self.info))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        return True


def read_lock(path: str | os.PathLike[str]) -> LockInfo | None:
    """The lock at `path` (a lock file, or a project whose lock to read); None if there is none.

    A lock that cannot be parsed (damaged, written by something else) is reported with
    an empty user and host and its file time, so it can still be judged stale and taken over.
    """
    p = Path(path)
    if p.suffix != LOCK_SUFFIX:
        p = lock_path(p)
    try:
        raw = p.read_bytes()
        stat = p.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        raw, stat = b"", None
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]),
                        str(data["time"]), str(data.get("token", "")))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        moment = datetime.fromtimestamp(stat.st_mtime, UTC).isoformat() if stat else ""
        return LockInfo("", "", 0, moment)  # user and host unknown


def is_stale(info: LockInfo, max_age_hours: float = 12) -> bool:
    """A lock nobody uses: its process is dead on this host, or it is older than `max_age_hours`."""
    if info.host == host_name() and not process_alive(info.pid):
        return True
    moment = info.since()
    if moment is None:
        return True
    return (datetime.now(UTC) - moment).total_seconds() > max_age_hours * 3600


def acquire(project_path: str | os.PathLike[str]) -> ProjectLock:
    """Lock `project_path` for this process; LockedError if anyone (even this process) holds it.

    OSError when no lock can be written there (a read-only folder): the project can only
    be opened read-only.
    """
    target = lock_path(project_path)
    info = LockInfo(user_name(), host_name(), os.getpid(),
                    datetime.now(UTC).isoformat(timespec="seconds"), uuid.uuid4().hex)
    payload = _payload(info)
    if not _create_exclusive(target, payload):
        held = read_lock(target)
        if held is None:  # released between our attempt and our look: try once more
            if _create_exclusive(target, payload):
                return ProjectLock(target, info)
            held = read_lock(target) or LockInfo("", "", 0, "")
        raise LockedError(held, project_path)
    return ProjectLock(target, info)


def _payload(info: LockInfo) -> bytes:
    return json.dumps({"format": LOCK_FORMAT, **info.__dict__}, ensure_ascii=False,
                      indent=1).encode("utf-8")


def take_over(project_path: str | os.PathLike[str]) -> ProjectLock:
    """Remove whatever lock is on `project_path` and lock it for this process.

    The caller asks the user first; if two people take over at the same moment, one of
    them gets LockedError.
    """
    with contextlib.suppress(FileNotFoundError):
        os.unlink(lock_path(project_path))
    return acquire(project_path)


def _create_exclusive(target: Path, payload: bytes) -> bool:
    """Create `target` holding `payload` unless it exists; the file appears complete or not at all.

    The content goes to a temporary file first, then a hard link makes it the lock (link
    fails if the lock exists, like O_EXCL). Where hard links are not allowed, an O_EXCL
    create is the fallback, whose content is written right after.
    """
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temp, target)
            return True
        except FileExistsError:
            return False
        except OSError:
            pass
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    return True

"""Project locks: who holds a project, stale locks, take-over, release of our own lock only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from editor.core.locking import (
    LockedError,
    LockInfo,
    acquire,
    host_name,
    is_stale,
    lock_path,
    process_alive,
    read_lock,
    take_over,
)

ROOT = Path(__file__).parents[2]

# Another window: takes the lock, says so, and holds it until its stdin closes.
HOLDER = """
import sys
from editor.core.locking import acquire
lock = acquire(sys.argv[1])
print("locked", flush=True)
sys.stdin.read()
lock.release()
"""


def start_holder(project: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(project)],
                              env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def stop(holder: subprocess.Popen, kill: bool = False) -> None:
    if kill:
        holder.kill()
    else:
        holder.stdin.close()
    holder.wait(timeout=10)
    for stream in (holder.stdin, holder.stdout):
        if not stream.closed:
            stream.close()


def test_second_process_is_told_who_holds_the_lock(tmp_path):
    project = tmp_path / "edition.layout.json"
    holder = start_holder(project)
    try:
        with pytest.raises(LockedError) as caught:
            acquire(project)
        info = caught.value.info
        assert info.pid == holder.pid and info.host == host_name()
        message = str(caught.value)
        assert str(project) in message and f"process {holder.pid}" in message
        assert info.user in message and "since" in message and "read-only" in message
        assert not is_stale(info)
    finally:
        stop(holder)
    assert read_lock(project) is None  # released on a normal close
    acquire(project).release()


def test_lock_of_a_killed_process_is_stale_and_can_be_taken_over(tmp_path):
    project = tmp_path / "edition.layout.json"
    holder = start_holder(project)
    pid = holder.pid
    stop(holder, kill=True)
    info = read_lock(project)
    assert info is not None and info.pid == pid and is_stale(info)
    with pytest.raises(LockedError):
        acquire(project)  # stale, but taking over is the user's decision
    lock = take_over(project)
    assert read_lock(project).pid == os.getpid()
    assert lock.release() and not lock_path(project).exists()


def test_release_leaves_a_lock_someone_took_over(tmp_path):
    project = tmp_path / "edition.layout.json"
    ours = acquire(project)
    theirs = take_over(project)
    assert not ours.held() and theirs.held()
    assert not ours.release()
    assert read_lock(project).token == theirs.info.token
    assert theirs.release()


def test_same_process_cannot_lock_twice(tmp_path):
    project = tmp_path / "edition.layout.json"
    lock = acquire(project)
    with pytest.raises(LockedError):
        acquire(project)
    lock.release()


def test_lock_file_is_readable_json_beside_the_project(tmp_path):
    project = tmp_path / "edition.layout.json"
    lock = acquire(project)
    data = json.loads((tmp_path / "edition.layout.json.lock").read_text(encoding="utf-8"))
    assert {"user", "host", "pid", "time"} <= data.keys()
    assert data["pid"] == os.getpid()
    assert [p.name for p in tmp_path.iterdir()] == ["edition.layout.json.lock"]
    lock.release()


def test_old_lock_from_another_host_is_stale():
    now = datetime.now(UTC)
    fresh = LockInfo("li", "other-host", 1, now.isoformat())
    old = LockInfo("li", "other-host", 1, (now - timedelta(hours=13)).isoformat())
    assert not is_stale(fresh)  # its process may well run over there
    assert is_stale(old)
    assert not is_stale(old, max_age_hours=24)


def test_damaged_lock_is_reported_and_judged_by_its_age(tmp_path):
    project = tmp_path / "edition.layout.json"
    lock_path(project).write_bytes(b"\x00garbage")
    info = read_lock(project)
    assert info is not None and (info.user, info.host, info.pid) == ("", "", 0)  # unknown
    assert not is_stale(info)  # just written: someone may be writing it
    with pytest.raises(LockedError, match="unknown user"):
        acquire(project)
    take_over(project).release()


def test_process_alive():
    assert process_alive(os.getpid())
    assert not process_alive(0)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not process_alive(child.pid)


def test_no_lock_in_a_missing_folder_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        acquire(tmp_path / "gone" / "edition.layout.json")


def test_refresh_renews_the_time_of_our_own_lock_only(tmp_path):
    project = tmp_path / "edition.layout.json"
    project.write_text("{}", encoding="utf-8")
    lock = acquire(project)
    old = read_lock(project)
    lock.info = LockInfo(old.user, old.host, old.pid, "2000-01-01T00:00:00+00:00", old.token)
    assert lock.refresh()
    renewed = read_lock(project)
    assert renewed.token == old.token and not is_stale(renewed)
    assert renewed.since() >= old.since()
    other = take_over(project)
    assert not lock.refresh()  # taken over: ours no more, and the other lock is untouched
    assert read_lock(project).token == other.info.token

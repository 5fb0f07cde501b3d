"""Atomic saves: a save killed at any moment leaves the old or the new project, complete."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.core import edits
from editor.core.fileio import OutputError, atomic_write_bytes, atomic_write_text, backup_path
from editor.core.model import Status
from editor.core.pipeline import build_edition
from editor.core.project import load_project, save_project
from editor.core.reading import source_from_text

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "resources" / "sample"

# Loads the project, then saves two alternating versions of it until killed: version B has
# the first article marked for attention with a comment, version A is as loaded. fsync is
# slowed down as on a network share, so that kills land inside the write as well as before it.
SAVER = """
import os, stat, sys, time
real_fsync = os.fsync
def slow_fsync(fd):
    if stat.S_ISREG(os.fstat(fd).st_mode):
        time.sleep(0.15)
    real_fsync(fd)
os.fsync = slow_fsync
from editor.core.model import Status
from editor.core.project import load_project, save_project
path = sys.argv[1]
project = load_project(path)
edition = project.edition
article = next(edition.articles())
print("ready", flush=True)
turn = 0
while True:
    turn += 1
    b = turn % 2 == 1
    article.status = Status.ATTENTION if b else Status.TODO
    article.comment = "待核实" if b else ""
    save_project(path, edition, meta={"turn": turn})
"""


def big_edition():
    """About 1 MB of source: the sample's pages repeated, parsed without repair (fast)."""
    text = "\n\n".join((SAMPLE / "page1.txt").read_text(encoding="utf-8") for _ in range(90))
    return build_edition([source_from_text(text, "big.txt")], repair=False).edition


def temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_killed_save_leaves_old_or_new_complete(tmp_path):
    edition = big_edition()
    path = tmp_path / "big.layout.json"
    save_project(path, edition)
    version_a = edition.snapshot()
    article = next(edition.articles())
    edits.set_status(edition, article.id, Status.ATTENTION).apply(edition)
    edits.set_comment(edition, article.id, "待核实").apply(edition)
    version_b = edition.snapshot()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(5)
    started = time.monotonic()
    interrupted = 0
    for _ in range(8):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(path)], env=env,
                                 stdout=subprocess.PIPE, text=True)
        assert saver.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        assert load_project(path).edition.snapshot() in (version_a, version_b)
        if backup_path(path).exists():
            assert load_project(backup_path(path)).edition.snapshot() in (version_a, version_b)
        leftovers = temp_files(tmp_path)
        assert len(leftovers) <= 2  # at most the killed save's (and its backup's)
        interrupted += bool(leftovers)
    assert time.monotonic() - started < 20
    assert interrupted, "no kill landed inside a write; the test proves nothing"
    save_project(path, edition)
    assert temp_files(tmp_path) == []  # the next save removes the dead writer's leftovers


def test_leftover_of_a_live_writer_is_kept(tmp_path):
    target = tmp_path / "out.json"
    from editor.core.locking import host_tag

    live = tmp_path / f".out.json.{host_tag()}-{os.getppid()}-abc.tmp"
    dead = tmp_path / f".out.json.{host_tag()}-{2**22 + 7}-abc.tmp"
    live.write_bytes(b"half")
    dead.write_bytes(b"half")
    atomic_write_text(target, "完整", tidy=True)
    assert live.exists() and not dead.exists()
    assert target.read_text(encoding="utf-8") == "完整"


def test_write_into_a_folder_path_or_under_a_file_is_an_output_error(tmp_path):
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(OutputError, match="cannot write here"):
        atomic_write_bytes(tmp_path, b"data")
    with pytest.raises(OutputError, match="cannot write here"):
        atomic_write_bytes(tmp_path / "a_file" / "out.json", b"data")
    with pytest.raises(OutputError):
        atomic_write_bytes(tmp_path / "no" / "such" / "dir" / "out.json", b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a_file"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into read-only folders")
def test_read_only_folder_is_an_output_error_and_the_old_file_stays(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(OutputError):
            atomic_write_text(target, "new", backup=True)
    finally:
        tmp_path.chmod(0o755)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_save_after_a_kill_between_backup_and_rename_leaves_no_temp(tmp_path):
    # Killed there, a save leaves the target and its backup as two names of one file.
    target = tmp_path / "p.layout.json"
    target.write_text("old")
    os.link(target, backup_path(target))
    atomic_write_text(target, "new", backup=True)
    assert target.read_text() == "new" and backup_path(target).read_text() == "old"
    assert temp_files(tmp_path) == []


def test_a_device_or_pipe_is_never_replaced(tmp_path):
    import os

    from editor.core.fileio import OutputError, atomic_write_bytes

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(OutputError, match="not a regular file"):
        atomic_write_bytes(pipe, b"data")
    assert pipe.is_fifo()

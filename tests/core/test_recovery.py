"""Recovery files: where they live, what they record, and recovering a killed window's work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.core.locking import host_name
from editor.core.pipeline import load_edition
from editor.core.project import load_project, save_project
from editor.core.recovery import (
    DATA_ENV,
    data_dir,
    discard_recovery,
    list_recoveries,
    recovery_dir,
    write_recovery,
)

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "resources" / "sample"

# A window at work on a project: every round it edits one more article's comment and
# autosaves, then reports the round, so the test knows the last state that reached the disk.
WINDOW = """
import sys
from editor.core import edits
from editor.core.project import load_project, save_project
from editor.core.recovery import write_recovery
edition = load_project(sys.argv[1]).edition
articles = list(edition.articles())
round_ = 0
while True:
    round_ += 1
    article = articles[round_ % len(articles)]
    edits.set_comment(edition, article.id, f"第{round_}轮").apply(edition)
    write_recovery("window-1", edition, ignored={f"k{round_}"},
                   meta={"project_path": "/news/0312.layout.json", "round": round_})
    print(round_, flush=True)
"""


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    return tmp_path / "data"


def test_killed_window_leaves_a_recovery_with_its_last_state(data_folder, tmp_path):
    opened = tmp_path / "0312.layout.json"
    save_project(opened, load_edition([SAMPLE / "page1.txt", SAMPLE / "page2.txt"]).edition)
    window = subprocess.Popen([sys.executable, "-c", WINDOW, str(opened)],
                              env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdout=subprocess.PIPE, text=True)
    rounds = []
    try:
        while len(rounds) < 5:
            rounds.append(int(window.stdout.readline()))
        [info] = list_recoveries()
        assert info.alive and info.pid == window.pid  # a running window: not offered
    finally:
        window.kill()
        window.wait(timeout=10)
        rounds.extend(int(n) for n in window.stdout.read().split())
        window.stdout.close()
    last = rounds[-1]

    [info] = list_recoveries()
    assert not info.alive
    assert info.original == "/news/0312.layout.json" and info.host == host_name()
    assert info.session == "window-1" and info.saved_at
    project = load_project(info.path)
    assert project.meta["round"] in (last, last + 1)  # the kill may land after a write
    expected = load_project(opened).edition
    articles = list(expected.articles())
    for n in range(1, project.meta["round"] + 1):
        articles[n % len(articles)].comment = f"第{n}轮"
    assert project.edition.snapshot() == expected.snapshot()
    assert project.ignored == {f"k{project.meta['round']}"}

    discard_recovery(info.path)
    assert list_recoveries() == []


def test_recovery_of_an_unsaved_edition_names_its_source_files(data_folder):
    edition = load_edition([SAMPLE / "page1.txt"]).edition
    path = write_recovery("unsaved", edition)
    assert path.parent == recovery_dir() == data_folder / "recovery"
    [info] = list_recoveries()
    assert info.original == "page1.txt" and info.alive and info.pid == os.getpid()
    assert load_project(path).edition.snapshot() == edition.snapshot()


def test_one_file_per_session_newest_first(data_folder):
    edition = load_edition([SAMPLE / "page1.txt"]).edition
    first = write_recovery("a/b:c", edition, meta={"project_path": "x.layout.json"})
    write_recovery("a/b:c", edition, meta={"project_path": "x.layout.json"})
    second = write_recovery("other", edition)
    assert [i.path for i in list_recoveries()] == [second, first]
    assert "/" not in first.name and ":" not in first.name


def test_damaged_or_foreign_files_are_not_listed(data_folder):
    folder = recovery_dir()
    folder.mkdir(parents=True)
    (folder / "x.recovery.layout.json").write_bytes(b"{half")
    (folder / "notes.txt").write_text("hello")
    assert list_recoveries() == []
    discard_recovery(folder / "missing.recovery.layout.json")


def test_platform_data_folders(monkeypatch, tmp_path):
    monkeypatch.delenv(DATA_ENV)
    monkeypatch.setattr(Path, "home", lambda: tmp_path / "home")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "layout-assistant"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_dir() == tmp_path / "home" / ".local" / "share" / "layout-assistant"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert data_dir() == tmp_path / "home" / "Library" / "Application Support" / "Layout Assistant"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert data_dir() == tmp_path / "local" / "LayoutAssistant"

"""The window never loses work nor overwrites someone else's: locks, changes on disk, saving
errors, autosave failures and recovering the work of several crashed windows."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from editor.core import locking, recovery
from editor.core.fileio import OutputError
from editor.core.model import Status
from editor.core.pipeline import load_edition
from editor.core.project import load_project, save_project
from editor.ui import dialogs
from editor.ui.dialogs import DiskChangedDialog, LockedDialog, RecoveryDialog
from editor.ui.main_window import MainWindow
from editor.ui.project_session import ProjectSession, same_file
from editor.ui.settings import Settings
from tests.ui.conftest import SAMPLE, type_text

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
BUTTONS = QMessageBox.StandardButton
REAL_RECOVERY_ASK = RecoveryDialog.ask


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch):
    """Any question not answered by a test says Discard; an unexpected lock or disk
    question fails the test instead of waiting for a click."""
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: BUTTONS.Discard))

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    monkeypatch.setattr(LockedDialog, "ask", staticmethod(unexpected))
    monkeypatch.setattr(DiskChangedDialog, "ask", staticmethod(unexpected))
    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(unexpected))


@pytest.fixture
def project(tmp_path):
    """A saved project of the sample edition."""
    path = tmp_path / "edition.layout.json"
    save_project(path, load_edition(SAMPLE).edition)
    return str(path)


@pytest.fixture
def window(qtbot):
    win = MainWindow(settings=Settings())
    qtbot.addWidget(win)
    return win


def write_lock(project: str, *, host: str = "desk-07", pid: int = 4242, age_hours: float = 0):
    """A lock as another editor's window writes it."""
    moment = datetime.now(UTC) - timedelta(hours=age_hours)
    lock = {
        "format": "layout-assistant/lock",
        "user": "liwei",
        "host": host,
        "pid": pid,
        "time": moment.isoformat(timespec="seconds"),
        "token": "theirs",
    }
    locking.lock_path(project).write_text(json.dumps(lock), encoding="utf-8")


def their_version(project: str, status: Status = Status.ATTENTION) -> None:
    """Someone else saves the project: the first article gets `status`."""
    edition = load_project(project).edition
    next(edition.articles()).status = status
    save_project(project, edition)


def first(win):
    return next(win.controller.edition.articles())


def asked_lock(monkeypatch, answer):
    asked = []

    def ask(parent, path, info, stale):
        asked.append((path, info, stale))
        return answer

    monkeypatch.setattr(LockedDialog, "ask", staticmethod(ask))
    return asked


# --- locks -----------------------------------------------------------------------------------
def test_opening_a_project_locks_it_and_closing_releases_it(window, project):
    assert window.open_files([project])
    held = locking.read_lock(project)
    assert held is not None and held.pid == os.getpid()
    assert not window.session.read_only and window.save_action.isEnabled()
    assert window.close()
    assert locking.read_lock(project) is None


def test_opening_another_file_releases_the_lock(window, project):
    assert window.open_files([project])
    assert window.open_files(SAMPLE)
    assert locking.read_lock(project) is None


def test_reopening_the_same_project_keeps_its_lock(window, project):
    assert window.open_files([project])
    token = window.session.lock.info.token
    assert window.open_files([project])
    assert locking.read_lock(project).token == token


def test_a_project_held_elsewhere_opens_read_only(window, project, monkeypatch, qtbot, tmp_path):
    write_lock(project)
    asked = asked_lock(monkeypatch, dialogs.READ_ONLY)
    assert window.open_files([project])
    ((path, info, stale),) = asked
    assert (path, info.user, info.host, stale) == (project, "liwei", "desk-07", False)
    assert window.session.read_only and window.editor.isReadOnly()
    assert "read-only" in window.windowTitle()
    assert not window.save_action.isEnabled() and window.save_action.toolTip()
    assert window.save_as_action.isEnabled()
    assert not window.status_actions[Status.PROOFREAD].isEnabled()
    assert not window.new_article_action.isEnabled()
    assert not window.role_box.isEnabled() and not window.comment_action.isEnabled()
    # Edits from anywhere are refused by the controller, typing changes nothing.
    assert not window.controller.set_status(first(window).id, Status.PROOFREAD)
    text = first(window).blocks[0].text
    window.show()
    window.editor.setFocus()
    type_text(window.editor, "改")
    assert first(window).blocks[0].text == text
    assert window.controller.undo_stack.count() == 0
    assert locking.read_lock(project).token == "theirs"
    # Save As to another file works, and that copy is editable.
    copy = tmp_path / "copy.layout.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    window.save_as_action.trigger()
    assert copy.is_file() and window.controller.path == str(copy)
    assert not window.session.read_only and window.save_action.isEnabled()
    assert locking.read_lock(copy).pid == os.getpid()
    assert window.controller.set_status(first(window).id, Status.PROOFREAD)
    assert locking.read_lock(project).token == "theirs"  # theirs is left alone


def test_cancel_leaves_the_window_as_it_was(window, project, monkeypatch):
    write_lock(project)
    asked_lock(monkeypatch, dialogs.CANCEL)
    assert window.open_files(SAMPLE)
    edition = window.controller.edition
    assert not window.open_files([project])
    assert window.controller.edition is edition and not window.session.read_only


def test_a_stale_lock_is_taken_over_after_asking(window, project, monkeypatch):
    write_lock(project, age_hours=30)
    asked = asked_lock(monkeypatch, dialogs.TAKE_OVER)
    assert window.open_files([project])
    assert asked[0][2] is True  # offered because it is stale
    held = locking.read_lock(project)
    assert held.pid == os.getpid() and held.token == window.session.lock.info.token
    assert not window.session.read_only
    window.close()
    assert locking.read_lock(project) is None


def test_a_fresh_lock_is_never_taken_over(window, project, monkeypatch):
    write_lock(project)
    asked_lock(monkeypatch, dialogs.TAKE_OVER)  # not offered; a stray answer changes nothing
    assert not window.open_files([project])
    assert locking.read_lock(project).token == "theirs"


def test_a_dead_window_on_this_host_leaves_a_stale_lock(window, project, monkeypatch):
    monkeypatch.setattr(locking, "process_alive", lambda pid: False)
    write_lock(project, host=locking.host_name())
    asked = asked_lock(monkeypatch, dialogs.READ_ONLY)
    assert window.open_files([project])
    assert asked[0][2] is True and window.session.read_only


def test_a_second_window_is_told_who_holds_the_project(window, project, monkeypatch, qtbot):
    assert window.open_files([project])
    other = MainWindow(settings=Settings())
    qtbot.addWidget(other)
    asked = asked_lock(monkeypatch, dialogs.READ_ONLY)
    assert other.open_files([project])
    assert asked[0][1].pid == os.getpid() and asked[0][2] is False
    assert other.session.read_only and not window.session.read_only
    other.close()
    assert locking.read_lock(project).token == window.session.lock.info.token


def test_a_folder_without_room_for_a_lock_opens_read_only(window, project, monkeypatch):
    def refuse(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(locking, "acquire", refuse)
    told = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda p, t, text: told.append(text))
    )
    assert window.open_files([project])
    assert window.session.read_only and "Permission denied" in told[0]


def test_a_lock_taken_over_by_someone_else_stops_saving_there(window, project, monkeypatch):
    assert window.open_files([project])
    window.status_actions[Status.PROOFREAD].trigger()
    write_lock(project)  # someone judged our lock stale and took it over
    warned = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda p, t, text: warned.append(text))
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    before = Path(project).read_bytes()
    assert not window.save()
    assert "liwei" in warned[0] and Path(project).read_bytes() == before
    assert window.isWindowModified()


def test_lock_dialog_offers_take_over_only_for_a_stale_lock(qtbot, tmp_path):
    info = locking.LockInfo("liwei", "desk-07", 4242, "2026-11-28T08:02:00+00:00")
    fresh = LockedDialog("/shared/edition.layout.json", info, False)
    stale = LockedDialog("/shared/edition.layout.json", info, True)
    qtbot.addWidget(fresh)
    qtbot.addWidget(stale)
    assert fresh.take_over_button is None and stale.take_over_button is not None
    assert "liwei" in fresh.informativeText() and "desk-07" in fresh.informativeText()
    stale.take_over_button.click()
    assert stale.answer() == dialogs.TAKE_OVER
    fresh.read_only_button.click()
    assert fresh.answer() == dialogs.READ_ONLY


# --- changed on disk --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "answer", [dialogs.OVERWRITE, dialogs.RELOAD, dialogs.SAVE_ELSEWHERE, dialogs.CANCEL]
)
def test_saving_over_a_changed_file_asks_first(window, project, monkeypatch, tmp_path, answer):
    assert window.open_files([project])
    window.status_actions[Status.PROOFREAD].trigger()
    their_version(project)
    asked = []
    monkeypatch.setattr(
        DiskChangedDialog,
        "ask",
        staticmethod(lambda p, path, missing: asked.append(path) or answer),
    )
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: BUTTONS.Yes))
    elsewhere = tmp_path / "mine.layout.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(elsewhere), ""))
    )
    saved = window.save()
    assert asked == [project]
    on_disk = next(load_project(project).edition.articles()).status
    if answer == dialogs.OVERWRITE:
        assert saved and on_disk == Status.PROOFREAD and not window.isWindowModified()
    elif answer == dialogs.RELOAD:
        assert on_disk == Status.ATTENTION and first(window).status == Status.ATTENTION
        assert not window.isWindowModified()
    elif answer == dialogs.SAVE_ELSEWHERE:
        assert on_disk == Status.ATTENTION  # theirs stays
        assert next(load_project(elsewhere).edition.articles()).status == Status.PROOFREAD
        assert window.controller.path == str(elsewhere) and locking.read_lock(project) is None
    else:
        assert not saved and on_disk == Status.ATTENTION and window.isWindowModified()


def test_reload_keeps_unsaved_work_unless_confirmed(window, project, monkeypatch):
    assert window.open_files([project])
    window.status_actions[Status.PROOFREAD].trigger()
    their_version(project)
    monkeypatch.setattr(DiskChangedDialog, "ask", staticmethod(lambda *a: dialogs.RELOAD))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: BUTTONS.No))
    assert not window.save()
    assert first(window).status == Status.PROOFREAD and window.isWindowModified()


def test_saving_an_unchanged_file_asks_nothing(window, project):
    assert window.open_files([project])
    window.status_actions[Status.PROOFREAD].trigger()
    assert window.save() and window.save()  # our own save is the version on disk now


def activate(window, qtbot):
    window.event(QEvent(QEvent.Type.WindowActivate))
    QCoreApplication.processEvents()  # the deferred check runs, as after a real activation


def test_activation_offers_to_reload_a_changed_project(window, project, monkeypatch, qtbot):
    assert window.open_files([project])
    their_version(project)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or BUTTONS.Yes)
    )
    activate(window, qtbot)
    assert len(asked) == 1 and first(window).status == Status.ATTENTION
    activate(window, qtbot)
    assert len(asked) == 1  # nothing new on disk: nothing asked


def test_activation_with_unsaved_changes_only_tells(window, project, monkeypatch, qtbot):
    assert window.open_files([project])
    window.status_actions[Status.PROOFREAD].trigger()
    their_version(project)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a)))
    activate(window, qtbot)
    assert asked == [] and "changed" in window.statusBar().currentMessage()
    assert first(window).status == Status.PROOFREAD


def test_a_declined_reload_is_not_offered_again(window, project, monkeypatch, qtbot):
    assert window.open_files([project])
    their_version(project)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a) or BUTTONS.No)
    )
    activate(window, qtbot)
    activate(window, qtbot)
    assert len(asked) == 1 and first(window).status == Status.TODO
    their_version(project, Status.PROOFREAD)  # a newer change is offered again
    activate(window, qtbot)
    assert len(asked) == 2


# --- saving errors ------------------------------------------------------------------------------
def test_saving_into_an_unwritable_place_says_so(window, tmp_path, monkeypatch):
    assert window.open_files(SAMPLE)
    window.status_actions[Status.PROOFREAD].trigger()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "edition.layout.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda p, t, text: shown.append(text))
    )
    assert not window.save()
    assert len(shown) == 1 and "not saved" in shown[0]
    assert window.isWindowModified() and window.controller.path is None


def test_a_failed_save_leaves_the_old_file_untouched(window, project, monkeypatch):
    from editor.core import fileio

    assert window.open_files([project])
    window.status_actions[Status.PROOFREAD].trigger()
    before = Path(project).read_bytes()

    def disk_full(source, target):
        raise OSError(28, "No space left on device")

    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda p, t, text: shown.append(text))
    )
    with monkeypatch.context() as patch:
        patch.setattr(fileio.os, "replace", disk_full)
        assert not window.save()
    assert "No space left" in shown[0]
    assert Path(project).read_bytes() == before
    assert window.isWindowModified() and window.controller.path == project
    assert not [n for n in os.listdir(os.path.dirname(project)) if n.endswith(".tmp")]


def test_exporting_into_an_unwritable_place_says_so(window, tmp_path, monkeypatch, answer_export):
    assert window.open_files(SAMPLE)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    answer_export(blocker / "out.json")
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda p, t, text: shown.append(text))
    )
    assert not window.export()
    assert shown and "a-file" in shown[0]


def test_autosave_failure_is_a_status_message_not_a_dialog(window, monkeypatch):
    assert window.open_files(SAMPLE)
    window.status_actions[Status.PROOFREAD].trigger()

    def fail(*args, **kwargs):
        raise OutputError("/data/recovery", "disk full")

    monkeypatch.setattr(recovery, "write_recovery", fail)
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a: pytest.fail("a dialog")))
    assert not window.autosave() and not window.autosave()
    assert "Autosave failed" in window.statusBar().currentMessage()


# --- recovery -------------------------------------------------------------------------------------
def crashed_windows(monkeypatch, count: int) -> list[str]:
    """Recovery files of `count` windows whose process is gone, newest first."""
    edition = load_edition(SAMPLE).edition
    paths = []
    for n in range(count):
        next(edition.articles()).comment = f"work {n}"
        meta = {"project_path": f"/shared/edition-{n}.layout.json"}
        paths.append(str(recovery.write_recovery(f"crashed-{n}", edition, meta=meta)))
    monkeypatch.setattr(recovery, "process_alive", lambda pid: False)
    return paths[::-1]


def test_every_crashed_window_is_offered(window, monkeypatch):
    paths = crashed_windows(monkeypatch, 3)
    shown = []

    def choose(dialog):
        shown.extend(
            dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())
        )
        dialog.list.setCurrentItem(dialog.list.topLevelItem(2))  # the oldest: discard it
        dialog.discard_button.click()
        dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
        dialog.recover_button.click()
        return dialog.result()

    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(REAL_RECOVERY_ASK))
    monkeypatch.setattr(RecoveryDialog, "exec", choose)
    assert window.offer_recovery()
    assert shown == [f"/shared/edition-{n}.layout.json" for n in (2, 1, 0)]
    assert not os.path.exists(paths[2])  # discarded
    assert not os.path.exists(paths[1])  # recovered: now this window's work
    assert os.path.exists(paths[0])  # left for later
    assert first(window).comment == "work 1" and window.isWindowModified()
    assert window.controller.path == "/shared/edition-1.layout.json"  # saved back there


def test_later_keeps_every_recovery(window, monkeypatch):
    paths = crashed_windows(monkeypatch, 2)
    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(lambda parent, found: (None, [])))
    assert not window.offer_recovery()
    assert all(os.path.exists(p) for p in paths) and window.controller.edition is None


def test_recovered_work_of_a_project_locks_it_again(window, project, monkeypatch):
    edition = load_project(project).edition
    next(edition.articles()).status = Status.PROOFREAD
    recovery.write_recovery("crashed", edition, meta={"project_path": project})
    monkeypatch.setattr(recovery, "process_alive", lambda pid: False)
    monkeypatch.setattr(locking, "process_alive", lambda pid: False)
    write_lock(project, host=locking.host_name())  # the crashed window's own lock
    asked = asked_lock(monkeypatch, dialogs.TAKE_OVER)
    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(lambda parent, found: (found[0], [])))
    assert window.offer_recovery()
    assert asked[0][2] is True
    assert window.controller.path == project and not window.session.read_only
    assert first(window).status == Status.PROOFREAD and window.isWindowModified()
    assert window.save()
    assert next(load_project(project).edition.articles()).status == Status.PROOFREAD


# --- the session on its own ----------------------------------------------------------------
def test_session_sees_changes_by_content_not_by_touch(project):
    session = ProjectSession()
    session.opened(project, None, read_only=False)
    assert not session.changed_on_disk()
    os.utime(project, ns=(1, 1))
    assert not session.changed_on_disk()  # touched, same bytes
    their_version(project)
    assert session.changed_on_disk() and session.should_offer_reload()
    session.decline_reload()
    assert not session.should_offer_reload() and session.changed_on_disk()
    os.unlink(project)
    assert session.changed_on_disk() and session.missing() and not session.should_offer_reload()


def test_same_file_compares_spellings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert same_file("a.layout.json", str(tmp_path / "a.layout.json"))
    assert not same_file(None, "a") and not same_file("a", "b")


def test_coming_back_to_the_program_checks_the_project(window, project, monkeypatch, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    assert window.open_files([project])
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QCoreApplication.processEvents()  # the activation's own check finds nothing changed
    their_version(project)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a) or BUTTONS.Yes)
    )
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: first(window).status == Status.ATTENTION)
    assert len(asked) == 1


def test_a_project_deleted_meanwhile_is_mentioned_once(window, project, monkeypatch, qtbot):
    assert window.open_files([project])
    os.unlink(project)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a)))
    activate(window, qtbot)
    assert "deleted" in window.statusBar().currentMessage() and asked == []
    window.statusBar().clearMessage()
    activate(window, qtbot)
    assert window.statusBar().currentMessage() == ""


def test_autosave_keeps_the_lock_of_a_long_session_fresh(window, project):
    window.open_files([project])
    lock = window.session.lock
    before = locking.read_lock(project)
    aged = locking.LockInfo(before.user, before.host, before.pid, "2000-01-01T00:00:00+00:00",
                    before.token)
    Path(lock.path).write_text(json.dumps({"format": "layout-assistant/lock", **aged.__dict__}),
                               encoding="utf-8")
    assert locking.is_stale(locking.read_lock(project))
    window.autosave()
    renewed = locking.read_lock(project)
    assert renewed.token == before.token and not locking.is_stale(renewed)

"""Fixtures for the window's tests: settings in a temp folder, a controller with the sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = [
    str(ROOT / "resources" / "sample" / "page1.txt"),
    str(ROOT / "resources" / "sample" / "page2.txt"),
]
SEED = ROOT.parent / "shared" / "seeds" / "000_80fa3b934ed91d1c.txt"


@pytest.fixture(autouse=True)
def isolated_data(monkeypatch, tmp_path_factory):
    """Recovery files go to a fresh folder, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("LAYOUT_ASSISTANT_DATA", str(folder))
    return folder


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path_factory):
    """Point QSettings at a fresh folder so tests never read or write the user's settings."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("LayoutAssistantTests")
    QCoreApplication.setApplicationName("LayoutAssistantTests")
    yield folder
    QSettings().clear()


@pytest.fixture
def controller(qapp):
    from editor.ui.controller import Controller

    ctl = Controller()
    ctl.load_files(SAMPLE)
    yield ctl
    ctl.deleteLater()


def type_text(widget, text: str) -> None:
    """Type text as key presses (QTest.keyClicks only knows ASCII; editors type Chinese)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def answer_export(monkeypatch, qtbot):
    """File ▸ Export without a modal loop: `answer_export(target, fmt)` makes the next Export
    dialog choose `fmt`, write to `target` and close as the user's click would (its message
    boxes are recorded in the list this returns; a test stubs `critical` to see failures)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QMessageBox

    from editor.ui.export_dialog import ExportDialog

    reported: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *_: reported.append(text))
    )

    def answer(target, fmt: str = "json") -> list[str]:
        def run(dialog: ExportDialog) -> int:
            ids = [
                dialog.format_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(dialog.format_list.count())
            ]
            dialog.format_list.setCurrentRow(ids.index(fmt))
            dialog.target_edit.setText(str(target))
            results: list[int] = []
            dialog.finished.connect(results.append)
            if dialog.start_export():
                qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=10000)
            return results[0] if results else QDialog.DialogCode.Rejected

        monkeypatch.setattr(ExportDialog, "exec", run)
        return reported

    return answer


_made_controllers: list = []


@pytest.fixture(autouse=True)
def _delete_controllers(qapp):
    """Controllers go with their test: left to interpreter exit, PySide6 may crash there."""
    yield
    while _made_controllers:
        made = _made_controllers.pop()
        made.undo_stack.clear()
        made.deleteLater()
    qapp.processEvents()


def empty_controller():
    """A controller with no edition open, deleted after the test."""
    from editor.ui.controller import Controller

    made = Controller()
    _made_controllers.append(made)
    return made


def new_controller(sources, repair: bool = True):
    """A controller on an edition built from `sources`, deleted after the test."""
    from editor.core.pipeline import build_edition

    made = empty_controller()
    loaded = build_edition(sources, repair=repair)
    made.set_edition(loaded.edition, loaded.edition.repairs, loaded.repair)
    return made

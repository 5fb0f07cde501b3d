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

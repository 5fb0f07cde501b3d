"""Start the window: the application object, its settings identity, translation, first files."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from editor.ui.icons import app_icon
from editor.ui.main_window import MainWindow, optional_widget
from editor.ui.settings import Settings

ORGANIZATION = "LayoutAssistant"
APPLICATION = "Layout Assistant"
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"


def sample_files() -> list[str]:
    """The bundled two-page sample edition, opened when no file is given."""
    pages = [SAMPLE / "page1.txt", SAMPLE / "page2.txt"]
    return [str(p) for p in pages if p.exists()]


def create_window(files: list[str]) -> MainWindow:
    """The main window on `files`, or on the sample edition when none is given."""
    window = MainWindow(settings=Settings())
    window.open_files(list(files) or sample_files())
    return window


def run_app(files: list[str]) -> int:
    """Open the window and run the event loop; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(app_icon())
    install = optional_widget("editor.ui.translations", "install_translator")
    if install is not None:
        install(app, Settings().language)
    window = create_window(files)
    window.show()
    return app.exec()


def main() -> int:
    """Entry point of the `layout-assistant-gui` script."""
    return run_app(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

"""Start the window: the application object, its settings identity, translation, first files.

Qt is imported inside the functions that start the window, so importing this module (for
`protect_singletons`, say) costs nothing and works where Qt is missing.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

ORGANIZATION = "LayoutAssistant"
APPLICATION = "Layout Assistant"
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"


def protect_singletons() -> None:
    """Give None, True and False a reserve of references (Python before 3.12 only).

    PySide6 6.12 hands some QVariant results (an invalid variant as None, a bool) to
    Python without taking a reference, so every such call drops one reference it never
    took; on Python 3.11, where these singletons are not immortal, a long session ends in
    "deallocating None". A large reserve makes them effectively immortal, as Python 3.12
    does by design. Harmless once the binding is fixed.
    """
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


def sample_files() -> list[str]:
    """The bundled two-page sample edition, opened when no file is given."""
    pages = [SAMPLE / "page1.txt", SAMPLE / "page2.txt"]
    return [str(p) for p in pages if p.exists()]


def create_window(files: list[str]) -> MainWindow:
    """The main window on `files` (the sample edition when none is given).

    Work a crashed window left behind is offered first; taking it replaces the files.
    """
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    window = MainWindow(settings=Settings())
    if not window.offer_recovery():
        window.open_files(list(files) or sample_files())
    return window


def run_app(files: list[str]) -> int:
    """Open the window and run the event loop; returns the exit code."""
    protect_singletons()
    from PySide6.QtWidgets import QApplication

    from editor.ui.icons import app_icon
    from editor.ui.main_window import optional_widget
    from editor.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(app_icon())
    install = optional_widget("editor.ui.translations", "install_translator")
    if install is not None:
        install(app, Settings().language or None)  # None: follow the system's language
    window = create_window(files)
    window.show()
    return app.exec()


def main() -> int:
    """Entry point of the `layout-assistant-gui` script."""
    return run_app(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

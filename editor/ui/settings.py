"""The window's settings, one typed schema over QSettings.

Tests point QSettings at a temporary folder (see tests/ui/conftest.py), so nothing here
knows where the values live.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from editor.core.repair import DEFAULT_THRESHOLD

MAX_RECENT = 10
LANGUAGES = ("zh_CN", "en")


class Settings:
    """Typed access to the stored settings; each property reads and writes QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()

    def sync(self) -> None:
        self._store.sync()

    # window ---------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray:
        return QByteArray(self._store.value("window/geometry", QByteArray()))

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return QByteArray(self._store.value("window/state", QByteArray()))

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    # files ----------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self._store.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: str) -> None:
        """Put `path` first in the recent files, without duplicates, at most MAX_RECENT."""
        recent = [path] + [p for p in self.recent_files if p != path]
        self._store.setValue("files/recent", recent[:MAX_RECENT])

    def clear_recent(self) -> None:
        self._store.setValue("files/recent", [])

    @property
    def last_folder(self) -> str:
        return str(self._store.value("files/last_folder", ""))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._store.setValue("files/last_folder", value)

    # behaviour ------------------------------------------------------------------
    @property
    def repair_threshold(self) -> float:
        try:
            value = float(self._store.value("repair/threshold", DEFAULT_THRESHOLD))
        except (TypeError, ValueError):
            return DEFAULT_THRESHOLD
        return min(1.01, max(0.0, value))

    @repair_threshold.setter
    def repair_threshold(self, value: float) -> None:
        self._store.setValue("repair/threshold", float(value))

    @property
    def language(self) -> str:
        """The chosen language ("zh_CN" or "en"); "" until chosen: follow the system."""
        value = str(self._store.value("ui/language", ""))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def autosave_minutes(self) -> int:
        """Minutes between autosaves of a project; 0 turns autosave off."""
        try:
            return max(0, int(self._store.value("project/autosave_minutes", 5)))
        except (TypeError, ValueError):
            return 5

    @autosave_minutes.setter
    def autosave_minutes(self, value: int) -> None:
        self._store.setValue("project/autosave_minutes", int(value))

    # export ---------------------------------------------------------------------
    @property
    def export_format(self) -> str:
        """The format of the last export from the window ("" before the first)."""
        return str(self._store.value("export/format", ""))

    @export_format.setter
    def export_format(self, value: str) -> None:
        self._store.setValue("export/format", value)

    @property
    def export_options(self) -> list[str] | None:
        """The export options last switched on; None before the first export (the defaults)."""
        if not self._store.contains("export/options"):
            return None
        return [name for name in str(self._store.value("export/options", "")).split(",") if name]

    @export_options.setter
    def export_options(self, names: list[str]) -> None:
        # One comma-separated string: QSettings stores an empty list as nothing at all.
        self._store.setValue("export/options", ",".join(names))

    @property
    def export_folder(self) -> str:
        """The folder the last export went into ("" before the first)."""
        return str(self._store.value("export/folder", ""))

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._store.setValue("export/folder", value)

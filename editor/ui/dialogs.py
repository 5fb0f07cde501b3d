"""The window's small dialogs: pick an article, preferences, a locked project, a project
changed on disk, and the work crashed windows left behind.

Each asks one question and returns the answer; the window acts on it. Tests replace a
dialog's `ask` (or `exec`) instead of showing it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.locking import LockInfo
from editor.core.model import Edition
from editor.core.recovery import RecoveryInfo
from editor.ui.problem_text import local_time, lock_holder
from editor.ui.settings import Settings
from editor.ui.tree_model import article_title

# Answers of the lock and changed-on-disk questions.
READ_ONLY, TAKE_OVER, CANCEL = "read-only", "take-over", "cancel"
OVERWRITE, RELOAD, SAVE_ELSEWHERE = "overwrite", "reload", "save-elsewhere"


class ArticlePicker(QDialog):
    """Choose an article by typing part of its headline (the "Move to article…" dialog)."""

    def __init__(self, edition: Edition, exclude: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to article"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by headline"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        for section in edition.sections:
            for article in section.articles:
                if article.id == exclude:
                    continue
                title = article_title(article) or self.tr("(empty article)")
                item = QListWidgetItem(f"{title}    — {section.title}" if section.title else title)
                item.setData(Qt.ItemDataRole.UserRole, article.id)
                self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self.accept)
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def _filter(self, text: str) -> None:
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(text.strip().lower() not in item.text().lower())
            if first_visible is None and not item.isHidden():
                first_visible = row
        if first_visible is not None:
            self.list.setCurrentRow(first_visible)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)

    @staticmethod
    def choose(parent: QWidget, edition: Edition, exclude: int | None) -> int | None:
        dialog = ArticlePicker(edition, exclude, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PreferencesDialog(QDialog):
    """The few settings an editor may want to change: auto-repair confidence, autosave."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(0.5, 1.01)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(settings.repair_threshold)
        self.threshold.setToolTip(
            self.tr(
                "Findings at least this confident are repaired when an "
                "edition is imported; above 1.00 nothing is."
            )
        )
        self.autosave = QSpinBox(self)
        self.autosave.setRange(0, 120)
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setSpecialValueText(self.tr("Off"))
        self.autosave.setValue(settings.autosave_minutes)
        form = QFormLayout(self)
        form.addRow(self.tr("Auto-repair confidence:"), self.threshold)
        form.addRow(self.tr("Keep unsaved work every:"), self.autosave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def edit(parent: QWidget, settings: Settings) -> bool:
        """Show the dialog; store the values when accepted."""
        dialog = PreferencesDialog(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        settings.repair_threshold = dialog.threshold.value()
        settings.autosave_minutes = dialog.autosave.value()
        return True


class LockedDialog(QMessageBox):
    """Someone holds the project: say who, where and since when; open read-only, take it
    over (only a stale lock), or cancel."""

    def __init__(self, path: str, info: LockInfo, stale: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Project in use"))
        self.setText(self.tr("%1 is open in another window.").replace("%1", path))
        details = self.tr("Opened by %1.").replace("%1", lock_holder(info))
        advice = (
            self.tr(
                "That window seems to be gone (its process has ended, or the lock is old). "
                "You can take the project over, or open it read-only."
            )
            if stale
            else self.tr(
                "You can open it read-only and save your changes under another name; "
                "ask them to close it before you edit it."
            )
        )
        self.setInformativeText(f"{details}\n\n{advice}")
        self.read_only_button = self.addButton(
            self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.take_over_button: QPushButton | None = None
        if stale:
            self.take_over_button = self.addButton(
                self.tr("&Take over"), QMessageBox.ButtonRole.DestructiveRole
            )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.cancel_button)

    def answer(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.read_only_button:
            return READ_ONLY
        if clicked is not None and clicked is self.take_over_button:
            return TAKE_OVER
        return CANCEL

    @staticmethod
    def ask(parent: QWidget, path: str, info: LockInfo, stale: bool) -> str:
        """READ_ONLY, TAKE_OVER (offered for a stale lock only) or CANCEL."""
        dialog = LockedDialog(path, info, stale, parent)
        dialog.exec()
        return dialog.answer()


class DiskChangedDialog(QMessageBox):
    """Before saving: the project file changed since it was opened. Overwrite it, reload
    it, or save this work under another name."""

    def __init__(self, path: str, missing: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Project changed on disk"))
        if missing:
            self.setText(
                self.tr("%1 was moved or deleted since you opened it.").replace("%1", path)
            )
        else:
            self.setText(
                self.tr("%1 was changed by someone else since you opened or saved it.").replace(
                    "%1", path
                )
            )
        self.setInformativeText(
            self.tr(
                "Overwrite replaces their version with yours (it is kept as a backup). "
                "Reload shows their version and discards your unsaved changes. "
                "Save elsewhere keeps both."
            )
        )
        self.overwrite_button = self.addButton(
            self.tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.reload_button: QPushButton | None = None
        if not missing:
            self.reload_button = self.addButton(
                self.tr("&Reload"), QMessageBox.ButtonRole.ResetRole
            )
        self.elsewhere_button = self.addButton(
            self.tr("Save &elsewhere…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.elsewhere_button)
        self.setEscapeButton(self.cancel_button)

    def answer(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.overwrite_button:
            return OVERWRITE
        if clicked is not None and clicked is self.reload_button:
            return RELOAD
        if clicked is self.elsewhere_button:
            return SAVE_ELSEWHERE
        return CANCEL

    @staticmethod
    def ask(parent: QWidget, path: str, missing: bool) -> str:
        """OVERWRITE, RELOAD (not for a missing file), SAVE_ELSEWHERE or CANCEL."""
        dialog = DiskChangedDialog(path, missing, parent)
        dialog.exec()
        return dialog.answer()


class RecoveryDialog(QDialog):
    """The unsaved work of windows that closed without saving: recover one, discard some,
    or decide later (they are offered again at the next start)."""

    def __init__(self, recoveries: list[RecoveryInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.recovered: RecoveryInfo | None = None
        self.discarded: list[RecoveryInfo] = []
        intro = QLabel(
            self.tr(
                "These windows closed without saving their work (the program or the "
                "computer stopped). Recover one now; Discard deletes the selected work "
                "for good; Later keeps it for the next start."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Edition or project"), self.tr("Last kept")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for info in recoveries:
            item = QTreeWidgetItem([info.original, local_time(info.saved_at)])
            item.setToolTip(0, info.original)
            item.setData(0, Qt.ItemDataRole.UserRole, info)
            self.list.addTopLevelItem(item)
        if recoveries:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        buttons = QDialogButtonBox(self)
        self.recover_button = buttons.addButton(
            self.tr("&Recover"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self.recover_current)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        self.list.itemActivated.connect(lambda _item, _column: self.recover_current())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self._update_buttons()
        self.resize(620, 300)

    def _update_buttons(self) -> None:
        selected = len(self.list.selectedItems())
        self.recover_button.setEnabled(selected == 1)
        self.discard_button.setEnabled(selected > 0)

    def recover_current(self) -> None:
        items = self.list.selectedItems()
        if len(items) == 1:
            self.recovered = items[0].data(0, Qt.ItemDataRole.UserRole)
            self.accept()

    def discard_selected(self) -> None:
        for item in self.list.selectedItems():
            self.discarded.append(item.data(0, Qt.ItemDataRole.UserRole))
            self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        if self.list.topLevelItemCount() == 0:
            self.reject()
        else:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    @staticmethod
    def ask(
        parent: QWidget, recoveries: list[RecoveryInfo]
    ) -> tuple[RecoveryInfo | None, list[RecoveryInfo]]:
        """(the work to recover or None, the work to delete)."""
        dialog = RecoveryDialog(recoveries, parent)
        dialog.exec()
        return dialog.recovered, dialog.discarded

"""The window's file work: open, save, export, locks and changes on disk.

A mixin of MainWindow (it uses the window's controller, settings, actions and status bar),
kept apart so the window's layout and its file handling each read in one sitting. The
rule throughout: never lose work, never write over someone else's without asking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from editor.core.fileio import OutputError
from editor.core.locking import LockedError, ProjectLock, is_stale
from editor.core.project import ProjectError
from editor.core.reading import InputError
from editor.ui.controller import PROJECT_SUFFIX, is_project_file
from editor.ui.dialogs import (
    OVERWRITE,
    READ_ONLY,
    RELOAD,
    SAVE_ELSEWHERE,
    TAKE_OVER,
    DiskChangedDialog,
    LockedDialog,
)
from editor.ui.export_dialog import ExportDialog
from editor.ui.problem_text import lock_holder, notice_text, os_reason, problem_text
from editor.ui.project_session import same_file

OPEN_ERRORS: tuple[type[Exception], ...] = (InputError, OSError, ProjectError)
SAVE_ERRORS: tuple[type[Exception], ...] = (OutputError, OSError)

# What opening a project settled: the lock taken (None: none) and whether it is read-only.
Claim = tuple[ProjectLock | None, bool]


class FileActions:
    """Open, save, export and close for MainWindow (mixed into it)."""

    # --- opening -------------------------------------------------------------------------
    def open_files(self, paths: list[str]) -> bool:
        """Open page files as one edition, or a project; a bad file is explained, not raised.

        A project is locked first; when someone else holds it the user chooses read-only,
        taking a stale lock over, or not opening it.
        """
        if not paths or not self.maybe_save():
            return False
        project = len(paths) == 1 and is_project_file(paths[0])
        claim: Claim | None = self._claim(paths[0]) if project else (None, False)
        if claim is None:
            return False
        lock, read_only = claim
        was_read_only = self.controller.read_only
        self.controller.read_only = read_only  # the editor shows it read-only from the start
        if not self._load(paths):
            self.controller.read_only = was_read_only
            if lock is not None and lock is not self.session.lock:
                lock.release()
            return False
        self.session.discard_recovery()
        self.session.opened(paths[0] if project else None, lock, read_only=read_only)
        self._show_read_only()
        self._show_notices()
        self.settings.add_recent("\n".join(paths))
        self.settings.last_folder = str(Path(paths[0]).parent)
        self._update_recent_menu()
        self._update_title()
        return True

    def _load(self, paths: list[str]) -> bool:
        try:
            self.controller.load_files(paths)
        except OPEN_ERRORS as error:
            QMessageBox.critical(self, self.tr("Cannot open"), problem_text(error))
            return False
        except Exception as error:  # noqa: BLE001 - a reading bug must not close the window
            QMessageBox.critical(
                self,
                self.tr("Cannot open"),
                self.tr(
                    "The edition could not be read because of an error in the program "
                    "(%1: %2). Please report it with the file."
                )
                .replace("%1", type(error).__name__)
                .replace("%2", str(error)),
            )
            return False
        return True

    def _show_notices(self) -> None:
        """Say what the reader should know about the files just opened (a layout that mixes
        stories line by line): the edition is open, but the editor should not trust it."""
        sentences = [notice_text(notice) for notice in self.controller.notices]
        if sentences:
            QMessageBox.warning(self, self.tr("Check the edition's text"), "\n\n".join(sentences))

    def _claim(self, path: str) -> Claim | None:
        """Lock a project before opening it; None when the user chose not to open it."""
        try:
            return self.session.claim(path), False
        except LockedError as error:
            stale = is_stale(error.info)
            answer = LockedDialog.ask(self, path, error.info, stale)
            if answer == READ_ONLY:
                return None, True
            if answer == TAKE_OVER and stale:
                try:
                    return self.session.take_over(path), False
                except LockedError as again:
                    QMessageBox.warning(
                        self,
                        self.tr("Project in use"),
                        self.tr("%1 took this project over first; it is opened read-only.").replace(
                            "%1", f"{again.info.user} ({again.info.host})"
                        ),
                    )
                    return None, True
                except OSError as failure:
                    self._no_lock_message(path, failure)
                    return None, True
            return None
        except OSError as error:
            self._no_lock_message(path, error)
            return None, True

    def _no_lock_message(self, path: str, error: OSError) -> None:
        QMessageBox.information(
            self,
            self.tr("Opened read-only"),
            self.tr(
                "No lock can be written in the folder of %1 (%2), so others could not see "
                "that you are editing it. It is opened read-only: use Save As to keep your "
                "changes in a folder you can write to."
            )
            .replace("%1", path)
            .replace("%2", os_reason(error)),
        )

    def import_text(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import edition text (one file per page)"),
            self.settings.last_folder,
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if paths:
            self.open_files(paths)

    def open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            self.settings.last_folder,
            self.tr("Layout Assistant projects (*%1);;All files (*)").replace("%1", PROJECT_SUFFIX),
        )
        if path:
            self.open_files([path])

    # --- read-only --------------------------------------------------------------------------
    def _show_read_only(self) -> None:
        """Follow the session's read-only state: actions, editor, Save, title, status bar."""
        read_only = self.session.read_only
        self.controller.read_only = read_only
        self.editor.follow_read_only()
        self.role_box.show_role(self.editor.current_role())
        self.read_only_label.setVisible(read_only)
        self._update_edit_actions()
        self._update_title()

    def _refused_edit(self) -> None:
        self.statusBar().showMessage(
            self.tr("This project is open read-only: use Save As to keep your own copy"), 5000
        )

    # --- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the project's own file; an edition not saved yet (or read-only) asks where."""
        if self.controller.path and not self.session.read_only:
            return self._save_to(self.controller.path) or (
                self.session.lost_lock() and self.save_as()
            )
        return self.save_as()

    def save_as(self) -> bool:
        if self.controller.edition is None:
            return False
        suggestion = self.controller.path or str(
            Path(self.settings.last_folder or ".") / (self._base_name() + PROJECT_SUFFIX)
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save project"),
            suggestion,
            self.tr("Layout Assistant projects (*%1)").replace("%1", PROJECT_SUFFIX),
        )
        if not path:
            return False
        if not path.endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        """Save the project to `path`: the window's own file after checking nobody changed it,
        or a new file that this window then locks and edits."""
        own = same_file(path, self.session.path)
        lock = self.session.lock
        if own and self.session.read_only:
            QMessageBox.warning(
                self,
                self.tr("Cannot save"),
                self.tr("This project is open read-only. Save it under another name."),
            )
            return False
        if own and self.session.lost_lock():
            holder = self.session.holder(path)
            QMessageBox.warning(
                self,
                self.tr("Project taken over"),
                self.tr(
                    "%1 took this project over, so your changes were not saved there. "
                    "Save them under another name."
                ).replace("%1", lock_holder(holder) if holder else self.tr("Someone")),
            )
            return False
        if own:
            answer = self._check_disk_before_save()
            if answer == RELOAD:
                return self.reload_project(confirm=True)
            if answer == SAVE_ELSEWHERE:
                return self.save_as()
            if answer is not None and answer != OVERWRITE:
                return False
        else:
            try:
                lock = self.session.claim(path)
            except LockedError as error:
                QMessageBox.warning(
                    self,
                    self.tr("Cannot save"),
                    self.tr("%1 is open in another window (%2). Choose another name.")
                    .replace("%1", path)
                    .replace("%2", lock_holder(error.info)),
                )
                return False
            except OSError:
                lock = None  # the save below says why the folder cannot be written
        try:
            self.controller.save_project(path)
        except SAVE_ERRORS as error:
            if lock is not None and lock is not self.session.lock:
                lock.release()
            QMessageBox.critical(
                self,
                self.tr("Cannot save"),
                self.tr(
                    "The project was not saved: %1\n\nYour changes are still open in this "
                    "window and the file on disk is as it was. Try Save As in another folder."
                ).replace("%1", problem_text(error)),
            )
            return False
        if not own:
            self.session.opened(path, lock, read_only=False)
            self._show_read_only()
        else:
            self.session.remember()
        self.session.discard_recovery()
        self.settings.add_recent(path)
        self._update_recent_menu()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        return True

    def _check_disk_before_save(self) -> str | None:
        """None when the file is as this window left it; else the user's answer."""
        if not self.session.changed_on_disk():
            return None
        return DiskChangedDialog.ask(self, self.session.path, self.session.missing())

    def reload_project(self, *, confirm: bool = False) -> bool:
        """Read the project file again (someone saved a new version), keeping the lock."""
        path = self.session.path
        if not path or self.controller.edition is None:
            return False
        if confirm and not self.controller.undo_stack.isClean():
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                self.tr("Reload project"),
                self.tr("Discard your unsaved changes and show the version on disk?"),
                buttons.Yes | buttons.No,
                buttons.No,
            )
            if answer != buttons.Yes:
                return False
        if not self._load([path]):
            return False
        self.session.discard_recovery()
        self.session.remember()
        self._update_title()
        self.statusBar().showMessage(self.tr("Reloaded %1").replace("%1", path), 5000)
        return True

    def check_disk(self) -> bool:
        """When the window comes back to the front: offer to reload a project someone changed,
        if there are no unsaved changes (the save warns otherwise). True if reloaded."""
        if self.session.note_missing():
            self.statusBar().showMessage(
                self.tr("%1 was moved or deleted since you opened it.").replace(
                    "%1", self.session.path
                ),
                8000,
            )
            return False
        if self._checking_disk or not self.session.should_offer_reload():
            return False
        if not self.controller.undo_stack.isClean():
            self.statusBar().showMessage(
                self.tr(
                    "The project file was changed by someone else; you will be asked "
                    "before saving over it"
                ),
                8000,
            )
            return False
        self._checking_disk = True
        try:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                self.tr("Project changed on disk"),
                self.tr("%1 was changed by someone else. Reload it?").replace(
                    "%1", self.session.path
                ),
                buttons.Yes | buttons.No,
                buttons.Yes,
            )
            if answer == buttons.Yes:
                return self.reload_project()
            self.session.decline_reload()
            return False
        finally:
            self._checking_disk = False

    def _base_name(self) -> str:
        edition = self.controller.edition
        if edition is not None and edition.sources:
            return Path(edition.sources[0].name).stem
        return "edition"

    # --- export -----------------------------------------------------------------------------
    def export(self) -> bool:
        """Open the Export dialog (format, options, target, preview); True once it wrote."""
        edition = self.controller.edition
        if edition is None:
            return False
        controller = self.controller
        own = [*controller.source_paths, *([controller.path] if controller.path else [])]
        dialog = ExportDialog(edition, self.settings, self, keep=own)
        exported = dialog.exec() == QDialog.DialogCode.Accepted
        if exported:
            written = dialog.written
            where = written[0] if len(written) == 1 else written[0].parent
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(where)), 5000)
        dialog.deleteLater()
        return exported

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for entry in recent:
            paths = entry.split("\n")
            label = " + ".join(Path(p).name for p in paths)
            action = self.recent_menu.addAction(label, lambda p=paths: self.open_files(p))
            action.setToolTip("\n".join(paths))
        self.recent_menu.setEnabled(bool(recent))

    # --- closing ------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask before discarding unsaved changes; False means the user chose to stay."""
        if self.controller.edition is None or self.controller.undo_stack.isClean():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The edition has changes that are not saved. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self._autosave.stop()
        self.session.discard_recovery()
        self.session.release()
        event.accept()

    # --- dropping files on the window -----------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_files(paths))

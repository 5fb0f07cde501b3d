"""Autosave and recovery in the window: unsaved work is kept in a recovery file every few
minutes, and the work of windows that crashed is offered at the next start.

A mixin of MainWindow beside FileActions (it opens recovered work the way a project is
opened: locked, or read-only when someone else holds it).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from editor.core import recovery
from editor.core.project import load_project
from editor.ui.dialogs import RecoveryDialog
from editor.ui.file_actions import OPEN_ERRORS, SAVE_ERRORS, Claim
from editor.ui.problem_text import problem_text
from editor.ui.project_session import orphaned_recoveries


class RecoveryActions:
    """Autosave, the recovery offer and File ▸ Recover unsaved work (mixed into MainWindow)."""

    def autosave(self) -> bool:
        """Write unsaved work to this window's recovery file (offered after a crash).

        A failure is said in the status bar, never in a dialog: the timer fires again.
        """
        if self.session.lock is not None:
            # A long session keeps its lock fresh, so no one takes it for a stale one.
            with contextlib.suppress(OSError):
                self.session.lock.refresh()
        edition = self.controller.edition
        if edition is None or self.controller.undo_stack.isClean():
            return False
        try:
            self.session.write_recovery(edition, self.controller.ignored)
        except SAVE_ERRORS as error:
            self.statusBar().showMessage(
                self.tr("Autosave failed: %1").replace("%1", problem_text(error))
            )
            return False
        self.statusBar().showMessage(self.tr("Unsaved work kept for recovery"), 3000)
        return True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.session.discard_recovery()

    def offer_recovery(self) -> bool:
        """Offer the work every crashed window left behind; True if one was recovered."""
        orphans = orphaned_recoveries()
        if not orphans:
            return False
        chosen, discarded = RecoveryDialog.ask(self, orphans)
        for info in discarded:
            recovery.discard_recovery(info.path)
        return chosen is not None and self._recover(chosen)

    def recover_work(self) -> bool:
        """File ▸ Recover unsaved work: the same offer, any time (after "Later")."""
        if not orphaned_recoveries():
            self.statusBar().showMessage(self.tr("No unsaved work to recover"), 5000)
            return False
        return self.maybe_save() and self.offer_recovery()

    def _recover(self, info: recovery.RecoveryInfo) -> bool:
        """Show a recovered edition, unsaved; its project (if any) is locked as when opened."""
        try:
            original = load_project(info.path).meta.get("project_path") or None
        except OPEN_ERRORS as error:
            QMessageBox.critical(self, self.tr("Cannot recover"), problem_text(error))
            return False
        claim: Claim | None = (None, False)
        if original and Path(original).is_file():
            claim = self._claim(original)
        if claim is None:  # the project is someone else's now: keep the work, unnamed
            original, claim = None, (None, False)
        lock, read_only = claim
        self.controller.read_only = read_only
        if not self._load([str(info.path)]):
            if lock is not None and lock is not self.session.lock:
                lock.release()
            self.controller.read_only = self.session.read_only
            return False
        self.controller.path = original
        self.session.opened(original, lock, read_only=read_only)
        self._show_read_only()
        self.controller.undo_stack.resetClean()  # recovered work is not saved anywhere yet
        recovery.discard_recovery(info.path)
        self.autosave()
        self._update_title()
        return True

"""The Export dialog: a format, its options and a target, with a preview of the result.

The dialog works on a copy of the edition taken when it opens, so the preview and the export,
which both run in a worker thread, never read an edition the window is changing; the window
stays responsive however long a DOCX of a large edition takes.
"""

from __future__ import annotations

import copy
import html
import threading
from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.export import (
    FORMATS,
    ExportCancelled,
    ExportOptions,
    describe_formats,
    export_edition,
    preview,
)
from editor.core.fileio import OutputError, among_files
from editor.core.model import Edition
from editor.ui.problem_text import problem_text
from editor.ui.settings import Settings

PREVIEW_DELAY_MS = 150
OPTION_NAMES = ("captions", "bylines", "datelines", "per_article", "zip")
FILE, FOLDER, ARCHIVE = "file", "folder", "archive"


def default_name(edition: Edition) -> str:
    """What an export is called before the user names it: the first page file's name."""
    return Path(edition.sources[0].name).stem if edition.sources else "edition"


class _Relay(QObject):
    """Carries a worker's result to the UI thread (signals across threads are queued)."""

    started = Signal(int)
    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)  # ticket, files done, files in all


class _Job(QRunnable):
    """One preview or export in the thread pool; the ticket says which request it answers."""

    def __init__(self, relay: _Relay, ticket: int, work: Callable[[], object]) -> None:
        super().__init__()
        self._relay, self._ticket, self._work = relay, ticket, work

    def run(self) -> None:
        self._relay.started.emit(self._ticket)
        try:
            result = self._work()
        except Exception as error:  # noqa: BLE001 - the dialog explains it on the UI thread
            self._relay.failed.emit(self._ticket, error)
        else:
            self._relay.finished.emit(self._ticket, result)


class ExportDialog(QDialog):
    """File ▸ Export: choose format, options and target, see a preview, write in the background."""

    preview_shown = Signal(str)
    export_started = Signal()
    exported = Signal(list)  # the files written

    def __init__(self, edition: Edition, settings: Settings, parent: QWidget | None = None,
                 keep: Collection[str] = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export edition"))
        # The pool is created before the relay, so on destruction it waits for its jobs
        # while the relay they report to still exists.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.started.connect(self._job_started)
        self._relay.finished.connect(self._job_finished)
        self._relay.failed.connect(self._job_failed)
        self._relay.progress.connect(self._job_progress)
        self._stop = threading.Event()
        self._edition = copy.deepcopy(edition)
        self._settings = settings
        self._keep = tuple(keep)  # the edition's own files (pages, project): never replaced
        self._formats = {f["id"]: f for f in describe_formats()}
        self._stem = default_name(edition)
        self._folder = Path(settings.export_folder or settings.last_folder or Path.home())
        self._tickets = 0
        self._preview_ticket = 0
        self._export_ticket = 0
        self._confirmed: Path | None = None  # a file target the save dialog already confirmed
        self._target = self._folder
        self.written: list[Path] = []
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)
        self._build()
        self._restore()
        self._start_preview()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.format_list = QListWidget(self)
        for fmt in self._formats.values():
            item = QListWidgetItem(self._label(str(fmt["id"]), str(fmt["label"])))
            item.setData(Qt.ItemDataRole.UserRole, fmt["id"])
            item.setToolTip(f".{fmt['extension']}")
            self.format_list.addItem(item)
        self.format_list.setMaximumWidth(260)
        labels = {
            "captions": self.tr("Captions"),
            "bylines": self.tr("Bylines"),
            "datelines": self.tr("Datelines"),
            "per_article": self.tr("One file per article"),
            "zip": self.tr("Pack into one zip archive"),
        }
        self.option_boxes = {name: QCheckBox(labels[name], self) for name in OPTION_NAMES}
        options = QGroupBox(self.tr("Options"), self)
        options_layout = QHBoxLayout(options)
        for box in self.option_boxes.values():
            options_layout.addWidget(box)
        options_layout.addStretch(1)
        self.target_edit = QLineEdit(self)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.target_hint = QLabel(self)
        target = QGroupBox(self.tr("Write to"), self)
        target_layout = QVBoxLayout(target)
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(self.choose_button)
        target_layout.addLayout(row)
        target_layout.addWidget(self.target_hint)
        self.preview_label = QLabel(self)
        self.preview_view = QPlainTextEdit(self)
        self.preview_view.setReadOnly(True)
        self.preview_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)  # one atomic write: busy, not a percentage
        self.progress_bar.hide()
        self.status_label = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        right = QVBoxLayout()
        right.addWidget(options)
        right.addWidget(target)
        right.addWidget(self.preview_label)
        right.addWidget(self.preview_view, 1)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Format"), self))
        left.addWidget(self.format_list, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.progress_bar)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self.resize(960, 640)

        self.format_list.currentRowChanged.connect(self._choice_changed)
        for box in self.option_boxes.values():
            box.toggled.connect(self._choice_changed)
        self.target_edit.textEdited.connect(self._target_edited)
        self.choose_button.clicked.connect(self.choose_target)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

    def _label(self, fmt: str, fallback: str) -> str:
        """The format's name in the user's language (a format added later shows core's label)."""
        return {
            "json": self.tr("JSON (layout-assistant/edition)"),
            "jsonl": self.tr("JSON Lines (one article per line)"),
            "md": self.tr("Markdown"),
            "html": self.tr("HTML page"),
            "txt": self.tr("Plain text (for a CMS)"),
            "nitf": self.tr("NITF 3.6 XML (one document per article)"),
            "docx": self.tr("Word document (DOCX)"),
        }.get(fmt, fallback)

    def _restore(self) -> None:
        """The last export's format and options (the core defaults the first time)."""
        remembered = self._settings.export_options
        on = set(remembered) if remembered is not None else self._default_options()
        for name, box in self.option_boxes.items():
            box.blockSignals(True)
            box.setChecked(name in on)
            box.blockSignals(False)
        ids = list(self._formats)
        last = self._settings.export_format
        self.format_list.setCurrentRow(ids.index(last) if last in ids else 0)
        self._choice_changed()

    @staticmethod
    def _default_options() -> set[str]:
        defaults = ExportOptions()
        return {name for name in OPTION_NAMES if getattr(defaults, name)}

    # --- the user's choice -------------------------------------------------------------------
    def format_id(self) -> str:
        item = self.format_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else next(iter(self._formats))

    def options(self) -> ExportOptions:
        """The checked options this format honours (the others are off)."""
        supported = self._formats[self.format_id()]["options"]
        return ExportOptions(
            **{
                name: name in supported and box.isChecked()
                for name, box in self.option_boxes.items()
            }
        )

    def target_kind(self) -> str:
        """FILE, FOLDER (one file per article) or ARCHIVE (a zip of them)."""
        fmt, options = self.format_id(), self.options()
        if not FORMATS[fmt].splits(options):
            return FILE
        return ARCHIVE if options.zip else FOLDER

    def _extension(self) -> str:
        if self.target_kind() == ARCHIVE:
            return "zip"
        return str(self._formats[self.format_id()]["extension"])

    def target_path(self) -> Path | None:
        """Where the export goes, as typed (a file name without extension gets the format's)."""
        text = self.target_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        if self.target_kind() != FOLDER and not path.suffix:
            path = path.with_name(f"{path.name}.{self._extension()}")
        return path

    def _choice_changed(self) -> None:
        supported = self._formats[self.format_id()]["options"]
        for name, box in self.option_boxes.items():
            box.setVisible(name in supported)
        self._show_target()
        self._preview_ticket = 0  # what is being computed now no longer matches the choice
        self.preview_label.setText(self.tr("Preview (updating…)"))
        self._preview_timer.start()

    def _show_target(self) -> None:
        kind = self.target_kind()
        if kind == FOLDER:
            path = self._folder / self._stem
        else:
            path = self._folder / f"{self._stem}.{self._extension()}"
        self.target_edit.setText(str(path))
        self.target_hint.setText(
            {
                FILE: self.tr("One file."),
                FOLDER: self.tr("A folder (created if needed) with one file per article."),
                ARCHIVE: self.tr("One zip archive with one document per article."),
            }[kind]
        )

    def _target_edited(self, text: str) -> None:
        """Follow what the user typed, so a change of format keeps their folder and name."""
        if not text.strip():
            return
        path = Path(text.strip()).expanduser()
        if path.is_absolute():
            self._folder = path.parent
        self._stem = path.name if self.target_kind() == FOLDER else path.stem
        self._confirmed = None

    def choose_target(self) -> None:
        """Pick the target with the system's dialog: a folder, or a file of this format."""
        kind = self.target_kind()
        current = self.target_path() or self._folder
        if kind == FOLDER:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Export into folder"), str(current.parent)
            )
        else:
            if kind == ARCHIVE:
                label = self.tr("Zip archives")
            else:
                label = self._label(self.format_id(), "")
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export edition"),
                str(current),
                f"{label} (*.{self._extension()})",
            )
        if not chosen:
            return
        self.target_edit.setText(chosen)
        self._target_edited(chosen)
        self._confirmed = self.target_path() if kind != FOLDER else None

    # --- preview -----------------------------------------------------------------------------
    def _start_preview(self) -> None:
        """Compute the preview in the worker; an older answer arriving later is dropped."""
        if self.is_exporting():
            return
        edition, fmt, options = self._edition, self.format_id(), self.options()
        self._preview_ticket = self._run(lambda: preview(edition, fmt, options))

    # --- export ------------------------------------------------------------------------------
    def is_exporting(self) -> bool:
        return self._export_ticket != 0

    def start_export(self) -> bool:
        """Write the export in the worker; False when the user still has something to choose."""
        if self.is_exporting():
            return False
        target = self.target_path()
        if target is None:
            QMessageBox.warning(
                self, self.tr("Export edition"), self.tr("Choose where to write the export.")
            )
            return False
        if self.target_kind() != FOLDER and among_files(target, self._keep):
            QMessageBox.warning(
                self,
                self.tr("Export edition"),
                self.tr(
                    "%1 is a file this edition was read from: the export would replace it. "
                    "Choose another name."
                ).replace("%1", str(target)),
            )
            return False
        if self.target_kind() != FOLDER and target.exists() and target != self._confirmed:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                self.tr("Export edition"),
                self.tr("%1 already exists. Replace it?").replace("%1", str(target)),
                buttons.Yes | buttons.No,
                buttons.No,
            )
            if answer != buttons.Yes:
                return False
        self._preview_timer.stop()
        self._set_busy(True)
        self._target = target
        edition, fmt, options, keep = self._edition, self.format_id(), self.options(), self._keep
        stop = self._stop = threading.Event()
        relay, ticket = self._relay, self._tickets + 1

        def report(done: int, total: int) -> bool:
            relay.progress.emit(ticket, done, total)
            return not stop.is_set()

        self._export_ticket = self._run(
            lambda: export_edition(edition, fmt, target, options, progress=report, keep=keep)
        )
        return True

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.format_list,
            self.target_edit,
            self.choose_button,
            self.export_button,
            *self.option_boxes.values(),
        ):
            widget.setEnabled(not busy)
        self.progress_bar.setRange(0, 0)  # busy until the first file says how many there are
        self.progress_bar.setVisible(busy)
        self.status_label.setText(self.tr("Writing the export…") if busy else "")

    def _job_progress(self, ticket: int, done: int, total: int) -> None:
        if ticket != self._export_ticket:
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.status_label.setText(
            self.tr("%1 of %2 files written").replace("%1", str(done)).replace("%2", str(total))
        )

    def _exported(self, paths: list[Path]) -> None:
        self._export_ticket = 0
        self._set_busy(False)
        self.written = paths
        self._remember()
        folder = self._target if self.target_kind() == FOLDER else self._target.parent
        link = (
            f'<a href="{html.escape(QUrl.fromLocalFile(str(folder)).toString())}">'
            f"{html.escape(str(folder))}</a>"
        )
        if len(paths) == 1:
            text = self.tr("Exported to %1 in %2.").replace("%1", html.escape(paths[0].name))
        else:
            text = self.tr("%n file(s) written in %2.", "", len(paths))
        QMessageBox.information(self, self.tr("Export finished"), text.replace("%2", link))
        self.exported.emit(paths)
        self.accept()

    def _export_failed(self, error: Exception) -> None:
        self._export_ticket = 0
        self._set_busy(False)
        if isinstance(error, ExportCancelled):
            # Stopped on request: the files written so far are complete; the dialog stays.
            self.status_label.setText(
                self.tr("Export stopped after %1 files.").replace("%1", str(len(error.written)))
            )
            return
        if isinstance(error, OutputError):
            text = self.tr("The export could not be written: %1").replace("%1", problem_text(error))
        else:
            text = (
                self.tr(
                    "The export failed because of an error in the program (%1: %2). "
                    "Please report it with the edition."
                )
                .replace("%1", type(error).__name__)
                .replace("%2", str(error))
            )
        QMessageBox.critical(self, self.tr("Cannot export"), text)

    def _remember(self) -> None:
        self._settings.export_format = self.format_id()
        self._settings.export_options = [n for n, b in self.option_boxes.items() if b.isChecked()]
        self._settings.export_folder = str(self._folder)

    # --- the worker --------------------------------------------------------------------------
    def _run(self, work: Callable[[], object]) -> int:
        self._tickets += 1
        self._pool.start(_Job(self._relay, self._tickets, work))
        return self._tickets

    def _job_started(self, ticket: int) -> None:
        if ticket == self._export_ticket:
            self.export_started.emit()

    def _job_finished(self, ticket: int, result: object) -> None:
        if ticket == self._export_ticket:
            self._exported(list(result))
        elif ticket == self._preview_ticket:
            self.preview_view.setPlainText(str(result))
            self.preview_label.setText(self.tr("Preview (the beginning of the first file)"))
            self.preview_shown.emit(str(result))

    def _job_failed(self, ticket: int, error: Exception) -> None:
        if ticket == self._export_ticket:
            self._export_failed(error)
        elif ticket == self._preview_ticket:
            self.preview_view.setPlainText(
                self.tr("No preview: %1").replace("%1", f"{type(error).__name__}: {error}")
            )
            self.preview_label.setText(self.tr("Preview"))
            self.preview_shown.emit("")

    def done(self, result: int) -> None:
        if self.is_exporting():
            # Cancel while writing: stop after the file being written (each is whole).
            self._stop.set()
            self.status_label.setText(self.tr("Stopping after the file being written…"))
            return
        self._preview_timer.stop()
        self._pool.waitForDone()
        super().done(result)

"""The main window: structure tree | article editor | findings, source and diff panels.

The window wires widgets to the controller, holds the menus (every action has an entry
and a shortcut), the status bar and the title, and asks before discarding work.
"""

from __future__ import annotations

import contextlib
import importlib
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from editor.core.export.json_format import render as render_json
from editor.core.export.walk import view_edition
from editor.core.fileio import OutputError, atomic_write_text
from editor.core.model import Edition, Status
from editor.core.reading import InputError
from editor.ui.article_editor import ROLE_SHORTCUTS, ArticleEditor, RoleBox, role_label
from editor.ui.controller import PROJECT_SUFFIX, Controller, project_io, status_label
from editor.ui.icons import app_icon
from editor.ui.settings import Settings
from editor.ui.tree_model import (
    StructureFilter,
    StructureModel,
    StructureView,
    article_title,
    source_index,
)

try:
    from editor.core import export as export_registry
except ImportError:  # pragma: no cover - the registry grows alongside the window
    export_registry = None

try:
    from editor.core import recovery
except ImportError:  # pragma: no cover - recovery files come with project files
    recovery = None

OPEN_ERRORS: tuple[type[Exception], ...] = (InputError, OSError)
if project_io is not None:
    OPEN_ERRORS += (project_io.ProjectError,)


def optional_widget(module: str, name: str):
    """A panel class from a module that may not be there yet (the window works without it)."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def shown_language(settings: Settings) -> str:
    """The language the window shows: the chosen one, else the system's (Chinese or English)."""
    if settings.language:
        return settings.language
    system = optional_widget("editor.ui.translations", "system_language")
    return system() if system is not None else "en"


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


class MainWindow(QMainWindow):
    """The proofreading window over one controller."""

    def __init__(self, controller: Controller | None = None, settings: Settings | None = None):
        super().__init__()
        self.controller = controller or Controller(self)
        self.settings = settings or Settings()
        self.controller.repair_threshold = self.settings.repair_threshold
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self._char_counts: dict[int, int] = {}
        self._proofread: set[int] = set()  # kept with the counts: no walk of 5,000 articles
        self._session = uuid.uuid4().hex
        self._recovery_file: str | None = None
        self._autosave = QTimer(self)
        self._autosave.timeout.connect(self.autosave)
        if self.settings.autosave_minutes and recovery is not None:
            self._autosave.start(self.settings.autosave_minutes * 60_000)
        self._build_editor()
        self._build_tree()
        self._build_panels()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._retranslate()
        self.resize(1360, 860)
        self.resizeDocks([self.tree_dock], [320], Qt.Orientation.Horizontal)
        if not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        self._on_edition_replaced()

    # --- building ----------------------------------------------------------------------------
    def _build_editor(self) -> None:
        self.editor = ArticleEditor(self.controller, self)
        self.role_box = RoleBox(self.editor, self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        FindReplace = optional_widget("editor.ui.find_replace", "FindReplaceWidget")
        self.find_replace = FindReplace(self.controller, central) if FindReplace else None
        if self.find_replace is not None:
            self.find_replace.hide()
            self.find_replace.match_selected.connect(self._select_match)
            self.find_replace.close_requested.connect(self._close_find)
            self.find_replace.status_message.connect(self.statusBar().showMessage)
            layout.addWidget(self.find_replace)
        layout.addWidget(self.editor)
        self.setCentralWidget(central)

    def _build_tree(self) -> None:
        self.tree_model = StructureModel(self.controller, self)
        self.tree_filter = StructureFilter(self)
        self.tree_filter.setSourceModel(self.tree_model)
        self.tree = StructureView(self)
        self.tree.setModel(self.tree_filter)
        self.tree_filter.rowsInserted.connect(self._expand_new_sections)
        self.filter_box = QComboBox(self)
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree)
        self.tree_dock = self._dock("structure", holder, Qt.DockWidgetArea.LeftDockWidgetArea)

    def _build_panels(self) -> None:
        self.panels: dict[str, QWidget] = {}
        right = Qt.DockWidgetArea.RightDockWidgetArea
        for key, module, name in (
            ("findings", "editor.ui.findings_panel", "FindingsPanel"),
            ("source", "editor.ui.source_panel", "SourcePanel"),
            ("diff", "editor.ui.diff_view", "DiffView"),
        ):
            panel_class = optional_widget(module, name)
            if panel_class is not None:
                self.panels[key] = panel_class(self.controller, self)
        self.findings_dock = self._dock("findings", self.panels.get("findings"), right)
        self.source_dock = self._dock("source", self.panels.get("source"), right)
        self.diff_dock = self._dock("diff", self.panels.get("diff"), right)
        if self.findings_dock and self.source_dock:
            self.splitDockWidget(self.findings_dock, self.source_dock, Qt.Orientation.Vertical)
        if self.source_dock and self.diff_dock:
            self.tabifyDockWidget(self.source_dock, self.diff_dock)
            self.source_dock.raise_()
        findings = self.panels.get("findings")
        if findings is not None and hasattr(findings, "status_message"):
            findings.status_message.connect(self.statusBar().showMessage)
        self.undo_view = QUndoView(self.controller.undo_stack, self)
        self.undo_view.setEmptyLabel(self.tr("Edition as opened"))
        self.history_dock = self._dock("history", self.undo_view, right)
        self.history_dock.hide()

    def _dock(self, name: str, widget: QWidget | None, area) -> QDockWidget | None:
        if widget is None:
            return None
        dock = QDockWidget(self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self,
        shortcut: str | QKeySequence.StandardKey | list | None,
        slot,
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(self)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while a menu is hidden
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.import_action = self._action("Ctrl+I", self.import_text)
        self.open_action = self._action(K.Open, self.open_project)
        self.save_action = self._action(K.Save, self.save)
        self.save_as_action = self._action("Ctrl+Shift+S", self.save_as)
        self.export_action = self._action("Ctrl+E", self.export)
        self.quit_action = self._action(
            K.Quit if not QKeySequence(K.Quit).isEmpty() else "Ctrl+Q", self.close
        )
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(K.Undo))
        self.redo_action = stack.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(K.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.addActions([self.undo_action, self.redo_action])
        self.find_action = self._action(["Ctrl+F", "Ctrl+H"], self.show_find)
        self.find_action.setEnabled(self.find_replace is not None)
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.new_article_action = self._action("Ctrl+N", self.new_article)
        self.new_section_action = self._action("Ctrl+Shift+N", self.new_section)
        self.rename_section_action = self._action("F2", self.rename_section)
        self.merge_action = self._action("Ctrl+Shift+M", self.merge_with_previous)
        self.split_action = self._action("Ctrl+Alt+Return", self.split_here)
        self.delete_action = self._action("Ctrl+Shift+Delete", self.delete_selected)
        self.move_block_action = self._action("Ctrl+M", self.move_to_article)
        self.block_up_action = self._action("Alt+Up", lambda: self.editor.move_blocks(-1))
        self.block_down_action = self._action("Alt+Down", lambda: self.editor.move_blocks(1))
        self.status_actions: dict[Status, QAction] = {}
        group = QActionGroup(self)
        for status, key in (
            (Status.TODO, "Ctrl+Shift+U"),
            (Status.PROOFREAD, "Ctrl+Shift+P"),
            (Status.ATTENTION, "Ctrl+Shift+A"),
        ):
            action = self._action(key, lambda _=False, s=status: self.set_status(s), checkable=True)
            group.addAction(action)
            self.status_actions[status] = action
        self.next_todo_action = self._action(["F8", "Ctrl+J"], self.next_not_proofread)
        self.next_article_action = self._action("Ctrl+PgDown", lambda: self.step_article(1))
        self.previous_article_action = self._action("Ctrl+PgUp", lambda: self.step_article(-1))
        self.comment_action = self._action("Ctrl+Shift+C", self.edit_comment)
        self.role_actions = {
            role: self._action(f"Ctrl+{digit}", lambda _=False, r=role: self.editor.set_role(r))
            for digit, role in ROLE_SHORTCUTS.items()
        }
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, label in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(shown_language(self.settings) == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.about_action = self._action(K.HelpContents, self.about)
        self.preferences_action = self._action("Ctrl+,", self.edit_preferences)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.import_action, self.open_action):
            self.file_menu.addAction(action)
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
        for action in (self.save_action, self.save_as_action, self.export_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.history_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
        self.article_menu = bar.addMenu("")
        self.article_menu.addActions(
            [self.new_article_action, self.new_section_action, self.rename_section_action]
        )
        self.article_menu.addSeparator()
        self.article_menu.addActions([self.merge_action, self.split_action, self.delete_action])
        self.article_menu.addSeparator()
        self.article_menu.addActions(list(self.status_actions.values()))
        self.article_menu.addActions([self.next_todo_action, self.comment_action])
        self.article_menu.addSeparator()
        self.article_menu.addActions([self.previous_article_action, self.next_article_action])
        self.block_menu = bar.addMenu("")
        self.block_menu.addActions(list(self.role_actions.values()))
        self.block_menu.addSeparator()
        self.block_menu.addActions(
            [self.block_up_action, self.block_down_action, self.move_block_action]
        )
        self.view_menu = bar.addMenu("")
        for dock, key in (
            (self.tree_dock, "Alt+1"),
            (self.findings_dock, "Alt+2"),
            (self.source_dock, "Alt+3"),
            (self.diff_dock, "Alt+4"),
        ):
            if dock is not None:
                toggle = dock.toggleViewAction()
                toggle.setShortcut(QKeySequence(key))
                self.view_menu.addAction(toggle)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.style_label = QLabel(self)
        self.toolbar.addWidget(self.style_label)
        self.toolbar.addWidget(self.role_box)
        self.toolbar.addSeparator()
        self.toolbar.addActions(
            [
                self.status_actions[Status.PROOFREAD],
                self.status_actions[Status.ATTENTION],
                self.next_todo_action,
            ]
        )
        self.addToolBar(self.toolbar)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.editor.context_actions = [
            self.move_block_action,
            self.block_up_action,
            self.block_down_action,
            self.split_action,
        ]

    def _build_status_bar(self) -> None:
        self.progress_label = QLabel(self)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress_label)

    def _connect(self) -> None:
        ctl = self.controller
        ctl.edition_replaced.connect(self._on_edition_replaced)
        ctl.changed.connect(self._on_changed)
        ctl.current_article_changed.connect(self._on_current_article)
        ctl.undo_stack.cleanChanged.connect(self._update_title)
        ctl.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.activated.connect(lambda _index: self.editor.setFocus())
        self.filter_box.currentIndexChanged.connect(self._apply_filter)

    # --- texts (and their translation) -------------------------------------------------------
    def _retranslate(self) -> None:
        texts = {
            self.import_action: self.tr("&Import text…"),
            self.open_action: self.tr("&Open project…"),
            self.save_action: self.tr("&Save"),
            self.save_as_action: self.tr("Save &As…"),
            self.export_action: self.tr("&Export…"),
            self.quit_action: self.tr("&Quit"),
            self.find_action: self.tr("&Find and replace…"),
            self.history_action: self.tr("Undo &history"),
            self.new_article_action: self.tr("&New article"),
            self.new_section_action: self.tr("New &section…"),
            self.rename_section_action: self.tr("&Rename section…"),
            self.merge_action: self.tr("&Merge with previous article"),
            self.split_action: self.tr("S&plit article here"),
            self.delete_action: self.tr("&Delete"),
            self.move_block_action: self.tr("Move to &article…"),
            self.block_up_action: self.tr("Move &up"),
            self.block_down_action: self.tr("Move do&wn"),
            self.next_todo_action: self.tr("Ne&xt article not yet proofread"),
            self.next_article_action: self.tr("Next article"),
            self.previous_article_action: self.tr("Previous article"),
            self.comment_action: self.tr("&Comment…"),
            self.about_action: self.tr("&About Layout Assistant"),
            self.preferences_action: self.tr("Pre&ferences…"),
        }
        for action, text in texts.items():
            action.setText(text)
        for status, action in self.status_actions.items():
            action.setText(status_label(status))
        for role, action in self.role_actions.items():
            action.setText(role_label(role))
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Recent &files"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.article_menu.setTitle(self.tr("&Article"))
        self.block_menu.setTitle(self.tr("&Paragraph"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.style_label.setText(self.tr("Style") + " ")
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        titles = {
            self.tree_dock: self.tr("Structure"),
            self.findings_dock: self.tr("Findings"),
            self.source_dock: self.tr("Source"),
            self.diff_dock: self.tr("What changed"),
            self.history_dock: self.tr("Undo history"),
        }
        for dock, title in titles.items():
            if dock is not None:
                dock.setWindowTitle(title)
        self.save_action.setToolTip(
            "" if project_io else self.tr("Project files are not available in this version")
        )
        self.role_box.retranslate()
        self.undo_view.setEmptyLabel(self.tr("Edition as opened"))
        index = self.filter_box.currentIndex()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItems(
            [
                self.tr("All articles"),
                status_label(Status.TODO),
                status_label(Status.PROOFREAD),
                status_label(Status.ATTENTION),
                self.tr("With open findings"),
            ]
        )
        self.filter_box.setCurrentIndex(max(0, index))
        self.filter_box.blockSignals(False)
        self._update_recent_menu()
        self._update_title()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- following the controller ------------------------------------------------------------
    def _on_edition_replaced(self) -> None:
        edition = self.controller.edition
        self._char_counts = {a.id: _chars(a) for a in edition.articles()} if edition else {}
        self._proofread = _proofread(edition)
        has = edition is not None
        for action in (
            self.save_as_action,
            self.export_action,
            self.new_article_action,
            self.new_section_action,
            self.next_todo_action,
            self.next_article_action,
            self.previous_article_action,
        ):
            action.setEnabled(has)
        self.save_action.setEnabled(has and project_io is not None)
        self.save_as_action.setEnabled(has and project_io is not None)
        self.tree.expandAll()
        self._update_title()
        self._update_counts()
        self._on_current_article(self.controller.current_article_id)

    def _on_changed(self, affected: set[int]) -> None:
        edition = self.controller.edition
        if edition is None:
            return
        if affected:
            for article_id in affected:
                if edition.has_article(article_id):
                    article = edition.article(article_id)
                    self._char_counts[article_id] = _chars(article)
                    if article.status == Status.PROOFREAD:
                        self._proofread.add(article_id)
                    else:
                        self._proofread.discard(article_id)
        else:
            self._char_counts = {a.id: _chars(a) for a in edition.articles()}
            self._proofread = _proofread(edition)
        self._update_counts()
        self._update_article_actions()

    def _expand_new_sections(self, parent, first: int, last: int) -> None:
        """A section that appears (new, undone, or let through the filter) opens, as all do
        after loading; only those: expanding every section after each edit cost a call per
        section, and re-opened the ones the editor had closed."""
        if not parent.isValid():
            for row in range(first, last + 1):
                self.tree.expand(self.tree_filter.index(row, 0))

    def _on_current_article(self, article_id: int | None) -> None:
        index = self.tree_model.index_of_article(article_id) if article_id is not None else None
        if index is not None and index.isValid():
            proxy_index = self.tree_filter.mapFromSource(index)
            if proxy_index.isValid() and self.tree.currentIndex() != proxy_index:
                self.tree.setCurrentIndex(proxy_index)
            self.tree.scrollTo(proxy_index)
        self._update_article_actions()
        self._update_counts()

    def _on_tree_current(self, current, _previous) -> None:
        index = source_index(current)
        if self.tree_model.is_article(index):
            self.controller.select_article(index.internalId())
        elif self.tree_model.is_furniture(index):
            self.controller.select_article(None)
            self.editor.show_furniture()
        elif index.isValid():  # a section: edit its title and editor's notes
            self.controller.select_article(None)
            self.editor.show_section(index.internalId())
        self._update_article_actions()

    def _update_article_actions(self) -> None:
        edition = self.controller.edition
        article_id = self.controller.current_article_id
        has_article = edition is not None and article_id is not None
        for action in (
            self.merge_action,
            self.split_action,
            self.comment_action,
            self.move_block_action,
            self.block_up_action,
            self.block_down_action,
            *self.status_actions.values(),
            *self.role_actions.values(),
        ):
            action.setEnabled(has_article)
        self.delete_action.setEnabled(has_article or self._selected_section() is not None)
        self.rename_section_action.setEnabled(self._selected_section() is not None)
        if has_article:
            self.status_actions[edition.article(article_id).status].setChecked(True)

    def _update_title(self) -> None:
        ctl = self.controller
        if ctl.path:
            name = Path(ctl.path).name
        elif ctl.edition is not None and ctl.edition.sources:
            name = " + ".join(Path(s.name).name for s in ctl.edition.sources)
        else:
            name = self.tr("No edition")
        self.setWindowTitle(f"{name}[*] — {self.tr('Layout Assistant')}")
        self.setWindowModified(not ctl.undo_stack.isClean())

    def _update_counts(self) -> None:
        edition = self.controller.edition
        if edition is None:
            self.progress_label.setText("")
            self.count_label.setText("")
            return
        total = edition.article_count()
        done = len(self._proofread)
        self.progress_label.setText(
            self.tr("%1 of %2 proofread").replace("%1", str(done)).replace("%2", str(total))
        )
        article_id = self.controller.current_article_id
        article_chars = self._char_counts.get(article_id, 0) if article_id else 0
        self.count_label.setText(
            self.tr("Article: %1 characters · Edition: %2 characters")
            .replace("%1", f"{article_chars:,}")
            .replace("%2", f"{sum(self._char_counts.values()):,}")
        )

    # --- files -------------------------------------------------------------------------------
    def open_files(self, paths: list[str]) -> bool:
        """Open page files as one edition, or a project; a bad file is explained, not raised."""
        if not paths or not self.maybe_save():
            return False
        try:
            self.controller.load_files(paths)
        except OPEN_ERRORS as error:
            QMessageBox.critical(self, self.tr("Cannot open"), str(error))
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
        self.settings.add_recent("\n".join(paths))
        self.settings.last_folder = str(Path(paths[0]).parent)
        self._update_recent_menu()
        self._update_title()
        return True

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

    def save(self) -> bool:
        if self.controller.path and project_io is not None:
            return self._save_to(self.controller.path)
        return self.save_as()

    def save_as(self) -> bool:
        if self.controller.edition is None or project_io is None:
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
        try:
            self.controller.save_project(path)
        except (OutputError, OSError) as error:
            QMessageBox.critical(self, self.tr("Cannot save"), str(error))
            return False
        self.settings.add_recent(path)
        self._update_recent_menu()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        return True

    def _base_name(self) -> str:
        edition = self.controller.edition
        if edition is not None and edition.sources:
            return Path(edition.sources[0].name).stem
        return "edition"

    def export(self) -> bool:
        """Export the edition to one file; the format follows the chosen file type."""
        edition = self.controller.edition
        if edition is None:
            return False
        formats = self._export_formats()
        filters = [f"{label} (*.{extension})" for _id, label, extension in formats]
        start = str(Path(self.settings.last_folder or ".") / f"{self._base_name()}.json")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export edition"), start, ";;".join(filters)
        )
        if not path:
            return False
        fmt, extension = next(
            ((i, e) for i, label, e in formats if chosen.startswith(label)), ("json", "json")
        )
        if not Path(path).suffix:
            path += f".{extension}"
        try:
            if fmt == "json" or export_registry is None:
                atomic_write_text(path, render_json(view_edition(edition)))
            else:
                export_registry.export_edition(edition, fmt, Path(path))
        except (OutputError, OSError) as error:
            QMessageBox.critical(self, self.tr("Cannot export"), str(error))
            return False
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 5000)
        return True

    def _export_formats(self) -> list[tuple[str, str, str]]:
        """(id, label, extension) of the one-file formats; JSON first."""
        found = [("json", "JSON (layout-assistant/edition)", "json")]
        registry = getattr(export_registry, "FORMATS", {})
        for fmt in registry.values():
            if fmt.id != "json" and fmt.edition is not None:
                found.append((fmt.id, fmt.label, fmt.extension))
        return found

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for entry in recent:
            paths = entry.split("\n")
            label = " + ".join(Path(p).name for p in paths)
            action = self.recent_menu.addAction(label, lambda p=paths: self.open_files(p))
            action.setToolTip("\n".join(paths))
        self.recent_menu.setEnabled(bool(recent))

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
        self._discard_recovery()
        event.accept()

    # --- autosave and recovery -----------------------------------------------------------
    def autosave(self) -> bool:
        """Write unsaved work to this session's recovery file (offered after a crash)."""
        edition = self.controller.edition
        if recovery is None or edition is None or self.controller.undo_stack.isClean():
            return False
        meta = {"project_path": self.controller.path} if self.controller.path else {}
        try:
            path = recovery.write_recovery(
                self._session, edition, ignored=self.controller.ignored, meta=meta
            )
        except (OutputError, OSError) as error:
            self.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", str(error)))
            return False
        self._recovery_file = str(path)
        self.statusBar().showMessage(self.tr("Unsaved work kept for recovery"), 3000)
        return True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self._discard_recovery()

    def _discard_recovery(self) -> None:
        if recovery is not None and self._recovery_file:
            with contextlib.suppress(OSError):
                recovery.discard_recovery(self._recovery_file)
        self._recovery_file = None

    def offer_recovery(self) -> bool:
        """After a crash, offer the newest work a closed window left behind; True if taken."""
        if recovery is None:
            return False
        orphans = [info for info in recovery.list_recoveries() if not info.alive]
        if not orphans:
            return False
        newest = orphans[0]
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Recover unsaved work"),
            self.tr(
                "A window closed without saving its work on %1 (%2). Recover it now?\n"
                "If you choose No, that work is deleted."
            )
            .replace("%1", newest.original)
            .replace("%2", newest.saved_at),
            buttons.Yes | buttons.No | buttons.Cancel,
            buttons.Yes,
        )
        if answer == buttons.Cancel:
            return False
        if answer == buttons.No:
            recovery.discard_recovery(newest.path)
            return False
        try:
            project = project_io.load_project(newest.path)
            self.controller.load_files([str(newest.path)])
        except OPEN_ERRORS as error:
            QMessageBox.critical(self, self.tr("Cannot recover"), str(error))
            return False
        original = project.meta.get("project_path")
        self.controller.path = original if original else None
        self.controller.undo_stack.resetClean()  # recovered work is not saved anywhere yet
        recovery.discard_recovery(newest.path)
        self.autosave()
        self._update_title()
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_files(paths))

    # --- structure actions -------------------------------------------------------------------
    def _selected_section(self) -> int | None:
        """The section of the tree's current row (itself, or the current article's section)."""
        edition = self.controller.edition
        if edition is None:
            return None
        index = source_index(self.tree.currentIndex())
        if self.tree_model.is_section(index):
            return index.internalId()
        article_id = self.controller.current_article_id
        return edition.section_of_article(article_id).id if article_id is not None else None

    def new_article(self) -> bool:
        if self.controller.edition is None:
            return False
        if not self.controller.edition.sections:
            return self.new_section()
        if self.controller.new_article(self.controller.current_article_id) is None:
            return False
        self.editor.setFocus()
        return True

    def new_section(self) -> bool:
        if self.controller.edition is None:
            return False
        title, ok = QInputDialog.getText(self, self.tr("New section"), self.tr("Section title:"))
        return ok and self.controller.new_section(title, self._selected_section())

    def rename_section(self) -> bool:
        edition = self.controller.edition
        section_id = self._selected_section()
        if edition is None or section_id is None:
            return False
        title, ok = QInputDialog.getText(
            self,
            self.tr("Rename section"),
            self.tr("Section title:"),
            QLineEdit.EchoMode.Normal,
            edition.section(section_id).title,
        )
        return ok and self.controller.rename_section(section_id, title)

    def merge_with_previous(self) -> bool:
        """Join the current article onto the one before it (in reading order)."""
        article_id = self.controller.current_article_id
        return article_id is not None and self.controller.merge_with_previous(article_id)

    def split_here(self) -> bool:
        """Start a new article at the paragraph under the cursor."""
        article_id = self.controller.current_article_id
        block_id = self.controller.current_block_id
        if article_id is None or block_id is None:
            return False
        return self.controller.split_article(article_id, block_id)

    def delete_selected(self) -> bool:
        """Delete the tree's current row: an article, or a section with its articles."""
        index = source_index(self.tree.currentIndex())
        if self.tree_model.is_section(index):
            return self.controller.delete_section(index.internalId())
        article_id = self.controller.current_article_id
        return article_id is not None and self.controller.delete_article(article_id)

    def move_to_article(self) -> bool:
        """Move the selected paragraphs to the end of another article."""
        edition = self.controller.edition
        article_id = self.controller.current_article_id
        block_ids = self.editor.selected_block_ids()
        if edition is None or article_id is None or not block_ids:
            return False
        target = ArticlePicker.choose(self, edition, article_id)
        return target is not None and self.controller.move_blocks_to_article(block_ids, target)

    def set_status(self, status: Status) -> bool:
        article_id = self.controller.current_article_id
        return article_id is not None and self.controller.set_status(article_id, status)

    def next_not_proofread(self) -> bool:
        """Go to the next article not yet proofread (wrapping round to the start)."""
        article_id = self.controller.next_article(Status.TODO)
        if article_id is None:
            self.statusBar().showMessage(
                self.tr("No other article is waiting to be proofread"), 5000
            )
            return False
        self.controller.select_article(article_id)
        self.editor.setFocus()
        return True

    def step_article(self, step: int) -> bool:
        """Go to the next (1) or previous (-1) article in reading order."""
        current = self.controller.current_article_id
        edition = self.controller.edition
        if edition is None:
            return False
        if current is None:
            first = next(edition.articles(), None)
            target = first.id if first else None
        else:
            target = self.controller.neighbour(current, step)
        if target is None:
            return False
        self.controller.select_article(target)
        return True

    def edit_comment(self) -> bool:
        edition = self.controller.edition
        article_id = self.controller.current_article_id
        if edition is None or article_id is None:
            return False
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Comment"),
            self.tr("Comment on this article:"),
            edition.article(article_id).comment,
        )
        return ok and self.controller.set_comment(article_id, text)

    def _tree_menu(self, position) -> None:
        menu = QMenu(self)
        menu.addActions(
            [self.new_article_action, self.new_section_action, self.rename_section_action]
        )
        menu.addSeparator()
        menu.addActions([self.merge_action, self.split_action, self.delete_action])
        menu.addSeparator()
        menu.addActions(list(self.status_actions.values()))
        menu.addAction(self.comment_action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _apply_filter(self, choice: int) -> None:
        statuses = {1: {Status.TODO}, 2: {Status.PROOFREAD}, 3: {Status.ATTENTION}}.get(choice)
        self.tree_filter.set_statuses(statuses)
        self.tree_filter.set_findings_only(choice == 4)
        self.tree.expandAll()

    # --- find and replace, language, about ---------------------------------------------------
    def show_find(self) -> None:
        if self.find_replace is None:
            return
        self.find_replace.show()
        field = getattr(self.find_replace, "find_field", self.find_replace)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()

    def _close_find(self) -> None:
        if self.find_replace is not None:
            self.find_replace.hide()
        self.editor.setFocus()

    def _select_match(self, block_id: int, start: int, end: int) -> None:
        self.controller.select_block(block_id)
        self.editor.select_text(block_id, start, end)

    def set_language(self, language: str) -> None:
        """Switch the window's language now and remember it."""
        self.settings.language = language
        install = optional_widget("editor.ui.translations", "install_translator")
        if install is not None:
            install(QCoreApplication.instance(), language)
        self._retranslate()

    def edit_preferences(self) -> bool:
        """Change the preferences; they apply to the next import and the autosave timer now."""
        if not PreferencesDialog.edit(self, self.settings):
            return False
        self.controller.repair_threshold = self.settings.repair_threshold
        self._autosave.stop()
        if self.settings.autosave_minutes and recovery is not None:
            self._autosave.start(self.settings.autosave_minutes * 60_000)
        return True

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Layout Assistant"),
            self.tr(
                "<h3>Layout Assistant (版面助手)</h3><p>Rebuilds the structure of printed "
                "newspaper editions from their text, helps editors proofread and repair it, "
                "and exports clean structured files.</p>"
            ),
        )


def _proofread(edition) -> set[int]:
    """Ids of the articles marked proofread."""
    if edition is None:
        return set()
    return {a.id for a in edition.articles() if a.status == Status.PROOFREAD}


def _chars(article) -> int:
    """Characters an editor would count: the article's text without whitespace."""
    return len("".join("".join([block.text for block in article.blocks]).split()))

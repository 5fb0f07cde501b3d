"""The main window: structure tree | article editor | findings, source and diff panels.

The window builds its widgets and follows the controller; what its menus do lives in
mixins beside it: window_menus (actions, menus, texts), file_actions (open, save, locks,
changes on disk, export), recovery_actions (autosave, recovery), article_actions
(structure and proofreading). Its dialogs are in dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Edition, Status
from editor.ui.article_actions import ArticleActions
from editor.ui.article_editor import ArticleEditor, RoleBox
from editor.ui.controller import PROJECT_SUFFIX, Controller, project_io
from editor.ui.dialogs import ArticlePicker, PreferencesDialog
from editor.ui.file_actions import OPEN_ERRORS, FileActions
from editor.ui.icons import app_icon
from editor.ui.project_session import ProjectSession
from editor.ui.recovery_actions import RecoveryActions
from editor.ui.settings import Settings
from editor.ui.tree_model import (
    StructureFilter,
    StructureMirror,
    StructureModel,
    StructureView,
    source_index,
)
from editor.ui.window_menus import WindowMenus, optional_widget, shown_language

__all__ = [
    "OPEN_ERRORS",
    "PROJECT_SUFFIX",
    "ArticlePicker",
    "MainWindow",
    "PreferencesDialog",
    "optional_widget",
    "project_io",
    "shown_language",
]


class MainWindow(FileActions, RecoveryActions, ArticleActions, WindowMenus, QMainWindow):
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
        self._char_texts: dict[int, list[str]] = {}  # the texts each count was made from
        self._proofread: set[int] = set()  # kept with the counts: no walk of 5,000 articles
        self.session = ProjectSession()
        self._checking_disk = False
        self._autosave = QTimer(self)
        self._autosave.timeout.connect(self.autosave)
        self._start_autosave()
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
        # The view lays out every row after each insert or remove: C++ items answer fast.
        self.tree_mirror = StructureMirror(self.tree_model, self)
        self.tree_filter = StructureFilter(self)
        self.tree = StructureView(self)
        self.tree.set_models(self.tree_mirror, self.tree_filter)
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

    def _connect(self) -> None:
        ctl = self.controller
        ctl.edition_replaced.connect(self._on_edition_replaced)
        ctl.changed.connect(self._on_changed)
        ctl.current_article_changed.connect(self._on_current_article)
        ctl.undo_stack.cleanChanged.connect(self._update_title)
        ctl.undo_stack.cleanChanged.connect(self._on_clean_changed)
        ctl.edit_refused.connect(self._refused_edit)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        self.tree.current_index_changed.connect(self._on_tree_current)
        self.tree.activated.connect(lambda _index: self.editor.setFocus())
        self.filter_box.currentIndexChanged.connect(self._apply_filter)

    # --- following the controller ------------------------------------------------------------
    def _on_edition_replaced(self) -> None:
        edition = self.controller.edition
        self._char_counts, self._char_texts = {}, {}
        if edition is not None:
            self._recount_chars(edition)
        self._proofread = _proofread(edition)
        self._update_edit_actions()
        self.tree.open_sections()
        self._update_title()
        self._update_counts()
        self._on_current_article(self.controller.current_article_id)

    def _on_changed(self, affected: set[int]) -> None:
        edition = self.controller.edition
        if edition is None:
            return
        # A change of structure (no ids) still names the articles it changed, when known.
        known = affected or self.controller.content_change
        if known is not None:
            for article_id in known:
                if edition.has_article(article_id):
                    article = edition.article(article_id)
                    texts = [block.text for block in article.blocks]
                    self._char_counts[article_id] = _chars(texts)
                    self._char_texts[article_id] = texts
                    if article.status == Status.PROOFREAD:
                        self._proofread.add(article_id)
                    else:
                        self._proofread.discard(article_id)
                else:
                    self._char_counts.pop(article_id, None)
                    self._char_texts.pop(article_id, None)
                    self._proofread.discard(article_id)
        else:
            self._recount_chars(edition)
            self._proofread = _proofread(edition)
        self._update_counts()
        self._update_article_actions()
        if not affected:
            self.tree.lay_out_now()

    def _recount_chars(self, edition: Edition) -> None:
        """Count again only the articles whose texts are not the ones last counted.

        A structural edit changes a few articles; counting all 5,000 afresh took ≈10 ms.
        """
        counts, texts = self._char_counts, self._char_texts
        self._char_counts, self._char_texts = {}, {}
        for article in edition.articles():
            current = [block.text for block in article.blocks]
            same = texts.get(article.id) == current
            self._char_counts[article.id] = counts[article.id] if same else _chars(current)
            self._char_texts[article.id] = current

    def _on_current_article(self, article_id: int | None) -> None:
        index = self.tree_model.index_of_article(article_id) if article_id is not None else None
        if index is not None and index.isValid():
            shown = self.tree.index_for(index)
            if shown.isValid() and self.tree.currentIndex() != shown:
                self.tree.setCurrentIndex(shown)
            self.tree.scrollTo(shown)
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

    def _update_edit_actions(self) -> None:
        """File and edition-wide actions: enabled with an edition; edits not when read-only."""
        has = self.controller.edition is not None
        read_only = self.session.read_only
        for action in (
            self.save_as_action,
            self.export_action,
            self.next_todo_action,
            self.next_article_action,
            self.previous_article_action,
        ):
            action.setEnabled(has)
        for action in (self.new_article_action, self.new_section_action):
            action.setEnabled(has and not read_only)
        self.save_action.setEnabled(has and not read_only)
        self.save_action.setToolTip(
            self.tr("This project is open read-only; use Save As to keep your own copy")
            if read_only
            else ""
        )
        self._update_article_actions()

    def _update_article_actions(self) -> None:
        edition = self.controller.edition
        article_id = self.controller.current_article_id
        has_article = edition is not None and article_id is not None
        editable = has_article and not self.session.read_only
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
            action.setEnabled(editable)
        section = self._selected_section() is not None and not self.session.read_only
        self.delete_action.setEnabled(editable or section)
        self.rename_section_action.setEnabled(section)
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
        if self.session.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        # Outside the f-string: lupdate does not read a call inside one.
        product = self.tr("Layout Assistant")
        self.setWindowTitle(f"{name}[*] — {product}")
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
        self._start_autosave()
        return True

    def _start_autosave(self) -> None:
        self._autosave.stop()
        if self.settings.autosave_minutes:
            self._autosave.start(self.settings.autosave_minutes * 60_000)

    # --- coming back to the window: was the project changed meanwhile? ----------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self, self.check_disk)  # after the activation, not inside it
        return super().event(event)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.isActiveWindow():
            QTimer.singleShot(0, self, self.check_disk)

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


def _chars(texts: list[str]) -> int:
    """Characters an editor would count: an article's texts without whitespace."""
    return len("".join("".join(texts).split()))

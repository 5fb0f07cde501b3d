"""The window's actions, menus, toolbar and status bar, and their texts in both languages.

A mixin of MainWindow: every action has a menu entry and a shortcut (no two share one);
`_retranslate` sets every text again when the language changes.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar

from editor.core.model import Status
from editor.ui.article_editor import ROLE_SHORTCUTS, role_label
from editor.ui.controller import status_label
from editor.ui.settings import Settings
from editor.ui.steady_label import SteadyLabel


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


class WindowMenus:
    """Actions, menus, toolbar, status bar and texts of MainWindow (mixed into it)."""

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
        self.recover_action = self._action("Ctrl+Shift+R", self.recover_work)
        self.quit_action = self._action(
            K.Quit if not QKeySequence(K.Quit).isEmpty() else "Ctrl+Q", self.close
        )
        stack = self.controller.undo_stack
        # The menu says what an undo takes back; the toolbar button keeps one short text
        # (its tooltip says the rest), so the toolbar does not shift after every edit.
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(K.Undo))
        self.redo_action = stack.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(K.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.addActions([self.undo_action, self.redo_action])
        # After the stack's own update (connected first), in the window's language.
        stack.undoTextChanged.connect(self._name_undo_steps)
        stack.redoTextChanged.connect(self._name_undo_steps)
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
        # A large edition's tree opens with its sections closed (`StructureView.open_sections`).
        # Right opens a tree row and Left closes it; with Alt+Shift, every section. The keys
        # are the tree's only: in text, Option+Shift+arrows select words on macOS.
        self.expand_sections_action = self._action("Alt+Shift+Right", lambda: self.tree.expandAll())
        self.collapse_sections_action = self._action(
            "Alt+Shift+Left", lambda: self.tree.collapseAll()
        )
        for action in (self.expand_sections_action, self.collapse_sections_action):
            self.removeAction(action)
            self.tree.addAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
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
        self.file_menu.setToolTipsVisible(True)  # why Save is off for a read-only project
        for action in (self.import_action, self.open_action):
            self.file_menu.addAction(action)
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
        for action in (self.save_action, self.save_as_action, self.export_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.recover_action)
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
        self.view_menu.addActions([self.expand_sections_action, self.collapse_sections_action])
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
        self.progress_label = SteadyLabel(self)
        self.count_label = SteadyLabel(self)
        self.read_only_label = QLabel(self)
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress_label)


    # --- texts (and their translation) -------------------------------------------------------
    def _name_undo_steps(self, *_args: object) -> None:
        """The menu's Undo/Redo say what they take back (the toolbar shows the short label),
        in the window's language: "Undo %1" comes from the catalogue, the step's name from
        the stack (its commands name themselves again after a switch)."""
        stack = self.controller.undo_stack
        for action, step, label, named in (
            (self.undo_action, stack.undoText(), self.tr("Undo"), self.tr("Undo %1")),
            (self.redo_action, stack.redoText(), self.tr("Redo"), self.tr("Redo %1")),
        ):
            action.setText(named.replace("%1", step) if step else label)

    def _retranslate(self) -> None:
        texts = {
            self.import_action: self.tr("&Import text…"),
            self.open_action: self.tr("&Open project…"),
            self.save_action: self.tr("&Save"),
            self.save_as_action: self.tr("Save &As…"),
            self.export_action: self.tr("&Export…"),
            self.recover_action: self.tr("&Recover unsaved work…"),
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
            self.expand_sections_action: self.tr("E&xpand all sections"),
            self.collapse_sections_action: self.tr("C&ollapse all sections"),
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
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.controller.retranslate_steps()
        self._name_undo_steps()
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
        self.read_only_label.setText(self.tr("Read-only"))
        self.role_box.retranslate()
        self.tree_model.retranslate()
        self.undo_view.setEmptyLabel(self.tr("Edition as opened"))
        self.undo_view.viewport().update()  # the steps' names changed under it
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
        self._update_edit_actions()
        self._update_title()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

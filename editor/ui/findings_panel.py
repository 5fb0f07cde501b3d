"""The findings panel: open findings to fix, ignore or jump to, and the auto-repairs to review.

Two tabs over two table models. The panel never edits the edition: Fix, Ignore, Fix all
and Revert ask the controller, which pushes undo steps and re-checks the findings.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor.core.findings.base import Finding
from editor.core.model import Edition
from editor.core.repair import AppliedRepair
from editor.ui.finding_text import explanation, kind_label

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _place_label(
    edition: Edition | None,
    article_id: int | None,
    block_ids: tuple[int, ...],
) -> str:
    """Where a finding or repair is: its article's headline, or the part of the page."""
    if edition is None:
        return ""
    if article_id is None or not edition.has_article(article_id):
        homes = [edition.home_of_block(b) for b in block_ids if edition.has_block(b)]
        if not homes:
            return "—"
        kind, owner = homes[0]
        if kind == "section":
            title = edition.section(owner).title
            return title or QCoreApplication.translate("FindingsPanel", "(section)")
        if kind != "article":
            return QCoreApplication.translate("FindingsPanel", "(page furniture)")
        article_id = owner
    headline = edition.article(article_id).headline
    return headline or QCoreApplication.translate("FindingsPanel", "(no headline)")


def _articles_touched(
    edition: Edition | None, article_id: int | None, block_ids: tuple[int, ...]
) -> frozenset[int]:
    """The articles a finding or repair is about: its own and those holding its blocks."""
    if edition is None:
        return frozenset()
    found = {article_id} if article_id is not None else set()
    for block_id in block_ids:
        if edition.has_block(block_id):
            kind, owner = edition.home_of_block(block_id)
            if kind == "article":
                found.add(owner)
    return frozenset(found)


class FindingsModel(QAbstractTableModel):
    """The open findings as rows: kind, article, confidence, explanation."""

    KIND, ARTICLE, CONFIDENCE, EXPLANATION = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._rows: list[tuple[str, str, str, str]] = []
        self._articles: list[frozenset[int]] = []
        self._stale = False

    def set_findings(self, edition: Edition | None, findings: list[Finding]) -> None:
        """Show a new list; the sentences are made once here so painting stays cheap."""
        self.beginResetModel()
        self._findings = list(findings)
        self._articles = [_articles_touched(edition, f.article_id, f.block_ids) for f in findings]
        self._rows = [
            (
                kind_label(f.kind),
                _place_label(edition, f.article_id, f.block_ids),
                f"{round(f.confidence * 100)}%",
                explanation(f),
            )
            for f in self._findings
        ]
        self._stale = False
        self.endResetModel()

    def set_stale(self, stale: bool) -> None:
        """Mark the list out of date: the edition changed and the re-check has not run yet.

        The rows keep their look (typing must not make the list flicker); the panel
        disables the actions until the fresh list arrives.
        """
        self._stale = stale

    @property
    def stale(self) -> bool:
        return self._stale

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def articles_of(self, row: int) -> frozenset[int]:
        return self._articles[row]

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def row_of(self, key: str) -> int | None:
        return next((i for i, f in enumerate(self._findings) if f.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row[self.EXPLANATION]
        if role == SORT_ROLE:
            if column == self.CONFIDENCE:
                return self._findings[index.row()].confidence
            return row[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Kind"),
            self.tr("Article"),
            self.tr("Confidence"),
            self.tr("Explanation"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class RepairsModel(QAbstractTableModel):
    """The repairs auto-repair applied on import: kind, article, explanation, state."""

    KIND, ARTICLE, STATE, EXPLANATION = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._repairs: list[AppliedRepair] = []
        self._rows: list[tuple[str, str, str, str]] = []
        self._articles: list[frozenset[int]] = []
        self._reverted: list[bool] = []
        # id(repair) → (repair, kind label, explanation): a repair's words never change, and
        # the list is rebuilt after every check (thousands of rows in a large edition).
        self._texts: dict[int, tuple[AppliedRepair, str, str]] = {}

    def set_repairs(self, edition: Edition | None, repairs: list[AppliedRepair]) -> None:
        self.beginResetModel()
        self._repairs = list(repairs)
        self._reverted = [r.reverted for r in self._repairs]
        self._articles = [_articles_touched(edition, r.article_id, r.block_ids) for r in repairs]
        texts = {id(r): self._words(r) for r in self._repairs}
        self._texts = texts
        self._rows = [
            (
                texts[id(r)][1],
                _place_label(edition, r.article_id, r.block_ids),
                "",  # the state changes with undo and redo: read in data()
                texts[id(r)][2],
            )
            for r in self._repairs
        ]
        self.endResetModel()

    def _words(self, repair: AppliedRepair) -> tuple[AppliedRepair, str, str]:
        cached = self._texts.get(id(repair))
        if cached is not None and cached[0] is repair:
            return cached
        return repair, kind_label(repair.kind), explanation(repair)

    def forget_words(self) -> None:
        """Drop the cached kind labels and explanations (the language changed)."""
        self._texts = {}

    def refresh_states(self) -> None:
        """A revert (or its undo) flipped marks: repaint the rows whose mark flipped.

        Called only then, not after every edit: the marks of thousands of repairs would be
        read again for nothing, and most edits revert no repair.
        """
        reverted = [r.reverted for r in self._repairs]
        flipped = [row for row, (now, was) in enumerate(zip(reverted, self._reverted, strict=True))
                   if now != was]
        self._reverted = reverted
        if flipped:  # the whole rows: a reverted repair greys every column
            self.dataChanged.emit(self.index(min(flipped), 0),
                                  self.index(max(flipped), self.columnCount() - 1))

    def reverted_count(self) -> int:
        return sum(self._reverted)

    def repair(self, row: int) -> AppliedRepair:
        return self._repairs[row]

    def articles_of(self, row: int) -> frozenset[int]:
        return self._articles[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._repairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        repair, column = self._repairs[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.STATE:
                return self.tr("Reverted") if repair.reverted else self.tr("Applied")
            return self._rows[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._rows[index.row()][self.EXPLANATION]
        if role == Qt.ItemDataRole.ForegroundRole and repair.reverted:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Kind"), self.tr("Article"), self.tr("State"), self.tr("Explanation"))
        return titles[section] if 0 <= section < len(titles) else None


class ArticleFilter(QSortFilterProxyModel):
    """Sorts the rows, and keeps only one article's when an article is set."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._article: int | None = None
        self._active = False

    def set_article(self, active: bool, article_id: int | None) -> None:
        if (active, article_id) == (self._active, self._article):
            return
        if not active and not self._active:  # every row shows either way: nothing to re-filter
            self._article = article_id
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._active, self._article = active, article_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._active, self._article = active, article_id
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._active:
            return True
        return self._article in self.sourceModel().articles_of(source_row)


def _table_view(model: QAbstractTableModel, parent: QWidget) -> tuple[QTreeView, ArticleFilter]:
    proxy = ArticleFilter(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTreeView(parent)
    view.setModel(proxy)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # reading order until a header is clicked
    header = view.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, proxy


class FindingsPanel(QWidget):
    """Open findings and applied repairs, with Fix / Ignore / Fix all / Revert.

    Signals:
        status_message(str): a short result for the status bar ("Fixed 3 findings").
        edit_requested(): Enter or a double-click on a row (after selecting its block): the
            user wants to work on it, so the window can move the focus to the article editor.

    Actions (`fix_action`, `ignore_action`, `fix_all_action`, `revert_action`) carry the
    shortcuts and can be added to the window's menus.
    """

    status_message = Signal(str)
    edit_requested = Signal()

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._navigating = True  # False while the panel restores a selection itself
        self._last_message = ""

        self.findings_model = FindingsModel(self)
        self.repairs_model = RepairsModel(self)
        self.findings_view, self._findings_proxy = _table_view(self.findings_model, self)
        self.repairs_view, self._repairs_proxy = _table_view(self.repairs_model, self)
        self.findings_view.setColumnWidth(FindingsModel.KIND, 130)
        self.findings_view.setColumnWidth(FindingsModel.ARTICLE, 160)
        self.findings_view.setColumnWidth(FindingsModel.CONFIDENCE, 90)
        self.repairs_view.setColumnWidth(RepairsModel.KIND, 130)
        self.repairs_view.setColumnWidth(RepairsModel.ARTICLE, 160)
        self.repairs_view.setColumnWidth(RepairsModel.STATE, 80)

        self.fix_action = self._action("Ctrl+Return", self.findings_view, self.fix_current)
        self.ignore_action = self._action("Ctrl+Delete", self.findings_view, self.ignore_current)
        self.fix_all_action = self._action(
            "Ctrl+Shift+Return", self.findings_view, self.fix_all_current
        )
        self.revert_action = self._action("Ctrl+Return", self.repairs_view, self.revert_current)

        self.findings_status = QLabel(self)
        self.repairs_status = QLabel(self)
        # The whole sentence of the selected row: the column is often too narrow for it.
        self.findings_detail = QLabel(self)
        self.repairs_detail = QLabel(self)
        for label in (self.findings_detail, self.repairs_detail):
            label.setTextFormat(Qt.TextFormat.RichText)
        for label in (
            self.findings_status,
            self.repairs_status,
            self.findings_detail,
            self.repairs_detail,
        ):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.article_only = QCheckBox(self)
        self.tabs = QTabWidget(self)
        self.tabs.setCornerWidget(self.article_only)
        self.tabs.addTab(
            self._page(
                self.findings_view,
                [self.findings_detail, self.findings_status],
                [self.fix_action, self.ignore_action, self.fix_all_action],
            ),
            "",
        )
        self.tabs.addTab(
            self._page(
                self.repairs_view, [self.repairs_detail, self.repairs_status], [self.revert_action]
            ),
            "",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for view in (self.findings_view, self.repairs_view):
            view.selectionModel().currentRowChanged.connect(self._current_row_changed)
            view.clicked.connect(self._go_to_index)
            view.activated.connect(self._activated)

        controller.findings_changed.connect(self.refresh)
        controller.edition_replaced.connect(self.refresh)
        controller.changed.connect(self._edition_changed)
        controller.repairs_changed.connect(self._repairs_flipped)
        controller.current_article_changed.connect(self._filter_article)
        self.article_only.toggled.connect(self._filter_article)
        self.retranslate()

    # --- building ---------------------------------------------------------------------------
    def _action(self, shortcut: str, view: QTreeView, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        view.addAction(action)
        return action

    def retranslate(self) -> None:
        """Set every text in the current language (at start and after a language switch)."""
        self.article_only.setText(self.tr("Current article only"))
        self.article_only.setToolTip(self.tr("List only what concerns the article being edited"))
        for action, text, tip in (
            (self.fix_action, self.tr("&Fix"), self.tr("Apply the fix of the selected finding")),
            (
                self.ignore_action,
                self.tr("&Ignore"),
                self.tr("Hide the selected finding from now on"),
            ),
            (
                self.fix_all_action,
                self.tr("Fix &all of this kind"),
                self.tr("Apply every finding of the selected kind, as one undo step"),
            ),
            (self.revert_action, self.tr("&Revert"), self.tr("Take back the selected auto-repair")),
        ):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
            action.setToolTip(f"{tip} ({key})")
            action.setStatusTip(tip)
        self.repairs_model.forget_words()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _page(self, view: QTreeView, labels: list[QLabel], actions: list[QAction]) -> QWidget:
        page = QWidget(self)
        buttons = QHBoxLayout()
        for action in actions:
            button = QToolButton(page)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(buttons)
        layout.addWidget(view, 1)
        for label in labels:
            layout.addWidget(label)
        return page

    # --- refreshing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload both lists from the controller, keeping the selection where it makes sense."""
        controller = self._controller
        previous_key, previous_row = self._selected_finding_key()
        repair_row = self.repairs_view.currentIndex().row()
        self.findings_model.set_findings(controller.edition, controller.findings())
        self.repairs_model.set_repairs(controller.edition, list(controller.repairs))
        self._restore_selection(previous_key, previous_row)
        if 0 <= repair_row < self._repairs_proxy.rowCount():
            self._set_current(self.repairs_view, self._repairs_proxy.index(repair_row, 0))
        count = self.findings_model.rowCount()
        self.tabs.setTabText(0, self.tr("Findings (%1)").replace("%1", str(count)))
        self.tabs.setTabText(
            1, self.tr("Applied repairs (%1)").replace("%1", str(self.repairs_model.rowCount()))
        )
        self._show_counts()
        self._update_actions()

    def _filter_article(self, *_args: object) -> None:
        article_id = self._controller.current_article_id
        for proxy in (self._findings_proxy, self._repairs_proxy):
            proxy.set_article(self.article_only.isChecked(), article_id)
        self._update_actions()

    def _edition_changed(self, _articles: object) -> None:
        self.findings_model.set_stale(True)
        self._show_counts()
        self._update_actions()

    def _repairs_flipped(self) -> None:
        self.repairs_model.refresh_states()
        self._show_counts()
        self._update_actions()

    def _show_counts(self) -> None:
        """The counts under each list, followed by the result of the last action."""
        count = self.findings_model.rowCount()
        if self.findings_model.stale:
            findings = self.tr("Checking…")
        elif count:
            findings = self.tr("%n open finding(s)", "", count)
        else:
            findings = self.tr("No open findings")
        reverted = self.repairs_model.reverted_count()
        applied = self.tr("%n repair(s) applied on import", "", len(self._controller.repairs))
        if reverted:
            applied += self.tr(", %n reverted", "", reverted)
        tail = f" — {self._last_message}" if self._last_message else ""
        self.findings_status.setText(findings + tail)
        self.repairs_status.setText(applied + tail)

    def _selected_finding_key(self) -> tuple[str | None, int]:
        index = self.findings_view.currentIndex()
        if not index.isValid():
            return None, -1
        row = self._findings_proxy.mapToSource(index).row()
        return self.findings_model.finding(row).key, index.row()

    def _restore_selection(self, key: str | None, view_row: int) -> None:
        """Keep the same finding selected; if it went (fixed), select the one now in its place."""
        if key is None:
            return
        row = self.findings_model.row_of(key)
        if row is not None:
            index = self._findings_proxy.mapFromSource(self.findings_model.index(row, 0))
        else:
            rows = self._findings_proxy.rowCount()
            if not rows:
                return
            index = self._findings_proxy.index(min(view_row, rows - 1), 0)
        self._set_current(self.findings_view, index)

    def _set_current(self, view: QTreeView, index: QModelIndex) -> None:
        """Select a row without going to it: the editor stays where the user is working."""
        self._navigating = False
        try:
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._navigating = True

    def _update_actions(self) -> None:
        finding = self.current_finding()
        fresh = not self.findings_model.stale
        self.fix_action.setEnabled(fresh and finding is not None and finding.fixer is not None)
        self.ignore_action.setEnabled(fresh and finding is not None)
        self.fix_all_action.setEnabled(fresh and finding is not None and finding.fixer is not None)
        repair = self.current_repair()
        self.revert_action.setEnabled(repair is not None and not repair.reverted)
        self.findings_detail.setText(self._detail(self.findings_view))
        self.repairs_detail.setText(self._detail(self.repairs_view))

    def _detail(self, view: QTreeView) -> str:
        index = view.currentIndex()
        if not index.isValid():
            return ""
        model = view.model()
        column = (
            FindingsModel.EXPLANATION if view is self.findings_view else RepairsModel.EXPLANATION
        )
        kind = model.index(index.row(), 0).data()
        return f"<b>{html.escape(kind)}</b> · " + html.escape(
            model.index(index.row(), column).data()
        )

    # --- what is selected -------------------------------------------------------------------
    def current_finding(self) -> Finding | None:
        index = self.findings_view.currentIndex()
        if not index.isValid():
            return None
        return self.findings_model.finding(self._findings_proxy.mapToSource(index).row())

    def current_repair(self) -> AppliedRepair | None:
        index = self.repairs_view.currentIndex()
        if not index.isValid():
            return None
        return self.repairs_model.repair(self._repairs_proxy.mapToSource(index).row())

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        if self._navigating and current.isValid():
            self._go_to_index(current)

    def _activated(self, index: QModelIndex) -> None:
        self._go_to_index(index)
        self.edit_requested.emit()

    def _go_to_index(self, index: QModelIndex) -> None:
        """Select the finding's (or repair's) article and first block, so the editor shows it."""
        edition = self._controller.edition
        if edition is None or not index.isValid():
            return
        if index.model() is self._findings_proxy:
            item = self.findings_model.finding(self._findings_proxy.mapToSource(index).row())
        else:
            item = self.repairs_model.repair(self._repairs_proxy.mapToSource(index).row())
        if item.article_id is not None and edition.has_article(item.article_id):
            self._controller.select_article(item.article_id)
        block_id = next((b for b in item.block_ids if edition.has_block(b)), None)
        if block_id is not None:
            self._controller.select_block(block_id)

    # --- what the user asks -----------------------------------------------------------------
    def fix_current(self) -> None:
        finding = self.current_finding()
        if finding is None or not self.fix_action.isEnabled():
            return
        if self._controller.apply_finding(finding):
            self._say(self.tr("Fixed: %1").replace("%1", kind_label(finding.kind)))
        else:
            self._say(self.tr("Nothing to change: the fix no longer applies."))

    def ignore_current(self) -> None:
        finding = self.current_finding()
        if finding is None or not self.ignore_action.isEnabled():
            return
        self._controller.ignore_finding(finding)
        self._say(self.tr("Ignored: %1").replace("%1", kind_label(finding.kind)))

    def fix_all_current(self) -> None:
        finding = self.current_finding()
        if finding is None or not self.fix_all_action.isEnabled():
            return
        count = self._controller.fix_all(finding.kind)
        label = kind_label(finding.kind)
        if count:
            self._say(self.tr("Fixed %n finding(s) of kind “%1”", "", count).replace("%1", label))
        else:
            self._say(self.tr("Nothing to change for “%1”.").replace("%1", label))

    def revert_current(self) -> None:
        repair = self.current_repair()
        if repair is None or repair.reverted:
            return
        if self._controller.revert_repair(repair):
            self._say(self.tr("Reverted: %1").replace("%1", kind_label(repair.kind)))
        else:
            self._say(self.tr("This repair cannot be reverted: its blocks have changed since."))

    def _say(self, message: str) -> None:
        self._last_message = message
        self._show_counts()
        self.status_message.emit(message)

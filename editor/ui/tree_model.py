"""The structure tree: sections → articles, as a lazy item model over the edition.

The model keeps only the order of ids; every label is read from the edition when asked.
After an edit it updates only what changed: `dataChanged` for the articles the controller
names, row inserts/removes (computed as a diff of the id lists) when structure changed.
Drops move articles (or blocks dragged from the article editor) through the controller.
The window's view shows it through StructureMirror, which holds the same rows as C++ items
so the view's relayout after a row insert or remove does not call Python for every row.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDropEvent,
    QFont,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from editor.core import edits
from editor.core.model import Article, Edition, Section, Status
from editor.ui.controller import Controller, status_label
from editor.ui.icons import status_icon

ARTICLE_MIME = "application/x-layout-assistant-articles"
BLOCK_MIME = "application/x-layout-assistant-blocks"
TITLE_CHARS = 40

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
FINDINGS_ROLE = Qt.ItemDataRole.UserRole + 3
IS_ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 4

TITLE_COLUMN, FINDINGS_COLUMN = 0, 1
NO_INDEX = QModelIndex()
FURNITURE_ID = 0  # the last top-level row: page furniture (model ids start at 1)
SECTION_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
)
# ItemNeverHasChildren spares the view a hasChildren call per article on each relayout.
ARTICLE_FLAGS = SECTION_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren
FURNITURE_FLAGS = SECTION_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
# Every role StructureModel.row_values may give a value (the mirror clears the others).
VALUE_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole,
    ID_ROLE,
    STATUS_ROLE,
    FINDINGS_ROLE,
    IS_ARTICLE_ROLE,
)


def article_title(article: Article, headline: str | None = None) -> str:
    """The headline (given, or looked up), or the first text of the article, shortened for
    a one-line list."""
    if headline is None:
        headline = article.headline
    text = headline or next((b.text for b in article.blocks if b.text.strip()), "")
    text = " ".join(text.split())
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"


def encode_ids(ids: list[int]) -> QByteArray:
    return QByteArray(",".join(map(str, ids)).encode("ascii"))


def decode_ids(data: QByteArray) -> list[int]:
    raw = bytes(data.data()).decode("ascii", errors="ignore")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class StructureModel(QAbstractItemModel):
    """Sections (top level) and their articles; internal ids are the model's own ids."""

    def __init__(self, controller: Controller, parent=None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._sections: list[int] = []
        self._section_row: dict[int, int] = {}
        self._articles: dict[int, list[int]] = {}
        self._article_place: dict[int, tuple[int, int]] = {}  # article → (section id, row)
        self._furniture_row = 0  # 1 while an edition is shown
        self._grey, self._red = QBrush(QColor("#7a7a7a")), QBrush(QColor("#c0392b"))
        self._bold = QFont()
        self._bold.setBold(True)
        controller.edition_replaced.connect(self._reset)
        controller.changed.connect(self._on_changed)
        controller.findings_changed.connect(self._on_findings)
        self._reset()

    # --- the Qt model interface -------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = NO_INDEX) -> QModelIndex:
        # Called for every row on each relayout of the view: the article case comes first.
        if parent.isValid():
            children = self._articles.get(parent.internalId())
            if (
                children is not None
                and 0 <= row < len(children)
                and 0 <= column < 2
                and parent.column() == 0
            ):
                return self.createIndex(row, column, children[row])
            return QModelIndex()
        if 0 <= row < len(self._sections) and 0 <= column < 2:
            return self.createIndex(row, column, self._sections[row])
        if row == len(self._sections) and self._furniture_row and 0 <= column < 2:
            return self.createIndex(row, column, FURNITURE_ID)
        return QModelIndex()

    def parent(self, index: QModelIndex = NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        place = self._article_place.get(index.internalId())
        if place is None:
            return QModelIndex()
        section_id = place[0]
        return self.createIndex(self._section_row[section_id], 0, section_id)

    def rowCount(self, parent: QModelIndex = NO_INDEX) -> int:
        if not parent.isValid():
            return len(self._sections) + self._furniture_row
        if parent.column() != 0:
            return 0
        return len(self._articles.get(parent.internalId(), ()))

    def columnCount(self, parent: QModelIndex = NO_INDEX) -> int:
        return 2

    def hasChildren(self, parent: QModelIndex = NO_INDEX) -> bool:
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Article") if section == TITLE_COLUMN else self.tr("Findings")

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        # The view asks for every row on each relayout: constants, no enum arithmetic.
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        node_id = index.internalId()
        if node_id in self._article_place:
            return ARTICLE_FLAGS
        return FURNITURE_FLAGS if node_id == FURNITURE_ID else SECTION_FLAGS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return index.internalId()
        if role == IS_ARTICLE_ROLE:
            return index.internalId() in self._article_place
        if role in (STATUS_ROLE, FINDINGS_ROLE):  # the row's facts, asked of either cell
            return self.row_values(index)[TITLE_COLUMN].get(role)
        return self.row_values(index)[index.column()].get(role)

    def row_values(self, index: QModelIndex) -> tuple[dict[int, object], dict[int, object]]:
        """Every role's value for both cells of `index`'s row, roles with no value left out.

        The mirror keeps these in its C++ items, so the view paints without calling Python.
        Between an edit and the `changed` signal that brings the rows in line, a row whose
        article or section the edit just removed has only its id. The row's own facts (id,
        status, count: what the filter reads) are held by its first cell only: every value
        held is one more call per row when 5,000 rows are copied.
        """
        node_id = index.internalId()
        is_article = node_id in self._article_place
        title: dict[int, object] = {ID_ROLE: node_id, IS_ARTICLE_ROLE: is_article}
        findings: dict[int, object] = {}
        edition = self._controller.edition
        if edition is None:
            return title, findings
        if node_id == FURNITURE_ID:
            self._furniture_values(edition, title)
        elif is_article:
            if edition.has_article(node_id):
                self._article_values(edition.article(node_id), title, findings)
        elif edition.has_section(node_id):
            self._section_values(edition.section(node_id), title, findings)
        return title, findings

    def _furniture_values(self, edition: Edition, title: dict[int, object]) -> None:
        title[Qt.ItemDataRole.DisplayRole] = self.tr("Page furniture (%1)").replace(
            "%1", str(len(edition.furniture))
        )
        title[Qt.ItemDataRole.ToolTipRole] = self.tr(
            "Page headers and footers, which belong to no article"
        )
        title[Qt.ItemDataRole.ForegroundRole] = self._grey

    def _article_values(
        self, article: Article, title: dict[int, object], findings: dict[int, object]
    ) -> None:
        count = self._controller.finding_count(article.id)
        title[STATUS_ROLE] = article.status.value
        title[FINDINGS_ROLE] = count
        headline = article.headline  # a walk over the blocks: asked once
        shown = article_title(article, headline)
        title[Qt.ItemDataRole.DisplayRole] = shown or self.tr("(empty article)")
        title[Qt.ItemDataRole.DecorationRole] = status_icon(article.status)
        tip = f"{headline or shown}\n{status_label(article.status)}"
        title[Qt.ItemDataRole.ToolTipRole] = f"{tip}\n{article.comment}" if article.comment else tip
        if not headline:
            title[Qt.ItemDataRole.ForegroundRole] = self._grey
        findings[Qt.ItemDataRole.DisplayRole] = str(count) if count else ""
        if count:
            findings[Qt.ItemDataRole.ToolTipRole] = self.tr("%n open finding(s)", "", count)
        findings[Qt.ItemDataRole.ForegroundRole] = self._red
        findings[Qt.ItemDataRole.TextAlignmentRole] = int(Qt.AlignmentFlag.AlignCenter)

    def _section_values(
        self, section: Section, title: dict[int, object], findings: dict[int, object]
    ) -> None:
        shown = section.title or self.tr("(untitled section)")
        title[Qt.ItemDataRole.DisplayRole] = title[Qt.ItemDataRole.ToolTipRole] = shown
        count = sum(self._controller.finding_count(a.id) for a in section.articles)
        findings[Qt.ItemDataRole.DisplayRole] = str(count) if count else ""
        findings[Qt.ItemDataRole.ForegroundRole] = self._red
        findings[Qt.ItemDataRole.TextAlignmentRole] = int(Qt.AlignmentFlag.AlignCenter)
        title[Qt.ItemDataRole.FontRole] = findings[Qt.ItemDataRole.FontRole] = self._bold

    # --- helpers for the window -----------------------------------------------------------
    def is_article(self, index: QModelIndex) -> bool:
        return index.isValid() and index.internalId() in self._article_place

    def is_furniture(self, index: QModelIndex) -> bool:
        return index.isValid() and index.internalId() == FURNITURE_ID

    def is_section(self, index: QModelIndex) -> bool:
        return index.isValid() and index.internalId() in self._section_row

    def index_of_article(self, article_id: int, column: int = 0) -> QModelIndex:
        place = self._article_place.get(article_id)
        if place is None:
            return QModelIndex()
        return self.createIndex(place[1], column, article_id)

    def index_of_section(self, section_id: int, column: int = 0) -> QModelIndex:
        row = self._section_row.get(section_id)
        return QModelIndex() if row is None else self.createIndex(row, column, section_id)

    def index_at(self, parent_row: int, row: int, column: int) -> QModelIndex:
        """The index of an existing row under top-level row `parent_row` (-1: a top-level row).

        One call where index(row, column, index(parent_row, 0)) takes two: the mirror asks
        for each cell the view paints.
        """
        if parent_row >= 0:
            node_id = self._articles[self._sections[parent_row]][row]
        else:
            node_id = self._sections[row] if row < len(self._sections) else FURNITURE_ID
        return self.createIndex(row, column, node_id)

    # --- drag and drop --------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME, BLOCK_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            if self.is_article(index) and index.internalId() not in ids:
                ids.append(index.internalId())
        data = QMimeData()
        data.setData(ARTICLE_MIME, encode_ids(ids))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex
    ) -> bool:
        if data.hasFormat(BLOCK_MIME):
            return (self.is_article(parent) or self.is_furniture(parent)) and row == -1
        return data.hasFormat(ARTICLE_MIME) and (self.is_article(parent) or self.is_section(parent))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex
    ) -> bool:
        """Move what was dropped through the controller (one undo step).

        Returns True; removeRows is not implemented, so the view's move never deletes the
        dragged rows behind the controller's back.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        edition = self._controller.edition
        if edition is None:
            return False
        if data.hasFormat(BLOCK_MIME):
            block_ids = decode_ids(data.data(BLOCK_MIME))
            if self.is_furniture(parent):
                return self._controller.move_blocks_to_furniture(block_ids)
            return self._controller.move_blocks_to_article(block_ids, parent.internalId())
        ids = [a for a in decode_ids(data.data(ARTICLE_MIME)) if edition.has_article(a)]
        if self.is_article(parent):  # dropped onto an article: go just before it
            section_id, row = self._article_place[parent.internalId()]
        else:
            section_id = parent.internalId()
            row = len(self._articles[section_id]) if row < 0 else row
        # The row counts the dragged articles; move_article wants it counted without them.
        anchor = self._articles[section_id][:row]
        index = sum(1 for a in anchor if a not in ids)
        steps = [
            lambda ed, a=a, k=k: edits.move_article(ed, a, section_id, index + k)
            for k, a in enumerate(ids)
        ]
        return self._controller.push_macro(lambda: self.tr("Move article"), steps)

    # --- keeping up with the edition --------------------------------------------------------
    def _reset(self) -> None:
        self.beginResetModel()
        self._sections, self._articles, self._article_place = [], {}, {}
        self._finding_counts: dict[int, int] = {}  # as last shown: article → open findings
        self._section_titles: dict[int, str] = {}  # as last shown
        edition = self._controller.edition
        self._furniture_row = int(edition is not None)
        if edition is not None:
            self._section_titles = {s.id: s.title for s in edition.sections}
            self._sections = [s.id for s in edition.sections]
            self._articles = {s.id: [a.id for a in s.articles] for s in edition.sections}
        self._reindex_sections()
        for section_id in self._sections:
            self._reindex_articles(section_id)
        self.endResetModel()

    def _reindex_sections(self) -> None:
        self._section_row = {s: i for i, s in enumerate(self._sections)}

    def _reindex_articles(self, section_id: int) -> None:
        for row, article_id in enumerate(self._articles[section_id]):
            self._article_place[article_id] = (section_id, row)

    def _on_changed(self, affected: set[int]) -> None:
        if self._controller.edition is None:
            return
        if affected:
            for article_id in affected:
                self._article_changed(article_id)
            return
        touched = self._controller.content_change  # None: not known, look at everything
        before = self._sections_holding(touched)
        self._sync_structure(touched)
        if touched is None:
            self._all_rows_changed()
            return
        # Rows that moved came in new; what else can show something else: the articles
        # the edit changed (a title may have moved with its blocks), the totals of the
        # sections that lost or gained articles, renamed sections, the furniture count.
        # Telling all 5,000 rows made the mirror copy them all again (≈0.2 s).
        self._sections_changed(before | self._sections_holding(touched),
                               self._controller.head_change)
        for article_id in touched:
            self._article_row_changed(article_id)

    def _sections_holding(self, articles: set[int] | None) -> set[int]:
        places = self._article_place
        return {places[a][0] for a in articles or () if a in places}

    def _article_changed(self, article_id: int) -> None:
        place = self._article_row_changed(article_id)
        if place is not None:
            section = self.index_of_section(place[0], FINDINGS_COLUMN)
            self.dataChanged.emit(section, section)

    def _article_row_changed(self, article_id: int) -> tuple[int, int] | None:
        place = self._article_place.get(article_id)
        if place is not None:
            first = self.createIndex(place[1], 0, article_id)
            self.dataChanged.emit(first, first.siblingAtColumn(FINDINGS_COLUMN))
        return place

    def _all_rows_changed(self) -> None:
        if not self.rowCount():  # with no section left, the furniture row is still there
            return
        self._sections_changed()
        for section_id, row in self._section_row.items():
            count = len(self._articles[section_id])
            if count:
                parent = self.createIndex(row, 0, section_id)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, 1, parent))

    def retranslate(self) -> None:
        """Labels in the new language (the mirror holds the old ones until told)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._all_rows_changed()

    def _sections_changed(self, sections: set[int] | None = None,
                          heads: set[int] | None = None) -> None:
        """Section rows show totals and titles, the furniture row a count.

        With `sections`, only those rows, the sections whose head blocks changed (`heads`;
        None: unknown, any whose title differs), and the furniture row (blocks may have
        moved there) are told: at 5,000 articles an edit touches a few of ~700 sections,
        and the mirror copies again each row it is told of.
        """
        edition = self._controller.edition
        if edition is None or not self.rowCount():
            return
        if sections is None or heads is None:
            titles = {s.id: s.title for s in edition.sections}
            heads = {s for s, title in titles.items() if self._section_titles.get(s) != title}
            self._section_titles = titles
        else:
            for section_id in heads:
                if edition.has_section(section_id):
                    self._section_titles[section_id] = edition.section(section_id).title
        if sections is None:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 1))
            return
        for section_id in sections | heads:
            if section_id in self._section_row:
                first = self.index_of_section(section_id, TITLE_COLUMN)
                self.dataChanged.emit(first, first.siblingAtColumn(FINDINGS_COLUMN))
        furniture = self.index(self.rowCount() - 1, 0)
        self.dataChanged.emit(furniture, furniture.siblingAtColumn(FINDINGS_COLUMN))

    def _on_findings(self) -> None:
        """Repaint (and re-filter) the rows whose count of open findings changed, and the
        totals of their sections, each once.

        The check re-runs after every edit, and the mirror copies again each row it is
        told of: only the few rows whose count moved, even when thousands did (the first
        check after opening), never all 5,000.
        """
        if self._controller.edition is None:
            return
        count = self._controller.finding_count
        counts = {a: n for a in self._article_place if (n := count(a))}
        old, self._finding_counts = self._finding_counts, counts
        sections: set[int] = set()
        for article_id in old.keys() | counts.keys():
            if old.get(article_id) != counts.get(article_id):
                place = self._article_row_changed(article_id)
                if place is not None:
                    sections.add(place[0])
        for section_id in sections:
            total = self.index_of_section(section_id, FINDINGS_COLUMN)
            self.dataChanged.emit(total, total)

    def _sync_structure(self, touched: set[int] | None = None) -> None:
        """Bring the id lists in line with the edition through row removes, then inserts.

        Every removal (sections, then articles) happens before any insertion, so an article
        moving between sections is never listed in two places at once. With `touched` (the
        articles an edit changed, moved, added or removed) and the same sections as before,
        only the sections that held or hold them are listed again.
        """
        edition = self._controller.edition
        assert edition is not None
        new_sections = [s.id for s in edition.sections]
        if touched is None or new_sections != self._sections:  # (sections come and go rarely)
            new_articles = {s.id: [a.id for a in s.articles] for s in edition.sections}
        else:
            sections: set[int] = set()
            for article_id in touched:
                if article_id in self._article_place:
                    sections.add(self._article_place[article_id][0])
                if edition.has_article(article_id):
                    sections.add(edition.section_of_article(article_id).id)
            # Every other section keeps its list: only these are compared below.
            new_articles = {
                section_id: [a.id for a in edition.section(section_id).articles]
                for section_id in sections if edition.has_section(section_id)
            }
        for i1, i2 in _removed_ranges(self._sections, new_sections):
            self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
            for section_id in self._sections[i1:i2]:
                self._section_titles.pop(section_id, None)
                for article_id in self._articles.pop(section_id):
                    self._article_place.pop(article_id, None)
            del self._sections[i1:i2]
            self._reindex_sections()
            self.endRemoveRows()
        for section_id, new in new_articles.items():
            old = self._articles.get(section_id)
            if old is None or new == old:  # a new section, or nothing to do
                continue
            parent = self.createIndex(self._section_row[section_id], 0, section_id)
            for i1, i2 in _removed_ranges(old, new):
                self.beginRemoveRows(parent, i1, i2 - 1)
                for article_id in old[i1:i2]:
                    del self._article_place[article_id]
                del old[i1:i2]
                self._reindex_articles(section_id)
                self.endRemoveRows()
        for i1, j1, j2 in _inserted_ranges(self._sections, new_sections):
            self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
            self._sections[i1:i1] = new_sections[j1:j2]
            for section_id in new_sections[j1:j2]:
                self._articles[section_id] = []
                self._section_titles[section_id] = edition.section(section_id).title
            self._reindex_sections()
            self.endInsertRows()
        for section_id, new in new_articles.items():
            old = self._articles.get(section_id)
            if old is None or new == old:  # a section gone, or nothing to do
                continue
            parent = self.createIndex(self._section_row[section_id], 0, section_id)
            for i1, j1, j2 in _inserted_ranges(old, new):
                self.beginInsertRows(parent, i1, i1 + (j2 - j1) - 1)
                old[i1:i1] = new[j1:j2]
                self._reindex_articles(section_id)
                self.endInsertRows()


def _removed_ranges(old: list[int], new: list[int]) -> list[tuple[int, int]]:
    """Row ranges of `old` that are not kept in `new`, last first (earlier rows stay valid)."""
    if old == new:
        return []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    return [
        (i1, i2)
        for tag, i1, i2, _j1, _j2 in reversed(matcher.get_opcodes())
        if tag in ("delete", "replace")
    ]


def _inserted_ranges(kept: list[int], new: list[int]) -> list[tuple[int, int, int]]:
    """(row in `kept`, start, end in `new`) to insert, last first; `kept` is a subsequence."""
    if kept == new:
        return []
    matcher = SequenceMatcher(None, kept, new, autojunk=False)
    return [
        (i1, j1, j2) for tag, i1, _i2, j1, j2 in reversed(matcher.get_opcodes()) if tag == "insert"
    ]


class StructureMirror(QStandardItemModel):
    """What the tree view shows: the StructureModel's rows, held as C++ items.

    After any row insert or remove a QTreeView lays out every row again, asking index()
    and flags() for each: answered in Python that took ≈50 ms at 5,000 articles, answered
    by QStandardItemModel ≈1 ms. The items also hold every value the view paints (labels,
    icons, colours, tooltips), copied from the StructureModel when a row appears or the
    StructureModel says it changed: repainting the visible rows after an edit asked Python
    about 650 times (≈8 ms), and now asks nothing. Drags and drops are the StructureModel's,
    reached through the row shape both models share.
    """

    def __init__(self, structure: StructureModel, parent=None) -> None:
        super().__init__(parent)
        self.structure = structure
        self.setColumnCount(2)
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsDropEnabled)
        structure.modelReset.connect(self._reset)
        structure.rowsInserted.connect(self._rows_inserted)
        structure.rowsRemoved.connect(self._rows_removed)
        structure.dataChanged.connect(self._data_changed)
        structure.headerDataChanged.connect(self.headerDataChanged)
        self._reset()

    # --- between the two models -------------------------------------------------------------
    def to_structure(self, index: QModelIndex) -> QModelIndex:
        """The StructureModel index at the same place as this model's `index`."""
        if not index.isValid():
            return QModelIndex()
        # The parent of a top-level row is invalid, and an invalid index's row is -1.
        return self.structure.index_at(index.parent().row(), index.row(), index.column())

    def from_structure(self, index: QModelIndex) -> QModelIndex:
        """This model's index at the same place as the StructureModel's `index`."""
        if not index.isValid():
            return QModelIndex()
        parent = index.parent()
        mirror_parent = self.index(parent.row(), 0) if parent.isValid() else NO_INDEX
        return self.index(index.row(), index.column(), mirror_parent)

    def _row(self, structure_index: QModelIndex, flags: Qt.ItemFlag) -> list[QStandardItem]:
        items = []
        for values in self.structure.row_values(structure_index):
            item = QStandardItem()
            item.setFlags(flags)
            for role, value in values.items():
                item.setData(value, role)
            items.append(item)
        return items

    def _parent_item(self, structure_parent: QModelIndex) -> QStandardItem:
        if not structure_parent.isValid():
            return self.invisibleRootItem()
        return self.item(structure_parent.row(), 0)

    def _reset(self) -> None:
        root = self.invisibleRootItem()
        root.removeRows(0, root.rowCount())
        structure = self.structure
        for row in range(structure.rowCount()):
            section = structure.index(row, 0)
            if structure.is_furniture(section):
                root.appendRow(self._row(section, FURNITURE_FLAGS))
                continue
            items = self._row(section, SECTION_FLAGS)
            for child in range(structure.rowCount(section)):
                items[0].appendRow(self._row(structure.index(child, 0, section), ARTICLE_FLAGS))
            root.appendRow(items)

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        # The StructureModel inserts sections empty and articles after them.
        flags = ARTICLE_FLAGS if parent.isValid() else SECTION_FLAGS
        item = self._parent_item(parent)
        for row in range(first, last + 1):
            item.insertRow(row, self._row(self.structure.index(row, 0, parent), flags))

    def _rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        self._parent_item(parent).removeRows(first, last - first + 1)

    def _data_changed(self, first: QModelIndex, last: QModelIndex, roles: list[int]) -> None:
        """Copy the changed rows' values again; the view hears of it once, for the range."""
        structure, parent = self.structure, first.parent()
        mirror_parent = self.from_structure(parent)
        blocked = self.blockSignals(True)
        try:
            for row in range(first.row(), last.row() + 1):
                values = structure.row_values(structure.index(row, 0, parent))
                for column in range(first.column(), last.column() + 1):
                    # A role the row no longer has (a grey title that got a headline) is
                    # cleared: setItemData keeps the roles it is not given.
                    cell = {role: values[column].get(role) for role in VALUE_ROLES}
                    self.setItemData(self.index(row, column, mirror_parent), cell)
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(self.from_structure(first), self.from_structure(last))

    # --- the Qt model interface: the StructureModel answers -----------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        return self.structure.headerData(section, orientation, role)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # edits go through the controller

    def insertRows(self, row: int, count: int, parent: QModelIndex = NO_INDEX) -> bool:
        return False

    def removeRows(self, row: int, count: int, parent: QModelIndex = NO_INDEX) -> bool:
        return False  # a view's move after a drop: the controller has moved the articles

    def supportedDropActions(self) -> Qt.DropAction:
        return self.structure.supportedDropActions()

    def supportedDragActions(self) -> Qt.DropAction:
        return self.structure.supportedDragActions()

    def mimeTypes(self) -> list[str]:
        return self.structure.mimeTypes()

    def mimeData(self, indexes) -> QMimeData:
        return self.structure.mimeData([self.to_structure(index) for index in indexes])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex
    ) -> bool:
        return self.structure.canDropMimeData(data, action, row, column, self.to_structure(parent))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex
    ) -> bool:
        return self.structure.dropMimeData(data, action, row, column, self.to_structure(parent))


class StructureFilter(QSortFilterProxyModel):
    """Shows only articles of some statuses, or only those with open findings.

    A section stays visible while any of its articles is (recursive filtering).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] | None = None
        self._findings_only = False
        self._mirror: StructureMirror | None = None
        self.setRecursiveFilteringEnabled(True)

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setSourceModel(model)
        self._mirror = model if isinstance(model, StructureMirror) else None

    def set_statuses(self, statuses: set[Status] | None) -> None:
        """Show only articles with one of these statuses (None: any status)."""
        self.beginFilterChange()
        self._statuses = None if statuses is None else frozenset(s.value for s in statuses)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_findings_only(self, value: bool) -> None:
        self.beginFilterChange()
        self._findings_only = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def active(self) -> bool:
        return self._statuses is not None or self._findings_only

    def from_structure(self, index: QModelIndex) -> QModelIndex:
        """This model's index for a StructureModel index (through the mirror, if there is one).

        Not an override of mapFromSource: Qt calls that for every persistent index (each
        expanded section) after a change, and an answer from Python cost ≈1 ms an edit.
        """
        if self._mirror is not None and index.model() is self._mirror.structure:
            index = self._mirror.from_structure(index)
        return self.mapFromSource(index)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self.active():  # asked for every row after each change: answer at once
            return True
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if not index.data(IS_ARTICLE_ROLE):
            return not self.active()
        if self._statuses is not None and index.data(STATUS_ROLE) not in self._statuses:
            return False
        return not self._findings_only or index.data(FINDINGS_ROLE) > 0


class StructureView(QTreeView):
    """The tree widget: drags articles, and takes blocks dropped from the article editor.

    A block drop is accepted as a copy so the editor never deletes the dragged text
    itself; the controller's move changes the model and the editor re-renders.

    It shows the mirror itself, and the filter over it only while a filter is chosen: the
    view lays out every row after a structural edit, and through the filter that took
    twice as long (2.6 against 1.3 ms at 5,000 articles), for a filter that let all pass.
    """

    # The current row changed, whichever model is shown (its index, the previous one).
    current_index_changed = Signal(QModelIndex, QModelIndex)
    # Past this many article rows, sections open closed (see `open_sections`).
    OPEN_ROWS_LIMIT = 1000

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mirror: StructureMirror | None = None
        self._filter: StructureFilter | None = None
        # While a filter is shown: the sections all rows showed, and the open ones.
        self._mirror_sections: tuple[set[int], set[int]] | None = None
        self.setHeaderHidden(False)
        self.setUniformRowHeights(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAlternatingRowColors(False)
        self.setIndentation(14)

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FINDINGS_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(FINDINGS_COLUMN, max(44, header.sectionSizeHint(FINDINGS_COLUMN)))

    def set_models(self, mirror: StructureMirror, structure_filter: StructureFilter) -> None:
        """The two models the view shows: the mirror, or the filter over it."""
        self._mirror, self._filter = mirror, structure_filter
        self.setModel(mirror)

    def show_filtered(self, filtered: bool) -> None:
        """Show the filter's rows (a filter was chosen) or the mirror's (all rows).

        The filter reads the mirror only while it is shown: attached, it follows every
        row the mirror inserts or removes (≈0.7 ms an article merge at 5,000 articles) for
        a view that does not show it. A filter's sections open as after loading
        (`open_sections`); back to all rows, the sections are open or closed as the
        editor left them before the filter (a section added since follows the loading
        rule). The current row (an article, a section) stays current where the new
        model shows it.
        """
        mirror, structure_filter = self._mirror, self._filter
        if filtered and mirror is not None and self.model() is mirror:
            self._mirror_sections = self._section_states()
        if structure_filter is not None and filtered \
                and structure_filter.sourceModel() is not mirror:
            structure_filter.setSourceModel(mirror)
        model = structure_filter if filtered else mirror
        if model is not None and self.model() is not model:
            current = source_index(self.currentIndex())
            previous = self.selectionModel()
            self.setModel(model)
            if previous is not None and previous.parent() is self:
                previous.deleteLater()  # setModel made a new one and leaves the old
            shown = self.index_for(current) if current.isValid() else QModelIndex()
            if shown.isValid():
                self.setCurrentIndex(shown)
        if structure_filter is not None and not filtered \
                and structure_filter.sourceModel() is not None:
            structure_filter.setSourceModel(None)
        if not filtered and self._mirror_sections is not None:
            self._restore_sections(*self._mirror_sections)
            self._mirror_sections = None
        else:
            self._open_as_loaded()

    def open_sections(self) -> None:
        """Open the sections of a newly shown edition (`_open_as_loaded`), forgetting
        how the editor had left the previous edition's."""
        self._mirror_sections = None
        self._open_as_loaded()

    def _open_as_loaded(self) -> None:
        """Open every section, unless the shown model has more than OPEN_ROWS_LIMIT
        article rows: then close them all, and the current article's section opens when the
        window shows its row (`scrollTo` opens the rows above the one it shows).

        The view lays out every open row after a structural edit: with every section of a
        5,000-article edition open, that took 2.4 ms of each article merge (0.1 ms at 100
        articles), so edits slowed down as editions grew.
        """
        if self._too_many_rows():
            self.collapseAll()
        else:
            self.expandAll()

    def _too_many_rows(self) -> bool:
        model = self.model()
        if model is None:
            return False
        root = QModelIndex()
        rows = sum(model.rowCount(model.index(row, 0, root)) for row in range(model.rowCount(root)))
        return rows > self.OPEN_ROWS_LIMIT

    def _section_rows(self) -> list[tuple[int, QModelIndex]]:
        """(section id, index) of each section row shown, page furniture left out."""
        model = self.model()
        if model is None:
            return []
        rows = (model.index(row, 0) for row in range(model.rowCount()))
        ids = ((source_index(index).internalId(), index) for index in rows)
        return [(node, index) for node, index in ids if node != FURNITURE_ID]

    def _section_states(self) -> tuple[set[int], set[int]]:
        """The sections shown and, of those, the open ones (by section id)."""
        rows = self._section_rows()
        return {node for node, _ in rows}, {node for node, index in rows if self.isExpanded(index)}

    def _restore_sections(self, known: set[int], opened: set[int]) -> None:
        """Open the sections in `opened` and close the others in `known`; a section not
        in `known` (added while a filter was shown) opens or closes as after loading."""
        rows = self._section_rows()
        new_open = not self._too_many_rows()
        wanted = [node in opened if node in known else new_open for node, _ in rows]
        if sum(wanted) * 2 > len(wanted):  # one call for most rows, one each for the rest
            self.expandAll()
            for (_, index), keep in zip(rows, wanted, strict=True):
                if not keep:
                    self.collapse(index)
        else:
            self.collapseAll()
            for (_, index), keep in zip(rows, wanted, strict=True):
                if keep:
                    self.expand(index)

    def index_for(self, index: QModelIndex) -> QModelIndex:
        """The shown model's index for a StructureModel index (invalid if filtered out)."""
        model = self.model()
        if isinstance(model, StructureFilter):
            return model.from_structure(index)
        if isinstance(model, StructureMirror):
            return model.from_structure(index)
        return index

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        self.current_index_changed.emit(current, previous)

    def rowsInserted(self, parent: QModelIndex, first: int, last: int) -> None:  # noqa: N802
        """A section that appears (new, undone, or let through the filter) opens, as all do
        after loading; only those: expanding every section after each edit cost a call per
        section, and re-opened the ones the editor had closed."""
        super().rowsInserted(parent, first, last)
        if not parent.isValid():
            model = self.model()
            for row in range(first, last + 1):
                self.expand(model.index(row, 0))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A filter that lets no article through says so, instead of an empty tree."""
        super().paintEvent(event)
        model = self.model()
        if model is None or model is not self._filter or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        margin = self.fontMetrics().height()
        painter.drawText(
            self.viewport().rect().adjusted(margin, margin, -margin, -margin),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.tr("No article matches this filter.\nChoose “All articles” above to see them all."),  # noqa: E501 - one literal for lupdate
        )
        painter.end()

    def lay_out_now(self) -> None:
        """Lay out the rows an edit inserted or removed now, not in the next paint.

        Laid out while painting, the rows change the scroll bar's range, which asks for a
        second paint of every visible row: 2.7 ms more after each structural edit.
        """
        self.executeDelayedItemsLayout()

    def _force_copy(self, event) -> None:
        if event.mimeData().hasFormat(BLOCK_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().dragEnterEvent(event)
        if event.mimeData().hasFormat(BLOCK_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().dragMoveEvent(event)
        if event.isAccepted():
            self._force_copy(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(BLOCK_MIME):
            index = self.indexAt(event.position().toPoint())
            model = self.model()
            # Row and column -1: "onto this item", which a filter proxy maps as it is.
            if model.dropMimeData(event.mimeData(), Qt.DropAction.CopyAction, -1, -1, index):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
            return
        super().dropEvent(event)


def source_index(index: QModelIndex) -> QModelIndex:
    """The StructureModel index behind a (possibly proxied or mirrored) index."""
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = index.model()
    return model.to_structure(index) if isinstance(model, StructureMirror) else index

"""The article editor: one article shown like a word processor, every edit a core operation.

Each text block of the widget is one model block (its id in the block's user state) and
wears its role's paragraph style. The widget's own undo is off; structure keys (Enter,
Backspace/Delete at a boundary, paste of several lines, deletion across blocks) are
turned into operations before the widget acts, and plain typing is read back after it
acts as an edit-text operation that merges with the next keystroke in the same block.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QPoint,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QWidget

from editor.core import edits
from editor.core.model import FURNITURE, Block, Container, Role
from editor.core.operations import Operation
from editor.ui.block_edits import BlockEdits, delete_range_steps, new_block_ids
from editor.ui.commands import Label
from editor.ui.controller import Controller
from editor.ui.role_styles import (
    EDITOR_ROLES,
    FIRST_ROLE,
    GUTTER,
    PAGE_WIDTH,
    ROLE_PROPERTY,
    ROLE_SHORTCUTS,
    RoleBox,
    role_formats,
    role_label,
    shown,
    stored,
)
from editor.ui.tree_model import BLOCK_MIME, encode_ids

__all__ = ["ROLE_SHORTCUTS", "ArticleEditor", "RoleBox", "role_formats", "role_label"]


class ArticleEditor(BlockEdits, QTextEdit):
    """The current article as styled text; edits go to the controller as operations."""

    role_changed = Signal(object)  # the role of the block under the cursor (or None)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._home: Container | None = None  # what is shown: an article or a section's head
        self._rendering = 0
        self._pushing = False
        self._resync_pending = False
        # The window's block and article actions, offered in the context menu too.
        self.context_actions: list[QAction] = []
        self._block_clipboard: tuple[str, list[Block]] | None = None
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # a tab character has no place in printed text
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(28)
        self._base_size = max(11.0, self.font().pointSizeF() + 1)
        self.setPlaceholderText(self.tr("Choose an article in the structure tree."))
        self.document().contentsChange.connect(self._on_contents_change)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        controller.edition_replaced.connect(lambda: self.show_article(None))
        controller.current_article_changed.connect(self.show_article)
        controller.current_block_changed.connect(self._on_block_selected)
        controller.changed.connect(self._on_changed)
        controller.cursor_requested.connect(self._on_cursor_requested)
        self.show_article(controller.current_article_id)

    # --- what is shown ------------------------------------------------------------------
    @property
    def article_id(self) -> int | None:
        return self._home[1] if self._home and self._home[0] == "article" else None

    @property
    def section_id(self) -> int | None:
        """The section whose title and editor's notes are shown (None when an article is)."""
        return self._home[1] if self._home and self._home[0] == "section" else None

    def show_article(self, article_id: int | None) -> None:
        """Render an article (None: nothing), with the cursor at its start."""
        edition = self._controller.edition
        if article_id is not None and (edition is None or not edition.has_article(article_id)):
            article_id = None
        self._show(("article", article_id) if article_id is not None else None)

    def show_section(self, section_id: int) -> None:
        """Render a section's head: its title and editor's notes, edited like an article."""
        edition = self._controller.edition
        if edition is not None and edition.has_section(section_id):
            self._show(("section", section_id))

    def show_furniture(self) -> None:
        """Render the page furniture (headers and footers of every page)."""
        if self._controller.edition is not None:
            self._show(FURNITURE)

    def follow_read_only(self) -> None:
        """Refuse or allow typing as the controller says (a project open read-only)."""
        self.setReadOnly(self._home is None or self._controller.read_only)

    def _show(self, home: Container | None) -> None:
        self._home = home
        self.follow_read_only()
        self._render()
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self._set_cursor(cursor)
        block_id = self._controller.current_block_id
        if block_id is not None:
            self._on_block_selected(block_id)
        self.role_changed.emit(self.current_role())

    def _render(self) -> None:
        self._rendering += 1
        try:
            document = self.document()
            document.clear()
            edition = self._controller.edition
            if self._home is None or edition is None:
                return
            frame = document.rootFrame().frameFormat()
            frame.setLeftMargin(GUTTER)
            document.rootFrame().setFrameFormat(frame)
            cursor = QTextCursor(document)
            # One edit block: the document is laid out once at the end, not per insert.
            cursor.beginEditBlock()
            try:
                blocks = edition.container(self._home)
                for i, block in enumerate(blocks):
                    block_format, char_format = role_formats(block.role, self._base_size)
                    if i:
                        cursor.insertBlock(block_format, char_format)
                    else:
                        cursor.setBlockFormat(block_format)
                        cursor.setBlockCharFormat(char_format)
                    cursor.insertText(shown(block.text), char_format)
                    cursor.block().setUserState(block.id)
                if not blocks:
                    block_format, char_format = role_formats(Role.PARAGRAPH, self._base_size)
                    cursor.setBlockFormat(block_format)
                    cursor.setBlockCharFormat(char_format)
            finally:
                cursor.endEditBlock()
        finally:
            self._rendering -= 1

    def _matches_model(self) -> bool:
        """Whether the widget shows exactly the current article's blocks (ids, roles, texts)."""
        edition = self._controller.edition
        if self._home is None or edition is None:
            return self.document().isEmpty()
        blocks = edition.container(self._home)
        document = self.document()
        if document.blockCount() != max(1, len(blocks)):
            return False
        if not blocks:
            return document.isEmpty() and document.firstBlock().userState() == -1
        text_block = document.firstBlock()
        for block in blocks:
            if (
                text_block.userState() != block.id
                or text_block.text() != shown(block.text)
                or text_block.blockFormat().property(ROLE_PROPERTY) != block.role.value
            ):
                return False
            text_block = text_block.next()
        return True

    def _home_exists(self) -> bool:
        edition = self._controller.edition
        if self._home is None:
            return True
        kind, owner = self._home
        if edition is None:
            return False
        if kind == "furniture":
            return True
        return edition.has_article(owner) if kind == "article" else edition.has_section(owner)

    def _place(self) -> tuple[int, int, int]:
        """Where the cursor is: (block id, offset, block number), to restore after a render."""
        cursor = self.textCursor()
        return cursor.block().userState(), cursor.positionInBlock(), cursor.blockNumber()

    def _restore(self, place: tuple[int, int, int]) -> None:
        block_id, offset, number = place
        target = self._text_block(block_id)
        if not target.isValid():
            target = self.document().findBlockByNumber(
                min(number, self.document().blockCount() - 1)
            )
        cursor = QTextCursor(target)
        cursor.setPosition(target.position() + min(offset, target.length() - 1))
        self._set_cursor(cursor)

    def _set_cursor(self, cursor: QTextCursor) -> None:
        self._rendering += 1
        try:
            self.setTextCursor(cursor)
        finally:
            self._rendering -= 1

    def _text_block(self, block_id: int) -> QTextBlock:
        text_block = self.document().firstBlock()
        while text_block.isValid():
            if text_block.userState() == block_id:
                return text_block
            text_block = text_block.next()
        return QTextBlock()

    # --- following the controller -----------------------------------------------------------
    def _on_changed(self, affected: set[int]) -> None:
        if not self._home_exists():
            self.show_article(self._controller.current_article_id)
            return
        if affected and self.article_id not in affected:
            return  # an article's edits name it; a section's head changes structure (empty)
        if self._matches_model():
            self.role_changed.emit(self.current_role())
            return
        scroll = self.verticalScrollBar().value()
        place = self._place()
        self._render()
        self._restore(place)
        self.verticalScrollBar().setValue(scroll)
        self.role_changed.emit(self.current_role())

    def _on_cursor_requested(self, cursor: tuple[int, int]) -> None:
        if self._pushing:
            return
        block_id, offset = cursor
        target = self._text_block(block_id)
        if target.isValid():
            text_cursor = QTextCursor(target)
            text_cursor.setPosition(target.position() + min(offset, target.length() - 1))
            self._set_cursor(text_cursor)
            self.ensureCursorVisible()
            self.role_changed.emit(self.current_role())

    def _on_block_selected(self, block_id: int | None) -> None:
        if block_id is None or self.textCursor().block().userState() == block_id:
            return
        target = self._text_block(block_id)
        if target.isValid():
            self._set_cursor(QTextCursor(target))
            self.ensureCursorVisible()
        self.role_changed.emit(self.current_role())

    def select_text(self, block_id: int, start: int, end: int) -> None:
        """Select text of a shown block (a find match), scrolling it into view."""
        target = self._text_block(block_id)
        if not target.isValid():
            return
        limit = target.length() - 1
        cursor = QTextCursor(target)
        cursor.setPosition(target.position() + min(start, limit))
        cursor.setPosition(target.position() + min(end, limit), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _on_cursor_moved(self) -> None:
        if self._rendering:
            return
        block_id = self.textCursor().block().userState()
        if block_id > 0:
            self._controller.select_block(block_id)
        self.role_changed.emit(self.current_role())

    def current_role(self) -> Role | None:
        edition = self._controller.edition
        block_id = self.textCursor().block().userState()
        if edition is None or block_id <= 0 or not edition.has_block(block_id):
            return None
        return edition.block(block_id).role

    # --- reading typing back ------------------------------------------------------------------
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._rendering or self._home is None or (removed == 0 and added == 0):
            return
        edition = self._controller.edition
        assert edition is not None
        blocks = edition.container(self._home)
        document = self.document()
        text_block = document.findBlock(position)
        if (
            document.blockCount() != max(1, len(blocks))
            or document.findBlock(position + added) != text_block
        ):
            self._schedule_resync()  # a change the key handling did not foresee: show the model
            return
        block_id = text_block.userState()
        text = stored(text_block.text())
        offset = position - text_block.position()
        if block_id <= 0:  # typing into an empty article creates its first block
            operation = edits.insert_block(edition, self._home, 0, FIRST_ROLE[self._home[0]], text)
            new_id = new_block_ids(operation)[0]
            self._push(
                operation,
                lambda: self.tr("Typing"),
                redo_cursor=(new_id, offset + added),
                undo_cursor=None,
            )
            return
        self._push(
            edits.edit_text(edition, block_id, text),
            lambda: self.tr("Typing"),
            typing_block=block_id,
            redo_cursor=(block_id, offset + added),
            undo_cursor=(block_id, offset),
        )

    def _schedule_resync(self) -> None:
        if not self._resync_pending:
            self._resync_pending = True
            QTimer.singleShot(0, self._resync)

    def _resync(self) -> None:
        self._resync_pending = False
        if not self._matches_model():
            place = self._place()
            self._render()
            self._restore(place)

    def _push(self, operation: Operation | None, label: Label, **options) -> bool:
        """Push through the controller; the widget already shows the typed text."""
        self._pushing = True
        try:
            return self._controller.push(operation, label, **options)
        finally:
            self._pushing = False

    # --- structure keys -------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # QTextEdit claims Ctrl+Z/Ctrl+Y even with its own undo off; leave them to the
        # window's undo stack, the only one.
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if _is_undo_key(event):
            event.ignore()
            return
        if self._home is None or self.isReadOnly():
            super().keyPressEvent(event)
            return
        key, modifiers = event.key(), event.modifiers()
        cursor = self.textCursor()
        spans = self._selection_spans_blocks() or bool(self._whole_blocks())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.split_at_cursor()
        elif modifiers & Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_blocks(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Backspace and spans or key == Qt.Key.Key_Delete and spans:
            self.delete_selection()
        elif key == Qt.Key.Key_Backspace and not cursor.hasSelection() and cursor.atBlockStart():
            self.merge_with_previous()
        elif key == Qt.Key.Key_Delete and not cursor.hasSelection() and cursor.atBlockEnd():
            self.merge_with_next()
        elif event.matches(QKeySequence.StandardKey.Cut) and spans:
            self.cut_selection()
        elif spans and event.text() and event.text().isprintable():
            self.replace_selection(event.text(), lambda: self.tr("Typing"))
        else:
            super().keyPressEvent(event)

    def _selection_spans_blocks(self) -> bool:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return False
        document = self.document()
        return document.findBlock(cursor.selectionStart()) != document.findBlock(
            cursor.selectionEnd()
        )

    def _at(self, position: int) -> tuple[int, int]:
        """(block id, offset) of a document position."""
        text_block = self.document().findBlock(position)
        return text_block.userState(), position - text_block.position()

    def _selection_steps(self) -> tuple[list[Callable], tuple[int, int]]:
        """Steps that delete the selection, and where the cursor is once they ran."""
        cursor = self.textCursor()
        start = self._at(cursor.selectionStart())
        if not cursor.hasSelection():
            return [], start
        end = self._at(cursor.selectionEnd())
        return delete_range_steps(self._ids(), start, end), start

    def _ids(self) -> list[int]:
        edition = self._controller.edition
        assert edition is not None and self._home is not None
        return [b.id for b in edition.container(self._home)]

    def selected_block_ids(self) -> list[int]:
        """Ids of the blocks the selection touches (the cursor's block when nothing is selected)."""
        cursor = self.textCursor()
        document = self.document()
        text_block = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        ids: list[int] = []
        while text_block.isValid():
            if text_block.userState() > 0:
                ids.append(text_block.userState())
            if text_block == last:
                break
            text_block = text_block.next()
        return ids

    # --- clipboard and drag ---------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt's name
        return source.hasText() and not self.isReadOnly()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        if self._block_clipboard is not None and source.text() == self._block_clipboard[0]:
            self.paste_blocks(self._block_clipboard[1])  # whole paragraphs: keep their roles
            return
        text = source.text().replace("\r\n", "\n").replace("\r", "\n")
        if "\n" not in text.strip("\n") and not self._selection_spans_blocks():
            self.insertPlainText(text.strip("\n"))  # one line: read back as typing
            return
        self.replace_selection(text, lambda: self.tr("Paste"))

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        data = super().createMimeDataFromSelection()
        ids = self.selected_block_ids()
        if ids:
            data.setData(BLOCK_MIME, encode_ids(ids))
        edition = self._controller.edition
        whole = self._whole_blocks()
        # Copied or cut whole paragraphs paste back as paragraphs with their roles and
        # source spans, as long as the clipboard still holds their text.
        self._block_clipboard = (
            (data.text(), [edition.block(b).copy() for b in whole])
            if whole and edition is not None
            else None
        )
        return data

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.source() is self:
            event.ignore()  # moving text inside the article goes through cut and paste
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.source() is self:
            event.ignore()
            return
        super().dragMoveEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = QMenu(self)
        editable = not self.isReadOnly()
        has_selection = self.textCursor().hasSelection()
        menu.addAction(self.tr("Cut"), self.cut_selection).setEnabled(editable and has_selection)
        menu.addAction(self.tr("Copy"), self.copy).setEnabled(has_selection)
        # canPaste asks canInsertFromMimeData, and copes with an empty clipboard (whose
        # mimeData() is None on some platforms: reading .hasText() of it crashed the menu).
        menu.addAction(self.tr("Paste"), self.paste).setEnabled(editable and self.canPaste())
        menu.addSeparator()
        styles = menu.addMenu(self.tr("Style"))
        for role in EDITOR_ROLES:
            action = styles.addAction(role_label(role), lambda r=role: self.set_role(r))
            action.setCheckable(True)
            action.setChecked(role == self.current_role())
        styles.setEnabled(editable)
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        menu.addSeparator()
        menu.addAction(self.tr("Select all"), self.selectAll)
        menu.exec(event.globalPos())

    def cut_selection(self) -> None:
        """Cut through the model: a selection across blocks is one delete operation."""
        if self._selection_spans_blocks() or self._whole_blocks():
            self.copy()
            self.delete_selection()
        else:
            self.cut()

    # --- layout: a centred text column ------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._home is None:
            return
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        font.setPointSizeF(self._base_size * 0.72)
        painter.setFont(font)
        painter.setPen(QColor("#a3a3a3"))
        layout = self.document().documentLayout()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        text_block = self.cursorForPosition(QPoint(0, 0)).block()
        while text_block.isValid():
            rect = layout.blockBoundingRect(text_block)
            if rect.top() > bottom:
                break
            role = text_block.blockFormat().property(ROLE_PROPERTY)
            line = text_block.layout().lineAt(0)
            if role and line.isValid():
                y = rect.top() + line.y() - top
                painter.drawText(
                    QRectF(0, y, GUTTER - 14, line.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    role_label(Role(role)),
                )
            text_block = text_block.next()
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The viewport's resizes arrive here too (with its smaller size): measure the widget.
        side = max(
            0,
            (self.width() - self.verticalScrollBar().sizeHint().width() - PAGE_WIDTH - GUTTER) // 2,
        )
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
        super().resizeEvent(event)


def _is_undo_key(event: QKeyEvent) -> bool:
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        )
    )

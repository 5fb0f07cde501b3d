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
    QCoreApplication,
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
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QMenu, QTextEdit, QWidget

from editor.core import edits
from editor.core.model import FURNITURE, Block, Container, Edition, Role
from editor.core.operations import Compound, InsertBlocks, Operation
from editor.ui.controller import Controller
from editor.ui.tree_model import BLOCK_MIME, encode_ids

ROLE_PROPERTY = QTextFormat.Property.UserProperty + 1
LINE_SEPARATOR = "\u2028"  # a newline inside one model block, shown without a new block
PAGE_WIDTH = 720  # the text column's width in pixels, like a printed column read on screen
GUTTER = 88  # room left of the text where each paragraph's role is written, small and grey

# Ctrl+digit sets these roles (Ctrl+0 is the plain paragraph).
ROLE_SHORTCUTS: dict[str, Role] = {
    "1": Role.HEADLINE,
    "2": Role.KICKER,
    "3": Role.SUBHEADLINE,
    "4": Role.DATELINE,
    "5": Role.BYLINE,
    "6": Role.SUBHEAD,
    "7": Role.CAPTION,
    "8": Role.CREDIT,
    "9": Role.JUMP,
    "0": Role.PARAGRAPH,
}
EDITOR_ROLES = (
    Role.KICKER,
    Role.HEADLINE,
    Role.SUBHEADLINE,
    Role.DATELINE,
    Role.BYLINE,
    Role.PARAGRAPH,
    Role.SUBHEAD,
    Role.CAPTION,
    Role.CREDIT,
    Role.JUMP,
    Role.NOTE,
    Role.SECTION_TITLE,
    Role.FURNITURE,
)


# What the first text typed into an empty article, section head or furniture list is.
FIRST_ROLE = {"article": Role.HEADLINE, "section": Role.SECTION_TITLE, "furniture": Role.FURNITURE}


def role_label(role: Role) -> str:
    """The newsroom name of a block's role, in the user's language."""
    names = {
        Role.KICKER: QCoreApplication.translate("Role", "Kicker"),
        Role.HEADLINE: QCoreApplication.translate("Role", "Headline"),
        Role.SUBHEADLINE: QCoreApplication.translate("Role", "Subheadline"),
        Role.DATELINE: QCoreApplication.translate("Role", "Dateline"),
        Role.BYLINE: QCoreApplication.translate("Role", "Byline"),
        Role.PARAGRAPH: QCoreApplication.translate("Role", "Paragraph"),
        Role.SUBHEAD: QCoreApplication.translate("Role", "Subhead"),
        Role.CAPTION: QCoreApplication.translate("Role", "Caption"),
        Role.CREDIT: QCoreApplication.translate("Role", "Photo credit"),
        Role.JUMP: QCoreApplication.translate("Role", "Jump line"),
        Role.NOTE: QCoreApplication.translate("Role", "Editor's note"),
        Role.SECTION_TITLE: QCoreApplication.translate("Role", "Section title"),
        Role.FURNITURE: QCoreApplication.translate("Role", "Page furniture"),
    }
    return names[role]


def role_formats(role: Role, base_size: float) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The paragraph and character style a role is drawn with."""
    block, char = QTextBlockFormat(), QTextCharFormat()
    block.setProperty(ROLE_PROPERTY, role.value)
    block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block.setBottomMargin(base_size * 0.6)
    char.setFontPointSize(base_size)
    char.setForeground(QBrush(QColor("#1f1f1f")))
    grey = QBrush(QColor("#6b6b6b"))
    if role == Role.KICKER:
        char.setFontPointSize(base_size * 0.95)
        char.setForeground(QBrush(QColor("#8b2b2b")))
        block.setTopMargin(base_size * 0.8)
        block.setBottomMargin(2)
    elif role == Role.HEADLINE:
        char.setFontPointSize(base_size * 1.75)
        char.setFontWeight(QFont.Weight.Bold)
        block.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(base_size * 0.4)
    elif role == Role.SUBHEADLINE:
        char.setFontPointSize(base_size * 1.2)
        char.setForeground(QBrush(QColor("#3a3a3a")))
        block.setBottomMargin(base_size)
    elif role == Role.DATELINE:
        char.setFontWeight(QFont.Weight.DemiBold)
        char.setForeground(QBrush(QColor("#2c4a6b")))
        block.setBottomMargin(2)
    elif role == Role.BYLINE:
        char.setForeground(grey)
        block.setAlignment(Qt.AlignmentFlag.AlignRight)
    elif role == Role.PARAGRAPH:
        block.setTextIndent(base_size * 2.7)  # two characters, as Chinese papers indent
    elif role == Role.SUBHEAD:
        char.setFontWeight(QFont.Weight.Bold)
        block.setTopMargin(base_size * 0.6)
    elif role == Role.CAPTION:
        char.setFontItalic(True)
        char.setForeground(QBrush(QColor("#4a4032")))
        block.setBackground(QBrush(QColor("#f4efe2")))
        block.setLeftMargin(base_size)
        block.setRightMargin(base_size)
        block.setBottomMargin(0)
        block.setTopMargin(base_size * 0.4)
    elif role == Role.CREDIT:
        char.setFontPointSize(base_size * 0.9)
        char.setForeground(grey)
        block.setBackground(QBrush(QColor("#f4efe2")))
        block.setAlignment(Qt.AlignmentFlag.AlignRight)
        block.setLeftMargin(base_size)
        block.setRightMargin(base_size)
    elif role == Role.JUMP:
        char.setFontPointSize(base_size * 0.9)
        char.setForeground(grey)
        char.setFontItalic(True)
        block.setAlignment(Qt.AlignmentFlag.AlignRight)
    elif role in (Role.NOTE, Role.SECTION_TITLE):
        char.setFontItalic(role == Role.NOTE)
        char.setFontWeight(QFont.Weight.Bold if role == Role.SECTION_TITLE else QFont.Weight.Normal)
        block.setBackground(QBrush(QColor("#eef2f6")))
        block.setLeftMargin(base_size)
        block.setRightMargin(base_size)
    elif role == Role.FURNITURE:
        char.setFontPointSize(base_size * 0.85)
        char.setForeground(QBrush(QColor("#9a9a9a")))
    return block, char


def shown(text: str) -> str:
    return text.replace("\n", LINE_SEPARATOR)


def stored(text: str) -> str:
    return text.replace(LINE_SEPARATOR, "\n")


def new_block_ids(operation: Operation) -> list[int]:
    """Ids of the blocks an operation inserts, in the order it inserts them."""
    if isinstance(operation, Compound):
        return [b for part in operation.parts for b in new_block_ids(part)]
    if isinstance(operation, InsertBlocks):
        return [b.id for b in operation.blocks]
    return []


class ArticleEditor(QTextEdit):
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
                operation, self.tr("Typing"), redo_cursor=(new_id, offset + added), undo_cursor=None
            )
            return
        self._push(
            edits.edit_text(edition, block_id, text),
            self.tr("Typing"),
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

    def _push(self, operation: Operation | None, label: str, **options) -> bool:
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
            self.replace_selection(event.text(), self.tr("Typing"))
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

    def split_at_cursor(self) -> bool:
        """Enter: cut the block at the cursor (after deleting any selection)."""
        edition = self._controller.edition
        steps, (block_id, offset) = self._selection_steps()
        if edition is None or block_id <= 0:
            return False
        block = edition.block(block_id)
        role = None
        if offset >= len(block.text) and block.role != Role.PARAGRAPH and not steps:
            role = Role.PARAGRAPH  # after a headline or byline the next block is body text
        steps.append(lambda ed: edits.split_block(ed, block_id, offset, role))
        operation = edits.sequence(edition, steps, "split")
        if operation is None:
            return False
        new_id = new_block_ids(operation)[-1]
        return self._controller.push(
            operation,
            self.tr("Split paragraph"),
            redo_cursor=(new_id, 0),
            undo_cursor=(block_id, offset),
        )

    def merge_with_previous(self) -> bool:
        """Backspace at a block's start: join it onto the block before."""
        edition = self._controller.edition
        block_id = self.textCursor().block().userState()
        previous = self.textCursor().block().previous()
        if edition is None or block_id <= 0 or not previous.isValid():
            return False
        previous_id = previous.userState()
        join = len(edition.block(previous_id).text.rstrip())
        return self._controller.push(
            edits.merge_blocks(edition, previous_id, block_id),
            self.tr("Join paragraphs"),
            redo_cursor=(previous_id, join),
            undo_cursor=(block_id, 0),
        )

    def merge_with_next(self) -> bool:
        """Delete at a block's end: join the next block onto it."""
        edition = self._controller.edition
        block_id = self.textCursor().block().userState()
        following = self.textCursor().block().next()
        if edition is None or block_id <= 0 or not following.isValid():
            return False
        text = edition.block(block_id).text
        return self._controller.push(
            edits.merge_blocks(edition, block_id, following.userState()),
            self.tr("Join paragraphs"),
            redo_cursor=(block_id, len(text.rstrip())),
            undo_cursor=(block_id, len(text)),
        )

    def delete_selection(self) -> bool:
        """Delete a selection that crosses blocks as one step (whole blocks go entirely)."""
        edition = self._controller.edition
        whole = self._whole_blocks()
        if edition is not None and whole:
            return self._delete_whole_blocks(edition, whole)
        steps, start = self._selection_steps()
        if edition is None or not steps:
            return False
        return self._controller.push(
            edits.sequence(edition, steps, "delete"),
            self.tr("Delete text"),
            redo_cursor=start,
            undo_cursor=start,
        )

    def _whole_blocks(self) -> list[int]:
        """Ids of the blocks a selection covers exactly (start of one to end of another)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return []
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if cursor.selectionStart() != first.position():
            return []
        if cursor.selectionEnd() == last.position() and last != first:
            last = last.previous()  # selected up to the start of the next block
        elif cursor.selectionEnd() != last.position() + last.length() - 1:
            return []
        ids = self.selected_block_ids()
        return ids[: ids.index(last.userState()) + 1] if last.userState() in ids else []

    def _delete_whole_blocks(self, edition: Edition, block_ids: list[int]) -> bool:
        order = self._ids()
        after = order.index(block_ids[-1]) + 1
        before = order.index(block_ids[0]) - 1
        cursor = (
            (order[after], 0)
            if after < len(order)
            else (order[before], len(edition.block(order[before]).text))
            if before >= 0
            else None
        )
        return self._controller.push(
            edits.delete_blocks(edition, block_ids),
            self.tr("Delete paragraphs"),
            redo_cursor=cursor,
            undo_cursor=(block_ids[0], 0),
        )

    def paste_blocks(self, blocks: list[Block]) -> bool:
        """Insert copies of cut or copied blocks at the cursor, keeping roles and source spans."""
        edition = self._controller.edition
        if edition is None or self._home is None or not blocks:
            return False
        steps, (block_id, offset) = self._selection_steps()
        home = self._home

        def split(ed: Edition) -> Operation | None:
            if block_id <= 0 or not 0 < offset < len(ed.block(block_id).text):
                return None
            return edits.split_block(ed, block_id, offset)

        def insert(ed: Edition) -> Operation:
            # Before the cursor's block at its start, after it (or its first half) elsewhere.
            index = 0 if block_id <= 0 else ed.index_of_block(block_id) + (1 if offset else 0)
            copies = [Block(ed.new_id(), b.role, b.text, list(b.spans), b.edited) for b in blocks]
            return InsertBlocks(home, index, copies)

        steps.append(split)
        steps.append(insert)
        operation = edits.sequence(edition, steps, "paste")
        if operation is None:
            return False
        inserted = new_block_ids(operation)[-len(blocks) :]
        return self._controller.push(
            operation,
            self.tr("Paste paragraphs"),
            redo_cursor=(inserted[-1], len(blocks[-1].text)),
            undo_cursor=(block_id, offset) if block_id > 0 else None,
        )

    def replace_selection(self, text: str, label: str) -> bool:
        """Type or paste over a selection: delete it and insert `text` (lines become blocks)."""
        edition = self._controller.edition
        steps, (block_id, offset) = self._selection_steps()
        lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
        lines = [line for line in lines if line] if len(lines) > 1 else lines
        if edition is None or block_id <= 0 or not lines:
            return False
        steps += insert_lines_steps(block_id, offset, lines)
        operation = edits.sequence(edition, steps, "paste")
        if operation is None:
            return False
        inserted = new_block_ids(operation)
        cursor = (
            (inserted[0], len(lines[-1])) if len(lines) > 1 else (block_id, offset + len(lines[0]))
        )
        return self._controller.push(
            operation, label, redo_cursor=cursor, undo_cursor=(block_id, offset)
        )

    def move_blocks(self, direction: int) -> bool:
        """Alt+Up/Alt+Down: move the selected blocks one place within the article."""
        edition = self._controller.edition
        ids = self.selected_block_ids()
        if edition is None or self._home is None or not ids:
            return False
        order = self._ids()
        first, last = order.index(ids[0]), order.index(ids[-1])
        if direction < 0 and first == 0 or direction > 0 and last == len(order) - 1:
            return False
        index = first - 1 if direction < 0 else last + 2
        place = self._at(self.textCursor().position())
        operation = edits.move_blocks(edition, ids, self._home, index)
        return self._controller.push(
            operation, self.tr("Move block"), redo_cursor=place, undo_cursor=place
        )

    def set_role(self, role: Role) -> bool:
        """Give the selected blocks (or the block at the cursor) a role, as one step."""
        edition = self._controller.edition
        ids = self.selected_block_ids()
        if edition is None or not ids:
            return False
        place = self._at(self.textCursor().position())
        steps = [lambda ed, b=b: edits.set_role(ed, b, role) for b in ids]
        return self._controller.push_macro(
            self.tr("Set style: %1").replace("%1", role_label(role)),
            steps,
            redo_cursor=place,
            undo_cursor=place,
        )

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
        self.replace_selection(text, self.tr("Paste"))

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
        menu.addAction(self.tr("Paste"), self.paste).setEnabled(
            editable and QApplication.clipboard().mimeData().hasText()
        )
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


def delete_range_steps(
    order: list[int], start: tuple[int, int], end: tuple[int, int]
) -> list[Callable[[Edition], Operation | None]]:
    """Steps deleting text from `start` to `end` ((block id, offset) each) across blocks."""
    (first, first_offset), (last, last_offset) = start, end
    if first == last:
        return [
            lambda ed: edits.edit_text(
                ed, first, ed.block(first).text[:first_offset] + ed.block(first).text[last_offset:]
            )
        ]
    middle = order[order.index(first) + 1 : order.index(last)]
    return [
        lambda ed: edits.edit_text(ed, first, ed.block(first).text[:first_offset]),
        lambda ed: edits.edit_text(ed, last, ed.block(last).text[last_offset:]),
        lambda ed: edits.delete_blocks(ed, middle),
        lambda ed: edits.merge_blocks(ed, first, last),
    ]


def insert_lines_steps(
    block_id: int, offset: int, lines: list[str]
) -> list[Callable[[Edition], Operation | None]]:
    """Steps inserting lines of text at (block, offset); lines after the first become blocks."""
    if len(lines) == 1:
        return [
            lambda ed: edits.edit_text(
                ed,
                block_id,
                ed.block(block_id).text[:offset] + lines[0] + ed.block(block_id).text[offset:],
            )
        ]

    def following(ed: Edition) -> int:
        return ed.container(ed.home_of_block(block_id))[ed.index_of_block(block_id) + 1].id

    def middle(ed: Edition) -> Operation | None:
        home, index = ed.home_of_block(block_id), ed.index_of_block(block_id)
        return edits.sequence(
            ed,
            [
                lambda e, k=k, line=line: edits.insert_block(
                    e, home, index + 1 + k, Role.PARAGRAPH, line
                )
                for k, line in enumerate(lines[1:-1])
            ],
        )

    return [
        lambda ed: edits.split_block(ed, block_id, offset),
        lambda ed: edits.edit_text(ed, block_id, ed.block(block_id).text + lines[0]),
        lambda ed: edits.edit_text(ed, following(ed), lines[-1] + ed.block(following(ed)).text),
        middle,
    ]


class RoleBox(QComboBox):
    """The style box: shows the role of the block at the cursor and sets it when chosen."""

    def __init__(self, editor: ArticleEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setToolTip(self.tr("Style of the paragraph at the cursor (Ctrl+0…9)"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.retranslate()
        self.activated.connect(self._chosen)
        editor.role_changed.connect(self.show_role)
        self.show_role(None)

    def retranslate(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for role in EDITOR_ROLES:
            self.addItem(role_label(role), role.value)
        self.setCurrentIndex(max(0, self.findData(current)) if current else -1)
        self.blockSignals(False)

    def show_role(self, role: Role | None) -> None:
        self.setEnabled(role is not None)
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(role.value) if role is not None else -1)
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        self._editor.set_role(Role(self.itemData(index)))
        self._editor.setFocus()

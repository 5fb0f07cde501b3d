"""The source view: the original text of each page, with the current block's spans lit.

Clicking a character of the source makes the block that holds it current, so an editor
can go from "where was this printed" to the block and back.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Edition, Span
from editor.ui.steady_label import SteadyLabel

ARTICLE_COLOUR = QColor("#fff4cc")
BLOCK_COLOUR = QColor("#ffd24d")
_NEWLINE = re.compile("\n")


class SpanIndex:
    """Which block printed a given character: per source, span starts sorted for bisect."""

    def __init__(self, edition: Edition) -> None:
        entries: dict[int, list[tuple[int, int, int]]] = {}
        for block in edition.all_blocks():
            for span in block.spans:
                entries.setdefault(span.source, []).append((span.start, span.end, block.id))
        self._entries = {source: sorted(items) for source, items in entries.items()}
        self._starts = {source: [e[0] for e in items] for source, items in self._entries.items()}

    def block_at(self, source: int, offset: int) -> int | None:
        """The block whose span holds `offset`, else the nearest one (a click between blocks)."""
        items = self._entries.get(source)
        if not items:
            return None
        i = bisect_right(self._starts[source], offset) - 1
        if i >= 0 and items[i][1] > offset:
            return items[i][2]
        before = items[i] if i >= 0 else None
        after = items[i + 1] if i + 1 < len(items) else None
        if before is None:
            return after[2] if after else None
        if after is None or offset - before[1] < after[0] - offset:
            return before[2]
        return after[2]


class Utf16Map:
    """Python string offsets ↔ Qt document positions, which count UTF-16 code units.

    Characters outside the Basic Multilingual Plane (rare CJK extensions) take two units
    in Qt; without any, both offsets are the same and the map costs nothing.
    """

    def __init__(self, text: str) -> None:
        astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral = astral
        self._qt_starts = [a + k for k, a in enumerate(astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        return position - bisect_left(self._qt_starts, position)


class _SourceText(QPlainTextEdit):
    """Read-only text that reports a plain click (or Enter) at a document position."""

    position_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.position_chosen.emit(self.cursorForPosition(event.position().toPoint()).position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.position_chosen.emit(self.textCursor().position())
            return
        super().keyPressEvent(event)


class SourcePanel(QWidget):
    """The original source text, one page at a time, following the current block.

    It has no signals of its own: a click asks the controller to select the block
    (`select_article` then `select_block`), and the article editor follows the controller.
    """

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._index: SpanIndex | None = None
        self._maps: dict[int, Utf16Map] = {}
        self._newlines: dict[int, list[int]] = {}
        self._page = -1
        self._choosing = False  # True while a click here is making a block current
        # What is lit: (page, article spans, block spans). An edit tells this panel of the
        # new article, the change and the new block one after another, often with nothing
        # new to light.
        self._lit: tuple | None = None

        self.page_label = QLabel(self)
        self.page_box = QComboBox(self)
        self.page_label.setBuddy(self.page_box)
        self.location = SteadyLabel(self)
        self.location.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = _SourceText(self)

        top = QHBoxLayout()
        top.addWidget(self.page_label)
        top.addWidget(self.page_box)
        top.addStretch(1)
        top.addWidget(self.location)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)

        self.page_box.currentIndexChanged.connect(self._page_chosen)
        self.text.position_chosen.connect(self._position_chosen)
        controller.edition_replaced.connect(self.reload)
        controller.changed.connect(self._edition_changed)
        controller.current_block_changed.connect(self._block_changed)
        controller.current_article_changed.connect(self._article_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and after a language switch)."""
        self.page_label.setText(self.tr("&Page:"))
        self.text.setToolTip(self.tr("The original text; click a line to go to its block"))
        edition = self._controller.edition
        for i, source in enumerate(edition.sources if edition is not None else []):
            if i < self.page_box.count():
                self.page_box.setItemText(i, self._page_title(i, source.name, source.page))
        if self._page < 0:
            self.reload()
        else:
            article_spans, block_spans = self._spans()
            self._show_location(block_spans or article_spans)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the sources of a new edition, starting with the first page."""
        edition = self._controller.edition
        self._index = None
        self._maps = {}
        self._newlines = {}
        self._page = -1
        self.page_box.blockSignals(True)
        self.page_box.clear()
        sources = edition.sources if edition is not None else []
        for i, source in enumerate(sources):
            self.page_box.addItem(self._page_title(i, source.name, source.page))
        self.page_box.blockSignals(False)
        several = len(sources) > 1
        self.page_label.setVisible(several)
        self.page_box.setVisible(several)
        if sources:
            self.show_page(0)
        else:
            self.text.clear()
        self._highlight(scroll=True)

    def _page_title(self, index: int, name: str, page: str) -> str:
        if page:
            return self.tr("Page %1 — %2").replace("%1", page).replace("%2", name)
        return name or self.tr("Source %1").replace("%1", str(index + 1))

    def show_page(self, index: int) -> None:
        """Put page (source) `index` in the view, if it is not already there."""
        edition = self._controller.edition
        if edition is None or not 0 <= index < len(edition.sources) or index == self._page:
            return
        self._page = index
        self.page_box.blockSignals(True)
        self.page_box.setCurrentIndex(index)
        self.page_box.blockSignals(False)
        self.text.setPlainText(edition.sources[index].text)
        self._lit = None

    def current_page(self) -> int:
        return self._page

    def _line_of(self, source: int, offset: int) -> int:
        """The 1-based line of a character: bisect over the source's newlines (kept per
        source), not a count through megabytes of text after every edit."""
        newlines = self._newlines.get(source)
        if newlines is None:
            text = self._controller.edition.sources[source].text
            newlines = [m.start() for m in _NEWLINE.finditer(text)]
            self._newlines[source] = newlines
        return bisect_left(newlines, offset) + 1

    def _map(self, source: int) -> Utf16Map:
        if source not in self._maps:
            self._maps[source] = Utf16Map(self._controller.edition.sources[source].text)
        return self._maps[source]

    def span_index(self) -> SpanIndex:
        """The character → block look-up, built on first use after each change."""
        if self._index is None:
            self._index = SpanIndex(self._controller.edition)
        return self._index

    # --- following the controller -----------------------------------------------------------
    def _edition_changed(self, _articles: object) -> None:
        self._index = None
        self._highlight(scroll=False)

    def _article_changed(self, _article_id: object) -> None:
        self._highlight(scroll=self._controller.current_block_id is None)

    def _block_changed(self, _block_id: object) -> None:
        self._highlight(scroll=not self._choosing)

    def _page_chosen(self, index: int) -> None:
        self.show_page(index)
        self._highlight(scroll=False)

    def _spans(self) -> tuple[list[Span], list[Span]]:
        """The current article's spans and the current block's spans."""
        controller, edition = self._controller, self._controller.edition
        if edition is None:
            return [], []
        block_spans: list[Span] = []
        article_spans: list[Span] = []
        block_id = controller.current_block_id
        if block_id is not None and edition.has_block(block_id):
            block_spans = list(edition.block(block_id).spans)
        article_id = controller.current_article_id
        if article_id is not None and edition.has_article(article_id):
            article_spans = [s for b in edition.article(article_id).blocks for s in b.spans]
        return article_spans, block_spans

    def _highlight(self, scroll: bool) -> None:
        """Light the current article's spans, the current block's brighter; maybe scroll there."""
        article_spans, block_spans = self._spans()
        lit = (self._page, tuple(article_spans), tuple(block_spans))
        if lit == self._lit and not scroll:
            return
        focus = block_spans or article_spans
        if scroll and focus:
            first = min(focus, key=lambda s: (s.source, s.start))
            if first.source != self._page:
                self.show_page(first.source)
        selections = []
        for spans, colour in ((article_spans, ARTICLE_COLOUR), (block_spans, BLOCK_COLOUR)):
            text_format = QTextCharFormat()
            text_format.setBackground(colour)
            for span in spans:
                if span.source == self._page:
                    selections.append(self._selection(span, text_format))
        self.text.setExtraSelections(selections)
        self._lit = (self._page, lit[1], lit[2])
        on_page = sorted(s.start for s in focus if s.source == self._page)
        self._show_location(focus)
        if scroll and on_page:
            cursor = self.text.textCursor()
            cursor.setPosition(self._map(self._page).to_qt(on_page[0]))
            # A block already in view stays where it is (the page does not jump under the
            # reader's eyes); one out of view comes to the middle, with its context around.
            shown = self.text.viewport().rect().contains(self.text.cursorRect(cursor))
            self.text.setTextCursor(cursor)
            if not shown:
                self.text.centerCursor()

    def _selection(self, span: Span, text_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
        mapping = self._map(span.source)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(mapping.to_qt(span.start))
        cursor.setPosition(mapping.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = text_format
        return selection

    def _show_location(self, spans: list[Span]) -> None:
        edition = self._controller.edition
        if not spans or edition is None:
            self.location.clear()
            return
        first = min(spans, key=lambda s: (s.source, s.start))
        last = max(spans, key=lambda s: (s.source, s.end))
        start = self._line_of(first.source, first.start)
        end = self._line_of(last.source, max(last.start, last.end - 1))
        if first.source == last.source and start == end:
            self.location.setText(self.tr("Line %1").replace("%1", str(start)))
        else:
            self.location.setText(
                self.tr("Lines %1–%2").replace("%1", str(start)).replace("%2", str(end))
            )

    # --- going to a block -------------------------------------------------------------------
    def _position_chosen(self, position: int) -> None:
        edition = self._controller.edition
        if edition is None or self._page < 0:
            return
        offset = self._map(self._page).from_qt(position)
        self.go_to_offset(self._page, offset)

    def go_to_offset(self, source: int, offset: int) -> int | None:
        """Make the block that printed character `offset` of `source` current; return its id."""
        edition = self._controller.edition
        if edition is None:
            return None
        block_id = self.span_index().block_at(source, offset)
        if block_id is None or not edition.has_block(block_id):
            return None
        self._choosing = True
        try:
            article = edition.article_of_block(block_id)
            if article is not None:
                self._controller.select_article(article.id)
            self._controller.select_block(block_id)
        finally:
            self._choosing = False
        return block_id

"""What changed: the current article's cleaned text beside the source text it came from.

Differences are found on visible characters only (layout adds and drops whitespace, which
is noise here), then marked on both sides: text only in the cleaned article (edited or
moved in) and text only in the source (deleted or moved out).
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Article, Edition
from editor.ui.source_panel import Utf16Map

ADDED_COLOUR = QColor("#c6efce")
REMOVED_COLOUR = QColor("#ffc7ce")
MOVED_COLOUR = QColor("#cfe2ff")
REFRESH_DELAY_MS = 150

Range = tuple[int, int]


@dataclass(frozen=True)
class ArticleDiff:
    """Both texts and the ranges that differ: `added` in `cleaned`, `removed` in `source`.

    A piece found on both sides with the same visible text (a headline put back above its
    body) is listed as moved instead: `moved_cleaned` / `moved_source`.
    """

    cleaned: str
    source: str
    added: list[Range]
    removed: list[Range]
    moved_cleaned: list[Range]
    moved_source: list[Range]

    def added_count(self) -> int:
        return sum(_visible(self.cleaned[a:b]) for a, b in self.added)

    def removed_count(self) -> int:
        return sum(_visible(self.source[a:b]) for a, b in self.removed)

    def moved_count(self) -> int:
        return sum(_visible(self.cleaned[a:b]) for a, b in self.moved_cleaned)


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def article_texts(edition: Edition, article: Article) -> tuple[str, str]:
    """The article's blocks (one per line) and its spans' source text, in source order.

    Spans that follow each other with only whitespace between them are shown with that
    whitespace, so the source keeps its printed line breaks.
    """
    cleaned = "\n".join(block.text for block in article.blocks)
    spans = sorted((s for b in article.blocks for s in b.spans), key=lambda s: (s.source, s.start))
    pieces: list[str] = []
    previous = None
    for span in spans:
        text = edition.sources[span.source].text
        if previous is not None:
            gap = text[previous.end : span.start] if previous.source == span.source else ""
            pieces.append(gap if gap and not gap.strip() else "\n")
        pieces.append(text[span.start : span.end])
        previous = span
    return cleaned, "".join(pieces)


def _ranges(positions: list[int], pairs: list[Range]) -> list[Range]:
    """Visible-character index ranges → ranges of the full text, neighbours joined."""
    out: list[Range] = []
    for i1, i2 in pairs:
        start, end = positions[i1], positions[i2 - 1] + 1
        if out and out[-1][1] >= start:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def diff_texts(cleaned: str, source: str) -> ArticleDiff:
    """Compare two texts character by character, ignoring whitespace."""
    a_pos = [i for i, ch in enumerate(cleaned) if not ch.isspace()]
    b_pos = [i for i, ch in enumerate(source) if not ch.isspace()]
    matcher = SequenceMatcher(
        None, [cleaned[i] for i in a_pos], [source[i] for i in b_pos], autojunk=False
    )
    added: list[Range] = []
    removed: list[Range] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            added.append((i1, i2))
        if tag in ("replace", "insert"):
            removed.append((j1, j2))
    added_ranges, removed_ranges = _ranges(a_pos, added), _ranges(b_pos, removed)
    moved_a, moved_b = _moves(cleaned, added_ranges, source, removed_ranges)
    return ArticleDiff(
        cleaned,
        source,
        [r for r in added_ranges if r not in moved_a],
        [r for r in removed_ranges if r not in moved_b],
        moved_a,
        moved_b,
    )


def _moves(
    cleaned: str, added: list[Range], source: str, removed: list[Range]
) -> tuple[list[Range], list[Range]]:
    """Pairs of an added and a removed range with the same visible text."""

    def key(text: str) -> str:
        return "".join(text.split())

    waiting: dict[str, list[Range]] = {}
    for r in removed:
        waiting.setdefault(key(source[r[0] : r[1]]), []).append(r)
    moved_a: list[Range] = []
    moved_b: list[Range] = []
    for r in added:
        candidates = waiting.get(key(cleaned[r[0] : r[1]]))
        if candidates:
            moved_a.append(r)
            moved_b.append(candidates.pop(0))
    return moved_a, sorted(moved_b)


def article_diff(edition: Edition, article: Article) -> ArticleDiff:
    return diff_texts(*article_texts(edition, article))


def _pane(parent: QWidget) -> QPlainTextEdit:
    pane = QPlainTextEdit(parent)
    pane.setReadOnly(True)
    pane.setUndoRedoEnabled(False)
    pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return pane


class DiffView(QWidget):
    """The current article's cleaned text and source text side by side, differences marked.

    It only reads: no signals. It re-computes shortly after the article or its text
    changes, and not at all while hidden (it catches up when shown).
    """

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._dirty = True
        self.diff: ArticleDiff | None = None

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(4, 2, 4, 2)
        self.cleaned_title = QLabel(self)
        self.source_title = QLabel(self)
        self.cleaned = _pane(self)
        self.source = _pane(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for title, pane in ((self.cleaned_title, self.cleaned), (self.source_title, self.source)):
            column = QWidget(splitter)
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(title)
            column_layout.addWidget(pane, 1)
            splitter.addWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        controller.current_article_changed.connect(self._schedule)
        controller.edition_replaced.connect(self._schedule)
        controller.changed.connect(self._edition_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (at start and after a language switch)."""
        self.cleaned_title.setText(self.tr("Cleaned text"))
        self.source_title.setText(self.tr("Source text"))
        self.cleaned.setToolTip(
            self.tr(
                "Green: text that is not in the source as printed; "
                "blue: text moved from another place"
            )
        )
        self.source.setToolTip(
            self.tr(
                "Red: source text that is no longer in the article; "
                "blue: text moved to another place"
            )
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _edition_changed(self, articles: object) -> None:
        current = self._controller.current_article_id
        if not articles or current in articles:
            self._schedule()

    def _schedule(self, *_args: object) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def pending(self) -> bool:
        """True while a change is waiting to be shown."""
        return self._dirty

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def refresh(self) -> None:
        """Compare the current article now."""
        self._timer.stop()
        self._dirty = False
        edition = self._controller.edition
        article_id = self._controller.current_article_id
        if edition is None or article_id is None or not edition.has_article(article_id):
            self.diff = None
            self.cleaned.clear()
            self.source.clear()
            self.summary.setText(self.tr("No article selected."))
            return
        self.diff = article_diff(edition, edition.article(article_id))
        diff = self.diff
        self._fill(
            self.cleaned,
            diff.cleaned,
            [(diff.added, ADDED_COLOUR), (diff.moved_cleaned, MOVED_COLOUR)],
        )
        self._fill(
            self.source,
            diff.source,
            [(diff.removed, REMOVED_COLOUR), (diff.moved_source, MOVED_COLOUR)],
        )
        added, removed, moved = diff.added_count(), diff.removed_count(), diff.moved_count()
        if not added and not removed and not moved:
            self.summary.setText(
                self.tr("The text is as printed (only line breaks and spacing differ).")
            )
            return
        parts = []
        if moved:
            parts.append(self.tr("%n character(s) moved", "", moved))
        if added:
            parts.append(self.tr("%n character(s) not in the source", "", added))
        if removed:
            parts.append(self.tr("%n source character(s) not in the article", "", removed))
        self.summary.setText(" · ".join(parts))

    @staticmethod
    def _fill(pane: QPlainTextEdit, text: str, marks: list[tuple[list[Range], QColor]]) -> None:
        bar = pane.verticalScrollBar().value()
        pane.setPlainText(text)
        mapping = Utf16Map(text)
        selections = []
        for ranges, colour in marks:
            text_format = QTextCharFormat()
            text_format.setBackground(colour)
            for start, end in ranges:
                cursor = QTextCursor(pane.document())
                cursor.setPosition(mapping.to_qt(start))
                cursor.setPosition(mapping.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = text_format
                selections.append(selection)
        pane.setExtraSelections(selections)
        pane.verticalScrollBar().setValue(bar)

"""Find and replace bar: plain text or regular expression, over the edition or one article.

The searching is `editor.core.search`; this widget reads the fields, asks the controller to
select the block of each match, and pushes replacements through the controller, a
"Replace all" as one undo step.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from editor.core import search
from editor.core.search import Match, Query, SearchError

COUNT_DELAY_MS = 200

# Python says what is wrong with a pattern or a replacement in English: the messages an
# editor is likely to meet, in the user's language (%1: the part Python quotes). Any other
# is shown as Python says it.
_PYTHON_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (
            r"missing \), unterminated subpattern",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "a “(” is not closed"),
        ),
        (
            r"unbalanced parenthesis",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "a “)” has no “(”"),
        ),
        (
            r"nothing to repeat",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "a repeat sign has nothing before it"),
        ),
        (
            r"multiple repeat",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "two repeat signs follow each other"),
        ),
        (
            r"unterminated character set",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "a “[” is not closed"),
        ),
        (
            r"bad escape \(end of pattern\)",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "it ends with a backslash"),
        ),
        (r"bad escape (.+)", QT_TRANSLATE_NOOP("FindReplaceWidget", "unknown escape %1")),
        (
            r"bad character range (.+)",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "the character range %1 is backwards"),
        ),
        (
            r"min repeat greater than max repeat",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "the least repeat is more than the most"),
        ),
        (
            r"look-behind requires fixed-width pattern",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "a look-behind must have a fixed length"),
        ),
        (
            r"invalid group reference (\d+)",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "there is no group %1"),
        ),
        (
            r"unknown group name '(.*)'",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "there is no group named “%1”"),
        ),
        (r"missing group name", QT_TRANSLATE_NOOP("FindReplaceWidget", "a group name is missing")),
        (
            r"unexpected end of pattern",
            QT_TRANSLATE_NOOP("FindReplaceWidget", "the pattern ends too early"),
        ),
    )
)


def python_reason(detail: str) -> str:
    """Python's message about a pattern or replacement, in the user's language if known."""
    said = re.sub(r" at position \d+$", "", detail)
    for pattern, text in _PYTHON_REASONS:
        found = pattern.fullmatch(said)
        if found:
            part = found.group(1) if pattern.groups else ""
            return QCoreApplication.translate("FindReplaceWidget", text).replace("%1", part)
    return detail


class FindReplaceWidget(QWidget):
    """Find / Replace fields with Find next, Find previous, Replace and Replace all.

    Signals:
        match_selected(int, int, int): block id, start and end (Python string offsets in the
            block's text) of the match just found; the article editor should select it.
        status_message(str): a short result for the status bar ("3 replacements").
        close_requested(): Escape was pressed; the window may hide the bar.
    """

    match_selected = Signal(int, int, int)
    status_message = Signal(str)
    close_requested = Signal()

    EDITION, ARTICLE = range(2)

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._matches: list[Match] | SearchError | None = None
        self._current: Match | None = None

        self.find_field = QLineEdit(self)
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.regex_box = QCheckBox(self)
        self.case_box = QCheckBox(self)
        self.scope_box = QComboBox(self)
        self.scope_box.addItems(["", ""])
        self.status = QLabel(self)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.find_next_action = self._action(QKeySequence.StandardKey.FindNext, self.find_next)
        self.find_previous_action = self._action(
            QKeySequence.StandardKey.FindPrevious, self.find_previous
        )
        self.replace_action = self._action(None, self.replace)
        self.replace_all_action = self._action(None, self.replace_all)
        self.next_button = self._button(self.find_next_action)
        self.previous_button = self._button(self.find_previous_action)
        self.replace_button = self._button(self.replace_action)
        self.replace_all_button = self._button(self.replace_all_action)

        find_label = self.find_label = QLabel(self)
        find_label.setBuddy(self.find_field)
        replace_label = self.replace_label = QLabel(self)
        replace_label.setBuddy(self.replace_field)
        options = QHBoxLayout()
        options.addWidget(self.regex_box)
        options.addWidget(self.case_box)
        options.addWidget(self.scope_box)
        options.addWidget(self.status, 1)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_field, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.previous_button, 0, 3)
        grid.addWidget(replace_label, 1, 0)
        grid.addWidget(self.replace_field, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        grid.addLayout(options, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.show_count)

        self.find_field.textChanged.connect(self._query_changed)
        self.regex_box.toggled.connect(self._query_changed)
        self.case_box.toggled.connect(self._query_changed)
        self.scope_box.currentIndexChanged.connect(self._query_changed)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.installEventFilter(self)
        self.replace_field.returnPressed.connect(self.replace)
        controller.changed.connect(self._edition_changed)
        controller.edition_replaced.connect(self._edition_changed)
        controller.current_article_changed.connect(self._article_changed)
        self.retranslate()

    # --- building ---------------------------------------------------------------------------
    def _action(self, key: QKeySequence.StandardKey | None, slot) -> QAction:
        action = QAction(self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        return button

    def retranslate(self) -> None:
        """Set every text in the current language (at start and after a language switch)."""
        self.find_label.setText(self.tr("&Find:"))
        self.replace_label.setText(self.tr("Replace &with:"))
        self.find_field.setPlaceholderText(self.tr("Text to find"))
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.regex_box.setText(self.tr("Regular e&xpression"))
        self.case_box.setText(self.tr("Match &case"))
        self.scope_box.setItemText(self.EDITION, self.tr("Whole edition"))
        self.scope_box.setItemText(self.ARTICLE, self.tr("Current article"))
        for action, button, text in (
            (self.find_next_action, self.next_button, self.tr("Find &next")),
            (self.find_previous_action, self.previous_button, self.tr("Find &previous")),
            (self.replace_action, self.replace_button, self.tr("&Replace")),
            (self.replace_all_action, self.replace_all_button, self.tr("Replace &all")),
        ):
            action.setText(text)
            button.setText(text)
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text.replace('&', '')} ({key})" if key else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def focus_find(self, text: str | None = None) -> None:
        """Put the caret in the find field (Ctrl+F), optionally with a selected word in it."""
        if text:
            self.find_field.setText(text)
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Shift+Enter in the find field goes back; the field itself would treat it as Enter.
        if (
            watched is self.find_field
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return True
        return super().eventFilter(watched, event)

    # --- the query and its matches ----------------------------------------------------------
    def query(self) -> Query:
        return Query(self.find_field.text(), self.regex_box.isChecked(), self.case_box.isChecked())

    def _scope_article(self) -> int | None:
        return (
            self._controller.current_article_id
            if self.scope_box.currentIndex() == self.ARTICLE
            else None
        )

    def matches(self) -> list[Match] | SearchError:
        """The matches of the current query in the current scope (cached until a change)."""
        if self._matches is None:
            edition = self._controller.edition
            if edition is None:
                return []
            if self.scope_box.currentIndex() == self.ARTICLE and self._scope_article() is None:
                return []
            self._matches = search.find_all(edition, self.query(), self._scope_article())
        return self._matches

    def _query_changed(self, *_args: object) -> None:
        self._matches = None
        self._current = None
        self._count_timer.start()

    def _edition_changed(self, *_args: object) -> None:
        # The count is not redone here: it would hide the result of the action just done.
        self._matches = None

    def _article_changed(self, _article_id: object) -> None:
        if self.scope_box.currentIndex() == self.ARTICLE:
            self._query_changed()

    def show_count(self) -> None:
        """Show how many matches the query has, or why it has none."""
        if not self.find_field.text():
            self._set_status("")
            return
        found = self.matches()
        if isinstance(found, SearchError):
            self._set_status(self._error_text(found), error=True)
        elif not found:
            self._set_status(self._nothing_text())
        else:
            self._set_status(self.tr("%n match(es)", "", len(found)))

    def _nothing_text(self) -> str:
        if self.scope_box.currentIndex() == self.ARTICLE and self._scope_article() is None:
            return self.tr("No article selected")
        return self.tr("No matches")

    def _error_text(self, error: SearchError) -> str:
        if error.code == "empty":
            return self.tr("Type the text to find.")
        if error.code == "bad_pattern":
            if error.position is not None:
                return (
                    self.tr("Invalid regular expression: %1 (at character %2)")
                    .replace("%1", python_reason(error.detail))
                    .replace("%2", str(error.position + 1))
                )
            return self.tr("Invalid regular expression: %1").replace(
                "%1", python_reason(error.detail)
            )
        return self.tr("Invalid replacement: %1").replace("%1", python_reason(error.detail))

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.find_field.setToolTip(text if error else "")

    # --- finding ----------------------------------------------------------------------------
    def find_next(self) -> Match | None:
        return self._find(backward=False)

    def find_previous(self) -> Match | None:
        return self._find(backward=True)

    def _find(self, backward: bool) -> Match | None:
        self._count_timer.stop()
        found = self.matches()
        if isinstance(found, SearchError):
            self._set_status(self._error_text(found), error=True)
            return None
        if not found:
            self._set_status(self._nothing_text())
            return None
        if self._current is not None:
            block_id = self._current.block_id
            offset = self._current.start if backward else self._current.end
        else:
            block_id, offset = self._controller.current_block_id, 0
        match = search.next_match(self._controller.edition, found, block_id, offset, backward)
        self._go_to(match, found)
        return match

    def _go_to(self, match: Match | None, found: list[Match]) -> None:
        self._current = match
        if match is None:
            return
        edition = self._controller.edition
        article = edition.article_of_block(match.block_id)
        if article is not None:
            self._controller.select_article(article.id)
        self._controller.select_block(match.block_id)
        position = found.index(match) + 1
        self._set_status(
            self.tr("Match %1 of %2").replace("%1", str(position)).replace("%2", str(len(found)))
        )
        self.match_selected.emit(match.block_id, match.start, match.end)

    def current_match(self) -> Match | None:
        return self._current

    # --- replacing --------------------------------------------------------------------------
    def replace(self) -> None:
        """Replace the match just found and go to the next; with none found yet, find one."""
        edition = self._controller.edition
        current = self._current
        if edition is None or current is None:
            self.find_next()
            return
        query, replacement = self.query(), self.replace_field.text()
        operation = search.replace_match(edition, query, replacement, current)
        if isinstance(operation, SearchError):
            self._set_status(self._error_text(operation), error=True)
            return
        if operation is None:  # the text moved under the match: look again
            self._current = None
            self._matches = None
            self.find_next()
            return
        before = len(edition.block(current.block_id).text)
        self._controller.push(operation, lambda: self.tr("Replace"))
        after = (
            len(edition.block(current.block_id).text)
            if edition.has_block(current.block_id)
            else before
        )
        # Go on after the replacement text, which may be longer or shorter than the match.
        end = current.end + after - before
        self._matches = None
        self._current = Match(current.block_id, current.start, end, "")
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match in the scope as one undo step; returns how many were replaced."""
        edition = self._controller.edition
        if edition is None:
            return 0
        self._count_timer.stop()
        if self.scope_box.currentIndex() == self.ARTICLE and self._scope_article() is None:
            self._set_status(self._nothing_text())
            return 0
        result = search.replace_all(
            edition, self.query(), self.replace_field.text(), self._scope_article()
        )
        if isinstance(result, SearchError):
            self._set_status(self._error_text(result), error=True)
            return 0
        if not result.count:
            self._set_status(self.tr("No matches"))
            return 0
        if result.operation is None:
            self._set_status(self.tr("Nothing to change: the text is already the replacement"))
            return 0
        self._controller.push(result.operation, lambda: self.tr("Replace all"))
        self._current = None
        message = self.tr("%n replacement(s)", "", result.count)
        self._set_status(message)
        self.status_message.emit(message)
        return result.count

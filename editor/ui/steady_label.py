"""A label that keeps its size while its text changes.

A label whose text changes width asks its parent to lay out again; the parent asks its
own, up to the window, each one level per turn of the event loop. After an edit that
changes a count in the status bar, the window would lay out its docks and paint a second
time. A steady label grows when a text does not fit and otherwise keeps its size (Qt stops
the request at a widget whose size is fixed), so it changes the layout only the first time
a longer text comes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class SteadyLabel(QLabel):
    """A one-line label whose size only grows with its texts (wrapping labels need their
    layout); a new font or style fits it to its text again."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text == self.text():
            return  # nothing to lay out or measure (a count that did not change)
        super().setText(text)
        hint = self.sizeHint()
        if hint.width() > self.minimumWidth() or hint.height() > self.minimumHeight():
            self.setFixedSize(max(hint.width(), self.minimumWidth()),
                              max(hint.height(), self.minimumHeight()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setFixedSize(self.sizeHint())

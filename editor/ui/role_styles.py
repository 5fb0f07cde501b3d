"""How each role looks in the article editor, its name in the newsroom's words, the
Ctrl+digit shortcuts, and the style box that shows and sets a paragraph's role."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QComboBox, QWidget

from editor.core.model import Role

if TYPE_CHECKING:
    from editor.ui.article_editor import ArticleEditor

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


class RoleBox(QComboBox):
    """The style box: shows the role of the block at the cursor and sets it when chosen."""

    def __init__(self, editor: ArticleEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.retranslate()
        self.activated.connect(self._chosen)
        editor.role_changed.connect(self.show_role)
        self.show_role(None)

    def retranslate(self) -> None:
        """The tooltip and the roles' names in the current language (also after a switch)."""
        self.setToolTip(self.tr("Style of the paragraph at the cursor (Ctrl+0…9)"))
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for role in EDITOR_ROLES:
            self.addItem(role_label(role), role.value)
        self.setCurrentIndex(max(0, self.findData(current)) if current else -1)
        self.blockSignals(False)

    def show_role(self, role: Role | None) -> None:
        self.setEnabled(role is not None and not self._editor.isReadOnly())
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(role.value) if role is not None else -1)
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        self._editor.set_role(Role(self.itemData(index)))
        self._editor.setFocus()

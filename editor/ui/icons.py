"""Small icons drawn in code: an article's status and the application icon.

Drawing them keeps the window free of binary assets and crisp at any scale.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from editor.core.model import Status

STATUS_COLORS = {
    Status.TODO: QColor("#9aa0a6"),
    Status.PROOFREAD: QColor("#2e8b57"),
    Status.ATTENTION: QColor("#d9822b"),
}
SIZE = 32


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def status_icon(status: Status) -> QIcon:
    """A hollow circle for "not yet proofread", a tick for proofread, "!" for attention."""
    pixmap, painter = _canvas()
    color = STATUS_COLORS[status]
    circle = QRectF(5, 5, SIZE - 10, SIZE - 10)
    if status == Status.TODO:
        painter.setPen(QPen(color, 3))
        painter.drawEllipse(circle)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(circle)
        painter.setPen(
            QPen(
                QColor("white"),
                3.2,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        if status == Status.PROOFREAD:
            tick = QPainterPath(QPointF(10.5, 16.5))
            tick.lineTo(14.5, 20.5)
            tick.lineTo(21.5, 12)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        else:
            painter.drawLine(QPointF(16, 10), QPointF(16, 17.5))
            painter.drawPoint(QPointF(16, 22))
    painter.end()
    return QIcon(pixmap)


@cache
def app_icon() -> QIcon:
    """A newspaper-red square with 版, the window's icon."""
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#b22222"))
    painter.drawRoundedRect(QRectF(1, 1, SIZE - 2, SIZE - 2), 6, 6)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, "版")
    painter.end()
    return QIcon(pixmap)

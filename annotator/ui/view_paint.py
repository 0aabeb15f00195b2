"""How spans, search matches and relations look in the text view.

Fills are drawn with the *multiply* composition mode, so dark letters stay
dark and nested fills darken each other instead of hiding each other.
Underline bars are stacked from the bottom of the line, one track per
overlapping span (see :mod:`annotator.ui.view_index`), so a claim that
contains two actors and a location shows four bars.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from annotator.core.model import Status


@dataclass(frozen=True)
class ViewStyle:
    """Sizes and alphas of the span decorations (in device-independent pixels)."""

    fill_alpha: int = 70
    suggestion_fill_alpha: int = 28
    bar_height: float = 2.5
    bar_gap: float = 1.0
    max_tracks: int = 6
    search_colour: str = "#ffd400"
    search_alpha: int = 150
    selected_width: float = 2.0
    fallback_colour: str = "#888888"


DEFAULT_STYLE = ViewStyle()


def label_colour(colours: dict[str, QColor], label: str, style: ViewStyle) -> QColor:
    """The label's colour, or the fallback for labels missing from the schema."""
    return colours.get(label) or QColor(style.fallback_colour)


def bar_rect(rect: QRectF, track: int, style: ViewStyle) -> QRectF:
    """The underline bar of ``track`` inside a line-piece rectangle (track 0 at the bottom)."""
    track = min(track, style.max_tracks - 1)
    step = style.bar_height + style.bar_gap
    y = rect.bottom() - style.bar_gap - style.bar_height - track * step
    return QRectF(rect.left(), y, rect.width(), style.bar_height)


def paint_fill(painter: QPainter, rect: QRectF, colour: QColor, status: Status,
               style: ViewStyle) -> None:
    """Translucent label fill (lighter for suggestions)."""
    c = QColor(colour)
    c.setAlpha(style.suggestion_fill_alpha if status is Status.SUGGESTED else style.fill_alpha)
    painter.fillRect(rect, c)


def paint_bar(painter: QPainter, rect: QRectF, colour: QColor, track: int, status: Status,
              style: ViewStyle) -> None:
    """Solid underline bar for an accepted span, dashed for a suggestion."""
    bar = bar_rect(rect, track, style)
    if status is Status.SUGGESTED:
        pen = QPen(colour, style.bar_height)
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        y = bar.center().y()
        painter.drawLine(QPointF(bar.left(), y), QPointF(bar.right(), y))
    else:
        painter.fillRect(bar, colour)


def paint_suggestion_outline(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """Dashed outline marking a suggestion that has not been reviewed."""
    pen = QPen(colour, 1.0)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


def paint_selected(painter: QPainter, rect: QRectF, colour: QColor, style: ViewStyle) -> None:
    """Thick dark outline around every piece of the selected span."""
    pen = QPen(colour.darker(160), style.selected_width)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = style.selected_width / 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))


def paint_search(painter: QPainter, rect: QRectF, style: ViewStyle) -> None:
    """Highlighter-yellow fill for a search match."""
    c = QColor(style.search_colour)
    c.setAlpha(style.search_alpha)
    painter.fillRect(rect, c)


def paint_relation(painter: QPainter, head: QRectF, tail: QRectF, colour: QColor,
                   min_y: float) -> None:
    """A dashed arc from the head span's first piece to the tail's, with a dot at the tail.

    The arc rises above the lines it joins but never above ``min_y`` (the top of
    the visible area), so a relation on the first line stays visible.
    """
    start = QPointF(head.center().x(), head.top() + 2)
    end = QPointF(tail.center().x(), tail.top() + 2)
    lift = 10 + min(40.0, abs(start.x() - end.x()) / 8)
    top = max(min(start.y(), end.y()) - lift, min_y)
    path = QPainterPath(start)
    path.cubicTo(QPointF(start.x(), top), QPointF(end.x(), top), end)
    pen = QPen(colour, 1.3)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setBrush(colour)
    painter.drawEllipse(end, 2.5, 2.5)

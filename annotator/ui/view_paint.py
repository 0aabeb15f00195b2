"""How spans, search matches and relations look in the text view.

Fills are drawn with the *multiply* composition mode, so dark letters stay
dark and nested fills darken each other instead of hiding each other.
Underline bars are stacked from the bottom of the line, one track per
overlapping span (see :mod:`annotator.ui.view_index`), so a claim that
contains two actors and a location shows four bars.

Rectangles are snapped to whole pixels and drawn without antialiasing:
blending fractional edges costs about three times as much per fill, and the
fills are the bulk of a frame's painting.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from annotator.core.model import Status


@dataclass(frozen=True)
class ViewStyle:
    """Sizes and alphas of the span decorations (in device-independent pixels)."""

    fill_alpha: int = 70
    suggestion_fill_alpha: int = 28
    bar_height: int = 3
    bar_gap: int = 1
    max_tracks: int = 6
    search_colour: str = "#ffd400"
    search_alpha: int = 150
    selected_width: int = 2
    fallback_colour: str = "#888888"


DEFAULT_STYLE = ViewStyle()


class LabelColours:
    """The colours one label is drawn with, made once per ``set_spans``."""

    def __init__(self, colour: QColor, style: ViewStyle) -> None:
        self.bar = QColor(colour)
        self.fill = QColor(colour)
        self.fill.setAlpha(style.fill_alpha)
        self.suggestion_fill = QColor(colour)
        self.suggestion_fill.setAlpha(style.suggestion_fill_alpha)
        self.dashed = QPen(self.bar, 1)
        self.dashed.setStyle(Qt.PenStyle.DashLine)
        self.dashed_bar = QPen(self.bar, style.bar_height)
        self.dashed_bar.setStyle(Qt.PenStyle.DashLine)
        self.dashed_bar.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.selected = QPen(self.bar.darker(160), style.selected_width)
        self.selected.setJoinStyle(Qt.PenJoinStyle.MiterJoin)


def pixel_rect(rect: QRectF) -> QRect:
    """``rect`` snapped to whole pixels (edges rounded, so neighbours still touch)."""
    left, top = round(rect.left()), round(rect.top())
    right, bottom = round(rect.right()), round(rect.bottom())
    return QRect(QPoint(left, top), QPoint(max(left, right - 1), max(top, bottom - 1)))


def bar_rect(rect: QRect, track: int, style: ViewStyle) -> QRect:
    """The underline bar of ``track`` inside a line-piece rectangle (track 0 at the bottom)."""
    track = min(track, style.max_tracks - 1)
    step = style.bar_height + style.bar_gap
    y = rect.bottom() + 1 - style.bar_gap - style.bar_height - track * step
    return QRect(rect.left(), y, rect.width(), style.bar_height)


def paint_fill(painter: QPainter, rect: QRect, colours: LabelColours, status: Status) -> None:
    """Translucent label fill (lighter for suggestions)."""
    painter.fillRect(rect, colours.suggestion_fill if status is Status.SUGGESTED
                     else colours.fill)


def paint_bar(painter: QPainter, rect: QRect, colours: LabelColours, track: int,
              status: Status, style: ViewStyle) -> None:
    """Solid underline bar for an accepted span; dashed bar and outline for a suggestion."""
    bar = bar_rect(rect, track, style)
    if status is Status.SUGGESTED:
        painter.setPen(colours.dashed_bar)
        y = bar.top() + bar.height() / 2
        painter.drawLine(QPointF(bar.left(), y), QPointF(bar.right() + 1, y))
        painter.setPen(colours.dashed)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
    else:
        painter.fillRect(bar, colours.bar)


def paint_selected(painter: QPainter, rect: QRect, colours: LabelColours) -> None:
    """Thick dark outline just outside a piece of the selected span.

    Outside, not on its edge pixels: a span's first or last letter is often
    a thin alef or lam that an outline over the edge would hide.
    """
    painter.setPen(colours.selected)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = colours.selected.widthF() / 2
    painter.drawRect(QRectF(rect).adjusted(-half, -half, half, half))


def search_colour(style: ViewStyle) -> QColor:
    """Highlighter yellow for search matches."""
    c = QColor(style.search_colour)
    c.setAlpha(style.search_alpha)
    return c


def paint_relation(painter: QPainter, head: QRectF, tail: QRectF, colour: QColor,
                   min_y: float) -> None:
    """A dashed arc from the head span's first piece to the tail's, with a dot at the tail.

    The arc rises above the lines it joins but never above ``min_y`` (the top
    of the document), so a relation on the first line stays visible.
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


def paint_relation_mark(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A small dot on the top edge of a span that takes part in a relation."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(rect.center().x(), rect.top() + 2.5), 2.2, 2.2)

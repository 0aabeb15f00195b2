"""How spans, search matches and relations look in the text view (and in a rendered page).

Nothing is drawn over glyph ink except translucent fills, and those use the
*multiply* composition mode, so dark letters stay dark and nested fills
darken each other instead of hiding each other. Every line has two bands
(see :class:`LineBands`): below the lowest dot of the reading font, a fixed
number of underline tracks (deeper nesting gets a "+n" mark); above its
highest mark, a row of captions and a row for relation arcs. The bands come
from the font, never from the spans, so tagging never moves the text.

Rectangles are snapped to whole pixels and drawn without antialiasing:
blending fractional edges costs about three times as much per fill, and the
fills are the bulk of a frame's painting.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from annotator.core.model import Status

#: Letters and marks that reach highest and lowest in Arabic and Latin text:
#: the font's real ink extent, which DejaVu's declared descent does not cover.
INK_SAMPLE = ("لإِ ٱلْ أُ آ ؤ ئ ي ى ج ح خ ع غ ق ك ط ظ ز ر و ن ب ت ث پ چ ڤ گ ٌّ ًّ ٍّ ُّ "
              "٠١٢٣ 0123 ÅÉÎ gjpqy|()[]«»")


@dataclass(frozen=True)
class ViewStyle:
    """Sizes and alphas of the span decorations (in device-independent pixels)."""

    fill_alpha: int = 70
    suggestion_fill_alpha: int = 30
    bar_height: int = 3
    bar_gap: int = 1
    max_tracks: int = 3
    ink_gap: int = 2
    search_colour: str = "#ffd400"
    search_alpha: int = 150
    selected_width: int = 2
    fallback_colour: str = "#888888"
    caption_scale: float = 0.45


DEFAULT_STYLE = ViewStyle()


class LineBands:
    """Where the bands of a line sit, relative to its baseline, for one reading font.

    ``extra_above`` and ``extra_below`` are what the font's own line box lacks;
    the view adds them to the line spacing (and above the first line).
    """

    def __init__(self, font: QFont, style: ViewStyle = DEFAULT_STYLE) -> None:
        metrics = QFontMetricsF(font)
        ink = metrics.tightBoundingRect(INK_SAMPLE)
        self.style = style
        self.ink_top = math.floor(min(ink.top(), -metrics.capHeight())) - 1
        self.ink_bottom = math.ceil(ink.bottom()) + 1
        self.caption_font = QFont(font)
        self.caption_font.setFamilies(["DejaVu Sans", *font.families()])
        self.caption_font.setPixelSize(max(9, round(QFontInfo(font).pixelSize()
                                                    * style.caption_scale)))
        self.caption_font.setBold(True)  # measured as drawn (a suggestion's is also italic)
        caption = QFontMetricsF(self.caption_font)
        self.caption_height = math.ceil(caption.height())
        self.caption_ascent = caption.ascent()
        step = style.bar_height + style.bar_gap
        self.bar_band = style.ink_gap + style.max_tracks * step + style.bar_gap
        #: Height above the ink: a caption row, and above it an arc row.
        self.above_band = 2 * self.caption_height + style.ink_gap
        self.extra_below = max(0, math.ceil(self.ink_bottom + self.bar_band - metrics.descent()))
        self.extra_above = max(0, math.ceil(self.above_band - (metrics.ascent() + self.ink_top)))

    @property
    def line_distance(self) -> int:
        """Pixels added after every line (the bars below it and the next line's captions)."""
        return self.extra_below + self.extra_above

    def ink_rect(self, piece: QRect, baseline: float) -> QRect:
        """The part of a line piece where glyphs are drawn (fills cover this, not the bands)."""
        top = round(baseline + self.ink_top)
        return QRect(piece.left(), top, piece.width(), round(baseline + self.ink_bottom) - top)

    def bar_rect(self, piece: QRect, baseline: float, track: int) -> QRect:
        """Underline bar of ``track`` (0 nearest the text) below the ink of a line piece."""
        step = self.style.bar_height + self.style.bar_gap
        y = round(baseline + self.ink_bottom) + self.style.ink_gap + track * step
        return QRect(piece.left(), y, piece.width(), self.style.bar_height)

    def bar_band_rect(self, piece: QRect, baseline: float) -> QRect:
        """The whole bar band under a line piece."""
        y = round(baseline + self.ink_bottom)
        return QRect(piece.left(), y, piece.width(), self.bar_band)

    def caption_baseline(self, baseline: float) -> float:
        """Baseline of the caption row, just above the ink."""
        bottom = baseline + self.ink_top - self.style.ink_gap
        return bottom - (self.caption_height - self.caption_ascent)

    def arc_top(self, baseline: float) -> float:
        """Top of the arc row above a line (the highest point an arc reaches)."""
        return baseline + self.ink_top - self.above_band


class LabelColours:
    """The colours one label is drawn with, made once per ``set_spans``."""

    def __init__(self, colour: QColor, style: ViewStyle) -> None:
        self.bar = QColor(colour)
        self.fill = QColor(colour)
        self.fill.setAlpha(style.fill_alpha)
        self.suggestion_fill = QColor(colour)
        self.suggestion_fill.setAlpha(style.suggestion_fill_alpha)
        self.text = self.bar.darker(135) if self.bar.lightness() > 110 else QColor(self.bar)
        self.dashed_bar = QPen(self.bar, style.bar_height)
        self.dashed_bar.setStyle(Qt.PenStyle.DashLine)
        self.dashed_bar.setDashPattern([1.5, 1.0])
        self.dashed_bar.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.selected = QPen(self.bar.darker(160), style.selected_width)
        self.selected.setJoinStyle(Qt.PenJoinStyle.MiterJoin)


def pixel_rect(rect: QRectF) -> QRect:
    """``rect`` snapped to whole pixels (edges rounded, so neighbours still touch)."""
    left, top = round(rect.left()), round(rect.top())
    right, bottom = round(rect.right()), round(rect.bottom())
    return QRect(QPoint(left, top), QPoint(max(left, right - 1), max(top, bottom - 1)))


def paint_fill(painter: QPainter, rect: QRect, colours: LabelColours, status: Status) -> None:
    """Translucent label fill over the ink rectangle (lighter for suggestions)."""
    painter.fillRect(rect, colours.suggestion_fill if status is Status.SUGGESTED
                     else colours.fill)


def paint_bar(painter: QPainter, bar: QRect, colours: LabelColours, status: Status) -> None:
    """Solid underline bar for an accepted span, dashed for a suggestion (a pattern, not a tone)."""
    if status is Status.SUGGESTED:
        painter.setPen(colours.dashed_bar)
        y = bar.top() + bar.height() / 2
        painter.drawLine(QPointF(bar.left(), y), QPointF(bar.right() + 1, y))
    else:
        painter.fillRect(bar, colours.bar)


def centred_in_own_direction(text: str) -> int:
    """Centred, and laid out in the text's own direction (its first strong letter).

    Not the widget's: in the Arabic interface "CLAIM…" would show its
    ellipsis on the left, and "+2" would read "2+".
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextForceRightToLeft)
        if kind == "L":
            break
    return int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextForceLeftToRight)


def paint_more_mark(painter: QPainter, band: QRect, anchor_x: int, hidden: int, rtl: bool,
                    font: QFont) -> None:
    """'+n' at the start of a piece whose ``hidden`` deeper spans have no track left."""
    small = QFont(font)
    small.setPixelSize(max(7, band.height() - 3))
    painter.setFont(small)
    text = f"+{hidden}"
    width = math.ceil(QFontMetricsF(small).horizontalAdvance(text)) + 3
    left = anchor_x - width if rtl else anchor_x
    box = QRect(left, band.top(), width, band.height())
    painter.fillRect(box, QColor(255, 255, 255, 235))
    painter.setPen(QColor("#222222"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


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


@dataclass(frozen=True)
class Caption:
    """A caption placed on a line: its text, box, colours, whether it is a suggestion,
    and the span it names first (a click on it selects that span)."""

    text: str
    box: QRectF
    colours: LabelColours
    suggested: bool
    missing_source: bool
    span_id: str = ""


def paint_caption(painter: QPainter, caption: Caption, font: QFont, baseline: float) -> None:
    """Caption text in the label's colour; a suggestion's is italic in a dashed box.

    A claim that still lacks its source gets a hollow circle with '?' after it
    (a shape, not a colour).
    """
    f = QFont(font)
    f.setItalic(caption.suggested)
    painter.setFont(f)
    box = caption.box
    text_rect = box.adjusted(0, 0, -box.height() if caption.missing_source else 0, 0)
    painter.setPen(caption.colours.text)
    painter.drawText(text_rect, centred_in_own_direction(caption.text), caption.text)
    if caption.suggested:
        pen = QPen(caption.colours.bar, 1)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
    if caption.missing_source:
        size = box.height() - 2
        mark = QRectF(box.right() - size - 1, box.top() + 1, size, size)
        painter.setPen(QPen(QColor("#222222"), 1.2))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawEllipse(mark)
        painter.drawText(mark, int(Qt.AlignmentFlag.AlignCenter), "?")


def paint_arc(painter: QPainter, path: QPainterPath, tip: QPointF, colour: QColor,
              suggested: bool) -> None:
    """The arc's path (dashed when suggested) and a solid arrowhead pointing down at ``tip``."""
    pen = QPen(colour, 1.4)
    if suggested:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    head = QPolygonF([tip, QPointF(tip.x() - 4, tip.y() - 7), QPointF(tip.x() + 4, tip.y() - 7)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(head)


def arc_label_box(centre: QPointF, text: str, font: QFont, taken: list[QRectF]) -> QRectF:
    """Where the relation type goes: centred on ``centre``, else beside it, clear of ``taken``.

    Arcs from one claim share their first stretch: side by side, their
    labels would print over each other.
    """
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(text) + 8, metrics.height()
    box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
    for k in (0, 1, -1, 2, -2, 3, -3):
        moved = box.translated(k * (width + 3), 0)
        if not any(moved.intersects(other) for other in taken):
            return moved
    return box


def paint_arc_label(painter: QPainter, box: QRectF, text: str, colour: QColor,
                    font: QFont, suggested: bool) -> None:
    """The relation type on a white pill (italic for a suggested relation)."""
    f = QFont(font)
    f.setItalic(suggested)
    painter.setFont(f)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(colour.darker(130))
    painter.drawText(box, centred_in_own_direction(text), text)


def paint_relation_mark(painter: QPainter, point: QPointF, colour: QColor) -> None:
    """A small dot in the caption row of a span that takes part in a relation (arcs hidden)."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(point, 2.2, 2.2)

"""Another annotator's spans drawn over the text view, in a style of their own, to compare.

The current layer keeps its fills and bottom bars (view_paint); the other
layer gets a dotted outline and a thin bar along the *top* of each line
piece, in its label's colour, so both can be read at once, also where
they nest. The text view's own painting is not touched: an event filter
on its viewport lets the view paint first and then draws on top
(:class:`CompareOverlay`); the spans are kept here, per view.
"""

from __future__ import annotations

from collections.abc import Sequence
from weakref import WeakKeyDictionary

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen

from annotator.ui.text_view import SpanTextView

OtherSpan = tuple[int, int, str]  # start, end, label
TOP_BAR = 2

_compared: WeakKeyDictionary[SpanTextView, tuple[list[OtherSpan], dict[str, QColor]]] = \
    WeakKeyDictionary()


def set_compare(view: SpanTextView, spans: Sequence[OtherSpan],
                colours: dict[str, str]) -> None:
    """Show ``spans`` (of another layer) over ``view``; an empty list hides them."""
    if spans:
        _compared[view] = (sorted(spans), {k: QColor(v) for k, v in colours.items()})
    else:
        _compared.pop(view, None)
    view.viewport().update()


def compared(view: SpanTextView) -> list[OtherSpan]:
    """The other layer's spans shown over ``view`` (empty when none)."""
    found = _compared.get(view)
    return list(found[0]) if found else []


def paint_compare(view: SpanTextView, event: QPaintEvent) -> None:
    """Draw the compared spans that are visible in ``event``'s rectangle (the paint hook)."""
    found = _compared.get(view)
    if not found:
        return
    spans, colours = found
    dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    clip = event.rect().translated(dx, dy)
    pieces = view.glyph_pieces_in([(start, end) for start, end, _ in spans], clip)
    if not any(pieces):
        return
    painter = QPainter(view.viewport())
    painter.translate(-dx, -dy)
    try:
        for (_start, _end, label), rects in zip(spans, pieces, strict=True):
            colour = colours.get(label, QColor("#555555"))
            pen = QPen(colour, 1)
            pen.setStyle(Qt.PenStyle.DotLine)
            for rect in rects:
                painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), TOP_BAR), colour)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
    finally:
        painter.end()


class CompareOverlay(QObject):
    """Paints the compared spans after the view has painted itself (no hook in its code)."""

    def __init__(self, view: SpanTextView) -> None:
        super().__init__(view)
        self._view = view
        self._painting = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """On a paint of the viewport with compared spans: the view's paint, then ours."""
        if event.type() != QEvent.Type.Paint or self._painting or self._view not in _compared:
            return False
        assert isinstance(event, QPaintEvent)
        self._painting = True
        try:
            self._view.paintEvent(event)
            paint_compare(self._view, event)
        finally:
            self._painting = False
        return True

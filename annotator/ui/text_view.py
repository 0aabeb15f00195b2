"""The right-to-left span view: read-only article text with spans painted over it.

The QTextDocument holds the stored text unformatted (a character format
inside a lam-alef ligature would break it, and formats show only one of two
overlapping spans). Spans, search matches and relations are painted over the
visible blocks after Qt has drawn the text (DESIGN.md has the measurements).
QTextEdit rather than QPlainTextEdit: only QTextEdit gives every paragraph
its own direction, so a Latin paragraph runs left-to-right in an Arabic
article.

Outside, everything is in code points; UTF-16 exists only in here, converted
through the one :class:`~annotator.core.text.Utf16Map` built by ``set_text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from annotator.core.model import Relation, Span, Status
from annotator.core.schema import LabelSchema
from annotator.core.text import Utf16Map
from annotator.ui import view_paint as paint
from annotator.ui.view_direction import opens_latin_but_reads_rtl
from annotator.ui.view_geometry import BlockGeometry, block_geometry, range_rects
from annotator.ui.view_index import SpanIndex
from annotator.ui.view_keys import step

#: Fonts tried in order; Qt falls back per character to whatever covers it.
FONT_FAMILIES = ["Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans"]
BASE_POINT_SIZE = 15.0
ZOOM_STEP = 10
ZOOM_MIN, ZOOM_MAX = 50, 300

_LATIN_LETTER = re.compile("[A-Za-z]")

#: Keys the window binds (tagging, span navigation, review); the view lets them through.
_PASS_THROUGH = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Delete, Qt.Key.Key_Backspace,
                 Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape}
_DIGITS = set(range(Qt.Key.Key_0.value, Qt.Key.Key_9.value + 1))


_ARROWS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down}


def _passes_through(event: QKeyEvent) -> bool:
    """Keys the window binds: digits, Tab, Delete, Enter, Escape, and Alt+arrows (span edges)."""
    key = event.key()
    if key in _PASS_THROUGH or key in _DIGITS:
        return True
    return key in _ARROWS and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)


class SpanTextView(QTextEdit):
    """Read-only article view with spans drawn over the text (see the module docstring)."""

    selectionChangedCp = Signal(int, int)
    spanActivated = Signal(str)
    zoomChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setUndoRedoEnabled(False)
        self.setCursorWidth(2)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Lines wrap to the view, but Qt's ideal width can exceed it by a pixel
        # or two on mixed-direction lines: a scroll bar for that would be noise
        # (and each caret move would repaint it).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._zoom = 100
        self._apply_font()
        self._text = ""
        self._map = Utf16Map("")
        self._index = SpanIndex()
        self._colours: dict[str, paint.LabelColours] = {}
        self._relation_colours: dict[str, QColor] = {}
        self._schema_colours: tuple = ((), ())
        self._selected: str | None = None
        self._search: list[tuple[int, int]] = []
        self._relations: list[Relation] = []
        self._geometry: dict[int, BlockGeometry] = {}
        self._rect_cache: dict[tuple[int, int, int], list[tuple[QRectF, QRect]]] = {}
        self._search_max = 0
        self._last_selection = (0, 0)
        self._press_pos: QPoint | None = None
        self.style_ = paint.DEFAULT_STYLE
        self.selectionChanged.connect(self._emit_selection)
        self.cursorPositionChanged.connect(self._emit_selection)

    # ------------------------------------------------------------------ text and spans

    def set_text(self, text: str) -> None:
        """Show ``text`` (the stored text, unformatted); clears spans, matches and selection."""
        self._text = text
        self._map = Utf16Map(text)
        self._index = SpanIndex()
        self._selected = None
        self._search = []
        self._relations = []
        self._invalidate_geometry()
        old = self.document()
        ours = old is not None and old.parent() is self  # Qt deletes only its own first one
        self.setDocument(self._new_document(text))
        # Qt re-lays out lazily (after a resize, in background chunks): cached
        # rectangles must follow every relayout, not only the resize event.
        self.document().documentLayout().update.connect(self._invalidate_geometry)
        if ours:
            shiboken6.delete(old)  # now, not at the next idle loop: 1 MB documents add up
        self._last_selection = (-1, -1)
        self._emit_selection()

    def _new_document(self, text: str) -> QTextDocument:
        """A fresh unformatted document for ``text``, with misleading paragraphs turned.

        Built before the view lays it out: a block format applied to a shown
        document stalls QTextEdit's background layout of a long text.
        """
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self._font())
        doc.setPlainText(text)
        if _LATIN_LETTER.search(text):
            block = doc.firstBlock()
            while block.isValid():
                if opens_latin_but_reads_rtl(block.text()):
                    fmt = block.blockFormat()  # a block format: no letter is formatted
                    fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                    QTextCursor(block).setBlockFormat(fmt)
                block = block.next()
        return doc

    def text(self) -> str:
        """The text last given to :meth:`set_text`."""
        return self._text

    def set_spans(self, spans: Sequence[Span] | Mapping[str, Span], schema: LabelSchema,
                  changed_ids: Collection[str] | None = None) -> None:
        """Draw ``spans`` (rejected ones are not drawn) in the colours of ``schema``.

        Only the lines whose drawing changed are repainted, so tagging one
        span in a document of 10,000 costs a strip, not the whole view. When
        ``spans`` maps ids to spans and ``changed_ids`` names the only spans
        that changed since the last call, only those are looked at.
        """
        names = tuple((lab.name, lab.colour) for lab in schema.span_labels)
        relation_names = tuple((r.name, r.colour) for r in schema.relation_types)
        recoloured = (names, relation_names) != self._schema_colours
        if recoloured:
            self._schema_colours = (names, relation_names)
            self._colours = {lab.name: paint.LabelColours(QColor(lab.colour), self.style_)
                             for lab in schema.span_labels}
            self._relation_colours = {r.name: QColor(r.colour) for r in schema.relation_types}
        if isinstance(spans, Mapping):
            self._index = (self._index.updated(spans.values()) if changed_ids is None
                           else self._index.updated_ids(spans, changed_ids))
        else:
            self._index = self._index.updated(spans)
        dirty, ids = self._index.dirty, self._index.dirty_ids
        if recoloured or dirty is None or any(r.head in ids or r.tail in ids
                                              for r in self._relations):
            self.viewport().update()
        elif dirty[1] > dirty[0]:
            self._update_cp_range(*dirty)

    def set_selected_span(self, span_id: str | None) -> None:
        """Emphasise the span ``span_id`` (None for no span) and scroll it into view.

        Scrolls only when the selection changes, so re-asserting the same
        selection after an edit leaves the reader where they are.
        """
        if span_id == self._selected:
            return
        before, self._selected = self._selected, span_id
        span = self._index.get(span_id) if span_id else None
        if span is not None:
            scroll = self.verticalScrollBar().value()
            self._scroll_to_cp(span.start, span.end)
            if self.verticalScrollBar().value() != scroll:
                self.viewport().update()  # the blitted part may hold the old outline
                return
        linked = {before, span_id} - {None}
        old = self._index.get(before) if before else None
        if any(r.head in linked or r.tail in linked for r in self._relations):
            self.viewport().update()  # arcs come and go across lines
            return
        for changed in (old, span):
            if changed is not None:
                self._update_cp_range(changed.start, changed.end)

    def set_search_matches(self, ranges: Sequence[tuple[int, int]]) -> None:
        """Highlight search matches (code-point ranges)."""
        self._search = sorted((int(a), int(b)) for a, b in ranges if b > a)
        self._search_max = max((b - a for a, b in self._search), default=0)
        self.viewport().update()

    def set_relations(self, relations: Sequence[Relation]) -> None:
        """Show non-rejected relations: arcs for the selected span's, a mark on the others'."""
        drawn = [r for r in relations if r.status is not Status.REJECTED]
        if drawn != self._relations:
            self._relations = drawn
            self.viewport().update()

    # ------------------------------------------------------------------ selection

    def selection_cp(self) -> tuple[int, int]:
        """The selection as ordered code points ``(start, end)``; equal when empty."""
        cur = self.textCursor()
        return (self._to_cp(cur.selectionStart()), self._to_cp(cur.selectionEnd()))

    def cursor_cp(self) -> int:
        """The caret position in code points."""
        return self._to_cp(self.textCursor().position())

    def select_cp(self, start: int, end: int) -> None:
        """Select ``[start, end)`` in code points (anchor at ``start``, caret at ``end``)."""
        n = len(self._text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        cur = QTextCursor(self.document())
        cur.setPosition(self._map.to_utf16(start))
        cur.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cur)
        self.ensureCursorVisible()

    def spans_at_cp(self, pos: int) -> list[str]:
        """Ids of the drawn spans covering the character at ``pos``, innermost first."""
        return [s.id for s in self._index.at(pos)]

    def _to_cp(self, u16: int) -> int:
        return self._map.to_codepoint(min(u16, self._map.length_u16), strict=False)

    def _emit_selection(self) -> None:
        sel = self.selection_cp()
        if sel != self._last_selection:
            self._last_selection = sel
            self.selectionChangedCp.emit(*sel)

    # ------------------------------------------------------------------ zoom

    def zoom_in(self) -> None:
        """Enlarge the text by one step."""
        self._set_zoom(self._zoom + ZOOM_STEP)

    def zoom_out(self) -> None:
        """Shrink the text by one step."""
        self._set_zoom(self._zoom - ZOOM_STEP)

    def zoom_reset(self) -> None:
        """Back to 100 %."""
        self._set_zoom(100)

    def zoom_percent(self) -> int:
        """Current zoom in percent."""
        return self._zoom

    def _set_zoom(self, percent: int) -> None:
        percent = max(ZOOM_MIN, min(ZOOM_MAX, percent))
        if percent == self._zoom:
            return
        self._zoom = percent
        self._apply_font()
        self._invalidate_geometry()
        self.zoomChanged.emit(percent)

    def _font(self) -> QFont:
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(BASE_POINT_SIZE * self._zoom / 100)
        return font

    def _apply_font(self) -> None:
        self.document().setDefaultFont(self._font())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            dy = event.angleDelta().y()
            if dy > 0:
                self.zoom_in()
            elif dy < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ keyboard

    def event(self, event: QEvent) -> bool:  # noqa: D102 (Qt override)
        if isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and _passes_through(event):
                event.ignore()  # let the window's shortcuts have these keys
                return False
            if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                         Qt.Key.Key_Backtab):
                self.keyPressEvent(event)  # not focus navigation: the window moves between spans
                return event.isAccepted()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if _passes_through(event):
            event.ignore()
            return
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not (
                mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)):
            by_word = bool(mods & Qt.KeyboardModifier.ControlModifier)
            extend = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self._move_visual(key == Qt.Key.Key_Left, by_word=by_word, extend=extend)
            event.accept()
            return
        super().keyPressEvent(event)

    def _move_visual(self, left: bool, *, by_word: bool, extend: bool) -> None:
        """Move the caret one character or word to the left or right on screen."""
        cur = self.textCursor()
        rtl = cur.block().textDirection() == Qt.LayoutDirection.RightToLeft
        forward = left == rtl  # Left goes forward in a right-to-left paragraph
        pos = self._to_cp(cur.position())
        if not extend and not by_word and cur.hasSelection():
            # Collapsing a selection lands on its edge in the direction of travel.
            start, end = self.selection_cp()
            target = end if forward else start
        else:
            target = step(self._text, pos, forward=forward, by_word=by_word)
        mode = QTextCursor.MoveMode.KeepAnchor if extend else QTextCursor.MoveMode.MoveAnchor
        cur.setPosition(self._map.to_utf16(target), mode)
        self.setTextCursor(cur)
        self.ensureCursorVisible()

    # ------------------------------------------------------------------ mouse and tooltips

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        press, self._press_pos = self._press_pos, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (event.position().toPoint() - press).manhattanLength() > 3:
            return  # a drag selects text; only a click activates a span
        cp = self.char_at_point(event.position().toPoint())
        if cp is None:
            return
        ids = self.spans_at_cp(cp)
        if not ids:
            return
        # Clicking the selected span again steps outwards through the nested ones.
        if self._selected in ids:
            chosen = ids[(ids.index(self._selected) + 1) % len(ids)]
        else:
            chosen = ids[0]
        self.spanActivated.emit(chosen)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cp = self.char_at_point(event.pos())
            items = self._index.at(cp) if cp is not None else []
            if items:
                QToolTip.showText(event.globalPos(), self._tooltip(items), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _tooltip(self, spans: list[Span]) -> str:
        lines = []
        for s in spans:
            parts = [s.label, s.status.value]
            if s.origin:
                parts.append(s.origin)
            if s.score is not None:
                parts.append(f"{s.score:.2f}")
            lines.append(" · ".join(parts) + f"  «{s.text[:60]}»")
        return "\n".join(lines)

    def char_at_point(self, point: QPoint) -> int | None:
        """Code point of the character under a viewport point, or None when there is none."""
        doc_pt = QPointF(point) + QPointF(self.horizontalScrollBar().value(),
                                          self.verticalScrollBar().value())
        pos = self.document().documentLayout().hitTest(doc_pt, Qt.HitTestAccuracy.FuzzyHit)
        if pos < 0:
            return None
        block = self.document().findBlock(pos)
        if not block.isValid():
            return None
        for cand in (pos, pos - 1):
            if block.position() <= cand < block.position() + block.length() - 1:
                rel = cand - block.position()
                for rect, _ in self._block_rects(block, rel, rel + 1):
                    if rect.adjusted(-0.5, 0, 0.5, 0).contains(doc_pt):
                        return self._to_cp(cand)
        return None

    # ------------------------------------------------------------------ geometry

    def _invalidate_geometry(self, *_changed: object) -> None:
        self._geometry.clear()
        self._rect_cache.clear()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._invalidate_geometry()
        super().resizeEvent(event)

    def _geo(self, block: QTextBlock) -> BlockGeometry:
        geo = self._geometry.get(block.blockNumber())
        if geo is None:
            geo = block_geometry(block)
            self._geometry[block.blockNumber()] = geo
        return geo

    def _block_rects(self, block: QTextBlock, a: int, b: int) -> list[tuple[QRectF, QRect]]:
        """Document-coordinate rectangles of block-relative UTF-16 ``[a, b)`` (cached).

        Each piece comes exact (for hit-testing) and snapped to pixels (for painting).
        """
        key = (block.blockNumber(), a, b)
        rects = self._rect_cache.get(key)
        if rects is None:
            if block.layout().lineCount() == 0:
                return []  # not laid out yet: nothing to draw, nothing to cache
            rects = [(r, paint.pixel_rect(r))
                     for r, _line in range_rects(block, self._geo(block), a, b)]
            self._rect_cache[key] = rects
        return rects

    def _blocks_between(self, top: float, bottom: float) -> list[QTextBlock]:
        """Laid-out blocks meeting document y range ``[top, bottom]``."""
        doc = self.document()
        layout = doc.documentLayout()
        # hitTest answers nonsense for a point in the document margin (above the
        # first line it returns a position far down): aim inside the text, then
        # step back to the first block that still reaches ``top``.
        y = max(top, doc.documentMargin() + 1)
        first_pos = layout.hitTest(QPointF(self.viewport().width() / 2, y),
                                   Qt.HitTestAccuracy.FuzzyHit)
        block = doc.findBlock(max(0, first_pos))
        if not block.isValid():
            block = doc.lastBlock()
        while block.previous().isValid() and \
                layout.blockBoundingRect(block.previous()).bottom() >= top:
            block = block.previous()
        blocks = []
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() > bottom:
                break
            if rect.bottom() >= top:
                blocks.append(block)
            block = block.next()
        return blocks

    def _visible_blocks(self) -> list[QTextBlock]:
        top = self.verticalScrollBar().value()
        return self._blocks_between(top, top + self.viewport().height())

    def _cp_rects(self, start: int, end: int, blocks: list[QTextBlock]
                  ) -> list[tuple[QRectF, QRect]]:
        """Document-coordinate rectangles of code points ``[start, end)`` in ``blocks``."""
        s16, e16 = self._map.to_utf16(start), self._map.to_utf16(end)
        out: list[tuple[QRectF, QRect]] = []
        for block in blocks:
            bpos = block.position()
            if bpos >= e16:
                break
            blen = block.length() - 1  # without the paragraph separator
            a, b = max(s16, bpos) - bpos, min(e16, bpos + blen) - bpos
            if a < b:
                out.extend(self._block_rects(block, a, b))
        return out

    def span_rects_cp(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles that paint code points ``[start, end)`` (visible part only)."""
        off = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        return [r.translated(-off) for r, _ in self._cp_rects(start, end, self._visible_blocks())]

    def _update_cp_range(self, start: int, end: int) -> None:
        """Schedule a repaint of the visible lines that show code points ``[start, end)``."""
        rects = [r for _, r in self._cp_rects(start, end, self._visible_blocks())]
        if not rects:
            return
        area = rects[0]
        for rect in rects[1:]:
            area = area.united(rect)
        margin = self.style_.selected_width + 1
        area = area.adjusted(-margin, -margin, margin, margin).translated(
            -self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        self.viewport().update(area)

    def _scroll_to_cp(self, start: int, end: int) -> None:
        cur = QTextCursor(self.document())
        cur.setPosition(self._map.to_utf16(start))
        rect = self.cursorRect(cur)
        vp = self.viewport().rect()
        if rect.top() < 0 or rect.bottom() > vp.height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - vp.height() // 3)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._index and not self._search:
            return
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        clip = event.rect().translated(dx, dy)  # only the exposed part (scrolling blits the rest)
        blocks = self._blocks_between(clip.top(), clip.bottom())
        if not blocks:
            return
        first = blocks[0].position()
        last = blocks[-1].position() + blocks[-1].length() - 1
        vis_start = self._to_cp(first)
        vis_end = self._to_cp(min(last, self._map.length_u16))
        painter = QPainter(self.viewport())
        painter.translate(-dx, -dy)
        try:
            self._paint_items(painter, blocks, vis_start, vis_end, clip)
        finally:
            painter.end()

    def _paint_items(self, painter: QPainter, blocks: list[QTextBlock],
                     vis_start: int, vis_end: int, clip: QRect) -> None:
        style = self.style_
        pieces = []
        for span, track in self._index.overlapping(vis_start, vis_end):
            rects = [pr for pr in self._cp_rects(span.start, span.end, blocks)
                     if pr[1].intersects(clip)]
            if rects:
                pieces.append((span, track, rects, self._label_colours(span.label)))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        if self._search:
            yellow = paint.search_colour(style)
            lo = bisect_left(self._search, (vis_start - self._search_max, 0))
            for a, b in self._search[lo:]:
                if a >= vis_end:
                    break
                if b > vis_start:
                    for _, rect in self._cp_rects(a, b, blocks):
                        painter.fillRect(rect, yellow)
        for span, _track, rects, colours in pieces:
            for _, rect in rects:
                paint.paint_fill(painter, rect, colours, span.status)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        selected = None
        for span, track, rects, colours in pieces:
            for _, rect in rects:
                paint.paint_bar(painter, rect, colours, track, span.status, style)
            if span.id == self._selected:
                selected = (rects, colours)
        if selected is not None:
            for _, rect in selected[0]:
                paint.paint_selected(painter, rect, selected[1])
        if self._relations:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_relations(painter)

    def _label_colours(self, label: str) -> paint.LabelColours:
        colours = self._colours.get(label)
        if colours is None:
            colours = paint.LabelColours(QColor(self.style_.fallback_colour), self.style_)
            self._colours[label] = colours
        return colours

    def _paint_relations(self, painter: QPainter) -> None:
        # Arcs cross lines outside the exposed strip: place them from the whole
        # visible area (Qt clips the drawing to the strip), and never from the
        # scroll position, so a blitted arc and a repainted one still join.
        blocks = self._visible_blocks()
        first_rect: dict[str, QRectF | None] = {}

        def first(span_id: str) -> QRectF | None:
            if span_id not in first_rect:
                span = self._index.get(span_id)
                rects = self._cp_rects(span.start, span.end, blocks) if span else []
                first_rect[span_id] = rects[0][0] if rects else None
            return first_rect[span_id]

        for rel in self._relations:
            colour = self._relation_colours.get(rel.type, QColor("#555555"))
            head, tail = first(rel.head), first(rel.tail)
            if self._selected in (rel.head, rel.tail):
                if head is not None and tail is not None:
                    paint.paint_relation(painter, head, tail, colour, min_y=1.0)
            else:
                # Arcs for every relation would cover the text; the others get a mark.
                for rect in (head, tail):
                    if rect is not None:
                        paint.paint_relation_mark(painter, rect, colour)

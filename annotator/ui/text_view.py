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

import operator
import re
from collections.abc import Collection, Mapping, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.core.model import Relation, Span, Status
from annotator.core.schema import LabelSchema
from annotator.core.text import Utf16Map
from annotator.ui import view_paint as paint
from annotator.ui.reading_font import DEFAULT_POINT_SIZE, load_bundled_fonts, reading_font
from annotator.ui.view_decor import SOURCE_RELATION, DecoratedTextEdit
from annotator.ui.view_direction import opens_latin_but_reads_rtl
from annotator.ui.view_index import SpanIndex
from annotator.ui.view_keys import step

#: Room around the text; relation arcs between lines run down the margin at the line ends.
DOCUMENT_MARGIN = 12
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


class SpanTextView(DecoratedTextEdit):
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
        # The margins around a narrowed column are part of the page, not of the window.
        page = self.palette()
        page.setColor(QPalette.ColorRole.Window, page.color(QPalette.ColorRole.Base))
        self.setPalette(page)
        self.setAutoFillBackground(True)
        self._zoom = 100
        self._family = load_bundled_fonts()
        self._point_size = DEFAULT_POINT_SIZE
        self._max_line_chars = 0
        self._schema_colours: tuple = ((), (), ())
        self._last_selection = (0, 0)
        self._press_pos: QPoint | None = None
        self.bands = paint.LineBands(self._font(), self.style_)
        self.setDocument(self._new_document(""))
        self.document().documentLayout().update.connect(self._invalidate_geometry)
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
        self._relations_given = []
        self._relations_by_span = {}
        self._sourced = frozenset()
        self._replace_document()
        self._last_selection = (-1, -1)
        self._emit_selection()

    def _replace_document(self) -> None:
        """Lay the text out again in a fresh document (new text, font or size)."""
        self._invalidate_geometry()
        old = self.document()
        ours = old is not None and old.parent() is self  # Qt deletes only its own documents
        self.setDocument(self._new_document(self._text))
        # Qt re-lays out lazily (after a resize, in background chunks): cached
        # rectangles must follow every relayout, not only the resize event.
        self.document().documentLayout().update.connect(self._invalidate_geometry)
        if ours:
            shiboken6.delete(old)  # now, not at the next idle loop: 1 MB documents add up

    def _new_document(self, text: str) -> QTextDocument:
        """A fresh unformatted document for ``text``, with misleading paragraphs turned.

        Built before the view lays it out: a block format applied to a shown
        document stalls QTextEdit's background layout of a long text. Every
        line gets the same spacing, from the font alone (:class:`LineBands`):
        room for the bars below and the captions and arcs above.
        """
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self._font())
        doc.setDocumentMargin(DOCUMENT_MARGIN)
        doc.setPlainText(text)
        if _LATIN_LETTER.search(text):
            block = doc.firstBlock()
            while block.isValid():
                if opens_latin_but_reads_rtl(block.text()):
                    fmt = block.blockFormat()  # a block format: no letter is formatted
                    fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                    QTextCursor(block).setBlockFormat(fmt)
                block = block.next()
        spacing = QTextBlockFormat()
        spacing.setLineHeight(self.bands.line_distance,
                              QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value)
        everything = QTextCursor(doc)
        everything.select(QTextCursor.SelectionType.Document)
        everything.mergeBlockFormat(spacing)
        if "\n\n" in text:
            # An empty line carries no ink, captions or bars: its own height is band enough.
            blank = QTextBlockFormat()
            blank.setLineHeight(0, QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value)
            block = doc.firstBlock()
            while block.isValid():
                if block.length() == 1:
                    QTextCursor(block).mergeBlockFormat(blank)
                block = block.next()
        # The first line's captions and arcs need the band the others get from
        # the line above (Qt ignores a first block's top margin: use the frame's).
        frame = doc.rootFrame().frameFormat()
        frame.setTopMargin(DOCUMENT_MARGIN + self.bands.extra_above)
        doc.rootFrame().setFrameFormat(frame)
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
        names = tuple((lab.name, lab.colour, lab.caption) for lab in schema.span_labels)
        relation_names = tuple((r.name, r.colour, r.head_labels) for r in schema.relation_types)
        recoloured = (names, relation_names) != self._schema_colours
        if recoloured:
            self._schema_colours = (names, relation_names)
            self._colours = {lab.name: paint.LabelColours(QColor(lab.colour), self.style_)
                             for lab in schema.span_labels}
            self._relation_colours = {r.name: QColor(r.colour) for r in schema.relation_types}
            self._captions_by_label = {lab.name: lab.caption for lab in schema.span_labels
                                       if lab.caption}
            source = schema.relation_type(SOURCE_RELATION)
            self._needs_source = frozenset(source.head_labels) if source else frozenset()
            self._caption_cache.clear()
        if isinstance(spans, Mapping):
            self._index = (self._index.updated(spans.values()) if changed_ids is None
                           else self._index.updated_ids(spans, changed_ids))
        else:
            self._index = self._index.updated(spans)
        dirty, ids = self._index.dirty, self._index.dirty_ids
        moved: list[QRectF] = []
        if dirty is None:
            self._caption_cache.clear()
        elif dirty[1] > dirty[0]:
            moved = self._drop_captions(*dirty)  # captions on a line make room for each other
        linked = self._relations_by_span
        if recoloured or dirty is None or any(i in linked for i in ids):
            self.viewport().update()
        elif dirty[1] > dirty[0]:
            self._update_cp_range(*dirty, captions=moved)

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
        if any(i in self._relations_by_span for i in linked):
            self.viewport().update()  # arcs come and go across lines
            return
        for changed in (old, span):
            if changed is not None:
                self._update_cp_range(changed.start, changed.end)

    @property
    def selected_span_id(self) -> str | None:
        """The span emphasised by :meth:`set_selected_span` (None for none)."""
        return self._selected

    @property
    def search_matches(self) -> list[tuple[int, int]]:
        """The highlighted search matches, sorted code-point ranges."""
        return list(self._search)

    @property
    def span_index(self) -> SpanIndex:
        """The spans as the view paints them: an immutable index (tracks, overlaps)."""
        return self._index

    def set_search_matches(self, ranges: Sequence[tuple[int, int]]) -> None:
        """Highlight search matches (code-point ranges)."""
        self._search = sorted((int(a), int(b)) for a, b in ranges if b > a)
        self._search_max = max((b - a for a, b in self._search), default=0)
        self.viewport().update()

    def set_relations(self, relations: Sequence[Relation]) -> None:
        """Show non-rejected relations: arcs for the selected span's (all with the option)."""
        if len(relations) == len(self._relations_given) and all(
                map(operator.is_, relations, self._relations_given)):
            return  # the same relation objects: the usual case after a span edit
        self._relations_given = list(relations)
        drawn = [r for r in relations if r.status is not Status.REJECTED]
        if drawn != self._relations:
            self._relations = drawn
            self._relations_by_span = {}
            for n, rel in enumerate(drawn):
                self._relations_by_span.setdefault(rel.head, []).append(n)
                self._relations_by_span.setdefault(rel.tail, []).append(n)
            sourced = frozenset(r.head for r in drawn if r.type == SOURCE_RELATION)
            if sourced != self._sourced:
                self._sourced = sourced
                self._caption_cache.clear()
            self.viewport().update()

    def set_options(self, *, captions: bool | None = None, all_arcs: bool | None = None) -> None:
        """Switch captions, and arcs for every relation (else only the selected span's)."""
        if captions is not None:
            self.options.captions = captions
        if all_arcs is not None:
            self.options.all_arcs = all_arcs
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
        self.zoomChanged.emit(percent)

    def set_reading_font(self, family: str, point_size: float) -> None:
        """Read in ``family`` at ``point_size`` (at 100 % zoom); the bundled face fills gaps."""
        if (family, point_size) == (self._family, self._point_size):
            return
        self._family, self._point_size = family, point_size
        self._apply_font()

    def reading_font(self) -> QFont:
        """The font the text is drawn in now (family, size times zoom)."""
        return self._font()

    def set_max_line_chars(self, chars: int) -> None:
        """Keep lines at most about ``chars`` characters long (0: use the whole width)."""
        self._max_line_chars = max(0, chars)
        self._fit_line_length()

    def _fit_line_length(self) -> None:
        """Centre a column no wider than the maximum line length in a wide view."""
        side = 0
        if self._max_line_chars:
            column = QFontMetricsF(self._font()).averageCharWidth() * self._max_line_chars
            bar = self.verticalScrollBar().sizeHint().width()
            free = self.width() - 2 * self.frameWidth() - bar
            side = max(0, int((free - column - 2 * DOCUMENT_MARGIN) / 2))
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)

    def _font(self) -> QFont:
        return reading_font(self._family, self._point_size * self._zoom / 100)

    def _apply_font(self) -> None:
        """Lay the text out again with the current font: its bands set the line spacing."""
        cursor, scroll = self.textCursor(), self.verticalScrollBar()
        anchor, position = cursor.anchor(), cursor.position()
        fraction = scroll.value() / max(1, scroll.maximum())
        self.bands = paint.LineBands(self._font(), self.style_)
        self._replace_document()
        self._fit_line_length()
        restored = QTextCursor(self.document())
        restored.setPosition(min(anchor, self._map.length_u16))
        restored.setPosition(min(position, self._map.length_u16),
                             QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(restored)
        scroll.setValue(round(fraction * scroll.maximum()))

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
            captioned = self.caption_at(event.position())
            if captioned:
                self.spanActivated.emit(captioned)  # a click on a caption picks its span
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
            if self._missing_source(s):
                parts.append(self.tr("no SOURCE yet"))
            lines.append(" · ".join(parts) + f"  «{s.text[:60]}»")
        return "\n".join(lines)

    def char_at_point(self, point: QPoint) -> int | None:
        """Code point of the character under a viewport point, or None when there is none.

        Qt's hit test gives a caret position near the point, but which side of
        which character depends on the font's shaping (with DejaVu Sans it lands
        two letters away in «وزير»): the characters of that line are tried
        outwards from it until one's rectangle holds the point.
        """
        doc_pt = QPointF(point) + self._scroll_offset()
        pos = self.document().documentLayout().hitTest(doc_pt, Qt.HitTestAccuracy.FuzzyHit)
        if pos < 0:
            return None
        block = self.document().findBlock(pos)
        if not block.isValid() or block.layout().lineCount() == 0:
            return None
        rel = pos - block.position()
        line = block.layout().lineForTextPosition(min(rel, max(0, block.length() - 2)))
        if not line.isValid():
            return None
        lo, hi = line.textStart(), line.textStart() + line.textLength()
        for cand in sorted(range(lo, hi), key=lambda c: (abs(c - rel), c)):
            for piece in self._block_rects(block, cand, cand + 1):
                if piece.exact.adjusted(-0.5, 0, 0.5, 0).contains(doc_pt):
                    return self._to_cp(block.position() + cand)
        return None

    # ------------------------------------------------------------------ geometry

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._invalidate_geometry()
        self._fit_line_length()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._index and not self._search:
            return
        off = self._scroll_offset().toPoint()
        clip = event.rect().translated(off)  # only the exposed part (scrolling blits the rest)
        painter = QPainter(self.viewport())
        painter.translate(-off)
        try:
            self.paint_decorations(painter, clip, self.viewport().rect().translated(off))
        finally:
            painter.end()

    def _scroll_to_cp(self, start: int, end: int) -> None:
        cur = QTextCursor(self.document())
        cur.setPosition(self._map.to_utf16(start))
        rect = self.cursorRect(cur)
        vp = self.viewport().rect()
        if rect.top() < 0 or rect.bottom() > vp.height():
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - vp.height() // 3)


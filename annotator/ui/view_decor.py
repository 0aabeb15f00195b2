"""The decorations of the reading view: fills, bars, captions, arcs, painted over Qt's text.

:class:`DecoratedTextEdit` holds the spans, relations and search matches and
paints them in document coordinates, so the window's view and the page
renderer (:mod:`annotator.ui.render`) draw with the very same code. The
geometry (which rectangles a code-point range covers) is cached per block
and dropped whenever Qt lays the text out again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QRegion,
    QTextBlock,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator.core.model import Relation, Span, Status
from annotator.core.text import Utf16Map
from annotator.ui import view_paint as paint
from annotator.ui.view_captions import CaptionRequest, place_captions
from annotator.ui.view_geometry import BlockGeometry, block_geometry, range_rects
from annotator.ui.view_index import SpanIndex

#: The relation type whose absence marks a claim as still needing its source.
SOURCE_RELATION = "SOURCE"


@dataclass(frozen=True)
class Piece:
    """One visual piece of a range on one line (document coordinates)."""

    exact: QRectF
    px: QRect
    baseline: float
    line: tuple[int, int]  # (block number, line index)


@dataclass
class DecorOptions:
    """What the View menu switches: captions, and arcs for all relations (else the selected)."""

    captions: bool = True
    all_arcs: bool = False


class DecoratedTextEdit(QTextEdit):
    """A read-only QTextEdit that paints spans, captions, relations and matches over its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._map = Utf16Map("")
        self._index = SpanIndex()
        self._colours: dict[str, paint.LabelColours] = {}
        self._relation_colours: dict[str, QColor] = {}
        self._captions_by_label: dict[str, str] = {}
        self._needs_source: frozenset[str] = frozenset()
        self._sourced: frozenset[str] = frozenset()
        self._selected: str | None = None
        self._search: list[tuple[int, int]] = []
        self._search_max = 0
        self._relations: list[Relation] = []
        self._relations_given: list[Relation] = []  # as last given, rejected ones included
        #: Span id -> positions in ``_relations`` of the relations it takes part in.
        self._relations_by_span: dict[str, list[int]] = {}
        self._geometry: dict[int, BlockGeometry] = {}
        self._rect_cache: dict[tuple[int, int, int], list[Piece]] = {}
        self._caption_cache: dict[tuple[int, int], list[tuple[paint.Caption, float]]] = {}
        self.style_ = paint.DEFAULT_STYLE
        self.options = DecorOptions()
        self.bands = paint.LineBands(QFont(), self.style_)

    # ------------------------------------------------------------------ geometry

    def _invalidate_geometry(self, *_changed: object) -> None:
        self._geometry.clear()
        self._rect_cache.clear()
        self._caption_cache.clear()

    def _geo(self, block: QTextBlock) -> BlockGeometry:
        geo = self._geometry.get(block.blockNumber())
        if geo is None:
            geo = block_geometry(block)
            self._geometry[block.blockNumber()] = geo
        return geo

    def _block_rects(self, block: QTextBlock, a: int, b: int) -> list[Piece]:
        """Pieces of block-relative UTF-16 ``[a, b)`` in document coordinates (cached)."""
        key = (block.blockNumber(), a, b)
        rects = self._rect_cache.get(key)
        if rects is None:
            layout = block.layout()
            if layout.lineCount() == 0:
                return []  # not laid out yet: nothing to draw, nothing to cache
            number = block.blockNumber()
            rects = [Piece(r, paint.pixel_rect(r), r.top() + layout.lineAt(i).ascent(),
                           (number, i))
                     for r, i in range_rects(block, self._geo(block), a, b)]
            self._rect_cache[key] = rects
        return rects

    def _blocks_between(self, top: float, bottom: float) -> list[QTextBlock]:
        """Laid-out blocks meeting document y range ``[top, bottom]``."""
        doc = self.document()
        layout = doc.documentLayout()
        # hitTest answers nonsense for a point in the document margin (above the
        # first line it returns a position far down): aim inside the text, then
        # step back to the first block that still reaches ``top``.
        y = max(top, doc.rootFrame().frameFormat().topMargin() + 1)
        first_pos = layout.hitTest(QPointF(doc.textWidth() / 2, y), Qt.HitTestAccuracy.FuzzyHit)
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

    def _cp_rects(self, start: int, end: int, blocks: list[QTextBlock]) -> list[Piece]:
        """Pieces of code points ``[start, end)`` in ``blocks``."""
        s16, e16 = self._map.to_utf16(start), self._map.to_utf16(end)
        out: list[Piece] = []
        for block in blocks:
            bpos = block.position()
            if bpos >= e16:
                break
            blen = block.length() - 1  # without the paragraph separator
            a, b = max(s16, bpos) - bpos, min(e16, bpos + blen) - bpos
            if a < b:
                out.extend(self._block_rects(block, a, b))
        return out

    def _scroll_offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def glyph_pieces_in(self, ranges: Sequence[tuple[int, int]],
                        clip: QRect) -> list[list[QRect]]:
        """For overlays: per code-point range, the pixel rectangles of its glyph pieces on
        the lines meeting ``clip`` (document coordinates).

        Ranges that end before the first of those lines or start after the last
        cost nothing, so an overlay of thousands of spans paints like the view.
        """
        blocks = self._blocks_between(clip.top(), clip.bottom())
        if not blocks:
            return [[] for _ in ranges]
        first = self._map.to_codepoint(blocks[0].position(), strict=False)
        last = self._map.to_codepoint(blocks[-1].position() + blocks[-1].length() - 1,
                                      strict=False)
        out: list[list[QRect]] = []
        for start, end in ranges:
            if end <= first or start > last:
                out.append([])
            else:
                out.append([p.px for p in self._cp_rects(start, end, blocks)
                            if p.px.intersects(clip)])
        return out

    def span_rects_cp(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles of the glyphs of code points ``[start, end)`` (visible part).

        From the highest mark to the lowest dot of the reading font: what a
        fill covers, between the caption band above and the bar band below.
        """
        off = self._scroll_offset()
        top, bottom = self.bands.ink_top, self.bands.ink_bottom
        return [QRectF(p.exact.left(), p.baseline + top, p.exact.width(), bottom - top)
                .translated(-off) for p in self._cp_rects(start, end, self._visible_blocks())]

    def bar_rects(self, span_id: str) -> list[QRect]:
        """Viewport rectangles of the underline bars of a drawn span (visible part only)."""
        span = self._index.get(span_id)
        if span is None:
            return []
        off = self._scroll_offset().toPoint()
        track = self._index.track(span_id)
        if track >= self.style_.max_tracks:
            return []
        return [self.bands.bar_rect(p.px, p.baseline, track).translated(-off)
                for p in self._cp_rects(span.start, span.end, self._visible_blocks())]

    def _line_slot(self, piece: Piece) -> QRect:
        """The whole strip of a piece's line: arc row, captions, ink and bars, full width."""
        b = self.bands
        top = int(piece.baseline + b.ink_top - b.above_band) - 1
        bottom = int(piece.baseline + b.ink_bottom + b.bar_band) + 2
        return QRect(0, top, int(self.document().textWidth()) + 1, bottom - top)

    def _update_cp_range(self, start: int, end: int, captions: list[QRectF] | None = None
                         ) -> None:
        """Schedule a repaint of what code points ``[start, end)`` change on screen.

        Their pieces with the bands above and below, and ``captions`` (document
        rectangles of captions placed anew), not whole lines: the text itself
        costs most to paint, and Qt paints it across the bounding rectangle.
        """
        pieces = self._cp_rects(start, end, self._visible_blocks())
        if not pieces and not captions:
            return
        b = self.bands
        margin = self.style_.selected_width + 1
        region = QRegion()
        for p in pieces:
            top = int(p.baseline + b.ink_top - b.above_band) - 1
            bottom = int(p.baseline + b.ink_bottom + b.bar_band) + 2
            region += QRect(p.px.left() - margin, top, p.px.width() + 2 * margin, bottom - top)
        for box in captions or ():
            region += box.toAlignedRect().adjusted(-1, -1, 1, 1)
        off = self._scroll_offset().toPoint()
        region.translate(-off)
        self.viewport().update(region)

    def _drop_captions(self, start: int, end: int) -> list[QRectF]:
        """Place anew the captions of the blocks holding code points ``[start, end]``.

        Returns the document rectangles of the captions that moved, changed or
        went (of lines placed before: the others are placed when painted).
        """
        doc = self.document()
        first = doc.findBlock(self._map.to_utf16(start)).blockNumber()
        last = doc.findBlock(self._map.to_utf16(min(end, len(self._text)))).blockNumber()
        if last < 0:
            last = doc.blockCount()
        lo16, hi16 = self._map.to_utf16(start), self._map.to_utf16(min(end, len(self._text)))

        def touched(key: tuple[int, int]) -> bool:
            """Whether line ``key`` shows any of the changed code points."""
            block = doc.findBlockByNumber(key[0])
            if not block.isValid() or block.layout().lineCount() <= key[1]:
                return True
            line = block.layout().lineAt(key[1])
            a = block.position() + line.textStart()
            return a <= hi16 and lo16 <= a + line.textLength()

        dropped = {k: self._caption_cache.pop(k)
                   for k in [k for k in self._caption_cache
                             if first <= k[0] <= last and touched(k)]}
        moved: list[QRectF] = []
        for (number, index), old in dropped.items():
            block = doc.findBlockByNumber(number)
            if not block.isValid() or block.layout().lineCount() <= index:
                continue
            new = self._line_captions(block, index)
            before = {(c.text, c.box.left(), c.box.right(), c.suggested, c.missing_source)
                      for c, _ in old}
            after = {(c.text, c.box.left(), c.box.right(), c.suggested, c.missing_source)
                     for c, _ in new}
            for caption, baseline in old + new:
                key = (caption.text, caption.box.left(), caption.box.right(), caption.suggested,
                       caption.missing_source)
                if (key in before) != (key in after):
                    top = self.bands.caption_baseline(baseline) - self.bands.caption_ascent
                    moved.append(caption.box.translated(0, top))
        return moved

    # ------------------------------------------------------------------ painting

    def paint_decorations(self, painter: QPainter, clip: QRect, arc_area: QRect,
                          blocks: list[QTextBlock] | None = None) -> None:
        """Paint everything over the text inside ``clip`` (document coordinates).

        ``arc_area`` is the part of the document whose relations are placed
        (larger than ``clip`` when only a strip is exposed, so that arcs
        crossing the strip keep their shape). ``blocks``, when the caller
        knows them, are the blocks of both (a page of a rendering).
        """
        if not self._index and not self._search:
            return
        given = blocks
        if blocks is None:
            blocks = self._blocks_between(clip.top() - self.bands.bar_band,
                                          clip.bottom() + self.bands.above_band)
        if not blocks:
            return
        first = blocks[0].position()
        last = blocks[-1].position() + blocks[-1].length() - 1
        vis_start = self._to_cp(first)
        vis_end = self._to_cp(min(last, self._map.length_u16))
        self._paint_items(painter, blocks, vis_start, vis_end, clip)
        if self._index and self.options.captions:
            self._paint_captions(painter, blocks, clip)
        if self._relations:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_relations(painter, given if given is not None else
                                  self._blocks_between(arc_area.top(), arc_area.bottom()), clip)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _to_cp(self, u16: int) -> int:
        return self._map.to_codepoint(min(u16, self._map.length_u16), strict=False)

    def _paint_items(self, painter: QPainter, blocks: list[QTextBlock],
                     vis_start: int, vis_end: int, clip: QRect) -> None:
        style, bands = self.style_, self.bands
        pieces = []
        for span, track in self._index.overlapping(vis_start, vis_end):
            rects = [p for p in self._cp_rects(span.start, span.end, blocks)
                     if self._line_slot(p).intersects(clip)]
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
                    for p in self._cp_rects(a, b, blocks):
                        painter.fillRect(bands.ink_rect(p.px, p.baseline), yellow)
        for span, _track, rects, colours in pieces:
            for p in rects:
                paint.paint_fill(painter, bands.ink_rect(p.px, p.baseline), colours, span.status)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        self._paint_bars(painter, pieces)

    def _paint_bars(self, painter: QPainter, pieces: list) -> None:
        style, bands = self.style_, self.bands
        hidden: dict[tuple[tuple[int, int], int], list] = {}
        selected = None
        for span, track, rects, colours in pieces:
            if span.id == self._selected:
                selected = (rects, colours)
            if track >= style.max_tracks:
                # No track left: count it at the start of the piece it begins on.
                p = rects[0]
                rtl = self._is_rtl_block(p.line[0])
                anchor = p.px.right() + 1 if rtl else p.px.left()
                hidden.setdefault((p.line, anchor), [p, rtl, 0])[2] += 1
                continue
            for p in rects:
                paint.paint_bar(painter, bands.bar_rect(p.px, p.baseline, track), colours,
                                span.status)
        for (_line, anchor), (p, rtl, count) in hidden.items():
            paint.paint_more_mark(painter, bands.bar_band_rect(p.px, p.baseline), anchor, count,
                                  rtl, bands.caption_font)
        if selected is not None:
            for p in selected[0]:
                rect = bands.ink_rect(p.px, p.baseline)
                paint.paint_selected(painter, rect, selected[1])

    def _is_rtl_block(self, number: int) -> bool:
        return self._geo(self.document().findBlockByNumber(number)).rtl

    def _label_colours(self, label: str) -> paint.LabelColours:
        colours = self._colours.get(label)
        if colours is None:
            colours = paint.LabelColours(QColor(self.style_.fallback_colour), self.style_)
            self._colours[label] = colours
        return colours

    # ------------------------------------------------------------------ captions

    def caption_text(self, span: Span) -> str:
        """The caption of a span: its label's caption (or name), and the score of a suggestion."""
        text = self._captions_by_label.get(span.label) or span.label
        if span.status is Status.SUGGESTED and span.score is not None:
            text += f" {span.score:.2f}"
        return text

    def _line_captions(self, block: QTextBlock, index: int
                       ) -> list[tuple[paint.Caption, float]]:
        """Captions of the spans starting on line ``index`` of ``block``, placed (cached)."""
        key = (block.blockNumber(), index)
        cached = self._caption_cache.get(key)
        if cached is not None:
            return cached
        layout = block.layout()
        line = layout.lineAt(index)
        bpos = block.position()
        start = self._to_cp(bpos + line.textStart())
        end = self._to_cp(bpos + line.textStart() + line.textLength())
        rtl = self._geo(block).rtl
        groups: dict[float, list[Span]] = {}
        baseline = 0.0
        here = (block.blockNumber(), index)
        for span, _track in self._index.overlapping(start, end):
            if span.start < start:
                continue
            # The span's own pieces (cached by the fills' painting): its start is
            # the outer end of those on this line.
            pieces = [p for p in self._cp_rects(span.start, span.end, [block]) if p.line == here]
            if not pieces:
                continue
            baseline = pieces[0].baseline
            anchor = (max(p.exact.right() for p in pieces) if rtl
                      else min(p.exact.left() for p in pieces))
            groups.setdefault(round(anchor), []).append(span)
        metrics = QFontMetricsF(self.bands.caption_font)
        requests, texts = [], {}
        for anchor, spans in groups.items():
            spans.sort(key=lambda s: (s.start - s.end, s.id))  # outer first
            text = " · ".join(self.caption_text(s) for s in spans)
            texts[anchor] = (text, spans)
            extra = self.bands.caption_height if self._missing_source(spans[0]) else 0
            requests.append(CaptionRequest(anchor, metrics.horizontalAdvance(text) + 6 + extra,
                                           anchor))
        keyed = {req.key: texts[req.anchor] for req in requests}
        origin = layout.position().x() + line.x()
        placed = place_captions(requests, origin, origin + line.width(), rtl)
        out = []
        for place in placed:
            text, spans = keyed[place.key]
            missing = self._missing_source(spans[0])
            room = place.right - place.left - 6 - (self.bands.caption_height if missing else 0)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
            box = QRectF(place.left, 0, place.right - place.left, self.bands.caption_height)
            out.append((paint.Caption(shown, box, self._label_colours(spans[0].label),
                                      spans[0].status is Status.SUGGESTED, missing,
                                      spans[0].id), baseline))
        self._caption_cache[key] = out
        return out

    def caption_at(self, point: QPointF) -> str | None:
        """The span whose caption is under a viewport point (captions shown), else None."""
        if not self.options.captions:
            return None
        doc_pt = point + self._scroll_offset()
        bands = self.bands
        for block in self._blocks_between(doc_pt.y() - bands.above_band,
                                          doc_pt.y() + bands.above_band):
            for i in range(block.layout().lineCount()):
                for caption, baseline in self._line_captions(block, i):
                    top = bands.caption_baseline(baseline) - bands.caption_ascent
                    if caption.box.translated(0, top).contains(doc_pt):
                        return caption.span_id
        return None

    def _missing_source(self, span: Span) -> bool:
        return span.label in self._needs_source and span.id not in self._sourced

    def _paint_captions(self, painter: QPainter, blocks: list[QTextBlock], clip: QRect) -> None:
        bands = self.bands
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for block in blocks:
            layout = block.layout()
            for i in range(layout.lineCount()):
                for caption, baseline in self._line_captions(block, i):
                    top = bands.caption_baseline(baseline) - bands.caption_ascent
                    box = caption.box.translated(0, top)
                    if box.intersects(QRectF(clip)):
                        placed = paint.Caption(caption.text, box, caption.colours,
                                               caption.suggested, caption.missing_source)
                        paint.paint_caption(painter, placed, bands.caption_font, baseline)

    # ------------------------------------------------------------------ relations

    def _relations_near(self, blocks: list[QTextBlock]) -> list[tuple[int, Relation]]:
        """(number, relation) of the relations with an end among the spans of ``blocks``."""
        first = blocks[0].position()
        last = blocks[-1].position() + blocks[-1].length() - 1
        start, end = self._to_cp(first), self._to_cp(min(last, self._map.length_u16))
        by_span = self._relations_by_span
        seen: dict[int, Relation] = {}
        for span, _track in self._index.overlapping(start, end):
            for n in by_span.get(span.id, ()):
                seen[n] = self._relations[n]
        return sorted(seen.items(), key=lambda item: item[0])

    def _paint_relations(self, painter: QPainter, blocks: list[QTextBlock], clip: QRect
                         ) -> None:
        # Arcs cross lines outside the exposed strip: place them from the whole
        # arc area (Qt clips the drawing to the strip), and never from the
        # scroll position, so a blitted arc and a repainted one still join.
        if not blocks:
            return
        first_piece: dict[str, Piece | None] = {}

        def first(span_id: str) -> Piece | None:
            if span_id not in first_piece:
                span = self._index.get(span_id)
                pieces = self._cp_rects(span.start, span.end, blocks) if span else []
                first_piece[span_id] = pieces[0] if pieces else None
            return first_piece[span_id]

        labels: list[QRectF] = []  # placed in relation order, exposed or not: stable
        for n, rel in self._relations_near(blocks):
            colour = self._relation_colours.get(rel.type, QColor("#555555"))
            head, tail = first(rel.head), first(rel.tail)
            if self.options.all_arcs or self._selected in (rel.head, rel.tail):
                if head is not None and tail is not None:
                    self._paint_arc(painter, rel, (head, tail), colour, n, QRectF(clip), labels)
            else:
                # Arcs for every relation would crowd the bands; the others get a mark.
                for piece in (head, tail):
                    if piece is not None:
                        y = self.bands.arc_top(piece.baseline) + self.bands.caption_height / 2
                        paint.paint_relation_mark(painter, QPointF(piece.exact.center().x(), y),
                                                  colour)

    def _paint_arc(self, painter: QPainter, rel: Relation, ends: tuple[Piece, Piece],
                   colour: QColor, n: int, clip: QRectF, labels: list[QRectF]) -> None:
        """An arc from head to tail in the band above the lines, with an arrow and its type.

        Between two lines the arc runs up into the head's arc row, along it to
        the margin at the end of the lines, down (or up) the margin and along
        the tail's arc row: it never crosses the letters in between. The type
        sits at the top of a one-line arc, and near the tail of a longer one.
        """
        head, tail = ends
        bands = self.bands
        row = bands.caption_height
        hx, tx = head.exact.center().x(), tail.exact.center().x()
        h_top = bands.arc_top(head.baseline) + row / 2
        t_top = bands.arc_top(tail.baseline) + row / 2
        h_y = bands.caption_baseline(head.baseline) - bands.caption_ascent
        tip = QPointF(tx, bands.caption_baseline(tail.baseline) - bands.caption_ascent)
        path = QPainterPath(QPointF(hx, h_y))
        if head.line == tail.line:
            path.cubicTo(QPointF(hx, h_top), QPointF(tx, h_top), QPointF(tx, tip.y() - 6))
            path.lineTo(tip.x(), tip.y() - 6)
            label_at = QPointF((hx + tx) / 2, h_top + row * 0.12)
        else:
            rtl = self._is_rtl_block(head.line[0])
            margin = self.document().documentMargin()
            edge = margin / 2 + (n % 3) if rtl else \
                self.document().textWidth() - margin / 2 - (n % 3)
            for x, y in ((hx, h_top), (edge, h_top), (edge, t_top), (tx, t_top),
                         (tx, tip.y() - 6)):
                path.lineTo(x, y)
            label_at = QPointF(tx + (-1 if rtl else 1) * 40, t_top)
        box = paint.arc_label_box(label_at, rel.type, bands.caption_font, labels)
        labels.append(box)
        if not path.controlPointRect().united(box).adjusted(-4, -4, 4, 8).intersects(clip):
            return  # wholly outside the exposed strip
        suggested = rel.status is Status.SUGGESTED
        paint.paint_arc(painter, path, tip, colour, suggested)
        paint.paint_arc_label(painter, box, rel.type, colour, bands.caption_font, suggested)

"""Where a range of text sits on screen: x ranges per laid-out line, correct for bidi.

Everything here works in UTF-16 positions *relative to one block* (what
QTextLayout speaks); the view converts from code points with
:class:`annotator.core.text.Utf16Map` before calling in.

A line whose characters all resolve to one bidi level (a pure Arabic line in
a right-to-left paragraph, a pure Latin line in a left-to-right one) is one
visual run, so a segment's x range comes from ``cursorToX`` at both ends.
Any other line (Arabic with digits or Latin words) gets per-character x
intervals, computed the first time a span is drawn on it and cached; a segment is then the union
of its characters' intervals, so a span over a Latin name inside Arabic text
covers exactly that name. ``cursorToX`` is ambiguous for the first character
of a run after a direction change (Qt reports the previous run's edge: both
edges come back equal); those characters are measured from their glyphs.
The document is never formatted, so lam-alef ligatures are never broken.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTextBlock, QTextLayout, QTextLine

_TRAILING = QTextLine.Edge.Trailing
_LEADING = QTextLine.Edge.Leading
# Characters that may start a run of another direction in a right-to-left line.
_BREAKS_RTL = frozenset({"L", "EN", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI",
                         "FSI", "PDI"})
# ... and in a left-to-right line (European digits too: after an Arabic letter
# earlier in the paragraph they are numbers inside right-to-left text).
_BREAKS_LTR = frozenset({"R", "AL", "AN", "EN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI",
                         "RLI", "FSI", "PDI"})


def is_single_level(text: str, rtl: bool) -> bool:
    """True when ``text`` (one laid-out line) is sure to be one visual run in its paragraph."""
    breaks = _BREAKS_RTL if rtl else _BREAKS_LTR
    bidi = unicodedata.bidirectional
    return not any(bidi(ch) in breaks for ch in set(text))


@dataclass
class BlockGeometry:
    """Cached geometry of one laid-out block (valid until the layout changes).

    Lines are examined lazily, the first time a span is drawn on them.
    """

    rtl: bool
    text16: bytes  # the block's text in UTF-16 (what layout positions index)
    # Per line: None when the line is one visual run, else the x interval of
    # every character starting a cluster (by block UTF-16 position).
    lines: dict[int, dict[int, tuple[float, float]] | None] = field(default_factory=dict)

    def line_chars(self, layout: QTextLayout, index: int) -> dict[int, tuple[float, float]] | None:
        """Per-character x intervals of line ``index``, or None when it is one run."""
        if index in self.lines:
            return self.lines[index]
        line = layout.lineAt(index)
        start = line.textStart()
        end = start + line.textLength()
        text = self.text16[2 * start:2 * end].decode("utf-16-le", "surrogatepass")
        if is_single_level(text, self.rtl):
            self.lines[index] = None
            return None
        chars: dict[int, tuple[float, float]] = {}
        _char_intervals(layout, line, self.text16, chars)
        self.lines[index] = chars
        return chars


def cursor_x(line: QTextLine, pos: int, edge: QTextLine.Edge = _LEADING) -> tuple[float, int]:
    """``line.cursorToX``: the x of caret position ``pos`` and the position Qt used
    (the next valid caret position when ``pos`` is inside a cluster)."""
    x, used = cast("tuple[float, int]", line.cursorToX(pos, edge))
    return x, used


def _glyph_extent(layout: QTextLayout, pos: int, length: int) -> tuple[float, float] | None:
    """Horizontal extent of the glyphs of ``[pos, pos+length)``, or None when they have none."""
    lo: float | None = None
    hi: float | None = None
    for run in layout.glyphRuns(pos, length):
        glyphs = run.glyphIndexes()
        if not glyphs:
            continue
        advances = run.rawFont().advancesForGlyphIndexes(glyphs)
        for point, adv in zip(run.positions(), advances, strict=False):
            x0, x1 = point.x(), point.x() + adv.x()
            lo = x0 if lo is None else min(lo, x0)
            hi = x1 if hi is None else max(hi, x1)
    return None if lo is None or hi is None else (lo, hi)


def _char_intervals(layout: QTextLayout, line: QTextLine, text16: bytes, out: dict) -> None:
    """Fill ``out`` with the x interval of every character on ``line`` that draws something.

    ``text16`` is the block's text in UTF-16 little-endian (to tell surrogates apart).
    """
    start = line.textStart()
    end = start + line.textLength()
    for pos in range(start, end):
        unit = int.from_bytes(text16[2 * pos:2 * pos + 2], "little")
        if 0xDC00 <= unit <= 0xDFFF:
            continue  # second half of a character already measured
        size = 2 if 0xD800 <= unit <= 0xDBFF else 1
        if size == 1 and unicodedata.category(chr(unit)) == "Cf":
            continue  # bidi marks, ZWJ, ...: no width in the layout (the font may say otherwise)
        x_lead, valid = cursor_x(line, pos)
        if valid == pos:
            x_trail, _ = cursor_x(line, pos, _TRAILING)
            if x_lead != x_trail:
                out[pos] = (min(x_lead, x_trail), max(x_lead, x_trail))
                continue
        # Qt has no caret position here (inside a cluster, e.g. two emoji that
        # Qt segments as one) or both edges came back equal (the first character
        # of a run after a direction change): measure the character's glyphs.
        extent = _glyph_extent(layout, pos, size)
        if extent is not None and extent[1] - extent[0] > 0.01:
            out[pos] = extent


def block_geometry(block: QTextBlock) -> BlockGeometry:
    """Geometry cache of a laid-out block (lines are examined on first use)."""
    rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
    return BlockGeometry(rtl=rtl, text16=block.text().encode("utf-16-le", "surrogatepass"))


def _merge(intervals: list[tuple[float, float]], slack: float = 0.75) -> list[tuple[float, float]]:
    """Union of x intervals, joining those that touch (within ``slack`` pixels)."""
    intervals.sort()
    merged: list[list[float]] = []
    for x0, x1 in intervals:
        if merged and x0 <= merged[-1][1] + slack:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def segment_x_ranges(layout: QTextLayout, index: int, geo: BlockGeometry, a: int, b: int
                     ) -> list[tuple[float, float]]:
    """Visual x ranges (layout coordinates) of block positions ``[a, b)`` on line ``index``."""
    chars = geo.line_chars(layout, index)
    if chars is None:
        line = layout.lineAt(index)
        x0, _ = cursor_x(line, a)
        x1, _ = cursor_x(line, b)
        return [(min(x0, x1), max(x0, x1))] if x0 != x1 else []
    return _merge([chars[p] for p in range(a, b) if p in chars])


def range_rects(block: QTextBlock, geo: BlockGeometry, a: int, b: int
                ) -> list[tuple[QRectF, int]]:
    """Rectangles (document coordinates) covering block positions ``[a, b)``.

    Returns ``(rect, line_index)`` pairs, one per visual piece on each line.
    """
    layout = block.layout()
    origin = layout.position()
    out: list[tuple[QRectF, int]] = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        ls = line.textStart()
        le = ls + line.textLength()
        if le <= a:
            continue
        if ls >= b:
            break
        top = origin.y() + line.y()
        for x0, x1 in segment_x_ranges(layout, i, geo, max(a, ls), min(b, le)):
            out.append((QRectF(origin.x() + x0, top, x1 - x0, line.height()), i))
    return out

"""Where a range of text sits on screen: x ranges per laid-out line, correct for bidi.

Everything here works in UTF-16 positions *relative to one block* (what
QTextLayout speaks); the view converts from code points with
:class:`annotator.core.text.Utf16Map` before calling in.

A line whose characters all resolve to one bidi level (a pure Arabic line in
a right-to-left paragraph, a pure Latin line in a left-to-right one) is one
visual run, so a segment's x range comes from ``cursorToX`` at both ends.
Any other line (Arabic with digits or Latin words) gets per-character x
intervals, computed once per layout and cached; a segment is then the union
of its characters' intervals, so a span over a Latin name inside Arabic text
covers exactly that name. ``cursorToX`` is ambiguous for the first character
of a run after a direction change (Qt reports the previous run's edge: both
edges come back equal); those characters are measured from their glyphs.
The document is never formatted, so lam-alef ligatures are never broken.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextLayout, QTextLine

_TRAILING = QTextLine.Edge.Trailing
# Characters that make an otherwise right-to-left line contain a left-to-right run.
_BREAKS_RTL = frozenset({"L", "EN", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI",
                         "FSI", "PDI"})
_BREAKS_LTR = frozenset({"R", "AL", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI",
                         "FSI", "PDI"})


def is_single_level(text: str, rtl: bool) -> bool:
    """True when every character of ``text`` resolves to the paragraph's own bidi level."""
    breaks = _BREAKS_RTL if rtl else _BREAKS_LTR
    bidi = unicodedata.bidirectional
    return not any(bidi(ch) in breaks for ch in set(text))


@dataclass
class BlockGeometry:
    """Cached geometry of one laid-out block (valid until the layout changes)."""

    single_level: bool
    # For mixed blocks: per UTF-16 position, (x0, x1) of the character starting there
    # (None inside a character, i.e. after a high surrogate or on a mark).
    char_x: dict[int, tuple[float, float]] | None = None


def _glyph_extent(layout: QTextLayout, pos: int, length: int) -> tuple[float, float] | None:
    """Horizontal extent of the glyphs of ``[pos, pos+length)``, or None when they have none."""
    lo = hi = None
    for run in layout.glyphRuns(pos, length):
        glyphs = run.glyphIndexes()
        if not glyphs:
            continue
        advances = run.rawFont().advancesForGlyphIndexes(glyphs)
        for point, adv in zip(run.positions(), advances):
            x0, x1 = point.x(), point.x() + adv.x()
            lo = x0 if lo is None else min(lo, x0)
            hi = x1 if hi is None else max(hi, x1)
    return None if lo is None else (lo, hi)


def _char_intervals(layout: QTextLayout, line: QTextLine, out: dict) -> None:
    """Fill ``out`` with the x interval of every character starting a cluster on ``line``."""
    start = line.textStart()
    end = start + line.textLength()
    pos = start
    while pos < end:
        x_lead, nxt = line.cursorToX(pos)
        x_trail, _ = line.cursorToX(pos, _TRAILING)
        if nxt != pos:  # inside a cluster: Qt moved to a valid position
            pos = max(nxt, pos + 1)
            continue
        if x_lead == x_trail:
            extent = _glyph_extent(layout, pos, 1)
            if extent is not None:
                out[pos] = extent
        else:
            out[pos] = (min(x_lead, x_trail), max(x_lead, x_trail))
        pos += 1


def block_geometry(block: QTextBlock) -> BlockGeometry:
    """Geometry summary of a laid-out block."""
    rtl = block.textDirection().name == "RightToLeft"
    single = is_single_level(block.text(), rtl)
    geo = BlockGeometry(single_level=single)
    if not single:
        layout = block.layout()
        chars: dict[int, tuple[float, float]] = {}
        for i in range(layout.lineCount()):
            _char_intervals(layout, layout.lineAt(i), chars)
        geo.char_x = chars
    return geo


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


def segment_x_ranges(line: QTextLine, geo: BlockGeometry, a: int, b: int
                     ) -> list[tuple[float, float]]:
    """Visual x ranges (layout coordinates) of block positions ``[a, b)`` on ``line``."""
    if geo.single_level or geo.char_x is None:
        x0, _ = line.cursorToX(a)
        x1, _ = line.cursorToX(b)
        return [(min(x0, x1), max(x0, x1))] if x0 != x1 else []
    chars = geo.char_x
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
        for x0, x1 in segment_x_ranges(line, geo, max(a, ls), min(b, le)):
            out.append((QRectF(origin.x() + x0, top, x1 - x0, line.height()), i))
    return out

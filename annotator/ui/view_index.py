"""Span index for the text view: which spans to draw where, and on which underline track.

Pure Python (no Qt) so it can be property-tested. Built once per
``set_spans``; painting asks it for the spans overlapping the visible range,
hit-testing asks which spans cover one character.

Tracks: overlapping spans get different underline bars. A span's track is
the lowest one not used by an overlapping span that comes earlier in
(start, longer first, id) order, so an outer claim sits on track 0 and the
actors inside it on track 1, side by side when they do not overlap.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from annotator.core.model import Span, Status

_REJECTED = Status.REJECTED


def _order_key(span: Span) -> tuple[int, int, str]:
    return (span.start, -span.end, span.id)


def _tracks_in_order(order: Sequence[Span]) -> list[int]:
    """Greedy interval colouring of spans already in (start, longer first, id) order."""
    active: list[tuple[int, int]] = []  # (end, track) of spans still open
    free: list[int] = []  # released tracks, smallest first
    next_track = 0
    out: list[int] = []
    push, pop = heapq.heappush, heapq.heappop
    for span in order:
        start = span.start
        while active and active[0][0] <= start:
            push(free, pop(active)[1])
        if free:
            track = pop(free)
        else:
            track = next_track
            next_track += 1
        out.append(track)
        push(active, (span.end, track))
    return out


def assign_tracks(spans: Sequence[Span]) -> dict[str, int]:
    """Track of every span: two spans that share a character never share a track."""
    order = sorted(spans, key=_order_key)
    return {s.id: t for s, t in zip(order, _tracks_in_order(order))}


class SpanIndex:
    """Drawn (non-rejected, non-empty) spans sorted by start, with tracks, for range queries."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        order = sorted((s for s in spans if s.status is not _REJECTED and s.end > s.start),
                       key=_order_key)
        self._spans = order
        self._starts = [s.start for s in order]
        self._tracks = _tracks_in_order(order)
        self._max_len = max((s.end - s.start for s in order), default=0)
        self._pos = {s.id: i for i, s in enumerate(order)}
        self.max_track = max(self._tracks, default=-1)

    def __len__(self) -> int:
        return len(self._spans)

    def get(self, span_id: str) -> Span | None:
        """The drawn span with this id, if any."""
        i = self._pos.get(span_id)
        return None if i is None else self._spans[i]

    def track(self, span_id: str) -> int:
        """Underline track of a drawn span (0 = bottom bar)."""
        return self._tracks[self._pos[span_id]]

    def overlapping(self, start: int, end: int) -> list[tuple[Span, int]]:
        """(span, track) of spans sharing a character with ``[start, end)``, in index order."""
        lo = bisect_left(self._starts, start - self._max_len)
        hi = bisect_left(self._starts, end)
        spans, tracks = self._spans, self._tracks
        return [(spans[i], tracks[i]) for i in range(lo, hi) if spans[i].end > start]

    def at(self, pos: int) -> list[Span]:
        """Spans covering the character at ``pos``, innermost (shortest) first."""
        lo = bisect_left(self._starts, pos - self._max_len + 1)
        hi = bisect_right(self._starts, pos)
        hits = [s for s in self._spans[lo:hi] if s.end > pos]
        hits.sort(key=lambda s: (s.end - s.start, -s.start, s.id))
        return hits

"""Span index for the text view: which spans to draw where, and on which underline track.

Pure Python (no Qt) so it can be property-tested. Built once per
``set_spans``; painting asks it for the spans overlapping the visible range,
hit-testing asks which spans cover one character.

Tracks: overlapping spans get different underline bars. A span's track is
the lowest one not used by an overlapping span that comes earlier in
(start, longer first) order, so an outer claim sits on track 0 and the
actors inside it on track 1, side by side when they do not overlap.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.model import Span, Status


@dataclass(frozen=True)
class IndexedSpan:
    """A drawable span with its underline track (0 = bottom bar)."""

    span: Span
    track: int

    @property
    def id(self) -> str:
        """The span's id."""
        return self.span.id


def assign_tracks(spans: Sequence[Span]) -> dict[str, int]:
    """Greedy interval colouring in (start, longer first, id) order.

    Two spans that share at least one character never get the same track.
    """
    order = sorted(spans, key=lambda s: (s.start, -s.end, s.id))
    active: list[tuple[int, int]] = []  # (end, track) of spans still open
    free: list[int] = []  # released tracks, smallest first
    next_track = 0
    tracks: dict[str, int] = {}
    for span in order:
        while active and active[0][0] <= span.start:
            _, track = heapq.heappop(active)
            heapq.heappush(free, track)
        if free:
            track = heapq.heappop(free)
        else:
            track = next_track
            next_track += 1
        tracks[span.id] = track
        heapq.heappush(active, (span.end, track))
    return tracks


class SpanIndex:
    """Visible (non-rejected) spans sorted by start, with tracks, for range queries."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        drawable = [s for s in spans if s.status is not Status.REJECTED and s.end > s.start]
        tracks = assign_tracks(drawable)
        drawable.sort(key=lambda s: (s.start, -s.end, s.id))
        self._items = [IndexedSpan(s, tracks[s.id]) for s in drawable]
        self._starts = [s.start for s in drawable]
        self._max_len = max((s.end - s.start for s in drawable), default=0)
        self._by_id = {item.id: item for item in self._items}
        self.max_track = max(tracks.values(), default=-1)

    def __len__(self) -> int:
        return len(self._items)

    def get(self, span_id: str) -> IndexedSpan | None:
        """The indexed span with this id, if it is drawn."""
        return self._by_id.get(span_id)

    def overlapping(self, start: int, end: int) -> list[IndexedSpan]:
        """Spans sharing at least one character with ``[start, end)``, in index order."""
        lo = bisect_left(self._starts, start - self._max_len)
        hi = bisect_left(self._starts, end)
        return [it for it in self._items[lo:hi] if it.span.end > start]

    def at(self, pos: int) -> list[IndexedSpan]:
        """Spans covering the character at ``pos``, innermost (shortest) first."""
        lo = bisect_left(self._starts, pos - self._max_len + 1)
        hi = bisect_right(self._starts, pos)
        hits = [it for it in self._items[lo:hi] if it.span.end > pos]
        hits.sort(key=lambda it: (it.span.end - it.span.start, -it.span.start, it.id))
        return hits

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

import copy
import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence

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
    return {s.id: t for s, t in zip(order, _tracks_in_order(order), strict=True)}


#: Above this many changed spans an update rebuilds the index from scratch.
_INCREMENTAL_LIMIT = 64


class SpanIndex:
    """Drawn (non-rejected, non-empty) spans sorted by start, with tracks, for range queries.

    :meth:`updated` gives the index of a new span list, reusing this one when
    only a few spans changed (the usual case: one span added, removed or
    edited), so tagging stays fast with 10,000 spans in a document.
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        order = sorted((s for s in spans if _drawn(s)), key=_order_key)
        self._spans = order
        self._keys = [_order_key(s) for s in order]
        self._starts = [k[0] for k in self._keys]
        self._by_id = {s.id: s for s in order}
        self._track = dict(zip(self._by_id, _tracks_in_order(order), strict=True))
        self._max_len = max((s.end - s.start for s in order), default=0)
        #: Code-point range whose drawing changed since the index this one was
        #: updated from (None: anything may have changed).
        self.dirty: tuple[int, int] | None = None
        #: Ids of the spans added, removed or changed by that update.
        self.dirty_ids: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self._spans)

    def get(self, span_id: str) -> Span | None:
        """The drawn span with this id, if any."""
        return self._by_id.get(span_id)

    def track(self, span_id: str) -> int:
        """Underline track of a drawn span (0 = bottom bar)."""
        return self._track[span_id]

    def overlapping(self, start: int, end: int) -> list[tuple[Span, int]]:
        """(span, track) of spans sharing a character with ``[start, end)``, in index order."""
        lo = bisect_left(self._starts, start - self._max_len)
        hi = bisect_left(self._starts, end)
        track = self._track
        return [(s, track[s.id]) for s in self._spans[lo:hi] if s.end > start]

    def at(self, pos: int) -> list[Span]:
        """Spans covering the character at ``pos``, innermost (shortest) first."""
        lo = bisect_left(self._starts, pos - self._max_len + 1)
        hi = bisect_right(self._starts, pos)
        hits = [s for s in self._spans[lo:hi] if s.end > pos]
        hits.sort(key=lambda s: (s.end - s.start, -s.start, s.id))
        return hits

    def updated(self, spans: Iterable[Span]) -> SpanIndex:
        """The index of ``spans``; equal to ``SpanIndex(spans)``, cheaper after a small change."""
        new = {s.id: s for s in spans if _drawn(s)}
        old = self._by_id
        changed = [s for sid, s in new.items() if old.get(sid) is not s]
        if len(changed) > _INCREMENTAL_LIMIT:
            return SpanIndex(new.values())
        removed = [old[sid] for sid in old.keys() - new.keys()]
        if len(changed) + len(removed) > _INCREMENTAL_LIMIT:
            return SpanIndex(new.values())
        return self._with_changes(changed, removed)

    def updated_ids(self, spans: Mapping[str, Span], ids: Collection[str]) -> SpanIndex:
        """The index of ``spans`` (id -> span) when only the spans named by ``ids`` changed.

        Equal to ``SpanIndex(spans.values())`` as long as every other span is
        the very object this index holds; costs the changed spans, not all of
        them (an edit among 10,000 spans need not visit the other 9,999).
        """
        if len(ids) > _INCREMENTAL_LIMIT:
            return SpanIndex(spans.values())
        old = self._by_id
        changed, removed = [], []
        for sid in ids:
            span, before = spans.get(sid), old.get(sid)
            if span is not None and _drawn(span):
                if span is not before:
                    changed.append(span)
            elif before is not None:
                removed.append(before)
        return self._with_changes(changed, removed)

    def _with_changes(self, changed: list[Span], removed: list[Span]) -> SpanIndex:
        """A copy with ``removed`` taken out and ``changed`` (new or replaced) put in."""
        if not changed and not removed:
            same = copy.copy(self)  # shares the lists: an index is never mutated once built
            same.dirty, same.dirty_ids = (0, 0), frozenset()
            return same
        old = self._by_id
        idx = SpanIndex.__new__(SpanIndex)
        idx._spans, idx._keys, idx._starts = list(self._spans), list(self._keys), \
            list(self._starts)
        idx._by_id, idx._track = dict(old), dict(self._track)
        idx._max_len = self._max_len
        replaced = [old[s.id] for s in changed if s.id in old]
        touched = [(s.start, s.end) for s in removed + replaced]
        for span in removed + replaced:
            idx._remove(span)
        for span in changed:
            idx._insert(span)
            touched.append((span.start, span.end))
        idx.dirty = idx._retrack(min(a for a, _ in touched), max(b for _, b in touched))
        idx.dirty_ids = frozenset(s.id for s in removed + changed)
        return idx

    def _remove(self, span: Span) -> None:
        i = bisect_left(self._keys, _order_key(span))
        del self._spans[i], self._keys[i], self._starts[i]
        del self._by_id[span.id], self._track[span.id]

    def _insert(self, span: Span) -> None:
        key = _order_key(span)
        i = bisect_left(self._keys, key)
        self._spans.insert(i, span)
        self._keys.insert(i, key)
        self._starts.insert(i, span.start)
        self._by_id[span.id] = span
        self._track[span.id] = 0
        self._max_len = max(self._max_len, span.end - span.start)

    def _retrack(self, lo: int, hi: int) -> tuple[int, int]:
        """Recompute tracks of the overlap clusters meeting ``[lo, hi)``; return their range.

        Clusters (spans linked by overlaps) are coloured independently, so
        recolouring whole clusters gives exactly what a full rebuild gives.
        """
        while True:  # grow [lo, hi) to whole clusters
            i0 = bisect_left(self._starts, lo - self._max_len)
            i1 = bisect_left(self._starts, hi)
            new_lo, new_hi = lo, hi
            for s in self._spans[i0:i1]:
                if s.end > lo and s.start < new_lo:
                    new_lo = s.start
                if s.end > new_hi:
                    new_hi = s.end
            if (new_lo, new_hi) == (lo, hi):
                break
            lo, hi = new_lo, new_hi
        i0, i1 = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        part = self._spans[i0:i1]
        self._track.update(zip((s.id for s in part), _tracks_in_order(part), strict=True))
        return lo, hi


def _drawn(span: Span) -> bool:
    return span.status is not _REJECTED and span.end > span.start

"""Relocate spans onto a changed document text by finding their covered text again.

Annotations whose document text changed (its SHA-256 differs) cannot keep
their offsets. Each span still carries the text it covered, so it is looked
for in the new text and placed where the evidence puts it; a span whose
text occurs several times with nothing to tell which occurrence is its own
is not guessed but returned unplaced with its reason (``ambiguous: 3
occurrences of «الجزائر», ...``), as is a span whose text is gone.
Occurrences whose boundaries would split a surrogate pair or separate a
letter from its marks are never used. Spans that cannot be placed are
returned, never dropped.

**With the old text** (the text the spans were made on, when the caller
still has it), the two texts are compared (:func:`~annotator.core.text_diff.unchanged_stretches`:
lines first, then characters at both ends of each changed run). A span in
a stretch the edit left alone goes where that stretch went. A span in or
next to a changed stretch stays with the unchanged text on one side of it
when only one side allows it; otherwise it goes to the one occurrence of
its text in the new text that replaced the changed stretch, or, among
several, to the one whose surroundings (up to :data:`CONTEXT` characters
either side) match the old text by :data:`CONTEXT_MARGIN` characters more
than any other. Two spans never get the same occurrence.

**Without it** (``annotator reattach`` has only the annotations, and their
old document's length is not recorded either), strongest evidence first:

1. *count*: its text occurs once in the new text, or the spans over that
   text (at distinct old places) are exactly as many as its occurrences, so
   they go to them in order (like a single occurrence, this trusts that
   those spans' text survived);
2. *inside*: it lies inside a span placed by 1, whose text came along whole;
3. *neighbours*: the nearest placed span before it and the nearest after it
   say how far the text moved on either side of it, and the span goes to the
   only occurrence between those two estimates. Before the first placed
   span the text is taken to have moved as that span did (typically a new
   headline), and with nothing placed at all not to have moved. A *lost*
   span, one whose text is gone from the new text, marks an edit: lost spans
   wholly between a neighbour and the span are assumed deleted, and one
   reaching across the neighbour or the span makes that neighbour count for
   nothing. When no occurrence lies between the estimates and no deletion
   was assumed (an edit no span marks, such as a fixed typo), the nearest
   occurrence is taken if it is *d* <= :data:`TOLERANCE` characters from
   them and every other is at least 3 *d* + :data:`TOLERANCE` away.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate

from annotator.core.model import AnnotationSet, Relation, Span, span_sort_key
from annotator.core.text import sha256_text, span_problem
from annotator.core.text_diff import (
    Unchanged,
    common_prefix_length,
    common_suffix_length,
    unchanged_stretches,
)

#: Characters of old text compared on each side of a span (its context).
CONTEXT = 120
#: How many more characters of context the best occurrence needs than the next best.
CONTEXT_MARGIN = 8
#: How far (code points) an occurrence may be from where the neighbours put it (rule 3,
#: without the old text).
TOLERANCE = 20
#: Span texts longer than this are shortened in reasons.
QUOTE_LENGTH = 40


@dataclass
class Relocation:
    """Outcome of :func:`relocate_spans`: spans placed (with new offsets) and spans not placed."""

    placed: list[Span] = field(default_factory=list)
    unplaced: list[Span] = field(default_factory=list)
    moved: int = 0  # placed spans whose offsets changed
    reasons: dict[str, str] = field(default_factory=dict)  # unplaced span id -> why


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every occurrence of ``needle`` in ``text`` (overlapping ones too)."""
    if not needle:
        return []
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def quote(text: str) -> str:
    """``«text»`` on one line, shortened to :data:`QUOTE_LENGTH` characters, for messages."""
    flat = " ".join(text.split())
    if len(flat) > QUOTE_LENGTH:
        flat = flat[:QUOTE_LENGTH - 1] + "…"
    return f"«{flat}»"


@dataclass
class _Site:
    """The spans over one stretch of the old text: one text at one old start."""

    start: int
    text: str
    spans: list[Span]
    candidates: list[int]  # valid starts of ``text`` in the new text, ascending
    new_start: int | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def shift(self) -> int:
        assert self.new_start is not None
        return self.new_start - self.start

    def has(self, new_start: int) -> bool:
        """Whether ``new_start`` is one of the candidates."""
        i = bisect_left(self.candidates, new_start)
        return i < len(self.candidates) and self.candidates[i] == new_start


def _sites(new_text: str, spans: Iterable[Span]) -> list[_Site]:
    """Spans grouped by (old start, text), in old-text order, with their candidate starts."""
    by_place: dict[tuple[int, str], _Site] = {}
    found: dict[str, list[int]] = {}
    for span in sorted(spans, key=span_sort_key):
        site = by_place.get((span.start, span.text))
        if site is None:
            if span.text not in found:
                n = len(span.text)
                found[span.text] = [p for p in occurrences(new_text, span.text)
                                    if span_problem(new_text, p, p + n) is None]
            site = by_place[(span.start, span.text)] = _Site(span.start, span.text, [],
                                                             found[span.text])
        site.spans.append(span)
    return sorted(by_place.values(), key=lambda s: (s.start, -s.end, s.text))


def _lost_reason(new_text: str, site: _Site) -> str:
    """Why a site with no valid occurrence cannot be placed."""
    if occurrences(new_text, site.text):
        return (f"{quote(site.text)} occurs in the new text only where its ends would "
                "split a character or part a letter from its marks")
    return f"{quote(site.text)} does not occur in the new text"


def _many(site: _Site) -> str:
    """The start of a reason for a site whose text occurs but cannot be told apart."""
    return f"ambiguous: {_count(len(site.candidates), 'occurrence')} of {quote(site.text)}"


def _count(n: int, noun: str) -> str:
    """``1 occurrence``, ``3 occurrences``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# ------------------------------------------------------------ with the old text


class _Comparison:
    """Places sites by comparing the old text with the new (see the module docstring)."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self.stretches = unchanged_stretches(old, new)
        self.starts = [u.start for u in self.stretches]
        self.reasons: dict[int, str] = {}  # id(site) -> why it was not placed
        self._ahead: dict[tuple[int, int], int] = {}
        self._behind: dict[tuple[int, int], int] = {}

    def run(self, sites: list[_Site]) -> None:
        """Place every site the comparison allows; note a reason for every other."""
        chosen: dict[int, list[_Site]] = {}  # new start -> sites choosing it
        for site in sites:
            if not site.candidates:
                self.reasons[id(site)] = _lost_reason(self.new, site)
                continue
            k = bisect_right(self.starts, site.start) - 1
            if k >= 0 and self.stretches[k].end >= site.end and \
                    site.has(site.start + self.stretches[k].shift):
                site.new_start = site.start + self.stretches[k].shift  # went with its stretch
                continue
            best = self._decide(site, k)
            if best is not None:
                chosen.setdefault(best, []).append(site)
        for new_start, rivals in chosen.items():
            if len(rivals) == 1:
                rivals[0].new_start = new_start
                continue
            for site in rivals:
                others = ", ".join(f"{r.start}-{r.end}" for r in rivals if r is not site)
                self.reasons[id(site)] = f"ambiguous: it and the span at {others} of the " \
                                         f"old text fit the same occurrence of " \
                                         f"{quote(site.text)}"

    def _decide(self, site: _Site, k: int) -> int | None:
        """The occurrence for a site in or next to a changed stretch; None with a reason noted.

        ``k`` is the last unchanged stretch starting at or before the site (-1: none).
        """
        before, after = self._around(site, k)
        kept = self._kept_with(site, before, after)
        if len(kept) == 1:
            return kept[0]
        window = _window(site, before, after)
        if not kept and len(window) == 1:
            return window[0]
        best = None if kept or not window else _by_context(site, self.old, self.new, window)
        if best is not None:
            return best
        if kept or window:
            self.reasons[id(site)] = f"{_many(site)}, {len(kept) or len(window)} of them " \
                                     "where it may have moved, none clearly with the old " \
                                     "text around it"
        else:
            self.reasons[id(site)] = f"{quote(site.text)} is gone from where it was (the " \
                                     f"text there changed); it occurs " \
                                     f"{_count(len(site.candidates), 'time')} elsewhere"
        return None

    def _around(self, site: _Site, k: int) -> tuple[Unchanged | None, Unchanged | None]:
        """The unchanged stretches just before and just after ``site`` (None: the text's edge).

        A stretch the site starts in counts as before it; one that holds it
        whole (the site was not found where it went) as both.
        """
        before = self.stretches[k] if k >= 0 else None
        if before is not None and before.end >= site.end:
            return before, before
        after = next((u for u in self.stretches[k + 1:] if u.start >= site.end), None)
        return before, after

    def _kept_with(self, site: _Site, before: Unchanged | None,
                   after: Unchanged | None) -> list[int]:
        """Where ``site`` is if the text from the stretch before (after) it is unchanged.

        The edge of the text serves when there is no such stretch. Both can
        hold where the text repeats (``قال`` inserted next to a ``قال``).
        """
        found = set()
        shift = before.shift if before else 0
        since = min(before.end, site.start) if before else 0
        if site.has(site.start + shift) and \
                self._agree_ahead(since, shift) >= site.end - since:
            found.add(site.start + shift)
        shift = after.shift if after else len(self.new) - len(self.old)
        until = max(after.start, site.end) if after else len(self.old)
        if site.has(site.start + shift) and \
                self._agree_behind(until, shift) >= until - site.start:
            found.add(site.start + shift)
        return sorted(found)

    def _agree_ahead(self, at: int, shift: int) -> int:
        """How far ``old[at:]`` and ``new[at + shift:]`` agree (once per changed stretch)."""
        key = (at, shift)
        if key not in self._ahead:
            self._ahead[key] = common_prefix_length(self.old, at, self.new, at + shift) \
                if at + shift >= 0 else 0
        return self._ahead[key]

    def _agree_behind(self, at: int, shift: int) -> int:
        """How far ``old[:at]`` and ``new[:at + shift]`` agree, backwards from ``at``."""
        key = (at, shift)
        if key not in self._behind:
            self._behind[key] = common_suffix_length(self.old, at, self.new, at + shift) \
                if 0 <= at + shift <= len(self.new) else 0
        return self._behind[key]


def _window(site: _Site, before: Unchanged | None, after: Unchanged | None) -> list[int]:
    """Candidates between where the unchanged stretches around ``site`` went."""
    lo = min(before.end, site.start) + before.shift if before else 0
    hi = max(after.start, site.end) + after.shift - len(site.text) if after else None
    cands = site.candidates
    return cands[bisect_left(cands, lo):len(cands) if hi is None else bisect_right(cands, hi)]


def _by_context(site: _Site, old: str, new: str, candidates: list[int]) -> int | None:
    """The one candidate whose surroundings match the old text clearly best, if any."""
    scored = sorted(((_context_score(site, old, new, p), p) for p in candidates), reverse=True)
    if len(scored) == 1 or scored[0][0] - scored[1][0] >= CONTEXT_MARGIN:
        return scored[0][1]
    return None


def _context_score(site: _Site, old: str, new: str, p: int) -> int:
    """Characters around ``site`` in ``old`` and around ``p`` in ``new`` that agree.

    Up to :data:`CONTEXT` either side; agreeing all the way to the start (or
    the end) of both texts counts as the whole :data:`CONTEXT`.
    """
    end, new_end = site.end, p + len(site.text)
    before = common_suffix_length(old, site.start, new, p)
    after = common_prefix_length(old, end, new, new_end)
    if before == site.start == p:
        before = CONTEXT
    if after == len(old) - end == len(new) - new_end:
        after = CONTEXT
    return min(CONTEXT, before) + min(CONTEXT, after)


# ------------------------------------------------------------ without it


def _place_by_count(sites: list[_Site]) -> None:
    """Rule 1: texts with as many occurrences as places go to them in order."""
    by_text: dict[str, list[_Site]] = {}
    for site in sites:
        by_text.setdefault(site.text, []).append(site)
    for group in by_text.values():
        if group[0].candidates and len(group[0].candidates) == len(group):
            for site, new_start in zip(group, group[0].candidates, strict=True):
                site.new_start = new_start


def _farther(a: _Site, b: _Site) -> _Site:
    """The one of two sites that reaches farther into the old text."""
    return b if b.end > a.end else a


class _LostRanges:
    """Old-text ranges of lost spans, each the mark of an edit somewhere inside it."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [s for s, _ in self._ranges]
        self._max_end = list(accumulate((e for _, e in self._ranges), max))

    def deleted_between(self, lo: int, hi: int) -> int | None:
        """Characters lost inside the stretch ``[lo, hi]`` (0: none), or None if one crosses it.

        The stretch lies between a span and a placed neighbour. Ranges wholly
        inside it may have been deleted, which moves the span by their
        length; a range across one of its ends says nothing usable.
        """
        first = bisect_left(self._starts, lo)
        if first > 0 and self._max_end[first - 1] > lo:
            return None  # starts before the stretch and reaches into it
        last = bisect_right(self._starts, hi)
        deleted, covered_to = 0, lo
        for start, end in self._ranges[first:last]:
            if end > hi:
                return None
            deleted += max(0, end - max(start, covered_to))
            covered_to = max(covered_to, end)
        return deleted


class _Relocator:
    """Places, without the old text, the sites rule 1 left, in old-text order."""

    def __init__(self, new_text: str, sites: list[_Site]) -> None:
        self.new_text = new_text
        self.sites = sites
        self.lost = _LostRanges((s.start, s.end) for s in sites if not s.candidates)
        counted = [s for s in sites if s.new_start is not None]
        self.counted = counted
        self.counted_starts = [s.start for s in counted]
        # For rule 2: among counted sites starting at or before a point, the one reaching
        # farthest (a span inside any counted span is inside that one).
        self.reach: list[_Site] = list(accumulate(counted, _farther))
        self.reasons: dict[int, str] = {}  # id(site) -> why it was not placed

    def run(self) -> None:
        """Place every site that evidence allows; note a reason for every other."""
        before: _Site | None = None
        for site in self.sites:
            if site.new_start is None:
                if not site.candidates:
                    self.reasons[id(site)] = _lost_reason(self.new_text, site)
                    continue
                site.new_start = self._decide(site, before)
            if site.new_start is not None:
                before = site

    def _decide(self, site: _Site, before: _Site | None) -> int | None:
        """Rules 2 and 3 for one site (``before``: the last site placed); None if none decides."""
        inside = self._inside(site)
        if inside is not None:
            return inside
        k = bisect_right(self.counted_starts, site.start)
        after = self.counted[k] if k < len(self.counted) else None
        shifts, assumed = self._estimated_shifts(site, before, after)
        many = _many(site)
        if not shifts:
            self.reasons[id(site)] = f"{many}, and the text changed between it and the " \
                                     "spans placed around it"
            return None
        between = self._between(site, shifts)
        if len(between) == 1:
            return between[0]
        if between:
            self.reasons[id(site)] = f"{many}, {len(between)} of them where it may have moved"
            return None
        near = None if assumed else self._clearly_nearest(site, shifts)
        if near is None:
            self.reasons[id(site)] = f"{many}, none clearly nearest to where it was"
        return near

    def _inside(self, site: _Site) -> int | None:
        """Rule 2: the start inside the counted span that contains ``site``, if any."""
        n = bisect_right(self.counted_starts, site.start)
        if n == 0:
            return None
        outer = self.reach[n - 1]
        if outer.end < site.end:
            return None
        new_start = site.start + outer.shift
        return new_start if site.has(new_start) else None

    def _estimated_shifts(self, site: _Site, before: _Site | None,
                          after: _Site | None) -> tuple[list[int], bool]:
        """Shifts the neighbours suggest, and whether one assumes lost spans were deleted.

        A neighbour counts when no lost span lies between it and ``site``,
        or when those that do lie wholly between (then assumed deleted).
        With no neighbour at all, the start of the text (shift 0) is one.
        """
        sides: list[tuple[int, int | None, int]] = []  # (shift, characters deleted, sign)
        if before is None and after is None:
            sides.append((0, self.lost.deleted_between(0, site.start), -1))
        if before is not None:
            deleted = 0 if before.end > site.start else \
                self.lost.deleted_between(before.end, site.start)
            sides.append((before.shift, deleted, -1))
        if after is not None:
            deleted = 0 if after.start < site.end else \
                self.lost.deleted_between(site.end, after.start)
            sides.append((after.shift, deleted, +1))
        shifts = [shift + sign * deleted for shift, deleted, sign in sides
                  if deleted is not None]
        return shifts, any(deleted for _, deleted, _ in sides)

    @staticmethod
    def _between(site: _Site, shifts: list[int]) -> list[int]:
        """Candidates between the positions the shifts give (both included)."""
        lo, hi = site.start + min(shifts), site.start + max(shifts)
        return site.candidates[bisect_left(site.candidates, lo):
                               bisect_right(site.candidates, hi)]

    @staticmethod
    def _clearly_nearest(site: _Site, shifts: list[int]) -> int | None:
        """The candidate *d* <= TOLERANCE from the estimates, others 3 *d* + TOLERANCE away.

        Measured on random word insertions, a smaller margin picks a copy
        of the word inside the inserted text too often.
        """
        lo, hi = site.start + min(shifts), site.start + max(shifts)

        def distance(p: int) -> int:
            return lo - p if p < lo else max(0, p - hi)

        cands = site.candidates  # the nearest lie just outside [lo, hi], which holds none
        first, last = bisect_left(cands, lo), bisect_right(cands, hi)
        near = sorted(cands[max(0, first - 2):first] + cands[last:last + 2], key=distance)[:2]
        gaps = [distance(p) for p in near]
        if gaps[0] <= TOLERANCE and (len(gaps) == 1 or gaps[1] >= 3 * gaps[0] + TOLERANCE):
            return near[0]
        return None


def relocate_spans(new_text: str, spans: Iterable[Span], *,
                   old_text: str | None = None) -> Relocation:
    """Place each span on ``new_text`` where the evidence puts it; see the module docstring.

    ``old_text``, the text the spans were made on, is optional: with it, the
    texts are compared instead of guessing from the spans alone.
    """
    spans = sorted(spans, key=span_sort_key)
    sites = _sites(new_text, spans)
    if old_text is not None:
        comparison = _Comparison(old_text, new_text)
        comparison.run(sites)
        reasons = comparison.reasons
    else:
        _place_by_count(sites)
        relocator = _Relocator(new_text, sites)
        relocator.run()
        reasons = relocator.reasons
    site_of = {id(span): site for site in sites for span in site.spans}
    result = Relocation()
    for span in spans:
        site = site_of[id(span)]
        if site.new_start is None:
            result.unplaced.append(span)
            result.reasons[span.id] = reasons[id(site)]
            continue
        if site.new_start != span.start:
            result.moved += 1
        result.placed.append(span.with_changes(start=site.new_start,
                                               end=site.new_start + len(span.text)))
    return result


@dataclass
class Reattached:
    """An annotation set moved onto a new text, and what could not come along (and why)."""

    annotations: AnnotationSet
    unplaced_spans: list[Span]
    unplaced_relations: list[Relation]
    moved: int
    reasons: dict[str, str] = field(default_factory=dict)  # unplaced span id -> why
    relation_reasons: dict[str, str] = field(default_factory=dict)  # relation id -> why


def reattach(ann: AnnotationSet, new_text: str, *, old_text: str | None = None) -> Reattached:
    """A copy of ``ann`` relocated onto ``new_text`` with its hash updated.

    Relations whose head or tail could not be placed are returned in
    ``unplaced_relations`` together with the unplaced spans, so a relation
    is never lost because one of its spans was. ``old_text`` as in
    :func:`relocate_spans`.
    """
    moved = relocate_spans(new_text, ann.spans.values(), old_text=old_text)
    placed = {s.id: s for s in moved.placed}
    keep = {r.id: r for r in ann.relations.values() if r.head in placed and r.tail in placed}
    lost = [r for r in ann.sorted_relations() if r.id not in keep]
    result = AnnotationSet(document_id=ann.document_id, annotator=ann.annotator,
                           text_sha256=sha256_text(new_text), spans=placed, relations=keep,
                           status=ann.status, extra=dict(ann.extra))
    return Reattached(result, moved.unplaced, lost, moved.moved, moved.reasons,
                      {r.id: _relation_reason(r, placed) for r in lost})


def _relation_reason(rel: Relation, placed: dict[str, Span]) -> str:
    """Why ``rel`` could not come along: which of its spans was not placed."""
    missing = [f"its {end} span {span_id}" for end, span_id in (("head", rel.head),
                                                                ("tail", rel.tail))
               if span_id not in placed]
    return " and ".join(missing) + (" were" if len(missing) > 1 else " was") + " not placed"

"""The review queue of one document: which pending suggestion comes next, and conflicts.

Qt-free rules behind the Review keys (Return accepts, X rejects, both move
on; N / Shift+N move without deciding):

- A queue item is one extent ``[start, end)`` with its pending suggestions.
  Two suggestions on the same extent with different labels (القاهرة as
  ACTOR and as LOCATION) are one item with alternatives, highest score
  first: Return takes the first, a label key picks another, and the rest
  are rejected in the same step (:func:`resolve_conflict`).
- Items come in reading order, or lowest score first (the doubtful ones
  while attention is fresh). In reading order a claim's pending SOURCE (the
  actor its suggested link points to) comes right after the claim, so a
  sourced claim costs two keys: accepting the claim, then its source,
  accepts the link between them too (see
  :func:`annotator.suggest.review.with_relations`).
- A :class:`QueueFilter` keeps only some labels, origins or a score range.

Moving past the last item is the caller's business (the window goes on to
the next document with pending items and says when the project ends):
:func:`step` never wraps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter

from annotator.core.edits import Batch, Edit, SetDocStatus
from annotator.core.model import AnnotationSet, DocStatus, Span, Status, span_sort_key
from annotator.suggest import review

SortKey = tuple[int, int, str, str]
READING_ORDER = "reading"
LOWEST_SCORE_FIRST = "score"
ORDERS = (READING_ORDER, LOWEST_SCORE_FIRST)


@dataclass(frozen=True)
class QueueFilter:
    """Which pending suggestions the queue serves, and in which order.

    ``label`` / ``origin``: only that one (None: all). ``min_score`` /
    ``max_score``: an inclusive range; a suggestion without a score passes
    only when no bound is set.
    """

    label: str | None = None
    origin: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    order: str = READING_ORDER

    def matches(self, span: Span) -> bool:
        """True when ``span`` passes the label, origin and score conditions."""
        if self.label is not None and span.label != self.label:
            return False
        if self.origin is not None and span.origin != self.origin:
            return False
        if self.min_score is None and self.max_score is None:
            return True
        if span.score is None:
            return False
        low = self.min_score if self.min_score is not None else float("-inf")
        high = self.max_score if self.max_score is not None else float("inf")
        return low <= span.score <= high

    @property
    def is_default(self) -> bool:
        """True when nothing is filtered out and the order is the reading order."""
        return self == QueueFilter()


@dataclass(frozen=True)
class QueueItem:
    """One extent's pending suggestions, highest score first (several: a conflict)."""

    spans: tuple[Span, ...]

    @property
    def first(self) -> Span:
        """The suggestion Return accepts: the highest score."""
        return self.spans[0]

    @property
    def is_conflict(self) -> bool:
        """True when several labels are suggested for the same extent."""
        return len(self.spans) > 1

    @cached_property
    def ids(self) -> frozenset[str]:
        """Ids of every alternative."""
        return frozenset(s.id for s in self.spans)

    @property
    def score(self) -> float:
        """The best alternative's score (-1 without one: unscored suggestions sort first)."""
        return max((s.score for s in self.spans if s.score is not None), default=-1.0)

    def alternative(self, label: str) -> Span | None:
        """The alternative labelled ``label``, if any."""
        return next((s for s in self.spans if s.label == label), None)


def _by_score(span: Span) -> tuple[float, tuple[int, int, str, str]]:
    return (-(span.score if span.score is not None else -1.0), span_sort_key(span))


def queue_items(ann: AnnotationSet | None, flt: QueueFilter | None = None) -> list[QueueItem]:
    """The document's queue: pending suggestions grouped by extent, filtered and ordered.

    One pass over the spans and one sort (10 ms for 3,000 pending among
    10,000 spans): the window calls it after every decision.
    """
    if ann is None:
        return []
    flt = flt or QueueFilter()
    everything = flt.is_default
    groups: dict[tuple[int, int], list[Span]] = {}
    suggested = Status.SUGGESTED
    for span in ann.spans.values():
        if span.status is suggested and (everything or flt.matches(span)):
            groups.setdefault((span.start, span.end), []).append(span)
    keyed = []
    for group in groups.values():
        if len(group) > 1:
            group.sort(key=_by_score)
        keyed.append((span_sort_key(group[0]), QueueItem(tuple(group))))
    keyed.sort(key=itemgetter(0))
    if flt.order == LOWEST_SCORE_FIRST:
        items = [item for _key, item in keyed]
        items.sort(key=lambda it: it.score)  # stable: ties stay in reading order
        return items
    return _sources_follow_claims(ann, keyed)


def _sources_follow_claims(ann: AnnotationSet,
                           keyed: list[tuple[SortKey, QueueItem]]) -> list[QueueItem]:
    """Reading order, except that a pending source comes right after its claim.

    The source is anchored at the claim's place as long as their suggested
    SOURCE link is pending and the claim is not rejected, also once the
    claim is accepted: the order stays the same while the analyst decides,
    so "the next item" never jumps over items still to come.
    """
    anchors: dict[str, SortKey] = {}
    for rel in ann.relations.values():
        if rel.status is not Status.SUGGESTED or rel.type != "SOURCE":
            continue
        claim = ann.spans.get(rel.head)
        if claim is None or claim.status is Status.REJECTED or rel.head == rel.tail:
            continue
        key = span_sort_key(claim)
        anchors[rel.tail] = min(key, anchors.get(rel.tail, key))
    if not anchors:
        return [item for _key, item in keyed]

    def place(pair: tuple[SortKey, QueueItem]) -> tuple[SortKey, int, SortKey]:
        own, item = pair
        found = [anchors[s.id] for s in item.spans if s.id in anchors]
        if not found:
            return (own, 0, own)
        return (min(found), 1, own)  # right after the claim, wherever it stands in the text

    return [item for _key, item in sorted(keyed, key=place)]


def decided_count(ann: AnnotationSet | None, flt: QueueFilter | None = None) -> int:
    """Extents whose suggestions (under ``flt``) were all decided: the queue's done part."""
    if ann is None:
        return 0
    flt = flt or QueueFilter()
    open_: set[tuple[int, int]] = set()
    closed: set[tuple[int, int]] = set()
    for span in ann.spans.values():
        if not review.is_suggestion(span) or not flt.matches(span):
            continue
        (open_ if span.status is Status.SUGGESTED else closed).add((span.start, span.end))
    return len(closed - open_)


def item_at(ann: AnnotationSet | None, span: Span) -> QueueItem | None:
    """The unfiltered queue item on ``span``'s extent (its alternatives), if it is pending."""
    if ann is None or span.status is not Status.SUGGESTED:
        return None
    group = [s for s in ann.spans.values() if s.status is Status.SUGGESTED
             and s.start == span.start and s.end == span.end]
    return QueueItem(tuple(sorted(group, key=_by_score))) if group else None


def position(items: Sequence[QueueItem], span_id: str | None) -> int | None:
    """Index of the item holding ``span_id`` (None when it is not in the queue)."""
    if span_id is None:
        return None
    return next((i for i, item in enumerate(items) if span_id in item.ids), None)


def step(items: Sequence[QueueItem], current: Span | None, cursor: int,
         delta: int) -> QueueItem | None:
    """The item after (``delta`` +1) or before (-1) ``current``, else from the cursor; no wrap.

    ``current`` need not be in the queue any more (just decided): its place
    in reading order decides what comes next. None at the end of the queue.
    """
    if not items:
        return None
    if current is not None:
        here = position(items, current.id)
        if here is not None:
            i = here + delta
            return items[i] if 0 <= i < len(items) else None
        key = span_sort_key(current)
        if delta > 0:
            return next((it for it in items if span_sort_key(it.first) > key), None)
        return next((it for it in reversed(items) if span_sort_key(it.first) < key), None)
    if delta > 0:
        return next((it for it in items if it.first.start >= cursor), None)
    return next((it for it in reversed(items) if it.first.start < cursor), None)


def next_after_decision(before: Sequence[QueueItem], after: Sequence[QueueItem],
                        decided: str) -> QueueItem | None:
    """The item that follows the one holding ``decided`` in ``before``, as it is in ``after``.

    ``before`` is the queue just before a decision, ``after`` just after it:
    the next item is the first later one in ``before`` that is still
    pending. Following the queue's own order matters where it differs from
    reading order (a claim's source comes after the claim, even when it
    stands earlier in the text). None when nothing later is pending, or when
    ``decided`` was not in ``before``.
    """
    here = position(before, decided)
    if here is None:
        return None
    for item in before[here + 1:]:
        for sid in item.ids:
            i = position(after, sid)
            if i is not None:
                return after[i]
    return None


def resolve_conflict(ann: AnnotationSet, item: QueueItem, chosen: Span, *, text: str,
                     reviewer: str) -> Batch:
    """Accept ``chosen`` and reject the item's other alternatives: one undo step.

    The chosen span's links follow it (accepted where the other end is
    accepted); the rejected alternatives' suggested links are rejected.
    """
    accept = review.with_relations(ann, review.accept_suggestion(text, chosen, reviewer),
                                   reviewer=reviewer)
    parts: list[Edit] = list(accept.edits) if isinstance(accept, Batch) else [accept]
    for other in item.spans:
        if other.id != chosen.id:
            parts.append(review.reject(other, reviewer=reviewer))
            parts.extend(review.relations_to_reject(ann, other.id, reviewer=reviewer))
    return Batch(tuple(parts), f"Accept {chosen.label}, reject {len(item.spans) - 1} "
                               "alternatives")


def reject_all_pending(ann: AnnotationSet, reviewer: str, then_done: bool) -> Batch:
    """Reject every pending suggestion and suggested link (and mark done): one undo step."""
    parts: list[Edit] = [
        review.reject(s, reviewer=reviewer)
        for s in ann.sorted_spans()
        if s.status is Status.SUGGESTED
    ]
    parts += [
        review.set_relation_status(r, Status.REJECTED, reviewer=reviewer)
        for r in review.pending_relations(ann)
    ]
    decided = len(parts)
    if then_done and ann.status is not DocStatus.DONE:
        parts.append(SetDocStatus(ann.status, DocStatus.DONE))
        return Batch(tuple(parts), f"Reject {decided} pending and mark done")
    return Batch(tuple(parts), f"Reject {decided} pending")


class SteadyQueue:
    """One document's queue under a filter, in an order kept while the analyst decides.

    The order is taken when the document opens (:meth:`reset`), the filter
    changes or new suggestions arrive, and kept while the analyst decides:
    deciding a claim can move its source's natural place, but must not make
    the queue jump over items still to come. Results are cached per
    :attr:`AnnotationSet.suggestions_version`, since one keypress asks several
    times (and tagging by hand leaves the queue as it is).
    """

    def __init__(self) -> None:
        self.filter = QueueFilter()
        self._order: dict[str, int] | None = None  # span id -> place in the queue
        # Keyed by the annotations' id, document and suggestions_version, and the filter.
        self._cache: tuple[tuple[object, ...], list[QueueItem]] | None = None
        self._decided: tuple[tuple[object, ...], int] | None = None
        self._held: AnnotationSet | None = None

    def reset(self) -> None:
        """Forget the order (another document, or another filter)."""
        self._order = None

    def set_filter(self, flt: QueueFilter) -> None:
        """Serve only what ``flt`` selects, in its order."""
        self.filter = flt
        self._order = None

    def items(self, ann: AnnotationSet | None) -> list[QueueItem]:
        """The queue of ``ann`` under the filter, in the steady order."""
        key = (id(ann), ann.document_id if ann is not None else None,
               ann.suggestions_version if ann is not None else None, self.filter)
        cached = self._cache
        if ann is not None and cached is not None and cached[0] == key:
            return cached[1]
        items = queue_items(ann, self.filter)
        order = self._order
        if order is None or any(s.id not in order for it in items for s in it.spans):
            self._order = order = {s.id: i for i, it in enumerate(items) for s in it.spans}
        items = sorted(items, key=lambda it: min(order[s.id] for s in it.spans))
        self._cache = (key, items)
        self._held = ann  # alive while cached, so that no other set can reuse its id
        return items

    def decided(self, ann: AnnotationSet | None) -> int:
        """:func:`decided_count` under the filter, once per state of the annotations."""
        cached = self._cache
        if cached is None:
            return decided_count(ann, self.filter)
        if self._decided is None or self._decided[0] != cached[0]:
            self._decided = (cached[0], decided_count(ann, self.filter))
        return self._decided[1]

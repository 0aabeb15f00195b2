"""The review queue's rules (Qt-free): grouping conflicts, order, sources after claims, no wrap."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.edits import AddRelation, AddSpan, apply_edit, make_relation
from annotator.core.model import AnnotationSet, Status
from annotator.suggest.base import suggested_span
from annotator.suggest.queue import (
    LOWEST_SCORE_FIRST,
    QueueFilter,
    queue_items,
    resolve_conflict,
    step,
)

TEXT = "قال وزير الخارجية إن القاهرة وليبيا اتفقتا على فتح الحدود."


def _ann(*spans):
    ann = AnnotationSet("d", "t", "")
    for span in spans:
        apply_edit(TEXT, ann, AddSpan(span))
    return ann


def _s(word: str, label: str, score: float | None, origin: str = "dictionary@1"):
    start = TEXT.index(word)
    return suggested_span(TEXT, start, start + len(word), label, origin=origin, score=score)


def test_same_extent_different_labels_is_one_item_highest_score_first():
    actor, place = _s("القاهرة", "ACTOR", 0.4), _s("القاهرة", "LOCATION", 0.8)
    libya = _s("ليبيا", "LOCATION", 0.7)
    items = queue_items(_ann(actor, place, libya))
    assert [it.first.id for it in items] == [place.id, libya.id]
    assert items[0].is_conflict and items[0].alternative("ACTOR") == actor


def test_resolving_a_conflict_accepts_one_and_rejects_the_rest_in_one_batch():
    actor, place = _s("القاهرة", "ACTOR", 0.4), _s("القاهرة", "LOCATION", 0.8)
    ann = _ann(actor, place)
    item = queue_items(ann)[0]
    inverse = apply_edit(TEXT, ann, resolve_conflict(ann, item, actor, text=TEXT, reviewer="r"))
    assert ann.spans[actor.id].status is Status.ACCEPTED
    assert ann.spans[place.id].status is Status.REJECTED
    apply_edit(TEXT, ann, inverse)
    assert {s.status for s in ann.spans.values()} == {Status.SUGGESTED}


def test_filter_and_lowest_score_first():
    a, b, c = _s("وزير", "ACTOR", 0.9), _s("القاهرة", "LOCATION", 0.3, "model@1"), \
        _s("ليبيا", "LOCATION", 0.6)
    ann = _ann(a, b, c)
    assert [it.first for it in queue_items(ann, QueueFilter(order=LOWEST_SCORE_FIRST))] == \
        [b, c, a]
    assert [it.first for it in queue_items(ann, QueueFilter(label="LOCATION"))] == [b, c]
    assert [it.first for it in queue_items(ann, QueueFilter(origin="model@1"))] == [b]
    assert [it.first for it in queue_items(ann, QueueFilter(min_score=0.5, max_score=0.8))] \
        == [c]


def test_a_claims_pending_source_follows_the_claim():
    claim = _s("القاهرة وليبيا اتفقتا", "CLAIM", 0.5, "claims@1")
    minister = _s("وزير الخارجية", "ACTOR", 0.5, "claims@1")
    libya = _s("الحدود", "LOCATION", 0.9)
    ann = _ann(minister, claim, libya)
    apply_edit(TEXT, ann, AddRelation(make_relation("SOURCE", claim, minister,
                                                    origin="claims@1",
                                                    status=Status.SUGGESTED)))
    order = [it.first.id for it in queue_items(ann)]
    assert order == [claim.id, minister.id, libya.id]


def test_step_never_wraps():
    a, b = _s("وزير", "ACTOR", 0.9), _s("ليبيا", "LOCATION", 0.6)
    items = queue_items(_ann(a, b))
    assert step(items, b, 0, +1) is None and step(items, a, 0, -1) is None
    assert step(items, a, 0, +1).first == b


@given(st.lists(st.sampled_from(["وزير", "الخارجية", "القاهرة", "ليبيا", "الحدود"]),
                min_size=1, max_size=5, unique=True),
       st.lists(st.floats(0, 1), min_size=5, max_size=5))
def test_walking_the_queue_visits_every_item_once(words, scores):
    ann = _ann(*(_s(w, "LOCATION", sc) for w, sc in zip(words, scores, strict=False)))
    items = queue_items(ann)
    seen, current = [], None
    while True:
        nxt = step(items, current, 0, +1)
        if nxt is None:
            break
        seen.append(nxt.first.id)
        current = nxt.first
    assert sorted(seen) == sorted(it.first.id for it in items) and len(seen) == len(items)


def test_the_order_stays_put_while_deciding_a_sourced_claim():
    from annotator.suggest.queue import next_after_decision
    from annotator.suggest.review import accept

    minister = _s("وزير الخارجية", "ACTOR", 0.5, "claims@1")
    cairo = _s("القاهرة", "LOCATION", 0.9)
    claim = _s("القاهرة وليبيا اتفقتا", "CLAIM", 0.5, "claims@1")
    later = _s("الحدود", "LOCATION", 0.9)
    ann = _ann(minister, cairo, claim, later)
    apply_edit(TEXT, ann, AddRelation(make_relation("SOURCE", claim, minister,
                                                    origin="claims@1",
                                                    status=Status.SUGGESTED)))
    before = queue_items(ann)
    assert [it.first.id for it in before] == [claim.id, minister.id, cairo.id, later.id]
    apply_edit(TEXT, ann, accept(claim))
    after = queue_items(ann)
    assert [it.first.id for it in after] == [minister.id, cairo.id, later.id]  # still next
    assert next_after_decision(before, after, claim.id).first.id == minister.id
    apply_edit(TEXT, ann, accept(ann.spans[minister.id]))
    assert next_after_decision(after, queue_items(ann), minister.id).first.id == cairo.id


def test_the_steady_queue_keeps_its_order_until_the_filter_changes():
    from annotator.suggest.queue import SteadyQueue
    from annotator.suggest.review import accept

    low, high = _s("القاهرة", "LOCATION", 0.3), _s("ليبيا", "LOCATION", 0.6)
    minister = _s("وزير", "ACTOR", 0.9)
    ann = _ann(minister, low, high)
    steady = SteadyQueue()
    steady.set_filter(QueueFilter(order=LOWEST_SCORE_FIRST))
    assert [it.first.id for it in steady.items(ann)] == [low.id, high.id, minister.id]
    assert steady.decided(ann) == 0
    version = ann.suggestions_version
    apply_edit(TEXT, ann, accept(low))
    assert ann.suggestions_version != version  # what the cache is keyed by
    assert [it.first.id for it in steady.items(ann)] == [high.id, minister.id]
    assert steady.decided(ann) == 1
    steady.set_filter(QueueFilter(label="ACTOR"))
    assert [it.first.id for it in steady.items(ann)] == [minister.id]
    assert steady.decided(ann) == 0  # no ACTOR decided yet


def test_rejecting_all_pending_and_marking_done_is_one_step_with_an_inverse():
    from annotator.core.model import DocStatus
    from annotator.suggest.queue import reject_all_pending

    claim = _s("القاهرة وليبيا اتفقتا", "CLAIM", 0.5, "claims@1")
    minister = _s("وزير الخارجية", "ACTOR", 0.5, "claims@1")
    ann = _ann(claim, minister)
    apply_edit(TEXT, ann, AddRelation(make_relation("SOURCE", claim, minister, origin="claims@1",
                                                    status=Status.SUGGESTED)))
    batch = reject_all_pending(ann, "r", then_done=True)
    inverse = apply_edit(TEXT, ann, batch)
    assert {s.status for s in ann.spans.values()} == {Status.REJECTED}
    assert {r.status for r in ann.relations.values()} == {Status.REJECTED}
    assert ann.status is DocStatus.DONE
    apply_edit(TEXT, ann, inverse)
    assert {s.status for s in ann.spans.values()} == {Status.SUGGESTED}
    assert ann.status is not DocStatus.DONE

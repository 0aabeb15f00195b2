"""Properties of the review rules: walking suggestions, edits that keep what was suggested."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.edits import load_items
from annotator.core.model import Status, span_sort_key
from annotator.suggest.base import suggested_span
from annotator.suggest.decisions import accept_edit, relabel_edit, resize_edit, step_suggestion
from annotator.suggest.review import was_edited

TEXT = "قال وزير الخارجية إن الجزائر وليبيا اتفقتا في طرابلس على فتح الحدود." * 3

ranges = st.lists(st.tuples(st.integers(0, len(TEXT) - 2), st.integers(1, 6),
                            st.sampled_from(["ACTOR", "LOCATION"])),
                  min_size=1, max_size=12)


def _spans(items):
    out = {}
    for start, length, label in items:
        end = min(start + length, len(TEXT))
        out[(start, end, label)] = suggested_span(TEXT, start, end, label, origin="t@1")
    return sorted(out.values(), key=span_sort_key)


@given(ranges)
def test_next_visits_every_suggestion_in_text_order_and_wraps(items):
    spans = _spans(items)
    current = step_suggestion(spans, None, 0, +1)
    seen = []
    for _ in range(len(spans)):
        seen.append(current)
        current = step_suggestion(spans, current, 0, +1)
    assert seen == spans
    assert current == spans[0]  # wrapped


@given(ranges, st.integers(0, len(TEXT)))
def test_previous_undoes_next(items, cursor):
    spans = _spans(items)
    here = step_suggestion(spans, None, cursor, +1)
    assert step_suggestion(spans, step_suggestion(spans, here, cursor, +1), cursor, -1) == here


@given(st.integers(0, 20), st.integers(1, 8))
def test_editing_then_accepting_is_edited_and_undoing_the_edit_is_not(start, length):
    span = suggested_span(TEXT, 21, 28, "LOCATION", origin="dictionary@1")
    end = min(start + length, len(TEXT))
    moved = resize_edit(TEXT, span, start, end).after
    relabelled = relabel_edit(TEXT, moved, "ACTOR").after
    assert relabelled.status is Status.SUGGESTED
    accepted = accept_edit(TEXT, relabelled, "rev").after
    assert accepted.status is Status.ACCEPTED and was_edited(accepted)
    back = relabel_edit(TEXT, resize_edit(TEXT, relabelled, 21, 28).after, "LOCATION").after
    plain = accept_edit(TEXT, back, "rev").after
    assert plain.status is Status.ACCEPTED and not was_edited(plain)
    assert plain.origin == "dictionary@1"


# ------------------------------------------------------------------ links follow their spans

_STATUSES = st.sampled_from([Status.SUGGESTED, Status.ACCEPTED, Status.REJECTED])


def _linked_set(span_statuses, links):
    """Spans with the given statuses; suggested links (i -> j) between distinct spans."""
    from annotator.core.edits import make_relation
    from annotator.core.model import AnnotationSet
    ann = AnnotationSet("d", "ann", "x")
    spans = []
    for i, status in enumerate(span_statuses):
        span = suggested_span(TEXT, i, i + 1, "ACTOR", origin="t@1").with_changes(status=status)
        load_items(ann, spans=[span])
        spans.append(span)
    pairs = {(i % len(spans), j % len(spans)) for i, j in links}  # one link per pair
    for i, j in sorted(pairs):
        if i != j:
            rel = make_relation("SOURCE", spans[i], spans[j], origin="t@1",
                                status=Status.SUGGESTED)
            load_items(ann, relations=[rel])
    return ann, spans


linked = st.tuples(st.lists(_STATUSES, min_size=2, max_size=8),
                   st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=10),
                   st.integers(0, 7))


@given(linked)
def test_a_span_decision_decides_exactly_the_links_it_should(case):
    from annotator.core.edits import apply_edit
    from annotator.suggest.review import accept, reject, with_relations
    statuses, links, pick = case
    for decide, want in ((accept, Status.ACCEPTED), (reject, Status.REJECTED)):
        ann, spans = _linked_set(statuses, links)
        span = spans[pick % len(spans)]
        before_rels = dict(ann.relations)
        before_spans = dict(ann.spans)
        inverse = apply_edit(TEXT, ann, with_relations(ann, decide(span, reviewer="r"),
                                                       reviewer="r"))
        assert ann.relations.keys() == before_rels.keys()  # nothing deleted or added
        for rid, old in before_rels.items():
            new = ann.relations[rid].status
            touches = span.id in (old.head, old.tail)
            ends_accepted = all(ann.spans[e].status is Status.ACCEPTED
                                for e in (old.head, old.tail))
            if not touches:
                assert new is Status.SUGGESTED
            elif want is Status.REJECTED:
                assert new is Status.REJECTED
            else:  # accepted exactly when the other end is accepted too
                assert new is (Status.ACCEPTED if ends_accepted else Status.SUGGESTED)
        apply_edit(TEXT, ann, inverse)  # one step back restores everything
        assert ann.relations == before_rels and ann.spans == before_spans


@given(linked)
def test_bulk_accept_leaves_no_suggested_link_between_accepted_spans(case):
    from annotator.core.edits import apply_edit
    from annotator.suggest.review import bulk_accept_edits
    statuses, links, _pick = case
    ann, _spans = _linked_set(statuses, links)
    before = {rid: r.status for rid, r in ann.relations.items()}
    apply_edit(TEXT, ann, bulk_accept_edits(ann, reviewer="r"))
    for rid, rel in ann.relations.items():
        both = all(ann.spans[e].status is Status.ACCEPTED for e in (rel.head, rel.tail))
        # Links between spans accepted earlier (a person's own order) are left alone.
        touched = any(dict(zip([s.id for s in _spans], statuses, strict=True))[e]
                      is Status.SUGGESTED for e in (rel.head, rel.tail))
        if both and touched:
            assert rel.status is Status.ACCEPTED
        else:
            assert rel.status is before[rid]

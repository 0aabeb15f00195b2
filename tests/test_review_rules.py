"""Properties of the review rules: walking suggestions, edits that keep what was suggested."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.model import Status, span_sort_key
from annotator.suggest.base import suggested_span
from annotator.suggest.review import was_edited
from annotator.ui.review_actions import accept_edit, relabel_edit, resize_edit, step_suggestion

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

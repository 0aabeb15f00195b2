"""Property tests of the view's Qt-free logic: span index, underline tracks, caret steps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.arabic import word_tokens
from annotator.core.model import Span, Status
from annotator.core.text import boundary_problem
from annotator.ui.view_index import SpanIndex, assign_tracks
from annotator.ui.view_keys import next_char, next_word_end, prev_char, prev_word_start, step
from tests.strategies import hostile_text


@st.composite
def span_lists(draw, max_pos: int = 60):
    n = draw(st.integers(0, 25))
    spans = []
    for i in range(n):
        a = draw(st.integers(0, max_pos - 1))
        b = draw(st.integers(a + 1, max_pos))
        status = draw(st.sampled_from(list(Status)))
        spans.append(Span(f"s{i}", a, b, "ACTOR", "x" * (b - a), status=status))
    return spans


@given(span_lists())
def test_overlapping_spans_never_share_a_track(spans):
    tracks = assign_tracks(spans)
    for s in spans:
        for t in spans:
            if s.id < t.id and s.start < t.end and t.start < s.end:
                assert tracks[s.id] != tracks[t.id]


@given(span_lists())
def test_tracks_are_compact(spans):
    """A span on track k overlaps spans on every track below k (greedy, no wasted bars)."""
    tracks = assign_tracks(spans)
    for s in spans:
        below = {tracks[t.id] for t in spans
                 if t.id != s.id and t.start < s.end and s.start < t.end}
        assert set(range(tracks[s.id])) <= below


@given(span_lists(), st.integers(-2, 62), st.integers(0, 10))
def test_index_queries_match_brute_force(spans, pos, width):
    index = SpanIndex(spans)
    drawn = [s for s in spans if s.status is not Status.REJECTED]
    want_at = sorted((s for s in drawn if s.start <= pos < s.end),
                     key=lambda s: (s.end - s.start, -s.start, s.id))
    assert [s.id for s in index.at(pos)] == [s.id for s in want_at]
    end = pos + width
    got = {s.id for s, _ in index.overlapping(pos, end)}
    assert got == {s.id for s in drawn if s.start < end and s.end > pos}
    assert len(index) == len(drawn)


@settings(max_examples=200)
@given(hostile_text, st.data())
def test_char_steps_land_on_valid_boundaries_and_progress(text, data):
    pos = data.draw(st.integers(0, len(text)))
    fwd, back = next_char(text, pos), prev_char(text, pos)
    assert pos < fwd or pos == len(text) == fwd
    assert back < pos or pos == 0 == back
    for target in (fwd, back):
        assert boundary_problem(text, target) is None


@settings(max_examples=200)
@given(hostile_text, st.data())
def test_word_steps_stop_at_word_edges(text, data):
    pos = data.draw(st.integers(0, len(text)))
    starts = {t.start for t in word_tokens(text)} | {0}
    ends = {t.end for t in word_tokens(text)} | {len(text)}
    fwd = next_word_end(text, pos)
    back = prev_word_start(text, pos)
    assert fwd in ends and fwd >= pos
    assert back in starts and back <= pos
    # Nothing is skipped: no whole word lies strictly between pos and the target.
    assert not any(pos <= t.start and t.end < fwd for t in word_tokens(text))
    assert step(text, pos, forward=True, by_word=True) == fwd


def test_word_steps_in_arabic():
    text = "قال المتحدث إن الجزائر"
    assert next_word_end(text, 0) == 3
    assert next_word_end(text, 3) == len("قال المتحدث")
    assert prev_word_start(text, len(text)) == text.index("الجزائر")
    assert prev_word_start(text, text.index("الجزائر") + 2) == text.index("الجزائر")
    assert prev_word_start(text, 2) == 0
    long_word = "ب" * 5000
    assert prev_word_start("قال " + long_word, 4 + 5000) == 4


def _index_state(index: SpanIndex) -> list[tuple[str, int, int, int]]:
    return [(s.id, s.start, s.end, t) for s, t in index.overlapping(-10**9, 10**9)]


@settings(max_examples=300)
@given(span_lists(), st.data())
def test_incremental_update_equals_rebuild(spans, data):
    """updated() and updated_ids() after adds, removals, resizes, rejections == a fresh index."""
    index = by_ids = SpanIndex(spans)
    current = list(spans)
    for step_no in range(data.draw(st.integers(1, 6))):
        action = data.draw(st.sampled_from(["add", "remove", "resize", "reject", "same"]))
        touched: set[str] = set()
        if action == "add" or not current:
            a = data.draw(st.integers(0, 59))
            b = data.draw(st.integers(a + 1, 60))
            current.append(Span(f"n{step_no}-{len(current)}", a, b, "LOCATION", "x" * (b - a)))
            touched.add(current[-1].id)
        elif action == "remove":
            touched.add(current.pop(data.draw(st.integers(0, len(current) - 1))).id)
        elif action == "resize":
            i = data.draw(st.integers(0, len(current) - 1))
            b = data.draw(st.integers(current[i].start + 1, 61))
            current[i] = current[i].with_changes(end=b)
            touched.add(current[i].id)
        elif action == "reject":
            i = data.draw(st.integers(0, len(current) - 1))
            current[i] = current[i].with_changes(status=Status.REJECTED)
            touched.add(current[i].id)
        index = index.updated(current)
        by_ids = by_ids.updated_ids({s.id: s for s in current}, touched)
        fresh = SpanIndex(current)
        assert _index_state(index) == _index_state(fresh)
        assert _index_state(by_ids) == _index_state(fresh)
        assert len(index) == len(by_ids) == len(fresh)
        assert by_ids.dirty_ids <= touched
        for pos in range(0, 61, 7):
            assert [s.id for s in index.at(pos)] == [s.id for s in fresh.at(pos)]
            assert [s.id for s in by_ids.at(pos)] == [s.id for s in fresh.at(pos)]


def test_latin_opening_of_an_arabic_paragraph_is_detected():
    from annotator.ui.view_direction import opens_latin_but_reads_rtl as turn
    assert turn("AFP - قال المتحدث إن الجزائر ترفض")
    assert turn("(CNN) قال المتحدث")
    assert not turn("قال The minister said it was hard")  # opens Arabic: Qt is right already
    assert not turn("The minister said قال")  # mostly Latin
    assert not turn("١٢٣ 2024 ...")  # no letters at all
    assert not turn("AB مَ")  # marks do not vote: 1 Arabic letter against 2
    assert not turn("AB قا")  # a tie keeps Qt's choice

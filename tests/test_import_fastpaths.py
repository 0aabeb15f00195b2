"""The gold import's fast checks agree with the plain per-span checks they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Span
from annotator.core.schema import default_schema
from annotator.formats.codecs import importing
from annotator.formats.codecs.importing import ImportRecord, record_problem
from annotator.formats.import_checks import label_problem, score_problem

SCHEMA = default_schema()


def _reference(rec: ImportRecord) -> str | None:
    """record_problem's span loop as it was: every check on every span, nothing remembered."""
    for span in rec.spans:
        problem = label_problem(span.label) or importing._strings_problem(
            span.id, span.origin, span.canonical_id)
        if problem is None and span.score is not None:
            problem = score_problem(span.score)
        if problem is None and span.attributes:
            problem = importing._attribute_problem(SCHEMA, span)
        if problem:
            return f"span {span.id} ({span.label!r} {span.start}-{span.end}): {problem}"
    return None


LABELS = st.sampled_from(["ACTOR", "LOCATION", "CUE", "NEW", "A B", "x\ny", ""])
STRINGS = st.sampled_from(["s", "ث", "a\nb", "\ud800", "", "ok-1"])
VALUES = st.one_of(STRINGS, st.sampled_from(["state", "person", 3, 2.5, None, True, [1], {}]),
                   st.just(float("nan")))
ATTRIBUTES = st.dictionaries(st.sampled_from(["type", "role", "ث", "a\nb"]), VALUES, max_size=2)


@st.composite
def spans(draw: st.DrawFn) -> list[Span]:
    out = []
    for i in range(draw(st.integers(0, 6))):
        out.append(Span(id=draw(st.one_of(st.just(f"s{i}"), STRINGS)), start=0, end=1,
                        label=draw(LABELS), text="x", attributes=draw(ATTRIBUTES),
                        origin=draw(st.one_of(st.just(""), STRINGS)),
                        score=draw(st.one_of(st.none(), VALUES)),
                        canonical_id=draw(st.one_of(st.none(), STRINGS))))
    return out


@settings(max_examples=400, deadline=None)
@given(spans())
def test_record_problem_finds_the_first_problem_the_plain_checks_find(span_list: list[Span]
                                                                       ) -> None:
    rec = ImportRecord("d", "x", {}, span_list, [])
    assert record_problem(rec, SCHEMA) == _reference(rec)

"""Edits, undo and redo as a state machine over hostile text (hypothesis ``stateful``).

Random sequences of the edits the window makes (tag, remove with relations,
relabel, resize, accept/reject, attributes, relations, document status) with
undo and redo in between. After every step:

- a refused edit changed nothing (the set is exactly as before it);
- every span lies on valid boundaries of the text and holds its text; every
  relation joins two spans of the set;
- the set survives its file: encoded and read back, it is the same;
- undoing everything gives back the starting set, and redoing after an
  undo gives back the set before the undo.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from annotator.core import edits
from annotator.core.model import AnnotationSet, DocStatus, Document, Status
from annotator.core.schema import default_schema
from annotator.core.text import boundary_problem, snap_out
from annotator.formats.annotation_file import decode_annotations, encode_annotations
from tests.strategies import hostile_text

SCHEMA = default_schema()
LABELS = [lab.name for lab in SCHEMA.span_labels]
RELATIONS = [r.name for r in SCHEMA.relation_types]


def _state(ann: AnnotationSet) -> tuple[Any, ...]:
    """Everything an edit can change, comparable."""
    return (dict(ann.spans), dict(ann.relations), ann.status)


class EditMachine(RuleBasedStateMachine):
    """One document's annotation set under the window's edits, undo and redo."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.ann = AnnotationSet("d", "tester", Document(id="d", text="x").sha256)
        self.undo: list[edits.Edit] = []  # inverses, last done last
        self.redo: list[edits.Edit] = []
        self.start: tuple[Any, ...] = ()
        self.history: list[tuple[Any, ...]] = []  # the state before each undoable step
        self.made = 0  # ids are numbered: hypothesis needs the same draws for the same steps

    @initialize(text=hostile_text.filter(lambda t: len(t) >= 3))
    def open_document(self, text: str) -> None:
        self.text = text
        self.ann = AnnotationSet("d", "tester", Document(id="d", text=text).sha256)
        self.start = _state(self.ann)

    # ------------------------------------------------------------ doing

    def _do(self, edit: edits.Edit) -> None:
        before = _state(self.ann)
        try:
            inverse = edits.apply_edit(self.text, self.ann, edit, SCHEMA)
        except edits.EditError:
            assert _state(self.ann) == before, "a refused edit changed the set"
            event(f"{type(edit).__name__} refused")
            return
        event(f"{type(edit).__name__} applied")
        self.undo.append(inverse)
        self.history.append(before)
        self.redo.clear()

    def _span(self, data: st.DataObject) -> Any:
        return data.draw(st.sampled_from(sorted(self.ann.spans.values(), key=lambda s: s.id)))

    @rule(data=st.data(), label=st.sampled_from(LABELS),
          status=st.sampled_from([Status.ACCEPTED, Status.SUGGESTED]))
    def tag(self, data: st.DataObject, label: str, status: Status) -> None:
        a = data.draw(st.integers(0, len(self.text) - 1))
        b = data.draw(st.integers(a + 1, len(self.text)))
        start, end = snap_out(self.text, a, b)
        self.made += 1
        self._do(edits.AddSpan(edits.make_span(self.text, start, end, label, origin="manual",
                                               status=status, span_id=f"s{self.made}")))

    @precondition(lambda self: self.ann.spans)
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        self._do(edits.remove_span_with_relations(self.ann, self._span(data)))

    @precondition(lambda self: self.ann.spans)
    @rule(data=st.data(), label=st.sampled_from(LABELS))
    def relabel(self, data: st.DataObject, label: str) -> None:
        self._do(edits.relabel(self._span(data), label))

    @precondition(lambda self: self.ann.spans)
    @rule(data=st.data())
    def resize(self, data: st.DataObject) -> None:
        span = self._span(data)
        a = data.draw(st.integers(-1, len(self.text)))  # may be refused: outside, or empty
        b = data.draw(st.integers(-1, len(self.text) + 1))
        self._do(edits.resize(self.text, span, a, b))

    @precondition(lambda self: self.ann.spans)
    @rule(data=st.data(), status=st.sampled_from(list(Status)))
    def decide(self, data: st.DataObject, status: Status) -> None:
        self._do(edits.set_status(self._span(data), status, reviewer="tester"))

    @precondition(lambda self: self.ann.spans)
    @rule(data=st.data(), value=st.one_of(st.none(), st.text(max_size=3), st.booleans()))
    def attribute(self, data: st.DataObject, value: Any) -> None:
        self._do(edits.set_attribute(self._span(data), "type", value))

    @precondition(lambda self: len(self.ann.spans) >= 2)
    @rule(data=st.data(), kind=st.sampled_from(RELATIONS), fitting=st.booleans())
    def relate(self, data: st.DataObject, kind: str, fitting: bool) -> None:
        """A relation between two spans, mostly ones whose labels the type allows."""
        rule_ = SCHEMA.relation_type(kind)
        assert rule_ is not None
        heads = [s for s in self.ann.spans.values() if s.label in rule_.head_labels]
        tails = [s for s in self.ann.spans.values() if s.label in rule_.tail_labels]
        if fitting and heads and tails:
            head = data.draw(st.sampled_from(sorted(heads, key=lambda s: s.id)))
            tail = data.draw(st.sampled_from(sorted(tails, key=lambda s: s.id)))
        else:
            head, tail = self._span(data), self._span(data)
        self.made += 1
        rel = edits.make_relation(kind, head, tail, origin="manual")
        self._do(edits.AddRelation(rel.with_changes(id=f"r{self.made}")))

    @precondition(lambda self: self.ann.relations)
    @rule(data=st.data())
    def unrelate(self, data: st.DataObject) -> None:
        rel = data.draw(st.sampled_from(sorted(self.ann.relations.values(), key=lambda r: r.id)))
        self._do(edits.RemoveRelation(rel))

    @rule(status=st.sampled_from(list(DocStatus)))
    def mark(self, status: DocStatus) -> None:
        self._do(edits.SetDocStatus(self.ann.status, status))

    # ------------------------------------------------------------ undo and redo

    @precondition(lambda self: self.undo)
    @rule()
    def undo_one(self) -> None:
        before_undo = _state(self.ann)
        redo = edits.apply_unchecked(self.ann, self.undo.pop())
        assert _state(self.ann) == self.history.pop()
        self.redo.append((redo, before_undo))  # type: ignore[arg-type]

    @precondition(lambda self: self.redo)
    @rule()
    def redo_one(self) -> None:
        redo, before_undo = self.redo.pop()  # type: ignore[misc]
        before = _state(self.ann)
        self.undo.append(edits.apply_unchecked(self.ann, redo))
        self.history.append(before)
        assert _state(self.ann) == before_undo

    # ------------------------------------------------------------ always

    @invariant()
    def spans_fit_the_text_and_relations_join_spans(self) -> None:
        for span in self.ann.spans.values():
            assert 0 <= span.start < span.end <= len(self.text)
            assert span.text == self.text[span.start:span.end]
            assert boundary_problem(self.text, span.start) is None
            assert boundary_problem(self.text, span.end) is None
        for rel in self.ann.relations.values():
            assert rel.head in self.ann.spans and rel.tail in self.ann.spans

    @invariant()
    def the_set_survives_its_file(self) -> None:
        data = encode_annotations(self.ann)
        again = decode_annotations(json.loads(data), Path("d.json"))
        assert _state(again) == _state(self.ann)

    def teardown(self) -> None:
        while self.undo:
            edits.apply_unchecked(self.ann, self.undo.pop())
        assert _state(self.ann) == self.start, "undoing everything did not give the start back"


EditMachine.TestCase.settings = settings(
    max_examples=150, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_edits_undo_and_redo_as_a_state_machine = EditMachine.TestCase

"""The window's session as a state machine: edits, undo and redo, saves and document switches.

Random steps on a real project (hostile text, two documents): tag, relabel,
remove, mark done, undo, redo (through the undo stack, merges included),
save, and switching to the other document and back. After every step:

- the set is the one its undo-stack position had (undo and redo are exact);
- a refused edit changed nothing;
- after a save, the file on disk holds exactly the set in memory, and the
  project reopened from disk reads it back;
- switching away saves, and switching back shows what was there.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from annotator.core import edits
from annotator.core.model import AnnotationSet, DocStatus, Document, Status
from annotator.core.text import snap_out
from annotator.formats.project import Project
from annotator.ui.session import Session
from tests.strategies import hostile_text

LABELS = ["ACTOR", "LOCATION", "CLAIM", "CUE"]
OTHER = "وصل وفد من الجزائر إلى طرابلس أمس."


def _state(ann: AnnotationSet | None) -> tuple[Any, ...]:
    assert ann is not None
    return (dict(ann.spans), dict(ann.relations), ann.status)


class SessionMachine(RuleBasedStateMachine):
    """A session on a two-document project, driven as the window drives it."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="session-machine-"))
        self.session: Session | None = None
        self.text = ""
        self.states: list[tuple[Any, ...]] = []  # the set at each undo-stack index
        self.made = 0

    @initialize(text=hostile_text.filter(lambda t: len(t) >= 3))
    def open_project(self, text: str) -> None:
        project = Project.create(self.root / "p", annotator="tester")
        project.add_document(Document(id="a", text=text))
        project.add_document(Document(id="b", text=OTHER))
        project.lock()
        self.session = Session(project)
        self.session.open_document("a")
        self.text = text
        self.states = [_state(self.session.annotations)]

    @property
    def s(self) -> Session:
        assert self.session is not None
        return self.session

    def _apply(self, edit: edits.Edit) -> None:
        before = _state(self.s.annotations)
        try:
            self.s.apply(edit)
        except edits.EditError:
            assert _state(self.s.annotations) == before, "a refused edit changed the set"
            event(f"{edit.description} refused")
            return
        event(f"{edit.description} applied")
        index = self.s.undo_stack.index()
        self.states = self.states[:index] + [_state(self.s.annotations)]

    def _span(self, data: st.DataObject) -> Any:
        ann = self.s.annotations
        assert ann is not None
        return data.draw(st.sampled_from(sorted(ann.spans.values(), key=lambda s: s.id)))

    def _has_spans(self) -> bool:
        return bool(self.session and self.session.annotations and self.session.annotations.spans)

    # ------------------------------------------------------------ edits

    @rule(data=st.data(), label=st.sampled_from(LABELS))
    def tag(self, data: st.DataObject, label: str) -> None:
        text = self.s.text
        a = data.draw(st.integers(0, len(text) - 1))
        b = data.draw(st.integers(a + 1, len(text)))
        start, end = snap_out(text, a, b)
        self.made += 1
        self._apply(edits.AddSpan(edits.make_span(text, start, end, label, origin="manual",
                                                  span_id=f"s{self.made}")))

    @precondition(_has_spans)
    @rule(data=st.data(), label=st.sampled_from(LABELS))
    def relabel(self, data: st.DataObject, label: str) -> None:
        self._apply(edits.relabel(self._span(data), label))

    @precondition(_has_spans)
    @rule(data=st.data())
    def resize(self, data: st.DataObject) -> None:
        text = self.s.text
        span = self._span(data)
        start, end = snap_out(text, span.start + data.draw(st.integers(-2, 2)),
                              span.end + data.draw(st.integers(-2, 2)))
        self._apply(edits.resize(text, span, start, end))  # consecutive resizes may merge

    @precondition(_has_spans)
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        ann = self.s.annotations
        assert ann is not None
        self._apply(edits.remove_span_with_relations(ann, self._span(data)))

    @precondition(_has_spans)
    @rule(data=st.data(), status=st.sampled_from([Status.ACCEPTED, Status.REJECTED]))
    def decide(self, data: st.DataObject, status: Status) -> None:
        self._apply(edits.set_status(self._span(data), status, reviewer="tester"))

    @rule(done=st.booleans())
    def mark(self, done: bool) -> None:
        before = self.s.undo_stack.index()
        self.s.set_status(DocStatus.DONE if done else DocStatus.IN_PROGRESS)
        if self.s.undo_stack.index() != before:
            self.states = self.states[:self.s.undo_stack.index()] + \
                [_state(self.s.annotations)]

    # ------------------------------------------------------------ undo, redo, save, switch

    @precondition(lambda self: self.session is not None and self.session.undo_stack.canUndo())
    @rule()
    def undo(self) -> None:
        event("undo")
        self.s.undo_stack.undo()

    @precondition(lambda self: self.session is not None and self.session.undo_stack.canRedo())
    @rule()
    def redo(self) -> None:
        self.s.undo_stack.redo()

    @rule()
    def save(self) -> None:
        assert self.s.save()
        ann = self.s.annotations
        assert ann is not None and self.s.document is not None
        fresh = Project.open(self.root / "p", annotator="tester")
        on_disk = fresh.load_annotations(fresh.load_document(self.s.document.id))
        assert _state(on_disk) == _state(ann), "the file does not hold what was saved"

    @rule()
    def switch_and_back(self) -> None:
        assert self.s.document is not None
        here, shown = self.s.document.id, _state(self.s.annotations)
        self.s.open_document("b" if here == "a" else "a")
        self.s.open_document(here)
        assert _state(self.s.annotations) == shown, "switching lost work"
        self.states = [shown]  # a document opens with a fresh undo stack

    # ------------------------------------------------------------ always

    @invariant()
    def the_set_is_its_undo_positions(self) -> None:
        if self.session is None or self.session.annotations is None:
            return
        index = self.s.undo_stack.index()
        assert _state(self.s.annotations) == self.states[index]
        ann = self.s.annotations
        for span in ann.spans.values():
            assert span.text == self.s.text[span.start:span.end]

    def teardown(self) -> None:
        if self.session is not None:
            self.session.close()
        shutil.rmtree(self.root, ignore_errors=True)


def test_the_session_keeps_edits_undo_saves_and_switches_exact(qapp) -> None:
    run_state_machine_as_test(SessionMachine, settings=settings(
        max_examples=60, stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))

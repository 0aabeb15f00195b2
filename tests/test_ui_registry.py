"""The actor registry dialog: counting in the background, changes while counting, grouping undo.

A stand-in for the background read (:class:`GatedCount`) reads the files at
once, like the real one, and then holds its result until the test releases
it, so a test can act while a count is known to be running.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from annotator.core import edits
from annotator.core.edits import AddSpan
from annotator.core.registry import ActorRegistry
from annotator.formats.registry_store import RegistryStore
from annotator.formats.report import Progress, no_progress
from annotator.ui import handlers, registry_view
from annotator.ui.registry_view import NOT_COUNTED, TARGET_ROLE
from tests.ui_support import (  # noqa: F401
    isolated_settings_fixture,
    key,
    make_window_fixture,
)

CTRL = Qt.KeyboardModifier.ControlModifier
DOC_A = "قالت واشنطن إن الاتفاق صامد. وأكدت الولايات المتحدة أن المفاوضات مستمرة."
DOC_B = "رفضت واشنطن العرض."
GATE_TIMEOUT_S = 30  # a failed test must not leave a thread waiting for ever


class GatedCount:
    """Replaces the registry view's read: count ``n`` returns once ``release(n)`` was called."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = 0
        self.returned = 0
        self._gates = [threading.Event() for _ in range(10)]
        real = registry_view.read_project_actors

        def read(project, progress: Progress = no_progress):  # noqa: ANN001, ANN202
            n = self.started  # one count at a time per dialog
            self.started += 1
            result = real(project, progress=progress)
            self._gates[n].wait(GATE_TIMEOUT_S)
            self.returned += 1
            return result

        monkeypatch.setattr(registry_view, "read_project_actors", read)

    def release(self, n: int) -> None:
        """Let count ``n`` (0 = the first) return its result."""
        self._gates[n].set()

    def release_all(self) -> None:
        """Let every count return (teardown)."""
        for gate in self._gates:
            gate.set()


@pytest.fixture
def gated(monkeypatch: pytest.MonkeyPatch) -> Iterator[GatedCount]:
    """A :class:`GatedCount`; every gate is opened at the end of the test."""
    gate = GatedCount(monkeypatch)
    yield gate
    gate.release_all()


def _span_in(window, text: str, phrase: str, label: str = "ACTOR") -> str:
    start = text.index(phrase)
    span = edits.make_span(text, start, start + len(phrase), label, origin="manual")
    window.session.apply(AddSpan(span))
    return span.id


def _registry_window(make_window):
    """Two documents: واشنطن in both (a suggested grouping), a claim made by واشنطن in a."""
    window = make_window([("a", DOC_A), ("b", DOC_B)])
    window.open_document("b")
    ids = {"b_washington": _span_in(window, DOC_B, "واشنطن")}
    window.open_document("a")
    ids["washington"] = _span_in(window, DOC_A, "واشنطن")
    ids["us"] = _span_in(window, DOC_A, "الولايات المتحدة")
    ids["claim"] = _span_in(window, DOC_A, "الاتفاق صامد", "CLAIM")
    ann = window.session.annotations
    window.session.apply(edits.AddRelation(edits.make_relation(
        "SOURCE", ann.spans[ids["claim"]], ann.spans[ids["washington"]], origin="manual")))
    return window, ids


def _registry_json(window) -> dict:
    path = window.session.project.path / "registry.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {"actors": []}


def _canonical_on_disk(window, doc_id: str, span_id: str) -> str | None:
    path = window.session.project.annotations_path(doc_id)
    data = json.loads(path.read_text("utf-8"))
    return next(s.get("canonical_id") for s in data["spans"] if s["id"] == span_id)


def _saved_with(window, doc_id: str, span_id: str, canonical_id: str | None) -> bool:
    """True once autosave wrote ``canonical_id`` on the span (the file may not exist yet)."""
    if not window.session.project.annotations_path(doc_id).exists():
        return False
    return _canonical_on_disk(window, doc_id, span_id) == canonical_id


def _add_actor(window, name: str) -> str:
    store = RegistryStore(window.session.project.path)
    registry = ActorRegistry()
    entry = registry.add(name, type="state")
    store.save(registry)
    return entry.id


def _open_counted(window, qtbot):
    dialog = handlers.relations.show_registry(window)
    qtbot.waitUntil(lambda: not dialog.is_counting())
    return dialog


def _expand_first_row(dialog, qtbot):
    row = dialog.tree.topLevelItem(0)
    dialog.tree.setCurrentItem(row)
    dialog.tree.setFocus()
    qtbot.waitUntil(dialog.tree.hasFocus)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Right)  # expands: mentions are added then
    return row


# ---------------------------------------------------------------- counting in the background


def test_the_dialog_shows_at_once_counting_then_the_counts(make_window, qtbot, gated):
    window, _ids = _registry_window(make_window)
    _add_actor(window, "United States")
    dialog = handlers.relations.show_registry(window)
    assert dialog.isVisible() and dialog.is_counting()
    assert dialog.counting.isVisible() and dialog.counting_bar.isVisible()
    assert dialog.counting.text().startswith("Counting mentions…")
    assert dialog.rows() == [["United States", "state", "", NOT_COUNTED, NOT_COUNTED,
                              NOT_COUNTED]]
    assert dialog.suggestion_list.count() == 0
    # The reading has reached the last document; the result is held back.
    qtbot.waitUntil(lambda: dialog.counting.text()
                    == "Counting mentions… 2 of 2 documents read")
    assert dialog.is_counting() and dialog.rows()[0][3] == NOT_COUNTED
    gated.release(0)
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert not dialog.counting.isVisible() and not dialog.counting_bar.isVisible()
    assert dialog.rows() == [["United States", "state", "", "0", "0", "0"]]
    assert dialog.suggestion_list.item(0).text().startswith(
        "\u2068واشنطن\u2069: 2 mentions in 2 documents")


def test_closing_while_counting_stops_the_count_and_nothing_reaches_the_dialog(
        make_window, qtbot, gated):
    window, _ids = _registry_window(make_window)
    dialog = handlers.relations.show_registry(window)
    task = dialog.task
    assert task is not None and task.is_running
    qtbot.waitUntil(lambda: dialog.counting.text().endswith("2 of 2 documents read"))
    with qtbot.waitSignal(dialog.destroyed):  # WA_DeleteOnClose: deleted after closing
        dialog.close()
    assert task.cancel_requested
    # The reading is past its last progress call, so it ends with a result, which
    # arrives after the dialog is gone: nobody takes it.
    with qtbot.waitSignal(task.succeeded):
        gated.release(0)
    qtbot.waitUntil(lambda: not task.is_running)
    assert window.isVisible()  # and the window goes on working
    window.open_document("b")
    assert window.session.document.id == "b"


def test_a_dialog_deleted_without_closing_cancels_the_count(make_window, qtbot, gated):
    window, _ids = _registry_window(make_window)
    dialog = handlers.relations.show_registry(window)
    task = dialog.task
    with qtbot.waitSignal(dialog.destroyed):  # as when its window is deleted under it
        dialog.deleteLater()
    assert task.cancel_requested
    gated.release(0)
    qtbot.waitUntil(lambda: not task.is_running)


def test_escape_while_counting_closes_the_dialog(make_window, qtbot, gated):
    window, _ids = _registry_window(make_window)
    dialog = handlers.relations.show_registry(window)
    dialog.tree.setFocus()
    qtbot.waitUntil(dialog.tree.hasFocus)
    with qtbot.waitSignal(dialog.destroyed):
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    gated.release(0)


def test_registry_edits_made_while_counting_are_kept(make_window, qtbot, gated):
    window, ids = _registry_window(make_window)
    dialog = handlers.relations.show_registry(window)
    assert dialog.is_counting()
    dialog.name.setText("United States")
    dialog.type.setCurrentIndex(dialog.type.findData("state"))
    dialog.new_actor()
    assert dialog.rows() == [["United States", "state", "", NOT_COUNTED, NOT_COUNTED,
                              NOT_COUNTED]]
    window.select_span(ids["us"])
    dialog.group_selected_span()  # an edit of the open document, in memory
    assert window.session.annotations.spans[ids["us"]].canonical_id is not None
    gated.release(0)  # this count read the files before both changes
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.rows() == [["United States", "state", "الولايات المتحدة", "1", "0", "1"]]
    assert [a["name"] for a in _registry_json(window)["actors"]] == ["United States"]
    assert gated.started == 1  # registry edits need no new reading of the files


def test_unsaved_tags_of_the_open_document_are_counted(make_window, qtbot, gated):
    window, ids = _registry_window(make_window)
    entry = _add_actor(window, "United States")
    dialog = handlers.relations.show_registry(window)
    qtbot.waitUntil(lambda: gated.started == 1)
    # While the count runs: link a span of document a, then open b (a is saved and
    # left), then link b's span; b's link is in memory only when the count arrives.
    window.select_span(ids["us"])
    dialog.select_entry(entry)
    dialog.group_selected_span()
    window.open_document("b")
    window.select_span(ids["b_washington"])
    dialog.select_entry(entry)
    dialog.group_selected_span()
    assert not window.session.undo_stack.isClean()
    gated.release(0)
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.rows()[0][3:] == ["2", "0", "2"]


def test_a_count_that_predates_a_grouping_is_dropped_and_made_again(make_window, qtbot, gated):
    window, ids = _registry_window(make_window)
    gated.release(0)
    dialog = _open_counted(window, qtbot)
    assert dialog.suggestion_list.count() == 1
    dialog.refresh()  # count 1 reads the files now, before the grouping
    qtbot.waitUntil(lambda: gated.started == 2)
    dialog.suggestion_list.setCurrentRow(0)
    dialog.accept_suggestion()  # rewrites both files while count 1 runs
    entry = _registry_json(window)["actors"][0]["id"]
    assert _canonical_on_disk(window, "b", ids["b_washington"]) == entry
    assert dialog.suggestion_list.count() == 0
    gated.release(1)  # count 1 returns its stale result; count 2 starts
    qtbot.waitUntil(lambda: gated.started == 3)
    # The stale result (واشنطن unlinked, suggested again) did not replace the state.
    assert dialog.suggestion_list.count() == 0
    assert dialog.rows() == [["واشنطن", "", "", NOT_COUNTED, NOT_COUNTED, NOT_COUNTED]]
    assert dialog.is_counting()
    gated.release(2)
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.rows() == [["واشنطن", "", "", "2", "1", "2"]]
    assert dialog.suggestion_list.count() == 0


def test_a_file_that_cannot_be_read_is_named_and_the_rest_counted(make_window, qtbot):
    window, _ids = _registry_window(make_window)
    window.open_document("b")  # a is saved
    window.session.project.annotations_path("a").write_text("{not json", "utf-8")
    dialog = _open_counted(window, qtbot)
    assert dialog.message.text().startswith("Not counted, because they could not be read")
    assert "a.json" in dialog.message.text()
    assert dialog.suggestion_list.count() == 0  # b's واشنطن alone is no group


# ---------------------------------------------------------------- grouping, editing, jumping


def test_accept_a_suggested_grouping_by_keyboard_persists_and_undoes(make_window, qtbot):
    window, ids = _registry_window(make_window)
    dialog = _open_counted(window, qtbot)
    assert dialog.suggestion_list.item(0).text().startswith(
        "\u2068واشنطن\u2069: 2 mentions in 2 documents")
    dialog.suggestion_list.setFocus()
    qtbot.waitUntil(dialog.suggestion_list.hasFocus)
    qtbot.keyClick(dialog.suggestion_list, Qt.Key.Key_Return)
    actors = _registry_json(window)["actors"]
    assert [a["name"] for a in actors] == ["واشنطن"]
    entry = actors[0]["id"]
    assert _canonical_on_disk(window, "a", ids["washington"]) == entry
    assert _canonical_on_disk(window, "b", ids["b_washington"]) == entry
    # The open document was read again: the window sees the link too.
    assert window.session.annotations.spans[ids["washington"]].canonical_id == entry
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.rows() == [["واشنطن", "", "", "2", "1", "2"]]
    assert dialog.suggestion_list.count() == 0
    window.schema_history.undo()
    assert _canonical_on_disk(window, "a", ids["washington"]) is None
    assert _canonical_on_disk(window, "b", ids["b_washington"]) is None


def test_undoing_a_grouping_leaves_no_empty_actor(make_window, qtbot):
    window, ids = _registry_window(make_window)
    dialog = _open_counted(window, qtbot)
    dialog.suggestion_list.setCurrentRow(0)
    dialog.accept_suggestion()
    entry = _registry_json(window)["actors"][0]["id"]
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert window.schema_history.undo()
    assert _registry_json(window)["actors"] == []
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.rows() == []
    assert dialog.suggestion_list.count() == 1  # suggested again, as before
    assert window.schema_history.redo()
    assert [a["id"] for a in _registry_json(window)["actors"]] == [entry]
    assert _canonical_on_disk(window, "b", ids["b_washington"]) == entry
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.rows() == [["واشنطن", "", "", "2", "1", "2"]]


def test_undoing_a_grouping_into_an_existing_actor_keeps_the_actor(make_window, qtbot):
    window, _ids = _registry_window(make_window)
    dialog = _open_counted(window, qtbot)
    dialog.name.setText("United States")
    dialog.new_actor()
    entry = _registry_json(window)["actors"][0]["id"]
    dialog.rename_actor()  # no name typed: refused with a message, nothing changes
    assert dialog.message.text() == "an actor needs a name"
    store = RegistryStore(window.session.project.path)
    registry = store.load()
    registry.add_alias(entry, "واشنطن")
    store.save(registry)
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.suggestion_list.item(0).text().startswith(
        "\u2068United States\u2069: 2 mentions in 2 documents (a known name or alias)")
    dialog.accept_suggestion()
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.rows() == [["United States", "", "واشنطن", "2", "1", "2"]]
    assert window.schema_history.undo()
    assert [(a["id"], a["aliases"]) for a in _registry_json(window)["actors"]] == \
        [(entry, ["واشنطن"])]
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.rows() == [["United States", "", "واشنطن", "0", "0", "0"]]


def test_group_the_selected_span_new_and_rename_actor(make_window, qtbot):
    window, ids = _registry_window(make_window)
    dialog = _open_counted(window, qtbot)
    dialog.name.setText("United States")
    dialog.type.setCurrentIndex(dialog.type.findData("state"))
    dialog.new_actor()
    actors = _registry_json(window)["actors"]
    assert [(a["name"], a["type"]) for a in actors] == [("United States", "state")]
    entry = actors[0]["id"]
    window.select_span(ids["us"])
    dialog.select_entry(entry)
    dialog.group_selected_span()
    assert window.session.annotations.spans[ids["us"]].canonical_id == entry
    assert dialog.rows()[0][3:] == ["1", "0", "1"]  # counted from memory at once
    qtbot.waitUntil(lambda: _saved_with(window, "a", ids["us"], entry), timeout=3000)
    assert _registry_json(window)["actors"][0]["aliases"] == ["الولايات المتحدة"]
    dialog.name.setText("USA")
    dialog.rename_actor()
    actor = _registry_json(window)["actors"][0]
    assert actor["name"] == "USA" and "United States" in actor["aliases"]
    assert dialog.rows()[0][:4] == ["USA", "state", "الولايات المتحدة، United States", "1"]
    # Grouping one span is an ordinary edit: Ctrl+Z in the window undoes it.
    window.activateWindow()
    window.focus_text()
    qtbot.waitUntil(window.view.hasFocus)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _saved_with(window, "a", ids["us"], None), timeout=3000)
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.is_counting())
    assert dialog.rows()[0][3] == "0"


def test_jump_to_a_mention_opens_its_document(make_window, qtbot):
    window, ids = _registry_window(make_window)
    dialog = _open_counted(window, qtbot)
    dialog.suggestion_list.setCurrentRow(0)
    dialog.accept_suggestion()
    qtbot.waitUntil(lambda: not dialog.is_counting())
    row = _expand_first_row(dialog, qtbot)
    assert row.childCount() == 3  # two mentions and the claim
    mention_b = next(row.child(i) for i in range(row.childCount())
                     if row.child(i).data(0, TARGET_ROLE)[0] == "b")
    dialog.tree.setCurrentItem(mention_b)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert window.session.document.id == "b"
    assert window.selected_span().id == ids["b_washington"]


def test_an_expanded_actor_stays_expanded_when_the_view_is_redrawn(make_window, qtbot):
    window, _ids = _registry_window(make_window)
    dialog = _open_counted(window, qtbot)
    dialog.accept_suggestion()
    qtbot.waitUntil(lambda: not dialog.is_counting())
    _expand_first_row(dialog, qtbot)
    dialog.type.setCurrentIndex(dialog.type.findData("state"))
    dialog.set_type()
    row = dialog.tree.topLevelItem(0)
    assert row.text(1) == "state"
    assert row.isExpanded() and row.childCount() == 3

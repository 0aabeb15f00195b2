"""Schema dialog: renaming keeps spans, removing asks (relabel or archive), undo restores files."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from annotator.core import edits
from annotator.core.edits import AddSpan
from annotator.core.model import Status
from annotator.ui import handlers
from annotator.ui.schema_dialog import split_names
from tests.ui_support import (  # noqa: F401
    disk_annotations,
    disk_spans,
    isolated_settings_fixture,
    make_window_fixture,
)

TEXT = "قال مصدر أمني رفيع إن الجيش سيبقى في ليبيا."


def _window(make_window):
    window = make_window([("a", TEXT)])
    for phrase, label in (("مصدر أمني رفيع", "ACTOR"), ("ليبيا", "LOCATION"),
                          ("الجيش سيبقى في ليبيا", "CLAIM")):
        start = TEXT.index(phrase)
        window.session.apply(AddSpan(edits.make_span(TEXT, start, start + len(phrase), label,
                                                     origin="manual")))
    claim = next(s for s in window.session.annotations.spans.values() if s.label == "CLAIM")
    actor = next(s for s in window.session.annotations.spans.values() if s.label == "ACTOR")
    place = next(s for s in window.session.annotations.spans.values() if s.label == "LOCATION")
    window.session.apply(edits.AddRelation(edits.make_relation("SOURCE", claim, actor,
                                                               origin="manual")))
    window.session.apply(edits.AddRelation(edits.make_relation("ABOUT", claim, place,
                                                               origin="manual")))
    return window  # not saved yet: the dialog must save the document before a change


def _labels_on_disk(window) -> list[tuple[str, str]]:
    return sorted((label, text) for _s, _e, label, text in disk_spans(window))


def _project_labels(window) -> list[str]:
    data = json.loads((window.session.project.path / "project.json").read_text("utf-8"))
    return [lab["name"] for lab in data["schema"]["span_labels"]]


def test_rename_keeps_spans_and_undo_restores(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("ACTOR")
    dialog.labels.name.setText("SPEAKER")
    dialog.apply_label()
    assert ("SPEAKER", "مصدر أمني رفيع") in _labels_on_disk(window)
    assert "SPEAKER" in _project_labels(window) and "ACTOR" not in _project_labels(window)
    # The open document was reloaded, the key 1 now tags SPEAKER, SOURCE still links.
    labels = {s.label for s in window.session.annotations.spans.values()}
    assert labels == {"SPEAKER", "LOCATION", "CLAIM"}
    assert "tag.SPEAKER" in window.actions_by_id and "tag.ACTOR" not in window.actions_by_id
    assert window.session.schema.relation_type("SOURCE").tail_labels == ("SPEAKER",)
    assert len(disk_annotations(window)["relations"]) == 2
    assert dialog.undo_button.isEnabled()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert ("ACTOR", "مصدر أمني رفيع") in _labels_on_disk(window)
    assert "ACTOR" in _project_labels(window)
    assert {s.label for s in window.session.annotations.spans.values()} == \
        {"ACTOR", "LOCATION", "CLAIM"}
    assert "tag.ACTOR" in window.actions_by_id
    qtbot.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
    assert ("SPEAKER", "مصدر أمني رفيع") in _labels_on_disk(window)


def test_remove_asks_and_relabels_then_undo(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("LOCATION")
    ask = dialog.ask_remove_label()
    assert ask is not None and ask.relabel.isChecked()  # the default keeps the spans
    ask.target.setCurrentText("ACTOR")
    ask.accept()
    assert ("ACTOR", "ليبيا") in _labels_on_disk(window)
    assert "LOCATION" not in _project_labels(window)
    assert window.session.schema.label("LOCATION") is None
    dialog.history.undo()
    assert ("LOCATION", "ليبيا") in _labels_on_disk(window)
    assert window.session.schema.label("LOCATION") is not None


def test_remove_with_archive_keeps_the_spans_in_the_file(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("LOCATION")
    ask = dialog.ask_remove_label()
    ask.archive.setChecked(True)
    ask.accept()
    data = disk_annotations(window)
    assert [s["text"] for s in data["archived_spans"]] == ["ليبيا"]
    assert [r["type"] for r in data["archived_relations"]] == ["ABOUT"]  # goes with its span
    assert [r["type"] for r in data["relations"]] == ["SOURCE"]
    assert [r.type for r in window.session.annotations.relations.values()] == ["SOURCE"]
    dialog.history.undo()
    assert len(disk_annotations(window)["relations"]) == 2
    assert len(window.session.annotations.relations) == 2
    assert "archived_spans" not in disk_annotations(window)


def test_removing_a_label_a_relation_needs_is_refused_with_a_reason(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("CLAIM")
    ask = dialog.ask_remove_label()
    ask.archive.setChecked(True)
    ask.accept()
    assert "SOURCE" in dialog.message.text()
    assert window.session.schema.label("CLAIM") is not None
    assert not dialog.undo_button.isEnabled()


def test_cancel_removes_nothing(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("LOCATION")
    ask = dialog.ask_remove_label()
    ask.reject()
    assert window.session.schema.label("LOCATION") is not None
    assert not dialog.undo_button.isEnabled()


def test_key_colour_guideline_and_attribute_edits(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("CUE")
    dialog.labels.key.setText("5")
    dialog.labels.colour.edit.setText("#00aa00")
    dialog.labels.guide.ar.setPlainText("فعل القول")
    dialog.apply_label()
    cue = window.session.schema.label("CUE")
    assert (cue.key, cue.colour, cue.description["ar"]) == ("5", "#00aa00", "فعل القول")
    assert window.actions_by_id["tag.CUE"].shortcut().toString() == "5"
    dialog.attr_name.setText("polarity")
    dialog.attr_values.setText("positive, negative")
    dialog.add_attribute()
    assert window.session.schema.label("CUE").attribute("polarity").values == \
        ("positive", "negative")
    # The window's history outlives the dialog: close, reopen, undo.
    dialog.accept()
    again = handlers.relations.edit_schema(window)
    assert again.undo_button.text() == "Undo Add attribute polarity to CUE"
    again.history.undo()
    assert window.session.schema.label("CUE").attribute("polarity") is None


def test_refused_change_says_why_and_changes_nothing(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("ACTOR")
    dialog.labels.name.setText("CLAIM")  # taken
    dialog.apply_label()
    assert "already a label" in dialog.message.text()
    assert "ACTOR" in _project_labels(window)


def test_split_names():
    assert split_names(" a, b،c ,, a ") == ("a", "b", "c")


def test_new_label_takes_the_typed_name_or_numbers_it(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("CUE")  # the form shows CUE, which is taken
    dialog.new_label()
    assert window.session.schema.label_names[-1] == "CUE2"
    assert dialog.labels.current_name() == "CUE2"
    dialog.labels.name.setText("event")
    dialog.new_label()
    assert window.session.schema.label_names[-1] == "EVENT"


def test_relation_types_tab_renames_adds_and_removes_with_a_choice(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.tabs.setCurrentIndex(1)
    dialog.relations.select("ABOUT")
    assert (dialog.relations.name.text(), dialog.rel_tails.text()) == ("ABOUT", "ACTOR, LOCATION")
    dialog.relations.select("SOURCE")
    dialog.relations.name.setText("SAID_BY")
    dialog.apply_relation()
    assert sorted(r["type"] for r in disk_annotations(window)["relations"]) == \
        ["ABOUT", "SAID_BY"]
    assert dialog.relations.current_name() == "SAID_BY"
    dialog.relations.key.setText("b")
    dialog.apply_relation()
    assert window.session.schema.relation_type("SAID_BY").key == "b"
    dialog.new_relation()
    assert window.session.schema.relation_type("SAID_BY2") is not None
    dialog.relations.select("ABOUT")
    ask = dialog.ask_remove_relation()
    assert ask is not None and ask.relabel.isChecked()
    ask.target.setCurrentText("SAID_BY")  # allows only ACTOR tails: ABOUT's link goes to a place
    ask.accept()
    assert "does not allow" in dialog.message.text()
    assert window.session.schema.relation_type("ABOUT") is not None
    ask = dialog.ask_remove_relation()
    ask.archive.setChecked(True)
    ask.accept()
    data = disk_annotations(window)
    assert [r["type"] for r in data["archived_relations"]] == ["ABOUT"]
    assert window.session.schema.relation_type("ABOUT") is None
    dialog.history.undo()
    assert window.session.schema.relation_type("ABOUT") is not None
    assert "archived_relations" not in disk_annotations(window)


def test_rename_with_other_edits_in_one_apply_keeps_them_all(make_window, qtbot):
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("CUE")
    dialog.labels.name.setText("SAYING")
    dialog.labels.key.setText("7")
    dialog.labels.colour.edit.setText("#00aa00")
    dialog.apply_label()
    saying = window.session.schema.label("SAYING")
    assert saying is not None and (saying.key, saying.colour) == ("7", "#00aa00")
    assert window.session.schema.label("CUE") is None
    dialog.tabs.setCurrentIndex(1)
    dialog.relations.select("ABOUT")  # not the first row: the refilled form showed SOURCE
    dialog.relations.name.setText("CONCERNS")
    dialog.relations.key.setText("b")
    dialog.rel_tails.setText("ACTOR, LOCATION, CLAIM")
    dialog.apply_relation()
    concerns = window.session.schema.relation_type("CONCERNS")
    assert concerns is not None and concerns.key == "b"
    assert concerns.tail_labels == ("ACTOR", "LOCATION", "CLAIM")
    assert window.session.schema.relation_type("SOURCE").tail_labels == ("ACTOR",)


def test_a_refused_undo_leaves_files_and_history_where_they_were(make_window, qtbot):
    """A file changed by someone else: undo says so, and the step stays undoable."""
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("ACTOR")
    dialog.labels.name.setText("SPEAKER")
    dialog.apply_label()
    history = dialog.history
    path = window.session.project.annotations_path("a")
    theirs = path.read_bytes()
    path.write_bytes(theirs.replace(b"SPEAKER", b"SPEAKERS", 1))
    with qtbot.waitSignal(history.failed) as failed:
        assert history.undo() is False
    assert "changed" in failed.args[0] and history.stack.index() == 1
    assert "SPEAKER" in _project_labels(window)
    path.write_bytes(theirs)
    assert history.undo() is True
    assert history.stack.index() == 0 and ("ACTOR", "مصدر أمني رفيع") in _labels_on_disk(window)
    assert history.redo() is True and "SPEAKER" in _project_labels(window)


def test_a_label_key_a_window_shortcut_has_is_refused_with_its_owner(make_window, qtbot):
    """A label keyed N (or X, L) silenced both its tag key and "next suggestion": Qt drops an
    ambiguous shortcut."""
    window = _window(make_window)
    dialog = handlers.relations.edit_schema(window)
    dialog.labels.select("CUE")
    dialog.labels.key.setText("n")
    dialog.apply_label()
    assert "already the shortcut of “Next suggestion”" in dialog.message.text()
    assert window.session.schema.label("CUE").key == "4"
    assert window.actions_by_id["review.next"].shortcut().toString() == "N"


def test_a_hand_edited_key_clash_leaves_the_window_shortcut_working_and_says_so(
        make_window, qtbot, tmp_path):
    from annotator.formats.project import Project
    project = Project.create(tmp_path / "proj", annotator="tester")
    data = json.loads((project.path / "project.json").read_text("utf-8"))
    next(lab for lab in data["schema"]["span_labels"] if lab["name"] == "CUE")["key"] = "X"
    (project.path / "project.json").write_text(json.dumps(data), "utf-8")
    window = make_window([("a", TEXT)])
    assert "tag.CUE" not in window.actions_by_id and "tag.ACTOR" in window.actions_by_id
    assert "The key X of the label CUE is already the shortcut of “Reject" in \
        window.error_box.text()
    start = TEXT.index("ليبيا")
    window.session.apply(AddSpan(edits.make_span(TEXT, start, start + 5, "LOCATION",
                                                 origin="dictionary@1",
                                                 status=Status.SUGGESTED)))
    window.select_span(next(iter(window.session.annotations.spans)))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_X)
    assert next(iter(window.session.annotations.spans.values())).status is Status.REJECTED

"""Undo you can read: attribute changes merge into one step, the Edit menu names the step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from annotator.core.edits import AddSpan, make_span
from annotator.ui import handlers
from tests.ui_support import (  # noqa: F401 - fixtures
    isolated_settings_fixture,
    key,
    make_window_fixture,
)

TEXT = "قال وزير الخارجية إن الجزائر وليبيا اتفقتا على فتح الحدود."
CTRL = Qt.KeyboardModifier.ControlModifier


def _claim_window(make_window):
    window = make_window([("a", TEXT)])
    start = TEXT.index("الجزائر")
    claim = make_span(TEXT, start, len(TEXT) - 1, "CLAIM", origin="manual")
    window.session.apply(AddSpan(claim))
    window.select_span(claim.id)
    combo = window.attributes.findChild(QComboBox, "attr.certainty")
    assert combo is not None
    return window, claim, combo


def test_consecutive_changes_of_one_attribute_are_one_undo_step(make_window, qtbot):
    window, claim, combo = _claim_window(make_window)
    stack = window.session.undo_stack
    steps = stack.count()
    for index in (1, 2, 3):  # stepping through certainty values
        combo.setCurrentIndex(index)
    assert stack.count() == steps + 1
    third = combo.itemData(3)
    assert window.session.annotations.spans[claim.id].attributes["certainty"] == third
    assert window.actions_by_id["edit.undo"].text() == "Undo Set certainty"
    window.focus_text()
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert "certainty" not in window.session.annotations.spans[claim.id].attributes
    assert window.statusBar().currentMessage() == "Undone: Set certainty"
    assert window.actions_by_id["edit.redo"].text() == "Redo Set certainty"


def test_another_attribute_or_stepping_back_does_not_merge_wrongly(make_window, qtbot):
    window, claim, combo = _claim_window(make_window)
    stack = window.session.undo_stack
    steps = stack.count()
    combo.setCurrentIndex(1)
    combo.setCurrentIndex(0)  # back to "(not set)": the merged step cancels out
    assert stack.count() == steps
    combo.setCurrentIndex(2)
    quote = window.attributes.findChild(QComboBox, "attr.quote")
    quote.setCurrentIndex(1)  # another attribute: a step of its own
    assert stack.count() == steps + 2
    handlers.documents.undo(window)
    attrs = window.session.annotations.spans[claim.id].attributes
    assert "quote" not in attrs and attrs["certainty"] == combo.itemData(2)


def test_the_status_bar_follows_a_moved_edge_and_deselection(make_window, qtbot):
    window = make_window([("a", TEXT)])
    start = TEXT.index("وزير")
    span = make_span(TEXT, start, start + len("وزير الخارجية"), "ACTOR", origin="manual")
    window.session.apply(AddSpan(span))
    window.select_span(span.id)
    assert f"{start}–{span.end}" in window.statusBar().currentMessage()
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier | CTRL)
    moved = window.selected_span()
    assert moved.start != start
    assert f"{moved.start}–{moved.end}" in window.statusBar().currentMessage()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.statusBar().currentMessage() == ""


def test_a_review_decision_is_named_in_the_edit_menu(make_window, qtbot):
    from annotator.suggest.base import suggested_span

    window = make_window([("a", TEXT)])
    start = TEXT.index("ليبيا")
    window.session.apply(AddSpan(suggested_span(TEXT, start, start + 5, "LOCATION",
                                                origin="dictionary@1", score=0.8)))
    key(qtbot, window, Qt.Key.Key_N)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.actions_by_id["edit.undo"].text() == "Undo Accept LOCATION “ليبيا”"

"""Tagging from the keyboard in the real window: offsets on disk, snapping, nesting, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui_support import (  # noqa: F401
    CTRL_SHIFT,
    disk_annotations,
    disk_spans,
    isolated_settings_fixture,
    key,
    make_window_fixture,
    wait_disk,
)

ALT = Qt.KeyboardModifier.AltModifier
TEXT = "قال مصدر أمني إن والجزائر ترفض التدخل في ليبيا."


def test_view_has_focus_and_first_document_is_open(make_window, qtbot):
    window = make_window([("a", TEXT), ("b", "نص آخر")])
    assert window.session.document.id == "a"
    qtbot.waitUntil(window.view.hasFocus)


def test_select_word_by_keyboard_and_tag_with_key_1(make_window, qtbot):
    window = make_window([("a", TEXT)])
    key(qtbot, window, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    # Arabic paragraph: Ctrl+Shift+Left extends forward in reading order, by a word.
    key(qtbot, window, Qt.Key.Key_Left, CTRL_SHIFT)
    assert window.view.selection_cp() == (0, 3)
    key(qtbot, window, "1")
    wait_disk(qtbot, window, [(0, 3, "ACTOR", "قال")])
    qtbot.waitUntil(lambda: not window.isWindowModified())


def test_offsets_are_code_points_after_an_emoji(make_window, qtbot):
    text = "😀 قال مصدر أمني"
    window = make_window([("a", text)])
    key(qtbot, window, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_Left, CTRL_SHIFT)   # over the emoji to the end of قال
    key(qtbot, window, Qt.Key.Key_Left, CTRL_SHIFT)   # ... and مصدر
    key(qtbot, window, "1")
    # snapping drops the emoji: only words are tagged; offsets count the emoji as one.
    wait_disk(qtbot, window, [(2, 10, "ACTOR", "قال مصدر")])
    assert text[2:10] == "قال مصدر"


def test_proclitic_stays_outside(make_window, qtbot):
    window = make_window([("a", TEXT)])
    start = TEXT.index("والجزائر")
    window.view.select_cp(start, start + len("والجزائر"))
    key(qtbot, window, "2")
    wait_disk(qtbot, window, [(start + 1, start + 8, "LOCATION", "الجزائر")])


def test_alt_key_keeps_the_exact_selection(make_window, qtbot):
    window = make_window([("a", TEXT)])
    start = TEXT.index("والجزائر")
    window.view.select_cp(start, start + len("والجزائر"))
    key(qtbot, window, "2", ALT)
    wait_disk(qtbot, window, [(start, start + 8, "LOCATION", "والجزائر")])


def test_nested_spans_claim_with_actor_and_location(make_window, qtbot):
    window = make_window([("a", TEXT)])
    claim = (TEXT.index("والجزائر"), len(TEXT) - 1)
    window.view.select_cp(*claim)
    key(qtbot, window, "3")
    actor = TEXT.index("مصدر")
    window.view.select_cp(actor, actor + len("مصدر أمني"))
    key(qtbot, window, "1")
    place = TEXT.index("ليبيا")
    window.view.select_cp(place, place + 5)
    key(qtbot, window, "2")
    claim_start = claim[0] + 1  # و left outside
    wait_disk(qtbot, window, [
        (claim_start, claim[1], "CLAIM", TEXT[claim_start:claim[1]]),
        (actor, actor + 9, "ACTOR", "مصدر أمني"),
        (place, place + 5, "LOCATION", "ليبيا"),
    ])
    assert window.spans.model.rowCount() == 3


def test_undo_and_redo_through_the_stack_reach_the_disk(make_window, qtbot):
    window = make_window([("a", TEXT)])
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    wait_disk(qtbot, window, [(0, 3, "ACTOR", "قال")])
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_disk(qtbot, window, [])
    assert window.session.annotations.spans == {}
    key(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    wait_disk(qtbot, window, [(0, 3, "ACTOR", "قال")])


def test_title_shows_unsaved_changes_until_autosave(make_window, qtbot):
    window = make_window([("a", TEXT)])
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    assert window.isWindowModified()  # right after the key, before the timer
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert disk_spans(window) == [(0, 3, "ACTOR", "قال")]


def test_exact_duplicate_is_refused_with_a_status_message(make_window, qtbot):
    window = make_window([("a", TEXT)])
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    assert "already covers" in window.statusBar().currentMessage()
    assert len(window.session.annotations.spans) == 1
    assert window.session.undo_stack.count() == 1


def test_relabel_delete_and_tab_navigation(make_window, qtbot):
    window = make_window([("a", TEXT)])
    window.view.select_cp(0, 3)
    key(qtbot, window, "4")
    actor = TEXT.index("مصدر")
    window.view.select_cp(actor, actor + 4)
    key(qtbot, window, "1")
    window.view.select_cp(0, 0)
    window.select_span(None)
    key(qtbot, window, Qt.Key.Key_Tab)
    first = window.selected_span()
    assert first is not None and first.text == "قال"
    key(qtbot, window, Qt.Key.Key_Tab)
    assert window.selected_span().text == "مصدر"
    key(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_span().text == "قال"
    key(qtbot, window, "3")  # no text selected: relabel the selected span
    assert window.selected_span().label == "CLAIM"
    key(qtbot, window, Qt.Key.Key_Delete)
    wait_disk(qtbot, window, [(actor, actor + 4, "ACTOR", "مصدر")])


def test_move_edges_by_character_and_word(make_window, qtbot):
    window = make_window([("a", TEXT)])
    actor = TEXT.index("مصدر")
    window.view.select_cp(actor, actor + 4)
    key(qtbot, window, "1")
    # Arabic paragraph: Left is later in the text. End edge one word later:
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | ALT
        | Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_span().text == "مصدر أمني"
    # End edge one character back (rightwards), then forward again.
    key(qtbot, window, Qt.Key.Key_Right, ALT | Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_span().text == "مصدر أمن"
    key(qtbot, window, Qt.Key.Key_Left, ALT | Qt.KeyboardModifier.ShiftModifier)
    # Start edge one word earlier (rightwards).
    key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | ALT)
    assert window.selected_span().text == "قال مصدر أمني"
    wait_disk(qtbot, window, [(0, actor + 9, "ACTOR", "قال مصدر أمني")])
    assert window.session.undo_stack.count() == 5


def test_delete_removes_relations_in_one_step(make_window, qtbot):
    from annotator.core.edits import AddRelation, make_relation

    window = make_window([("a", TEXT)])
    window.view.select_cp(TEXT.index("والجزائر"), len(TEXT) - 1)
    key(qtbot, window, "3")
    claim = window.selected_span()
    actor = TEXT.index("مصدر")
    window.view.select_cp(actor, actor + 9)
    key(qtbot, window, "1")
    source = window.selected_span()
    window.session.apply(AddRelation(make_relation("SOURCE", claim, source, origin="test")))
    window.select_span(source.id)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert window.session.annotations.relations == {}
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.annotations.relations) == 1
    assert source.id in window.session.annotations.spans


def test_delete_rejects_a_suggestion_and_return_accepts_one(make_window, qtbot):
    from annotator.core.edits import AddSpan, make_span
    from annotator.core.model import Status

    window = make_window([("a", TEXT)])
    session = window.session
    first = make_span(TEXT, 0, 3, "CUE", origin="dict:cues", status=Status.SUGGESTED)
    actor = TEXT.index("مصدر")
    second = make_span(TEXT, actor, actor + 9, "ACTOR", origin="crf", status=Status.SUGGESTED)
    session.apply(AddSpan(first))
    session.apply(AddSpan(second))
    key(qtbot, window, Qt.Key.Key_Tab)
    assert window.selected_span().id == first.id
    key(qtbot, window, Qt.Key.Key_Return)
    assert session.annotations.spans[first.id].status is Status.ACCEPTED
    assert window.selected_span().id == second.id  # Return moved on to the next suggestion
    key(qtbot, window, Qt.Key.Key_Delete)
    kept = session.annotations.spans[second.id]  # rejected, not deleted
    assert kept.status is Status.REJECTED and kept.origin == "crf"
    assert kept.extra["reviewed_by"] == "tester"
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.selected_span() is None
    qtbot.waitUntil(lambda: [s["status"] for s in (disk_annotations(window) or
                                                    {"spans": []})["spans"]]
                    == ["accepted", "rejected"])

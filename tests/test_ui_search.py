"""Search on normalised Arabic and tag-all with a preview, in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from annotator.ui import handlers
from tests.ui_support import (  # noqa: F401
    disk_spans,
    isolated_settings_fixture,
    key,
    make_window_fixture,
    wait_disk,
)

# Diacritics and a hamza form in the document; the query has neither.
TEXT = "أكّد الرئيسُ أنّ الجَزَائِر لن تتدخل، وقالت والجزائر إنها ترفض ذلك. إلى الجزائر."


def test_search_ignores_diacritics_and_counts(make_window, qtbot):
    window = make_window([("a", TEXT)])
    key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.query.hasFocus)
    window.search.query.insert("الجزائر")  # QTest cannot type non-ASCII keys
    matches = window.search.matches()
    assert len(matches) == 3
    first = TEXT.index("الجَزَائِر")
    assert matches[0] == (first, first + len("الجَزَائِر"))
    assert window.search.count.text() == "3 matches"  # English plural from annotator_en.qm
    # The view highlights what the bar found.
    assert window.view.search_matches == matches  # the view's stored ranges (code points)
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    assert window.view.selection_cp() == matches[0]
    qtbot.keyClick(window.search.query, Qt.Key.Key_Escape)
    assert not window.search.isVisible()
    assert window.view.search_matches == []


def test_search_normalises_the_query_too(make_window, qtbot):
    window = make_window([("a", TEXT)])
    handlers.search.show_search(window)
    window.search.query.setText("اكد")  # أكّد without hamza or shadda
    assert window.search.matches() == [(0, 4)]
    assert window.search.count.text() == "1 match"


def test_tag_all_previews_exactly_what_is_tagged_and_is_one_undo_step(make_window, qtbot):
    window = make_window([("a", TEXT)])
    handlers.search.show_search(window)
    window.search.query.setText("الجزائر")
    third = TEXT.rindex("الجزائر")
    window.focus_text()  # with the query focused, "2" would be typed into it
    window.view.select_cp(third, third + 7)
    key(qtbot, window, "2")  # already tagged: the preview must skip it
    assert window.search.query.text() == "الجزائر"
    handlers.search.show_search(window)
    dialog = handlers.search.tag_all_with(window, "LOCATION")
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert len(rows) == 3 and dialog.rows() == rows
    assert [r.text(4) != "" for r in rows] == [False, False, True]  # third: already tagged
    # Keyword in context: before, the match, after; و stays outside in the preview too.
    assert rows[1].text(2) == "الجزائر" and rows[1].text(1).endswith("وقالت و")
    assert dialog.chosen_label() == "LOCATION"
    with qtbot.waitSignal(dialog.finished):
        dialog.done(QDialog.DialogCode.Accepted)
    first = TEXT.index("الجَزَائِر")
    second = TEXT.index("والجزائر") + 1
    expected = [(first, first + 10, "LOCATION", "الجَزَائِر"),
                (second, second + 7, "LOCATION", "الجزائر"),
                (third, third + 7, "LOCATION", "الجزائر")]
    wait_disk(qtbot, window, expected)
    assert window.session.undo_stack.count() == 2
    handlers.documents.undo(window)
    wait_disk(qtbot, window, [(third, third + 7, "LOCATION", "الجزائر")])


def test_tag_all_cancelled_changes_nothing(make_window, qtbot):
    window = make_window([("a", TEXT)])
    handlers.search.show_search(window)
    window.search.query.setText("الجزائر")
    dialog = handlers.search.tag_all_with(window, "ACTOR")
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert window.session.annotations.spans == {}
    assert disk_spans(window) == []


def test_search_and_tag_all_find_a_phrase_across_irregular_spacing(make_window, qtbot):
    text = "قالت وزارة\u00a0الدفاع ثم وزارة  \u200fالدفاع، لا وزارة\nالدفاع"
    window = make_window([("a", text)])
    handlers.search.show_search(window)
    window.search.query.setText("وزارة الدفاع")
    first = text.index("وزارة")
    second = text.index("وزارة", first + 1)
    expected = [(at, text.index("الدفاع", at) + len("الدفاع")) for at in (first, second)]
    assert window.search.matches() == expected  # not the one across the line break
    assert window.search.count.text() == "2 matches"
    dialog = handlers.search.tag_all_with(window, "ACTOR")
    with qtbot.waitSignal(dialog.finished):
        dialog.done(QDialog.DialogCode.Accepted)
    wait_disk(qtbot, window, [(s, e, "ACTOR", text[s:e]) for s, e in expected])


def test_whole_words_by_default_and_unchecked_rows_are_not_tagged(make_window, qtbot):
    text = "زار الجزائري الجزائر، ثم عاد والجزائر تنتظر."
    window = make_window([("a", text)])
    handlers.search.show_search(window)
    window.search.query.setText("الجزائر")
    first = text.index("الجزائر،")  # not الجزائري
    second = text.index("والجزائر") + 1
    assert window.search.matches() == [(first, first + 7), (second, second + 7)]
    window.search.whole_words.setChecked(False)
    assert len(window.search.matches()) == 3
    window.search.whole_words.setChecked(True)
    dialog = handlers.search.tag_all_with(window)
    dialog.label.setCurrentText("ACTOR")  # chosen in the dialog
    dialog.rows()[0].setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.intro.text().startswith("1 spans")
    with qtbot.waitSignal(dialog.finished):
        dialog.done(QDialog.DialogCode.Accepted)
    wait_disk(qtbot, window, [(second, second + 7, "ACTOR", "الجزائر")])


def test_tag_all_over_the_project_groups_rows_by_document(make_window, qtbot):
    other = "وصل وفد من الجزائر أمس."
    window = make_window([("a", TEXT), ("b", other)])
    handlers.search.show_search(window)
    window.search.query.setText("الجزائر")
    window.search.whole_project.setChecked(True)
    dialog = handlers.search.tag_all_with(window, "LOCATION")
    groups = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [g.childCount() for g in groups] == [3, 1]
    assert groups[1].text(0) == "b"
    with qtbot.waitSignal(dialog.finished):
        dialog.done(QDialog.DialogCode.Accepted)
    project = window.session.project
    saved = project.load_annotations(project.load_document("b"))
    at = other.index("الجزائر")
    assert [(s.start, s.end, s.label) for s in saved.spans.values()] == \
        [(at, at + 7, "LOCATION")]
    assert len(window.session.annotations.spans) == 3

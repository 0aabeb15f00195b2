"""Claims in the window: link a claim to its source by keyboard or click, attributes, relations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox

from annotator.core import edits
from annotator.core.edits import AddSpan, load_items
from annotator.core.schema import default_schema
from annotator.ui import handlers
from annotator.ui.attribute_panel import value_text
from annotator.ui.relation_picker import matches_filter, relation_candidates
from tests.ui_support import (  # noqa: F401
    disk_annotations,
    isolated_settings_fixture,
    key,
    make_window_fixture,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TEXT = "قال مصدر أمني رفيع إن الجيش سيبقى في ليبيا. وأكد وزير الداخلية أن الحدود مغلقة."


def _add(window, phrase: str, label: str) -> str:
    start = TEXT.index(phrase)
    span = edits.make_span(TEXT, start, start + len(phrase), label, origin="manual")
    window.session.apply(AddSpan(span))
    return span.id


def _claim_window(make_window):
    window = make_window([("a", TEXT)])
    ids = {
        "source": _add(window, "مصدر أمني رفيع", "ACTOR"),
        "minister": _add(window, "وزير الداخلية", "ACTOR"),
        "libya": _add(window, "ليبيا", "LOCATION"),
        "claim": _add(window, "الجيش سيبقى في ليبيا", "CLAIM"),
    }
    window.session.save()
    window.select_span(ids["claim"])
    window.focus_text()
    return window, ids


def _disk_relations(window) -> list[tuple[str, str, str]]:
    data = disk_annotations(window) or {"relations": []}
    return [(r["type"], r["head"], r["tail"]) for r in data["relations"]]


def _type(widget, text: str) -> None:
    """Type non-ASCII text (QTest.keyClicks only knows ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _open_picker(qtbot, window, mods=Qt.KeyboardModifier.NoModifier):
    key(qtbot, window, Qt.Key.Key_L, mods)
    qtbot.waitUntil(lambda: window.picker is not None and window.picker.filter.hasFocus())
    return window.picker


def test_candidates_are_nearest_first_and_of_the_tail_labels():
    window_free_schema = default_schema()
    from annotator.core.model import AnnotationSet
    ann = AnnotationSet("a", "t", "")
    spans = {}
    for phrase, label in (("مصدر أمني رفيع", "ACTOR"), ("وزير الداخلية", "ACTOR"),
                          ("ليبيا", "LOCATION"), ("الجيش سيبقى في ليبيا", "CLAIM")):
        start = TEXT.index(phrase)
        spans[phrase] = edits.make_span(TEXT, start, start + len(phrase), label, origin="m")
        load_items(ann, spans=[spans[phrase]])
    claim = spans["الجيش سيبقى في ليبيا"]
    source = window_free_schema.relation_type("SOURCE")
    about = window_free_schema.relation_type("ABOUT")
    assert [s.text for s in relation_candidates(ann, claim, source)] == \
        ["مصدر أمني رفيع", "وزير الداخلية"]
    # The location inside the claim is nearest of all.
    assert [s.text for s in relation_candidates(ann, claim, about)][0] == "ليبيا"
    assert matches_filter(spans["وزير الداخلية"], "وزیر")  # Persian yeh is normalised
    assert not matches_filter(spans["وزير الداخلية"], "مصدر")


def test_link_source_by_keyboard_lands_on_disk_and_undoes(make_window, qtbot):
    window, ids = _claim_window(make_window)
    picker = _open_picker(qtbot, window)
    assert picker.candidate_ids() == [ids["source"], ids["minister"]]
    qtbot.waitUntil(picker.filter.hasFocus)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    want = [("SOURCE", ids["claim"], ids["source"])]
    qtbot.waitUntil(lambda: _disk_relations(window) == want, timeout=3000)
    assert window.picker is None
    assert window.selected_span().id == ids["claim"]
    assert "SOURCE: مصدر أمني رفيع" in window.attributes.relation_rows()
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _disk_relations(window) == [], timeout=3000)
    assert "SOURCE: مصدر أمني رفيع" not in window.attributes.relation_rows()


def test_type_to_filter_and_arrows_then_escape_cancels(make_window, qtbot):
    window, ids = _claim_window(make_window)
    picker = _open_picker(qtbot, window)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.list.currentRow() == 1
    _type(picker.filter, "وزير")
    assert picker.candidate_ids() == [ids["minister"]]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.picker is None and window.view.hasFocus())
    assert window.session.annotations.relations == {}
    # Shift+L: ABOUT offers locations too.
    picker = _open_picker(qtbot, window, SHIFT)
    assert picker.relation_type.name == "ABOUT"
    assert picker.candidate_ids()[0] == ids["libya"]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _disk_relations(window) == [("ABOUT", ids["claim"], ids["libya"])],
                    timeout=3000)


def test_clicking_an_actor_in_the_text_picks_it(make_window, qtbot):
    window, ids = _claim_window(make_window)
    picker = _open_picker(qtbot, window)
    start = TEXT.index("وزير الداخلية")

    def point() -> QPoint:
        rect = window.view.span_rects_cp(start, start + len("وزير"))[0]
        return QPoint(int(rect.center().x()), int(rect.center().y()))

    # The docks settle after the window is shown: wait until the word is laid out there.
    qtbot.waitUntil(lambda: window.view.char_at_point(point()) is not None)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point())
    qtbot.waitUntil(lambda: _disk_relations(window) == [("SOURCE", ids["claim"],
                                                         ids["minister"])], timeout=3000)
    assert picker is not window.picker
    assert window.selected_span().id == ids["claim"]


def test_link_needs_a_claim(make_window, qtbot):
    window, ids = _claim_window(make_window)
    window.select_span(ids["source"])
    key(qtbot, window, Qt.Key.Key_L)
    assert window.picker is None
    assert "CLAIM" in window.statusBar().currentMessage()


def test_relations_in_the_panel_jump_and_delete_by_keyboard(make_window, qtbot):
    window, ids = _claim_window(make_window)
    rel = edits.make_relation("SOURCE", window.session.annotations.spans[ids["claim"]],
                              window.session.annotations.spans[ids["source"]], origin="manual")
    window.session.apply(edits.AddRelation(rel))
    window.select_span(ids["source"])
    assert window.attributes.relation_rows() == ["claims made (SOURCE): 1",
                                                 "  ← الجيش سيبقى في ليبيا"]
    panel = window.attributes
    panel.relations.setFocus()
    panel.relations.setCurrentRow(1)
    qtbot.keyClick(panel.relations, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.selected_span().id == ids["claim"])
    assert panel.relation_rows() == ["SOURCE: مصدر أمني رفيع"]
    panel.relations.setFocus()
    panel.relations.setCurrentRow(0)
    qtbot.keyClick(panel.relations, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.session.annotations.relations == {})
    window.session.save()
    assert _disk_relations(window) == []
    handlers.documents.undo(window)
    assert panel.relation_rows() == ["SOURCE: مصدر أمني رفيع"]


def _disk_attrs(window, span_id: str) -> dict:
    data = disk_annotations(window) or {"spans": []}
    return next((s["attributes"] for s in data["spans"] if s["id"] == span_id), {})


def test_attribute_by_keyboard_lands_on_disk_and_undoes(make_window, qtbot):
    window, ids = _claim_window(make_window)
    key(qtbot, window, Qt.Key.Key_A, CTRL | SHIFT)
    first = window.attributes.editors["source_kind"]
    qtbot.waitUntil(first.hasFocus)
    combo = window.attributes.editors["certainty"]
    assert isinstance(combo, QComboBox)
    assert combo.itemText(2) == "probably true (PR+)"
    qtbot.keyClick(first, Qt.Key.Key_Tab)   # to "quote"
    quote = window.attributes.editors["quote"]
    qtbot.waitUntil(quote.hasFocus)
    qtbot.keyClick(quote, Qt.Key.Key_Tab)   # to "certainty"
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _disk_attrs(window, ids["claim"]).get("certainty") == "PR+",
                    timeout=3000)
    assert window.session.undo_stack.count() >= 2
    # The two consecutive changes of certainty are one step (issue 12).
    handlers.documents.undo(window)
    assert combo.currentData() is None
    qtbot.waitUntil(lambda: "certainty" not in _disk_attrs(window, ids["claim"]),
                    timeout=3000)
    assert QApplication.focusWidget() is not None


def test_values_in_plain_arabic_words():
    certainty = default_schema().label("CLAIM").attribute("certainty")
    assert value_text(certainty, "PR+", "ar") == "صحيح على الأرجح"
    assert value_text(certainty, "PR+", "en") == "probably true (PR+)"
    kind = default_schema().label("CLAIM").attribute("source_kind")
    assert value_text(kind, "unnamed_source", "en") == "unnamed source (unnamed_source)"
    assert value_text(kind, "unnamed_source", "ar") == "مصدر غير مسمّى"


# ---------------------------------------------------------------- candidate order (Qt-free logic)

_LABELS = ("ACTOR", "LOCATION", "CLAIM", "CUE")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 15), st.sampled_from(_LABELS)),
                min_size=1, max_size=12),
       st.integers(0, 60), st.integers(1, 20), st.sampled_from(["SOURCE", "ABOUT"]))
def test_candidates_property(spans, head_start, head_len, rel_name):
    from annotator.core.model import AnnotationSet, Span
    text = "x" * 100
    ann = AnnotationSet("a", "t", "")
    for i, (start, length, label) in enumerate(spans):
        load_items(ann, spans=[Span(f"s{i}", start, start + length, label,
                                    text[start:start + length])])
    head = Span("h", head_start, head_start + head_len, "CLAIM", "x" * head_len)
    load_items(ann, spans=[head])
    rel = default_schema().relation_type(rel_name)
    got = relation_candidates(ann, head, rel)
    assert all(s.label in rel.tail_labels and s.id != "h" for s in got)
    assert {s.id for s in got} == {s.id for s in ann.spans.values()
                                   if s.label in rel.tail_labels and s.id != "h"}

    def gap(s):
        return max(head.start - s.end, s.start - head.end, 0)
    assert [gap(s) for s in got] == sorted(gap(s) for s in got)

"""Review mode in the GUI: review keys, bulk accept, suggester dialog, import, review dock."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from annotator.core.edits import AddSpan, Batch
from annotator.core.model import Span, Status
from annotator.suggest import runner
from annotator.suggest.base import SuggesterBase, Suggestions, suggested_span
from annotator.suggest.review import review_stats
from annotator.ui import handlers
from annotator.ui.actions import help_rows
from annotator.ui.bulk_dialog import BulkAcceptDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.review_panel import DOCUMENT_DELAY_MS
from tests.ui_support import (  # noqa: F401 - fixtures
    disk_annotations,
    dock,
    isolated_settings_fixture,
    key,
    make_window_fixture,
)

TEXT = "قال وزير الخارجية إن الجزائر وليبيا اتفقتا في طرابلس على فتح الحدود."
OTHER = "وصل وفد من الجزائر إلى طرابلس أمس."
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _suggest(window: MainWindow, surface: str, label: str, score: float = 0.8,
             origin: str = "dictionary@1", occurrence: int = 1) -> Span:
    text = window.session.text
    start = -1
    for _ in range(occurrence):
        start = text.index(surface, start + 1)
    return suggested_span(text, start, start + len(surface), label, origin=origin, score=score)


def _with_suggestions(window: MainWindow, spans: list[Span]) -> None:
    window.session.apply(Batch(tuple(AddSpan(s) for s in spans), "suggestions"))


def _status(window: MainWindow, span: Span) -> Status:
    return window.session.annotations.spans[span.id].status


def test_review_keys_walk_accept_reject_and_relabel(make_window, qtbot):
    window = make_window([("a", TEXT)])
    algeria = _suggest(window, "الجزائر", "LOCATION", 0.9)
    libya = _suggest(window, "ليبيا", "LOCATION", 0.7)
    tripoli = _suggest(window, "طرابلس", "ACTOR", 0.6, origin="model@1")
    _with_suggestions(window, [tripoli, libya, algeria])
    window.view.select_cp(0, 0)
    key(qtbot, window, Qt.Key.Key_N)
    assert window.selected_span().id == algeria.id
    key(qtbot, window, Qt.Key.Key_N)
    assert window.selected_span().id == libya.id
    key(qtbot, window, Qt.Key.Key_N, SHIFT)
    assert window.selected_span().id == algeria.id
    key(qtbot, window, Qt.Key.Key_Return)
    assert _status(window, algeria) is Status.ACCEPTED
    assert window.selected_span().id == libya.id  # Return moves on to the next pending one
    key(qtbot, window, Qt.Key.Key_X)
    assert _status(window, libya) is Status.REJECTED
    assert window.selected_span().id == tripoli.id  # reject moves on
    key(qtbot, window, "2")  # LOCATION's key relabels the suggestion, still pending
    assert window.selected_span().label == "LOCATION"
    assert _status(window, tripoli) is Status.SUGGESTED
    key(qtbot, window, Qt.Key.Key_Return)
    assert _status(window, tripoli) is Status.ACCEPTED

    def on_disk() -> dict[str, dict]:
        data = disk_annotations(window) or {"spans": []}
        return {s["id"]: s for s in data["spans"]}

    qtbot.waitUntil(lambda: on_disk().get(tripoli.id, {}).get("status") == "accepted")
    spans = on_disk()
    assert spans[algeria.id]["status"] == "accepted"
    assert spans[algeria.id]["origin"] == "dictionary@1" and spans[algeria.id]["score"] == 0.9
    assert spans[libya.id]["status"] == "rejected" and spans[libya.id]["origin"] == "dictionary@1"
    assert spans[tripoli.id]["label"] == "LOCATION" and spans[tripoli.id]["origin"] == "model@1"
    stats = {s.origin: s for s in review_stats(window.session.project)}
    assert (stats["dictionary@1"].accepted, stats["dictionary@1"].rejected) == (1, 1)
    assert stats["model@1"].edited == 1 and stats["model@1"].precision == 1.0


def test_moving_an_edge_then_accepting_counts_as_edited(make_window, qtbot):
    window = make_window([("a", TEXT)])
    minister = _suggest(window, "وزير الخارجية", "ACTOR", origin="model@1")
    _with_suggestions(window, [minister])
    key(qtbot, window, Qt.Key.Key_N)
    # Right-to-left paragraph: Alt+Left moves the start edge later, by a word with Ctrl.
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier | CTRL)
    assert window.selected_span().text == "الخارجية"
    assert _status(window, minister) is Status.SUGGESTED
    key(qtbot, window, Qt.Key.Key_Return)
    span = window.session.annotations.spans[minister.id]
    assert span.status is Status.ACCEPTED
    assert span.extra["suggested_as"] == {"start": minister.start, "end": minister.end,
                                          "label": "ACTOR"}
    qtbot.waitUntil(lambda: window.session.undo_stack.isClean())
    stats = review_stats(window.session.project)
    assert [(s.origin, s.edited, s.accepted) for s in stats] == [("model@1", 1, 0)]


def test_bulk_accept_of_a_label_is_one_undo_step(make_window, qtbot):
    window = make_window([("a", TEXT)])
    places = [_suggest(window, w, "LOCATION") for w in ("الجزائر", "ليبيا", "طرابلس")]
    actor = _suggest(window, "وزير الخارجية", "ACTOR")
    _with_suggestions(window, [*places, actor])
    steps = window.session.undo_stack.count()
    dialog = handlers.bulk.open_bulk_accept(window, "label")
    assert isinstance(dialog, BulkAcceptDialog)
    dialog.label.setCurrentIndex(dialog.label.findData("LOCATION"))
    dialog.accept()
    assert [_status(window, s) for s in places] == [Status.ACCEPTED] * 3
    assert _status(window, actor) is Status.SUGGESTED
    assert window.session.undo_stack.count() == steps + 1
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [_status(window, s) for s in places] == [Status.SUGGESTED] * 3


def test_bulk_accept_above_a_score_in_the_document(make_window, qtbot):
    window = make_window([("a", TEXT)])
    high = _suggest(window, "الجزائر", "LOCATION", 0.95)
    low = _suggest(window, "ليبيا", "LOCATION", 0.4)
    _with_suggestions(window, [high, low])
    dialog = handlers.bulk.open_bulk_accept(window, "score")
    dialog.threshold.setValue(0.9)
    dialog.accept()
    assert (_status(window, high), _status(window, low)) == (Status.ACCEPTED, Status.SUGGESTED)


def _lexicon_project(window: MainWindow, tmp_path) -> None:
    lexicon = tmp_path / "places.tsv"
    lexicon.write_text("entry\tlabel\tcanonical\ttype\nالجزائر\tLOCATION\t\t\n"
                       "طرابلس\tLOCATION\t\t\n", encoding="utf-8")
    project = window.session.project
    project.settings["lexicons"] = [str(lexicon)]
    project.save_project()


def _other_file(window: MainWindow, doc_id: str) -> list[dict]:
    path = window.session.project.annotations_path(doc_id)
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["spans"]


def test_dictionary_from_the_dialog_adds_suggestions_everywhere(make_window, qtbot, tmp_path):
    window = make_window([("a", TEXT), ("b", OTHER)])
    _lexicon_project(window, tmp_path)
    dialog = handlers.bulk.run_suggesters(window)
    dialog.select("dictionary")
    assert dialog.chosen() == "dictionary"
    dialog.everywhere.setChecked(True)
    job = dialog.run()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=10000)
    spans = list(window.session.annotations.spans.values())
    found = {(s.text, s.label) for s in spans}
    assert {("الجزائر", "LOCATION"), ("طرابلس", "LOCATION")} <= found  # the project lexicon
    assert {(s.status, s.origin.split("@")[0]) for s in spans} == {(Status.SUGGESTED,
                                                                    "dictionary")}
    assert window.spans.model.rowCount() == len(spans)  # visible in the span panel
    other = _other_file(window, "b")
    assert {("الجزائر", "suggested"), ("طرابلس", "suggested")} <= \
        {(s["text"], s["status"]) for s in other}
    assert dialog.last_report.counts["suggestions"] == len(spans) + len(other)
    dialog.close()
    handlers.documents.undo(window)  # the open document's suggestions were one undo step
    assert window.session.annotations.spans == {}


def test_model_is_offered_only_after_training(make_window, qtbot):
    window = make_window([("a", TEXT)])
    dialog = handlers.bulk.run_suggesters(window)
    names = {dialog.list.item(r).data(Qt.ItemDataRole.UserRole): dialog.list.item(r)
             for r in range(dialog.list.count())}
    model = names["model"]
    assert not model.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "not trained" in model.text()
    assert dialog.chosen() != "model"
    job = dialog.train()  # nothing accepted yet: a clear message, no traceback
    qtbot.waitUntil(lambda: dialog.job is None or job.finished_, timeout=10000)
    qtbot.waitUntil(lambda: "at least 2 documents" in dialog.outcome.text())


class _Gate(SuggesterBase):
    """A suggester that waits on the first document until the test lets it go."""

    name = "gate"
    version = "1"

    def __init__(self, started: threading.Event, release: threading.Event) -> None:
        self.started, self.release = started, release
        self.seen: list[str] = []

    def suggest_full(self, doc, ann):
        self.seen.append(doc.id)
        self.started.set()
        self.release.wait(10)
        return Suggestions()


def test_cancel_stops_a_running_suggester(make_window, qtbot):
    window = make_window([(f"d{i}", TEXT) for i in range(6)])
    started, release = threading.Event(), threading.Event()
    gate = _Gate(started, release)
    runner.register_suggester("gate", lambda project, who, report: gate, "test gate")
    try:
        dialog = handlers.bulk.run_suggesters(window)
        dialog.select("gate")
        dialog.everywhere.setChecked(True)
        job = dialog.run()
        qtbot.waitUntil(started.is_set, timeout=10000)
        job.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
        release.set()
        qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=10000)
    finally:
        runner.SUGGESTERS.pop("gate", None)
        release.set()
    assert "cancelled" in dialog.last_report.counts
    assert len(gate.seen) < 6
    assert "Stopped" in dialog.outcome.text()


def test_review_panel_shows_precision_per_origin(make_window, qtbot):
    window = make_window([("a", TEXT)])
    good = _suggest(window, "الجزائر", "LOCATION", origin="dictionary@1")
    bad = _suggest(window, "ليبيا", "ACTOR", origin="dictionary@1")
    _with_suggestions(window, [good, bad])
    panel = window.review
    dock(window, "review").raise_()  # its tab: the project figures are read while shown
    qtbot.waitUntil(lambda: "2 pending" in panel.document_counts.text())
    key(qtbot, window, Qt.Key.Key_N)
    key(qtbot, window, Qt.Key.Key_Return)
    key(qtbot, window, Qt.Key.Key_N)
    key(qtbot, window, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: "0 pending, 1 accepted (0 edited), 1 rejected"
                    in panel.document_counts.text())

    def row() -> list[str]:
        t = panel.table
        return [t.item(0, c).text() for c in range(t.columnCount())] if t.rowCount() else []

    qtbot.waitUntil(lambda: row() == ["dictionary@1", "0", "1", "0", "1", "50%", "0", ""],
                    timeout=5000)


def test_document_counts_wait_until_the_review_dock_is_shown(make_window, qtbot):
    window = make_window([("a", TEXT)])
    dock(window, "labels").raise_()  # the review tab is behind the labels
    panel = window.review
    before = panel.document_counts.text()
    _with_suggestions(window, [_suggest(window, "الجزائر", "LOCATION")])
    qtbot.waitUntil(lambda: window.spans.model.rowCount() == 1)  # the edit went through
    # Not counted while hidden: the counts must not change for several times the
    # delay after which a shown panel would have counted (waitUntil times out).
    with pytest.raises(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: panel.document_counts.text() != before,
                        timeout=5 * DOCUMENT_DELAY_MS)
    dock(window, "review").raise_()
    qtbot.waitUntil(lambda: "1 pending" in panel.document_counts.text())


def test_import_suggestions_reports_skipped_lines(make_window, qtbot, tmp_path):
    window = make_window([("a", TEXT)])
    start = TEXT.index("الجزائر")
    lines = [{"id": "a", "text": TEXT, "spans": [{"start": start, "end": start + 7,
                                                   "label": "LOCATION", "score": 0.7}]},
             {"id": "a", "text": TEXT, "spans": [{"start": 0, "end": 5000, "label": "ACTOR"}]}]
    path = tmp_path / "model.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    handlers.bulk.import_suggestions(window, str(path))
    qtbot.waitUntil(lambda: window.dialogs.report_dialog is not None, timeout=10000)
    report = window.dialogs.report_dialog
    assert report.problems.count() == 1 and ":2:" in report.problems.item(0).text()
    spans = list(window.session.annotations.spans.values())
    assert [(s.text, s.status, s.origin) for s in spans] == \
        [("الجزائر", Status.SUGGESTED, "file:model.jsonl")]


def test_help_lists_the_review_keys(make_window):
    window = make_window([("a", TEXT)])
    rows = {action: keys for _menu, action, keys in help_rows(window.session.schema)}
    assert rows["Next suggestion"] == "N"
    assert rows["Previous suggestion"] == "Shift+N"
    assert rows["Reject suggestion and go to the next"] == "X"


def test_bulk_accept_across_the_project_after_confirmation(make_window, qtbot):
    from annotator.suggest.runner import run_suggester  # noqa: F401 - the same files as the CLI
    window = make_window([("a", TEXT), ("b", OTHER)])
    here = _suggest(window, "الجزائر", "LOCATION")
    _with_suggestions(window, [here])
    project = window.session.project
    doc = project.load_document("b")
    theirs = project.load_annotations(doc)
    start = OTHER.index("طرابلس")
    from annotator.core.edits import apply_edit
    apply_edit(OTHER, theirs, AddSpan(suggested_span(OTHER, start, start + 6, "LOCATION",
                                                     origin="dictionary@1")), project.schema)
    project.save_annotations(theirs)
    dialog = handlers.bulk.open_bulk_accept(window, "label")
    dialog.label.setCurrentIndex(dialog.label.findData("LOCATION"))
    dialog.everywhere.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: window.dialogs.review_confirm is not None, timeout=10000)
    box = window.dialogs.review_confirm
    assert "Accept 2 suggestions in 2 documents" in box.text()
    assert "cannot be undone" in box.text()
    box.button(box.StandardButton.Ok).click()
    assert _status(window, here) is Status.ACCEPTED
    qtbot.waitUntil(lambda: window.jobs.current is None, timeout=10000)
    assert [s["status"] for s in _other_file(window, "b")] == ["accepted"]
    handlers.documents.undo(window)  # this document's part is one undo step
    assert _status(window, here) is Status.SUGGESTED


def test_training_shows_figures_per_label(make_window, qtbot):
    from tests.suggest_support import annotate
    texts = [(f"t{i}", f"وصل الوزير إلى طرابلس يوم {i} ثم زار الجزائر ولقي وفد تونس.")
             for i in range(4)]
    window = make_window(texts)
    project = window.session.project
    for doc_id, _ in texts[1:]:
        annotate(project, doc_id, [("طرابلس", "LOCATION", 1), ("الجزائر", "LOCATION", 1)])
    dialog = handlers.bulk.run_suggesters(window)
    job = dialog.train()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.job is None and job.finished_, timeout=60000)
    assert "micro F1" in dialog.outcome.text() or "trained on" in dialog.outcome.text()
    assert dialog.figures.rowCount() == 1
    assert dialog.figures.item(0, 0).text() == "LOCATION"
    model = next(dialog.list.item(r) for r in range(dialog.list.count())
                 if dialog.list.item(r).data(Qt.ItemDataRole.UserRole) == "model")
    assert model.flags() & Qt.ItemFlag.ItemIsEnabled  # trained: it can run now


def test_review_strings_are_translated_to_arabic(make_window):
    window = make_window([("a", TEXT)], language="ar")
    assert dock(window, "review").windowTitle() == "المراجعة"
    assert window.actions_by_id["review.next"].text() == "الاقتراح التالي"
    assert window.review.buttons["reject"].text() == "رفض"
    dialog = handlers.bulk.run_suggesters(window)
    assert dialog.run_button.text() == "تشغيل"


def test_a_suggester_that_cannot_run_says_why(make_window, qtbot):
    window = make_window([("a", TEXT)])
    dialog = handlers.bulk.run_suggesters(window)
    dialog.select("propagate")
    dialog.run()
    qtbot.waitUntil(lambda: "accept some spans first" in dialog.outcome.text(), timeout=10000)
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible())
    assert "Traceback" not in window.error_box.text()
    assert window.session.annotations.spans == {}


# ------------------------------------------------------------ suggested relations (links)

CLAIM_TEXT = "الجزائر وليبيا اتفقتا في طرابلس على فتح الحدود"


def _with_links(window: MainWindow) -> tuple[Span, Span, Span, str, str]:
    """A suggested claim, its actor and place, and suggested SOURCE and ABOUT links."""
    from annotator.core.edits import AddRelation, make_relation
    claim = _suggest(window, CLAIM_TEXT, "CLAIM", origin="claims@1")
    actor = _suggest(window, "وزير الخارجية", "ACTOR", origin="claims@1")
    place = _suggest(window, "طرابلس", "LOCATION", origin="claims@1")
    source = make_relation("SOURCE", claim, actor, origin="claims@1", status=Status.SUGGESTED)
    about = make_relation("ABOUT", claim, place, origin="claims@1", status=Status.SUGGESTED)
    window.session.apply(Batch((AddSpan(claim), AddSpan(actor), AddSpan(place),
                                AddRelation(source), AddRelation(about)), "suggestions"))
    return claim, actor, place, source.id, about.id


def _link(window: MainWindow, rel_id: str) -> Status:
    return window.session.annotations.relations[rel_id].status


def test_accepting_and_rejecting_spans_decides_their_links(make_window, qtbot):
    window = make_window([("a", TEXT)])
    claim, actor, place, source, about = _with_links(window)
    window.select_span(claim.id)
    key(qtbot, window, Qt.Key.Key_Return)
    assert _status(window, claim) is Status.ACCEPTED
    assert (_link(window, source), _link(window, about)) == (Status.SUGGESTED, Status.SUGGESTED)
    steps = window.session.undo_stack.count()
    window.select_span(actor.id)
    key(qtbot, window, Qt.Key.Key_Return)  # both ends of SOURCE accepted: SOURCE is too
    assert _link(window, source) is Status.ACCEPTED
    assert _link(window, about) is Status.SUGGESTED  # its place is still pending
    assert window.session.undo_stack.count() == steps + 1
    key(qtbot, window, Qt.Key.Key_Z, CTRL)  # one undo step takes back the span and its link
    assert _status(window, actor) is Status.SUGGESTED
    assert _link(window, source) is Status.SUGGESTED
    window.select_span(place.id)
    key(qtbot, window, Qt.Key.Key_X)  # rejecting the place rejects ABOUT, deletes nothing
    assert _link(window, about) is Status.REJECTED
    assert len(window.session.annotations.relations) == 2
    window.select_span(actor.id)
    key(qtbot, window, Qt.Key.Key_Delete)  # Delete on a suggestion rejects it and its links
    assert _link(window, source) is Status.REJECTED

    def on_disk() -> dict[str, str]:
        data = disk_annotations(window) or {"relations": []}
        return {r["id"]: r["status"] for r in data.get("relations", [])}

    qtbot.waitUntil(lambda: on_disk() == {source: "rejected", about: "rejected"})


def test_link_keys_accept_and_reject_the_selected_spans_links(make_window, qtbot):
    from annotator.suggest.review import accept
    window = make_window([("a", TEXT)])
    claim, actor, place, source, about = _with_links(window)
    panel = window.review
    dock(window, "review").raise_()  # counted while shown
    qtbot.waitUntil(lambda: "Links: 2 pending, 0 accepted, 0 rejected"
                    in panel.document_counts.text())
    for span in (claim, actor):  # accepted without their links (as before links followed)
        window.session.apply(accept(window.session.annotations.spans[span.id]))
    window.select_span(claim.id)
    key(qtbot, window, Qt.Key.Key_Return, SHIFT)
    assert _link(window, source) is Status.ACCEPTED
    assert _link(window, about) is Status.SUGGESTED  # its place is still pending
    qtbot.waitUntil(lambda: "1 wait" in window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: "Links: 1 pending, 1 accepted, 0 rejected"
                    in panel.document_counts.text())
    key(qtbot, window, Qt.Key.Key_X, SHIFT)
    assert _link(window, about) is Status.REJECTED
    assert _status(window, place) is Status.SUGGESTED  # the span itself is not decided
    assert _status(window, claim) is Status.ACCEPTED
    qtbot.waitUntil(lambda: "Links: 0 pending, 1 accepted, 1 rejected"
                    in panel.document_counts.text())
    key(qtbot, window, Qt.Key.Key_X, SHIFT)  # nothing left: a message, no change
    qtbot.waitUntil(lambda: "no pending links" in window.statusBar().currentMessage())
    links = {what: keys for _menu, what, keys in help_rows(window.session.schema)
             if "suggested links" in what}
    assert sorted(links.values()) == ["Shift+Return", "Shift+X"]  # listed in the help


def test_bulk_accept_accepts_links_whose_ends_are_accepted(make_window, qtbot):
    window = make_window([("a", TEXT)])
    claim, actor, place, source, about = _with_links(window)
    window.select_span(claim.id)
    key(qtbot, window, Qt.Key.Key_Return)
    steps = window.session.undo_stack.count()
    dialog = handlers.bulk.open_bulk_accept(window, "label")
    dialog.label.setCurrentIndex(dialog.label.findData("LOCATION"))
    dialog.accept()
    assert _status(window, place) is Status.ACCEPTED
    assert (_link(window, about), _link(window, source)) == (Status.ACCEPTED, Status.SUGGESTED)
    assert window.session.undo_stack.count() == steps + 1
    qtbot.waitUntil(lambda: "1 suggestions and 1 links" in window.statusBar().currentMessage())


def test_review_panel_shows_links_per_origin(make_window, qtbot):
    window = make_window([("a", TEXT)])
    claim, actor, place, source, about = _with_links(window)
    panel = window.review
    dock(window, "review").raise_()
    window.select_span(claim.id)
    key(qtbot, window, Qt.Key.Key_Return)
    window.select_span(actor.id)
    key(qtbot, window, Qt.Key.Key_Return)
    window.select_span(place.id)
    key(qtbot, window, Qt.Key.Key_X)

    def row() -> list[str]:
        t = panel.table
        return [t.item(0, c).text() for c in range(t.columnCount())] if t.rowCount() else []

    qtbot.waitUntil(lambda: row() == ["claims@1", "0", "2", "0", "1", "67%", "0", "0, 50%"],
                    timeout=5000)
    qtbot.waitUntil(lambda: "Links: 0 pending, 1 accepted, 1 rejected"
                    in panel.project_counts.text())


def test_bulk_accept_across_the_project_accepts_links_in_other_documents(make_window, qtbot):
    from annotator.core.edits import AddRelation, apply_edit, make_relation
    window = make_window([("a", TEXT), ("b", OTHER)])
    project = window.session.project
    theirs = project.load_annotations(project.load_document("b"))
    start = OTHER.index("طرابلس")
    claim = suggested_span(OTHER, 0, start + 6, "CLAIM", origin="claims@1") \
        .with_changes(status=Status.ACCEPTED)
    place = suggested_span(OTHER, start, start + 6, "LOCATION", origin="claims@1")
    about = make_relation("ABOUT", claim, place, origin="claims@1", status=Status.SUGGESTED)
    apply_edit(OTHER, theirs, Batch((AddSpan(claim), AddSpan(place), AddRelation(about)), "s"),
               project.schema)
    project.save_annotations(theirs)
    dialog = handlers.bulk.open_bulk_accept(window, "label")
    dialog.label.setCurrentIndex(dialog.label.findData("LOCATION"))
    dialog.everywhere.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: window.dialogs.review_confirm is not None, timeout=10000)
    box = window.dialogs.review_confirm
    assert "Accept 1 suggestions in 1 documents" in box.text()  # spans are what is counted
    box.button(box.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "1 suggestions and 1 links in other documents"
                    in window.statusBar().currentMessage(), timeout=10000)
    saved = _relations_on_disk(project, "b")
    assert [r["status"] for r in saved["relations"]] == ["accepted"]


def _relations_on_disk(project, doc_id: str) -> dict:
    """The annotation file of ``doc_id`` as the project reads it now (not the window's copy)."""
    from annotator.formats.project import Project
    fresh = Project.open(project.path, annotator=project.annotator)
    ann = fresh.load_annotations(fresh.load_document(doc_id))
    return {"relations": [{"id": r.id, "status": r.status.value}
                          for r in ann.relations.values()]}

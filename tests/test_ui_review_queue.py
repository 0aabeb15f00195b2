"""The review queue by keys: across documents, conflicts by label keys, mark done with pending."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.edits import AddSpan, Batch, load_items
from annotator.core.model import DocStatus, Status
from annotator.formats.project import Project
from annotator.suggest.base import suggested_span
from annotator.ui import handlers
from annotator.ui.main_window import MainWindow
from tests.ui_support import (  # noqa: F401 - fixtures
    disk_annotations,
    isolated_settings_fixture,
    key,
    make_window_fixture,
)

TEXT = "قال وزير الخارجية إن القاهرة وليبيا اتفقتا في طرابلس على فتح الحدود."
OTHER = "وصل وفد من الجزائر إلى طرابلس أمس."
CTRL = Qt.KeyboardModifier.ControlModifier


def _span(text: str, word: str, label: str, score: float = 0.8):
    start = text.index(word)
    return suggested_span(text, start, start + len(word), label, origin="dictionary@1",
                          score=score)


def _suggest_on_disk(project: Project, doc_id: str, spans) -> None:
    doc = project.load_document(doc_id)
    ann = project.load_annotations(doc)
    for span in spans:
        load_items(ann, spans=[span])
    project.save_annotations(ann)


def _status(window: MainWindow, span_id: str) -> Status:
    return window.session.annotations.spans[span_id].status


def test_return_walks_the_queue_through_two_documents(make_window, qtbot):
    window = make_window([("a", TEXT), ("b", OTHER)])
    assert window.session.document.id == "a"
    here = [_span(TEXT, "وزير الخارجية", "ACTOR"), _span(TEXT, "ليبيا", "LOCATION")]
    window.session.apply(Batch(tuple(AddSpan(s) for s in here), "suggestions"))
    there = [_span(OTHER, "الجزائر", "LOCATION"), _span(OTHER, "طرابلس", "LOCATION")]
    _suggest_on_disk(window.session.project, "b", there)
    window.queue.refresh_counts()
    key(qtbot, window, Qt.Key.Key_N)
    assert window.selected_span().id == here[0].id
    assert "Suggestion 1 of 2 here · document 1 of 2 with pending · 4 pending in the project" \
        in window.queue.label.text()
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.selected_span().id == here[1].id
    key(qtbot, window, Qt.Key.Key_X)  # reject, and on into the next document
    assert window.session.document.id == "b"
    assert window.selected_span().id == there[0].id
    assert "Suggestion 1 of 2 here · document 1 of 1 with pending · 2 pending" \
        in window.queue.label.text()
    key(qtbot, window, Qt.Key.Key_N)
    assert "Suggestion 2 of 2 here" in window.queue.label.text()
    key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, window, Qt.Key.Key_Return)
    key(qtbot, window, Qt.Key.Key_Return)
    assert {_status(window, s.id) for s in there} == {Status.ACCEPTED}
    assert "End of the queue" in window.statusBar().currentMessage()
    assert window.session.document.id == "b"  # no silent wrap to the first document
    assert "No pending suggestion here · 0 pending in the project" in window.queue.label.text()
    project = Project.open(window.session.project.path, annotator="tester")
    saved = project.load_annotations(project.load_document("a"))
    assert saved.spans[here[0].id].status is Status.ACCEPTED
    assert saved.spans[here[1].id].status is Status.REJECTED
    key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert window.session.document.id == "b"  # nothing pending before: stays


def test_a_label_key_resolves_a_conflict_in_one_undo_step(make_window, qtbot):
    window = make_window([("a", TEXT)])
    actor = _span(TEXT, "القاهرة", "ACTOR", 0.4)
    place = _span(TEXT, "القاهرة", "LOCATION", 0.9)
    libya = _span(TEXT, "ليبيا", "LOCATION", 0.5)
    window.session.apply(Batch((AddSpan(actor), AddSpan(place), AddSpan(libya)), "s"))
    key(qtbot, window, Qt.Key.Key_N)
    assert window.selected_span().id == place.id  # the highest score is offered
    steps = window.session.undo_stack.count()
    key(qtbot, window, "1")  # ACTOR's key picks that alternative
    assert (_status(window, actor.id), _status(window, place.id)) == \
        (Status.ACCEPTED, Status.REJECTED)
    assert window.session.undo_stack.count() == steps + 1
    assert window.selected_span().id == libya.id  # and the queue moved on
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert {_status(window, actor.id), _status(window, place.id)} == {Status.SUGGESTED}
    window.select_span(place.id)
    key(qtbot, window, Qt.Key.Key_Return)  # Return takes the one selected: the highest score
    assert (_status(window, actor.id), _status(window, place.id)) == \
        (Status.REJECTED, Status.ACCEPTED)


def test_mark_done_with_pending_items_asks_and_escape_cancels(make_window, qtbot):
    window = make_window([("a", TEXT)])
    pending = _span(TEXT, "ليبيا", "LOCATION")
    window.session.apply(AddSpan(pending))
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.dialogs.done_box is not None
                    and window.dialogs.done_box.isVisible())
    box = window.dialogs.done_box
    assert "1 pending suggestions and 0 pending links" in box.text()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dialogs.done_box is None)
    assert window.session.annotations.status is not DocStatus.DONE
    assert _status(window, pending.id) is Status.SUGGESTED
    # Asked again, "Reject the rest and mark done" is one undo step.
    box = handlers.documents.mark_done(window)
    reject = next(b for b in box.buttons() if "Reject the rest" in b.text())
    reject.click()
    qtbot.waitUntil(lambda: window.session.annotations.status is DocStatus.DONE)
    assert _status(window, pending.id) is Status.REJECTED
    qtbot.waitUntil(lambda: (disk_annotations(window) or {}).get("status") == "done")
    handlers.documents.undo(window)
    assert window.session.annotations.status is not DocStatus.DONE
    assert _status(window, pending.id) is Status.SUGGESTED


def test_the_review_panels_filter_and_order_choose_what_the_queue_serves(make_window, qtbot):
    window = make_window([("a", TEXT)])
    minister = _span(TEXT, "وزير الخارجية", "ACTOR", 0.9)
    libya = _span(TEXT, "ليبيا", "LOCATION", 0.7)
    tripoli = _span(TEXT, "طرابلس", "LOCATION", 0.2)
    window.session.apply(Batch((AddSpan(minister), AddSpan(libya), AddSpan(tripoli)), "s"))
    panel = window.review
    panel.filter_label.setCurrentIndex(panel.filter_label.findData("LOCATION"))
    key(qtbot, window, Qt.Key.Key_N)
    assert window.selected_span().id == libya.id  # the ACTOR is filtered out
    panel.order.setCurrentIndex(panel.order.findData("score"))
    window.select_span(None)
    window.view.select_cp(0, 0)
    key(qtbot, window, Qt.Key.Key_N)
    assert window.selected_span().id == tripoli.id  # lowest score first
    panel.filter_label.setCurrentIndex(0)
    panel.min_score.setValue(0.8)
    assert window.queue.filter.min_score == 0.8
    assert [it.first.id for it in window.queue.items()] == [minister.id]


def test_bulk_preview_leaves_conflicts_out_and_an_unchecked_row_pending(make_window, qtbot):
    window = make_window([("a", TEXT)])
    cairo_actor = _span(TEXT, "القاهرة", "ACTOR", 0.95)
    cairo_place = _span(TEXT, "القاهرة", "LOCATION", 0.9)
    libya = _span(TEXT, "ليبيا", "LOCATION", 0.92)
    tripoli = _span(TEXT, "طرابلس", "LOCATION", 0.97)
    low = _span(TEXT, "الحدود", "LOCATION", 0.3)
    window.session.apply(Batch(tuple(AddSpan(s) for s in
                                     (cairo_actor, cairo_place, libya, tripoli, low)), "s"))
    dialog = handlers.bulk.open_bulk_accept(window, "score")
    dialog.threshold.setValue(0.9)
    rows = {dialog.preview.item(i).data(Qt.ItemDataRole.UserRole): dialog.preview.item(i)
            for i in range(dialog.preview.count())}
    assert set(rows) == {cairo_actor.id, cairo_place.id, libya.id, tripoli.id}
    assert rows[cairo_actor.id].checkState() == Qt.CheckState.Unchecked  # a conflict
    assert "2 of 4 suggestions here will be accepted" in dialog.count.text()
    rows[libya.id].setCheckState(Qt.CheckState.Unchecked)
    assert "1 of 4" in dialog.count.text()
    steps = window.session.undo_stack.count()
    dialog.accept()
    status = {s.id: window.session.annotations.spans[s.id].status
              for s in (cairo_actor, cairo_place, libya, tripoli, low)}
    assert status == {cairo_actor.id: Status.SUGGESTED, cairo_place.id: Status.SUGGESTED,
                      libya.id: Status.SUGGESTED, tripoli.id: Status.ACCEPTED,
                      low.id: Status.SUGGESTED}
    assert window.session.undo_stack.count() == steps + 1
    assert window.session.annotations.spans[tripoli.id].extra["review_mode"] == "bulk"


def test_the_span_table_shows_the_score(make_window, qtbot):
    window = make_window([("a", TEXT)])
    window.session.apply(AddSpan(_span(TEXT, "ليبيا", "LOCATION", 0.734)))
    model = window.spans.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Score"
    assert model.data(model.index(0, 4)) == "0.73"
    window.select_span(next(iter(window.session.annotations.spans)))
    assert "0.73" in window.statusBar().currentMessage()


def test_a_sourced_claim_costs_two_keys_its_source_following_it(make_window, qtbot):
    from annotator.core.edits import AddRelation, make_relation

    window = make_window([("a", TEXT)])
    minister = _span(TEXT, "وزير الخارجية", "ACTOR", 0.6)
    claim = _span(TEXT, "القاهرة وليبيا اتفقتا في طرابلس", "CLAIM", 0.7)
    libya = _span(TEXT, "ليبيا", "LOCATION", 0.9)
    link = make_relation("SOURCE", claim, minister, origin="claims@1", status=Status.SUGGESTED)
    window.session.apply(Batch((AddSpan(minister), AddSpan(claim), AddSpan(libya),
                                AddRelation(link)), "s"))
    window.select_span(None)
    window.view.select_cp(0, 0)
    key(qtbot, window, Qt.Key.Key_N)
    assert window.selected_span().id == claim.id  # the minister stands before it, yet follows
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.selected_span().id == minister.id
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.session.annotations.relations[link.id].status is Status.ACCEPTED
    assert window.selected_span().id == libya.id


def test_the_suggester_dialog_leaves_a_done_document_alone_unless_asked(make_window, qtbot,
                                                                         tmp_path):
    from annotator.suggest.runner import SKIPPED_DONE
    from annotator.ui.suggest_dialog import run_job

    window = make_window([("a", TEXT)])
    window.session.set_status(DocStatus.DONE)
    assert window.session.save()
    project = window.session.project

    class Context:
        def progress(self, *_a):
            pass

        def send(self, value):
            self.sent = value

        def cancelled(self):
            return False

    ctx = Context()
    report = run_job(project.path, "tester", "dictionary", "a", False, ctx)
    assert report.counts.get(SKIPPED_DONE) == 1 and not hasattr(ctx, "sent")
    run_job(project.path, "tester", "dictionary", "a", False, ctx, include_done=True)
    assert ctx.sent[0] == "a" and ctx.sent[2].spans  # the open document's suggestions


def test_the_project_count_follows_the_document_list_filter(make_window, qtbot):
    window = make_window([("a", TEXT), ("b", OTHER), ("c", OTHER)])
    here = [_span(TEXT, "وزير الخارجية", "ACTOR")]
    window.session.apply(Batch(tuple(AddSpan(s) for s in here), "suggestions"))
    for doc_id in ("b", "c"):
        _suggest_on_disk(window.session.project, doc_id, [_span(OTHER, "الجزائر", "LOCATION")])
    window.queue.refresh_counts()
    key(qtbot, window, Qt.Key.Key_N)
    assert "document 1 of 3 with pending · 3 pending in the project" in window.queue.label.text()
    window.documents.filter.setText("c")  # c alone is listed: b leaves the count, the open a stays
    qtbot.waitUntil(lambda: "2 pending in the project" in window.queue.label.text())
    assert "with pending" not in window.queue.label.text()
    window.documents.filter.setText("")
    qtbot.waitUntil(lambda: "document 1 of 3 with pending · 3 pending in the project"
                    in window.queue.label.text())
    key(qtbot, window, Qt.Key.Key_Return)  # on into b, the next in the list
    assert window.session.document.id == "b"
    assert "document 1 of 2 with pending · 2 pending" in window.queue.label.text()


def test_a_document_left_with_new_suggestions_is_counted_from_then_on(make_window, qtbot):
    window = make_window([("a", TEXT), ("b", OTHER)])
    _suggest_on_disk(window.session.project, "b", [_span(OTHER, "الجزائر", "LOCATION")])
    window.queue.refresh_counts()
    assert "1 pending in the project" in window.queue.label.text()
    window.session.apply(Batch((AddSpan(_span(TEXT, "ليبيا", "LOCATION")),), "suggestions"))
    qtbot.waitUntil(lambda: "2 pending in the project" in window.queue.label.text())
    window.open_document("b")  # a is saved with its suggestion, and counted as saved
    key(qtbot, window, Qt.Key.Key_N)
    assert "document 2 of 2 with pending · 2 pending in the project" \
        in window.queue.label.text()
    key(qtbot, window, Qt.Key.Key_Return)  # b's one suggestion accepted; none after b
    assert window.session.document.id == "b"  # the queue goes forward only, and says so
    window.open_document("a")
    key(qtbot, window, Qt.Key.Key_N)
    assert "document 1 of 1 with pending · 1 pending in the project" \
        in window.queue.label.text()

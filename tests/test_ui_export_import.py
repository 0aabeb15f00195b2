"""Export and import dialogs: background runs with progress, summaries, errors, refreshed list."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from annotator.core import edits
from annotator.core.edits import AddSpan, load_items
from annotator.core.model import AnnotationSet, DocStatus, Document
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project
from annotator.ui import export_dialog, import_dialog
from annotator.ui.export_dialog import ExportDialog
from annotator.ui.import_dialog import ImportDialog
from tests.ui_support import (  # noqa: F401
    isolated_settings_fixture,
    make_window_fixture,
)

TEXT = "قال الرئيس في الجزائر 🙂 إن الوضع مستقر."


def _tag(window, word: str, label: str) -> None:
    text = window.session.text
    start = text.index(word)
    window.session.apply(AddSpan(edits.make_span(text, start, start + len(word), label,
                                                 origin="manual")))


def _export_dialog(qtbot, window) -> ExportDialog:
    dialog = ExportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _export_to(qtbot, dialog, out: Path) -> None:
    """Export from ``dialog`` to ``out`` and wait until it has finished, without an error."""
    dialog.set_target(out)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None,
                    timeout=10000)
    assert dialog.error is None


def test_export_jsonl_writes_the_records_and_saves_unsaved_changes_first(
        qtbot, make_window, tmp_path: Path) -> None:
    window = make_window([("a1", TEXT), ("a2", "نص آخر عن تونس.")])
    _tag(window, "الجزائر", "LOCATION")  # not yet autosaved: the export must save it
    window.session.set_status(DocStatus.DONE)
    dialog = _export_dialog(qtbot, window)
    dialog.set_format("jsonl")
    out = tmp_path / "gold.jsonl"
    _export_to(qtbot, dialog, out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a1"]  # only documents marked done
    spans = records[0]["spans"]
    assert [(s["label"], s["text"]) for s in spans] == [("LOCATION", "الجزائر")]
    assert TEXT[spans[0]["start"]:spans[0]["end"]] == "الجزائر"
    assert str(out) in dialog.status.text()
    assert "1" in dialog.details.toPlainText()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())


def test_export_to_an_unwritable_target_shows_an_error_and_leaves_nothing(
        qtbot, make_window, tmp_path: Path) -> None:
    window = make_window([("a1", TEXT)])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    dialog = _export_dialog(qtbot, window)
    dialog.documents.setCurrentIndex(dialog.documents.findData("all"))
    dialog.set_format("jsonl")
    dialog.set_target(blocker / "gold.jsonl")
    before = sorted(p.name for p in tmp_path.iterdir())
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10000)
    assert dialog.report is None
    assert "cannot write" in dialog.error and "not-a-folder" in dialog.error
    assert "cannot write" in dialog.status.text() and "nothing was written" in dialog.status.text()
    assert blocker.read_text(encoding="utf-8") == "a file where a folder should be"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no temporary leftovers
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())


def test_export_into_a_folder_of_other_files_is_refused_and_the_folder_kept(
        qtbot, make_window, tmp_path: Path) -> None:
    window = make_window([("a1", TEXT)])
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    dialog = _export_dialog(qtbot, window)
    dialog.set_format("conll")
    dialog.set_target(folder)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10000)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert "choose an empty or new folder" in dialog.error


def test_export_of_one_conll_view_writes_one_file_named_after_it(
        qtbot, make_window, tmp_path: Path) -> None:
    """Issue 14 item 18 in the GUI: a token view chosen alone is one .conll file."""
    window = make_window([("a1", TEXT)])
    _tag(window, "الجزائر", "LOCATION")
    dialog = _export_dialog(qtbot, window)
    dialog.documents.setCurrentIndex(dialog.documents.findData("all"))
    dialog.set_format("jsonl")
    assert not dialog.view.isVisible()  # only CoNLL writes token views
    dialog.set_format("conll")
    assert dialog.view.isVisible() and dialog.current_view() is None
    assert dialog.target.text().endswith("-conll")  # both views: a folder
    dialog.set_view("word")
    assert dialog.target.text().endswith("-conll-word.conll")
    dialog.split.setChecked(True)
    assert dialog.target.text().endswith("-conll-word")  # a split: a folder of that view
    dialog.split.setChecked(False)
    out = tmp_path / "words.conll"
    _export_to(qtbot, dialog, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("-DOCSTART- a1")
    assert "الجزائر B-LOCATION O" in lines  # a claim column too (CLAIM is in the schema)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())


def test_export_options_are_checked_before_anything_runs(qtbot, make_window) -> None:
    window = make_window([("a1", TEXT)])
    dialog = _export_dialog(qtbot, window)
    for i in range(dialog.labels.count()):
        dialog.labels.item(i).setCheckState(dialog.labels.item(i).checkState().Unchecked)
    dialog.split.setChecked(True)
    dialog.fractions[0].setValue(0.5)
    dialog.export_button.click()
    assert dialog.task is None
    assert "label filter is empty" in dialog.error
    assert "add up to 1" in dialog.error


def _import_dialog(qtbot, window) -> ImportDialog:
    """The dialog as Ctrl+I opens it from the window's action table."""
    window.actions_by_id["doc.import"].trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_import_a_folder_lists_the_good_file_and_reports_the_cp1256_one(
        qtbot, make_window, tmp_path: Path) -> None:
    window = make_window([("a1", TEXT)])
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "good.txt").write_text("أعلنت الحكومة في تونس عن خطة جديدة.\r\n",
                                     encoding="utf-8")
    (folder / "legacy.txt").write_bytes("قال وزير الخارجية في بيروت إن المحادثات مستمرة."
                                        .encode("cp1256"))
    dialog = _import_dialog(qtbot, window)
    dialog.add_paths([folder])
    with qtbot.waitSignal(dialog.documentsImported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args == [["good"]]
    assert dialog.outcome == "done"
    assert "good" in window.documents.model.ids()
    assert "legacy" not in window.documents.model.ids()
    rows = dialog.problem_rows()
    assert len(rows) == 1
    assert rows[0][0].endswith("legacy.txt") and "Windows-1256" in rows[0][2]
    assert "1" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    window.open_document("good")
    assert window.session.text == "أعلنت الحكومة في تونس عن خطة جديدة.\n"


def test_import_with_an_explicit_format_reports_each_bad_line(
        qtbot, make_window, tmp_path: Path) -> None:
    window = make_window([("a1", TEXT)])
    records = tmp_path / "records.data"
    records.write_text('{"id": "r1", "text": "خبر أول"}\n{"id": "r2", "text": \n'
                       '{"id": "a1", "text": "مكرر"}\n', encoding="utf-8")
    dialog = _import_dialog(qtbot, window)
    dialog.add_paths([records])
    dialog.set_format("jsonl")
    with qtbot.waitSignal(dialog.documentsImported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args == [["r1"]]
    rows = dialog.problem_rows()
    assert [(r[1], "malformed JSON" in r[2] or "duplicate id" in r[2]) for r in rows] == \
        [("2", True), ("3", True)]
    assert "r1" in window.documents.model.ids()


def _held_until(event: threading.Event, real):
    """``real`` that first waits for ``event`` (so a test can press Cancel mid-run)."""
    def held(*args, **kwargs):
        assert event.wait(10)
        return real(*args, **kwargs)
    return held


def test_cancelling_an_export_writes_nothing(qtbot, make_window, tmp_path: Path,
                                            monkeypatch) -> None:
    window = make_window([(f"d{i}", TEXT) for i in range(5)])
    go = threading.Event()
    monkeypatch.setattr(export_dialog, "run_export", _held_until(go, export_dialog.run_export))
    dialog = _export_dialog(qtbot, window)
    dialog.documents.setCurrentIndex(dialog.documents.findData("all"))
    dialog.set_format("hf")
    out = tmp_path / "hf-out"
    dialog.set_target(out)
    dialog.export_button.click()
    assert dialog.is_running() and dialog.cancel_button.isEnabled()
    assert not dialog.export_button.isEnabled()
    dialog.cancel_button.click()
    go.set()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
    assert dialog.report is None and dialog.error is None
    assert "cancelled" in dialog.status.text()
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".hf-out")] == []


def _running_export(qtbot, window, tmp_path: Path, monkeypatch, go: threading.Event):
    monkeypatch.setattr(export_dialog, "run_export", _held_until(go, export_dialog.run_export))
    dialog = _export_dialog(qtbot, window)
    dialog.documents.setCurrentIndex(dialog.documents.findData("all"))
    dialog.set_target(tmp_path / "out.jsonl")
    dialog.export_button.click()
    return dialog


def _running_import(qtbot, window, tmp_path: Path, monkeypatch, go: threading.Event):
    monkeypatch.setattr(import_dialog, "run_import", _held_until(go, import_dialog.run_import))
    folder = tmp_path / "few"
    folder.mkdir()
    for i in range(5):
        (folder / f"n{i}.txt").write_text(f"خبر رقم {i}", encoding="utf-8")
    dialog = _import_dialog(qtbot, window)
    dialog.add_paths([folder])
    dialog.import_button.click()
    return dialog


@pytest.mark.parametrize("start", [_running_export, _running_import])
def test_escape_while_running_cancels_and_only_a_second_one_closes(
        qtbot, make_window, tmp_path: Path, monkeypatch, start) -> None:
    window = make_window([(f"d{i}", TEXT) for i in range(3)])
    go = threading.Event()
    dialog = start(qtbot, window, tmp_path, monkeypatch, go)
    assert dialog.is_running()
    dialog.reject()  # what Escape does
    assert dialog.isVisible() and dialog.status.text() == "Cancelling…"
    go.set()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10000)
    assert "cancelled" in dialog.status.text()
    dialog.reject()
    assert not dialog.isVisible()


def test_cancelling_an_import_keeps_what_was_imported_and_says_so(
        qtbot, make_window, tmp_path: Path, monkeypatch) -> None:
    window = make_window([("a1", TEXT)])
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"n{i:02d}.txt").write_text(f"خبر رقم {i}", encoding="utf-8")
    go = threading.Event()
    monkeypatch.setattr(import_dialog, "run_import", _held_until(go, import_dialog.run_import))
    dialog = _import_dialog(qtbot, window)
    dialog.add_paths([folder])
    dialog.import_button.click()
    dialog.cancel_button.click()
    with qtbot.waitSignal(dialog.documentsImported, timeout=10000) as blocker:
        go.set()
    assert dialog.outcome == "cancelled"
    imported = blocker.args[0]
    assert len(imported) < 40
    assert set(imported) <= set(window.documents.model.ids())
    assert "cancelled" in dialog.status.text()


def test_import_into_an_empty_project_opens_the_first_document(
        qtbot, make_window, tmp_path: Path) -> None:
    window = make_window([])
    assert window.session.document is None
    source = tmp_path / "one.txt"
    source.write_text("وصل الوفد إلى القاهرة.", encoding="utf-8")
    dialog = _import_dialog(qtbot, window)
    dialog.add_paths([source])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.session.document is not None, timeout=10000)
    assert window.session.document.id == "one"
    assert window.documents.model.ids() == ["one"]


def test_export_and_import_have_their_shortcuts_in_the_action_table(make_window) -> None:
    window = make_window([("a1", TEXT)])
    shortcuts = {name: window.actions_by_id[name].shortcut().toString()
                 for name in ("doc.export", "doc.import")}
    assert shortcuts == {"doc.export": "Ctrl+E", "doc.import": "Ctrl+I"}
    window.actions_by_id["doc.export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert [dialog.labels.item(i).text() for i in range(dialog.labels.count())] == \
        window.session.schema.label_names


def test_dialogs_speak_arabic_in_the_arabic_interface(qtbot, make_window) -> None:
    window = make_window([("a1", TEXT)], language="ar")
    window.actions_by_id["doc.export"].trigger()
    window.actions_by_id["doc.import"].trigger()
    export, imports = window.findChild(ExportDialog), window.findChild(ImportDialog)
    assert export.windowTitle() == "تصدير التوسيمات"
    assert imports.windowTitle() == "استيراد مستندات"
    assert window.actions_by_id["doc.export"].text() == "تصدير التوسيمات…"
    assert export.format_help.text().startswith("ملف JSONL")


def test_an_export_of_nothing_done_says_how_to_get_documents_in(
        qtbot, make_window, tmp_path: Path) -> None:
    window = make_window([("a1", TEXT)])
    dialog = _export_dialog(qtbot, window)
    dialog.set_target(tmp_path / "empty.jsonl")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert dialog.report.done == []
    assert "All documents" in dialog.status.text()
    assert (tmp_path / "empty.jsonl").read_text(encoding="utf-8") == ""


def test_importing_annotations_of_the_open_document_shows_them(
        qtbot, make_window, tmp_path: Path) -> None:
    other = Project.create(tmp_path / "other", annotator="colleague")
    other.add_document(Document(id="a1", text=TEXT))
    doc = other.load_document("a1")
    start = TEXT.index("الجزائر")
    ann = AnnotationSet("a1", "colleague", doc.sha256, status=DocStatus.DONE)
    span = edits.make_span(TEXT, start, start + len("الجزائر"), "LOCATION", origin="manual")
    load_items(ann, spans=[span])
    other.save_annotations(ann)
    gold = tmp_path / "gold.jsonl"
    export_project(other, "jsonl", gold, ExportOptions(documents="all"))

    window = make_window([("a1", TEXT)])
    assert window.session.document.id == "a1" and not window.session.annotations.spans
    dialog = _import_dialog(qtbot, window)
    dialog.add_paths([gold])
    with qtbot.waitSignal(dialog.documentsImported, timeout=10000) as blocker:
        dialog.import_button.click()
    assert blocker.args == [["a1"]], dialog.problem_rows()
    spans = window.session.annotations.spans.values()
    assert [(s.label, s.text) for s in spans] == [("LOCATION", "الجزائر")]
    assert window.spans.model.rowCount() == 1


def test_the_export_dialog_remembers_format_and_target_per_project(
        qtbot, make_window, tmp_path: Path) -> None:
    window = make_window([("a1", TEXT)])
    first = _export_dialog(qtbot, window)
    assert first.target.text().endswith("proj-jsonl.jsonl")  # beside the project
    first.set_format("conll")
    assert first.target.text().endswith("proj-conll")  # the default follows the format
    first.documents.setCurrentIndex(first.documents.findData("all"))
    _export_to(qtbot, first, tmp_path / "conll-out")
    assert (tmp_path / "conll-out").is_dir()
    second = _export_dialog(qtbot, window)
    assert second.current_format().name == "conll"
    assert second.target.text() == str(tmp_path / "conll-out")


def test_files_dropped_on_the_import_dialog_are_added(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window([("a1", TEXT)])
    dialog = _import_dialog(qtbot, window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path)), QUrl("https://example.com/x.txt")])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    assert dialog.selected_paths() == [tmp_path]


def test_the_annotator_choices_are_names_not_the_folders_they_are_stored_in(
        qtbot, make_window, tmp_path: Path) -> None:
    """أمينة's files are in annotations/id-f86197dcc2/: she is offered, and exported, by name."""
    project = Project.create(tmp_path / "proj", annotator="tester")
    doc = Document(id="a1", text=TEXT)
    project.add_document(doc)
    start = TEXT.index("الجزائر")
    for who in ("أمينة", "CON"):
        ann = AnnotationSet("a1", who, doc.sha256, status=DocStatus.DONE)
        load_items(ann, spans=[edits.make_span(TEXT, start, start + len("الجزائر"), "LOCATION",
                                               origin="manual")])
        project.save_annotations(ann)
    window = make_window([("a1", TEXT)])
    dialog = _export_dialog(qtbot, window)
    choices = [dialog.annotator.itemText(i) for i in range(dialog.annotator.count())]
    assert choices == sorted(["CON", "tester", "أمينة"])
    assert dialog.annotator.currentText() == "tester"
    dialog.annotator.setCurrentText("أمينة")
    dialog.set_format("jsonl")
    out = tmp_path / "amina.jsonl"
    _export_to(qtbot, dialog, out)
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [s["text"] for s in record["spans"]] == ["الجزائر"]


def test_labels_an_import_adds_are_usable_at_once_and_the_schema_stays_editable(
        qtbot, make_window, tmp_path: Path) -> None:
    """The window kept the schema it was opened with: the new label could not be used until
    the project was reopened, and the next change of the labels in the window failed because
    project.json had changed behind it (or would have dropped the imported label)."""
    start = TEXT.index("الجزائر")
    record = {"id": "b1", "text": TEXT, "spans": [
        {"id": "s1", "start": start, "end": start + len("الجزائر"), "label": "WEAPON",
         "text": "الجزائر"}]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    window = make_window([("a1", TEXT)])
    dialog = _import_dialog(qtbot, window)
    dialog.add_paths([gold])
    with qtbot.waitSignal(dialog.documentsImported, timeout=10000):
        dialog.import_button.click()
    assert "WEAPON" in window.session.schema.label_names, dialog.problem_rows()
    assert "reopen the project" not in dialog.status.text()
    from annotator.core import schema_ops
    from annotator.ui import handlers
    schema_dialog = handlers.relations.edit_schema(window)
    assert schema_dialog.history.apply(schema_ops.RenameLabel("CUE", "SPEECH_CUE"))
    on_disk = json.loads((window.session.project.path / "project.json").read_text("utf-8"))
    assert {"WEAPON", "SPEECH_CUE"} <= {lab["name"] for lab in on_disk["schema"]["span_labels"]}


def test_replacing_the_text_from_the_window_moves_the_spans_and_shows_the_new_text(
        qtbot, make_window, tmp_path: Path) -> None:
    """A GUI user had no way to correct a document's text (only the CLI, since this
    session: replace-text)."""
    from annotator.ui import handlers

    window = make_window([("a1", TEXT)])
    _tag(window, "الجزائر", "LOCATION")  # not saved yet: saved first, then moved
    fixed = tmp_path / "fixed.txt"
    fixed.write_text("عاجل: " + TEXT, encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("café".encode("latin-1"))
    assert not handlers.documents.replace_document_text(window, str(latin))
    assert "not UTF-8" in window.error_box.text()
    assert window.session.document.text == TEXT
    assert handlers.documents.replace_document_text(window, str(fixed))
    assert window.session.document.text == "عاجل: " + TEXT
    [span] = window.session.annotations.spans.values()
    assert window.session.document.text[span.start:span.end] == span.text == "الجزائر"
    assert "Text replaced. tester: 1 of 1 spans placed" in window.statusBar().currentMessage()
    assert window.spans.model.rowCount() == 1
    assert window.session.undo_stack.count() == 0  # offsets of the old text cannot be undone

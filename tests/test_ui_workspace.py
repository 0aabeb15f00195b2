"""The workspace around the text: document flow, conflicts, languages, help, start-up errors."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.core.model import DocStatus
from annotator.formats.project import Project
from annotator.ui import app as app_module
from annotator.ui.actions import ACTIONS, help_rows, label_actions
from tests.ui_support import (  # noqa: F401
    disk_annotations,
    dock,
    isolated_settings_fixture,
    key,
    make_window_fixture,
    wait_disk,
)

CTRL = Qt.KeyboardModifier.ControlModifier
DOCS = [("a", "قال مصدر أمني إن الجزائر ترفض."), ("b", "أكد الوزير أن ليبيا مستقرة."),
        ("c", "English text about Algeria.")]


def test_next_and_previous_document_by_key_save_on_switch(make_window, qtbot):
    window = make_window(DOCS)
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    key(qtbot, window, Qt.Key.Key_PageDown, CTRL)  # switching saves at once
    assert window.session.document.id == "b"
    first = window.session.project.annotations_path("a")
    assert json.loads(first.read_text(encoding="utf-8"))["spans"][0]["text"] == "قال"
    key(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    key(qtbot, window, Qt.Key.Key_PageDown, CTRL)  # already last: stays
    assert window.session.document.id == "c"
    assert "No more documents" in window.statusBar().currentMessage()
    key(qtbot, window, Qt.Key.Key_PageUp, CTRL)
    assert window.session.document.id == "b"
    qtbot.waitUntil(window.view.hasFocus)


def test_mark_done_and_reopen_show_in_the_list(make_window, qtbot):
    window = make_window(DOCS)
    model = window.documents.model
    assert model.data(model.index(0, 1)) == "new"
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    qtbot.waitUntil(lambda: model.data(model.index(0, 1)) == "in progress")
    assert model.data(model.index(0, 2)) == "1"
    key(qtbot, window, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: disk_annotations(window)["status"] == "done")
    assert model.data(model.index(0, 1)) == "done"
    key(qtbot, window, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: disk_annotations(window)["status"] == "in_progress")


def test_opens_the_last_document_worked_on_else_first_unfinished(make_window, qtbot):
    window = make_window(DOCS)
    assert window.session.document.id == "a"
    window.session.set_status(DocStatus.DONE)
    window.open_document("c")
    window.close()
    again = make_window([])
    assert again.session.document.id == "c"  # last worked on
    again.close()
    from PySide6.QtCore import QSettings
    QSettings().clear()
    third = make_window([])
    assert third.session.document.id == "b"  # a is done: first unfinished


def test_filter_documents(make_window, qtbot):
    window = make_window(DOCS)
    window.documents.filter.setText("ليبيا")
    assert window.documents.proxy.rowCount() == 1
    window.documents.filter.setText("")
    assert window.documents.proxy.rowCount() == 3


def test_typing_a_digit_in_the_filter_does_not_tag(make_window, qtbot):
    window = make_window(DOCS)
    window.view.select_cp(0, 3)
    window.documents.filter.setFocus()
    qtbot.waitUntil(window.documents.filter.hasFocus)
    qtbot.keyClick(window.documents.filter, "1")
    assert window.documents.filter.text() == "1"
    assert window.session.annotations.spans == {}


def test_span_list_and_view_selection_follow_each_other(make_window, qtbot):
    window = make_window(DOCS)
    window.view.select_cp(0, 3)
    key(qtbot, window, "4")
    window.view.select_cp(4, 8)
    key(qtbot, window, "1")
    spans = window.spans
    cue = next(s for s in window.session.annotations.spans.values() if s.label == "CUE")
    row = spans.proxy.mapFromSource(spans.model.index(spans.model.row_of(cue.id), 0))
    spans.table.setCurrentIndex(row)
    assert window.selected_span().id == cue.id
    assert window.view.selected_span_id == cue.id
    assert window.label_palette.current_label() == "CUE"
    window.view.spanActivated.emit(next(s for s in window.session.annotations.spans
                                        if s != cue.id))
    assert spans.selected_span() == window.selected_span().id != cue.id


def test_conflict_on_disk_is_shown_and_not_overwritten(make_window, qtbot):
    window = make_window(DOCS)
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    wait_disk(qtbot, window, [(0, 3, "ACTOR", "قال")])
    path = window.session.project.annotations_path("a")
    theirs = path.read_text(encoding="utf-8").replace('"in_progress"', '"done"')
    path.write_text(theirs, encoding="utf-8")  # someone else's change (e.g. git pull)
    window.view.select_cp(4, 8)
    key(qtbot, window, "1")
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible())
    assert "changed on disk" in window.error_box.text()
    assert path.read_text(encoding="utf-8") == theirs
    assert window.isWindowModified()
    window.error_box.close()
    window.reload_document()  # theirs wins; nothing of theirs was lost
    assert window.session.annotations.status is DocStatus.DONE
    assert len(window.session.annotations.spans) == 1


def test_arabic_interface_mirrors_and_translates(make_window, qtbot):
    window = make_window(DOCS, language="ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "المستند" and "بحث" in titles  # no mnemonic under Arabic letters
    assert window.actions_by_id["edit.undo"].text() == "تراجع"
    assert window.documents.model.data(window.documents.model.index(0, 1)) == "جديد"
    # documents on the reading-start side (right), spans on the other
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(dock(window, "documents")) == right
    assert "مكان" in window.label_palette.guideline_text("LOCATION")


def test_translations_are_complete_and_compiled():
    from annotator.ui.i18n import I18N_DIR, LANGUAGES

    for lang in LANGUAGES:
        ts = (I18N_DIR / f"annotator_{lang}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in ts
        translator = QTranslator()
        assert translator.load(str(I18N_DIR / f"annotator_{lang}.qm"))
    translator = QTranslator()
    translator.load(str(I18N_DIR / "annotator_ar.qm"))
    assert translator.translate("Actions", "Undo") == "تراجع"


def test_translation_source_lists_every_string_of_the_code(tmp_path):
    """lupdate over the code adds nothing to annotator_ar.ts: no string was left untranslated."""
    import shutil
    import subprocess
    import sys

    from annotator.ui.i18n import I18N_DIR

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert tool, "pyside6-lupdate (installed with PySide6) not found"
    copy = tmp_path / "annotator_ar.ts"
    shutil.copy(I18N_DIR / "annotator_ar.ts", copy)
    ui = sorted(str(p) for p in (Path(app_module.__file__).parent).rglob("*.py"))
    subprocess.run([tool, *ui, "-ts", str(copy)], check=True, capture_output=True)
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")


def test_switch_language_at_run_time(make_window, qtbot):
    window = make_window(DOCS)
    assert window.menuBar().actions()[0].text() == "&Document"
    window.actions_by_id["view.lang_ar"].trigger()
    assert window.menuBar().actions()[0].text() == "المستند"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.actions_by_id["view.lang_en"].trigger()
    assert window.menuBar().actions()[0].text() == "&Document"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_help_lists_every_shortcut_of_the_action_table(make_window, qtbot):
    window = make_window(DOCS)
    rows = help_rows(window.session.schema)
    texts = {r[1] for r in rows}
    for spec in (*ACTIONS, *label_actions(window.session.schema)):
        if spec.shortcuts:
            assert spec.label() in texts
            assert window.actions_by_id[spec.id].shortcut().toString() != ""
    assert any(r[2] == "Alt+2" for r in rows)


def test_every_action_handler_is_a_function_of_the_workspace(make_window, qtbot):
    """Each row binds a function whose one open parameter is the window's Workspace.

    mypy checks the same statically (``bind`` is typed with a ParamSpec);
    this test checks the table as it is built at run time, label keys too.
    """
    import inspect

    from annotator.ui.workspace import Workspace

    window = make_window(DOCS)
    assert isinstance(window, Workspace)
    for spec in (*ACTIONS, *label_actions(window.session.schema)):
        assert not isinstance(spec.handler, str), spec.id
        inspect.signature(spec.handler).bind(window)  # no other argument left open
        first = next(iter(inspect.signature(spec.handler).parameters.values()))
        hint = first.annotation  # a string under `from __future__ import annotations`
        assert eval(hint, spec.handler.__globals__) is Workspace, spec.id  # noqa: S307


def test_unsafe_pyside_python_pair_is_refused():
    assert app_module.unsafe_qt_combination("6.12.0", (3, 11)) is not None
    assert app_module.unsafe_qt_combination("6.12.0", (3, 12)) is None
    assert app_module.unsafe_qt_combination("6.11.3", (3, 11)) is None


def _capture_critical(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, title, text, *a, **k: shown.append(text)))
    return shown


def test_corrupt_project_is_a_message_not_a_traceback(tmp_path: Path, monkeypatch, qapp):
    # Issue 14: the message is shown, and what can be read opens read-only.
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "project.json").write_text("{not json", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a, **k: shown.append(text)))
    from annotator.ui.main_window import MainWindow

    def run_and_close(self=None) -> int:  # the window opened: close it instead of running
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow):
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_and_close)
    assert app_module.main(folder) == 0
    assert shown and "project.json" in shown[0]
    assert (folder / "project.json").read_text(encoding="utf-8") == "{not json"


def test_held_lock_is_a_message(tmp_path: Path, monkeypatch, qapp):
    project = Project.create(tmp_path / "p", annotator="tester")
    lock = project.path / ".annotator.lock"
    lock.write_text(json.dumps({"host": "elsewhere", "pid": 1, "since": "x"}), encoding="utf-8")
    shown = _capture_critical(monkeypatch)
    assert app_module.main(project.path) == 1
    assert shown and "another annotator instance" in shown[0]


def test_closing_the_window_saves_at_once_and_releases_the_lock(make_window, qtbot):
    window = make_window(DOCS)
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    session = window.session
    due = session.autosave_due_ms()
    assert due is not None and due < 1000  # saved within 1 s
    window.close()  # before the timer fires
    path = session.project.annotations_path("a")
    assert json.loads(path.read_text(encoding="utf-8"))["spans"][0]["text"] == "قال"
    assert not (session.project.path / ".annotator.lock").exists()


def test_main_opens_the_project_and_returns_zero(tmp_path: Path, qapp, monkeypatch):
    from PySide6.QtCore import QTimer

    from annotator.core.model import Document
    from annotator.ui.main_window import MainWindow

    project = Project.create(tmp_path / "p", annotator="tester")
    project.add_document(Document(id="a", text=DOCS[0][1]))
    monkeypatch.setenv("ANNOTATOR", "tester")
    seen: list[str] = []

    def close_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                   and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, close_window)
            return
        seen.append(windows[0].session.document.id)
        assert (project.path / ".annotator.lock").exists()
        windows[0].close()

    QTimer.singleShot(0, close_window)
    assert app_module.main(project.path) == 0
    assert seen == ["a"]
    assert not (project.path / ".annotator.lock").exists()


def test_f1_opens_the_shortcut_table(make_window, qtbot):
    from annotator.ui.help_dialog import HelpDialog

    window = make_window(DOCS)
    key(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(isinstance(w, HelpDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog))
    keys = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert {"Ctrl+Z", "Tab", "1", "Alt+1", "Ctrl+F"} <= keys
    dialog.close()


def test_a_stream_of_edits_does_not_postpone_the_autosave(make_window, qtbot):
    window = make_window(DOCS)
    session = window.session
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    first = session.autosave_due_ms()
    assert first is not None
    qtbot.waitUntil(lambda: (session.autosave_due_ms() or first) < first)  # some time passes
    window.view.select_cp(4, 8)
    key(qtbot, window, "1")
    due = session.autosave_due_ms()
    assert due is not None and due < first  # not restarted by the second edit


def test_window_layout_is_remembered(make_window, qtbot):
    window = make_window(DOCS)
    window.resize(700, 500)  # within the offscreen screen (restoreGeometry clamps to it)
    dock(window, "labels").hide()
    qtbot.waitUntil(lambda: window.width() == 700)
    window.close()
    again = make_window([])
    qtbot.waitUntil(lambda: again.width() == 700 and again.height() == 500)
    assert not dock(again, "labels").isVisible()


def test_annotations_of_another_text_are_refused_with_a_message(make_window, qtbot):
    window = make_window(DOCS)
    project = window.session.project
    path = project.annotations_path("b")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema_version": 1, "document_id": "b", "annotator": "tester",
                                "text_sha256": "0" * 64, "status": "new", "spans": [],
                                "relations": []}), encoding="utf-8")
    window.open_document("b")
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible())
    assert "different text" in window.error_box.text()
    assert window.session.document.id == "a"  # the current document stays open
    assert json.loads(path.read_text(encoding="utf-8"))["text_sha256"] == "0" * 64


def _read_back(proxy) -> list[str]:  # noqa: ANN001 - the list's proxy
    """The ids the list shows, read row by row through the proxy (what shown_ids spares)."""
    ids = [proxy.data(proxy.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())]
    return [i for i in ids if i]  # an unreadable file's row has no id


def test_the_filter_finds_title_id_and_status_and_shown_ids_match_the_rows(make_window, qtbot,
                                                                          tmp_path):
    project = Project.create(tmp_path / "proj", annotator="tester")
    (project.path / "documents" / "zz.json").write_text("{", encoding="utf-8")  # unreadable
    window = make_window(DOCS)
    proxy = window.documents.proxy
    window.session.set_status(DocStatus.DONE)  # a is done; its row's status word changes
    window.session.save()
    for needle, shown in (("", ["a", "b", "c"]), ("ليبيا", ["b"]), ("ALGERIA", ["c"]),
                          ("done", ["a"]), ("new", ["b", "c"]), ("c", ["c"]), ("zz", [])):
        window.documents.filter.setText(needle)
        assert _read_back(proxy) == shown, needle
        assert proxy.shown_ids() == shown, needle
        assert proxy.rowCount() == len(shown) + 1  # the unreadable file stays in sight
    assert window.documents.model.row_of("c") == 2 and window.documents.model.row_of("x") == -1
    window.documents.filter.setText("done")
    window.open_document("b")
    window.session.set_status(DocStatus.DONE)  # b joins the filtered list once saved
    window.session.save()
    assert _read_back(proxy) == proxy.shown_ids() == ["a", "b"]

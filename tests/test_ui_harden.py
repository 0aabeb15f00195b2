"""Issue 14 in the GUI: autosave after a failed save, a damaged or read-only project."""

from __future__ import annotations

from annotator.formats.errors import WriteError
from annotator.formats.project import Project
from annotator.ui import handlers
from tests.ui_support import (  # noqa: F401
    isolated_settings_fixture,
    key,
    make_window_fixture,
    wait_disk,
)

DOCS = [("a", "قال مصدر أمني إن الجزائر ترفض."), ("b", "أكد الوزير أن ليبيا مستقرة.")]


def test_autosave_retries_a_failed_save_and_says_so_until_it_succeeds(make_window, qtbot,
                                                                     monkeypatch):
    window = make_window(DOCS)
    project = window.session.project
    real_save = Project.save_annotations
    failures: list[int] = []

    def disk_full(self, ann):  # the disk is full for three attempts, then space is freed
        if len(failures) < 3:
            failures.append(1)
            raise WriteError(self.annotations_path(ann.document_id), "No space left on device")
        real_save(self, ann)

    monkeypatch.setattr(Project, "save_annotations", disk_full)
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    qtbot.waitUntil(lambda: "NOT SAVED" in window.windowTitle())
    assert window.error_box is not None and "retried" in window.error_box.text()
    wait_disk(qtbot, window, [(0, 3, "ACTOR", "قال")], timeout=8000)
    assert len(failures) == 3
    qtbot.waitUntil(lambda: "NOT SAVED" not in window.windowTitle())
    assert window.session.undo_stack.isClean()
    assert project is window.session.project


def _window_on(qtbot, project: Project, read_only: str = ""):
    from annotator.ui.main_window import MainWindow
    from annotator.ui.session import Session
    window = MainWindow(Session(project, read_only=read_only))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_initial_document()
    qtbot.waitUntil(lambda: window.view.hasFocus() or window.isActiveWindow()
                    or window.error_box is not None)
    return window


def _project_with_docs(tmp_path) -> Project:
    from annotator.core.model import Document
    project = Project.create(tmp_path / "p", annotator="tester")
    for doc_id, text in DOCS:
        project.add_document(Document(id=doc_id, text=text))
    return project


def test_a_read_only_folder_opens_read_only_and_says_so(qtbot, tmp_path, monkeypatch):
    from annotator.formats.lock import ProjectLock, ReadOnlyProjectError
    from annotator.ui.app import open_for_gui
    _project_with_docs(tmp_path)

    def refused(self):
        raise ReadOnlyProjectError("the project folder is read-only (Read-only file system)")

    monkeypatch.setattr(ProjectLock, "acquire", refused)  # root ignores folder modes
    project, why = open_for_gui(tmp_path / "p")
    assert "read-only" in why
    window = _window_on(qtbot, project, why)
    assert window.windowTitle().startswith("[read-only]")
    assert window.session.text == DOCS[0][1]  # still readable
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    assert window.session.annotations is not None and not window.session.annotations.spans
    assert "read-only" in window.statusBar().currentMessage()
    assert not project.annotations_path("a").exists()


def test_a_span_outside_the_text_is_refused_on_open_and_the_text_shown(qtbot, tmp_path):
    import json
    project = _project_with_docs(tmp_path)
    doc = project.load_document("a")
    path = project.annotations_path("a")
    path.parent.mkdir(parents=True, exist_ok=True)
    bad = {"schema_version": 1, "document_id": "a", "annotator": "tester",
           "text_sha256": doc.sha256, "status": "in_progress", "relations": [],
           "spans": [{"id": "s1", "start": 4, "end": 9000, "label": "ACTOR", "text": "x"}]}
    path.write_text(json.dumps(bad), encoding="utf-8")
    before = path.read_bytes()
    window = _window_on(qtbot, project)
    qtbot.waitUntil(lambda: window.error_box is not None)
    assert "s1" in window.error_box.text()
    assert window.session.text == DOCS[0][1] and not window.session.annotations.spans
    window.view.select_cp(0, 3)
    key(qtbot, window, "1")
    window.session.save()
    assert path.read_bytes() == before  # never written over


def test_a_corrupt_project_json_opens_what_can_be_read(qtbot, tmp_path):
    from annotator.ui.app import open_for_gui
    project = _project_with_docs(tmp_path)
    (project.path / "project.json").write_text("{ not json", encoding="utf-8")
    opened, why = open_for_gui(project.path)
    assert "project.json" in why and "not valid JSON" in why
    window = _window_on(qtbot, opened, why)
    assert [e.id for e in opened.documents()] == ["a", "b"]
    assert window.session.text == DOCS[0][1]
    assert (project.path / "project.json").read_text(encoding="utf-8") == "{ not json"


def test_the_default_export_target_is_an_exports_folder_with_a_safe_name(tmp_path):
    from annotator.ui.export_dialog import default_target, format_info
    project = Project.create(tmp_path / "p", name="Sample: news / 2026", annotator="tester")
    target = default_target(project, format_info("jsonl"), False)
    assert target == (tmp_path / "exports" / "Sample_news_2026-jsonl.jsonl").resolve()
    assert default_target(project, format_info("hf"), False).name == "Sample_news_2026-hf"


def test_open_and_recent_projects_switch_windows_without_the_terminal(make_window, qtbot,
                                                                      tmp_path):
    from annotator.core.model import Document
    from annotator.ui.handlers import projects
    first = make_window(DOCS)
    other = Project.create(tmp_path / "other", annotator="tester")
    other.add_document(Document(id="z", text="نص آخر عن تونس."))
    opened = projects.switch_to(first, other.path)
    assert opened is not None
    qtbot.addWidget(opened)
    qtbot.waitUntil(lambda: not first.isVisible())
    assert opened.session.document is not None and opened.session.document.id == "z"
    assert not (first.session.project.path / ".annotator.lock").exists()  # released
    assert projects.recent_paths()[0] == str(other.path.resolve())
    missing = projects.switch_to(opened, tmp_path / "nowhere")
    assert missing is None and opened.isVisible() and opened.error_box is not None
    opened.close()


def test_the_document_list_shows_unreadable_files_with_the_reason(make_window, qtbot,
                                                                  tmp_path):
    from PySide6.QtCore import Qt

    from annotator.core.model import Document
    project = Project.create(tmp_path / "proj", annotator="tester")
    (project.path / "documents" / "zz.json").write_text('{"schema_version": 1, "id": "zz", "te',
                                                        encoding="utf-8")
    project.add_document(Document(id="b", text=DOCS[1][1]))
    path = project.annotations_path("b")
    path.parent.mkdir(parents=True)
    path.write_text('{"schema_version": 1, "document_id": "b", "spa', encoding="utf-8")
    window = make_window(DOCS)
    model = window.documents.model
    assert model.data(model.index(1, 1)) == "unreadable"  # not "new" with 0 spans
    assert "not valid JSON" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.rowCount() == 3
    last = model.index(2, 0)
    assert model.data(last) == "zz.json" and model.data(model.index(2, 1)) == "unreadable"
    assert "not valid JSON" in model.data(last, Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(last) & Qt.ItemFlag.ItemIsEnabled
    handlers.documents.next_document(window)
    handlers.documents.next_document(window)
    assert window.session.document is not None and window.session.document.id == "b"

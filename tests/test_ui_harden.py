"""Issue 14 in the GUI: autosave after a failed save, a damaged or read-only project."""

from __future__ import annotations

from annotator.formats.errors import WriteError
from annotator.formats.project import Project
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

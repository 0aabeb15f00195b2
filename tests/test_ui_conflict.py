"""A file changed by someone else: reload theirs, keep mine, or save mine as a copy."""

from __future__ import annotations

import json

from annotator.formats.validate import validate
from tests.ui_support import (  # noqa: F401 - fixtures
    isolated_settings_fixture,
    key,
    make_window_fixture,
    wait_disk,
)

TEXT = "قال وزير الخارجية إن الجزائر وليبيا اتفقتا على فتح الحدود."


def _conflict(window, qtbot):
    """Tag, let it save, change the file behind the window, tag again: the dialog opens."""
    window.view.select_cp(0, 3)
    key(qtbot, window, "4")
    wait_disk(qtbot, window, [(0, 3, "CUE", "قال")])
    path = window.session.project.annotations_path("a")
    theirs = path.read_text(encoding="utf-8").replace('"in_progress"', '"done"')
    path.write_text(theirs, encoding="utf-8")
    window.view.select_cp(4, 8)
    key(qtbot, window, "1")
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible())
    return window.error_box, path, theirs


def _button(box, text):
    return next(b for b in box.buttons() if b.text().startswith(text))


def test_keep_mine_overwrites_theirs(make_window, qtbot):
    window = make_window([("a", TEXT)])
    box, path, theirs = _conflict(window, qtbot)
    assert "changed on disk" in box.text() and path.read_text(encoding="utf-8") == theirs
    _button(box, "Keep mine").click()
    qtbot.waitUntil(lambda: len(json.loads(path.read_text(encoding="utf-8"))["spans"]) == 2)
    assert not window.isWindowModified() and not window.session.has_conflict
    window.activateWindow()
    window.focus_text()
    qtbot.waitUntil(window.view.hasFocus)
    window.view.select_cp(21, 28)
    key(qtbot, window, "2")  # autosave works again
    qtbot.waitUntil(lambda: len(json.loads(path.read_text(encoding="utf-8"))["spans"]) == 3)


def test_save_mine_as_a_copy_then_theirs_is_open(make_window, qtbot):
    window = make_window([("a", TEXT)])
    box, path, theirs = _conflict(window, qtbot)
    _button(box, "Save mine as a copy").click()
    qtbot.waitUntil(lambda: window.session.annotations.status.value == "done")
    copies = list(path.parent.glob("a.bak-mine-*.json"))
    assert len(copies) == 1
    assert len(json.loads(copies[0].read_text(encoding="utf-8"))["spans"]) == 2
    assert path.read_text(encoding="utf-8") == theirs
    assert not validate(window.session.project.path).problems  # the copy is a side file


def test_reload_theirs_asks_before_discarding(make_window, qtbot):
    window = make_window([("a", TEXT)])
    box, path, theirs = _conflict(window, qtbot)
    _button(box, "Reload theirs").click()
    qtbot.waitUntil(lambda: window.dialogs.reload_box is not None
                    and window.dialogs.reload_box.isVisible())
    assert len(window.session.annotations.spans) == 2  # nothing discarded yet
    box = window.dialogs.reload_box
    box.button(box.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: len(window.session.annotations.spans) == 1)
    assert window.session.annotations.status.value == "done"
    assert path.read_text(encoding="utf-8") == theirs

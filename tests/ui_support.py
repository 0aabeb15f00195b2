"""Helpers for the workspace GUI tests: a window on a fresh project, disk reads, keys.

QSettings are redirected to a temporary folder for every test so that the
analyst's real settings are never read or written, and the UI language is
reset to English afterwards. Test modules import the fixtures by their
function names (``*_fixture``) and use them by their fixture names.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from annotator.core.model import Document
from annotator.formats.project import Project
from annotator.ui import i18n
from annotator.ui.main_window import MainWindow
from annotator.ui.session import Session

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(name="isolated_settings", autouse=True)
def isolated_settings_fixture(tmp_path: Path, qapp) -> Iterator[None]:
    """QSettings in tmp_path; English UI before and after."""
    qapp.setOrganizationName("annotator-tests")
    qapp.setApplicationName("annotator-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    i18n.install("en")
    yield
    i18n.install("en")


WindowFactory = Callable[..., MainWindow]


@pytest.fixture(name="make_window")
def make_window_fixture(qtbot, tmp_path: Path) -> WindowFactory:
    """Factory: ``make_window([(doc_id, text), ...], language='en')`` -> shown MainWindow."""
    def factory(docs: Sequence[tuple[str, str]], language: str = "en",
                folder: str = "proj") -> MainWindow:
        path = tmp_path / folder
        project = Project.open(path, annotator="tester") if (path / "project.json").exists() \
            else Project.create(path, annotator="tester")
        for doc_id, text in docs:
            if not project.has_document(doc_id):
                project.add_document(Document(id=doc_id, text=text))
        project.lock()
        i18n.install(language)
        window = MainWindow(Session(project), language)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.open_initial_document()
        qtbot.waitUntil(lambda: window.view.hasFocus() or window.isActiveWindow())
        return window
    return factory


def disk_annotations(window: MainWindow) -> dict[str, Any] | None:
    """The current document's annotation file as JSON, or None before the first save."""
    session = window.session
    assert session.document is not None
    path = session.project.annotations_path(session.document.id)
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def disk_spans(window: MainWindow) -> list[tuple[int, int, str, str]]:
    """(start, end, label, text) of every span in the annotation file on disk."""
    data = disk_annotations(window)
    if data is None:
        return []
    return [(s["start"], s["end"], s["label"], s["text"]) for s in data["spans"]]


def wait_disk(qtbot, window: MainWindow,
              expected: list[tuple[int, int, str, str]], timeout: int = 3000) -> None:
    """Wait until the file on disk holds exactly ``expected`` spans (autosave, no explicit save)."""
    qtbot.waitUntil(lambda: sorted(disk_spans(window)) == sorted(expected), timeout=timeout)


def key(qtbot, window: MainWindow, k: Qt.Key | str,
        mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key in the text view (where the analyst types)."""
    qtbot.keyClick(window.view, k, mods)


def dock(window: MainWindow, name: str) -> QDockWidget:
    """The dock ``name`` of ``window`` (documents, spans, labels, attributes, review).

    Found by its object name ``dock.<name>``, the key under which the window
    stores its layout, so tests need not read the window's private table.
    """
    found = window.findChild(QDockWidget, f"dock.{name}")
    assert found is not None, f"no dock {name!r}"
    return found

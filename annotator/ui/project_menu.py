"""Open, New and Recent projects from the GUI, so that a GUI user never needs the terminal.

Another project opens in a new main window, and the current window closes
(saving its work and releasing its lock); recent projects are kept in
QSettings, newest first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog

from annotator.formats.errors import ProjectError
from annotator.formats.project import Project

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

RECENT_KEY = "recent_projects"
RECENT_MAX = 10
#: Windows opened from a menu: kept referenced for as long as they are open.
_OPEN_WINDOWS: list[MainWindow] = []


def recent_projects() -> list[str]:
    """Project folders opened lately, newest first (those that still exist)."""
    value = QSettings().value(RECENT_KEY) or []
    paths = [value] if isinstance(value, str) else list(value)
    return [p for p in paths if (Path(p) / "project.json").is_file()]


def remember(path: Path) -> None:
    """Put ``path`` first in the recent projects."""
    text = str(Path(path).resolve())
    QSettings().setValue(RECENT_KEY, [text, *[p for p in recent_projects() if p != text]]
                         [:RECENT_MAX])


def switch_to(window: MainWindow, path: Path) -> MainWindow | None:
    """Open the project at ``path`` in a new window and close ``window``; None on failure."""
    from annotator.ui.app import open_for_gui
    from annotator.ui.main_window import MainWindow
    from annotator.ui.session import Session

    if not window.session.save():
        title = QCoreApplication.translate("ProjectMenu", "Cannot open the project")
        window.show_error(title, QCoreApplication.translate(
            "ProjectMenu", "The current document could not be saved; it stays open."))
        return None
    try:
        project, read_only = open_for_gui(Path(path))
    except ProjectError as err:
        window.show_error(QCoreApplication.translate(
            "ProjectMenu", "Cannot open the project"), str(err))
        return None
    other = MainWindow(Session(project, read_only=read_only), window.language)
    _OPEN_WINDOWS.append(other)
    other.destroyed.connect(lambda *_: _OPEN_WINDOWS.remove(other)
                            if other in _OPEN_WINDOWS else None)
    other.show()
    other.open_initial_document()
    if read_only:
        other.show_error(QCoreApplication.translate(
            "ProjectMenu", "Opened read-only"), read_only)
    remember(Path(path))
    window.close()
    return other


def ask_open(window: MainWindow) -> MainWindow | None:
    """Choose a project folder and open it."""
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate(
            "ProjectMenu", "Open project"))
    return switch_to(window, Path(folder)) if folder else None


def ask_new(window: MainWindow) -> MainWindow | None:
    """Choose a new (or empty) folder, make a project there with the default labels, open it."""
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate(
            "ProjectMenu", "New project: choose an empty folder"))
    if not folder:
        return None
    try:
        Project.create(Path(folder))
    except ProjectError as err:
        window.show_error(QCoreApplication.translate(
            "ProjectMenu", "Cannot create the project"), str(err))
        return None
    return switch_to(window, Path(folder))


def ask_recent(window: MainWindow) -> MainWindow | None:
    """Pick one of the recent projects and open it."""
    paths = recent_projects()
    if not paths:
        window.show_error(QCoreApplication.translate(
            "ProjectMenu", "Recent projects"), QCoreApplication.translate(
            "ProjectMenu", "No project was opened from here yet."))
        return None
    chosen, ok = QInputDialog.getItem(window, QCoreApplication.translate(
            "ProjectMenu", "Recent projects"), QCoreApplication.translate(
            "ProjectMenu", "Project:"), paths,
                                      0, False)
    return switch_to(window, Path(chosen)) if ok and chosen else None

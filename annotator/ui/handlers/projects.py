"""Project handlers: Open, New and Recent projects, so that a GUI user never needs the terminal.

Another project opens in a new main window (:meth:`Workspace.open_window`),
and the current window closes (saving its work and releasing its lock);
recent projects are kept in QSettings, newest first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow

from annotator.formats.errors import ProjectError
from annotator.formats.project import Project
from annotator.ui.session import Session
from annotator.ui.workspace import Workspace

RECENT_KEY = "recent_projects"
RECENT_MAX = 10
#: Windows opened from a menu: kept referenced for as long as they are open.
_OPEN_WINDOWS: list[QMainWindow] = []


def recent_paths() -> list[str]:
    """Project folders opened lately, newest first (those that still exist)."""
    value = QSettings().value(RECENT_KEY) or []
    paths = [value] if isinstance(value, str) else list(value)
    return [p for p in paths if (Path(p) / "project.json").is_file()]


def remember(path: Path) -> None:
    """Put ``path`` first in the recent projects."""
    text = str(Path(path).resolve())
    QSettings().setValue(RECENT_KEY, [text, *[p for p in recent_paths() if p != text]]
                         [:RECENT_MAX])


def switch_to(window: Workspace, path: Path) -> Workspace | None:
    """Open the project at ``path`` in a new window and close ``window``; None on failure."""
    from annotator.ui.app import open_for_gui

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
    other = window.open_window(Session(project, read_only=read_only))
    host = other.host()
    _OPEN_WINDOWS.append(host)
    host.destroyed.connect(lambda *_: _OPEN_WINDOWS.remove(host)
                           if host in _OPEN_WINDOWS else None)
    if read_only:
        other.show_error(QCoreApplication.translate(
            "ProjectMenu", "Opened read-only"), read_only)
    remember(Path(path))
    window.host().close()
    return other


def open_project(window: Workspace) -> Workspace | None:
    """Choose a project folder and open it (Ctrl+O); this window closes."""
    folder = QFileDialog.getExistingDirectory(window.host(), QCoreApplication.translate(
            "ProjectMenu", "Open project"))
    return switch_to(window, Path(folder)) if folder else None


def new_project(window: Workspace) -> Workspace | None:
    """Choose a new (or empty) folder, make a project there with the default labels, open it."""
    folder = QFileDialog.getExistingDirectory(window.host(), QCoreApplication.translate(
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


def recent_projects(window: Workspace) -> Workspace | None:
    """Pick one of the recent projects and open it."""
    paths = recent_paths()
    if not paths:
        window.show_error(QCoreApplication.translate(
            "ProjectMenu", "Recent projects"), QCoreApplication.translate(
            "ProjectMenu", "No project was opened from here yet."))
        return None
    chosen, ok = QInputDialog.getItem(window.host(), QCoreApplication.translate(
            "ProjectMenu", "Recent projects"), QCoreApplication.translate(
            "ProjectMenu", "Project:"), paths,
                                      0, False)
    return switch_to(window, Path(chosen)) if ok and chosen else None

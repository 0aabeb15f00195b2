"""Start the desktop application on a project: checks, lock, language, main window.

Errors a user can meet (a crashing PySide6/Python combination, a corrupt
project, a lock held by another instance) are shown as messages, never as
tracebacks; unexpected exceptions inside the event loop are shown in a
message box and written to a log file.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.formats.errors import ProjectError, ReadError
from annotator.formats.lock import ReadOnlyProjectError
from annotator.formats.project import PROJECT_FILE, Project

APP_NAME = "Arabic span annotator"


def unsafe_qt_combination(pyside_version: str, python: tuple[int, int]) -> str | None:
    """Why this PySide6/Python pair must not run, or None when it is safe.

    PySide6 6.12.x on Python < 3.12 drops a reference to None on every void
    call and aborts with "none_dealloc" after a few thousand calls (DESIGN.md).
    """
    if pyside_version.startswith("6.12.") and python < (3, 12):
        return (f"PySide6 {pyside_version} on Python {python[0]}.{python[1]} crashes after a few "
                "thousand calls (Fatal Python error: none_dealloc), which would lose work. "
                "Install PySide6 6.11.x (pip install 'PySide6<6.12') or use Python 3.12 or "
                "newer.")
    return None


def _log_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder or Path.home()) / "annotator-errors.log"


def _excepthook(kind: type[BaseException], value: BaseException,
                tb: TracebackType | None) -> None:
    """Show an unexpected error as a message and keep the traceback in a log file."""
    log = _log_path()
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(kind, value, tb)) + "\n")
        where = QCoreApplication.translate("App", "Details were written to %1.").replace(
            "%1", str(log))
    except OSError:
        where = ""
    QMessageBox.critical(None, QCoreApplication.translate("App", "Unexpected error"),
                         f"{value}\n\n{where}\n\n" + QCoreApplication.translate(
                             "App", "Your annotations are saved automatically; restart the "
                                    "application if it misbehaves."))


def open_for_gui(path: Path) -> tuple[Project, str]:
    """The project at ``path`` and why it can only be viewed ('' when it can be changed).

    A read-only folder, or a ``project.json`` that cannot be read, still
    opens, read-only (the damaged file is never written over); a lock held
    by another instance, or a folder that is no project, raises
    :class:`ProjectError`.
    """
    try:
        project = Project.open(path)
    except ReadError as err:
        if err.path.name != PROJECT_FILE:
            raise
        return Project.open_damaged(path), QCoreApplication.translate(
            "App", "%1\n\nThe documents are shown with the default labels; nothing can be "
                   "changed until project.json is repaired (restore it from version "
                   "control).").replace("%1", str(err))
    try:
        project.lock()
    except ReadOnlyProjectError as err:
        return project, str(err)
    return project, ""


def main(project_path: Path) -> int:
    """Run the GUI on ``project_path``; the exit status (0 when closed normally)."""
    problem = unsafe_qt_combination(PySide6.__version__, sys.version_info[:2])
    if problem:
        print(f"annotator: {problem}", file=sys.stderr)
        return 2
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("annotator")
    app.setApplicationName("annotator")
    app.setApplicationDisplayName(APP_NAME)
    # Imported late: these modules import the text view and friends.
    from annotator.ui import i18n
    from annotator.ui.main_window import MainWindow
    from annotator.ui.reading_font import load_bundled_fonts
    from annotator.ui.session import Session

    load_bundled_fonts()  # the reading font, whatever fonts this machine has

    try:
        project, read_only = open_for_gui(project_path)
    except ProjectError as err:
        i18n.install(i18n.saved_language())
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the project"),
                             str(err))
        return 1
    from annotator.ui.handlers.projects import remember
    remember(project_path)  # listed under Recent projects
    language = i18n.saved_language(str(project.settings.get("language", "en")))
    i18n.install(language)
    if read_only:
        QMessageBox.warning(None, QCoreApplication.translate("App", "Opened read-only"),
                            read_only)
    sys.excepthook = _excepthook
    try:
        session = Session(project, read_only=read_only)
        window = MainWindow(session, language)
        window.show()
        window.open_initial_document()
        return int(app.exec())
    finally:
        sys.excepthook = sys.__excepthook__
        project.close()

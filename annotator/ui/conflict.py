"""The dialog for a file someone else changed, and the question before a reload discards edits.

Three ways out of a conflict: reload theirs (asking first when that
discards unsaved edits), keep mine and overwrite theirs, or save mine
beside theirs as a copy and then reload theirs. Escape decides later
(autosave stays off until then; nothing is lost).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from annotator.formats.errors import ProjectError

if TYPE_CHECKING:
    from annotator.ui.workspace import Workspace


def confirm_reload(ws: Workspace, reload: Callable[[], None]) -> QMessageBox | None:
    """Run ``reload`` now when nothing is unsaved, else after the analyst agrees (box returned)."""
    if ws.session.undo_stack.isClean():
        reload()
        return None
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Conflict", "Discard your changes?"),
                      QCoreApplication.translate(
                          "Conflict", "Reloading reads the file from disk and discards your "
                                      "unsaved changes to this document."),
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      ws.host())
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(lambda result: reload()
                         if result == QMessageBox.StandardButton.Discard else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    ws.dialogs.reload_box = box
    box.open()
    return box


def ask_about_conflict(ws: Workspace, message: str) -> QMessageBox:
    """The three-way question after a save found the file changed on disk (box returned)."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Conflict", "Changed by someone else"),
                      message, QMessageBox.StandardButton.NoButton, ws.host())
    theirs = box.addButton(QCoreApplication.translate("Conflict", "Reload theirs"),
                           QMessageBox.ButtonRole.DestructiveRole)
    mine = box.addButton(QCoreApplication.translate("Conflict", "Keep mine and overwrite"),
                         QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(QCoreApplication.translate("Conflict", "Save mine as a copy, reload "
                                                                "theirs"),
                         QMessageBox.ButtonRole.ActionRole)
    later = box.addButton(QCoreApplication.translate("Conflict", "Decide later"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(copy)
    box.setEscapeButton(later)
    session = ws.session

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        try:
            if clicked is theirs:
                confirm_reload(ws, ws.reload_document)
            elif clicked is mine:
                session.overwrite_theirs()
                ws.show_status(QCoreApplication.translate(
                    "Conflict", "Your version was written over theirs."))
            elif clicked is copy:
                path = session.save_copy_and_reload()
                ws.show_status(QCoreApplication.translate(
                    "Conflict", "Yours is saved as %1; theirs is open.").replace(
                    "%1", path.name if path else ""))
        except ProjectError as err:
            ws.show_error(QCoreApplication.translate("Conflict", "Not done"), str(err))

    box.finished.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

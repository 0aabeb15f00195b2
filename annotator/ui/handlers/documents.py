"""Document handlers: move through the list, mark done or in progress, save, import, export,
replace a document's text.

Marking a document done while suggestions or suggested links are pending
asks first (:func:`mark_done`). Undo and redo live here too: the undo stack
is the open document's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.core.edits import EditError
from annotator.core.model import DocStatus, Status
from annotator.formats.errors import ProjectError
from annotator.formats.replace_text import replace_text
from annotator.suggest import queue as rq
from annotator.suggest import review
from annotator.ui.conflict import confirm_reload
from annotator.ui.export_dialog import ExportDialog
from annotator.ui.import_dialog import ImportDialog
from annotator.ui.workspace import Workspace

translate = QCoreApplication.translate


def _step_document(ws: Workspace, delta: int) -> None:
    ids = ws.queue.list_ids()  # the documents shown (unreadable files are listed, not opened)
    if not ids:
        return
    current = ws.session.document.id if ws.session.document else None
    i = ids.index(current) + delta if current in ids else 0
    if 0 <= i < len(ids):
        ws.open_document(ids[i])
    else:
        ws.show_status(translate("MainWindow", "No more documents in this direction."))


def next_document(ws: Workspace) -> None:
    """Open the next document of the (filtered) list."""
    _step_document(ws, +1)


def previous_document(ws: Workspace) -> None:
    """Open the previous document of the (filtered) list."""
    _step_document(ws, -1)


def reopen_document(ws: Workspace) -> None:
    """Mark the current document in progress again."""
    try:
        ws.session.set_status(DocStatus.IN_PROGRESS)
    except EditError as err:
        ws.status_error(str(err))
        return
    ws.session.save()


def save_now(ws: Workspace) -> None:
    """Write the annotations now (they are saved automatically anyway)."""
    if ws.session.save():
        ws.show_status(translate("MainWindow", "Saved."))


def reload_document_asking(ws: Workspace) -> None:
    """Reload from disk (the menu entry): asks first when unsaved changes would be lost."""
    confirm_reload(ws, ws.reload_document)


def replace_document_text(ws: Workspace, path: str | None = None) -> bool:
    """Give the open document a corrected text from a UTF-8 file (asked when None); every
    annotator's spans move onto it (:mod:`annotator.formats.replace_text`). False when
    nothing was replaced (cancelled, refused, or the file held the same text)."""
    s = ws.session
    title = translate("MainWindow", "Replace the document's text")
    if s.document is None:
        return False
    if s.project_read_only:
        ws.show_error(title, s.read_only)
        return False
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            ws.host(), title, str(s.project.path.parent),
            translate("MainWindow", "Text files (*.txt);;All files (*)"))
        if not path:
            return False
    if not s.save():
        ws.show_error(title, translate("MainWindow", "The open document could not be saved, "
                                                     "so its text was not replaced."))
        return False
    try:
        done = replace_text(s.project, s.document.id, Path(path))
    except ProjectError as err:
        ws.show_error(title, str(err))
        return False
    if not done.changed:
        ws.show_status(translate("MainWindow", "The file holds the text the document already "
                                               "has; nothing was changed."))
        return False
    ws.reload_document()  # the new text and the moved spans
    ws.project_changed()
    moved = "; ".join(str(o).splitlines()[0] for o in done.outcomes)
    ws.show_status(translate("MainWindow", "Text replaced. %1").replace("%1", moved))
    return True


def export_dataset(ws: Workspace) -> ExportDialog:
    """The export dialog (Ctrl+E): options, background run, summary."""
    dialog = ExportDialog(ws.session, ws.host())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def import_documents(ws: Workspace) -> ImportDialog:
    """The import dialog (Ctrl+I); the document list refreshes after each run."""
    dialog = ImportDialog(ws.session, ws.host())
    dialog.documentsImported.connect(ws.documents_imported)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def quit_window(ws: Workspace) -> None:
    """Close the window (it saves first, and asks when saving failed)."""
    ws.host().close()


def undo(ws: Workspace) -> None:
    """Undo the last change; the status bar names it."""
    stack = ws.session.undo_stack
    step = stack.undoText()
    if not stack.canUndo():
        ws.status_error(translate("MainWindow", "Nothing to undo."))
        return
    stack.undo()
    ws.show_status(translate("MainWindow", "Undone: %1").replace("%1", step))


def redo(ws: Workspace) -> None:
    """Redo the last undone change; the status bar names it."""
    stack = ws.session.undo_stack
    step = stack.redoText()
    if not stack.canRedo():
        ws.status_error(translate("MainWindow", "Nothing to redo."))
        return
    stack.redo()
    ws.show_status(translate("MainWindow", "Redone: %1").replace("%1", step))


def mark_done(ws: Workspace) -> QMessageBox | None:
    """Mark done; with pending suggestions or links ask first (returns the question box).

    The question offers: review them (the first pending item is selected),
    reject the rest and mark done (one undo step), or cancel (Escape).
    """
    ann = ws.session.annotations
    if ann is None:
        return None
    spans = sum(1 for s in ann.spans.values() if s.status is Status.SUGGESTED)
    links = len(review.pending_relations(ann))
    if not spans and not links:
        _mark_done_now(ws)
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("MainWindow", "Pending suggestions"),
        translate("MainWindow", "This document still holds %1 pending suggestions and %2 "
                                "pending links. A done document should hold only decisions.")
        .replace("%1", str(spans)).replace("%2", str(links)),
        QMessageBox.StandardButton.NoButton, ws.host())
    review_button = box.addButton(translate("MainWindow", "Review them"),
                                  QMessageBox.ButtonRole.AcceptRole)
    reject_button = box.addButton(translate("MainWindow", "Reject the rest and mark done"),
                                  QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(review_button)
    box.setEscapeButton(cancel)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is review_button:
            review_first_pending(ws)
        elif clicked is reject_button and ws.session.annotations is ann:
            edit = rq.reject_all_pending(ann, str(ws.session.project.annotator), True)
            if ws.apply(edit):
                ws.session.save()
        ws.dialogs.done_box = None

    box.finished.connect(answered)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    ws.dialogs.done_box = box
    box.open()
    return box


def review_first_pending(ws: Workspace) -> None:
    """Select the document's first pending item (unfiltered when the filter hides them)."""
    items = ws.queue.items() or rq.queue_items(ws.session.annotations)
    if items:
        ws.queue.select_item(items[0])


def _mark_done_now(ws: Workspace) -> None:
    try:
        ws.session.set_status(DocStatus.DONE)
    except EditError as err:
        ws.status_error(str(err))
        return
    ws.session.save()

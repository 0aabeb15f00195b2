"""Search handlers: find (Ctrl+F), next and previous match, tag all occurrences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from annotator.ui.tag_all import (
    PlannedSpan,
    TagAllDialog,
    open_document_edit,
    plan_matches,
    plan_project,
    tag_in_files,
)
from annotator.ui.workspace import Workspace

translate = QCoreApplication.translate


def show_search(ws: Workspace) -> None:
    """Open the search bar, seeded with the selected text."""
    start, end = ws.view.selection_cp()
    initial = ws.session.text[start:end] if 0 < end - start < 100 else ""
    ws.search.open_bar(initial)


def next_match(ws: Workspace) -> None:
    """Go to the next search match."""
    ws.search.go_next()


def previous_match(ws: Workspace) -> None:
    """Go to the previous search match."""
    ws.search.go_previous()


def tag_all(ws: Workspace) -> None:
    """Tag every search match with the search bar's label, after a preview."""
    if not ws.search.isVisible() or not ws.search.matches():
        show_search(ws)
        ws.status_error(translate("MainWindow", "Search for something first, then tag all "
                                                "its occurrences."))
        return
    tag_all_with(ws)


def tag_all_with(ws: Workspace, label: str | None = None) -> TagAllDialog:
    """Preview (keyword in context) and tag the checked matches with the dialog's label.

    The open document's spans are one undo step; with "Whole project" the
    other documents' matches are listed by document and saved in their
    files. ``label`` preselects the dialog's label. Returns the dialog
    (tests accept it).
    """
    s = ws.session
    snap = bool(s.project.settings.get("snap_to_words", True))
    current = s.document.id if s.document else None
    chosen = label or ws.label_palette.current_label() or s.schema.label_names[0]
    plans: dict[str, list[PlannedSpan]] = {}
    if current is not None:
        plans[current] = plan_matches(s.text, s.annotations, ws.search.matches(),
                                      chosen, snap, s.vocabulary())
    if ws.search.whole_project.isChecked() and s.save():
        plans.update(plan_project(s.project, ws.search.query.text(), chosen, snap,
                                  ws.search.whole_words.isChecked(), current))
    plans = {k: v for k, v in plans.items() if v}
    dialog = TagAllDialog(plans, current, s.schema.label_names, chosen, ws.host())

    def done(result: int) -> None:
        if result == TagAllDialog.DialogCode.Accepted:
            _tag_checked(ws, dialog.checked(), dialog.chosen_label(), current)
        ws.focus_text()

    dialog.finished.connect(done)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _tag_checked(ws: Workspace, checked: dict[str, list[PlannedSpan]], label: str,
                 current: str | None) -> None:
    s = ws.session
    here_rows = checked.pop(current, []) if current is not None and s.document is not None \
        and s.document.id == current else []
    edit = open_document_edit(s.text, s.annotations, here_rows, label)
    here = len(edit.edits) if edit.edits and ws.apply(edit) else 0
    elsewhere = tag_in_files(s.project, checked, label) if checked else 0
    if checked:
        ws.project_changed()
    ws.show_status(translate("MainWindow", "Tagged %1 spans here and %2 in other documents.")
                   .replace("%1", str(here)).replace("%2", str(elsewhere)))

"""Bulk review handlers: accept all of a label or above a score, run suggesters, import.

Bulk accept across the project: the open document changes through the undo
stack (one step); the other documents are changed in their files by a
background job, which the document's undo stack cannot undo (the
confirmation says so; each such span can still be rejected later).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotator.core.model import Span
from annotator.formats.project import Project
from annotator.formats.report import Report
from annotator.suggest import review
from annotator.suggest.decisions import (
    BulkChoice,
    bulk_edits,
    count_in_project,
    pending,
    pending_by_label,
)
from annotator.ui.bulk_dialog import BulkAcceptDialog, ReportDialog
from annotator.ui.review_jobs import Job, JobContext
from annotator.ui.workspace import Workspace

if TYPE_CHECKING:
    from annotator.ui.suggest_dialog import SuggestDialog

translate = QCoreApplication.translate


def _reviewer(ws: Workspace) -> str:
    return str(ws.session.project.annotator)


def accept_label_suggestions(ws: Workspace) -> BulkAcceptDialog:
    """Accept every pending suggestion of a label, in the document or the project."""
    return open_bulk_accept(ws, "label")


def accept_scored_suggestions(ws: Workspace) -> BulkAcceptDialog:
    """Accept every pending suggestion scoring at least a threshold."""
    return open_bulk_accept(ws, "score")


def open_bulk_accept(ws: Workspace, mode: str) -> BulkAcceptDialog:
    """Show the bulk-accept dialog (returned, for tests); applying happens on OK."""
    session = ws.session
    counts = pending_by_label(session.annotations)
    labels = [lab.name for lab in session.schema.span_labels]
    span = ws.selected_span()
    ann = session.annotations

    def candidates(label: str | None, min_score: float | None,
                   origin: str | None) -> list[tuple[Span, bool]]:
        if ann is None or session.annotations is not ann:
            return []
        conflicts = review.conflicting_ids(ann)
        return [(s, s.id in conflicts)
                for s in review.bulk_candidates(ann, label, min_score, origin=origin)]

    origins = sorted({s.origin for s in pending(ann) if s.origin})
    dialog = BulkAcceptDialog(mode, labels, counts, span.label if span else None, ws.host(),
                              candidates, origins)
    dialog.chosen.connect(lambda choice: bulk_accept(ws, choice))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def bulk_accept(ws: Workspace, choice: BulkChoice) -> None:
    """Accept what ``choice`` selects: here as one undo step, or project-wide after a count."""
    if choice.project_wide:
        _count_project(ws, choice)
        return
    _bulk_accept_document(ws, choice)


def _bulk_accept_document(ws: Workspace, choice: BulkChoice) -> int:
    ann = ws.session.annotations
    if ann is None:
        return 0
    batch = bulk_edits(ann, choice, _reviewer(ws), here=True)
    if not batch.edits:
        ws.status_error(translate("MainWindow", "No pending suggestion matches."))
        return 0
    if not ws.apply(batch):
        return 0
    spans, links = review.split_counts(batch)
    message = (translate("MainWindow", "Accepted %1 suggestions and %2 links (one undo step).")
               if links else
               translate("MainWindow", "Accepted %1 suggestions (one undo step)."))
    ws.show_status(message.replace("%1", str(spans)).replace("%2", str(links)))
    return spans


def _count_project(ws: Workspace, choice: BulkChoice) -> None:
    if not ws.jobs.can_start():
        return
    session = ws.session
    path, who = session.project.path, _reviewer(ws)
    current = session.document.id if session.document else None
    here = (review.split_counts(bulk_edits(session.annotations, choice, here=True))[0]
            if session.annotations is not None else 0)

    def count(ctx: JobContext) -> dict[str, int]:
        return count_in_project(Project.open(path, annotator=who), choice, current, ctx)

    job = ws.jobs.start(count, translate("MainWindow", "Counting suggestions…"))
    job.done.connect(lambda found: _confirm_project(ws, choice, here, found))


def _confirm_project(ws: Workspace, choice: BulkChoice, here: int,
                     found: dict[str, int]) -> None:
    total = here + sum(found.values())
    if not total:
        ws.status_error(translate("MainWindow", "No pending suggestion matches in the project."))
        return
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("MainWindow", "Accept across the project"),
        translate("MainWindow",
                  "Accept %1 suggestions in %2 documents?\n\n"
                  "The %3 in this document are one undo step. The others are "
                  "saved in their files at once and cannot be undone with "
                  "Undo; each can still be rejected later.")
        .replace("%1", str(total)).replace("%2", str(len(found) + (1 if here else 0)))
        .replace("%3", str(here)),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, ws.host())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(
        lambda result: (_accept_project(ws, choice, sorted(found))
                        if result == QMessageBox.StandardButton.Ok else None))
    ws.dialogs.review_confirm = box
    box.open()


def _accept_project(ws: Workspace, choice: BulkChoice, doc_ids: list[str]) -> None:
    ann = ws.session.annotations
    if ann is not None and bulk_edits(ann, choice, here=True).edits:
        _bulk_accept_document(ws, choice)
    if not doc_ids or not ws.jobs.can_start():
        return
    path, who = ws.session.project.path, _reviewer(ws)

    def run(ctx: JobContext) -> Report:
        return review.bulk_accept_project(
            Project.open(path, annotator=who), choice.label, choice.min_score,
            origin=choice.origin, doc_ids=doc_ids, reviewer=who,
            skip_conflicts=choice.skip_conflicts, progress=ctx.progress)

    job = ws.jobs.start(run, translate("MainWindow", "Accepting suggestions…"))
    job.done.connect(lambda _report: ws.project_changed())
    job.done.connect(lambda report: _show_project_accepted(ws, report))


def _show_project_accepted(ws: Workspace, report: Report) -> None:
    links = report.counts.get("relations_accepted", 0)
    message = (translate("MainWindow",
                         "Accepted %1 suggestions and %2 links in other documents.")
               if links else
               translate("MainWindow", "Accepted %1 suggestions in other documents."))
    ws.show_status(message.replace("%1", str(report.counts.get("accepted", 0)))
                   .replace("%2", str(links)))


def run_suggesters(ws: Workspace) -> SuggestDialog:
    """The suggester dialog: choose, run in the background, train the model (returned)."""
    from annotator.ui.suggest_dialog import SuggestDialog  # its suggesters load on first use

    dialog = SuggestDialog(ws, ws.host())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    ws.dialogs.suggest_dialog = dialog
    return dialog


def import_suggestions(ws: Workspace, path: str | None = None) -> Job | None:
    """Ask for a suggestion file and import it in the background; a report lists skips."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            ws.host(), translate("MainWindow", "Import suggestions"),
            str(ws.session.project.path),
            translate("MainWindow", "Suggestions (*.jsonl *.json);;All files (*)"))
        if not path:
            return None
    if not ws.jobs.can_start():
        return None
    project_path, who = ws.session.project.path, _reviewer(ws)
    include_done = ws.review.include_done.isChecked()
    source = Path(path)

    def run(ctx: JobContext) -> Report:
        from annotator.suggest.runner import import_suggestions_for_review

        return import_suggestions_for_review(
            Project.open(project_path, annotator=who), source, progress=ctx.progress,
            include_done=include_done)

    job = ws.jobs.start(run, translate("MainWindow", "Importing suggestions…"))
    job.done.connect(lambda _report: ws.project_changed(reload_current=True))
    job.done.connect(lambda report: show_job_report(
        ws, translate("MainWindow", "Suggestions imported"), report))
    return job


def show_job_report(ws: Workspace, title: str, report: Report) -> ReportDialog:
    """A dialog with the report's summary and every skipped line (returned, for tests)."""
    dialog = ReportDialog(title, report, ws.host())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    ws.dialogs.report_dialog = dialog
    return dialog

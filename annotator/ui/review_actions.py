"""Review mode: the window's handlers for walking, accepting, rejecting, bulk-accepting.

:class:`ReviewMixin` is mixed into the main window; the action table names
its methods as handlers. The Qt-free rules come first: which suggestion is
next, and which core edit a key makes of a pending suggestion (editing one
keeps what was suggested, so accepting it afterwards counts as "edited" in
:func:`annotator.suggest.review.review_stats`).

Suggested relations follow their spans in the same undo step (see
:func:`annotator.suggest.review.with_relations`): accepting a span accepts
its suggested links whose other end is accepted, rejecting it rejects them.
Shift+Return / Shift+X accept or reject the selected span's links explicitly.

Bulk accept across the project: the open document changes through
``session.apply`` (one undo step); the other documents are changed in their
files by a background job, which the document's undo stack cannot undo (the
confirmation says so; each such span can still be rejected later).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from annotator.core import edits
from annotator.core.model import AnnotationSet, Span, Status, span_sort_key
from annotator.formats.errors import ProjectError
from annotator.formats.project import Project
from annotator.formats.report import Report
from annotator.suggest import review
from annotator.ui.review_jobs import Job, JobContext

if TYPE_CHECKING:
    from annotator.ui.bulk_dialog import BulkChoice

# ------------------------------------------------------------------ Qt-free rules


def pending(ann: AnnotationSet | None) -> list[Span]:
    """Pending suggestions of ``ann`` in text order."""
    if ann is None:
        return []
    return sorted(
        (s for s in ann.spans.values() if s.status is Status.SUGGESTED), key=span_sort_key
    )


def step_suggestion(
    spans: Sequence[Span], current: Span | None, cursor: int, delta: int
) -> Span | None:
    """The pending suggestion after (``delta`` +1) or before (-1) ``current`` or the cursor.

    Wraps around at the ends; None when there is no pending suggestion.
    """
    if not spans:
        return None
    keys = [span_sort_key(s) for s in spans]
    if current is not None:
        here = span_sort_key(current)
        if delta > 0:
            later = [i for i, k in enumerate(keys) if k > here]
            return spans[later[0] if later else 0]
        earlier = [i for i, k in enumerate(keys) if k < here]
        return spans[earlier[-1] if earlier else -1]
    if delta > 0:
        return next((s for s in spans if s.start >= cursor), spans[0])
    before = [s for s in spans if s.start < cursor]
    return before[-1] if before else spans[-1]


def relabel_edit(text: str, span: Span, label: str) -> edits.ChangeSpan:
    """Relabel a span; a pending suggestion stays pending and remembers what was suggested."""
    if span.status is Status.SUGGESTED:
        return review.revise(span, text=text, label=label)
    return edits.relabel(span, label)


def resize_edit(text: str, span: Span, start: int, end: int) -> edits.ChangeSpan:
    """Move a span's edges; a pending suggestion stays pending and remembers what was suggested."""
    if span.status is Status.SUGGESTED:
        return review.revise(span, text=text, start=start, end=end)
    return edits.resize(text, span, start, end)


def accept_edit(text: str, span: Span, reviewer: str) -> edits.ChangeSpan:
    """Accept a suggestion: as edited when its edges or label moved since it was suggested."""
    if isinstance(span.extra.get("suggested_as"), dict) and review.was_edited(span):
        return review.accept_edited(
            span, span.start, span.end, span.label, text=text, reviewer=reviewer
        )
    return review.accept(span, reviewer=reviewer)


def accept_with_relations(
    text: str, ann: AnnotationSet, span: Span, reviewer: str
) -> edits.ChangeSpan | edits.Batch:
    """Accept a suggestion (see :func:`accept_edit`) and its links whose other end is accepted."""
    return review.with_relations(ann, accept_edit(text, span, reviewer), reviewer=reviewer)


def reject_with_relations(
    ann: AnnotationSet, span: Span, reviewer: str
) -> edits.ChangeSpan | edits.Batch:
    """Reject a suggestion and its suggested links (all kept in the file)."""
    return review.with_relations(ann, review.reject(span, reviewer=reviewer), reviewer=reviewer)


def pending_links(ann: AnnotationSet | None) -> int:
    """Suggested relations of ``ann`` still pending review."""
    return len(review.pending_relations(ann)) if ann is not None else 0


def pending_by_label(ann: AnnotationSet | None) -> dict[str, int]:
    """Pending suggestions per label."""
    out: dict[str, int] = {}
    for span in pending(ann):
        out[span.label] = out.get(span.label, 0) + 1
    return out


def bulk_edits(ann: AnnotationSet, choice: BulkChoice, reviewer: str | None = None,
               here: bool = False) -> edits.Batch:
    """The bulk acceptance ``choice`` makes of ``ann`` (``here``: with the preview's unchecked)."""
    return review.bulk_accept_edits(
        ann, choice.label, choice.min_score, origin=choice.origin, reviewer=reviewer,
        skip_conflicts=choice.skip_conflicts and not here,
        exclude=choice.excluded if here else ())


def count_in_project(
    project: Project, choice: BulkChoice, skip: str | None, ctx: JobContext
) -> dict[str, int]:
    """Pending suggestions matching the filter per document (not ``skip``), for the confirmation."""
    entries = project.documents()
    out: dict[str, int] = {}
    for n, entry in enumerate(entries, start=1):
        if ctx.cancelled():
            break
        if entry.id != skip and entry.span_counts(project.annotator).get("suggested"):
            try:
                ann = project.load_annotations(project.load_document(entry.id))
            except ProjectError:
                continue
            found = review.split_counts(bulk_edits(ann, choice))[0]
            if found:
                out[entry.id] = found
        ctx.progress(n, len(entries))
    return out


# ------------------------------------------------------------------ the window's handlers


if TYPE_CHECKING:
    _WindowBase = QMainWindow
else:
    _WindowBase = object


class ReviewMixin(_WindowBase):
    """Review-mode handlers of :class:`annotator.ui.main_window.MainWindow`."""

    _job: Job | None = None

    # The main window provides these.
    session: Any
    view: Any
    spans: Any
    documents: Any
    _status_error: Callable[[str], None]
    _show_error: Callable[[str, str], None]
    _apply: Callable[[edits.Edit], bool]
    select_span: Callable[[str | None], None]
    selected_span: Callable[[], Span | None]
    focus_text: Callable[[], None]
    reload_document: Callable[[], None]

    def _review_reviewer(self) -> str:
        return str(self.session.project.annotator)

    def accept_span_relations(self) -> None:
        """Accept the selected span's suggested links whose other end is accepted (one step).

        A pending span is accepted with them; a link to a span still pending
        stays pending (the status bar says how many).
        """
        self._review_span_relations(Status.ACCEPTED)

    def reject_span_relations(self) -> None:
        """Reject the selected span's suggested links; the span itself stays as it is."""
        self._review_span_relations(Status.REJECTED)

    def _review_span_relations(self, status: Status) -> None:
        span = self.selected_span()
        ann = self.session.annotations
        if span is None or ann is None:
            self._status_error(
                QCoreApplication.translate(
                    "MainWindow", "No span selected (Tab selects the next one)."
                )
            )
            return
        waiting = review.pending_relations(ann, span.id)
        if not waiting:
            self._status_error(
                QCoreApplication.translate("MainWindow", "The selected span has no pending links.")
            )
            return
        batch = review.review_relations(ann, span, status, reviewer=self._review_reviewer())
        decided = review.split_counts(batch)[1]
        if not batch.edits:
            self._status_error(
                QCoreApplication.translate(
                    "MainWindow", "Accept the other end of its links first: %1 links wait for it."
                ).replace("%1", str(len(waiting)))
            )
            return
        if not self._apply(batch):
            return
        if status is Status.ACCEPTED:
            message = QCoreApplication.translate(
                "MainWindow", "Accepted %1 links; %2 wait for their other span."
            ).replace("%1", str(decided)).replace("%2", str(len(waiting) - decided))
        else:
            message = QCoreApplication.translate("MainWindow", "Rejected %1 links.").replace(
                "%1", str(decided)
            )
        self.statusBar().showMessage(message, 6000)

    # ------------------------------------------------------------ bulk accept

    def accept_label_suggestions(self) -> None:
        """Accept every pending suggestion of a label, in the document or the project."""
        self.open_bulk_accept("label")

    def accept_scored_suggestions(self) -> None:
        """Accept every pending suggestion scoring at least a threshold."""
        self.open_bulk_accept("score")

    def open_bulk_accept(self, mode: str) -> Any:
        """Show the bulk-accept dialog (returned, for tests); applying happens on OK."""
        from annotator.ui.bulk_dialog import BulkAcceptDialog

        counts = pending_by_label(self.session.annotations)
        labels = [lab.name for lab in self.session.schema.span_labels]
        span = self.selected_span()
        ann = self.session.annotations

        def candidates(label: str | None, min_score: float | None,
                       origin: str | None) -> list[tuple[Span, bool]]:
            if ann is None or self.session.annotations is not ann:
                return []
            conflicts = review.conflicting_ids(ann)
            return [(s, s.id in conflicts)
                    for s in review.bulk_candidates(ann, label, min_score, origin=origin)]

        origins = sorted({s.origin for s in pending(ann) if s.origin})
        dialog = BulkAcceptDialog(mode, labels, counts, span.label if span else None, self,
                                  candidates, origins)
        dialog.chosen.connect(self.bulk_accept)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def bulk_accept(self, choice: BulkChoice) -> None:
        """Accept what ``choice`` selects: here as one undo step, or project-wide after a count."""
        if choice.project_wide:
            self._count_project(choice)
            return
        self._bulk_accept_document(choice)

    def _bulk_accept_document(self, choice: BulkChoice) -> int:
        ann = self.session.annotations
        if ann is None:
            return 0
        batch = bulk_edits(ann, choice, self._review_reviewer(), here=True)
        if not batch.edits:
            self._status_error(
                QCoreApplication.translate("MainWindow", "No pending suggestion matches.")
            )
            return 0
        if self._apply(batch):
            spans, links = review.split_counts(batch)
            message = (
                QCoreApplication.translate(
                    "MainWindow", "Accepted %1 suggestions and %2 links (one undo step)."
                )
                if links
                else QCoreApplication.translate(
                    "MainWindow", "Accepted %1 suggestions (one undo step)."
                )
            )
            self.statusBar().showMessage(
                message.replace("%1", str(spans)).replace("%2", str(links)), 6000
            )
            return spans
        return 0

    def _count_project(self, choice: BulkChoice) -> None:
        if not self._review_can_start():
            return
        path, who = self.session.project.path, self._review_reviewer()
        current = self.session.document.id if self.session.document else None
        here = (
            review.split_counts(
                bulk_edits(self.session.annotations, choice, here=True)
            )[0]
            if self.session.annotations is not None
            else 0
        )

        def count(ctx: JobContext) -> dict[str, int]:
            return count_in_project(
                Project.open(path, annotator=who), choice, current, ctx
            )

        job = self._start_job(
            count, QCoreApplication.translate("MainWindow", "Counting suggestions…")
        )
        job.done.connect(lambda found: self._confirm_project(choice, here, found))

    def _confirm_project(self, choice: BulkChoice, here: int, found: dict[str, int]) -> None:
        total = here + sum(found.values())
        if not total:
            self._status_error(
                QCoreApplication.translate(
                    "MainWindow", "No pending suggestion matches in the project."
                )
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Accept across the project"),
            QCoreApplication.translate(
                "MainWindow",
                "Accept %1 suggestions in %2 documents?\n\n"
                "The %3 in this document are one undo step. The others are "
                "saved in their files at once and cannot be undone with "
                "Undo; each can still be rejected later.",
            )
            .replace("%1", str(total))
            .replace("%2", str(len(found) + (1 if here else 0)))
            .replace("%3", str(here)),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: (
                self._accept_project(choice, sorted(found))
                if result == QMessageBox.StandardButton.Ok
                else None
            )
        )
        self.review_confirm = box
        box.open()

    def _accept_project(self, choice: BulkChoice, doc_ids: list[str]) -> None:
        ann = self.session.annotations
        if ann is not None and bulk_edits(ann, choice, here=True).edits:
            self._bulk_accept_document(choice)
        if not doc_ids or not self._review_can_start():
            return
        path, who = self.session.project.path, self._review_reviewer()

        def run(ctx: JobContext) -> Report:
            return review.bulk_accept_project(
                Project.open(path, annotator=who),
                choice.label,
                choice.min_score,
                origin=choice.origin,
                doc_ids=doc_ids,
                reviewer=who,
                skip_conflicts=choice.skip_conflicts,
                progress=ctx.progress,
            )

        job = self._start_job(
            run, QCoreApplication.translate("MainWindow", "Accepting suggestions…")
        )
        job.done.connect(lambda _report: self._project_changed())
        job.done.connect(self._show_project_accepted)

    def _show_project_accepted(self, report: Report) -> None:
        links = report.counts.get("relations_accepted", 0)
        message = (
            QCoreApplication.translate(
                "MainWindow", "Accepted %1 suggestions and %2 links in other documents."
            )
            if links
            else QCoreApplication.translate(
                "MainWindow", "Accepted %1 suggestions in other documents."
            )
        )
        self.statusBar().showMessage(
            message.replace("%1", str(report.counts.get("accepted", 0))).replace(
                "%2", str(links)
            ),
            6000,
        )

    # ------------------------------------------------------------ suggesters, training, import

    def run_suggesters(self) -> Any:
        """The suggester dialog: choose, run in the background, train the model (returned)."""
        from annotator.ui.suggest_dialog import SuggestDialog

        dialog = SuggestDialog(self, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.suggest_dialog = dialog
        return dialog

    def import_suggestions(self, path: str | None = None) -> Job | None:
        """Ask for a suggestion file and import it in the background; a report lists skips."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("MainWindow", "Import suggestions"),
                str(self.session.project.path),
                QCoreApplication.translate(
                    "MainWindow", "Suggestions (*.jsonl *.json);;All files (*)"
                ),
            )
            if not path:
                return None
        if not self._review_can_start():
            return None
        project_path, who = self.session.project.path, self._review_reviewer()
        panel = getattr(self, "review", None)
        include_done = bool(panel is not None and panel.include_done.isChecked())

        def run(ctx: JobContext) -> Report:
            from annotator.suggest.runner import import_suggestions_for_review

            return import_suggestions_for_review(
                Project.open(project_path, annotator=who), Path(path), progress=ctx.progress,
                include_done=include_done
            )

        job = self._start_job(
            run, QCoreApplication.translate("MainWindow", "Importing suggestions…")
        )
        job.done.connect(lambda _report: self._project_changed(reload_current=True))
        job.done.connect(
            lambda report: self.show_job_report(
                QCoreApplication.translate("MainWindow", "Suggestions imported"), report
            )
        )
        return job

    def show_job_report(self, title: str, report: Report) -> Any:
        """A dialog with the report's summary and every skipped line (returned, for tests)."""
        from annotator.ui.bulk_dialog import ReportDialog

        dialog = ReportDialog(title, report, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.report_dialog = dialog
        return dialog

    # ------------------------------------------------------------ jobs

    def _review_can_start(self) -> bool:
        """Save first (the job reads the files); refuse while another job runs."""
        if self._job is not None:
            self._status_error(
                QCoreApplication.translate("MainWindow", "Another background job is still running.")
            )
            return False
        if not self.session.save():
            self._status_error(
                QCoreApplication.translate(
                    "MainWindow", "Save failed: the background job was not started."
                )
            )
            return False
        return True

    def stop_jobs(self) -> None:
        """Cancel a running background job and wait for it (on quit)."""
        panel = getattr(self, "review", None)
        if panel is not None:
            panel.stop()
        job = self._job
        if job is not None and not job.finished_:
            job.worker.cancel()
            job.worker.wait()

    def _start_job(self, fn: Any, title: str, over: Any = None,
                   cancellable: bool = True) -> Job:
        """Run ``fn`` in the background; its progress dialog sits over ``over`` (the window)."""
        job = Job(fn, title, self, over, cancellable)
        self._job = job

        def finished(*_args: object) -> None:
            if self._job is job:
                self._job = None
            self.focus_text()

        job.done.connect(finished)
        job.error.connect(finished)
        job.error.connect(lambda message: self._show_error(title.rstrip("…"), message))
        job.start()
        return job

    def _project_changed(self, reload_current: bool = False) -> None:
        """Files changed behind the window's project: re-read the index (and the open document).

        ``reload_current`` when the job wrote the open document's file too
        (it was saved first and the job's dialog was modal, so nothing is lost).
        """
        self.session.project.invalidate_index()  # the index caches per-file span counts
        self.documents.model.refresh()
        if reload_current and self.session.document is not None:
            self.reload_document()
        if self.session.document is not None:  # the list was reset: mark the open one again
            self.documents.show_current(self.session.document.id)
        panel = getattr(self, "review", None)
        if panel is not None:
            panel.refresh_project()
        refresh_queue = getattr(self, "refresh_queue_counts", None)
        if refresh_queue is not None:
            refresh_queue()

"""Run a suggester over this document or the whole project, and train the model suggester.

The suggester list comes from :func:`annotator.suggest.runner.available_suggesters`:
unavailable ones are shown disabled with the reason, and the trained
model is preselected only when its cross-validation found it better than
the dictionary. Running and training happen in a background job with its
own :class:`Project`; the open document's suggestions come back to the GUI
thread and are added through ``session.apply`` (one undo step), the other
documents are written by the job. Cancel stops a training within about one
optimiser iteration; the model trained before stays installed and in use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.edits import EditError
from annotator.formats.project import Project
from annotator.formats.report import Report
from annotator.suggest.base import Suggestions, collect
from annotator.suggest.merge import plan_suggestions
from annotator.suggest.runner import (
    SuggesterInfo,
    available_suggesters,
    create_suggester,
    leave_done_alone,
    run_suggester,
)
from annotator.ui.review_jobs import Job, JobContext

if TYPE_CHECKING:  # the CRF module (and pycrfsuite) is imported only when used
    from annotator.suggest.crf import TrainReport
    from annotator.ui.workspace import Workspace


def run_job(path: Any, who: str, name: str, current: str | None, all_documents: bool,
            ctx: JobContext, include_done: bool = False) -> Report:
    """The background run: the open document first (sent back, not written), then the others.

    Documents marked done (the open one too) are left alone unless ``include_done``.
    """
    project = Project.open(path, annotator=who)
    report = Report()
    suggester = create_suggester(project, name, annotator=who, report=report)
    ids = [e.id for e in project.documents()] if all_documents else []
    if current is not None:
        ids = [i for i in ids if i != current] + [current]
    if not include_done:
        ids = leave_done_alone(project, ids, who, report)
        if current is not None and current not in ids:
            current = None
    others = [i for i in ids if i != current]
    total = len(others) + (1 if current else 0)
    ctx.progress(0, total)
    if current is not None:
        doc = project.load_document(current)
        result = collect(suggester, doc, project.load_annotations(doc))
        ctx.send((current, suggester.origin, result))
        ctx.progress(1, total)
    if others and not ctx.cancelled():
        offset = 1 if current else 0
        rest = run_suggester(project, name, others,
                             lambda done, _n: ctx.progress(offset + done, total),
                             ctx.cancelled, annotator=who, suggester=suggester)
        report.done += rest.done
        report.problems += rest.problems
        for key, n in rest.counts.items():
            report.count(key, n)
    elif others:
        report.count("cancelled")
    return report


def figures_rows(meta: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(label, model P/R/F1, dictionary P/R/F1) from a training report or ``meta.json``."""
    return [(label, _prf(meta.get("model", {}).get(label)),
             _prf(meta.get("dictionary", {}).get(label))) for label in meta.get("labels", [])]


def _prf(scores: dict[str, Any] | None) -> str:
    if not scores:
        return "–"
    return f"{scores['precision']:.2f} / {scores['recall']:.2f} / {scores['f1']:.2f}"


class SuggestDialog(QDialog):
    """Choose a suggester and a scope, run it; train the model and see its figures."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.session = ws.session
        #: (suggestions added, problems) in the open document by the last run
        self._here: tuple[int, list[str]] = (0, [])
        self.setWindowTitle(self.tr("Suggestions"))
        self.list = QListWidget(self)
        self.here = QRadioButton(self.tr("This document"), self)
        self.everywhere = QRadioButton(self.tr("All documents"), self)
        self.here.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.here)
        scope.addButton(self.everywhere)
        self.model_info = QLabel(self)
        self.model_info.setWordWrap(True)
        self.figures = QTableWidget(0, 3, self)
        self.figures.verticalHeader().hide()
        self.figures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.figures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Run"), self)
        self.train_button = QPushButton(self.tr("Train model"), self)
        self.run_button.clicked.connect(self.run)
        self.train_button.clicked.connect(self.train)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.train_button, QDialogButtonBox.ButtonRole.ActionRole)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.here)
        scope_row.addWidget(self.everywhere)
        scope_row.addStretch(1)
        self.include_done = QCheckBox(self.tr("Documents marked done too"), self)
        self.include_done.setChecked(ws.review.include_done.isChecked())
        scope_row.addWidget(self.include_done)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Suggester:"), self))
        layout.addWidget(self.list)
        layout.addLayout(scope_row)
        layout.addWidget(self.model_info)
        layout.addWidget(self.figures)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.last_report: Report | None = None
        self.job: Job | None = None
        self.model_meta: dict[str, Any] | None = None
        self.refresh()
        self.resize(640, 520)

    # ------------------------------------------------------------ the list

    def refresh(self) -> None:
        """Re-read which suggesters can run and the model's last training figures."""
        infos = available_suggesters(self.session.project)
        self.list.clear()
        default = next((i for i in infos if i.recommended and i.available), None)
        for info in infos:
            item = QListWidgetItem(self._item_text(info), self.list)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            if not info.available:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              & ~Qt.ItemFlag.ItemIsSelectable)
            if default is not None and info.name == default.name:
                self.list.setCurrentItem(item)
        from annotator.suggest.crf import load_metadata
        self.model_meta = load_metadata(self.session.project)
        self.show_figures(self.model_meta)

    def _item_text(self, info: SuggesterInfo) -> str:
        text = f"{info.name} — {info.description}"
        if info.recommended and info.available:
            text += "  " + self.tr("(recommended)")
        if not info.available:
            text += "\n    " + self.tr("unavailable: %1").replace("%1", info.reason)
        return text

    def show_figures(self, meta: dict[str, Any] | None) -> None:
        """Per-label cross-validated P/R/F1 of the model next to the dictionary's."""
        if not meta:
            self.model_info.setText(self.tr("The model is not trained yet: “Train model” "
                                            "learns from the accepted spans of documents in "
                                            "progress or done."))
            self.figures.setRowCount(0)
            self.figures.hide()
            return
        verdict = self.tr("offered by default") if meta.get("is_recommended") else \
            self.tr("not offered by default (the dictionary does as well or better)")
        self.model_info.setText(
            self.tr("Model: %1 documents, %2-fold cross-validation; micro F1 %3 "
                    "(dictionary %4): %5.")
            .replace("%1", str(meta.get("documents", "?"))).replace("%2", str(meta.get("folds")))
            .replace("%3", f"{meta.get('model_f1', 0):.2f}")
            .replace("%4", f"{meta.get('dictionary_f1', 0):.2f}").replace("%5", verdict))
        rows = figures_rows(meta)
        self.figures.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Model P / R / F1"),
                                                self.tr("Dictionary P / R / F1")])
        self.figures.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.figures.setItem(r, c, QTableWidgetItem(value))
        self.figures.show()

    def chosen(self) -> str | None:
        """Name of the selected suggester (None when none can run)."""
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, name: str) -> None:
        """Select suggester ``name`` in the list."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)

    # ------------------------------------------------------------ running

    def run(self) -> Job | None:
        """Run the chosen suggester in the background (returns the job)."""
        name = self.chosen()
        if name is None:
            self.outcome.setText(self.tr("Choose a suggester that can run."))
            return None
        if not self.ws.jobs.can_start():
            return None
        if name == "command" and not self._command_approved():
            return None
        s = self.session
        path, who = s.project.path, s.project.annotator
        current = s.document.id if s.document else None
        everywhere = self.everywhere.isChecked()
        include_done = self.include_done.isChecked()
        self._here = (0, [])  # this run's own figures, not the last run's

        def work(ctx: JobContext) -> Report:
            return run_job(path, who, name, current, everywhere, ctx, include_done)

        job = self.ws.jobs.start(work, self.tr("Running %1…").replace("%1", name),
                                      self)
        self.job = job
        job.partial.connect(self._apply_current)
        job.done.connect(self._finished)
        job.error.connect(lambda message: self.outcome.setText(message))
        return job

    def _command_approved(self) -> bool:
        """Ask before running the project's own command the first time (issue 14)."""
        from annotator.suggest.trust import is_trusted, shown, trust
        argv = self.session.project.settings.get("suggest_command")
        if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
            return True  # the suggester itself explains what is wrong with it
        path = self.session.project.path
        if is_trusted(path, argv):
            return True
        answer = QMessageBox.question(
            self, self.tr("Run the project's command?"),
            self.tr("This project asks to run this command on your computer:\n\n%1\n\n"
                    "It came with the project (project.json). Run it only if you trust "
                    "where the project comes from. Allow it?").replace("%1", shown(argv)))
        if answer != QMessageBox.StandardButton.Yes:
            self.outcome.setText(self.tr("The command was not run."))
            return False
        trust(path, argv)
        return True

    def _apply_current(self, value: tuple[str, str, Suggestions]) -> None:
        doc_id, origin, result = value
        s = self.session
        if s.document is None or s.document.id != doc_id or s.annotations is None:
            return
        plan = plan_suggestions(s.text, s.annotations, result.spans, result.relations,
                                schema=s.schema,
                                description=self.tr("Suggestions from %1").replace("%1", origin))
        self._here = (plan.added, list(result.problems) + plan.problems)
        if plan.batch.edits:
            try:
                s.apply(plan.batch)
            except EditError as err:
                self._here = (0, [str(err)])

    def _finished(self, report: Report) -> None:
        added, problems = self._here
        if added:
            report.count("suggestions", added)
        for problem in problems:
            report.skip(self.session.document.id if self.session.document else "", problem)
        self.last_report = report
        self.job = None
        self.ws.project_changed()
        text = report.summary()
        if "cancelled" in report.counts:
            text = self.tr("Stopped: the documents done so far keep their suggestions.") + \
                "\n" + text
        if report.problems:
            text += "\n" + "\n".join(str(p) for p in report.problems[:8])
        self.outcome.setText(text)

    # ------------------------------------------------------------ training

    def train(self) -> Job | None:
        """Train the CRF model in the background; show its figures afterwards.

        Cancel stops the training; the job then ends with None instead of a report.
        """
        if not self.ws.jobs.can_start():
            return None
        path, who = self.session.project.path, self.session.project.annotator

        def work(ctx: JobContext) -> TrainReport | None:
            from annotator.suggest.crf import TrainingCancelled, train
            try:
                return train(Project.open(path, annotator=who), progress=ctx.progress,
                             should_stop=ctx.cancelled)
            except TrainingCancelled:
                return None

        job = self.ws.jobs.start(work, self.tr("Training the model…"), self)
        self.job = job
        job.dialog.canceled.connect(
            lambda: self.outcome.setText(self.tr("Stopping the training…")))
        job.done.connect(self._trained)
        job.error.connect(lambda message: self.outcome.setText(message))
        return job

    def _trained(self, report: TrainReport | None) -> None:
        self.job = None
        self.refresh()
        if report is None:
            self.outcome.setText(self._cancelled_text())
            return
        self.show_figures(report.as_dict())
        self.outcome.setText("\n".join(report.lines()[:1] + report.lines()[-1:]))

    def _cancelled_text(self) -> str:
        """What a cancelled training leaves: the previous model, or still none."""
        if self.model_meta is None:
            return self.tr("Training cancelled: the model is still not trained.")
        return self.tr("Training cancelled: the previous model is unchanged and still in use.")


__all__ = ["SuggestDialog", "figures_rows", "run_job"]

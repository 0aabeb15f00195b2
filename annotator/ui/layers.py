"""Team work in the window: whose layer is open, other layers, agreement, curation, report.

A *Project* menu lists the layers (open one: another annotator's is
read-only; a curated layer is editable), lets one other layer be drawn
beside the current one (:mod:`annotator.ui.layer_overlay`), opens the
agreement view, curates into a layer and writes the project report. A
permanent label in the status bar says whose layer is open.

Curation mode is simply the curated layer opened for editing: its
disagreements are suggestions with origin ``curation``, settled with the
review keys that exist (N / Shift+N to walk, Return to accept, X to reject,
a label key to relabel, Alt+arrows to move an edge), one key per decision;
the status bar names who voted for the selected one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMenu

from annotator.core.model import Status
from annotator.formats.curation import check_curation
from annotator.formats.curation_rules import parse_strategy
from annotator.formats.errors import ProjectError
from annotator.formats.layers import curated_layers, layer_names, mark_curated
from annotator.formats.project import Project
from annotator.formats.report import Progress
from annotator.ui.actions import without_arabic_mnemonic
from annotator.ui.agreement_view import AgreementView
from annotator.ui.layer_overlay import CompareOverlay, set_compare
from annotator.ui.worker import BackgroundTask

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

STRATEGY_CHOICES = ("majority", "unanimous", "votes:2")
#: Review actions that write to every document of the open layer: off while it is read-only.
PROJECT_WIDE_ACTIONS = ("review.suggest", "review.import", "review.accept_label",
                        "review.accept_score")


class LayerController(QObject):
    """The window's team features (owned by the main window, driven by its Project menu)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.own = self.session.project.annotator
        self.compare_name: str | None = None
        self.agreement: AgreementView | None = None
        self._task: BackgroundTask | None = None
        self.open_report_in_browser = True
        self._overlay = CompareOverlay(window.view)
        self.label = QLabel(window)
        window.statusBar().addPermanentWidget(self.label)
        self.menu = self._build_menu()
        self.session.documentOpened.connect(self._on_document_opened)

    # ------------------------------------------------------------ menu

    def _build_menu(self) -> QMenu:
        """The Project menu, empty of text until :meth:`retranslate` (the window calls it)."""
        bar = self.window.menuBar()
        menu = QMenu(self.window)
        bar.insertMenu(bar.actions()[-1], menu)  # before Help
        self.layer_menu = menu.addMenu("")
        self.compare_menu = menu.addMenu("")
        self.layer_menu.aboutToShow.connect(self._fill_layer_menu)
        self.compare_menu.aboutToShow.connect(self._fill_compare_menu)
        menu.addSeparator()
        self._agreement_action = self._add(menu, self.show_agreement, "team.agreement")
        self._curate_action = self._add(menu, self.curate_into, "team.curate")
        self._report_action = self._add(menu, self.write_report, "team.report")
        return menu

    def retranslate(self) -> None:
        """The Project menu in the current UI language (an Arabic title without mnemonic)."""
        self.menu.setTitle(without_arabic_mnemonic(self.tr("&Project")))
        self.layer_menu.setTitle(self.tr("Open layer"))
        self.compare_menu.setTitle(self.tr("Compare with"))
        self._agreement_action.setText(self.tr("Agreement…"))
        self._curate_action.setText(self.tr("Curate into a layer…"))
        self._report_action.setText(self.tr("Report…"))
        self._update_label()

    def _add(self, menu: QMenu, slot: Any, name: str) -> QAction:
        action = menu.addAction("")
        action.setObjectName(name)
        action.triggered.connect(lambda *_: slot())
        return action

    def layers(self) -> list[str]:
        """Every layer of the project, the analyst's own included."""
        return sorted({*layer_names(self.session.project), self.own})

    def _fill_layer_menu(self) -> None:
        self.layer_menu.clear()
        curated = set(curated_layers(self.session.project))
        for name in self.layers():
            note = self.tr(" (curated)") if name in curated else \
                "" if name == self.own else self.tr(" (read-only)")
            action = self.layer_menu.addAction(name + note)
            action.setCheckable(True)
            action.setChecked(name == self.session.project.annotator)
            action.triggered.connect(lambda *_, n=name: self.switch_layer(n))

    def _fill_compare_menu(self) -> None:
        self.compare_menu.clear()
        none = self.compare_menu.addAction(self.tr("Nothing"))
        none.triggered.connect(lambda *_: self.compare_with(None))
        for name in self.layers():
            if name != self.session.project.annotator:
                action = self.compare_menu.addAction(name)
                action.setCheckable(True)
                action.setChecked(name == self.compare_name)
                action.triggered.connect(lambda *_, n=name: self.compare_with(n))

    # ------------------------------------------------------------ layers

    def is_read_only(self, name: str) -> bool:
        """Another annotator's layer is shown read-only; one's own and curated layers are not."""
        return name != self.own and name not in curated_layers(self.session.project)

    def switch_layer(self, name: str) -> bool:
        """Show ``name``'s layer of the current document; False when it could not be opened."""
        session, project = self.session, self.session.project
        if name == project.annotator:
            return True
        if not session.save():
            return False
        previous, previous_read_only = project.annotator, session.layer_read_only
        project.annotator, session.layer_read_only = name, self.is_read_only(name)
        if self.compare_name == name:
            self.compare_name = None
        doc_id = session.document.id if session.document else None
        if doc_id is not None:
            try:
                session.open_document(doc_id)
            except ProjectError as err:
                project.annotator, session.layer_read_only = previous, previous_read_only
                self.window.show_error(self.tr("Cannot open the layer"), str(err))
                return False
        self.window.documents.model.refresh()
        for action_id in PROJECT_WIDE_ACTIONS:
            action = self.window.actions_by_id.get(action_id)
            if action is not None:
                action.setEnabled(not session.read_only)
        self._update_label()
        return True

    def compare_with(self, name: str | None) -> None:
        """Draw ``name``'s accepted spans beside the current layer (None: stop comparing)."""
        self.compare_name = name if name != self.session.project.annotator else None
        self._show_compared()
        self._update_label()

    def _show_compared(self) -> None:
        doc = self.session.document
        spans: list[tuple[int, int, str]] = []
        if self.compare_name and doc is not None:
            try:
                other = self.session.project.load_annotations(doc, self.compare_name)
            except ProjectError as err:
                self.window.status_error(str(err))
            else:
                spans = [(s.start, s.end, s.label) for s in other.spans.values()
                         if s.status is Status.ACCEPTED]
        colours = {lab.name: lab.colour for lab in self.session.schema.span_labels}
        set_compare(self.window.view, spans, colours)

    def _on_document_opened(self, _doc_id: str) -> None:
        self._show_compared()

    def _update_label(self) -> None:
        name = self.session.project.annotator
        if name in curated_layers(self.session.project):
            text = self.tr("Curating %1").replace("%1", name)
        elif self.session.read_only:
            text = self.tr("Layer: %1 (read-only)").replace("%1", name)
        else:
            text = self.tr("Layer: %1").replace("%1", name)
        if self.compare_name:
            text += self.tr(" · compared with %1").replace("%1", self.compare_name)
        self.label.setText(text)

    # ------------------------------------------------------------ curation

    def on_span_selected(self, span_id: str | None) -> None:
        """In a curated layer: say who voted for the selected span (called by the window)."""
        ann = self.session.annotations
        span = ann.spans.get(span_id) if ann is not None and span_id else None
        note = span.extra.get("curation") if span is not None else None
        if span is None or not isinstance(note, dict):
            return
        voters, everyone = note.get("voters") or [], note.get("annotators") or []
        missing = [n for n in everyone if n not in voters]
        text = self.tr("%1 · voted by %2 (%3 of %4)").replace("%1", span.label) \
            .replace("%2", ", ".join(voters)).replace("%3", str(len(voters))) \
            .replace("%4", str(len(everyone)))
        if missing:
            text += self.tr("; not by %1").replace("%1", ", ".join(missing))
        self.window.statusBar().showMessage(text)

    def curate_into(self, name: str | None = None,
                    strategy: str | None = None) -> BackgroundTask | None:
        """Curate into ``name`` (asked when None) off the GUI thread, then open that layer.

        Returns the running task (None when the user cancelled, the name is
        refused, or the open document could not be saved first); progress
        shows in the status bar.
        """
        if name is None:
            name, ok = QInputDialog.getText(self.window, self.tr("Curate"),
                                            self.tr("Curated layer:"), text="gold")
            if not ok or not name.strip():
                return None
        if strategy is None:
            strategy, ok = QInputDialog.getItem(self.window, self.tr("Curate"),
                                                self.tr("Strategy:"), STRATEGY_CHOICES, 0, True)
            if not ok:
                return None
        if not self.session.save():
            return None
        into, rule, project = name.strip(), strategy, self.session.project
        try:  # refusals are said at once; the layer is curated from now on
            check_curation(project, into, parse_strategy(rule))
            mark_curated(project, into)
        except ProjectError as err:
            self.window.show_error(self.tr("Cannot curate"), str(err))
            return None
        path = project.path
        # A project of its own in the worker: the window's is not thread-safe (worker.py).
        task = BackgroundTask(lambda progress: _curate(path, into, rule, progress))
        task.progressed.connect(lambda done, total: self.window.statusBar().showMessage(
            self.tr("Curating into %1: %2 of %3 documents").replace("%1", into)
            .replace("%2", str(done)).replace("%3", str(total))))
        task.succeeded.connect(lambda result: self._curated(into, result))
        task.failed.connect(lambda message: self.window.show_error(
            self.tr("Cannot curate"), message))
        self._task = task
        task.start()
        return task

    def _curated(self, name: str, result: Any) -> None:
        """Curation into ``name`` finished: open that layer and say what was done."""
        self.session.project.invalidate_index()
        self.switch_layer(name)
        if self.session.document is not None:  # the same document, re-read after curation
            self.session.open_document(self.session.document.id)
        counts = ", ".join(f"{n} {k}" for k, n in sorted(result.counts.items()))
        self.window.statusBar().showMessage(self.tr("Curated %1 documents: %2")
                                            .replace("%1", str(result.documents))
                                            .replace("%2", counts))

    # ------------------------------------------------------------ agreement and report

    def show_agreement(self) -> BackgroundTask | None:
        """Compute the agreement off the GUI thread, then show it in :attr:`agreement`."""
        from annotator.formats.agreement import project_agreement
        if not self.session.save():
            return None
        path = self.session.project.path
        self.agreement = None
        # A project of its own in the worker: the window's is not thread-safe (worker.py).
        task = BackgroundTask(lambda _progress: project_agreement(Project.open(path)))
        task.succeeded.connect(self._show_agreement_result)
        task.failed.connect(lambda message: self.window.show_error(
            self.tr("Cannot compute agreement"), message))
        self.window.statusBar().showMessage(self.tr("Computing agreement…"))
        self._task = task
        task.start()
        return task

    def _show_agreement_result(self, result: Any) -> None:
        self.window.statusBar().clearMessage()
        view = AgreementView(result, self.window)
        view.openDisagreement.connect(self.open_disagreement)
        view.show()
        self.agreement = view

    def open_disagreement(self, doc_id: str, a: str, b: str, start: int, end: int) -> None:
        """Open ``doc_id`` with ``a``'s layer current and ``b``'s beside it, at the place."""
        if not self.switch_layer(a):
            return
        self.window.open_document(doc_id)
        self.compare_with(b)
        ann = self.session.annotations
        match = next((s.id for s in ann.spans.values() if (s.start, s.end) == (start, end)),
                     None) if ann else None
        if match is not None:
            self.window.select_span(match)
        else:
            self.window.view.select_cp(start, end)

    def write_report(self, out: str | None = None) -> Path | None:
        """Write the project report into ``out`` (asked when None) and open it."""
        from annotator.formats.report_page import write_report
        if out is None:
            out = QFileDialog.getExistingDirectory(self.window, self.tr("Write the report into"))
            if not out:
                return None
        try:
            page = write_report(self.session.project, Path(out))
        except (ProjectError, OSError) as err:
            self.window.show_error(self.tr("Cannot write the report"), str(err))
            return None
        self.window.statusBar().showMessage(self.tr("Report written to %1")
                                            .replace("%1", str(page)))
        if self.open_report_in_browser:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))
        return page


def _curate(path: Path, into: str, strategy: str, progress: Progress) -> Any:
    """Curation as the background task runs it: on a project opened for the worker."""
    from annotator.formats.curation import curate
    return curate(Project.open(path), into, parse_strategy(strategy), progress=progress)
